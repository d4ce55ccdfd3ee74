"""One slice at a time: how the window names, shows and edits the grids of a kernel per
channel or across channels (`kernelstudio.core.Step.kind`), and turns a step from one
kind into another.

A slice is named by its index into ``step.kernel``: ``()`` for a shared kernel, ``(i,)``
for slice i of a kernel per channel, ``(i, j)`` for output channel i's grid over input
channel j of a kernel across channels. Every conversion here keeps what the step makes of
a photo, or is refused with a `StepError` saying why.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kernelstudio.core import Photo, Step, StepError, channel_names
from kernelstudio.core.passes import channel_indices

__all__ = ["KIND_CHOICES", "converted", "each_grid", "fit_offset", "image_channels",
           "kind_words", "slice_choices", "slice_label", "slice_names", "with_grid",
           "with_kernel"]

#: The kinds of kernel the window offers: (label, `Step.kind`).
KIND_CHOICES = (("Shared", "shared"), ("Per channel", "per-channel"),
                ("Across channels", "cross-channel"))
#: Channels a step filters on a photo that is not open yet: RGB's colour.
_DEFAULT_CHANNELS = 3


def kind_words(kind: str) -> str:
    """``"per-channel"`` as the window says it: ``"per channel"``."""
    return {"shared": "shared", "per-channel": "per channel",
            "cross-channel": "across channels"}[kind]


def image_channels(photo: Photo | None) -> int | None:
    """How many channels the photo has, or None without one."""
    if photo is None:
        return None
    return 1 if photo.pixels.ndim == 2 else photo.pixels.shape[2]


def slice_names(step: Step, count: int | None) -> tuple[str, ...]:
    """The letters of the channels the slices of `step` filter ("R", "G", "B").

    Read on an image of `count` channels (the open photo's); where the step does not fit
    it, or without a photo, on the first of RGB, RGBA, grey and grey with alpha it fits,
    and else numbered from 1.
    """
    for candidate in dict.fromkeys((count, 3, 4, 1, 2)):
        if candidate is None:
            continue
        chosen = channel_indices(step.channels, candidate)
        if len(chosen) == step.slices:
            names = channel_names(candidate)
            return tuple(names[index] for index in chosen)
    return tuple(str(number) for number in range(1, step.slices + 1))


def slice_choices(step: Step, count: int | None) -> list[tuple[str, tuple[int, ...]]]:
    """(label, index) of every slice of `step`: ``"G"`` per channel, ``"R ← G"`` (output
    ← input) across channels; none for a shared kernel."""
    names = slice_names(step, count)
    if step.kind == "per-channel":
        return [(name, (index,)) for index, name in enumerate(names)]
    if step.kind == "cross-channel":
        return [(f"{names[out]} ← {names[source]}", (out, source))
                for out in range(step.slices) for source in range(step.slices)]
    return []


def slice_label(step: Step, index: tuple[int, ...], count: int | None) -> str:
    """The label (see `slice_choices`) of the slice at `index`; '' for a shared kernel."""
    return next((label for label, at in slice_choices(step, count) if at == index), "")


def with_grid(kernel: np.ndarray, index: tuple[int, ...], grid: np.ndarray) -> np.ndarray:
    """A copy of `kernel` with the slice at `index` replaced by `grid`."""
    changed = np.array(kernel)
    changed[index] = grid
    return changed


def each_grid(function: Callable[[np.ndarray], np.ndarray], kernel: np.ndarray) -> np.ndarray:
    """`function` (of one rows × columns grid) done to every grid of `kernel`, of any kind."""
    rows, cols = kernel.shape[-2:]
    grids = [np.asarray(function(grid)) for grid in kernel.reshape(-1, rows, cols)]
    return np.array(grids).reshape(kernel.shape[:-2] + grids[0].shape)


def _slices_of(kernel: np.ndarray) -> int:
    return 1 if kernel.ndim == 2 else kernel.shape[0]


def fit_offset(step: Step, kernel: np.ndarray) -> Step:
    """`step`, ready to take `kernel`: offsets per channel that `kernel` has no slices
    for become one offset, theirs when they are all the same and else 0."""
    if not isinstance(step.offset, tuple) or len(step.offset) == _slices_of(kernel):
        return step
    offsets = set(step.offset)
    return step.replace(offset=offsets.pop() if len(offsets) == 1 else 0.0)


def with_kernel(step: Step, kernel: np.ndarray, **options) -> Step:
    """`step` given `kernel` (and `options`), as typing, pasting or importing one does:
    its offsets per channel kept only where `kernel` has a slice for each."""
    return fit_offset(step, kernel).replace(kernel=kernel, **options)


def converted(step: Step, kind: str, count: int | None) -> Step:
    """`step` with its kernel made of `kind`, making the same picture.

    A shared kernel becomes a slice for each of the channels the step filters on an image
    of `count` channels (three without a photo), or their diagonal across channels; a
    kernel per channel becomes the diagonal. Back to fewer grids only where nothing is
    lost: a kernel across channels that mixes no channels becomes one per channel, and
    equal slices (with equal offsets) one shared kernel.

    Raises
    ------
    StepError
        Where the kernel holds more than `kind` can, saying what differs.
    """
    if kind == step.kind:
        return step
    kernel = step.kernel
    if step.kind == "shared":
        slices = len(channel_indices(step.channels, count)) if count else _DEFAULT_CHANNELS
        grids = np.stack([kernel] * max(slices, 1))
        return step.replace(kernel=grids if kind == "per-channel" else _diagonal(grids))
    if step.kind == "cross-channel":
        grids = np.array([kernel[index, index] for index in range(step.slices)])
        if not np.array_equal(_diagonal(grids), kernel):
            raise StepError("the kernel mixes channels (some output channel takes weight "
                            f"from another input channel), so it cannot be made {kind_words(kind)}"
                            "; set the grids between different channels to 0 first")
    else:
        grids = kernel
    if kind == "cross-channel":
        return step.replace(kernel=_diagonal(grids))
    if kind == "per-channel":
        return step.replace(kernel=grids)
    if any(not np.array_equal(grid, grids[0]) for grid in grids):
        raise StepError("the channels have different grids, so one shared kernel cannot "
                        "stand for them; make them equal first")
    if isinstance(step.offset, tuple) and len(set(step.offset)) > 1:
        raise StepError("the channels have different offsets, so one shared kernel cannot "
                        "stand for them; give them the same offset first")
    return with_kernel(step, grids[0])


def _diagonal(grids: np.ndarray) -> np.ndarray:
    """Grids per channel as a kernel across channels that mixes none of them."""
    count = len(grids)
    across = np.zeros((count, *grids.shape))
    for index, grid in enumerate(grids):
        across[index, index] = grid
    return across
