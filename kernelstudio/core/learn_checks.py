"""Whether a learned kernel can be trusted, and if not, what the effect looks like instead.

The thresholds were measured on the sample photo (a 256 × 256 crop) with `after` made in
many ways (see tests/core/test_learn.py):

- a kernel applied by kernelstudio, OpenCV, ImageMagick or G'MIC and rounded to 8 bits
  leaves at most 0.3 levels of error, so `GOOD_RMSE` (1 level) calls a fit good;
- a tone curve (gamma 0.6 to 1.8) leaves 5 to 13 levels after any kernel, but a function of
  each pixel's own value leaves almost nothing (R² above 0.9999 against 0.975 to 0.997;
  a median, bilateral filter, noise or JPEG reach 0.992 to 0.997, a colour mix 0.97);
- added noise leaves a residual whose neighbours are uncorrelated (below 0.02), while a
  median or bilateral filter, lossy compression or misalignment leave residuals that
  follow the picture (neighbour correlation 0.3 to 0.95);
- a shift beyond the kernel's reach shows as a sharp peak of phase correlation (above
  0.3; unrelated pictures stay below 0.05); a resize or a turn moves the peak from one
  part of the picture to another.

The checks that need fits of their own (a larger kernel, colours mixed across channels)
run on a crop of the middle of the picture, so they cost little on large photos.
"""

from __future__ import annotations

import numpy as np

from .words import translate

__all__ = ["GOOD_RMSE", "judge"]

#: A fit leaving at most this RMSE (8-bit levels) needs no warning: rounding to 8 bits
#: leaves about 0.3.
GOOD_RMSE = 1.0
#: Residuals whose neighbours correlate less than this are noise, not structure.
NOISE_CORRELATION = 0.15
#: A curve explaining this share of after's variance makes the effect a tone change.
TONE_R2 = 0.999
#: A phase-correlation peak above this is a shift of the whole picture.
SHIFT_PEAK = 0.2
#: The side of the middle crop the extra fits and the alignment check look at.
CROP = 256
#: Another fit is "better" when it leaves at most this share of the error.
CLEARLY_BETTER = 0.5


def judge(problem, residual: np.ndarray, r2: float, rmse: float, rank: int | None):
    """A warning in words for the fit of `problem` (a `NormalEquations`), or None.

    `residual` is after minus the fit in 8-bit levels, `r2` and `rmse` its figures and
    `rank` the smallest rank of the systems solved (None when not known).
    """
    if min(problem.counts) < problem.unknowns:
        return (translate("learn", "after is clipped (0 or full scale) almost everywhere, which "
                                   "hides what a kernel made: {pixels:.0f} pixels are "
                                   "left to learn {unknowns} numbers from: R² {r2:.4f}")
                .format(pixels=min(problem.counts), unknowns=problem.unknowns,
                        r2=r2))
    if rank is not None and rank < problem.unknowns:
        return (translate("learn", "before has too little detail to tell the kernel's weights "
                                   "apart (it pins down {rank} of the {unknowns} "
                                   "numbers), so this is one kernel of many that fit equally "
                                   "well: R² {r2:.4f}; learn from a photo with more detail, or a "
                                   "smaller size")
                .format(rank=rank, unknowns=problem.unknowns, r2=r2))
    if rmse <= GOOD_RMSE:
        return None
    figures = translate("learn", "R² {r2:.4f}, error {rmse:.1f} levels").format(r2=r2, rmse=rmse)
    shift = _misalignment(problem)
    if shift:
        return translate("learn", "{shift}, so no kernel of this size maps one to the other: "
                                  "{figures}").format(shift=shift, figures=figures)
    inside = _inside_error(problem, residual)
    if inside is not None and inside <= GOOD_RMSE:
        return (translate("learn", "the kernel fits inside the picture (error {inside:.1f} "
                                   "levels) but not near its edges: after was made with another "
                                   "border than {border}, or the two were cropped "
                                   "differently: {figures}")
                .format(inside=inside, border=problem.border, figures=figures))
    tone = _tone_r2(problem)
    if tone >= TONE_R2 and 1 - tone < CLEARLY_BETTER * (1 - r2):
        return (translate("learn", "this looks like a tone change (a curve applied to every "
                                   "value), not a kernel: R² {r2:.4f} for the kernel, {tone:.4f} "
                                   "for a curve; use Curves or Levels in a photo editor instead")
                .format(r2=r2, tone=tone))
    better = _better_fit(problem)
    if better:
        return translate("learn", "{better}: {figures}").format(better=better, figures=figures)
    if r2 < 0.5:
        return translate("learn", "after looks unrelated to before: {figures}").format(
            figures=figures)
    if _neighbour_correlation(residual, problem.colour) < NOISE_CORRELATION:
        return (translate("learn", "after holds random noise that no kernel makes ({rmse:.1f} "
                                   "levels); the kernel is the best fit without it: R² {r2:.4f}")
                .format(rmse=rmse, r2=r2))
    return (translate("learn", "the error left follows the picture's detail, so after looks made "
                               "by a median-like or other non-linear filter (or saved with lossy "
                               "compression), not by a kernel alone: {figures}")
            .format(figures=figures))


def _middle(image: np.ndarray, side: int = CROP) -> np.ndarray:
    """The middle `side` × `side` pixels of `image` (all of it when smaller)."""
    top, left = max(0, (image.shape[0] - side) // 2), max(0, (image.shape[1] - side) // 2)
    return image[top : top + side, left : left + side]


def _grey(image: np.ndarray, colour: list[int]) -> np.ndarray:
    planes = image if image.ndim == 3 else image[..., None]
    return planes[..., colour].astype(np.float64).mean(axis=2)


def _shift(before: np.ndarray, after: np.ndarray) -> tuple[int, int, float]:
    """(rows, columns, peak): how far `after` is moved against `before`, by phase
    correlation, and how sharp the peak is (1 for a pure shift, near 0 for none)."""
    window = np.outer(np.hanning(before.shape[0]), np.hanning(before.shape[1]))
    spectra = [np.fft.rfft2((image - image.mean()) * window) for image in (before, after)]
    cross = spectra[1] * np.conj(spectra[0])
    cross /= np.maximum(np.abs(cross), 1e-12)
    surface = np.fft.irfft2(cross, s=before.shape)
    row, col = np.unravel_index(np.argmax(surface), surface.shape)
    height, width = surface.shape
    return (int((row + height // 2) % height - height // 2),
            int((col + width // 2) % width - width // 2), float(surface[row, col]))


def _misalignment(problem) -> str | None:
    """Words saying how the images do not line up, or None when they do (within the
    kernel's reach, where the kernel itself can move the picture)."""
    before, after = (_grey(_middle(image), problem.colour)
                     for image in (problem.before, problem.after))
    if min(before.shape) < 16:
        return None
    kh, kw = problem.size
    rows, cols, peak = _shift(before, after)
    if peak > SHIFT_PEAK and (abs(rows) > kh // 2 or abs(cols) > kw // 2):
        return (translate("learn", "the images do not line up: after is moved {rows} rows and "
                                   "{cols} columns against before").format(rows=rows, cols=cols))
    half = (before.shape[0] // 2, before.shape[1] // 2)
    quarters = [_shift(before[r : r + half[0], c : c + half[1]],
                       after[r : r + half[0], c : c + half[1]])
                for r in (0, half[0]) for c in (0, half[1])]
    moves = {(r, c) for r, c, strength in quarters if strength > SHIFT_PEAK}
    if len(moves) > 1 and max(max(abs(r), abs(c)) for r, c in moves) > min(kh, kw) // 2:
        rows, cols = ([move[axis] for move in moves] for axis in (0, 1))
        return (translate("learn", "the images do not line up: parts of after are moved "
                                   "differently against before ({fewest_rows} to {most_rows} rows, "
                                   "{fewest_cols} to {most_cols} columns), as by a resize, turn "
                                   "or warp")
                .format(fewest_rows=min(rows), most_rows=max(rows), fewest_cols=min(cols),
                        most_cols=max(cols)))
    return None


def _tone_r2(problem) -> float:
    """The R² of the best curve mapping each before value to the after value (per colour
    channel, 256 bins of before's values)."""
    before = problem.before if problem.before.ndim == 3 else problem.before[..., None]
    after = problem.after if problem.after.ndim == 3 else problem.after[..., None]
    (height, width), (top, left) = problem.out_shape, _region_start(problem)
    unexplained = spread = 0.0
    for channel in problem.colour:
        values = before[top : top + height, left : left + width, channel].ravel()
        bins = np.minimum((values.astype(np.float64) * (256 / (problem.full + 1e-9))), 255
                          ).astype(np.intp) if before.dtype != np.uint8 else values
        targets = after[top : top + height, left : left + width, channel].ravel().astype(
            np.float64)
        counts = np.bincount(bins, minlength=256)
        sums = np.bincount(bins, targets, 256)
        squares = np.bincount(bins, targets * targets, 256)
        used = counts > 0
        unexplained += float((squares[used] - sums[used] ** 2 / counts[used]).sum())
        spread += float(targets.var()) * targets.size
    return 1.0 - unexplained / spread if spread > 0 else 1.0


def _inside_error(problem, residual: np.ndarray) -> float | None:
    """The RMSE (8-bit levels) of the residual away from the edges, where the border mode
    makes no difference; None when the picture is too small to have such an inside."""
    kh, kw = problem.size
    planes = residual if residual.ndim == 3 else residual[..., None]
    inside = planes[kh : planes.shape[0] - kh, kw : planes.shape[1] - kw][..., problem.colour]
    if inside.size == 0 or problem.border == "valid":
        return None
    return float(np.sqrt(np.mean(inside.astype(np.float64) ** 2)))


def _region_start(problem) -> tuple[int, int]:
    kh, kw = problem.size
    return (kh // 2, kw // 2) if problem.border == "valid" else (0, 0)


def _better_fit(problem) -> str | None:
    """Words naming a fit that does clearly better on the middle of the picture: colours
    mixed across channels, or a larger kernel; None when neither does."""
    from .learn import NormalEquations

    before, after = _middle(problem.before, 2 * CROP), _middle(problem.after, 2 * CROP)
    kh, kw = problem.size

    def error(size, mode) -> float:
        fit = NormalEquations(before, after, size, mode=mode, border=problem.border,
                              offset=problem.offset)
        solutions, _ = fit.solve()
        return sum(fit.loss(n, s) for n, s in enumerate(solutions)) / fit.systems

    own = error(problem.size, problem.mode)
    if problem.mode != "cross-channel" and len(problem.colour) > 1:
        mixed = error(problem.size, "cross-channel")
        if mixed < CLEARLY_BETTER**2 * own:  # losses are squared errors
            return (translate("learn", "after mixes the colour channels, which this mode cannot: "
                                       "mode cross-channel fits it better"))
    larger = (min(kh + 4, 255), min(kw + 4, 255))
    if (larger != problem.size and min(before.shape[:2]) > 2 * max(larger)
            and error(larger, problem.mode) < CLEARLY_BETTER**2 * own):
        return translate("learn", "a larger kernel fits clearly better: try size {rows}×{cols} "
                                  "or more").format(rows=larger[0], cols=larger[1])
    return None


def _neighbour_correlation(residual: np.ndarray, colour: list[int]) -> float:
    """How much each residual value resembles its right and lower neighbours (-1 to 1)."""
    planes = _middle(residual if residual.ndim == 3 else residual[..., None], 2 * CROP)
    values = planes[..., colour].astype(np.float64)
    values -= values.mean(axis=(0, 1))
    pairs = ((values[:, 1:], values[:, :-1]), (values[1:], values[:-1]))
    products = sum(float((a * b).sum()) for a, b in pairs)
    energy = sum(float(np.sqrt((a * a).sum() * (b * b).sum())) for a, b in pairs)
    return products / energy if energy > 0 else 0.0
