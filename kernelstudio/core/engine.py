"""The strip-wise correlation engine behind `convolve` and every step.

The image is processed in horizontal strips. Each strip is gathered with its border rows
and columns already applied (so no padded copy of the whole image ever exists), converted
to the working float type, filtered by shifted multiply-adds, handed to an optional
``finish`` function and written, rounded and saturated, into the output. Memory beyond the
output is a few strips, whatever the image size, and ``cancel``/``progress`` are honoured
between strips.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from .errors import BorderError, Cancelled, ImageError, KernelError

__all__ = ["BORDERS", "CancelFlag", "Finish", "ProgressCallback", "check_border", "correlate"]

#: Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding.
BORDERS = ("reflect101", "reflect", "replicate", "wrap", "constant", "valid")

#: Floats per strip buffer: about 1 MiB of float32, small enough to stay in cache.
_STRIP_FLOATS = 1 << 18


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as `threading.Event`."""

    def is_set(self) -> bool: ...


#: ``progress(fraction)`` with fraction in [0, 1].
ProgressCallback = Callable[[float], None]
#: ``finish(values, first_row, stop_row)`` maps a strip of raw sums to final values.
Finish = Callable[[np.ndarray, int, int], np.ndarray]


def check_border(border) -> str:
    """Return `border` if it is a known border mode, else raise `BorderError`."""
    if border not in BORDERS:
        raise BorderError(f"unknown border {border!r}; choose one of {', '.join(BORDERS)}")
    return border


def check_image(image) -> np.ndarray:
    """Return `image` as an array after checking it is a 2-D or 3-D array of real numbers."""
    array = np.asarray(image)
    if array.ndim not in (2, 3):
        raise ImageError(
            f"an image must be 2-D (rows, columns) or 3-D (rows, columns, channels), "
            f"got shape {array.shape}"
        )
    if array.size == 0:
        raise ImageError(f"the image is empty (shape {array.shape})")
    if array.dtype.kind not in "ui" and array.dtype not in (np.float32, np.float64):
        raise ImageError(
            f"images of type {array.dtype} are not supported; "
            "use uint8, uint16, another integer type, float32 or float64"
        )
    return array


def work_dtype(dtype: np.dtype) -> np.dtype:
    """The float type sums are computed in: float32 for 8-bit and float32 images."""
    if dtype in (np.uint8, np.int8, np.float32):
        return np.dtype(np.float32)
    return np.dtype(np.float64)


def value_range(dtype: np.dtype) -> tuple[float, float] | None:
    """The saturation range of an integer dtype as floats that cast back without overflow."""
    if dtype.kind not in "ui":
        return None
    info = np.iinfo(dtype)
    high = np.float64(info.max)
    if int(high) > info.max:  # 64-bit maxima round up in float64
        high = np.nextafter(high, -np.inf)
    return float(info.min), float(high)


def _border_indices(start: int, stop: int, n: int, border: str) -> tuple[np.ndarray, np.ndarray]:
    """Source indices for positions ``start..stop-1`` of an axis of length `n`.

    Returns the indices (always valid) and a mask of the positions that lie outside the
    image, which only the ``constant`` border needs.
    """
    positions = np.arange(start, stop)
    outside = (positions < 0) | (positions >= n)
    if border == "replicate" or border == "constant":
        return np.clip(positions, 0, n - 1), outside
    if border == "wrap":
        return positions % n, outside
    if border == "reflect":
        folded = positions % (2 * n)
        return np.where(folded < n, folded, 2 * n - 1 - folded), outside
    if border == "reflect101":
        if n == 1:
            return np.zeros_like(positions), outside
        period = 2 * n - 2
        folded = positions % period
        return np.where(folded < n, folded, period - folded), outside
    # valid: every position is inside the image by construction.
    return positions, outside


def correlate(
    image: np.ndarray,
    kernel: np.ndarray,
    *,
    border: str,
    cval: float = 0.0,
    anchor: tuple[int, int],
    out_dtype: np.dtype,
    clip: tuple[float, float] | None = None,
    finish: Finish | None = None,
    cancel: CancelFlag | None = None,
    progress: ProgressCallback | None = None,
) -> np.ndarray:
    """Correlate a validated image with a validated kernel, strip by strip.

    ``out[r, c] = finish(sum_ij kernel[i, j] * padded[r + i - ay, c + j - ax])``, then rounded
    to nearest (ties to even, as OpenCV's saturate_cast) and saturated when `out_dtype` is an
    integer type, or clipped to `clip` when given.
    """
    height, width = image.shape[:2]
    channels = image.shape[2:]
    kh, kw = kernel.shape
    ay, ax = anchor
    if border == "valid":
        out_h, out_w = height - kh + 1, width - kw + 1
        if out_h < 1 or out_w < 1:
            raise KernelError(
                f"border 'valid' needs an image at least as large as the kernel; "
                f"the image is {height}×{width} and the kernel {kh}×{kw}"
            )
        row_start, col_start = 0, 0
    else:
        out_h, out_w = height, width
        row_start, col_start = -ay, -ax
    cols, cols_outside = _border_indices(col_start, col_start + out_w + kw - 1, width, border)
    work = work_dtype(image.dtype)
    if clip is None:
        clip = value_range(np.dtype(out_dtype))
    taps = [(i, j, work.type(kernel[i, j])) for i, j in zip(*np.nonzero(kernel), strict=True)]
    out = np.empty((out_h, out_w, *channels), dtype=out_dtype)

    per_row = (out_w + kw - 1) * max(1, int(np.prod(channels)))
    strip_rows = max(1, _STRIP_FLOATS // per_row)
    for first in range(0, out_h, strip_rows):
        if cancel is not None and cancel.is_set():
            raise Cancelled("filtering was cancelled")
        stop = min(out_h, first + strip_rows)
        rows, rows_outside = _border_indices(
            row_start + first, row_start + stop + kh - 1, height, border
        )
        padded = image[rows[:, None], cols].astype(work)
        if border == "constant":
            padded[rows_outside] = cval
            padded[:, cols_outside] = cval
        values = np.zeros((stop - first, out_w, *channels), dtype=work)
        product = np.empty_like(values)
        for i, j, weight in taps:
            np.multiply(padded[i : i + stop - first, j : j + out_w], weight, out=product)
            values += product
        if finish is not None:
            values = finish(values, first, stop)
        _store(values, out[first:stop], clip)
        if progress is not None:
            progress(stop / out_h)
    return out


def _store(values: np.ndarray, out: np.ndarray, clip: tuple[float, float] | None) -> None:
    if out.dtype.kind in "ui":
        np.rint(values, out=values)
    if clip is not None:
        np.clip(values, clip[0], clip[1], out=values)
    out[...] = values
