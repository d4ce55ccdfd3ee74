"""`kernelstudio` run as a user runs it: a subprocess, exit codes, one-line errors, files."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import samples

import kernelstudio
from kernelstudio.core import (
    PRESETS,
    Stack,
    Step,
    get_preset,
    load_image,
    parse_kernel_text,
    save_image,
    save_recipe,
)
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[:120, :160]


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kernelstudio", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, PHOTO)
    return path


def assert_one_line_error(result, code):
    assert result.returncode == code, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kernelstudio: ")
    assert "Traceback" not in result.stderr


def without_summary(result, written, skipped):
    """`result` without the summary line that ends a batch's stderr, which must be there."""
    *lines, summary = result.stderr.splitlines()
    assert re.fullmatch(rf"kernelstudio: {written} written, {skipped} skipped in \d+\.\d s",
                        summary), result.stderr
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout,
                                       "".join(line + "\n" for line in lines))


def test_apply_a_preset_gives_the_core_result(photo, tmp_path):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, "--preset", "sharpen")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    expected = Stack((Step(preset="sharpen"),)).apply(PHOTO)
    np.testing.assert_array_equal(load_image(out).pixels, expected)


def test_steps_run_in_the_order_given(photo, tmp_path):
    recipe = tmp_path / "r.json"
    save_recipe(Stack((Step(preset="emboss", opacity=0.5),)), recipe)
    args = ["--kernel", "-1,0,1", "--recipe", recipe, "--preset", "gaussian:size=7,sigma=2"]
    assert run("apply", photo, "-o", tmp_path / "a.png", *args).returncode == 0
    expected = Stack((
        Step(kernel=[[-1, 0, 1]]),
        Step(preset="emboss", opacity=0.5),
        Step(preset="gaussian", params={"size": 7, "sigma": 2}),
    )).apply(PHOTO)
    np.testing.assert_array_equal(load_image(tmp_path / "a.png").pixels, expected)
    swapped = ["--preset", "gaussian:size=7,sigma=2", "--kernel", "-1,0,1", "--recipe", recipe]
    assert run("apply", photo, "-o", tmp_path / "b.png", *swapped).returncode == 0
    assert not np.array_equal(load_image(tmp_path / "b.png").pixels, expected)


def test_step_options_apply_to_preset_and_kernel_steps(photo, tmp_path):
    out = tmp_path / "edges.png"
    result = run("apply", photo, "-o", out, "--preset", "sobel:direction=left", "--kernel",
                 "1 2 1; 2 4 2; 1 2 1", "--abs", "--normalize", "--border", "replicate",
                 "--offset", "10", "--channels", "rg", "--opacity", "0.8")
    assert result.returncode == 0, result.stderr
    options = dict(absolute=True, normalize=True, border="replicate", offset=10, channels="rg",
                   opacity=0.8)
    expected = Stack((
        Step(preset="sobel", params={"direction": "left"}, **options),
        Step(kernel=parse_kernel_text("1 2 1; 2 4 2; 1 2 1"), **options),
    )).apply(PHOTO)
    np.testing.assert_array_equal(load_image(out).pixels, expected)


def test_jpeg_output_and_quality(photo, tmp_path):
    for quality in (30, 95):
        assert run("apply", photo, "-o", tmp_path / f"q{quality}.jpg", "--preset", "blur",
                   "--quality", quality).returncode == 0
    assert (tmp_path / "q30.jpg").stat().st_size < (tmp_path / "q95.jpg").stat().st_size


def test_batch_over_a_folder_keeps_going_past_a_bad_file(photo, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(photo, folder / "a.png")
    save_image(folder / "b.jpg", PHOTO)
    (folder / "broken.png").write_bytes(b"not an image at all")
    (folder / "notes.txt").write_text("ignored")
    result = run("apply", folder, "-o", tmp_path / "out", "--preset", "box")
    assert_one_line_error(without_summary(result, 2, 1), 1)
    assert "broken.png" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.png", "b.jpg"]
    expected = Stack((Step(preset="box"),)).apply(PHOTO)
    np.testing.assert_array_equal(load_image(tmp_path / "out" / "a.png").pixels, expected)


def test_several_inputs_go_into_an_output_folder(photo, tmp_path):
    other = tmp_path / "other.tif"
    save_image(other, PHOTO[::-1])
    result = run("apply", photo, other, "-o", tmp_path / "done", "--preset", "identity")
    assert result.returncode == 0, result.stderr
    np.testing.assert_array_equal(load_image(tmp_path / "done" / "other.tif").pixels, PHOTO[::-1])


def test_relative_paths_and_console_script(photo, tmp_path):
    script = Path(sys.executable).with_name("kernelstudio")
    result = subprocess.run([script, "apply", photo.name, "-o", "x.webp", "--preset", "outline"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert load_image(tmp_path / "x.webp").pixels.shape == PHOTO.shape


BAD_COMMAND_LINES = {
    "no steps": ([], "give at least one --preset"),
    "unknown preset": (["--preset", "sharpn"], "did you mean sharpen"),
    "bad parameter": (["--preset", "sharpen:inner=99"], "between -20 and 20"),
    "unknown parameter": (["--preset", "box:radius=2"], "no parameter 'radius'"),
    "bad kernel text": (["--kernel", "1 2; 3"], "row 2 has 1 value but row 1 has 2 values"),
    "kernel words": (["--kernel", "sharpen"], "is not a number"),
    "bad border": (["--preset", "box", "--border", "mirror"], "invalid choice"),
    "zero divisor": (["--kernel", "1", "--divisor", "0"], "divisor must not be 0"),
    "bad opacity": (["--preset", "box", "--opacity", "3"], "opacity must be between"),
    "bad channels": (["--preset", "box", "--channels", "xyz"], "channels must be"),
    "bad quality": (["--preset", "box", "--quality", "0"], "--quality must be from 1 to 100"),
    "not a number": (["--preset", "box", "--offset", "lots"], "'lots' is not a number"),
    "missing recipe": (["--recipe", "nope.json"], "cannot read recipe"),
    "options for recipes": (["--recipe", "r.json", "--abs"], "recipes keep their own"),
    "unknown option": (["--preset", "box", "--sharpness", "2"], "unrecognized arguments"),
}


@pytest.mark.parametrize("case", BAD_COMMAND_LINES)
def test_bad_command_lines_exit_2_and_leave_the_output_alone(photo, tmp_path, case):
    args, message = BAD_COMMAND_LINES[case]
    (tmp_path / "r.json").write_text('{"steps": [{"preset": "box"}]}')
    out = tmp_path / "out.png"
    out.write_bytes(b"precious")
    result = run("apply", photo, "-o", out, *args, cwd=tmp_path)
    assert_one_line_error(result, 2)
    assert message in result.stderr
    assert out.read_bytes() == b"precious"


def test_bad_recipe_names_the_step(photo, tmp_path):
    recipe = tmp_path / "bad.json"
    recipe.write_text(json.dumps({"steps": [{"preset": "box"}, {"kernel": [[1, "x"]]}]}))
    result = run("apply", photo, "-o", tmp_path / "o.png", "--recipe", recipe)
    assert_one_line_error(result, 2)
    assert "bad.json: step 2" in result.stderr


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "does not exist"),
    ("random", samples.NOT_READ),
    ("folder", "holds no .png"),
    ("bomb", "megapixels"),
])
def test_unreadable_inputs_exit_1(photo, tmp_path, setup, message):
    source = tmp_path / "input.png"
    if setup == "random":
        source.write_bytes(os.urandom(2048))
    elif setup == "folder":
        source = tmp_path / "empty"
        source.mkdir()
    elif setup == "bomb":
        source = photo
    out = tmp_path / "out.png"
    out.write_bytes(b"precious")
    extra = ["--max-megapixels", "0.001"] if setup == "bomb" else []
    result = run("apply", source, "-o", out, "--preset", "box", *extra)
    assert_one_line_error(result, 1)
    assert message in result.stderr
    assert out.read_bytes() == b"precious"


def test_unwritable_outputs(photo, tmp_path):
    result = run("apply", photo, "-o", tmp_path / "no" / "such" / "out.png", "--preset", "box")
    assert_one_line_error(result, 1)
    assert "does not exist" in result.stderr
    result = run("apply", photo, "-o", tmp_path / "out.gif", "--preset", "box")
    assert_one_line_error(result, 2)
    assert "cannot tell the format" in result.stderr


def test_never_overwrites_an_input(photo, tmp_path):
    before = photo.read_bytes()
    result = run("apply", photo, "-o", photo, "--preset", "box")
    assert_one_line_error(result, 2)
    assert photo.read_bytes() == before
    result = run("apply", tmp_path, "-o", tmp_path, "--preset", "box")
    assert_one_line_error(result, 2)
    assert photo.read_bytes() == before


def test_two_inputs_with_one_name_are_refused(photo, tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(photo, tmp_path / "sub" / "photo.png")
    result = run("apply", photo, tmp_path / "sub" / "photo.png", "-o", tmp_path / "out",
                 "--preset", "box")
    assert_one_line_error(result, 2)
    assert "would both be written" in result.stderr


def test_presets_lists_every_preset_with_parameters_and_kernel():
    result = run("presets")
    assert result.returncode == 0
    assert result.stderr == ""
    for name, preset in PRESETS.items():
        assert f"{name}: {preset.title}." in result.stdout
    assert "inner=5 (-20..20)  edge=-1 (-10..10)" in result.stdout
    one = run("presets", "laplacian")
    assert one.stdout.startswith("laplacian: Laplacian.")
    assert not any(f"\n{name}: " in one.stdout for name in PRESETS)
    _, source, params, *grid = one.stdout.splitlines()
    assert source == f"  source: {get_preset('laplacian').source}"
    assert params.startswith("  parameters: size=5 (3..31, odd)")
    np.testing.assert_array_equal(parse_kernel_text("\n".join(grid)),
                                  get_preset("laplacian").kernel())
    assert_one_line_error(run("presets", "nope"), 2)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"kernelstudio {kernelstudio.__version__}"
    help_text = run("apply", "--help").stdout
    assert "--preset NAME[:param=value,...]" in help_text
    assert "examples:" in help_text


def test_apply_help_lists_every_step_option_in_order():
    env = {**os.environ, "COLUMNS": "100"}
    help_text = subprocess.run([sys.executable, "-m", "kernelstudio", "apply", "--help"],
                               capture_output=True, text=True, timeout=120, env=env).stdout
    section = help_text.split("options of every --preset, --kernel and --kernel-file step:\n")[1]
    assert section.split("\n\n")[0].splitlines() == [
        "  --border {reflect101,reflect,replicate,wrap,constant,valid}",
        "                        border mode (default reflect101)",
        "  --cval LEVEL          fill value for --border constant",
        "  --divisor N           divide sums by N",
        "  --offset LEVEL        add after dividing (with a kernel per channel, one each: "
        "10,0,-5)",
        "  --normalize           divide by the sum of weights (when it is not 0)",
        "  --normalize-gimp      normalize as GIMP does: divide by the sum's size; add 127.5 "
        "levels to a",
        "                        zero-sum kernel's result, 255 to a negative-sum one's",
        "  --abs                 take absolute values (for edge detectors)",
        "  --flip                rotate the kernel 180 degrees (true convolution)",
        "  --opacity X           mix with the step's input, 0 to 1",
        "  --channels C          color (default), all, or letters from rgba such as rb",
        "  --anchor ROW,COL      the kernel cell over the pixel, from 0,0 at the top left "
        "(default: the",
        "                        centre, kh//2,kw//2)",
        "  --iterations N        apply the step N times (1 to 100)",
        "  --linear              filter colour in linear light, as GIMP does",
        "  --no-alpha-weighting  do not weight colour by alpha (by default, as in ImageMagick, "
        "colour",
        "                        hidden under transparent pixels does not bleed into visible ones)",
    ]


def test_an_empty_input_or_output_name_is_not_the_current_folder(tmp_path):
    save_image(tmp_path / "photo.png", np.zeros((4, 4, 3), np.uint8))
    for names in (["", "-o", "out.png"], ["photo.png", "-o", ""]):
        result = subprocess.run([sys.executable, "-m", "kernelstudio", "apply", *names, "--preset",
                                 "blur"], capture_output=True, text=True, cwd=tmp_path,
                                timeout=120)
        assert result.returncode == 2
        (line,) = result.stderr.splitlines()
        assert "name is empty" in line
    assert sorted(path.name for path in tmp_path.iterdir()) == ["photo.png"]
