"""What the Learn from example dialog draws: a kernel of any kind as a heat map, and a
picture made by the worker.

A shared kernel is one grid; a kernel per channel or across channels has several, and the
heat map shows one of them at a time, chosen in a small list beside it ("R", or "R ← G":
what input channel G adds to output channel R), named as the kernel dock names them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSize, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kernelstudio.core import Photo, Step
from kernelstudio.gui.model.slices import slice_choices
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control
from kernelstudio.gui.work.pictures import Picture

from .insight_dock import HeatMap

__all__ = ["KernelSlices", "Pair", "PictureView"]

#: Weights below this share of the largest are shown as 0.
_NOISE = 1e-9
_FRAME = QColor(160, 160, 160)


@dataclass(frozen=True, eq=False)
class Pair:
    """A before and after to learn from, with the options chosen, as the dialog gives it.

    `steps` run on `photo` give before; the learned step belongs at `index` of the stack,
    where its input is that before; `after_name` names the after image's file.
    """

    photo: Photo
    steps: tuple[Step, ...]
    after: np.ndarray
    size: tuple[int, int]
    mode: str
    border: str
    offset: bool
    index: int
    after_name: str

    def job_fields(self) -> dict:
        """The fields of the worker's `PairJob`."""
        return {"photo": self.photo, "steps": self.steps, "after": self.after,
                "size": self.size, "mode": self.mode, "border": self.border,
                "offset": self.offset}


class KernelSlices(QWidget):
    """A heat map of a kernel of any kind, one grid at a time, with its title above."""

    def __init__(self, title: str, name: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(title)
        top.addWidget(self.title, 1)
        self.choice = describe_control(
            QComboBox(), f"{name}Slice",
            translate("KernelSlices", "Grid: which channel's kernel the heat map shows (across "
                      "channels: which input channel, into which output)"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.hide()
        top.addWidget(self.choice)
        layout.addLayout(top)
        self.heat_map = describe_control(
            HeatMap(), name,
            translate("InsightDock",
                      "Heat map: red weights add, blue weights subtract, white is zero"))
        self.heat_map.setSizePolicy(QSizePolicy.Policy.Expanding,
                                    QSizePolicy.Policy.Expanding)
        layout.addWidget(self.heat_map, 1)
        self._step: Step | None = None
        self._slices: list[tuple[int, ...]] = []
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)

    def set_step(self, step: Step | None, channels: int | None) -> None:
        """Show the kernel of `step` (of any kind, its slices named for an image of
        `channels` channels), keeping the grid chosen while the slices stay the same."""
        self._step = step
        choices = [] if step is None else slice_choices(step, channels)
        labels = [label for label, _ in choices]
        if labels != [self.choice.itemText(i) for i in range(self.choice.count())]:
            self.choice.blockSignals(True)
            self.choice.clear()
            self.choice.addItems(labels)
            self.choice.blockSignals(False)
        self._slices = [index for _, index in choices] or [()]
        self.choice.setVisible(len(choices) > 1)
        self._show()

    def grid(self) -> np.ndarray | None:
        """The 2-D grid on show."""
        if self._step is None:
            return None
        return self._step.kernel[self._slices[max(self.choice.currentIndex(), 0)]]

    def _show(self) -> None:
        grid = self.grid()
        if grid is not None:
            # A solve leaves weights of 1e-14 where the answer is 0: shown as the 0 they are.
            grid = np.where(np.abs(grid) < _NOISE * np.abs(grid).max(initial=0.0), 0.0, grid)
        self.heat_map.set_kernel(grid)

    @Slot(int)
    def _on_choice_current_index_changed(self, _index: int) -> None:
        self._show()


class PictureView(QWidget):
    """A picture from the worker, scaled to fit and centred, with its proportions kept."""

    def __init__(self, name: str, tip: str, parent=None):
        super().__init__(parent)
        describe_control(self, name, tip)
        self.picture: Picture | None = None
        self.setMinimumSize(160, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(320, 220)

    def set_picture(self, picture: Picture | None) -> None:
        self.picture = picture
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn."""
        image = self.picture.levels[0]
        scale = min(self.width() / image.width(), self.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event) -> None:
        if self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.picture_rect()
        painter.drawImage(rect, self.picture.levels[0])
        painter.setPen(_FRAME)  # a white picture (an exact fit's residual) still shows
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
