"""One pass of a step over an image: the arithmetic behind `Step.apply`.

The engine (`kernelstudio.core.engine.correlate`) sums window × weights block by block; a
pass adds the step's options around it: which channels are filtered, linear light
(`kernelstudio.core.light`), alpha weighting, and per block the divide's companions,
absolute value, offset and opacity, before the engine rounds and saturates. A kernel per
channel filters each channel as a shared kernel would; a kernel across channels sums one
correlation per input channel for each output channel before finishing it.
"""

from __future__ import annotations

import numpy as np

from .convolve import fill_value
from .engine import CancelFlag, ProgressCallback, correlate, output_shape, work_dtype
from .errors import ImageError, KernelError
from .light import from_linear, to_linear
from .step_options import channel_names
from .words import translate

__all__ = ["MIN_COVERAGE", "alpha_index", "channel_indices", "check_slices", "levels",
           "run_pass", "weighs_by_alpha"]

_LETTERS = "rgba"
#: Below this share of the kernel's weight over visible pixels, alpha weighting keeps the
#: colour as it was: the window is (all but) fully transparent.
MIN_COVERAGE = 1e-6


def alpha_index(count: int) -> int | None:
    """The alpha channel of an image with `count` channels: the last of 2 or 4, else None."""
    return count - 1 if count in (2, 4) else None


def channel_indices(channels: str, count: int) -> list[int]:
    """Indices of the channels a step filters in an image with `count` channels.

    One channel is gray; two are gray and alpha; three are RGB; four are RGBA; any other
    count has no alpha. ``color`` leaves alpha alone, ``all`` includes it, and letters
    pick channels (on gray images r, g and b all mean the gray channel).
    """
    has_alpha = alpha_index(count) is not None
    colour = list(range(count - 1 if has_alpha else count))
    if channels == "color":
        return colour
    if channels == "all" or count > 4:
        return list(range(count))
    picked = set()
    for letter in channels:
        if letter == "a":
            if has_alpha:
                picked.add(count - 1)
        elif count >= 3:
            picked.add(_LETTERS.index(letter))
        else:
            picked.add(0)
    return sorted(picked)



def levels(dtype: np.dtype) -> float:
    """Full scale of an image type: 255, 65535, or 1.0 for float images."""
    if dtype == np.uint8:
        return 255.0
    if dtype == np.uint16:
        return 65535.0
    if dtype in (np.float32, np.float64):
        return 1.0
    raise ImageError(translate("errors", "steps filter uint8, uint16, float32 and float64 images, "
                                         "not {dtype}").format(dtype=dtype))


def weighs_by_alpha(step, planes: np.ndarray, chosen: list[int]) -> bool:
    """Whether a pass of `step` over `planes` (rows, columns, channels) weights colour by
    alpha: it is asked to, filters some of the `chosen` colour channels with weights that
    are not all 0, and the image has alpha that is not all opaque (over opaque pixels
    weighting changes nothing). A kernel across channels that mixes alpha in too mixes
    the values as they are."""
    alpha = alpha_index(planes.shape[2])
    return (step.alpha_weighting and alpha is not None
            and any(index != alpha for index in chosen) and bool(np.any(step.kernel))
            and planes[..., alpha].min() < levels(planes.dtype)
            and not (step.kind == "cross-channel" and alpha in chosen))


def check_slices(step, count: int) -> list[int]:
    """The channels `step` filters in an image of `count` channels, checked against the
    slices of a per-channel or cross-channel kernel (one for each of them)."""
    chosen = channel_indices(step.channels, count)
    if step.kind != "shared" and chosen and len(chosen) != step.slices:
        names = ", ".join(channel_names(count)[index] for index in chosen)
        # An image of fewer channels than slices has no choice of channels to offer; each
        # case is a sentence of its own, so that each language words it whole.
        other = step.slices <= count
        if len(chosen) == 1:
            text = (translate("errors", "the kernel has a slice for each of {step_slices} "
                                        "channels, but the step filters {chosen} of this image's "
                                        "({names}, with channels {step_channels!r}); give a "
                                        "kernel with one slice, or choose {step_slices} channels")
                    if other else
                    translate("errors", "the kernel has a slice for each of {step_slices} "
                                        "channels, but the step filters {chosen} of this image's "
                                        "({names}, with channels {step_channels!r}); give a "
                                        "kernel with one slice"))
        else:
            text = (translate("errors", "the kernel has a slice for each of {step_slices} "
                                        "channels, but the step filters {chosen} of this image's "
                                        "({names}, with channels {step_channels!r}); give a "
                                        "kernel with {chosen} slices, or choose {step_slices} "
                                        "channels")
                    if other else
                    translate("errors", "the kernel has a slice for each of {step_slices} "
                                        "channels, but the step filters {chosen} of this image's "
                                        "({names}, with channels {step_channels!r}); give a "
                                        "kernel with {chosen} slices"))
        raise KernelError(text.format(step_slices=step.slices, chosen=len(chosen), names=names,
                                      step_channels=step.channels))
    return chosen


def run_pass(step, image: np.ndarray, *, cancel: CancelFlag | None = None,
             progress: ProgressCallback | None = None) -> np.ndarray:
    """One pass of `step` (a `Step`) over a checked `image`; a new image of its type."""
    flat = image.ndim == 2
    planes = image[..., None] if flat else image
    count = planes.shape[2]
    chosen = check_slices(step, count)
    alpha = alpha_index(count)
    colour = [index for index in range(count) if index != alpha]
    full = levels(image.dtype)
    # The fill is rounded and saturated in the image's type, linear light or not.
    fill = fill_value(step.cval * full / 255, image.dtype)
    if step.linear and set(chosen) & set(colour):
        work = to_linear(planes, colour)
        fill *= levels(work.dtype) / full  # a level of light, not decoded
        filtered = _filter(step, work, chosen, alpha, fill, cancel, progress)
        del work
        result = from_linear(filtered, image.dtype, colour)
    else:
        result = _filter(step, planes, chosen, alpha, fill, cancel, progress)
    return result[..., 0] if flat else result


def _filter(step, planes: np.ndarray, chosen: list[int], alpha: int | None, cval: float,
            cancel: CancelFlag | None, progress: ProgressCallback | None) -> np.ndarray:
    """`planes` (rows, columns, channels) with the `chosen` channels filtered by `step`;
    `cval` is the fill of a constant border in their units."""
    if step.kind == "cross-channel":
        parts = [(chosen, _across(step, planes, chosen, alpha, cval, cancel, progress))]
    elif step.kind == "per-channel":
        parts = []
        for number, index in enumerate(chosen):
            parts += _shared(step.part(number), planes, [index], alpha, cval, cancel,
                             _part(progress, number / len(chosen), 1 / len(chosen)))
    else:
        parts = _shared(step, planes, chosen, alpha, cval, cancel, progress)
    if len(parts) == 1 and len(parts[0][0]) == planes.shape[2]:
        return parts[0][1]
    if step.border == "valid":
        (height, width), (ay, ax) = (output_shape(planes.shape, step.size, "valid"),
                                     step.weights_and_anchor()[1])
        result = planes[ay : ay + height, ax : ax + width].copy()
    else:
        result = planes.copy()
    for indices, values in parts:
        result[..., indices] = values
    return result


def _shared(step, planes, chosen, alpha, cval, cancel, progress) -> list:
    """The `chosen` channels filtered by the shared kernel of `step`, as a list of
    (channels, values): those weighted by alpha, and the others."""
    weights, anchor = step.weights_and_anchor()
    offset = step.offsets[0]
    weighted = ([index for index in chosen if index != alpha]
                if weighs_by_alpha(step, planes, chosen) else [])
    plain = [index for index in chosen if index not in weighted]
    share = len(weighted) + 1 if weighted else 0  # the alpha coverage is one more plane
    total = share + len(plain)
    parts = []
    if weighted:
        coverage = _coverage(step, np.abs(weights), anchor, planes, alpha, cval, cancel,
                             _part(progress, 0, 1 / total))
        parts.append((weighted, _correlate(
            step, weights, anchor, offset, _premultiplied(planes, weighted, alpha),
            planes, weighted, cval * cval, coverage, cancel,
            _part(progress, 1 / total, len(weighted) / total))))
    if plain:
        parts.append((plain, _correlate(step, weights, anchor, offset, _picked(planes, plain),
                                        planes, plain, cval, None, cancel,
                                        _part(progress, share / total, len(plain) / total))))
    return parts


def _across(step, planes, chosen, alpha, cval, cancel, progress) -> np.ndarray:
    """The `chosen` channels filtered by the cross-channel kernel of `step`: each output
    channel the sum over input channels of their slice's correlation, then finished as
    one channel of a shared kernel is (alpha weighting divides by the coverage of all its
    slices together)."""
    weights, anchor = step.weights_and_anchor()
    work = work_dtype(planes.dtype)
    full = levels(planes.dtype)
    weighted = weighs_by_alpha(step, planes, chosen)
    sources, fill = (_premultiplied(planes, chosen, alpha), cval * cval) if weighted else (
        planes, cval)
    inputs = range(len(chosen)) if weighted else chosen
    height, width = output_shape(planes.shape, step.size, step.border)
    out = np.empty((height, width, len(chosen)), planes.dtype)
    # Each output channel's inputs with weights that are not all 0 (one, if none is).
    reads = [[(source, plane) for source, plane in enumerate(inputs)
              if np.any(weights[output, source])] or [(0, inputs[0])]
             for output in range(len(chosen))]
    jobs = sum(len(read) for read in reads)
    # The sums of an output channel gather here, each correlation adding its block to the
    # blocks before; the last one finishes them into the output channel.
    gathered = (np.empty((height, width, 1), work)
                if any(len(read) > 1 for read in reads) else None)
    done = 0
    for output, index in enumerate(chosen):
        coverage = None
        if weighted:
            magnitudes = np.abs(weights[output]).sum(axis=0)
            coverage = _coverage(step, magnitudes, anchor, planes, alpha, cval, cancel, None)
        total = gathered if len(reads[output]) > 1 else None
        finish = _finisher(step, anchor, step.offsets[output], planes, [index], coverage)
        for number, (source, plane) in enumerate(reads[output]):
            last = number == len(reads[output]) - 1
            correlate(sources[..., plane : plane + 1], weights[output, source],
                      border=step.border, cval=fill, anchor=anchor, cancel=cancel,
                      progress=_part(progress, done / jobs, 1 / jobs),
                      out_dtype=planes.dtype if last else work,
                      clip=(0.0, full) if last else None,
                      finish=_adding(total if number else None, finish if last else None),
                      out=out[..., output : output + 1] if last else total)
            done += 1
    return out


def _part(progress: ProgressCallback | None, start: float, share: float):
    """A progress callback for the part of the work from `start` taking `share` of it."""
    if progress is None or share == 1:
        return progress
    return lambda fraction: progress(start + share * fraction)


def _adding(total: np.ndarray | None, then=None):
    """The engine's ``finish`` that adds the sums gathered so far in `total` (if any) to a
    block's, then finishes them with `then` (if given); None if there is nothing to do."""
    if total is None:
        return then

    def finish(values: np.ndarray, rows: slice, cols: slice) -> np.ndarray:
        values += total[rows, cols]
        return values if then is None else then(values, rows, cols)
    return finish


def _picked(planes: np.ndarray, indices: list[int]) -> np.ndarray:
    """The `indices` channels of `planes`: the planes, a view of neighbours, or a copy."""
    if len(indices) == planes.shape[2]:
        return planes
    if indices[-1] - indices[0] + 1 == len(indices):
        return planes[..., indices[0] : indices[-1] + 1]
    return planes[..., indices]


def _weighting_dtype(dtype: np.dtype) -> np.dtype:
    """The type alpha weighting works in. float32 holds a 16-bit value times alpha within
    0.01 of a level: enough, at half the memory of float64 (only float64 photos keep
    float64)."""
    return np.dtype(np.float64 if dtype == np.float64 else np.float32)


def _premultiplied(planes: np.ndarray, indices: list[int], alpha: int) -> np.ndarray:
    """The `indices` colour channels times alpha, in levels × levels of alpha."""
    work = _weighting_dtype(planes.dtype)
    premultiplied = np.empty((*planes.shape[:2], len(indices)), work)
    for channel, index in enumerate(indices):  # one channel at a time: no full-size copies
        np.multiply(planes[..., index], planes[..., alpha], out=premultiplied[..., channel],
                    dtype=work)
    return premultiplied


def _coverage(step, magnitudes, anchor, planes, alpha, cval, cancel, progress) -> np.ndarray:
    """Alpha weighting's share of the kernel over visible pixels: the alpha filtered with
    the weights' absolute values, `magnitudes`, scaled to sum 1, in levels of alpha.

    The colour is filtered premultiplied by alpha, then divided by this coverage (both in
    levels, so the levels of alpha cancel), as ImageMagick does. Over opaque pixels it is
    full scale, so the result is the unweighted one; colour under fully transparent pixels
    adds nothing; where the whole window is transparent the colour stays as it was.
    Beyond the edge of a constant border every channel, alpha too, is the fill.
    """
    return correlate(planes[..., alpha : alpha + 1], magnitudes / magnitudes.sum(),
                     border=step.border, cval=cval, anchor=anchor,
                     out_dtype=_weighting_dtype(planes.dtype), cancel=cancel,
                     progress=progress)


def _correlate(step, weights, anchor, offset, source, planes, indices, cval, coverage,
               cancel, progress) -> np.ndarray:
    """`source` (the `indices` channels of `planes`, premultiplied by alpha when a
    `coverage` is given) filtered by `step` with its `weights` at `anchor`, finished and
    rounded into the type of `planes`."""
    return correlate(source, weights, border=step.border, cval=cval, anchor=anchor,
                     out_dtype=planes.dtype, clip=(0.0, levels(planes.dtype)),
                     finish=_finisher(step, anchor, offset, planes, indices, coverage),
                     cancel=cancel, progress=progress)


def _finisher(step, anchor, offset, planes, indices, coverage=None):
    """The engine's ``finish`` for `step`: from a block's sums to its values before rounding
    (None when that changes nothing).

    `planes` and `indices` are the step's input and the channels filtered, which opacity
    mixes with; `anchor` is where its weights sit; `offset` is added, in 8-bit levels;
    `coverage` (alpha weighting) divides the sums first.
    """
    full = levels(planes.dtype)
    offset = offset * full / 255
    if coverage is None and not (step.absolute or offset or step.opacity < 1):
        return None  # the sums are the values: the engine may store them as they are
    seen_from = MIN_COVERAGE * full  # coverage is in levels of alpha
    ay, ax = anchor
    valid = step.border == "valid"
    needs_input = step.opacity < 1 or coverage is not None

    def finish(values: np.ndarray, rows: slice, cols: slice) -> np.ndarray:
        if coverage is not None:
            seen = coverage[rows, cols]
            np.divide(values, seen, out=values, where=seen > seen_from)
        if step.absolute:
            np.abs(values, out=values)
        if offset:
            values += values.dtype.type(offset)
        if needs_input:
            if valid:  # output (r, c) sits over input (r + ay, c + ax)
                rows = slice(rows.start + ay, rows.stop + ay)
                cols = slice(cols.start + ax, cols.stop + ax)
            before = planes[rows, cols][..., indices].astype(values.dtype)
            if step.opacity < 1:
                values -= before
                values *= values.dtype.type(step.opacity)
                values += before
            if coverage is not None:
                np.copyto(values, before, where=seen <= seen_from)
        return values

    return finish
