"""The ways the engine computes a correlation in floats, and how it picks one.

Every method turns a padded block of the image (border already applied) into the block's
raw sums. They differ in cost, not in meaning, and all agree with OpenCV's ``filter2D``:

``direct``
    One batched matrix product per strip: for each output row, the kernel's transpose
    (kw × kh) times the kh input rows under it (a strided view, never copied), then the kw
    partial rows summed with their shifts by a matrix-vector product over another strided
    view. BLAS does all the multiply-adds, about 0.02 ns per output value and weight on
    the reference machine; it wins up to about 15×15.
``separable``
    For kernels of low rank r (box, Gaussian, Sobel, unsharp, motion blur along an axis):
    elimination splits the kernel into r column × row pairs; a matrix product does the r
    vertical passes, and each horizontal one is a banded matrix product over blocks of 16
    output columns or, for a few taps, grouped shifted additions (taps sharing a weight,
    as in symmetric kernels, are summed before one multiply).
``fft``
    Overlap-save over tiles of about 768 × 768, channel by channel, with NumPy's FFT in
    float64 (float32 round-off could reach half a level for kernels with large weights,
    and float64 is no slower). Its cost per pixel does not grow with the kernel, so it
    wins for large dense kernels (from about 17×17).

`choose` estimates each method's time per output value from constants measured on a
2-core x86-64 machine (benchmarks/engine_methods.py reproduces them) and takes the cheapest,
counting too the exact sums in integers of `kernelstudio.core.integer_sums` where a kernel
and an image allow them.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.lib.stride_tricks import as_strided

from .integer_sums import IntegerTaps, integer_kernel
from .strips import Strips, sum_taps

__all__ = ["FFT", "METHODS", "Direct", "Separable", "choose", "low_rank"]

METHODS = ("auto", "direct", "separable", "fft")

# Estimated nanoseconds per output value (one channel) on 2 cores, fitted to
# benchmarks/engine_methods.py on 4-megapixel RGB photos.
_DIRECT_BASE = 1.8     # gathering a strip in floats, storing it, and the two products' calls
_SEPARABLE_BASE = 1.3  # the same for the separable method
_GEMM_TAP = 0.027      # one kernel weight inside the direct method's matrix products
_VERTICAL_TAP = 0.017  # one weight of the separable method's vertical passes
_PASS = 0.14           # one full pass of shifted addition or multiplication
_BAND_TAP = 0.015      # one weight of a banded row pass's matrix, per channel
_BAND = 16             # output columns per block of a banded row pass
_FFT_BASE = 0.42       # per value and per log2 of the tile's area, before overlap waste
_RANK_TOLERANCE = 1e-12
# Lengths NumPy's FFT handles fast (factors 2, 3 and 5).
_FFT_SIZES = (16, 32, 48, 64, 96, 128, 160, 192, 256, 320, 384, 432, 480, 512, 576, 640,
              720, 768, 800, 864, 960, 1024)


class Direct(Strips):
    """Batched matrix product over the kernel's rows, then shifted sums over its columns."""

    name = "direct"
    buffers = (("products", "padded"), ("values", "values"))

    def __init__(self, kernel: np.ndarray, work: np.dtype):
        self.kh, self.kw = kernel.shape
        self.weights_t = np.ascontiguousarray(kernel.T, dtype=work)
        self.ones = np.ones(self.kw, work)

    @property
    def depth(self) -> int:
        return self.kw

    def cost(self) -> float:
        return _DIRECT_BASE + _GEMM_TAP * self.kh * self.kw

    def run(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> np.ndarray:
        channels = padded.shape[2]
        span = cols * channels
        views = self._views(padded, rows, cols, scratch)
        products, values = views["products"], views["values"]
        np.matmul(self.weights_t, _row_windows(padded, rows, self.kh), out=products)
        if self.kw == 1:
            values[...] = products[:, 0, :span]
        else:
            # sum_j products[r, j, n + j * channels], as one matrix-vector product per row
            # over a strided view (column-major, leading dimension width + channels).
            step = products.strides[2]
            diagonal = np.ndarray((rows, span, self.kw), products.dtype, buffer=products,
                                  strides=(products.strides[0], step,
                                           products.strides[1] + channels * step))
            np.matmul(diagonal, self.ones, out=values)
        return values.reshape(rows, cols, channels)


class Separable(Strips):
    """Sum of r separable terms: vertical passes by matrix product, horizontal ones by a
    banded matrix product or by shifted sums, whichever is estimated cheaper for the term."""

    name = "separable"
    budget = 1 << 19
    buffers = (("vertical", "padded"), ("values", "values"), ("sum", "values"),
               ("group", "values"))

    def __init__(self, columns: np.ndarray, rows: np.ndarray, work: np.dtype,
                 channels: int = 3):
        # columns: (r, kh) vertical weights; rows: (r, kw) horizontal weights. A banded
        # row pass multiplies by zeros for the other channels too, so its cost grows
        # with the channels.
        self.rank, self.kh = columns.shape
        self.kw = rows.shape[1]
        self.columns = np.ascontiguousarray(columns, dtype=work)
        self.rows = np.asarray(rows, dtype=work)
        self.groups = [_weight_groups(row) for row in rows]
        banded_cost = _BAND_TAP * (_BAND + self.kw - 1) * channels
        self.horizontal = [min(banded_cost, _shifted_cost(groups)) for groups in self.groups]
        self.banded = [cost == banded_cost < _shifted_cost(groups)
                       for cost, groups in zip(self.horizontal, self.groups, strict=True)]

    def cost(self) -> float:
        return _SEPARABLE_BASE + _VERTICAL_TAP * self.rank * self.kh + sum(self.horizontal)

    @property
    def depth(self) -> int:
        return self.rank

    def scratch(self, rows: int, cols: int, channels: int, work: np.dtype) -> dict:
        scratch = super().scratch(rows, cols, channels, work)
        # Each banded term's matrix, for blocks of `band` output columns.
        band = min(_BAND, cols)
        scratch["bands"] = {term: _band_matrix(self.rows[term], band, channels)
                            for term, banded in enumerate(self.banded) if banded}
        return scratch

    def run(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> np.ndarray:
        channels = padded.shape[2]
        span = cols * channels
        views = self._views(padded, rows, cols, scratch)
        vertical, values, partial = views["vertical"], views["values"], views["sum"]
        np.matmul(self.columns, _row_windows(padded, rows, self.kh), out=vertical)
        first = True
        for term, groups in enumerate(self.groups):
            if not (self.banded[term] or groups):
                continue  # a term of zero weights adds nothing
            passes = vertical[:, term]
            target = values if first else partial
            if self.banded[term]:
                _banded_row_pass(passes, scratch["bands"][term], cols, channels, target)
            else:
                sum_taps(groups, lambda j, passes=passes: passes[:, j * channels
                                                                   : j * channels + span],
                         target, views["group"])
            if not first:
                values += partial
            first = False
        if first:  # no weight at all: an all-zero kernel
            values[...] = 0
        return values.reshape(rows, cols, channels)


def _shifted_cost(groups) -> float:
    """Shifted sums: a group of n taps costs n - 1 additions, a multiply and an accumulation."""
    return _PASS * sum(len(taps) + 1 for _, taps in groups)


def _band_matrix(row: np.ndarray, band: int, channels: int) -> np.ndarray:
    """The matrix that takes `band` + kw - 1 interleaved pixels to the `band` outputs of
    correlating them with `row`: ``out[u] = sum_j row[j] * pixels[u + j]``, per channel."""
    kw = len(row)
    matrix = np.zeros((band + kw - 1, band), row.dtype)
    for u in range(band):
        matrix[u : u + kw, u] = row
    return np.kron(matrix, np.eye(channels, dtype=row.dtype))


def _banded_row_pass(passes, band_matrix, cols, channels, target) -> None:
    """`target` (rows, cols × channels) = the row pass of `passes` as matrix products:
    each block of `band` output columns is its window of input columns times
    `band_matrix`, all blocks in one batched product written in place, and the last
    block, when cols is no multiple of `band`, aligned to the right edge."""
    band = band_matrix.shape[1] // channels
    depth = band_matrix.shape[0]
    blocks, item = cols // band, passes.itemsize
    windows = as_strided(passes, (blocks, passes.shape[0], depth),
                         (band * channels * item, passes.strides[0], item), writeable=False)
    width = blocks * band * channels
    outputs = target[:, :width].reshape(target.shape[0], blocks, band * channels)
    np.matmul(windows, band_matrix, out=outputs.transpose(1, 0, 2))
    if width < cols * channels:
        start = (cols - band) * channels
        np.matmul(passes[:, start : start + depth], band_matrix, out=target[:, start:])


class FFT:
    """Overlap-save over tiles, one channel at a time, with float64 transforms."""

    name = "fft"
    gather_type = Strips.gather_type
    exact = Strips.exact

    def __init__(self, kernel: np.ndarray, out_h: int, out_w: int):
        self.kh, self.kw = kernel.shape
        self.size = (_fft_size(self.kh, out_h), _fft_size(self.kw, out_w))
        self.spectrum = np.fft.rfft2(kernel[::-1, ::-1], s=self.size)

    def cost(self) -> float:
        fh, fw = self.size
        useful = (fh - self.kh + 1) * (fw - self.kw + 1)
        return _FFT_BASE * math.log2(fh * fw) * fh * fw / useful

    def block_shape(self, out_h: int, out_w: int, channels: int) -> tuple[int, int]:
        fh, fw = self.size
        return min(out_h, fh - self.kh + 1), min(out_w, fw - self.kw + 1)

    def scratch(self, rows: int, cols: int, channels: int, work: np.dtype) -> dict:
        fh, fw = self.size
        return {
            "plane": np.zeros((fh, fw)),
            "spectrum": np.empty((fh, fw // 2 + 1), np.complex128),
            "full": np.empty((fh, fw)),
            "values": np.empty(rows * cols * channels, work),
        }

    def run(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> np.ndarray:
        height, width, channels = padded.shape
        fw = self.size[1]
        plane, spectrum, full = scratch["plane"], scratch["spectrum"], scratch["full"]
        values = scratch["values"][: rows * cols * channels].reshape(rows, cols, channels)
        # Zero padding beyond the block; smaller blocks (at the image's edges) reuse it.
        plane[height:] = 0
        plane[:height, width:] = 0
        for channel in range(channels):
            plane[:height, :width] = padded[..., channel]  # float64 whatever the work type
            np.fft.rfft2(plane, out=spectrum)
            spectrum *= self.spectrum
            # irfft2 ignores out=, so the inverse is done axis by axis into reused buffers.
            np.fft.ifft(spectrum, axis=0, out=spectrum)
            np.fft.irfft(spectrum, n=fw, axis=1, out=full)
            values[..., channel] = full[self.kh - 1 : self.kh - 1 + rows,
                                        self.kw - 1 : self.kw - 1 + cols]
        return values


def _row_windows(padded: np.ndarray, rows: int, kh: int) -> np.ndarray:
    """(rows, kh, width) view: for each output row, the kh padded rows under the kernel."""
    flat = padded.reshape(padded.shape[0], -1)
    step = flat.strides[0]
    # np.ndarray over the same buffer: like as_strided, without its per-call overhead.
    return np.ndarray((rows, kh, flat.shape[1]), flat.dtype, buffer=flat,
                      strides=(step, step, flat.strides[1]))


def _weight_groups(weights: np.ndarray) -> list[tuple[float, list[int]]]:
    """Taps sharing a weight (to 1e-12 of the largest), so each group needs one multiply."""
    scale = float(np.abs(weights).max()) or 1.0
    groups: list[tuple[float, list[int]]] = []
    for j, weight in enumerate(weights):
        if abs(weight) <= 1e-14 * scale:
            continue
        for index, (value, taps) in enumerate(groups):
            if abs(value - weight) <= 1e-12 * scale:
                taps.append(j)
                groups[index] = ((value * (len(taps) - 1) + weight) / len(taps), taps)
                break
        else:
            groups.append((float(weight), [j]))
    return groups


def _fft_size(k: int, extent: int) -> int:
    """A fast FFT length for tiles along one axis of `extent` outputs.

    Tiles of about 768 (4k for very large kernels) did best per output in measurements:
    smaller ones lose to per-call overhead, larger ones to cache misses. The length is
    then shrunk to the shortest fast one that covers the axis in as many tiles, so the
    last tile is not mostly empty; a small image gets a single tile that just fits.
    """
    ideal = max(768, 1 << math.ceil(math.log2(4 * k)))
    tiles = math.ceil(extent / (ideal - k + 1))
    needed = math.ceil(extent / tiles) + k - 1
    return next((size for size in _FFT_SIZES if size >= needed), 1 << math.ceil(math.log2(needed)))


def low_rank(kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(columns, rows) with ``sum(outer(columns[t], rows[t])) == kernel``.

    Elimination with complete pivoting: each term takes the largest remaining weight as
    pivot, its column divided by it and its row as they are. Unlike an SVD this keeps
    simple kernels exact (a box is ones times 1/9; a row of a symmetric kernel stays
    symmetric, so equal taps can be grouped) and it stops as soon as what remains is
    below 1e-12 of the largest weight.
    """
    residual = np.array(kernel, dtype=np.float64)
    limit = _RANK_TOLERANCE * float(np.abs(residual).max())
    columns, rows = [], []
    while len(columns) < min(residual.shape):
        p, q = np.unravel_index(np.argmax(np.abs(residual)), residual.shape)
        pivot = residual[p, q]
        if not abs(pivot) > limit:
            break
        column, row = residual[:, q] / pivot, residual[p, :].copy()
        residual -= np.outer(column, row)
        columns.append(column)
        rows.append(row)
    if not columns:  # an all-zero kernel
        return np.zeros((1, kernel.shape[0])), np.zeros((1, kernel.shape[1]))
    return np.array(columns), np.array(rows)


def choose(kernel: np.ndarray, work: np.dtype, out_h: int, out_w: int, method: str = "auto",
           channels: int = 3, image_type: np.dtype | None = None, cval: float = 0.0):
    """The method to run on images of `channels` channels of `image_type` (bordered by
    `cval` if constant): `method`, or the one `auto` estimates to be fastest.

    Where the kernel is small integers over a divisor and the image 8 or 16 bits (see
    `kernelstudio.core.integer_sums`), the direct and separable methods sum in integers.
    """
    kh, kw = kernel.shape
    candidates = []
    exact = (integer_kernel(kernel, np.dtype(image_type), cval)
             if image_type is not None and method in ("auto", "direct", "separable") else None)
    if exact is not None:
        integers = IntegerTaps(*exact, work)
        if method in ("auto", integers.name):
            candidates.append(integers)
    # A single-row kernel makes the direct method's products one tap deep, which BLAS does
    # slowly (a 1×31 kernel ran 5× slower than separable); the FFT only pays for large
    # kernels, so auto does not even plan it for small ones.
    if method == "direct" or (method == "auto" and kh > 1):
        candidates.append(Direct(kernel, work))
    if method in ("auto", "separable"):
        columns, rows = low_rank(kernel)
        candidates.append(Separable(columns, rows, work, channels))
    if method == "fft" or (method == "auto" and kh * kw > 256):
        candidates.append(FFT(kernel, out_h, out_w))
    return min(candidates, key=lambda path: path.cost())
