"""`convolve`: the public entry point of the convolution core."""

from __future__ import annotations

import math

import numpy as np

from .engine import CancelFlag, ProgressCallback, check_border, check_image, check_method, correlate
from .errors import KernelError
from .kernels import as_kernel
from .words import translate

__all__ = ["check_anchor", "convolve", "fill_value"]


def check_anchor(anchor, shape: tuple[int, int]) -> tuple[int, int]:
    """Return `anchor` as a (row, column) pair inside a kernel of `shape`; None means its centre."""
    kh, kw = shape
    if anchor is None:
        return kh // 2, kw // 2
    try:
        row, col = (int(value) for value in anchor)
    except (TypeError, ValueError):
        raise KernelError(translate("errors", "anchor must be a (row, column) pair, got {anchor!r}")
                          .format(anchor=anchor)) from None
    if not (0 <= row < kh and 0 <= col < kw):
        raise KernelError(translate("errors", "anchor {value} lies outside the {kh}×{kw} kernel")
                          .format(value=(row, col), kh=kh, kw=kw))
    return row, col


def fill_value(cval, dtype: np.dtype) -> float:
    """The border fill for ``constant``: `cval` rounded and saturated for integer images."""
    try:
        value = float(cval)
    except (TypeError, ValueError):
        raise KernelError(translate("errors", "cval must be a number, got {cval!r}")
                          .format(cval=cval)) from None
    if not math.isfinite(value):
        raise KernelError(translate("errors", "cval must be a finite number, got {value}")
                          .format(value=value))
    if dtype.kind in "ui":
        info = np.iinfo(dtype)
        value = min(max(round(value), info.min), info.max)
    return value


def convolve(
    image,
    kernel,
    *,
    border: str = "reflect101",
    cval: float = 0.0,
    anchor: tuple[int, int] | None = None,
    cancel: CancelFlag | None = None,
    progress: ProgressCallback | None = None,
    method: str = "auto",
) -> np.ndarray:
    """Filter every channel of `image` with `kernel`, exactly as OpenCV's ``filter2D`` does.

    This is correlation, as in OpenCV, Photoshop and GIMP: the kernel is not flipped, and
    ``out[r, c] = sum(kernel[i, j] * image[r + i - ay, c + j - ax])`` with the anchor
    ``(ay, ax) = (kh // 2, kw // 2)``. For true convolution flip the kernel 180° and use the
    anchor ``(kh - 1 - kh // 2, kw - 1 - kw // 2)`` (a `Step` with ``flip=True`` does this).

    Parameters
    ----------
    image : array_like, shape (H, W) or (H, W, C)
        uint8, uint16 (or any integer type), float32 or float64. Channels are filtered
        independently. The input is never modified.
    kernel : array_like, shape (kh, kw)
        Real weights, 1×1 up to 255×255, odd, even or rectangular.
    border : {"reflect101", "reflect", "replicate", "wrap", "constant", "valid"}
        How pixels beyond the edge are made up, in OpenCV's terms for ``abcdefgh``:
        ``reflect101`` ``gfedcb|abcdefgh|gfedcba`` (OpenCV's default), ``reflect``
        ``fedcba|abcdefgh|hgfedcb``, ``replicate`` ``aaaaaa|abcdefgh|hhhhhhh``, ``wrap``
        ``cdefgh|abcdefgh|abcdefg``, ``constant`` ``iiiiii|abcdefgh|iiiiiii`` with ``i = cval``.
        ``valid`` pads nothing: the output shrinks to (H - kh + 1, W - kw + 1).
    cval : float
        Fill value for ``border="constant"``, in the image's units (rounded and saturated to
        the image's range for integer images).
    anchor : (int, int), optional
        The kernel cell that lands on the output pixel; ``(kh // 2, kw // 2)`` by default.
    cancel : object with ``is_set()``, optional
        Checked between strips; when set, `Cancelled` is raised.
    progress : callable, optional
        Called with the fraction done, from 0 to 1, after each block (possibly from a
        worker thread).
    method : {"auto", "direct", "separable", "fft"}
        How to compute it; every method gives the same result (within rounding).
        ``auto`` estimates which is fastest: ``direct`` (a batched matrix product, best for
        small kernels), ``separable`` (for low-rank kernels such as box, Gaussian, Sobel or
        unsharp from about 15×15 up) or ``fft`` (large dense kernels, from about 21×21).
        See `kernelstudio.core.methods`.

    Returns
    -------
    ndarray
        The input's dtype and, except for ``valid``, its shape. Integer images are rounded
        to nearest and saturated to their range; float images stay float and unclipped.

    Raises
    ------
    KernelError, BorderError, MethodError, ImageError
        For a bad kernel, border name, method or image; all are `ValueError` subclasses.
    Cancelled
        If `cancel` was set while filtering.

    Examples
    --------
    The textbook example, where the 3×3 kernel only visits pixels inside the image:

    >>> import numpy as np
    >>> convolve(np.arange(25).reshape(5, 5), np.arange(9).reshape(3, 3), border="valid")
    array([[312, 348, 384],
           [492, 528, 564],
           [672, 708, 744]])
    """
    array = check_image(image)
    weights = as_kernel(kernel)
    check_border(border)
    check_method(method)
    return correlate(
        array,
        weights,
        border=border,
        cval=fill_value(cval, array.dtype),
        anchor=check_anchor(anchor, weights.shape),
        out_dtype=array.dtype,
        cancel=cancel,
        progress=progress,
        method=method,
    )
