"""Exact sums in small integers, for 8- and 16-bit images under kernels of small integers.

Most classic kernels are integers over a divisor: a box is ones over 9, the 3×3 Gaussian
``[1 2 1]`` twice over 16, a sharpen or a Laplacian has divisor 1. On 8- or 16-bit images
their sums are then integers too, and when the largest possible sum (the kernel's absolute
integers times the image's largest value) fits int16 or int32, adding the taps in that type
is exact. It moves half (int16) the bytes of the float32 arithmetic of the other methods,
and gathering the input needs no conversion to floats.

The taps are summed by shifted additions, taps that share a weight first; a kernel that is
a column times a row of integers is summed as two passes. What leaves is the sums over the
divisor in the working float type, for the engine to finish; with divisor 1 and nothing to
finish, the engine stores the integer sums themselves, saturated.
"""

from __future__ import annotations

import math

import numpy as np

from .strips import Strips, sum_taps

__all__ = ["IntegerTaps", "integer_kernel"]

#: Largest divisor looked for: the kernel times it must be integers.
MAX_DIVISOR = 1024
#: Estimated nanoseconds per output value, in the units of `kernelstudio.core.methods`
#: (fitted with benchmarks/engine_methods.py): gathering integers, turning the sums into
#: floats and storing them; that less what storing the sums as they are saves; one pass
#: over the values in int16, and in int32.
_STRIP = 0.88
_STORE_SAVED = 0.38
_INT16_PASS = 0.045
_INT32_PASS = 0.2


def integer_kernel(kernel: np.ndarray, dtype: np.dtype, cval: float):
    """(integers, divisor, sum type) with ``kernel == integers / divisor``, or None.

    None unless the image type is an integer of at most 16 bits, the fill `cval` is one of
    its values, and some divisor up to MAX_DIVISOR makes every weight an integer (to 1e-9)
    small enough that every sum over some of the taps fits int16 or int32 (on unsigned
    images that is the larger of the positive and the negative weights' total times the
    largest value, on signed ones all the weights' absolute total times it).

    >>> integer_kernel(np.ones((3, 3)) / 9, np.dtype(np.uint8), 0.0)[1:]
    (9, dtype('int16'))
    >>> integer_kernel(np.full((3, 3), 0.1234), np.dtype(np.uint8), 0.0) is None
    True
    """
    if dtype.kind not in "ui" or dtype.itemsize > 2:
        return None
    info = np.iinfo(dtype)
    if not (float(cval).is_integer() and info.min <= cval <= info.max):
        return None
    largest = max(abs(info.min), info.max)
    kernel = np.asarray(kernel, dtype=np.float64)
    # The divisors that make the largest weight an integer, all tried at once (a kernel of
    # floats has none, and is turned away in microseconds); then each of those in turn.
    # The largest weight must become an integer other than 0: weights too small for any
    # divisor would otherwise pass as zeros.
    largest_weight = kernel.flat[np.argmax(np.abs(kernel))]
    candidates = np.arange(1, MAX_DIVISOR + 1)
    scaled = largest_weight * candidates
    for divisor in candidates[_integral(scaled) & (np.abs(scaled) >= 0.5)]:
        integers = np.rint(kernel * divisor)
        if _integral(kernel * divisor).all():
            break
    else:
        return None
    if info.min == 0:  # any part of the sum lies between -(negatives) and +(positives) × max
        bound = max(integers[integers > 0].sum(), -integers[integers < 0].sum()) * largest
    else:
        bound = float(np.abs(integers).sum()) * largest
    for sum_type in (np.int16, np.int32):  # bound ≥ largest: the pixels fit it too
        if bound <= np.iinfo(sum_type).max:
            return integers.astype(np.int64), int(divisor), np.dtype(sum_type)
    return None


def _integral(values: np.ndarray) -> np.ndarray:
    """Which of `values` are integers, to 1e-9 of their size."""
    return np.abs(values - np.rint(values)) <= 1e-9 * np.maximum(1.0, np.abs(values))


def _factors(integers: np.ndarray):
    """(column, row) of integers whose outer product is `integers`, or None."""
    if not integers.any():
        return None
    q = int(np.argmax(np.abs(integers).max(axis=0)))
    column = integers[:, q]
    column = column // math.gcd(*(int(value) for value in column))
    p = int(np.argmax(np.abs(column)))
    row, remainder = np.divmod(integers[p], column[p])
    if np.any(remainder) or not np.array_equal(np.outer(column, row), integers):
        return None
    return column, row


def _groups(weights: dict) -> list[tuple[int, list]]:
    """Taps grouped by their weight (zeros left out), in the order that sums them in the
    fewest passes: weight 1 starts the sum, other weights follow, and -1 comes last, as
    subtractions."""
    grouped: dict[int, list] = {}
    for tap, weight in weights.items():
        if weight:
            grouped.setdefault(weight, []).append(tap)
    return sorted(grouped.items(), key=lambda group: (group[0] != 1, group[0] == -1,
                                                      len(group[1])))


def _passes(groups) -> int:
    """Whole-array operations `sum_taps` takes for `groups`: the first group's additions
    (or its one copy or multiply) and multiply, then a subtraction or addition per tap of
    weight ±1, and for each other weight its additions, a multiply and an accumulation."""
    count = 0
    for number, (weight, taps) in enumerate(groups):
        if number == 0:
            count += max(1, len(taps) - 1) + (weight != 1 and len(taps) > 1)
        elif abs(weight) == 1:
            count += len(taps)
        else:
            count += max(1, len(taps) - 1) + (len(taps) > 1) + 1
    return count


class IntegerTaps(Strips):
    """Shifted additions of the taps in int16 or int32, as two passes when the kernel is a
    column times a row of integers, then the sums over the divisor as floats."""

    buffers = ()
    budget = 1 << 19  # int16 sums: a strip of 8-bit RGB 4000 wide is 43 rows

    def __init__(self, integers: np.ndarray, divisor: int, sum_type: np.dtype, work: np.dtype):
        self.kh, self.kw = integers.shape
        self.divisor, self.sum_type, self.work = divisor, sum_type, work
        #: The engine gathers the input straight into the sum type.
        self.gather_type = sum_type
        #: Whether the sums are the results (divisor 1), which the engine may store as they are.
        self.exact = divisor == 1
        factors = _factors(integers)
        if factors is None:
            self.name = "direct"
            self.vertical = None
            self.taps = _groups({(i, j): int(integers[i, j])
                                 for i in range(self.kh) for j in range(self.kw)})
            passes = _passes(self.taps)
        else:
            self.name = "separable"
            column, row = factors
            self.vertical = _groups(dict(enumerate(column.tolist())))
            self.taps = _groups(dict(enumerate(row.tolist())))
            passes = _passes(self.vertical) + _passes(self.taps)
        self._cost = _STRIP + (_INT16_PASS if sum_type == np.int16 else _INT32_PASS) * passes

    @property
    def depth(self) -> int:
        return 1

    def cost(self) -> float:
        return self._cost - (_STORE_SAVED if self.exact else 0.0)

    def scratch(self, rows: int, cols: int, channels: int, work: np.dtype) -> dict:
        span = cols * channels
        padded = rows * (cols + self.kw - 1) * channels
        # A partial sum is needed for a weight after the first other than ±1.
        partial = [any(abs(weight) != 1 for weight, _ in groups[1:])
                   for groups in (self.vertical or [], self.taps)]
        sizes = {"vertical": padded if self.vertical else 0,
                 "vertical partial": padded if partial[0] else 0,
                 "sums": rows * span, "partial": rows * span if partial[1] else 0}
        scratch = {name: np.empty(size, self.sum_type) for name, size in sizes.items()}
        scratch["work"] = work  # "values" are made on the first `run`: stored sums need none
        return scratch

    def sums(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> np.ndarray:
        """The block's sums of integers times taps, (rows, cols, channels) in the sum type."""
        channels = padded.shape[2]
        span = cols * channels
        flat = padded.reshape(padded.shape[0], -1)
        sums, partial = (_shaped(scratch[name], rows, span) for name in ("sums", "partial"))
        if self.vertical is None:
            sum_taps(self.taps, lambda tap: flat[tap[0] : tap[0] + rows,
                                                    tap[1] * channels : tap[1] * channels + span],
                        sums, partial)
        else:
            width = flat.shape[1]
            vertical, vertical_partial = (_shaped(scratch[name], rows, width)
                                          for name in ("vertical", "vertical partial"))
            sum_taps(self.vertical, lambda i: flat[i : i + rows], vertical, vertical_partial)
            sum_taps(self.taps, lambda j: vertical[:, j * channels : j * channels + span],
                        sums, partial)
        return sums.reshape(rows, cols, channels)

    def run(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> np.ndarray:
        sums = self.sums(padded, rows, cols, scratch)
        if "values" not in scratch:
            scratch["values"] = np.empty(scratch["sums"].size, scratch["work"])
        values = scratch["values"][: sums.size].reshape(sums.shape)
        if self.divisor == 1:
            np.copyto(values, sums)
        else:
            np.multiply(sums, values.dtype.type(1 / self.divisor), out=values)
        return values


def _shaped(buffer: np.ndarray, rows: int, width: int) -> np.ndarray | None:
    """The first rows × width values of a scratch `buffer`, or None if it has none."""
    return buffer[: rows * width].reshape(rows, width) if buffer.size else None
