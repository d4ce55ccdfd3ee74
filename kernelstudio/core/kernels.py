"""Kernels as plain data: validation, resizing and OpenCV's Gaussian.

The kernel text format (reading and writing) is in `kernel_text`.
"""

from __future__ import annotations

import numpy as np

from .errors import KernelError
from .numbers import real_number, shown
from .words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "KERNEL_KINDS",
    "KIND_NAMES",
    "MAX_KERNEL_SIZE",
    "MAX_SLICES",
    "MAX_WEIGHT",
    "across_channels",
    "as_kernel",
    "as_kernels",
    "check_size",
    "gaussian_kernel",
    "gaussian_weights",
    "kernel_kind",
    "normalize_kernel",
    "resize_kernel",
    "whole_number",
]

#: Largest kernel side accepted anywhere (the window, recipes, the command line, the API).
MAX_KERNEL_SIZE = 255
#: Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size.
MAX_WEIGHT = 1e9
#: Most channels a per-channel or cross-channel kernel has a slice for: RGBA and beyond.
MAX_SLICES = 8
#: The kinds of kernel a step has, by the number of its dimensions (2, 3 and 4).
KERNEL_KINDS = ("shared", "per-channel", "cross-channel")
#: Each kind as people say it: "a kernel per channel" (English; translated where shown).
KIND_NAMES = {"shared": QT_TRANSLATE_NOOP("kernels", "shared"),
              "per-channel": QT_TRANSLATE_NOOP("kernels", "per channel"),
              "cross-channel": QT_TRANSLATE_NOOP("kernels", "across channels")}


def as_kernel(weights) -> np.ndarray:
    """Return `weights` as a validated, read-only, C-contiguous float64 kernel.

    Parameters
    ----------
    weights : array_like
        A 2-D grid of real numbers, rows × columns, any size from 1×1 to
        ``MAX_KERNEL_SIZE`` on each side; odd, even and rectangular are all fine.

    Raises
    ------
    KernelError
        If the weights are not a non-empty 2-D grid of finite numbers within ±``MAX_WEIGHT``.

    Examples
    --------
    >>> as_kernel([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]).shape
    (3, 3)
    """
    try:
        raw = np.asarray(weights)
    except ValueError:  # ragged nested lists, or nested deeper than NumPy goes
        raise KernelError(translate("errors", "a kernel must be a 2-D grid (rows × columns) whose "
                                              "rows all have the same length")) from None
    if raw.dtype.kind == "c":
        raise KernelError(translate("errors", "kernel weights must be real numbers, not complex"))
    if raw.dtype.kind in "USa":
        raise KernelError(translate("errors", "kernel weights must be numbers, not text"))
    if raw.dtype.kind == "b":
        raise KernelError(translate("errors", "kernel weights must be numbers, not true or false"))
    if raw.dtype.kind not in "iuf":  # objects: numbers beyond 64 bits, None, mixtures
        raise KernelError(translate("errors", "kernel weights must be numbers within "
                                              "±{max_weight:g}").format(max_weight=MAX_WEIGHT))
    if raw.ndim != 2:
        got = f"shape {raw.shape}" if raw.ndim < 4 else f"{raw.ndim} dimensions"
        raise KernelError(translate("errors", "a kernel must be a 2-D grid (rows × columns), got "
                                              "{got}").format(got=got))
    if raw.size == 0:
        raise KernelError(translate("errors", "a kernel needs at least one weight, got shape "
                                              "{raw_shape}").format(raw_shape=raw.shape))
    if max(raw.shape) > MAX_KERNEL_SIZE:
        rows, cols = raw.shape
        raise KernelError(
            translate("errors", "a {rows}×{cols} kernel is too large; each side may be at most "
                                "{max_kernel_size}")
            .format(rows=rows, cols=cols, max_kernel_size=MAX_KERNEL_SIZE)
        )
    kernel = np.array(raw, dtype=np.float64, order="C")
    bad = ~np.isfinite(kernel)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise KernelError(
            translate("errors", "kernel weight at row {value}, column {value2} is {value3}; "
                                "weights must be finite numbers")
            .format(value=row + 1, value2=col + 1, value3=kernel[row, col])
        )
    big = np.abs(kernel) > MAX_WEIGHT
    if big.any():
        row, col = np.argwhere(big)[0]
        raise KernelError(
            translate("errors", "kernel weight at row {value}, column {value2} is {value3:g}; "
                                "weights must lie between -{max_weight:g} and {max_weight:g}")
            .format(value=row + 1, value2=col + 1, value3=kernel[row, col], max_weight=MAX_WEIGHT)
        )
    kernel.flags.writeable = False
    return kernel


_SHAPES = ("a kernel is a grid (rows × columns), one grid per channel, or one per output "
           "and input channel")


def as_kernels(weights) -> np.ndarray:
    """Return `weights` as a validated, read-only float64 kernel of any kind a step takes.

    Parameters
    ----------
    weights : array_like
        ``(kh, kw)``: one kernel for every channel (see `as_kernel`); ``(C, kh, kw)``: one
        kernel per channel; ``(C, C, kh, kw)``: a kernel from every input channel to every
        output channel, the layout of PyTorch's ``Conv2d.weight``. C is 1 to `MAX_SLICES`.

    Raises
    ------
    KernelError
        As `as_kernel` does, naming the slice at fault, and for other shapes.

    Examples
    --------
    >>> as_kernels(np.ones((3, 5, 5))).shape, kernel_kind(np.ones((3, 3, 1, 1)))
    ((3, 5, 5), 'cross-channel')
    """
    try:
        raw = np.asarray(weights)
    except ValueError:  # ragged nested lists
        raise KernelError(_SHAPES + ", whose rows all have the same length") from None
    if raw.ndim > 4 or (raw.ndim > 2 and raw.dtype.kind == "O"):
        raise KernelError(f"{_SHAPES}; got {raw.ndim} dimensions" if raw.ndim > 4
                          else f"{_SHAPES}, whose rows all have the same length")
    if raw.ndim not in (3, 4) or raw.dtype.kind not in "iuf":
        return as_kernel(weights)
    slices = raw.shape[: raw.ndim - 2]
    if raw.ndim == 4 and slices[0] != slices[1]:
        raise KernelError(translate("errors", "a cross-channel kernel has as many output channels "
                                              "as input channels (C × C × rows × columns), got "
                                              "shape {raw_shape}").format(raw_shape=raw.shape))
    if not 1 <= slices[0] <= MAX_SLICES:
        raise KernelError(translate("errors", "a kernel has 1 to {max_slices} channel slices, got "
                                              "{slices_0}")
                          .format(max_slices=MAX_SLICES, slices_0=slices[0]))
    kernel = np.empty(raw.shape, np.float64)
    for index in np.ndindex(*slices):
        try:
            kernel[index] = as_kernel(raw[index])
        except KernelError as error:
            where = ", ".join(str(part + 1) for part in index)
            raise KernelError(translate("errors", "slice {where}: {error}")
                              .format(where=where, error=error)) from None
    kernel.flags.writeable = False
    return kernel


def kernel_kind(kernel: np.ndarray) -> str:
    """Which of `KERNEL_KINDS` a kernel from `as_kernels` is."""
    return KERNEL_KINDS[kernel.ndim - 2]


def across_channels(kernel: np.ndarray, count: int) -> np.ndarray:
    """A kernel of any kind (see `as_kernels`) as the kernel across `count` channels that
    does the same: a shared kernel, or each slice of one per channel, on its diagonal.

    Examples
    --------
    >>> across_channels(np.ones((1, 1)), 2)[..., 0, 0].tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    if kernel.ndim == 4:
        return kernel
    across = np.zeros((count, count, *kernel.shape[-2:]))
    for index in range(count):
        across[index, index] = kernel if kernel.ndim == 2 else kernel[index]
    return across


def normalize_kernel(kernel) -> np.ndarray:
    """Scale a kernel so that its weights sum to 1 (flat areas keep their brightness).

    A zero-sum kernel (an edge detector) cannot sum to 1; it is scaled so that its positive
    weights sum to 1 instead, which keeps its shape.

    Raises
    ------
    KernelError
        For a bad kernel, or one whose weights are all 0.

    Examples
    --------
    >>> normalize_kernel([[1, 2, 1]]).tolist()
    [[0.25, 0.5, 0.25]]
    >>> normalize_kernel([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])[:, 2].tolist()
    [0.25, 0.5, 0.25]
    """
    weights = as_kernel(kernel)
    size = float(np.abs(weights).sum())
    if size == 0:
        raise KernelError(translate("errors", "an all-zero kernel cannot be normalized"))
    total = float(weights.sum())
    # Relative to the weights' size: a kernel of tiny weights of one sign is not zero-sum.
    if abs(total) <= 1e-9 * size:
        total = float(weights[weights > 0].sum())
    return as_kernel(weights / total)


def whole_number(value, what: str, error: type[Exception] = KernelError) -> int:
    """`value` as an int if it is a whole number (an integer, not a bool), else `error`."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise error(translate("errors", "{what} must be a whole number, got {value}")
                    .format(what=what, value=shown(value)))
    return int(value)


def check_size(size, what: str = "size") -> int:
    """`size` as a kernel side: a whole number from 1 to `MAX_KERNEL_SIZE`, else
    `KernelError` naming it `what`."""
    size = whole_number(size, what)
    if not 1 <= size <= MAX_KERNEL_SIZE:
        raise KernelError(translate("errors", "{what} must be between 1 and {max_kernel_size}, "
                                              "got {size}")
                          .format(what=what, max_kernel_size=MAX_KERNEL_SIZE, size=size))
    return size


def resize_kernel(kernel, rows, cols) -> np.ndarray:
    """`kernel` grown with zeros or cropped at the rim to `rows` × `cols`.

    The centre cell (the default anchor, ``(kh // 2, kw // 2)``) stays the centre cell
    ``(rows // 2, cols // 2)`` of the result, so a filter keeps its position while its
    size is edited; weights beyond the new rim are dropped.

    Raises
    ------
    KernelError
        For a bad kernel, or a size that is not a whole number from 1 to
        ``MAX_KERNEL_SIZE``.

    Examples
    --------
    >>> resize_kernel([[1, 2, 3]], 3, 5).tolist()
    [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 2.0, 3.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0]]
    >>> resize_kernel(np.arange(9).reshape(3, 3), 2, 2).tolist()
    [[0.0, 1.0], [3.0, 4.0]]
    """
    weights = as_kernel(kernel)
    rows, cols = check_size(rows, "rows"), check_size(cols, "columns")
    out = np.zeros((rows, cols))
    kh, kw = weights.shape
    top, left = rows // 2 - kh // 2, cols // 2 - kw // 2
    src_top, src_left = max(0, -top), max(0, -left)
    dst_top, dst_left = max(0, top), max(0, left)
    height = min(kh - src_top, rows - dst_top)
    width = min(kw - src_left, cols - dst_left)
    out[dst_top : dst_top + height, dst_left : dst_left + width] = (
        weights[src_top : src_top + height, src_left : src_left + width]
    )
    return as_kernel(out)


# OpenCV's fixed tables for sigma <= 0 (imgproc, getGaussianKernelBitExact), as exact fractions.
_FIXED_GAUSSIANS = {
    1: np.array([1.0]),
    3: np.array([1, 2, 1]) / 4,
    5: np.array([1, 4, 6, 4, 1]) / 16,
    7: np.array([2, 7, 14, 18, 14, 7, 2]) / 64,
    9: np.array([4, 13, 30, 51, 60, 51, 30, 13, 4]) / 256,
}


#: exp(-0.5 / sigma²) of the nearest tail is 0 in float64 for any sigma below this.
_SMALLEST_SIGMA = 0.01


def gaussian_weights(size: int, sigma: float = 0.0) -> np.ndarray:
    """Return the 1-D Gaussian weights OpenCV's ``getGaussianKernel(size, sigma)`` returns.

    For ``sigma <= 0`` OpenCV uses fixed binomial-like tables for sizes 1, 3, 5, 7 and 9
    and ``sigma = 0.15 * size + 0.35`` otherwise. Weights sum to 1. Even sizes follow
    OpenCV's rule too (its two middle taps are equal).
    """
    size = check_size(size)
    sigma = real_number(sigma, "sigma")
    if sigma <= 0 and size in _FIXED_GAUSSIANS:
        return _FIXED_GAUSSIANS[size].copy()
    if sigma <= 0:
        sigma = 0.15 * size + 0.35
    # Below this the tails are all 0 anyway, and sigma * sigma would reach 0.
    sigma = max(sigma, _SMALLEST_SIGMA)
    half = (size - 1) // 2
    # OpenCV works with doubled offsets (x = 2 * distance) so that even sizes stay integral.
    doubled = np.arange(1 - size, 1 - size + 2 * half, 2, dtype=np.float64)
    tails = np.exp(doubled * doubled * (-0.125 / (sigma * sigma)))
    middle_taps = 2 - size % 2
    scale = 1.0 / (2 * tails.sum() + middle_taps)
    weights = np.empty(size)
    weights[:half] = tails * scale
    weights[size - half :] = tails[::-1] * scale
    weights[half : size - half] = scale
    return weights


def gaussian_kernel(size: int, sigma: float = 0.0) -> np.ndarray:
    """Return the ``size``×``size`` Gaussian kernel OpenCV builds from ``getGaussianKernel``.

    Parameters
    ----------
    size : int
        Side of the square kernel, 1 to ``MAX_KERNEL_SIZE``.
    sigma : float, optional
        Standard deviation in pixels. ``sigma <= 0`` follows OpenCV's rule: fixed tables for
        sizes 1, 3, 5, 7 and 9, otherwise ``sigma = 0.15 * size + 0.35``.

    Returns
    -------
    ndarray of float64
        The outer product of the 1-D weights with themselves; the weights sum to 1.

    Examples
    --------
    >>> gaussian_kernel(3) * 16
    array([[1., 2., 1.],
           [2., 4., 2.],
           [1., 2., 1.]])
    """
    weights = gaussian_weights(size, sigma)
    return np.outer(weights, weights)
