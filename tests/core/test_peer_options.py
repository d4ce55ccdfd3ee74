"""The step options that the peers have, against the peers themselves.

GEGL (GIMP's engine) filters in linear light and normalizes its own way; ImageMagick weights
colour by alpha and anchors even kernels at (w - 1) / 2, as G'MIC does; ImageMagick iterates
with ``Convolve:N``. Each is run here on the same photo, with the options that match ours
(the README's table). CI installs them all (.ci/run); a missing peer is a skip that names it.
"""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from peers import GMIC, MAGICK, gmic_correlate, needs
from PIL import Image

from kernelstudio.core import Step

RNG = np.random.default_rng(14)
GEGL = "gegl"


def run(*command) -> None:
    subprocess.run([str(part) for part in command], check=True, capture_output=True,
                   timeout=120)


def photo() -> np.ndarray:
    """Noise with flat highlights and shadows, where linear light and encoded values differ."""
    image = RNG.integers(0, 256, (36, 44, 3)).astype(np.uint8)
    image[8:20, 8:20] = 255
    image[10:12] = 0
    image[24:30, 30:40] = (250, 40, 10)
    return image


def saved(tmp_path, image: np.ndarray, name: str = "in.png"):
    path = tmp_path / name
    Image.fromarray(image).save(path)
    return path


def read(path) -> np.ndarray:
    return np.asarray(Image.open(path))


def largest_difference(ours: np.ndarray, theirs: np.ndarray) -> int:
    assert ours.shape == theirs.shape
    return int(np.abs(ours.astype(int) - theirs.astype(int)).max())


# GEGL ----------------------------------------------------------------------------------------

SHARPEN = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]])
BINOMIAL = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]])
EDGES = np.array([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]])  # sums to 0
NEGATIVE = np.array([[0, -1, 0], [-1, -2, -1], [0, -1, 0]])  # sums to -6
BOX5 = np.ones((5, 5))


def gegl_matrix(kernel: np.ndarray, **options) -> list[str]:
    """GEGL's properties for `kernel`: the letter is the column, the digit the row."""
    rows, cols = kernel.shape
    grid = np.zeros((5, 5))
    top, left = (5 - rows) // 2, (5 - cols) // 2
    grid[top : top + rows, left : left + cols] = kernel
    cells = [f"{'abcde'[col]}{row + 1}={float(grid[row, col])!r}"
             for row in range(5) for col in range(5)]
    return cells + [f"{key}={value}" for key, value in options.items()]


@needs(GEGL)
@pytest.mark.parametrize("kernel", [BOX5, SHARPEN, BINOMIAL, EDGES, NEGATIVE],
                         ids=["box5", "sharpen", "binomial", "zero-sum", "negative-sum"])
@pytest.mark.parametrize(("border", "abyss"), [("replicate", "clamp"), ("wrap", "loop")])
def test_linear_light_with_gimps_normalize_is_gegls_convolution_matrix(tmp_path, kernel, border,
                                                                         abyss):
    image = photo()
    source = saved(tmp_path, image)
    run(GEGL, str(source), "-o", str(tmp_path / "gegl.png"), "--",
        "gegl:convolution-matrix", *gegl_matrix(kernel, normalize="true", border=abyss))
    theirs = read(tmp_path / "gegl.png")[..., :3]
    ours = Step(kernel=kernel, normalize="gimp", border=border, linear=True).apply(image)
    assert largest_difference(ours, theirs) <= 1
    # And the option matters: on encoded values the same kernel is far from GIMP's picture.
    encoded = Step(kernel=kernel, normalize="gimp", border=border).apply(image)
    assert largest_difference(encoded, theirs) > 20


@needs(GEGL)
@pytest.mark.parametrize(("divisor", "offset"), [(1.0, 0.0), (4.0, 0.25), (-2.0, 0.5)])
def test_linear_light_with_a_divisor_and_offset_is_gegls(tmp_path, divisor, offset):
    image = photo()
    source = saved(tmp_path, image)
    run(GEGL, str(source), "-o", str(tmp_path / "gegl.png"), "--",
        "gegl:convolution-matrix", *gegl_matrix(SHARPEN, normalize="false", border="clamp",
                                                divisor=divisor, offset=offset))
    theirs = read(tmp_path / "gegl.png")[..., :3]
    # GEGL's offset is a fraction of full scale, added to light; ours is in levels.
    ours = Step(kernel=SHARPEN, divisor=divisor, offset=offset * 255, border="replicate",
                linear=True).apply(image)
    assert largest_difference(ours, theirs) <= 1


# ImageMagick: alpha weighting, anchors, iterations -------------------------------------------

def transparent_photo() -> np.ndarray:
    """Visible noise on a fully transparent ground whose hidden colour is bright green."""
    image = np.zeros((36, 44, 4), np.uint8)
    image[..., :3] = RNG.integers(0, 256, (36, 44, 3))
    image[..., 1] = 255
    image[..., 3] = 0
    image[8:28, 8:36, :3] = RNG.integers(0, 256, (20, 28, 3))
    image[8:28, 8:36, 3] = 255
    image[2:5, 4:40, 3] = 96  # a half-transparent band
    return image


def magick_text(kernel: np.ndarray, origin: tuple[int, int] | None = None) -> str:
    rows, cols = kernel.shape
    at = "" if origin is None else f"+{origin[1]}+{origin[0]}"  # +X+Y: column, then row
    return f"{cols}x{rows}{at}: " + " ".join(",".join(repr(float(v)) for v in row)
                                            for row in kernel)


@needs(MAGICK)
@pytest.mark.parametrize("kernel", [np.ones((5, 5)), BINOMIAL, np.ones((1, 7)),
                                    np.array([[0, 1, 0], [1, 4, 1], [0, 1, 0]])],
                         ids=["box5", "binomial", "row7", "cross"])
@pytest.mark.parametrize(("border", "virtual"), [("replicate", "Edge"), ("wrap", "Tile")])
def test_alpha_weighting_is_imagemagicks_default_on_transparent_photos(tmp_path, kernel,
                                                                       border, virtual):
    image = transparent_photo()
    source = saved(tmp_path, image)
    run(MAGICK, str(source), "-virtual-pixel", virtual, "-define", "convolve:scale=!",
        "-morphology", "Correlate", magick_text(kernel), f"PNG32:{tmp_path / 'im.png'}")
    theirs = read(tmp_path / "im.png")
    ours = Step(kernel=kernel, normalize=True, border=border, channels="all").apply(image)
    np.testing.assert_array_equal(ours[..., 3] > 0, theirs[..., 3] > 0)
    visible = theirs[..., 3] > 0
    assert np.abs(ours[..., :3].astype(int) - theirs[..., :3])[visible].max() <= 2
    assert largest_difference(ours[..., 3], theirs[..., 3]) <= 2
    # Without weighting the hidden green bleeds into the visible picture.
    bled = Step(kernel=kernel, normalize=True, border=border, channels="all",
                alpha_weighting=False).apply(image)
    assert np.abs(bled[..., 1].astype(int) - theirs[..., 1])[visible].max() > 30


@needs(MAGICK)
@pytest.mark.parametrize("shape", [(2, 2), (4, 4), (2, 4), (4, 3)])
def test_even_kernels_anchored_at_w_minus_1_over_2_are_imagemagicks(tmp_path, shape):
    image = photo()
    kernel = RNG.integers(-2, 5, shape).astype(float)
    rows, cols = shape
    anchor = ((rows - 1) // 2, (cols - 1) // 2)
    source = saved(tmp_path, image)
    run(MAGICK, str(source), "-virtual-pixel", "Edge", "-define", "convolve:scale=1",
        "-morphology", "Correlate", magick_text(kernel), f"PPM:{tmp_path / 'im.ppm'}")
    theirs = read(tmp_path / "im.ppm")
    ours = Step(kernel=kernel, border="replicate", anchor=anchor).apply(image)
    assert largest_difference(ours, theirs) <= 1
    # And an origin given in ImageMagick's kernel string is our anchor.
    run(MAGICK, str(source), "-virtual-pixel", "Edge", "-define", "convolve:scale=1",
        "-morphology", "Correlate", magick_text(kernel, (0, cols - 1)),
        f"PPM:{tmp_path / 'origin.ppm'}")
    moved = Step(kernel=kernel, border="replicate", anchor=(0, cols - 1)).apply(image)
    assert largest_difference(moved, read(tmp_path / "origin.ppm")) <= 1


@needs(GMIC)
@pytest.mark.parametrize("shape", [(2, 2), (4, 4), (3, 2)])
def test_even_kernels_anchored_at_w_minus_1_over_2_are_gmics(tmp_path, shape):
    image = photo()
    kernel = RNG.integers(0, 4, shape).astype(float)
    rows, cols = shape
    source = saved(tmp_path, image)
    matrix = "(" + ";".join(",".join(str(int(v)) for v in row) for row in kernel) + ")"
    theirs = gmic_correlate(source, matrix, tmp_path / "gmic.png")
    ours = Step(kernel=kernel, border="replicate",
                anchor=((rows - 1) // 2, (cols - 1) // 2)).apply(image)
    assert largest_difference(ours, theirs) <= 1


@needs(MAGICK)
@pytest.mark.parametrize(("kernel", "times"), [(BINOMIAL, 3), (np.ones((3, 3)), 5),
                                               (np.ones((1, 5)), 2)])
def test_iterations_are_imagemagicks_convolve_n(tmp_path, kernel, times):
    image = photo()
    source = saved(tmp_path, image)
    run(MAGICK, str(source), "-virtual-pixel", "Edge", "-define", "convolve:scale=!",
        "-morphology", f"Convolve:{times}", magick_text(kernel), f"PPM:{tmp_path / 'im.ppm'}")
    ours = Step(kernel=kernel, normalize=True, border="replicate",
                iterations=times).apply(image)
    # ImageMagick keeps 16 bits between passes where we round to 8: a level apart at most.
    assert largest_difference(ours, read(tmp_path / "im.ppm")) <= 1
