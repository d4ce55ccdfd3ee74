"""The one worker thread that owns computation: rendering, loading and exporting.

The UI thread submits jobs; the worker runs them in order. Every render request carries a
generation number: a render that is no longer the latest is skipped before it starts and
cancelled between blocks while it runs, and its results are never emitted. Results
arrive as finished `Display` buffers, so the UI thread only wraps and shows them.
"""

from __future__ import annotations

import atexit
import itertools
import threading
import time
import weakref
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kernelstudio.core import (
    DEFAULT_MAX_PIXELS,
    Cancelled,
    ImageFileError,
    KernelStudioError,
    Photo,
    Stack,
    Step,
    explain_pixel,
    feature_map,
    load_image,
    luminance,
    save_image,
)
from kernelstudio.core._native import release_free_memory
from kernelstudio.core.insight import PixelExplanation
from kernelstudio.core.stack import channel_indices, levels

from .display import Display, display, preview_source, shrink
from .session import log_exception

__all__ = [
    "FEATURE_SIDE",
    "ExportJob",
    "FeatureJob",
    "InspectJob",
    "Inspection",
    "LoadJob",
    "LoadedPhoto",
    "RenderJob",
    "Renderer",
    "TrimJob",
]

#: A visible region up to this many pixels is previewed exactly, at full resolution.
_REGION_PIXELS = 1_500_000
#: Progress is reported at most this often (seconds).
_PROGRESS_INTERVAL = 0.05
#: Feature maps are made from the photo shrunk to this many pixels on its longer side,
#: about the input size of the classic image CNNs (224 to 256).
FEATURE_SIDE = 256


@dataclass(frozen=True, eq=False)
class LoadedPhoto:
    """A photo with what the window needs besides its pixels."""

    photo: Photo
    display: Display
    preview: np.ndarray  # a smaller copy for quick previews
    preview_factor: int  # photo pixels per preview pixel, along each axis


@dataclass(frozen=True, eq=False)
class _Job:
    """What every job has: `cancel` (Esc, or a newer request) and `done` (finished)."""

    cancel: threading.Event = field(default_factory=threading.Event, kw_only=True)
    done: threading.Event = field(default_factory=threading.Event, kw_only=True)


@dataclass(frozen=True, eq=False)
class RenderJob(_Job):
    generation: int
    stack: Stack
    loaded: LoadedPhoto
    region: tuple[int, int, int, int] | None = None  # (top, left, bottom, right) in view


@dataclass(frozen=True, eq=False)
class ExportJob(_Job):
    stack: Stack
    photo: Photo
    path: str
    quality: int
    strip_metadata: bool = False


@dataclass(frozen=True, eq=False)
class TrimJob(_Job):
    """Give freed memory back to the system (after a large photo is let go)."""


@dataclass(frozen=True, eq=False)
class LoadJob(_Job):
    number: int
    path: str
    max_pixels: int = DEFAULT_MAX_PIXELS


@dataclass(frozen=True, eq=False)
class InspectJob(_Job):
    """Explain how step `index` of `stack` makes photo pixel (`row`, `col`)."""

    number: int
    stack: Stack
    photo: Photo
    index: int
    row: int
    col: int


@dataclass(frozen=True, eq=False)
class Inspection:
    """The answer to an `InspectJob`.

    `explanation` covers the step's kernel (flipped if the step flips it) on the step's
    input, in the channels the step filters (`channels` names them); `after` is the
    step's finished output there (None for a disabled step), and `full_scale` the input's
    white level. Without an explanation, `reason` says why.
    """

    number: int
    step: Step
    row: int
    col: int
    channels: tuple[str, ...] = ()
    explanation: PixelExplanation | None = None
    after: np.ndarray | None = None
    full_scale: float = 255.0
    reason: str = ""

    @property
    def integer(self) -> bool:
        """Whether the step's input has whole-number pixels (so results are rounded)."""
        return self.explanation is not None and self.explanation.value.dtype.kind in "ui"


@dataclass(frozen=True, eq=False)
class FeatureJob(_Job):
    """Correlate the photo, grey and small, with each of `kernels`, as a CNN layer does."""

    number: int
    photo: Photo
    kernels: tuple[np.ndarray, ...]
    relu: bool = False
    stride: int = 1
    pool: bool = False


class _Stale:
    """``is_set()`` once the job was cancelled or a newer render was requested."""

    def __init__(self, job: RenderJob, latest: list[int]):
        self._job, self._latest = job, latest

    def is_set(self) -> bool:
        return self._job.cancel.is_set() or self._latest[0] != self._job.generation


class _Worker(QObject):
    previewReady = Signal(int, object)  # generation, Display
    resultReady = Signal(int, object, object)  # generation, pixels, Display
    renderFailed = Signal(int, str)
    progressed = Signal(str, float)  # what, fraction
    exported = Signal(str)
    exportFailed = Signal(str, str)  # path, message
    loaded = Signal(int, object)  # load number, LoadedPhoto
    loadFailed = Signal(int, str, str)  # load number, path, message
    inspected = Signal(object)  # Inspection
    featuresReady = Signal(int, object, object)  # job number, grey source, maps
    featuresFailed = Signal(int, str)  # job number, message
    finished = Signal(str)  # what

    def __init__(self, latest: list[int]):
        super().__init__()
        self._latest = latest
        self._cache: tuple[Photo | None, list[tuple[Step, np.ndarray]]] = (None, [])
        self._feature_source: tuple[Photo | None, np.ndarray | None] = (None, None)
        self._last_progress = 0.0

    # jobs -------------------------------------------------------------------------------
    @Slot(object)
    def run(self, job) -> None:
        try:
            self._run(job)
        finally:
            job.done.set()  # the UI thread may now forget it (and the photo it holds)

    def _run(self, job) -> None:
        try:
            if isinstance(job, RenderJob):
                self._render(job)
            elif isinstance(job, ExportJob):
                self._export(job)
            elif isinstance(job, LoadJob):
                self._load(job)
            elif isinstance(job, InspectJob):
                self._inspect(job)
            elif isinstance(job, FeatureJob):
                self._features(job)
            elif isinstance(job, TrimJob):
                release_free_memory()
        except Exception as exc:  # a bug: log it, tell the user, keep the thread alive
            log = log_exception(exc, f"in the worker thread, running {type(job).__name__}")
            message = f"Unexpected error: {exc!r}. The details are in {log}."
            if isinstance(job, RenderJob):
                self.renderFailed.emit(job.generation, message)
            elif isinstance(job, ExportJob):
                self.exportFailed.emit(job.path, message)
            elif isinstance(job, LoadJob):
                self.loadFailed.emit(job.number, job.path, message)
            elif isinstance(job, FeatureJob):
                self.featuresFailed.emit(job.number, message)
            self.finished.emit("Error")

    def _render(self, job: RenderJob) -> None:
        stale = _Stale(job, self._latest)
        if stale.is_set():
            return
        try:
            preview = self._preview(job, stale)
            if preview is not None and not stale.is_set():
                self.previewReady.emit(job.generation, preview)
            result = self._apply(job.stack, job.loaded.photo, stale, "Filtering")
            picture = display(result, origin=tuple(map(float, job.stack.offset)))
        except Cancelled:
            self.finished.emit("Filtering")
            return
        except (KernelStudioError, MemoryError) as exc:
            self.renderFailed.emit(job.generation, str(exc))
            return
        if not stale.is_set():
            self.resultReady.emit(job.generation, result, picture)
        self.finished.emit("Filtering")

    def _preview(self, job: RenderJob, stale: _Stale) -> Display | None:
        loaded = job.loaded
        pixels = loaded.photo.pixels
        height, width = pixels.shape[:2]
        steps = job.stack.enabled_steps
        if height * width <= _REGION_PIXELS or not steps:
            return None  # the full result is quick anyway
        exact_region = job.region is not None and not any(
            step.border in ("valid", "wrap") for step in steps
        )
        if exact_region:
            top, left, bottom, right = job.region
            if (bottom - top) * (right - left) <= _REGION_PIXELS and bottom > top and right > left:
                # Enough of the photo around the region that its filtered pixels are exact.
                margin = sum(max(step.kernel.shape) for step in steps)
                crop = (max(0, top - margin), max(0, left - margin),
                        min(height, bottom + margin), min(width, right + margin))
                part = Stack(steps).apply(pixels[crop[0]:crop[2], crop[1]:crop[3]], cancel=stale)
                inner = part[top - crop[0]:bottom - crop[0], left - crop[1]:right - crop[1]]
                return display(inner, origin=(float(top), float(left)))
        if any(step.border == "valid" for step in steps):
            return None  # a shrunken preview would not line up with the photo
        small = Stack(steps).apply(loaded.preview, cancel=stale)
        return display(small, scale=float(loaded.preview_factor))

    def _apply(self, stack: Stack, photo: Photo, cancel, what: str) -> np.ndarray:
        """The stack's result: a new array, even when no step is enabled."""
        result = self._run_steps(stack.enabled_steps, photo, cancel, what)
        return photo.pixels.copy() if result is photo.pixels else result

    def _run_steps(self, steps: tuple[Step, ...], photo: Photo, cancel, what: str) -> np.ndarray:
        """Run `steps` on the photo, reusing cached results of an unchanged leading part.

        The cache keeps the longest chain computed: steps that are only a leading part of
        it (as the inspector asks for) are answered from it without shortening it.
        """
        cached_photo, cached = self._cache
        if cached_photo is not photo:  # let an old photo's results go
            self._cache = cached_photo, cached = photo, []
        reuse = 0
        while reuse < min(len(cached), len(steps)) and cached[reuse][0] == steps[reuse]:
            reuse += 1
        results = cached[:reuse]
        current = results[-1][1] if results else photo.pixels
        if reuse == len(steps):
            return current
        for index in range(reuse, len(steps)):
            step = steps[index]
            done = index / len(steps)

            def report(fraction, done=done):
                self._report(what, done + fraction / len(steps))

            current = step.apply(current, cancel=cancel, progress=report)
            results.append((step, current))
            self._cache = (photo, list(results))
        return current

    def _inspect(self, job: InspectJob) -> None:
        if job.cancel.is_set():
            return
        steps = job.stack.steps
        step = steps[job.index]
        earlier = tuple(s for s in steps[: job.index] if s.enabled)
        top = sum(s.crop_offset[0] for s in earlier)
        left = sum(s.crop_offset[1] for s in earlier)
        try:
            source = self._run_steps(earlier, job.photo, job.cancel, "Inspecting")
            after = (self._run_steps((*earlier, step), job.photo, job.cancel, "Inspecting")
                     if step.enabled else None)
        except Cancelled:
            return
        except (KernelStudioError, MemoryError) as exc:
            self.inspected.emit(Inspection(job.number, step, job.row, job.col, reason=str(exc)))
            return
        planes = source if source.ndim == 3 else source[..., None]
        chosen = channel_indices(step.channels, planes.shape[2])
        letters = "LA" if planes.shape[2] <= 2 else "RGBA"  # grey (and alpha), or colour
        names = tuple(letters[i] if i < len(letters) else str(i + 1) for i in chosen)
        kernel = step.kernel[::-1, ::-1] if step.flip else step.kernel
        ay, ax = step.weights_and_anchor()[1]
        row, col = job.row - top, job.col - left
        height, width = planes.shape[:2]
        if step.border == "valid":  # the output is smaller, and starts at the anchor
            row, col = row - ay, col - ax
            height, width = height - kernel.shape[0] + 1, width - kernel.shape[1] + 1
        if not (0 <= row < height and 0 <= col < width):
            self.inspected.emit(Inspection(
                job.number, step, job.row, job.col,
                reason="Earlier or this step's 'valid' border leaves this pixel out."))
            return
        full_scale = levels(source.dtype)
        explanation = explain_pixel(planes[..., chosen], kernel, row, col, border=step.border,
                                    cval=step.cval * full_scale / 255, anchor=(ay, ax))
        if after is not None:
            after = (after if after.ndim == 3 else after[..., None])[row, col, chosen]
        self.inspected.emit(Inspection(job.number, step, job.row, job.col, names, explanation,
                                       after, full_scale))

    def _features(self, job: FeatureJob) -> None:
        photo, source = self._feature_source
        if photo is not job.photo:
            source = luminance(shrink(job.photo.pixels, FEATURE_SIDE))
            self._feature_source = (job.photo, source)
        maps = []
        try:
            for kernel in job.kernels:
                if job.cancel.is_set():
                    return
                maps.append(feature_map(source, kernel, relu=job.relu, stride=job.stride,
                                        pool=job.pool))
        except KernelStudioError as exc:
            self.featuresFailed.emit(job.number, str(exc))
            return
        self.featuresReady.emit(job.number, source, maps)

    def _export(self, job: ExportJob) -> None:
        try:
            result = self._apply(job.stack, job.photo, job.cancel, "Exporting")
            self._report("Exporting", 1.0)
            keep = not job.strip_metadata
            save_image(job.path, result, quality=job.quality,
                       icc_profile=job.photo.icc_profile if keep else None,
                       exif=job.photo.exif if keep else None)
        except Cancelled:
            self.exportFailed.emit(job.path, "Export cancelled; nothing was written.")
        except (KernelStudioError, MemoryError) as exc:
            self.exportFailed.emit(job.path, str(exc))
        else:
            self.exported.emit(job.path)
        self.finished.emit("Exporting")

    def _load(self, job: LoadJob) -> None:
        try:
            self._report("Opening", 0.1)
            photo = load_image(job.path, max_pixels=job.max_pixels)
            self._report("Opening", 0.5)
            small, factor = preview_source(photo.pixels)
            loaded = LoadedPhoto(photo, display(photo.pixels), small, factor)
        except ImageFileError as exc:
            self.loadFailed.emit(job.number, job.path, str(exc))
        except MemoryError:
            self.loadFailed.emit(job.number, job.path, f"Not enough memory to open {job.path}")
        else:
            self._cache = (None, [])
            self._feature_source = (None, None)
            self.loaded.emit(job.number, loaded)
        self.finished.emit("Opening")

    def _report(self, what: str, fraction: float) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.progressed.emit(what, min(fraction, 1.0))


class Renderer(QObject):
    """The UI thread's handle on the worker thread."""

    _submit = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._latest = [0]
        self._generations = itertools.count(1)
        self._loads = itertools.count(1)
        self._numbers = itertools.count(1)
        self._jobs: list = []  # jobs not yet finished, for cancel and shutdown
        self._thread = QThread()
        self._thread.setObjectName("kernelstudio-worker")
        self.worker = _Worker(self._latest)
        self.worker.moveToThread(self._thread)
        self._submit.connect(self.worker.run)
        self._thread.start()
        # Whatever ends the program (the event loop, or a script that never closed the
        # window), the thread must stop before Qt destroys it.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        atexit.register(self._stop_at_exit, weakref.ref(self))

    @staticmethod
    def _stop_at_exit(reference) -> None:
        renderer = reference()
        if renderer is not None:
            renderer.shutdown()

    @property
    def generation(self) -> int:
        """The latest render generation; results of any other are stale."""
        return self._latest[0]

    def render(self, stack: Stack, loaded: LoadedPhoto, region=None) -> int:
        generation = next(self._generations)
        self._latest[0] = generation  # older renders now see themselves as stale
        self._send(RenderJob(generation, stack, loaded, region))
        return generation

    def export(self, stack: Stack, photo: Photo, path: str, quality: int,
               strip_metadata: bool = False) -> None:
        self._send(ExportJob(stack, photo, path, quality, strip_metadata))

    def release_memory(self) -> None:
        """Once the window let go of an old photo: give its memory back to the system."""
        self._send(TrimJob())

    def inspect(self, stack: Stack, photo: Photo, index: int, row: int, col: int) -> int:
        """Ask how step `index` makes photo pixel (row, col); earlier questions are dropped."""
        return self._send_latest(InspectJob(next(self._numbers), stack, photo, index, row, col))

    def features(self, photo: Photo, kernels, relu: bool, stride: int, pool: bool) -> int:
        """Ask for feature maps; a newer request drops an older one that has not finished."""
        return self._send_latest(FeatureJob(next(self._numbers), photo, tuple(kernels), relu,
                                            stride, pool))

    def _send_latest(self, job) -> int:
        for old in self._jobs:
            if type(old) is type(job):
                old.cancel.set()
        self._send(job)
        return job.number

    def load(self, path: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> int:
        number = next(self._loads)
        self._send(LoadJob(number, path, max_pixels))
        return number

    def _send(self, job) -> None:
        # Only unfinished jobs are kept (for Esc and shutdown): a finished one would keep
        # its photo, perhaps hundreds of megabytes, alive.
        self._jobs = [old for old in self._jobs if not (old.done.is_set() or old.cancel.is_set())]
        self._jobs.append(job)
        self._submit.emit(job)

    def cancel(self) -> None:
        """Stop whatever is running or waiting (Esc)."""
        for job in self._jobs:
            job.cancel.set()
        self._jobs = []

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Cancel everything and stop the thread; True if it stopped in time."""
        self.cancel()
        self._latest[0] = -1
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
