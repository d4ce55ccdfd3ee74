"""The block-wise correlation engine behind `convolve` and every step.

The output is cut into blocks: full-width strips for the direct and separable methods,
tiles for the FFT method (see `kernelstudio.core.methods`). Each block's input is gathered
with its border rows and columns already applied (no padded copy of the whole image ever
exists), converted to the working float type, filtered, handed to an optional ``finish``
function and written, rounded and saturated, into the output.

The calling thread and one helper thread per further core (NumPy and BLAS release the
GIL) take blocks in order until none are left; each thread reuses its own buffers, so
memory beyond the output is a few blocks per thread whatever the image size. ``cancel``
and ``progress`` are honoured between blocks.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

import numpy as np

from . import methods
from .blas import single_threaded_blas, single_threaded_blas_for_now
from .errors import BorderError, Cancelled, ImageError, KernelError, MethodError
from .words import translate

__all__ = [
    "BORDERS",
    "METHODS",
    "CancelFlag",
    "Finish",
    "ProgressCallback",
    "border_indices",
    "check_border",
    "check_image",
    "check_method",
    "correlate",
    "in_threads",
    "output_shape",
    "thread_count",
    "trim_kernel",
    "value_range",
    "work_dtype",
]

METHODS = methods.METHODS

#: Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding.
BORDERS = ("reflect101", "reflect", "replicate", "wrap", "constant", "valid")

#: Below this many output values threads cost more than they save.
_THREADED_VALUES = 1 << 17


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as `threading.Event`."""

    def is_set(self) -> bool: ...


#: ``progress(fraction)`` with fraction in [0, 1].
ProgressCallback = Callable[[float], None]
#: ``finish(values, rows, cols)`` maps a block of raw sums (output rows and columns as
#: slices) to final values; it may work in place and is called from worker threads.
Finish = Callable[[np.ndarray, slice, slice], np.ndarray]


def check_border(border) -> str:
    """Return `border` if it is a known border mode, else raise `BorderError`."""
    if border not in BORDERS:
        raise BorderError(translate("errors", "unknown border {border!r}; choose one of {borders}")
                          .format(border=border, borders=', '.join(BORDERS)))
    return border


def check_method(method) -> str:
    """Return `method` if it names a method (or ``auto``), else raise `MethodError`."""
    if method not in METHODS:
        raise MethodError(translate("errors", "unknown method {method!r}; choose one of {methods}")
                          .format(method=method, methods=', '.join(METHODS)))
    return method


def check_image(image) -> np.ndarray:
    """Return `image` as an array after checking it is a 2-D or 3-D array of real numbers."""
    array = np.asarray(image)
    if array.ndim not in (2, 3):
        raise ImageError(
            translate("errors", "an image must be 2-D (rows, columns) or 3-D (rows, columns, "
                                "channels), got shape {array_shape}")
            .format(array_shape=array.shape)
        )
    if array.size == 0:
        raise ImageError(translate("errors", "the image is empty (shape {array_shape})")
                         .format(array_shape=array.shape))
    if array.dtype.kind not in "ui" and array.dtype not in (np.float32, np.float64):
        raise ImageError(
            translate("errors", "images of type {array_dtype} are not supported; use uint8, "
                                "uint16, another integer type, float32 or float64")
            .format(array_dtype=array.dtype)
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


def output_shape(image_shape, kernel_shape, border: str) -> tuple[int, int]:
    """The (rows, columns) of a correlation's result: the image's, smaller for ``valid``."""
    height, width = image_shape[:2]
    if border != "valid":
        return height, width
    kh, kw = kernel_shape
    if height < kh or width < kw:
        raise KernelError(
            translate("errors", "border 'valid' needs an image at least as large as the kernel; "
                                "the image is {height}×{width} and the kernel {kh}×{kw}")
            .format(height=height, width=width, kh=kh, kw=kw)
        )
    return height - kh + 1, width - kw + 1


def border_indices(start: int, stop: int, n: int, border: str) -> tuple[np.ndarray, np.ndarray]:
    """Source indices for positions ``start..stop-1`` of an axis of length `n`.

    Returns the indices (always valid) and a mask of the positions that lie outside the
    image, which only the ``constant`` border needs.
    """
    positions = np.arange(start, stop)
    outside = (positions < 0) | (positions >= n)
    if border == "wrap":
        return positions % n, outside
    if border == "reflect":
        folded = positions % (2 * n)
        return np.where(folded < n, folded, 2 * n - 1 - folded), outside
    if border == "reflect101" and n > 1:
        period = 2 * n - 2
        folded = positions % period
        return np.where(folded < n, folded, period - folded), outside
    # replicate and constant (whose outside positions are overwritten); valid never leaves
    # the image; reflect101 of a single pixel repeats it.
    return np.clip(positions, 0, n - 1), outside


def _column_plan(left: int, right: int, width: int, border: str) -> list[tuple[slice, object]]:
    """How to fill columns ``left:right``: (destination, source slice or indices) pairs.

    The columns inside the image are one slice; only those beyond an edge need indices.
    For ``constant`` those are marked with None, to be filled with the border value.
    """
    plan: list[tuple[slice, object]] = []
    inside = max(left, 0), min(right, width)
    if inside[0] < inside[1]:
        plan.append((slice(inside[0] - left, inside[1] - left), slice(*inside)))
    for lo, hi in ((left, min(right, 0)), (max(left, width), right)):
        if lo < hi:
            indices = None if border == "constant" else border_indices(lo, hi, width, border)[0]
            plan.append((slice(lo - left, hi - left), indices))
    return plan


def _gather(image, rows, columns, border, cval, out) -> None:
    """Fill `out` with image rows ``rows[0]:rows[1]`` and the columns a `_column_plan` gives.

    Rows beyond the edges are made up by `border` through indices; rows inside are sliced.
    """
    first, stop = rows
    if first >= 0 and stop <= image.shape[0]:
        source = image[first:stop]
        rows_outside = None
    else:
        indices, rows_outside = border_indices(first, stop, image.shape[0], border)
        source = image[indices]
    for target, origin in columns:
        if origin is None:
            out[:, target] = cval
        else:
            out[:, target] = source[:, origin]
    if rows_outside is not None and border == "constant":
        out[rows_outside] = cval


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def thread_count() -> int:
    """How many threads filter one image: one per core this process may use, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _pool() -> ThreadPoolExecutor:
    """Helper threads: one per core but the caller's, which filters too."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max(1, thread_count() - 1),
                                       thread_name_prefix="kernelstudio-engine",
                                       initializer=single_threaded_blas)
        return _POOL


def trim_kernel(kernel: np.ndarray) -> tuple[np.ndarray, int, int]:
    """The kernel without all-zero outer rows and columns, and how many were cut above/left."""
    nonzero_rows = np.flatnonzero(np.any(kernel != 0, axis=1))
    nonzero_cols = np.flatnonzero(np.any(kernel != 0, axis=0))
    if nonzero_rows.size == 0:
        return np.zeros((1, 1)), 0, 0
    top, bottom = nonzero_rows[0], nonzero_rows[-1] + 1
    left, right = nonzero_cols[0], nonzero_cols[-1] + 1
    return kernel[top:bottom, left:right], int(top), int(left)


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
    method: str = "auto",
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Correlate a validated image with a validated kernel, block by block.

    ``out[r, c] = finish(sum_ij kernel[i, j] * padded[r + i - ay, c + j - ax])``, then rounded
    to nearest (ties to even, as OpenCV's saturate_cast) and saturated when `out_dtype` is an
    integer type, or clipped to `clip` when given. `method` picks a method of
    `kernelstudio.core.methods` instead of the estimated fastest. `out`, of the result's
    shape (with a channel axis) and `out_dtype`, is written instead of a new array; each
    block of it is written once, after `finish`, which may read it (to add to it).
    """
    height, width = image.shape[:2]
    flat = image.ndim == 2
    planes = image[..., None] if flat else image
    channels = planes.shape[2]
    kh, kw = kernel.shape
    out_h, out_w = output_shape((height, width), kernel.shape, border)
    row_offset, col_offset = (0, 0) if border == "valid" else (-anchor[0], -anchor[1])
    trimmed, top, left = trim_kernel(kernel)
    row_offset, col_offset = row_offset + top, col_offset + left
    kh, kw = trimmed.shape
    work = work_dtype(image.dtype)
    path = methods.choose(trimmed, work, out_h, out_w, method, channels, image.dtype, cval)
    full_range = value_range(np.dtype(out_dtype))
    clip = full_range if clip is None else clip
    if clip == full_range and _stays_in_range(trimmed, image.dtype, out_dtype, finish, cval):
        clip = None  # saturating would change nothing: one pass less
    if out is None:
        out = np.empty((out_h, out_w, channels), dtype=out_dtype)
    elif out.shape != (out_h, out_w, channels) or out.dtype != out_dtype:
        raise ImageError(translate("errors", "out must be {out_dtype} of shape {value}, got "
                                             "{out_dtype2} of shape {out_shape}")
                         .format(out_dtype=np.dtype(out_dtype), value=(out_h, out_w, channels),
                                 out_dtype2=out.dtype, out_shape=out.shape))

    block_h, block_w = path.block_shape(out_h, out_w, channels)
    blocks = [
        (r, min(r + block_h, out_h), c, min(c + block_w, out_w))
        for r in range(0, out_h, block_h)
        for c in range(0, out_w, block_w)
    ]
    column_plans = {
        c0: _column_plan(c0 + col_offset, c1 + col_offset + kw - 1, width, border)
        for _, _, c0, c1 in blocks
    }
    threads = thread_count() if out_h * out_w * channels >= _THREADED_VALUES else 1
    # Sums that are the results, with nothing to finish, are stored as they are.
    store_sums = path.exact and finish is None and out.dtype.kind in "ui"

    def buffers() -> tuple:
        padded_size = (block_h + kh - 1) * (block_w + kw - 1) * channels
        return (path.scratch(block_h, block_w, channels, work),
                np.empty(padded_size, path.gather_type or work))

    def filter_block(block, state) -> None:
        scratch, buffer = state
        r0, r1, c0, c1 = block
        shape = (r1 - r0 + kh - 1, c1 - c0 + kw - 1)
        padded = buffer[: shape[0] * shape[1] * channels].reshape(*shape, channels)
        _gather(planes, (r0 + row_offset, r1 + row_offset + kh - 1), column_plans[c0],
                border, cval, padded)
        if store_sums:
            _store_integers(path.sums(padded, r1 - r0, c1 - c0, scratch),
                            out[r0:r1, c0:c1], clip)
            return
        values = path.run(padded, r1 - r0, c1 - c0, scratch)
        if finish is not None:
            values = finish(values, slice(r0, r1), slice(c0, c1))
        _store(values, out[r0:r1, c0:c1], clip)

    in_threads(blocks, filter_block, buffers, threads=threads, cancel=cancel,
               progress=progress, sizes=[(r1 - r0) * (c1 - c0) for r0, r1, c0, c1 in blocks],
               doing="filtering")
    return out[..., 0] if flat else out


def in_threads(items, do, new, *, threads: int | None = None,
               cancel: CancelFlag | None = None, progress: ProgressCallback | None = None,
               sizes=None, doing: str = "the work") -> list:
    """Call ``do(item, state)`` for every item, on the calling thread and the engine's
    helper threads (`threads` in all, at most `thread_count`), each thread with its own
    ``state = new()``; returns every thread's state.

    Items are handed out in order to whichever thread is free; BLAS stays single-threaded
    in each. `cancel` is checked and `progress` reported between items (the share done,
    counting each item by its entry in `sizes`, or as one); `Cancelled` ("`doing` was
    cancelled") is raised when `cancel` was set. One thread's error stops the others and
    is raised.
    """
    threads = thread_count() if threads is None else min(threads, thread_count())
    states = [new() for _ in range(max(1, min(threads, len(items))))]
    sizes = [1] * len(items) if sizes is None else sizes
    total = sum(sizes) or 1
    next_item = itertools.count()  # items are handed out in order, to whoever is free
    lock = threading.Lock()
    failed = threading.Event()
    done = [0]

    def work(state) -> None:
        try:
            while not failed.is_set() and not (cancel is not None and cancel.is_set()):
                with lock:
                    index = next(next_item)
                if index >= len(items):
                    return
                do(items[index], state)
                if progress is not None:
                    with lock:
                        done[0] += sizes[index]
                        progress(done[0] / total)
        except BaseException:
            failed.set()
            raise

    futures = [_pool().submit(work, state) for state in states[1:]]
    try:
        with single_threaded_blas_for_now():
            work(states[0])
    finally:
        errors = [future.exception() for future in futures]  # waits for every helper
    for error in errors:
        if error is not None:
            raise error
    if cancel is not None and cancel.is_set():
        raise Cancelled(translate("errors", "{doing} was cancelled").format(doing=doing))
    return states


def _store(values: np.ndarray, out: np.ndarray, clip: tuple[float, float] | None) -> None:
    if out.dtype.kind in "ui":
        np.rint(values, out=values)
    if clip is not None:
        np.clip(values, clip[0], clip[1], out=values)
    out[...] = values


def _stays_in_range(kernel, image_type, out_type, finish, cval) -> bool:
    """Whether every sum is already within the range of an 8- or 16-bit `out_type`: weights
    of at least 0 that add up to at most 1, over an image (and a fill) of that same type,
    with nothing to finish. Float round-off stays far below half a level (8-bit images
    are summed in float32, 16-bit ones in float64)."""
    return (finish is None and np.dtype(out_type) == image_type and image_type.kind in "ui"
            and image_type.itemsize <= 2  # 64-bit maxima round up in float64, and wrap
            and kernel.min() >= 0 and kernel.sum() <= 1 + 1e-9
            and value_range(image_type)[0] <= cval <= value_range(image_type)[1])


def _store_integers(sums: np.ndarray, out: np.ndarray, clip: tuple[float, float] | None) -> None:
    if clip is not None:
        np.clip(sums, math.ceil(clip[0]), math.floor(clip[1]), out=sums)
    out[...] = sums
