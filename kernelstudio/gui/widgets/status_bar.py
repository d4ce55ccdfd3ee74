"""The status bar: the pixel under the cursor, the photo's size, the zoom, and progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from kernelstudio.gui.translation import translate

from . import numbers
from .controls import describe_control

__all__ = ["StatusBar"]


class StatusBar(QStatusBar):
    """Permanent read-outs on the right; the progress bar shows the newest job still running.

    Each job's progress is its own: one job finishing does not hide another's.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pixel_label = describe_control(
            QLabel(), "pixelLabel",
            translate("StatusBar", "Pixel: the pixel under the cursor, before and after"))
        self.size_label = describe_control(
            QLabel(), "sizeLabel",
            translate("StatusBar", "Size: the photo's width × height in pixels"))
        self.zoom_label = describe_control(
            QLabel(), "zoomLabel", translate("StatusBar", "Zoom: screen pixels per photo pixel"))
        self.progress = describe_control(
            QProgressBar(), "progress",
            translate("StatusBar", "Progress: work running; press Esc to cancel"))
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        for widget in (self.pixel_label, self.size_label, self.zoom_label, self.progress):
            self.addPermanentWidget(widget)
        self._running: dict[object, tuple[str, float]] = {}  # job: (title, fraction)

    def show_pixel(self, row: int, col: int, before, after=None) -> None:
        """The values of photo pixel (row, col) before and (if known) after the stack."""
        text = translate("StatusBar", "x {x}, y {y}   before {before}").format(
            x=col, y=row, before=numbers.pixel_values(before))
        if after is not None:
            text += translate("StatusBar", "   after {after}").format(
                after=numbers.pixel_values(after))
        self.pixel_label.setText(text)

    def clear_pixel(self) -> None:
        self.pixel_label.setText("")

    def show_size(self, height: int, width: int) -> None:
        self.size_label.setText(f"{width}×{height}")

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(numbers.zoom(zoom))

    # progress -------------------------------------------------------------------------
    def show_progress(self, job, fraction: float) -> None:
        self._running[job] = (QCoreApplication.translate("Jobs", job.title), fraction)
        self._show_newest()

    def end_progress(self, job) -> None:
        if self._running.pop(job, None) is not None:
            self._show_newest()

    def clear_progress(self) -> None:
        """Forget every job's progress (they were all cancelled)."""
        self._running.clear()
        self.progress.hide()

    def progress_shown(self) -> bool:
        return self.progress.isVisible()

    def _show_newest(self) -> None:
        if not self._running:
            self.progress.hide()
            return
        title, fraction = list(self._running.values())[-1]
        # %p is the progress bar's own field (the percentage), filled in by Qt.
        self.progress.setFormat(translate("StatusBar", "{title} %p%  (Esc cancels)").format(
            title=title))
        self.progress.setValue(round(fraction * 100))
        self.progress.show()
