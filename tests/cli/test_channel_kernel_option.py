"""Kernels per channel and across channels on the command line: --kernel with '|' and '||',
--offset with one value per channel, and recipes that hold them."""

import numpy as np
from commandline import one_line, run

from kernelstudio.core import Stack, Step, load_image, save_image, save_recipe
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[80:200, 120:300]
SEPIA = "0.393 | 0.769 | 0.189 || 0.349 | 0.686 | 0.168 || 0.272 | 0.534 | 0.131"


def applied(tmp_path, *steps, image=PHOTO):
    photo, out = tmp_path / "photo.png", tmp_path / "out.png"
    save_image(photo, image)
    result = run("apply", photo, "-o", out, *steps)
    return result, (load_image(out).pixels if result.returncode == 0 else None)


def test_a_kernel_across_channels_and_its_offsets(tmp_path):
    result, pixels = applied(tmp_path, "--kernel", SEPIA, "--offset", "10,0,-5")
    assert result.returncode == 0, result.stderr
    matrix = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
    expected = Step(kernel=matrix[..., None, None], offset=(10, 0, -5)).apply(PHOTO)
    np.testing.assert_array_equal(pixels, expected)


def test_a_kernel_per_channel_blurs_each_channel_its_own_way(tmp_path):
    text = "1 1 1; 1 1 1; 1 1 1 | 0 0 0; 0 1 0; 0 0 0 | 1 2 1; 2 4 2; 1 2 1"
    result, pixels = applied(tmp_path, "--kernel", text, "--normalize")
    assert result.returncode == 0, result.stderr
    slices = np.array([np.ones((3, 3)), [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
                       [[1, 2, 1], [2, 4, 2], [1, 2, 1]]])
    np.testing.assert_array_equal(pixels, Step(kernel=slices, normalize=True).apply(PHOTO))
    np.testing.assert_array_equal(pixels[..., 1], PHOTO[..., 1])  # the identity slice


def test_a_recipe_with_such_steps_is_applied_as_saved(tmp_path):
    stack = Stack((Step(kernel=np.random.default_rng(3).normal(size=(3, 3, 2, 2)) * 0.4,
                        offset=(1, 2, 3)),))
    save_recipe(stack, tmp_path / "look.json")
    result, pixels = applied(tmp_path, "--recipe", tmp_path / "look.json")
    assert result.returncode == 0, result.stderr
    np.testing.assert_array_equal(pixels, stack.apply(PHOTO))


def test_bad_slices_say_why_in_one_line(tmp_path):
    line = one_line(applied(tmp_path, "--kernel", "1 | 2 || 3")[0], 2)
    assert "2 each, got 2, 1" in line
    line = one_line(applied(tmp_path, "--kernel", "1 2 1", "--offset", "1,2")[0], 2)
    assert "kernel is shared" in line
    line = one_line(applied(tmp_path, "--kernel", "1 | 1", "--offset", "1,x")[0], 2)
    assert "--offset" in line
    grey = np.ascontiguousarray(PHOTO[..., 0])
    result, _ = applied(tmp_path, "--kernel", "1 | 1 | 1", image=grey)
    assert "slice for each of 3 channels" in one_line(result, 1)

