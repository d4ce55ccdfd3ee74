"""The one worker thread that owns computation, and `Worker`, the UI thread's facade on it.

The UI thread submits jobs through `Worker`; the thread runs them in order. Every job
carries a generation from one counter, and a newer job of a kind that supersedes makes
the older ones stale: they are skipped before they start, cancelled between blocks while
they run, and whatever they still send is dropped here, so no slot ever compares
numbers. Results arrive as finished `Picture` buffers, so the UI thread only shows them.

Every job ends in bounded time, which is what lets `Worker.shutdown` wait for the thread
instead of leaving Qt to destroy it while it runs (an abort): files are read only if they
are regular files (`core.files.open_regular`: a FIFO or a device is refused, never waited
on), photos within the pixel limit and recipes and kernel files within their size limits;
filtering stops between strips once its job is stale; a photo being opened stops between
its phases; an export stops before it writes, or finishes writing, so no half-written file
is left.
"""

from __future__ import annotations

import atexit
import itertools
import time
import weakref

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from kernelstudio.core import (
    DEFAULT_MAX_PIXELS,
    Cancelled,
    ImageFileError,
    KernelFile,
    KernelStudioError,
    Photo,
    Stack,
    Step,
    error_summary,
    explain_step,
    feature_map,
    load_image,
    load_kernel_file,
    load_recipe,
    luminance,
    release_free_memory,
    save_image,
)
from kernelstudio.core.files import describe_os_error
from kernelstudio.core.frames import frames_kept
from kernelstudio.core.saving import check_output
from kernelstudio.gui.appdata.errorlog import log_exception
from kernelstudio.gui.translation import translate

from .jobs import (
    ExportJob,
    FeatureJob,
    Inspection,
    InspectJob,
    Job,
    KernelFileJob,
    LoadedPhoto,
    LoadJob,
    RecipeJob,
    RenderJob,
    TrimJob,
)
from .learning import (
    AfterJob,
    LearnJob,
    PairJob,
    TrainingJob,
    TrainJob,
    learn,
    start_training,
    train,
)
from .pictures import PREVIEW_PIXELS, Picture, make_picture, preview_source, shrink

__all__ = ["FEATURE_SIDE", "Worker"]

#: Progress is reported at most this often (seconds).
_PROGRESS_INTERVAL = 0.05
#: Feature maps are made from the photo shrunk to this many pixels on its longer side,
#: about the input size of the classic image CNNs (224 to 256).
FEATURE_SIDE = 256


class _Stale:
    """``is_set()`` once the job is no longer current: cancelled, superseded, or shut down."""

    def __init__(self, job: Job, is_current):
        self._job, self._is_current = job, is_current

    def is_set(self) -> bool:
        return not self._is_current(self._job)


def _stop_if(stale: _Stale) -> None:
    if stale.is_set():
        raise Cancelled("no longer wanted")


class _Runner(QObject):
    """Lives in the worker thread and runs each job with the handler its type names."""

    partial = Signal(object, object)  # job, early result (a render's preview)
    done = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, KernelStudioError
    progressed = Signal(object, float)  # job, fraction
    finished = Signal(object)  # job, however it ended

    def __init__(self, is_current):
        super().__init__()
        self._is_current = is_current
        self._handlers = {
            RenderJob: self._render,
            ExportJob: self._export,
            LoadJob: self._load,
            RecipeJob: self._recipe,
            KernelFileJob: self._kernel_file,
            InspectJob: self._inspect,
            FeatureJob: self._features,
            TrimJob: self._trim,
            AfterJob: self._after,
            LearnJob: self._learn,
            TrainingJob: self._start_training,
            TrainJob: self._train,
        }
        # The results of the steps last run, on the photo and on its preview (by source).
        self._caches: dict[str, tuple[np.ndarray | None, list[tuple[Step, np.ndarray]]]] = {
            "photo": (None, []), "preview": (None, [])}
        self._feature_source: tuple[Photo | None, np.ndarray | None] = (None, None)
        self._last_progress = 0.0

    @Slot(object)
    def run(self, job: Job) -> None:
        stale = _Stale(job, self._is_current)
        try:
            # A stale job is skipped; one that is not superseded (an export) runs even when
            # cancelled, to report that nothing was written.
            if not (job.supersedes and stale.is_set()):
                result = self._handlers[type(job)](job, stale)
                if result is not None:
                    self.done.emit(job, result)
        except Cancelled:
            if job.cancelled_message:
                self.failed.emit(job, Cancelled(
                    QCoreApplication.translate("Jobs", job.cancelled_message)))
        except KernelStudioError as exc:
            self.failed.emit(job, exc)
        except OSError as exc:  # the system's reason is the user's, not a bug of ours
            where = f"{exc.filename}: " if exc.filename else ""
            self.failed.emit(job, KernelStudioError(where + describe_os_error(exc)))
        except MemoryError:
            work = QCoreApplication.translate("Jobs", job.title)
            self.failed.emit(job, KernelStudioError(translate(
                "Worker", "Not enough memory for {work}").format(work=work[:1].lower() + work[1:])))
        except Exception as exc:  # a bug: log it, tell the user, keep the thread alive
            log = log_exception(exc, f"in the worker thread, running {type(job).__name__}")
            self.failed.emit(job, KernelStudioError(translate(
                "Worker", "Unexpected error: {error}. The details are in {log}.").format(
                    error=error_summary(exc), log=log)))
        finally:
            job.done.set()  # the UI thread may now forget it (and the photo it holds)
            self.finished.emit(job)

    # handlers: each returns the arguments of its job's result signal (after the job), or
    # None when there is nothing to show ---------------------------------------------------
    def _render(self, job: RenderJob, stale: _Stale) -> tuple | None:
        preview = self._preview(job, stale)
        if preview is not None and not stale.is_set():
            self.partial.emit(job, preview)
        result = self._apply(job.stack, job.loaded.photo, job, stale)
        return result, make_picture(result, origin=tuple(map(float, job.stack.offset)))

    def _trim(self, job: TrimJob, stale: _Stale) -> None:  # nothing to send back
        release_free_memory()

    def _preview(self, job: RenderJob, stale: _Stale) -> Picture | None:
        loaded = job.loaded
        pixels = loaded.photo.pixels
        height, width = pixels.shape[:2]
        stack = Stack(job.stack.enabled_steps)
        if height * width <= PREVIEW_PIXELS or not stack.steps:
            return None  # the full result is quick anyway
        if job.region is not None and stack.crops_exactly:
            top, left, bottom, right = job.region
            if (bottom - top) * (right - left) <= PREVIEW_PIXELS and bottom > top and right > left:
                # Enough of the photo around the region that its filtered pixels are exact.
                rows, cols = stack.reach
                crop = (max(0, top - rows), max(0, left - cols),
                        min(height, bottom + rows), min(width, right + cols))
                part = stack.apply(pixels[crop[0]:crop[2], crop[1]:crop[3]], cancel=stale)
                inner = part[top - crop[0]:bottom - crop[0], left - crop[1]:right - crop[1]]
                return make_picture(inner, origin=(float(top), float(left)))
        if stack.shrinks:
            return None  # a shrunken preview would not line up with the photo
        small = self._run_steps(stack.steps, loaded.preview, None, stale, cache="preview")
        return make_picture(small, scale=float(loaded.preview_factor))

    def _apply(self, stack: Stack, photo: Photo, job: Job, cancel) -> np.ndarray:
        """The stack's result: a new array, even when no step is enabled."""
        result = self._run_steps(stack.enabled_steps, photo.pixels, job, cancel)
        return photo.pixels.copy() if result is photo.pixels else result

    def _run_steps(self, steps: tuple[Step, ...], source: np.ndarray, job: Job | None, cancel,
                   *, cache: str = "photo") -> np.ndarray:
        """Run `steps` on `source` (the photo's pixels, or its preview's with `cache`
        ``"preview"``), reusing cached results of an unchanged leading part; progress is
        reported to `job` if given.

        Each cache keeps the longest chain computed: steps that are only a leading part of
        it (as the inspector asks for) are answered from it without shortening it.
        """
        cached_source, cached = self._caches[cache]
        if cached_source is not source:  # let an old photo's results go
            self._caches[cache] = cached_source, cached = source, []
        reuse = 0
        while reuse < min(len(cached), len(steps)) and cached[reuse][0] == steps[reuse]:
            reuse += 1
        results = cached[:reuse]
        current = results[-1][1] if results else source
        for index in range(reuse, len(steps)):
            done = index / len(steps)

            def report(fraction, done=done):
                self._report(job, done + fraction / len(steps))

            current = steps[index].apply(current, cancel=cancel,
                                         progress=None if job is None else report)
            results.append((steps[index], current))
            self._caches[cache] = (source, list(results))
        return current

    def _inspect(self, job: InspectJob, stale: _Stale) -> tuple[Inspection]:
        step = job.stack.steps[job.index]
        earlier = tuple(s for s in job.stack.steps[: job.index] if s.enabled)
        pixel = job.stack.locate(job.index, job.row, job.col, job.photo.pixels.shape)
        if pixel is None:
            return (Inspection(step, job.row, job.col, reason=translate(
                "Worker", "Earlier or this step's 'valid' border leaves this pixel out.")),)
        try:
            source = self._run_steps(earlier, job.photo.pixels, job, stale)
            # A disabled step's output is not shown, so it is not worked out either.
            output = (self._run_steps((*earlier, step), job.photo.pixels, job, stale)
                      if step.enabled else None)
            explanation = explain_step(step, source, *pixel, output=output,
                                       with_value=step.enabled)
        except Cancelled:
            raise
        except (KernelStudioError, MemoryError) as exc:
            return (Inspection(step, job.row, job.col,
                               reason=str(exc) or translate(
                                   "Worker", "Not enough memory to explain this pixel")),)
        top, left = job.stack.input_offset(job.index)
        return (Inspection(step, job.row, job.col, explanation,
                           (top + explanation.top, left + explanation.left)),)

    def _features(self, job: FeatureJob, stale: _Stale) -> tuple | None:
        photo, source = self._feature_source
        if photo is not job.photo:
            source = luminance(shrink(job.photo.pixels, FEATURE_SIDE))
            self._feature_source = (job.photo, source)
        maps = []
        for kernel in job.kernels:
            if stale.is_set():
                return None
            maps.append(feature_map(source, kernel, relu=job.relu, stride=job.stride,
                                    pool=job.pool))
        return source, maps

    def _export(self, job: ExportJob, stale: _Stale) -> tuple[str, tuple[str, ...]]:
        photo = job.photo
        kind = check_output(job.path, photo.pixels.shape)  # before any filtering
        kept, notes = frames_kept(kind, job.path, 1 + len(photo.more_frames))
        result = self._apply(job.stack, photo, job, job.cancel)
        more = tuple(job.stack.apply(frame, cancel=job.cancel)
                     for frame in photo.more_frames[:kept - 1])
        if job.cancel.is_set():  # the result came from the cache, but Esc came first
            raise Cancelled(QCoreApplication.translate("Jobs", job.cancelled_message))
        self._report(job, 1.0)
        keep = not job.strip_metadata
        notes += save_image(job.path, result, more_frames=more, timing=photo.timing,
                            quality=job.quality,
                            icc_profile=photo.icc_profile if keep else None,
                            exif=photo.exif if keep else None)
        return job.path, notes

    def _load(self, job: LoadJob, stale: _Stale) -> tuple[LoadedPhoto]:
        self._report(job, 0.1)
        try:
            photo = load_image(job.path, max_pixels=job.max_pixels)
            # Decoding cannot be interrupted, but what follows can wait for nobody: a newer
            # photo was asked for, or the window is closing.
            _stop_if(stale)
            self._report(job, 0.5)
            small, factor = preview_source(photo.pixels)
            _stop_if(stale)
            loaded = LoadedPhoto(photo, make_picture(photo.pixels), small, factor)
        except MemoryError:
            raise ImageFileError(translate("Worker", "Not enough memory to open {path}").format(
                path=job.path)) from None
        self._caches = {name: (None, []) for name in self._caches}
        self._feature_source = (None, None)
        return (loaded,)

    def _recipe(self, job: RecipeJob, stale: _Stale) -> tuple[Stack]:
        return (load_recipe(job.path),)

    def _kernel_file(self, job: KernelFileJob, stale: _Stale) -> tuple[KernelFile]:
        return (load_kernel_file(job.path),)

    def _after(self, job: AfterJob, stale: _Stale) -> tuple[Photo]:
        try:
            return (load_image(job.path, max_pixels=job.max_pixels),)
        except MemoryError:
            raise ImageFileError(translate("Worker", "Not enough memory to open {path}").format(
                path=job.path)) from None

    def _before(self, job: PairJob, stale: _Stale) -> np.ndarray:
        """What the job's steps make of its photo: the "before" of a learning pair."""
        return self._run_steps(job.steps, job.photo.pixels, job, stale)

    def _learn(self, job: LearnJob, stale: _Stale) -> tuple:
        before = self._before(job, stale)
        return (learn(job, before, stale, lambda fraction: self._report(job, fraction)),)

    def _start_training(self, job: TrainingJob, stale: _Stale) -> tuple:
        before = self._before(job, stale)
        return start_training(job, before, stale, lambda fraction: self._report(job, fraction))

    def _train(self, job: TrainJob, stale: _Stale) -> tuple:
        return (train(job),)

    def _report(self, job: Job, fraction: float) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.progressed.emit(job, min(fraction, 1.0))


class Worker(QObject):
    """The UI thread's handle on the worker thread: submit jobs, receive current results.

    Each submitting method returns its job. Results, failures and progress of stale jobs
    are dropped here; `jobFinished` comes for every job, however it ended.
    """

    previewReady = Signal(object, object)  # RenderJob, Picture
    rendered = Signal(object, object, object)  # RenderJob, pixels, Picture
    loaded = Signal(object, object)  # LoadJob, LoadedPhoto
    recipeLoaded = Signal(object, object)  # RecipeJob, Stack
    kernelFileLoaded = Signal(object, object)  # KernelFileJob, KernelFile
    exported = Signal(object, str, object)  # ExportJob, path, notes for the user
    inspected = Signal(object, object)  # InspectJob, Inspection
    featuresReady = Signal(object, object, object)  # FeatureJob, grey source, maps
    afterRead = Signal(object, object)  # AfterJob, Photo
    learned = Signal(object, object)  # LearnJob, LearnedKernel
    trainingReady = Signal(object, object, object)  # TrainingJob, Training, Progress
    trained = Signal(object, object)  # TrainJob, Progress
    failed = Signal(object, object)  # job, KernelStudioError (its text is for the user)
    progressed = Signal(object, float)  # job, fraction
    jobFinished = Signal(object)  # job

    _submit = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generations = itertools.count(1)
        self._latest: dict[type, int] = {}  # the newest generation of each kind that supersedes
        self._closed = False
        self._jobs: list[Job] = []  # jobs not yet finished, for cancel and shutdown
        self._unfinished = 0  # jobs whose jobFinished has not reached this thread yet
        self._results = {
            RenderJob: self.rendered,
            LoadJob: self.loaded,
            RecipeJob: self.recipeLoaded,
            KernelFileJob: self.kernelFileLoaded,
            ExportJob: self.exported,
            InspectJob: self.inspected,
            FeatureJob: self.featuresReady,
            AfterJob: self.afterRead,
            LearnJob: self.learned,
            TrainingJob: self.trainingReady,
            TrainJob: self.trained,
        }
        self._thread = QThread()
        self._thread.setObjectName("kernelstudio-worker")
        self._runner = _Runner(self.is_current)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.partial.connect(self._on_runner_partial)
        self._runner.done.connect(self._on_runner_done)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.progressed.connect(self._on_runner_progressed)
        self._runner.finished.connect(self._on_runner_finished)
        self._thread.start()
        # Whatever ends the program (the event loop, or a script that never closed the
        # window), the thread must stop before Qt destroys it.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        atexit.register(self._stop_at_exit, weakref.ref(self))

    @staticmethod
    def _stop_at_exit(reference) -> None:
        worker = reference()
        if worker is not None:
            worker.shutdown()

    def is_current(self, job: Job) -> bool:
        """Whether `job`'s results are still wanted (read from both threads)."""
        if self._closed or job.cancel.is_set():
            return False
        return not job.supersedes or self._latest.get(type(job)) == job.generation

    def _answers(self, job: Job) -> bool:
        """Whether what `job` sent back is delivered: always for one that does not
        supersede (an export written, or why not), else while it is current."""
        return not self._closed and (not job.supersedes or self.is_current(job))

    # submitting ---------------------------------------------------------------------------
    def render(self, stack: Stack, loaded: LoadedPhoto, region=None) -> RenderJob:
        return self._send(RenderJob, stack=stack, loaded=loaded, region=region)

    def export(self, stack: Stack, photo: Photo, path: str, quality: int,
               strip_metadata: bool = False) -> ExportJob:
        return self._send(ExportJob, stack=stack, photo=photo, path=path, quality=quality,
                          strip_metadata=strip_metadata)

    def load(self, path: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> LoadJob:
        return self._send(LoadJob, path=path, max_pixels=max_pixels)

    def load_recipe(self, path: str) -> RecipeJob:
        """Read the recipe at `path`; `recipeLoaded` or `failed` answers."""
        return self._send(RecipeJob, path=path)

    def load_kernel_file(self, path: str) -> KernelFileJob:
        """Read the kernel file at `path`; `kernelFileLoaded` or `failed` answers."""
        return self._send(KernelFileJob, path=path)

    def inspect(self, stack: Stack, photo: Photo, index: int, row: int, col: int) -> InspectJob:
        """Ask how step `index` makes photo pixel (row, col)."""
        return self._send(InspectJob, stack=stack, photo=photo, index=index, row=row, col=col)

    def features(self, photo: Photo, kernels, relu: bool, stride: int,
                 pool: bool) -> FeatureJob:
        return self._send(FeatureJob, photo=photo, kernels=tuple(kernels), relu=relu,
                          stride=stride, pool=pool)

    def read_after(self, path: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> AfterJob:
        """Read the "after" image of a learning pair; `afterRead` or `failed` answers."""
        return self._send(AfterJob, path=path, max_pixels=max_pixels)

    def learn(self, **pair) -> LearnJob:
        """Learn the kernel of a pair (the fields of `PairJob`); `learned` answers."""
        return self._send(LearnJob, **pair)

    def start_training(self, seed: int = 0, **pair) -> TrainingJob:
        """Get a pair ready to train from random weights; `trainingReady` answers."""
        return self._send(TrainingJob, seed=seed, **pair)

    def train(self, training, count: int, momentum: float, known: int) -> TrainJob:
        """Run a batch of `count` training updates; `trained` answers."""
        return self._send(TrainJob, training=training, count=count, momentum=momentum,
                          known=known)

    def release_memory(self) -> TrimJob:
        """Once the window let go of an old photo: give its memory back to the system."""
        return self._send(TrimJob)

    def _send(self, kind: type[Job], **fields) -> Job:
        job = kind(generation=next(self._generations), **fields)
        if job.supersedes:
            self._latest[kind] = job.generation  # older jobs of this kind now see they are stale
        # Only unfinished jobs are kept (for Esc and shutdown): a finished one would keep
        # its photo, perhaps hundreds of megabytes, alive.
        self._jobs = [old for old in self._jobs if not (old.done.is_set() or old.cancel.is_set())]
        self._jobs.append(job)
        self._unfinished += 1
        self._submit.emit(job)
        return job

    def cancel(self) -> None:
        """Stop whatever is running or waiting (Esc); a photo being opened still opens."""
        for job in self._jobs:
            if job.cancellable:
                job.cancel.set()
        self._jobs = [job for job in self._jobs if not job.cancellable]

    def shutdown(self, timeout_ms: int | None = None) -> bool:
        """Cancel everything and stop the thread; True once it has stopped.

        Without `timeout_ms` this waits for the job that is running to end, which it does
        in bounded time (see the module's docstring): a save in progress is finished, so
        no temporary file is left. With it, False means the thread still runs.
        """
        for job in self._jobs:
            job.cancel.set()
        self._jobs = []
        self._closed = True
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        if timeout_ms is None:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    def running(self) -> bool:
        """Whether the worker thread is still running."""
        return self._thread.isRunning()

    def idle(self) -> bool:
        """Whether every job submitted has finished and everything it sent has arrived."""
        return self._unfinished == 0

    # what the thread sends back ---------------------------------------------------------
    @Slot(object, object)
    def _on_runner_partial(self, job: Job, result) -> None:
        if self._answers(job):
            self.previewReady.emit(job, result)

    @Slot(object, object)
    def _on_runner_done(self, job: Job, result: tuple) -> None:
        if self._answers(job):
            self._results[type(job)].emit(job, *result)

    @Slot(object, object)
    def _on_runner_failed(self, job: Job, error: KernelStudioError) -> None:
        if self._answers(job):
            self.failed.emit(job, error)

    @Slot(object)
    def _on_runner_finished(self, job: Job) -> None:
        # The thread sends this last for each job, and signals arrive in order.
        self._unfinished -= 1
        self.jobFinished.emit(job)

    @Slot(object, float)
    def _on_runner_progressed(self, job: Job, fraction: float) -> None:
        if self.is_current(job):
            self.progressed.emit(job, fraction)
