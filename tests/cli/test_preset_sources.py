"""The classic named presets on the command line: listed with their sources, run end to end."""

import math

import cv2
import numpy as np
import pytest
from commandline import run

from kernelstudio.core import PRESETS, Stack, Step, load_image, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[:120, :160]


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, PHOTO)
    return path


def test_presets_lists_every_preset_with_its_source():
    result = run("presets")
    assert result.returncode == 0, result.stderr
    for preset in PRESETS.values():
        assert f"{preset.name}: {preset.title}. " in result.stdout
        assert f"\n  source: {preset.source}\n" in result.stdout
    assert "  source: OpenCV getGaborKernel (theta and psi in degrees)\n" in result.stdout


def test_presets_shows_the_step_options_a_pillow_preset_brings():
    text = run("presets", "detail", "contour").stdout
    assert text.startswith("detail: Detail. ")
    assert "  parameters: none\n  step options: divisor=6\n     0 -1  0\n" in text
    assert "  step options: offset=255\n" in text


def test_wide_kernels_are_listed_rounded_or_summed_up():
    text = run("presets", "log", "gabor").stdout
    assert "    (rounded)\n" in text
    assert "21×21 weights from -0.8393 to 0.8393, too wide to list here" in text
    assert max(map(len, text.splitlines()[3:13])) <= 104  # 4 spaces and 100 characters


def test_apply_runs_gabor_at_45_degrees_as_opencv_filters(photo, tmp_path):
    out = tmp_path / "gabor.png"
    result = run("apply", photo, "-o", out, "--preset", "gabor:theta=45,psi=0", "--normalize")
    assert result.returncode == 0, result.stderr
    written = load_image(out).pixels.astype(int)
    gabor = cv2.getGaborKernel((21, 21), 4.0, math.radians(45), 10.0, 0.5, 0.0,
                               ktype=cv2.CV_64F)
    theirs = cv2.filter2D(PHOTO, -1, gabor / gabor.sum()).astype(int)  # reflect101 border
    # OpenCV sums in single precision: a value right at a half may round the other way.
    assert np.abs(written - theirs).max() <= 1
    assert (written != theirs).mean() < 0.01
    assert written.std() > 10  # not a flat picture


def test_a_pillow_presets_offset_and_divisor_give_way_to_the_options(photo, tmp_path):
    for args, step in [
        (["--preset", "contour"], Step(preset="contour", offset=255)),
        (["--preset", "contour", "--offset", "0"], Step(preset="find_edges")),
        (["--preset", "smooth", "--divisor", "9"], Step(preset="smooth", divisor=9)),
    ]:
        out = tmp_path / "out.png"
        assert run("apply", photo, "-o", out, *args).returncode == 0
        np.testing.assert_array_equal(load_image(out).pixels, Stack((step,)).apply(PHOTO))


def test_a_dog_of_equal_sigmas_is_one_line_and_status_2(photo, tmp_path):
    result = run("apply", photo, "-o", tmp_path / "o.png", "--preset", "dog:sigma1=1.6")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line == ("kernelstudio: --preset 'dog:sigma1=1.6': dog: sigma1 and sigma2 must "
                    "differ, both are 1.6")
    assert not (tmp_path / "o.png").exists()
