"""Learning a kernel from an example: which kernel turns `before` into `after`?

`learn_kernel` fits, in least squares, the kernel (and a constant added after it, a CNN's
bias) that best maps one image to the other, and says in words when the effect is not a
convolution at all (`kernelstudio.core.learn_checks`).

The normal equations ``G w = h`` are summed block by block, so memory does not grow with
the photo. Each pixel's unknowns are its kh × kw window; G's entries are sums of products
of two window cells. Two cells whose rows differ by the same lag δ multiply the same pair
of image rows, only over row ranges shifted against each other; so for each lag the
products of one row of windows (kw cells wide) with the row δ below are summed once, in
one matrix product per block, and G's kh × kh blocks of rows are put together from these
sums and the few rows near the top and bottom edge that the ranges do not share. That
costs kh · kw² multiplications a pixel instead of (kh · kw)² / 2. The pixels of `after`
clipped at 0 or full scale, whose linear response is hidden, are then taken out again
with their own windows. On 8-bit images every sum is of whole numbers below 2⁵³: exact
in float64.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import as_strided

from .engine import (
    CancelFlag,
    ProgressCallback,
    border_indices,
    check_border,
    check_image,
    in_threads,
    output_shape,
)
from .errors import ImageError, KernelError
from .kernels import check_size
from .learn_checks import judge
from .passes import alpha_index, levels
from .stack import Step
from .words import translate

__all__ = ["LEARN_MODES", "MAX_LEARNED_WEIGHTS", "LearnedKernel", "NormalEquations",
           "fit_figures", "fitted", "kernel_size", "learn_kernel"]

#: How a kernel is shared between colour channels: one for all, one each, or one from
#: every input channel to every output channel (PyTorch's ``Conv2d.weight``).
LEARN_MODES = ("shared", "per-channel", "cross-channel")
#: About how many bytes one block's windows take (a few blocks per thread are alive).
_BLOCK_BYTES = 512 << 10
#: Eigenvalues of the scaled normal matrix below this share of the largest count as 0.
_RCOND = 1e-11
#: Most weights one output channel's kernel may have (32×32, or 18×18 across 3 channels):
#: G has their square as entries, and each thread sums a copy of it per channel.
MAX_LEARNED_WEIGHTS = 1024


def kernel_size(size) -> tuple[int, int]:
    """`size` (a whole number, or a pair of them) as (rows, columns); `KernelError` if no
    kernel can have it.

    Examples
    --------
    >>> kernel_size(5), kernel_size((3, 7))
    ((5, 5), (3, 7))
    """
    if isinstance(size, (tuple, list)):
        if len(size) != 2:
            raise KernelError(translate("errors", "a kernel size is one number or (rows, "
                                                  "columns), got {size!r}").format(size=size))
        return check_size(size[0], "rows"), check_size(size[1], "columns")
    side = check_size(size, "size")
    return side, side


@dataclass(frozen=True, eq=False)
class LearnedKernel:
    """What `learn_kernel` found.

    Attributes
    ----------
    kernel : ndarray
        float64 weights in `Step`'s layout for the mode: (kh, kw) shared, (C, kh, kw) per
        channel, (C, C, kh, kw) across channels; correlation orientation, centre anchor.
    offset : float or tuple of float
        Added after the kernel, in 8-bit levels: one number when shared, one per colour
        channel otherwise.
    rmse, psnr, r2 : float
        How well `step` reproduces `after` over its colour channels: the root mean square
        error in 8-bit levels, the peak signal-to-noise ratio in dB (inf when exact), and
        the share of `after`'s variance explained.
    residual : ndarray
        float32, `after`'s shape: `after` minus `step` applied to `before`, in 8-bit levels
        (0 on the rim a ``valid`` border leaves out).
    step : Step
        A step that reproduces the fit when applied to `before`. It does not weight colour
        by alpha: the fit did not either.
    mode : str
        One of `LEARN_MODES`.
    size : (int, int)
        (rows, columns) of the kernel.
    warning : str or None
        Why the kernel should not be trusted, in words, or None for a good fit.
    verdict : str
        One line to show: the fit's figures, then the warning if there is one.
    """

    kernel: np.ndarray
    offset: float | tuple[float, ...]
    rmse: float
    psnr: float
    r2: float
    residual: np.ndarray
    step: Step
    mode: str
    size: tuple[int, int]
    warning: str | None
    verdict: str


def check_pair(before, after) -> tuple[np.ndarray, np.ndarray]:
    """`before` and `after` as arrays, checked to be images of the same shape."""
    before, after = check_image(before), check_image(after)
    for image in (before, after):
        levels(image.dtype)
    if before.shape[:2] != after.shape[:2]:
        raise ImageError(translate("errors", "before and after must be the same size; before is "
                                             "{before_cols}×{before_rows} pixels and after "
                                             "{after_cols}×{after_rows}")
                         .format(before_cols=before.shape[1], before_rows=before.shape[0],
                                 after_cols=after.shape[1], after_rows=after.shape[0]))
    channels = [1 if image.ndim == 2 else image.shape[2] for image in (before, after)]
    if channels[0] != channels[1]:
        raise ImageError(translate("errors", "before and after must have the same channels; "
                                             "before has {channels_0} and after {channels_1}")
                         .format(channels_0=channels[0], channels_1=channels[1]))
    return before, after


def _check_mode(mode) -> str:
    if mode not in LEARN_MODES:
        raise KernelError(translate("errors", "unknown mode {mode!r}; choose one of {learn_modes}")
                          .format(mode=mode, learn_modes=', '.join(LEARN_MODES)))
    return mode


class NormalEquations:
    """The least-squares problem of turning `before` into `after` with a kernel.

    One system ``G w = h`` per kernel to find: one for a shared kernel, one per colour
    channel otherwise. Its unknowns are the kernel's weights, row after row (across
    channels: each row's cells input channel after input channel), then the offset when
    `offset` is set. Values are in `before`'s units (0 to 255 for 8-bit images).

    Parameters are those of `learn_kernel`; building it does the summing.

    Attributes
    ----------
    grams, rights : list of ndarray
        G (float64, symmetric, p × p) and h (p) of each system.
    squares, counts : list of float
        The sum of squared targets and the number of pixels that went into each system.
    """

    def __init__(self, before, after, size, *, mode="shared", border="reflect101",
                 offset=True, cancel=None, progress=None):
        self.before, self.after = check_pair(before, after)
        self.size = kh, kw = kernel_size(size)
        self.mode = _check_mode(mode)
        self.border = check_border(border)
        self.offset = bool(offset)
        planes = self.before if self.before.ndim == 3 else self.before[..., None]
        alpha = alpha_index(planes.shape[2])
        self.colour = [index for index in range(planes.shape[2]) if index != alpha]
        self.full = levels(self.before.dtype)
        self.out_shape = output_shape(planes.shape, self.size, self.border)
        if self.mode == "cross-channel":
            self._groups = [(self.colour, self.colour)]
        else:
            self._groups = [([index], [index]) for index in self.colour]
        self.width = len(self._groups[0][0]) * kw
        if kh * self.width > MAX_LEARNED_WEIGHTS:
            inputs = (translate("learn", " from each of {count} channels")
                      .format(count=len(self.colour)) if self.width > kw else "")
            raise KernelError(translate("errors", "a {kh}×{kw} kernel{inputs} has {value} weights "
                                                  "to learn, more than the {max_learned_weights} "
                                                  "learning can handle; choose a smaller size")
                              .format(kh=kh, kw=kw, inputs=inputs, value=kh * self.width,
                                      max_learned_weights=MAX_LEARNED_WEIGHTS))
        self.unknowns = kh * self.width + self.offset
        sums = _Sums(self, planes, cancel, progress)
        self.grams, self.rights, self.squares, self.counts = sums.systems(self.offset)

    @property
    def systems(self) -> int:
        """How many kernels are fitted: 1 when shared, one per colour channel otherwise."""
        return 1 if self.mode == "shared" else len(self.colour)

    def solve(self) -> tuple[list[np.ndarray], int]:
        """The least-squares solution of each system, and the smallest rank among them.

        The systems are scaled to a unit diagonal and solved through their eigenvalues,
        those below `_RCOND` of the largest taken as 0: a plain or rank-deficient problem
        gets the smallest solution that fits, never an error.
        """
        solutions, ranks = [], []
        for gram, right in zip(self.grams, self.rights, strict=True):
            scale = np.sqrt(np.diag(gram))
            scale[scale == 0] = 1.0
            values, vectors = np.linalg.eigh(gram / np.outer(scale, scale))
            kept = values > max(values[-1], 0.0) * _RCOND
            coefficients = vectors[:, kept].T @ (right / scale) / values[kept]
            solutions.append(vectors[:, kept] @ coefficients / scale)
            ranks.append(int(kept.sum()))
        return solutions, min(ranks)

    def kernel_and_offset(self, solutions) -> tuple[np.ndarray, float | tuple[float, ...]]:
        """The solutions (one per system) as a kernel in `Step`'s layout for the mode and
        an offset in 8-bit levels."""
        kh, kw = self.size
        weights = [solution[: kh * self.width] for solution in solutions]
        biases = [float(solution[-1]) * 255 / self.full if self.offset else 0.0
                  for solution in solutions]
        channels = len(self.colour)
        if self.mode == "shared":
            return weights[0].reshape(kh, kw), biases[0]
        if self.mode == "per-channel":
            kernel = np.stack([w.reshape(kh, kw) for w in weights])
        else:  # each row holds input channel after input channel: (row, input, column)
            kernel = np.stack([w.reshape(kh, channels, kw).transpose(1, 0, 2)
                               for w in weights])
        return kernel, tuple(biases)

    def step(self, kernel: np.ndarray, offset) -> Step:
        """The step applying `kernel` and `offset` (from `kernel_and_offset`) as the fit
        does: with this problem's border, without weighting colour by alpha."""
        if isinstance(offset, tuple) and len(offset) == 1:  # one channel: one offset
            offset = offset[0]
        return Step(kernel=kernel, offset=offset, border=self.border, alpha_weighting=False)

    def loss(self, system: int, solution: np.ndarray) -> float:
        """The mean squared error of `solution` in `system`, in before's units squared."""
        gram, right = self.grams[system], self.rights[system]
        total = solution @ gram @ solution - 2 * right @ solution + self.squares[system]
        return max(float(total), 0.0) / max(self.counts[system], 1.0)


class _Sums:
    """The block-wise summing behind `NormalEquations`: its layout, and the blocks' work.

    Output rows are numbered as the padded rows their windows start at, 0 to
    ``rows + kh - 1``; the lag sums are kept per segment between the rows where the
    ranges of G's blocks start and end (`_breaks`).
    """

    def __init__(self, problem: NormalEquations, planes, cancel, progress):
        self.p = problem
        self.planes = planes
        kh, kw = problem.size
        height, width = problem.out_shape
        self.rows_total = height + kh - 1
        self.breaks = sorted({*range(min(kh, self.rows_total)),
                              *range(height, self.rows_total), self.rows_total})
        after = problem.after if problem.after.ndim == 3 else problem.after[..., None]
        self.after = after
        self.after_full = levels(after.dtype)
        self.scale = problem.full / self.after_full
        anchor = (kh // 2, kw // 2)
        valid = problem.border == "valid"
        self.source_offset = (0, 0) if valid else (-anchor[0], -anchor[1])
        self.target_offset = anchor if valid else (0, 0)
        outputs = max(len(targets) for _, targets in problem._groups)
        pixels = max(_BLOCK_BYTES // ((problem.width + 1 + outputs) * 8), 1)
        block_rows, block_cols = max(pixels // width, 1), width
        if block_rows < 2 * kh:  # tiles rather than thin strips, which repeat kh - 1 rows
            block_rows = min(2 * kh, height)
            block_cols = max(pixels // block_rows, 1)
        self.blocks = [(r, min(r + block_rows, height), c, min(c + block_cols, width))
                       for r in range(0, height, block_rows)
                       for c in range(0, width, block_cols)]
        self._run(cancel, progress)

    def _new(self) -> dict:
        p = self.p
        kh, _ = self.p.size
        segments = len(self.breaks) - 1
        design = kh * p.width + 1
        return {
            "lags": [np.zeros((kh, segments, p.width + 1 + len(targets), p.width + 1))
                     for _, targets in p._groups],
            "clipped": np.zeros((len(self.p.colour), design, design)),
            "squares": np.zeros(len(self.p.colour)),
        }

    def _run(self, cancel, progress) -> None:
        totals = in_threads(self.blocks, self._block, self._new, cancel=cancel,
                            progress=progress, doing="learning")
        self.totals = {
            "lags": [sum(parts) for parts in zip(*(sums["lags"] for sums in totals),
                                                 strict=True)],
            "clipped": sum(sums["clipped"] for sums in totals),
            "squares": sum(sums["squares"] for sums in totals),
        }

    def _block(self, block, sums) -> None:
        """Add one block of output pixels (rows r0:r1, columns c0:c1) to `sums`."""
        p = self.p
        kh, kw = p.size
        r0, r1, c0, c1 = block
        rows, cols = r1 - r0, c1 - c0
        (top, left), (down, right) = self.source_offset, self.target_offset
        height, width = self.planes.shape[:2]
        row_index, row_out = border_indices(r0 + top, r1 + kh - 1 + top, height, p.border)
        col_index, col_out = border_indices(c0 + left, c1 + kw - 1 + left, width, p.border)
        source = self.planes[np.ix_(row_index, col_index, p.colour)]
        if p.border == "constant":  # the step's fill, 0
            source[row_out] = 0
            source[:, col_out] = 0
        target = self.after[r0 + down : r1 + down, c0 + right : c1 + right]
        last = r1 == p.out_shape[0]
        for number, (inputs, targets) in enumerate(p._groups):
            # One plane per window cell of a row (kw per input channel), then the offset's
            # plane of ones and the targets': long rows, which matrix products read fast.
            windows = np.empty((p.width + 1 + len(targets), rows + kh - 1, cols))
            for slot, index in enumerate(inputs):
                plane = source[..., p.colour.index(index)]
                for column in range(kw):
                    windows[slot * kw + column] = plane[:, column : column + cols]
            windows[p.width] = 1.0
            windows[p.width + 1 :, rows:] = 0.0
            for slot, index in enumerate(targets):
                wanted = windows[p.width + 1 + slot, :rows]
                np.multiply(target[..., index], self.scale, out=wanted)
                clipped = (target[..., index] <= 0) | (target[..., index] >= self.after_full)
                channel = p.colour.index(index)
                if clipped.any():
                    wanted[clipped] = 0.0
                    sums["clipped"][channel] += self._clipped_products(windows, clipped)
                sums["squares"][channel] += float(np.vdot(wanted, wanted))
            self._lag_products(windows, r0, r1 + (kh - 1 if last else 0), sums["lags"][number])

    def _clipped_products(self, windows, clipped) -> np.ndarray:
        """The sum of outer products of the design rows of the `clipped` pixels."""
        kh, _ = self.p.size
        rows, cols = np.nonzero(clipped)
        design = np.empty((rows.size, kh * self.p.width + 1))
        for lag in range(kh):
            design[:, lag * self.p.width : (lag + 1) * self.p.width] = windows[
                : self.p.width, rows + lag, cols].T
        design[:, -1] = 1.0
        return design.T @ design

    def _lag_products(self, windows, first, stop, lags) -> None:
        """Add, for padded rows first:stop and every lag δ, the products of each row of
        windows (with the targets) and the row δ below, to the segments they fall in.

        The rows δ below, for every δ at once, are one strided view of `windows`, so each
        segment is one batched matrix product: fewer calls, and NumPy lets other threads
        run during it (it keeps the GIL for a single product this small).
        """
        kh, _ = self.p.size
        inner = self.p.width + 1
        planes = windows.shape[0]
        for segment, (low, high) in enumerate(itertools.pairwise(self.breaks)):
            start, end = max(low, first), min(high, stop)
            if start >= end:
                continue
            left = windows[:, start - first : end - first].reshape(planes, -1)
            if end + kh - 1 <= self.rows_total:  # every lag's rows lie in the block
                rows = windows[:inner, start - first : end - first]
                below = as_strided(rows, shape=(kh, inner, rows[0].size),
                                   strides=(windows.strides[1], windows.strides[0],
                                            windows.strides[2]), writeable=False)
                lags[:, segment] += np.matmul(left, below.transpose(0, 2, 1))
                continue
            for lag in range(kh):  # the last rows: the lags that stay inside the image
                upto = min(end, self.rows_total - lag)
                if start < upto:
                    part = windows[:, start - first : upto - first].reshape(planes, -1)
                    below = windows[:inner, start - first + lag : upto - first + lag]
                    lags[lag, segment] += part @ below.reshape(inner, -1).T

    def systems(self, offset: bool):
        """G, h, the sum of squared targets and the pixel count of every system."""
        p = self.p
        kh, _ = p.size
        height = p.out_shape[0]
        position = {row: index for index, row in enumerate(self.breaks)}
        width = p.width
        grams, rights = [], []
        for lags, (_, targets) in zip(self.totals["lags"], p._groups, strict=True):
            prefix = np.concatenate([np.zeros_like(lags[:, :1]), np.cumsum(lags, axis=1)],
                                    axis=1)
            gram = np.zeros((kh * width + 1, kh * width + 1))
            for first in range(kh):
                for lag in range(kh - first):
                    block = (prefix[lag, position[first + height]]
                             - prefix[lag, position[first]])
                    second = first + lag
                    rows = slice(first * width, (first + 1) * width)
                    cols = slice(second * width, (second + 1) * width)
                    gram[rows, cols] = block[:width, :width]
                    gram[cols, rows] = block[:width, :width].T
                    if lag == 0:
                        gram[rows, -1] = gram[-1, rows] = block[:width, width]
                        gram[-1, -1] = block[width, width]
            whole = prefix[:, position[height]] - prefix[:, position[0]]
            grams.append(gram)
            rights.append([np.append(whole[:, width + 1 + slot, :width].ravel(),
                                     whole[0, width + 1 + slot, width])
                           for slot in range(len(targets))])
        clipped = self.totals["clipped"]
        squares = self.totals["squares"]
        if p.mode == "shared":
            systems = [(sum(grams) - clipped.sum(axis=0), sum(r[0] for r in rights),
                        float(squares.sum()))]
        elif p.mode == "per-channel":
            systems = [(grams[n] - clipped[n], rights[n][0], float(squares[n]))
                       for n in range(len(p.colour))]
        else:
            systems = [(grams[0] - clipped[n], rights[0][n], float(squares[n]))
                       for n in range(len(p.colour))]
        counts = [float(gram[-1, -1]) for gram, _, _ in systems]
        keep = slice(None) if offset else slice(0, -1)
        return ([gram[keep, keep] for gram, _, _ in systems],
                [right[keep] for _, right, _ in systems],
                [squares for _, _, squares in systems], counts)


def learn_kernel(before, after, size, *, mode: str = "shared", border: str = "reflect101",
                 offset: bool = True, cancel: CancelFlag | None = None,
                 progress: ProgressCallback | None = None) -> LearnedKernel:
    """The kernel that best turns `before` into `after`, in least squares.

    Parameters
    ----------
    before, after : array_like
        Images of the same shape, (rows, columns) or (rows, columns, channels), uint8,
        uint16 or float (0 to 1). Only colour channels are fitted; alpha is left alone.
        Pixels of `after` at 0 or full scale in a channel are left out of that channel's
        fit: clipping hides what the kernel made there.
    size : int or (int, int)
        The kernel's (rows, columns); one number for a square kernel.
    mode : str
        One of `LEARN_MODES`.
    border : str
        The border mode `after` was made with (as `convolve` names them).
    offset : bool
        Fit a constant added after the kernel too.
    cancel, progress
        As for `Step.apply`: checked and reported between blocks of pixels (the summing
        is most of the work; the result's residual is computed after it).

    Returns
    -------
    LearnedKernel

    Raises
    ------
    ImageError
        For images of different sizes or channels, or arrays that are not images.
    KernelError
        For a size no kernel can have, one with more than `MAX_LEARNED_WEIGHTS` weights
        per output channel (across channels: counting every input channel's), or an
        unknown mode.
    Cancelled
        When `cancel` was set.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> before = rng.integers(0, 256, (60, 80)).astype(np.uint8)
    >>> after = Step(kernel=[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]).apply(before)
    >>> fit = learn_kernel(before, after, 3)
    >>> np.round(fit.kernel, 2).tolist()[1], fit.warning
    ([-1.0, 5.0, -1.0], None)
    """
    problem = NormalEquations(before, after, size, mode=mode, border=border, offset=offset,
                              cancel=cancel, progress=progress)
    solutions, rank = problem.solve()
    return fitted(problem, solutions, rank)


def fitted(problem: NormalEquations, solutions, rank: int | None = None) -> LearnedKernel:
    """The `LearnedKernel` of `solutions` to `problem` (one per system), judged.

    `rank` is the smallest rank of the systems, when known (`NormalEquations.solve`).
    """
    kernel, offset = problem.kernel_and_offset(solutions)
    step = problem.step(kernel, offset)
    residual, (rmse, psnr, r2) = _residual(problem, step)
    warning = judge(problem, residual, r2, rmse, rank)
    verdict = fit_figures(rmse, psnr, r2)
    if warning:
        verdict = f"{verdict}: {warning}"
    return LearnedKernel(kernel=kernel, offset=offset, rmse=rmse, psnr=psnr, r2=r2,
                         residual=residual, step=step, mode=problem.mode, size=problem.size,
                         warning=warning, verdict=verdict)


def fit_figures(rmse: float, psnr: float, r2: float) -> str:
    """How a fit's figures are written (the start of `LearnedKernel.verdict`).

    Examples
    --------
    >>> fit_figures(0.29, 58.9, 0.999987)
    'PSNR 58.9 dB, RMSE 0.29 levels, R² 1.0000'
    """
    decibels = (translate("learn", "∞ dB (exact)") if math.isinf(psnr)
                else translate("learn", "{psnr:.1f} dB").format(psnr=psnr))
    return translate("learn", "PSNR {decibels}, RMSE {rmse:.2f} levels, R² {r2:.4f}").format(
        decibels=decibels, rmse=rmse, r2=r2)


#: Rows of the residual computed at a time (by one thread).
_RESIDUAL_ROWS = 64


def _residual(problem: NormalEquations, step: Step) -> tuple[np.ndarray, tuple[float, ...]]:
    """`after` minus `step` applied to `before`, float32 in 8-bit levels, and its RMSE (8-bit
    levels), PSNR (dB) and R² over the colour channels of the region the step's result
    covers."""
    made = step.apply(problem.before)
    after = problem.after
    residual = np.zeros(after.shape, np.float32)
    (height, width), (top, left) = problem.out_shape, step.crop_offset
    made_scale = np.float32(255 / problem.full)
    after_scale = np.float32(255 / levels(after.dtype))
    if after.ndim == 2:
        after, made, residual3 = after[..., None], made[..., None], residual[..., None]
    else:
        residual3 = residual
    colour = problem.colour

    def rows(first: int, sums: np.ndarray) -> None:
        stop = min(first + _RESIDUAL_ROWS, height)
        part = residual3[top + first : top + stop, left : left + width]
        np.multiply(after[top + first : top + stop, left : left + width], after_scale,
                    out=part, casting="unsafe")
        values = part[..., colour].astype(np.float64).ravel()
        part -= made[first:stop] * made_scale
        errors = part[..., colour].astype(np.float64).ravel()
        sums += (errors @ errors, values.sum(), values @ values)

    totals = sum(in_threads(range(0, height, _RESIDUAL_ROWS), rows, lambda: np.zeros(3)))
    error, total, squares = totals
    count = height * width * len(colour)
    spread = squares - total * total / count
    rmse = math.sqrt(error / count)
    psnr = math.inf if rmse == 0 else 20 * math.log10(255 / rmse)
    r2 = 1.0 - error / spread if spread > 1e-9 * squares else float(error == 0)
    return residual, (rmse, psnr, r2)
