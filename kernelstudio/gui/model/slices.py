"""One slice at a time: how the window names, shows and edits the grids of a kernel per
channel or across channels (`kernelstudio.core.Step.kind`), and turns a step from one
kind into another.

A slice is named by its index into ``step.kernel``: ``()`` for a shared kernel, ``(i,)``
for slice i of a kernel per channel, ``(i, j)`` for output channel i's grid over input
channel j of a kernel across channels. Turning a step into another kind is the core's
`Step.as_kind`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from kernelstudio.core import Photo, Step, channel_names
from kernelstudio.core.passes import channel_indices
from kernelstudio.core.words import QT_TRANSLATE_NOOP

__all__ = ["KIND_CHOICES", "each_grid", "image_channels", "slice_choices", "slice_label",
           "slice_names", "with_grid"]

#: The kinds of kernel the window offers: (label, `Step.kind`); the labels are shown
#: translated (context "slices").
KIND_CHOICES = ((QT_TRANSLATE_NOOP("slices", "Shared"), "shared"),
                (QT_TRANSLATE_NOOP("slices", "Per channel"), "per-channel"),
                (QT_TRANSLATE_NOOP("slices", "Across channels"), "cross-channel"))


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
