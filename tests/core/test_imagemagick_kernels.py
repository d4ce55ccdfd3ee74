"""The named presets against the kernels ImageMagick 6 prints for the same names.

``-morphology Convolve`` turns a kernel 180° before it slides it; kernelstudio correlates,
so a preset equals ImageMagick's kernel turned 180°. ImageMagick's angles go clockwise on
screen from "brighter on the right" (0°); it prints 6 significant digits.
"""

import functools
import re
import shutil
import subprocess

import numpy as np
import pytest

from kernelstudio.core import get_preset, resize_kernel

CONVERT = shutil.which("convert-im6.q16")
pytestmark = pytest.mark.skipif(
    CONVERT is None, reason="needs ImageMagick 6 (convert-im6.q16, Debian's imagemagick)")
_ROW = re.compile(r"^\s*\d+:(.*)$")
#: ImageMagick's angle for each direction word of the presets.
ANGLES = {"right": 0, "bottom_right": 45, "bottom": 90, "bottom_left": 135, "left": 180,
          "top_left": 225, "top": 270, "top_right": 315}


@functools.cache
def imagemagick(spec: str) -> np.ndarray:
    """The kernel ImageMagick builds for `spec`, as it prints it (not yet turned)."""
    shown = subprocess.run(
        [CONVERT, "xc:", "-define", "morphology:showKernel=1", "-morphology", "Convolve", spec,
         "null:"], capture_output=True, text=True, timeout=60, check=True).stderr
    rows = [[float(value) for value in match.group(1).split()]
            for match in map(_ROW.match, shown.splitlines()) if match]
    return np.array(rows)


def turned(spec: str) -> np.ndarray:
    """ImageMagick's kernel for `spec` as kernelstudio correlates it."""
    return imagemagick(spec)[::-1, ::-1]


def kernel(name, **params):
    return get_preset(name).kernel(params)


@pytest.mark.parametrize("name", ["sobel", "prewitt"])
@pytest.mark.parametrize("direction", ["top", "bottom", "left", "right"])
def test_sobel_and_prewitt_are_imagemagicks(name, direction):
    np.testing.assert_array_equal(kernel(name, direction=direction),
                                  turned(f"{name.title()}:{ANGLES[direction]}"))


@pytest.mark.parametrize("direction", list(ANGLES))
def test_kirsch_is_imagemagicks_in_all_eight_directions(direction):
    np.testing.assert_array_equal(kernel("kirsch", direction=direction),
                                  turned(f"Kirsch:{ANGLES[direction]}"))


@pytest.mark.parametrize("direction", ["top_left", "top_right", "bottom_left", "bottom_right"])
def test_roberts_is_imagemagicks_diagonal_pair(direction):
    ours = kernel("roberts", direction=direction)
    theirs = turned(f"Roberts:{ANGLES[direction]}")
    # The same two-pixel difference. ImageMagick pairs the centre with a neighbour; the
    # cross of Roberts' paper (and kernelstudio) keeps both diagonals in one 2×2 block
    # anchored at its bottom-right cell, so only top_left pairs the very same two pixels
    # and the other three are that difference one pixel over.
    used = np.argwhere(theirs != 0)
    (top, left), (bottom, right) = used.min(axis=0), used.max(axis=0)
    np.testing.assert_array_equal(ours, theirs[top : bottom + 1, left : right + 1])
    if direction == "top_left":
        np.testing.assert_array_equal(resize_kernel(ours, 3, 3), theirs)


@pytest.mark.parametrize(("form", "number"), [("square", 0), ("cross", 1)])
def test_laplacian_3x3_forms_are_imagemagicks(form, number):
    np.testing.assert_array_equal(kernel("laplacian", size=3, form=form),
                                  turned(f"Laplacian:{number}"))


@pytest.mark.parametrize("size", [3, 5, 9, 15])
def test_binomial_is_imagemagicks_normalised(size):
    theirs = turned(f"Binomial:{size // 2}")  # whole numbers, summing to 4 ** (size - 1)
    np.testing.assert_allclose(kernel("binomial", size=size) * 4.0 ** (size - 1), theirs,
                               rtol=1e-5)  # ImageMagick prints 6 digits


@pytest.mark.parametrize(("size", "sigma"), [(5, 1.4), (9, 1.4), (11, 2.0), (7, 0.8),
                                             (3, 2.0)])  # the last holds no negative ring
def test_log_is_imagemagicks(size, sigma):
    np.testing.assert_allclose(kernel("log", size=size, sigma=sigma),
                               turned(f"LoG:{size // 2}x{sigma}"), rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize(("size", "sigma1", "sigma2"), [(5, 1.0, 1.6), (9, 1.0, 1.6),
                                                        (11, 2.0, 1.2), (15, 1.0, 1.6)])
def test_dog_is_imagemagicks_gaussians_differenced(size, sigma1, sigma2):
    # ImageMagick's DoG subtracts Gaussians it has not normalised over the window; the
    # preset subtracts the normalised ones its Gaussian blur uses: ImageMagick's Gaussian.
    half = size // 2
    difference = turned(f"Gaussian:{half}x{sigma1}") - turned(f"Gaussian:{half}x{sigma2}")
    positive = np.where(difference > 0, difference, 0)
    negative = np.where(difference < 0, difference, 0)
    theirs = positive / positive.sum() - negative / negative.sum()
    ours = kernel("dog", size=size, sigma1=sigma1, sigma2=sigma2)
    np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-6)
    # Where the window holds nearly all of both Gaussians (4.4 sigma2) the two meet.
    if half >= 4.4 * sigma2:
        np.testing.assert_allclose(ours, turned(f"DoG:{half},{sigma1},{sigma2}"), atol=1e-5)
