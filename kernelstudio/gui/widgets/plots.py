"""Two small plots for the insight dock, painted directly with QPainter.

A pyqtgraph plot repaints through many Python calls, and while the worker filters a large
photo each of them waits for the GIL: a dock of them stalled the UI thread for 70 ms. These
paint in a handful of calls.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kernelstudio.gui.translation import translate

from . import numbers
from .colors import SOFT_NEGATIVE, SOFT_POSITIVE, to_qimage

__all__ = ["ACROSS", "DOWN", "CutPlot", "ResponseImage", "magnitude_colors"]

_MARGIN_LEFT, _MARGIN_BOTTOM, _MARGIN = 34, 30, 6
_AXIS = QColor(110, 110, 110)
#: Dark blue to teal to yellow, for magnitudes from 0 to the largest.
_STOPS = np.array([[30, 20, 60], [33, 145, 140], [253, 231, 37]], np.float64)
ACROSS = QColor(*SOFT_POSITIVE)
DOWN = QColor(*SOFT_NEGATIVE)


def magnitude_colors(values: np.ndarray) -> np.ndarray:
    """RGB uint8 for magnitudes: 0 dark blue, half the largest teal, the largest yellow."""
    peak = float(values.max(initial=0.0))
    level = values / peak * 2 if peak > 0 else np.zeros_like(values)
    lower = np.clip(level, 0, 1)[..., None]
    upper = np.clip(level - 1, 0, 1)[..., None]
    rgb = _STOPS[0] + lower * (_STOPS[1] - _STOPS[0]) + upper * (_STOPS[2] - _STOPS[1])
    return np.rint(rgb).astype(np.uint8)


class _Plot(QWidget):
    def __init__(self, height: int, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._height = height

    def sizeHint(self) -> QSize:
        return QSize(160, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self._height)

    def _frame(self, square: bool) -> QRectF:
        width = self.width() - _MARGIN_LEFT - _MARGIN
        height = self.height() - _MARGIN_BOTTOM - _MARGIN
        if square:
            width = height = min(width, height)
        return QRectF(_MARGIN_LEFT, _MARGIN, width, height)

    def _x_labels(self, painter: QPainter, frame: QRectF, title: str) -> None:
        painter.setPen(_AXIS)
        for fraction, text in ((0.0, "-½"), (0.5, "0"), (1.0, "½")):
            x = frame.left() + fraction * frame.width()
            painter.drawText(QRectF(x - 20, frame.bottom() + 1, 40, 14),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.drawText(QRectF(frame.left(), frame.bottom() + 14, frame.width(), 14),
                         Qt.AlignmentFlag.AlignCenter, title)


#: Width of the colour legend beside the response, and the gap before it.
_LEGEND, _LEGEND_GAP = 10, 6
#: The legend's colours, from no gain at the bottom to the largest at the top.
_LEGEND_IMAGE = to_qimage(magnitude_colors(np.linspace(1.0, 0.0, 64)[:, None]))


class ResponseImage(_Plot):
    """The centred frequency response as a picture, frequencies -½ to ½ on both axes, with
    a colour legend from gain 0 to the largest gain beside it."""

    def __init__(self, height: int, parent=None):
        super().__init__(height, parent)
        self._image = None
        self.peak = 0.0

    def set_response(self, response: np.ndarray | None) -> None:
        self._image = None if response is None else to_qimage(magnitude_colors(response))
        self.peak = 0.0 if response is None else float(response.max(initial=0.0))
        self.update()

    def _frame(self, square: bool) -> QRectF:
        frame = super()._frame(square)
        room = self.width() - _MARGIN - frame.right()
        label = self.fontMetrics().horizontalAdvance(numbers.short(self.peak)) + 4
        needed = _LEGEND_GAP + _LEGEND + label
        if room < needed:  # make room for the legend and its labels
            side = max(10.0, frame.width() - (needed - room))
            frame = QRectF(frame.left(), frame.top(), side, side)
        return frame

    def paintEvent(self, event) -> None:
        if self._image is None:
            return
        painter = QPainter(self)
        frame = self._frame(square=True)
        painter.drawImage(frame, self._image)
        painter.setPen(_AXIS)
        painter.drawRect(frame)
        self._x_labels(painter, frame, translate("Plots", "across"))
        for fraction, text in ((0.0, "-½"), (0.5, "0"), (1.0, "½")):
            y = frame.top() + fraction * frame.height()
            painter.drawText(QRectF(0, y - 7, _MARGIN_LEFT - 4, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        legend = QRectF(frame.right() + _LEGEND_GAP, frame.top(), _LEGEND, frame.height())
        painter.drawImage(legend, _LEGEND_IMAGE)
        painter.drawRect(legend)
        for y, text in ((frame.top(), numbers.short(self.peak)), (frame.bottom(), "0")):
            painter.drawText(QRectF(legend.right() + 3, y - 7, _MARGIN_LEFT, 14),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class CutPlot(_Plot):
    """Gain against frequency through the middle of the response: across and down."""

    def __init__(self, height: int, parent=None):
        super().__init__(height, parent)
        self.frequencies = np.zeros(0)
        self.across = np.zeros(0)
        self.down = np.zeros(0)

    def set_cuts(self, frequencies: np.ndarray, across: np.ndarray, down: np.ndarray) -> None:
        self.frequencies, self.across, self.down = frequencies, across, down
        self.update()

    def paintEvent(self, event) -> None:
        if not self.frequencies.size:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame(square=False)
        top = max(float(self.across.max()), float(self.down.max()), 1.0) * 1.05
        painter.setPen(_AXIS)
        painter.drawRect(frame)
        self._x_labels(painter, frame, translate("Plots", "cycles per pixel"))
        for value in (0.0, 1.0, top / 1.05):
            y = frame.bottom() - value / top * frame.height()
            painter.drawText(QRectF(0, y - 7, _MARGIN_LEFT - 4, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             numbers.short(value))
        unity = frame.bottom() - frame.height() / top  # gain 1: brightness kept
        painter.setPen(QPen(_AXIS, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(frame.left(), unity), QPointF(frame.right(), unity))
        low, high = float(self.frequencies[0]), 0.5
        xs = frame.left() + (self.frequencies - low) / (high - low) * frame.width()
        for values, colour, style in ((self.across, ACROSS, Qt.PenStyle.SolidLine),
                                      (self.down, DOWN, Qt.PenStyle.DashLine)):
            ys = frame.bottom() - values / top * frame.height()
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in zip(xs, ys, strict=True)]))
            painter.setPen(QPen(colour, 2, style))
            painter.drawPath(path)
        painter.end()
