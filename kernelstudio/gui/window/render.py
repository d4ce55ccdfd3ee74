"""The render controller: edits debounced into render jobs, the preview, then the result."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kernelstudio.core import Stack
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.canvas import Canvas
from kernelstudio.gui.work.jobs import LoadedPhoto, RenderJob
from kernelstudio.gui.work.worker import Worker

__all__ = ["RenderController"]

#: Edits arriving closer together than this become one render request.
_DEBOUNCE_MS = 30


class RenderController(QObject):
    """Keeps the canvas showing the document's stack on the open photo.

    The worker drops the results of stale renders, so whatever arrives here is shown.
    """

    #: The full-resolution result of the current stack is on screen.
    resultReady = Signal()
    #: The first (preview) pixels of a new render are on screen.
    previewShown = Signal()
    #: A render failed: title and message for the user.
    failed = Signal(str, str)

    def __init__(self, document: Document, worker: Worker, canvas: Canvas, parent=None):
        super().__init__(parent)
        self._document = document
        self._worker = worker
        self._canvas = canvas
        self.loaded: LoadedPhoto | None = None
        #: The pixels of the latest result on screen (None until there is one).
        self.result: np.ndarray | None = None
        self._result_stack: Stack | None = None  # the stack `result` was made with
        self._photo_replaced = False
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.render)
        document.stackChanged.connect(self._timer.start)
        worker.previewReady.connect(self._on_worker_preview_ready)
        worker.rendered.connect(self._on_worker_rendered)
        worker.failed.connect(self._on_worker_failed)

    def show_photo(self, loaded: LoadedPhoto) -> None:
        """A newly opened photo: show it, and render the stack on it."""
        self.loaded = loaded
        self.result = self._result_stack = None
        self._photo_replaced = True
        self._canvas.set_original(loaded.picture)
        self.render()

    @Slot()
    def render(self) -> None:
        """Render the stack now (edits wait for the debounce)."""
        self._timer.stop()
        if self.loaded is not None:
            self._worker.render(self._document.stack, self.loaded, self._canvas.visible_rect())

    def result_at(self, row: int, col: int) -> np.ndarray | None:
        """The result's value over photo pixel (row, col), if the result covers it."""
        if self.result is None or self.loaded is None:
            return None
        pixel = self._result_stack.result_pixel(row, col, self.loaded.photo.pixels.shape)
        return None if pixel is None else self.result[pixel]

    def pending(self) -> bool:
        """Whether an edit waits for the debounce before it is rendered."""
        return self._timer.isActive()

    def cancel(self) -> bool:
        """Forget an edit not yet sent; True if there was one."""
        pending = self.pending()
        self._timer.stop()
        return pending

    @Slot(object, object)
    def _on_worker_preview_ready(self, _job: RenderJob, picture) -> None:
        self._canvas.set_result(picture)
        self.previewShown.emit()

    @Slot(object, object, object)
    def _on_worker_rendered(self, job: RenderJob, pixels, picture) -> None:
        self.result, self._result_stack = pixels, job.stack
        self._canvas.set_result(picture)
        if self._photo_replaced:  # the old photo's pixels and pictures are all let go now
            self._photo_replaced = False
            self._worker.release_memory()
        self.resultReady.emit()

    @Slot(object, object)
    def _on_worker_failed(self, job, error) -> None:
        if isinstance(job, RenderJob):
            self.failed.emit(translate("RenderController", "Cannot apply the stack"), str(error))
