"""The jobs the worker thread runs, and what some of them answer.

Every job carries a `generation` from the worker's one counter. A job of a kind that
`supersedes` is stale as soon as a newer job of its kind is submitted: it is skipped or
cancelled in the worker thread, and its results are dropped in the facade, never shown.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np

from kernelstudio.core import DEFAULT_MAX_PIXELS, Photo, Stack, Step, StepExplanation
from kernelstudio.core.words import QT_TRANSLATE_NOOP

from .pictures import Picture

__all__ = [
    "ExportJob",
    "FeatureJob",
    "InspectJob",
    "Inspection",
    "Job",
    "KernelFileJob",
    "LoadJob",
    "LoadedPhoto",
    "RecipeJob",
    "RenderJob",
    "TrimJob",
]


@dataclass(frozen=True, eq=False)
class LoadedPhoto:
    """A photo with what the window needs besides its pixels."""

    photo: Photo
    picture: Picture
    preview: np.ndarray  # a smaller copy for quick previews
    preview_factor: int  # photo pixels per preview pixel, along each axis


@dataclass(frozen=True, eq=False, kw_only=True)
class Job:
    """What every job has: its generation, `cancel` (Esc, or a newer job) and `done`."""

    #: What the progress bar calls this kind of work.
    title = QT_TRANSLATE_NOOP("Jobs", "Working")
    #: Whether a newer job of the same kind makes this one stale. One that does not
    #: supersede is always answered: its result, or why there is none.
    supersedes = True
    #: Whether Esc stops it. The photo or recipe being opened is still wanted.
    cancellable = True
    #: The failure reported when Esc stopped it ('' when a stopped job just goes quiet).
    cancelled_message = ""

    generation: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True, eq=False, kw_only=True)
class RenderJob(Job):
    """The stack on the photo: a quick preview first when the photo is large, then the result."""

    title = QT_TRANSLATE_NOOP("Jobs", "Filtering")

    stack: Stack
    loaded: LoadedPhoto
    region: tuple[int, int, int, int] | None = None  # (top, left, bottom, right) in view


@dataclass(frozen=True, eq=False, kw_only=True)
class ExportJob(Job):
    """The stack on the photo at full resolution, written to `path`."""

    title = QT_TRANSLATE_NOOP("Jobs", "Exporting")
    supersedes = False  # every export asked for is written, or said not to be
    cancelled_message = QT_TRANSLATE_NOOP("Jobs", "Export cancelled; nothing was written.")

    stack: Stack
    photo: Photo
    path: str
    quality: int
    strip_metadata: bool = False


@dataclass(frozen=True, eq=False, kw_only=True)
class TrimJob(Job):
    """Give freed memory back to the system (after a large photo is let go)."""

    supersedes = False


@dataclass(frozen=True, eq=False, kw_only=True)
class LoadJob(Job):
    """Read a photo and make its pictures."""

    title = QT_TRANSLATE_NOOP("Jobs", "Opening")
    cancellable = False

    path: str
    max_pixels: int = DEFAULT_MAX_PIXELS


@dataclass(frozen=True, eq=False, kw_only=True)
class RecipeJob(Job):
    """Read a recipe into a stack: off the UI thread, as a large or hostile file is slow."""

    title = QT_TRANSLATE_NOOP("Jobs", "Loading recipe")
    cancellable = False

    path: str


@dataclass(frozen=True, eq=False, kw_only=True)
class KernelFileJob(Job):
    """Read an .acf or kernel text file, off the UI thread as a recipe is."""

    title = QT_TRANSLATE_NOOP("Jobs", "Importing kernel")
    cancellable = False

    path: str


@dataclass(frozen=True, eq=False, kw_only=True)
class InspectJob(Job):
    """Explain how step `index` of `stack` makes photo pixel (`row`, `col`)."""

    title = QT_TRANSLATE_NOOP("Jobs", "Inspecting")

    stack: Stack
    photo: Photo
    index: int
    row: int
    col: int


@dataclass(frozen=True, eq=False, kw_only=True)
class FeatureJob(Job):
    """Correlate the photo, grey and small, with each of `kernels`, as a CNN layer does."""

    title = QT_TRANSLATE_NOOP("Jobs", "Feature maps")

    photo: Photo
    kernels: tuple[np.ndarray, ...]
    relu: bool = False
    stride: int = 1
    pool: bool = False


@dataclass(frozen=True, eq=False)
class Inspection:
    """The answer to an `InspectJob` about photo pixel (`row`, `col`).

    `explanation` is `kernelstudio.core.explain_step` on the step's own input; `origin`
    is where its window's top-left cell lies on the photo. Without an explanation,
    `reason` says why.
    """

    step: Step
    row: int
    col: int
    explanation: StepExplanation | None = None
    origin: tuple[int, int] = (0, 0)
    reason: str = ""

    @property
    def channels(self) -> tuple[str, ...]:
        """The names of the channels the step filters."""
        return () if self.explanation is None else self.explanation.names

    @property
    def after(self) -> np.ndarray | None:
        """The step's output there, per channel; None for a disabled step (skipped)."""
        if self.explanation is None or not self.step.enabled:
            return None
        return self.explanation.value
