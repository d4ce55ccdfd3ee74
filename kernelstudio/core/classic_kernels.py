"""The classic named kernels, as ImageMagick, OpenCV, Pillow and the textbooks define them.

Directions follow the Sobel preset's words: a direction names the side (or corner) that
must be brighter for a positive response, top, right, bottom and left, and between them
top_right, bottom_right, bottom_left and top_left. Kernels are correlated, as everywhere
in kernelstudio; ImageMagick's ``-morphology Convolve`` turns its kernels 180° first.
"""

from __future__ import annotations

import math

import numpy as np

from .errors import PresetError
from .kernels import gaussian_kernel
from .words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "COMPASS",
    "DIAGONALS",
    "SIDES",
    "binomial_kernel",
    "disk_kernel",
    "dog_kernel",
    "gabor_kernel",
    "kirsch_kernel",
    "laplacian_kernel",
    "log_kernel",
    "roberts_kernel",
    "side_kernel",
    "unit_lobes",
]

# The directions' names are also the window's words (context "presets"), marked once here.
#: The four sides, in the order the Sobel preset has always offered them.
SIDES = (QT_TRANSLATE_NOOP("presets", "top"), QT_TRANSLATE_NOOP("presets", "bottom"),
         QT_TRANSLATE_NOOP("presets", "left"), QT_TRANSLATE_NOOP("presets", "right"))
#: The four corners, for Roberts' diagonal differences.
DIAGONALS = (QT_TRANSLATE_NOOP("presets", "top_left"), QT_TRANSLATE_NOOP("presets", "top_right"),
             QT_TRANSLATE_NOOP("presets", "bottom_left"),
             QT_TRANSLATE_NOOP("presets", "bottom_right"))
#: The eight compass directions, clockwise from the top.
COMPASS = ("top", "top_right", "right", "bottom_right", "bottom", "bottom_left", "left",
           "top_left")


def side_kernel(direction: str, edge: float, corner: float) -> np.ndarray:
    """A 3×3 first difference across one side, with `edge` and `corner` weights.

    Sobel is edge 2, corner 1; Prewitt 1, 1; Scharr 10, 3.

    Examples
    --------
    >>> side_kernel("left", 10, 3)
    array([[  3,   0,  -3],
           [ 10,   0, -10],
           [  3,   0,  -3]])
    """
    e, c = edge, corner
    top = np.array([
        [c, e, c],
        [0, 0, 0],
        [-c, -e, -c],
    ])
    left = np.array([
        [c, 0, -c],
        [e, 0, -e],
        [c, 0, -c],
    ])
    return {"top": top, "bottom": -top, "left": left, "right": -left}[direction]


# The eight cells around the centre, clockwise from the top-left corner: (row, column).
_RING = ((0, 0), (0, 1), (0, 2), (1, 2), (2, 2), (2, 1), (2, 0), (1, 0))


def kirsch_kernel(direction: str) -> np.ndarray:
    """Kirsch's compass kernel: 5 on the three cells facing `direction`, -3 on the others.

    Examples
    --------
    >>> kirsch_kernel("top_right")
    array([[-3,  5,  5],
           [-3,  0,  5],
           [-3, -3, -3]])
    """
    weights = np.zeros((3, 3), dtype=int)
    first = COMPASS.index(direction)  # top's three cells start at the ring's first
    for index, cell in enumerate(_RING):
        weights[cell] = 5 if (index - first) % 8 < 3 else -3
    return weights


def roberts_kernel(direction: str) -> np.ndarray:
    """Roberts' cross: a 2×2 diagonal difference, positive where corner `direction` is brighter.

    Like every even kernel here it is anchored at its bottom-right cell, so "top_left"
    compares a pixel's top-left neighbour with the pixel itself.

    Examples
    --------
    >>> roberts_kernel("top_left")
    array([[ 1,  0],
           [ 0, -1]])
    """
    top_left = np.array([
        [1, 0],
        [0, -1],
    ])
    top_right = np.array([
        [0, 1],
        [-1, 0],
    ])
    return {"top_left": top_left, "bottom_right": -top_left,
            "top_right": top_right, "bottom_left": -top_right}[direction]


def laplacian_kernel(size: int, form: str) -> np.ndarray:
    """-1 on every other cell (``square``) or on the middle row and column (``cross``), and
    the centre balancing them. Size 3 gives the 8- and the 4-neighbour Laplacian.

    Examples
    --------
    >>> laplacian_kernel(3, "cross")
    array([[ 0., -1.,  0.],
           [-1.,  4., -1.],
           [ 0., -1.,  0.]])
    """
    middle = size // 2
    if form == "square":
        weights = np.full((size, size), -1.0)
    else:
        weights = np.zeros((size, size))
        weights[middle, :] = weights[:, middle] = -1.0
    weights[middle, middle] = 0.0
    weights[middle, middle] = -weights.sum()
    return weights


def unit_lobes(weights: np.ndarray) -> np.ndarray:
    """`weights` with the positive ones scaled to sum to 1 and the negative ones to -1.

    This is ImageMagick's normalisation of its LoG and DoG kernels: the kernel sums to 0,
    and a step edge moves the result by at most the full scale. Without negative weights
    it is a plain normalisation (sum 1), as in ImageMagick.
    """
    positive, negative = weights > 0, weights < 0
    scaled = np.zeros_like(weights, dtype=np.float64)
    scaled[positive] = weights[positive] / weights[positive].sum()
    if negative.any():
        scaled[negative] = weights[negative] / -weights[negative].sum()
    return scaled


def _offsets(size: int) -> np.ndarray:
    """(row, column) offsets from the centre of a size × size kernel, as two grids."""
    steps = np.arange(size, dtype=np.float64) - size // 2
    return np.meshgrid(steps, steps, indexing="ij")


def log_kernel(size: int, sigma: float) -> np.ndarray:
    """ImageMagick's Laplacian of Gaussian: ``(1 - q) · exp(-q)`` with
    ``q = r² / (2 sigma²)``, sampled at each cell's centre (minus the Laplacian of a
    Gaussian, so the centre is positive as in the Laplacian preset), then scaled by
    `unit_lobes`.

    A window no wider than ``2 sigma + 1`` holds none of the negative ring: the kernel is
    then a centre-weighted blur, as ImageMagick's is.
    """
    rows, cols = _offsets(size)
    ratio = (rows * rows + cols * cols) / (2.0 * sigma * sigma)
    return unit_lobes((1.0 - ratio) * np.exp(-ratio))


def dog_kernel(size: int, sigma1: float, sigma2: float) -> np.ndarray:
    """OpenCV's Gaussian (`gaussian_kernel`) at `sigma1` minus the one at `sigma2`, scaled
    by `unit_lobes`: two Gaussian blurs differenced, so flat areas give 0.

    With ``sigma1 < sigma2`` the centre is positive. Raises `PresetError` when the sigmas
    are equal (the difference would be all 0).
    """
    if sigma1 == sigma2:
        raise PresetError(translate("errors", "dog: sigma1 and sigma2 must differ, both are "
                                              "{sigma1:g}").format(sigma1=sigma1))
    return unit_lobes(gaussian_kernel(size, sigma1) - gaussian_kernel(size, sigma2))


def binomial_kernel(size: int) -> np.ndarray:
    """Row `size` of Pascal's triangle times itself, divided by its sum (4 ** (size - 1)).

    Examples
    --------
    >>> (binomial_kernel(5)[2] * 256).tolist()
    [6.0, 24.0, 36.0, 24.0, 6.0]
    """
    row = np.array([math.comb(size - 1, k) for k in range(size)], dtype=np.float64)
    return np.outer(row, row) / 4.0 ** (size - 1)


def gabor_kernel(size: int, sigma: float, theta: float, wavelength: float, gamma: float,
                 psi: float) -> np.ndarray:
    """OpenCV's ``getGaborKernel((size, size), sigma, theta, wavelength, gamma, psi, CV_64F)``
    with `theta` and `psi` in degrees rather than radians.

    ``exp(-(x'² + gamma² y'²) / (2 sigma²)) · cos(2π x' / wavelength + psi)`` with
    ``x' = x cos(theta) + y sin(theta)`` and ``y' = -x sin(theta) + y cos(theta)``, where x
    grows to the right and y downwards: theta 0 gives upright stripes (the wave runs along
    the rows), 90° level ones, and theta turns the wave clockwise on screen. As OpenCV
    does, the value for (x, y) is stored at (row, column) (-y, -x) from the centre: the
    kernel turned 180°, which matters for odd phases.
    """
    c, s = math.cos(math.radians(theta)), math.sin(math.radians(theta))
    rows, cols = _offsets(size)
    x, y = -cols, -rows  # OpenCV fills the kernel turned 180°
    along = x * c + y * s
    across = -x * s + y * c
    sigma_across = sigma / gamma
    envelope = np.exp(-0.5 / (sigma * sigma) * along * along
                      - 0.5 / (sigma_across * sigma_across) * across * across)
    weights = envelope * np.cos(2 * math.pi / wavelength * along + math.radians(psi))
    # cos(90°) and the like come out as 6e-17, not 0: noise in the table, nothing to OpenCV.
    weights[np.abs(weights) < 1e-12] = 0.0
    return weights


def _quadrant_area(x: np.ndarray, y: np.ndarray, radius: float) -> np.ndarray:
    """Area of the disk of `radius` (centred at 0) within 0..x, 0..y, for x, y >= 0."""
    def primitive(u):  # the integral of sqrt(r² - u²) from 0 to u
        return (u * np.sqrt(radius * radius - u * u) + radius * radius
                * np.arcsin(u / radius)) / 2
    below = np.minimum(x, np.sqrt(np.maximum(radius * radius - y * y, 0.0)))
    return y * below + primitive(np.minimum(x, radius)) - primitive(below)


def disk_kernel(radius: float) -> np.ndarray:
    """A lens blur: each cell weighs the area of the disk of `radius` it covers, exactly.

    Cells are unit squares centred on the kernel's cells; one on the rim weighs the part
    of it inside the circle, so the blur grows smoothly with the radius. Weights sum to 1.

    Examples
    --------
    >>> disk_kernel(0.5).tolist()
    [[1.0]]
    >>> disk_kernel(1.5).shape
    (3, 3)
    """
    half = math.ceil(radius - 0.5)
    edges = np.arange(-half - 0.5, half + 1.0)
    y, x = np.meshgrid(edges, edges, indexing="ij")
    # Area from the centre to each cell corner, signed by quadrant; a cell's area is the
    # difference of its four corners'.
    corner = np.sign(x) * np.sign(y) * _quadrant_area(np.abs(x), np.abs(y), radius)
    area = corner[1:, 1:] - corner[:-1, 1:] - corner[1:, :-1] + corner[:-1, :-1]
    # Cells the circle misses come out as rounding noise around 0.
    area[area < 1e-12 * radius * radius] = 0.0
    return area / area.sum()
