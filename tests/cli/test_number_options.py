"""Every number on the command line is read in bounded time; extremes exit 2 with one short line."""

import numpy as np
import pytest
from commandline import run
from PIL import Image

from kernelstudio.core import Step, save_image

#: Longest error line any case below may print.
SHORT = 300
HUGE = "9" * 5000

EXTREMES = {
    "divisor beyond float": (["--preset", "box", "--divisor", "1e400"], "not a finite number"),
    "divisor of 5000 digits": (["--preset", "box", "--divisor", HUGE], "too long for a number"),
    "offset with a huge exponent": (["--preset", "box", "--offset", "1e-99999999"],
                                    "closer to 0"),
    "cval nan": (["--preset", "box", "--cval", "nan"], "not a finite number"),
    "opacity inf": (["--preset", "box", "--opacity", "inf"], "not a finite number"),
    "max-megapixels inf": (["--preset", "box", "--max-megapixels", "inf"],
                           "not a finite number"),
    "max-megapixels 1e303": (["--preset", "box", "--max-megapixels", "1e303"],
                             "--max-megapixels must be from 0.000001 (one pixel) to 1e+06"),
    "max-megapixels below a pixel": (["--preset", "box", "--max-megapixels", "1e-7"],
                                     "--max-megapixels must be from"),
    "quality beyond 100": (["--preset", "box", "--quality", "99999999999999999999"],
                           "--quality must be from 1 to 100"),
    "quality of 5000 digits": (["--preset", "box", "--quality", HUGE], "too long"),
    "quality not whole": (["--preset", "box", "--quality", "85.5"], "not a whole number"),
    "preset sigma": (["--preset", "gaussian:sigma=1e-99999999"], "closer to 0"),
    "preset size 1e300": (["--preset", "gaussian:size=1e300"], "between 1 and 31"),
    "preset size 11 digits": (["--preset", "box:size=99999999999"], "between 1 and 31"),
    "preset length 1e308": (["--preset", "motion_blur:length=1e308"], "between 1 and 31"),
    "preset of 5000 digits": (["--preset", f"box:size={HUGE}"], "too long for a number"),
    "kernel cell": (["--kernel", "1 1e-99999999 1"], "(row 1, column 2) is closer to 0"),
    "kernel of 5000 digits": (["--kernel", HUGE], "too long for a number"),
    "anchor outside the kernel": (["--preset", "box", "--anchor", "3,0"],
                                  "anchor (3, 0) lies outside the 3×3 kernel"),
    "anchor of one number": (["--preset", "box", "--anchor", "1"], "an anchor is ROW,COL"),
    "anchor not whole": (["--preset", "box", "--anchor", "0.5,1"], "whole numbers"),
    "anchor of 5000 digits": (["--preset", "box", "--anchor", f"{HUGE},1"], "too long"),
    "iterations 0": (["--preset", "box", "--iterations", "0"], "between 1 and 100"),
    "iterations 1e300": (["--preset", "box", "--iterations", "1e300"], "between 1 and 100"),
    "iterations not whole": (["--preset", "box", "--iterations", "2.5"], "not a whole number"),
    "GIMP's normalize with an offset": (["--preset", "box", "--normalize-gimp", "--offset", "9"],
                                        "sets the divisor and offset itself"),
    "both normalizes": (["--preset", "box", "--normalize", "--normalize-gimp"],
                        "not allowed with argument --normalize"),
}


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, np.full((8, 8, 3), 100, np.uint8))
    return path


@pytest.mark.parametrize("case", EXTREMES)
def test_extreme_numbers_exit_2_with_one_short_line(photo, tmp_path, case):
    args, message = EXTREMES[case]
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, *args)  # run's timeout fails a stuck command
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kernelstudio: ")
    assert message in lines[0]
    assert len(lines[0]) < SHORT
    assert not out.exists()


def test_the_peers_options_reach_the_step(tmp_path):
    photo = tmp_path / "photo.png"
    image = np.zeros((6, 8, 4), np.uint8)
    image[..., 1] = 255  # green, hidden where alpha is 0
    image[:, :4] = (200, 0, 0, 255)
    save_image(photo, image)
    made = {}
    for name, options in {"weighted": ["--normalize"],
                          "unweighted": ["--normalize", "--no-alpha-weighting"],
                          "anchored": ["--normalize", "--anchor", "0,0", "--iterations", "2",
                                       "--linear"],
                          "gimp": ["--normalize-gimp"]}.items():
        out = tmp_path / f"{name}.png"
        result = run("apply", photo, "-o", out, "--kernel", "1 1 1", *options, "-q")
        assert result.returncode == 0, result.stderr
        made[name] = np.asarray(Image.open(out))
    assert made["weighted"][0, 3].tolist() == [200, 0, 0, 255]
    assert made["unweighted"][0, 3].tolist() == [133, 85, 0, 255]  # green bled in
    # Anchored on its first cell, the window reaches two pixels right, twice, in light.
    light = Step(kernel=[[1, 1, 1]], normalize=True, anchor=(0, 0), iterations=2, linear=True)
    np.testing.assert_array_equal(made["anchored"], light.apply(image))
    assert made["gimp"].tolist() == Step(kernel=[[1, 1, 1]], normalize="gimp").apply(
        image).tolist()


def test_a_tiny_sigma_is_a_sharp_gaussian(photo, tmp_path):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, "--preset", "unsharp:sigma=1e-320")
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_numbers_people_type_still_work(photo, tmp_path):
    out = tmp_path / "out.jpg"
    result = run("apply", photo, "-o", out, "--kernel", "1/16 1/8 1/16", "--divisor", "1/4",
                 "--offset", "\u22121e-3", "--quality", "9e1", "--max-megapixels", "0.5")
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_a_valid_border_on_a_photo_smaller_than_the_kernel_is_one_line(tmp_path):
    small = tmp_path / "small.png"
    save_image(small, np.zeros((3, 3, 3), np.uint8))
    result = run("apply", small, "-o", tmp_path / "out.png", "--kernel", "1 1 1 1 1",
                 "--border", "valid")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [f"kernelstudio: {small}: border 'valid' needs an image at least as large "
                     "as the kernel; the image is 3×3 and the kernel 1×5"]


def test_a_batch_goes_on_past_a_photo_smaller_than_the_kernel(photo, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    save_image(folder / "a_small.png", np.zeros((3, 3, 3), np.uint8))
    photo.rename(folder / "b_large.png")
    out = tmp_path / "out"
    result = run("apply", folder, "-o", out, "--kernel", "1 1 1 1 1", "--border", "valid")
    assert result.returncode == 1, result.stderr
    assert "a_small.png: border 'valid' needs an image at least as large" in result.stderr
    assert "Traceback" not in result.stderr
    assert [path.name for path in out.iterdir()] == ["b_large.png"]


@pytest.mark.parametrize(("args", "said"), [
    (["--kernel", "1e9", "--divisor", "1e-9"], "dividing the weights by 1e-09 makes them too "
                                                "large; use a larger divisor"),
    (["--kernel", "1 -1 1e-11", "--normalize"], "dividing the weights by the kernel's sum, "
                                                 "1e-11, makes them too large; leave out "
                                                 "normalize"),
])
def test_a_divisor_that_overflows_the_weights_is_refused_before_any_photo(tmp_path, args,
                                                                         said):
    result = run("apply", tmp_path / "missing.png", "-o", tmp_path / "out" / "", *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().endswith(said)
    assert not (tmp_path / "out").exists()


def test_an_anchor_on_the_command_line_replaces_the_kernel_texts_and_says_so(photo, tmp_path):
    text = "4x4+3+3: 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"
    result = run("apply", photo, "-o", tmp_path / "out.png", "--kernel", text, "--anchor", "0,0")
    assert result.returncode == 0, result.stderr
    assert "--anchor 0,0 replaces the anchor 3,3 the kernel gives" in result.stderr
    quiet = run("apply", photo, "-o", tmp_path / "same.png", "--kernel", text, "--anchor", "3,3")
    assert quiet.returncode == 0
    assert "replaces" not in quiet.stderr
