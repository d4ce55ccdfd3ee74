"""``kernelstudio learn``: a recipe learned from two photos, run as a user runs it."""

import numpy as np
import pytest
from commandline import one_line, run

from kernelstudio.core import Stack, Step, load_image, load_recipe, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[100:260, 200:400].copy()
KERNEL = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16 * 1.5 - np.array(
    [[0, 0, 0], [0, 0.5, 0], [0, 0, 0]])


@pytest.fixture
def pair(tmp_path):
    before, after = tmp_path / "before.png", tmp_path / "after.png"
    save_image(before, PHOTO)
    save_image(after, Step(kernel=KERNEL, offset=6).apply(PHOTO))
    return before, after


def test_learn_writes_a_recipe_that_apply_uses(tmp_path, pair):
    recipe = tmp_path / "look.json"
    result = run("learn", *pair, "-o", recipe, "--size", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"kernelstudio: wrote {recipe}, a 3×3 shared kernel: PSNR ")
    assert "RMSE" in line
    assert "R² 1.0000" in line
    (step,) = load_recipe(recipe).steps
    assert np.abs(step.kernel - KERNEL).max() < 0.01
    assert step.offset == pytest.approx(6, abs=0.2)
    other = load_image(resource_path(SAMPLE_PHOTO)).pixels[:120, :150].copy()
    source, out = tmp_path / "other.png", tmp_path / "other-out.png"
    save_image(source, other)
    applied = run("apply", source, "-o", out, "--recipe", recipe)
    assert applied.returncode == 0, applied.stderr
    made = load_image(out).pixels.astype(int)
    assert np.abs(made - Step(kernel=KERNEL, offset=6).apply(other)).max() <= 1


@pytest.mark.parametrize(("options", "shape", "kind"), [
    (["--size", "3x5", "--mode", "per-channel"], (3, 3, 5), "3×5 per-channel"),
    (["--size", "2", "--mode", "cross-channel", "--no-offset", "--border", "replicate"],
     (3, 3, 2, 2), "2×2 cross-channel"),
])
def test_sizes_modes_and_options(tmp_path, pair, options, shape, kind):
    recipe = tmp_path / "look.json"
    result = run("learn", *pair, "-o", recipe, *options)
    assert result.returncode == 0, result.stderr
    assert f"a {kind} kernel" in result.stderr
    (step,) = load_recipe(recipe).steps
    assert step.kernel.shape == shape
    assert step.border == ("replicate" if "replicate" in options else "reflect101")
    if "--no-offset" in options:
        assert step.offsets == (0.0,) * 3


def test_a_poor_fit_is_written_with_a_warning(tmp_path, pair):
    curved, recipe = tmp_path / "curved.png", tmp_path / "look.json"
    save_image(curved, np.rint(255 * (PHOTO / 255) ** 1.8).astype(np.uint8))
    result = run("learn", pair[0], curved, "-o", recipe, "--size", "3")
    assert result.returncode == 0, result.stderr
    wrote, warned = result.stderr.splitlines()
    assert wrote.startswith("kernelstudio: wrote ")
    assert warned.startswith("kernelstudio: warning: this looks like a tone change")
    assert isinstance(load_recipe(recipe), Stack)


@pytest.mark.parametrize(("args", "code", "said"), [
    (["{before}", "missing.png", "-o", "{out}"], 1, "missing.png"),
    (["{before}", "{small}", "-o", "{out}"], 1, "must be the same size"),
    (["{before}", "{gray}", "-o", "{out}"], 1, "same channels"),
    (["{before}", "{after}", "-o", "{out}", "--size", "0"], 2, "size must be between 1 and"),
    (["{before}", "{after}", "-o", "{out}", "--size", "300"], 2, "between 1 and 255"),
    (["{before}", "{after}", "-o", "{out}", "--size", "255"], 2, "choose a smaller size"),
    (["{before}", "{after}", "-o", "{out}", "--size", "19", "--mode", "cross-channel"], 2,
     "--size: a 19×19 kernel from each of 3 channels has 1083 weights"),
    (["{before}", "{after}", "-o", ""], 2, "name is empty"),
    (["", "{after}", "-o", "{out}"], 2, "name is empty"),
    (["{before}", "{after}", "-o", "{out}", "--size", "abc"], 2, "rows x columns"),
    (["{before}", "{after}", "-o", "{out}", "--size", "3x"], 2, "rows x columns"),
    (["{before}", "{after}", "-o", "{out}", "--mode", "stacked"], 2, "invalid choice"),
    (["{before}", "{after}", "-o", "{out}", "--border", "mirror"], 2, "invalid choice"),
    (["{before}", "{after}"], 2, "required: -o"),
    (["{before}", "{after}", "-o", "{before}"], 2, "is an input"),
    (["{before}", "{after}", "-o", "{folder}/no/such/look.json"], 1, "cannot save recipe"),
])
def test_bad_input_is_one_line_and_the_right_status(tmp_path, pair, args, code, said):
    small, gray = tmp_path / "small.png", tmp_path / "gray.png"
    save_image(small, PHOTO[:50])
    save_image(gray, PHOTO[..., 0])
    names = {"before": pair[0], "after": pair[1], "out": tmp_path / "look.json",
             "small": small, "gray": gray, "folder": tmp_path}
    result = run("learn", *(arg.format(**names) for arg in args))
    line = one_line(result, code)
    assert said in line
    assert not (tmp_path / "look.json").exists()
