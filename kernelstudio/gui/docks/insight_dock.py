"""The insight dock: the selected kernel as a heat map, its frequency response and its facts.

Of a kernel per channel or across channels, all of it is about the slice chosen beside the
kernel table, and says so.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.core import (
    KIND_NAMES,
    frequency_response,
    kernel_facts,
    response_frequencies,
)
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.slices import image_channels, slice_label, slice_names
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.colors import diverging, diverging_color, to_qimage
from kernelstudio.gui.widgets.controls import LazyDock, describe_control, scrolling
from kernelstudio.gui.widgets.plots import ACROSS, DOWN, CutPlot, ResponseImage

__all__ = ["HeatMap", "InsightDock"]

#: Weights are written in the cells while each cell is at least this many pixels wide.
_LABEL_CELL = 30
#: Height of the heat map and of the frequency response beside it.
_PICTURE_HEIGHT = 160


class HeatMap(QWidget):
    """A kernel drawn as coloured cells, red above zero and blue below, weights written in."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kernel: np.ndarray | None = None
        self._image = None
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(180, _PICTURE_HEIGHT)

    def kernel(self) -> np.ndarray | None:
        return self._kernel

    def set_kernel(self, kernel: np.ndarray | None) -> None:
        self._kernel = kernel
        self._image = None if kernel is None else to_qimage(diverging(kernel))
        self.update()

    def cell_color(self, row: int, col: int) -> QColor:
        """The colour of a cell, as drawn."""
        return diverging_color(self._kernel[row, col], float(np.abs(self._kernel).max()))

    def grid_rect(self) -> QRectF:
        """Where the cells are drawn: square cells, centred."""
        rows, cols = self._kernel.shape
        cell = min(self.width() / cols, self.height() / rows)
        width, height = cell * cols, cell * rows
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event) -> None:
        if self._kernel is None:
            return
        painter = QPainter(self)
        rect = self.grid_rect()
        painter.drawImage(rect, self._image)  # one image pixel per cell, scaled up sharply
        rows, cols = self._kernel.shape
        cell = rect.width() / cols
        if cell >= _LABEL_CELL:
            painter.setPen(QPen(QColor(255, 255, 255), 1))
            for i in range(1, rows):
                y = rect.top() + i * cell
                painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
            for j in range(1, cols):
                x = rect.left() + j * cell
                painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))
            font = painter.font()
            font.setPointSizeF(max(6.0, min(10.0, cell / 5)))
            painter.setFont(font)
            texts = {value: numbers.weight(value) for value in np.unique(self._kernel)}
            widest = max(painter.fontMetrics().horizontalAdvance(text) for text in texts.values())
            if widest > cell - 2:  # values that would run into each other are left out
                painter.end()
                return
            peak = float(np.abs(self._kernel).max())
            for (i, j), value in np.ndenumerate(self._kernel):
                strong = peak > 0 and abs(value) > 0.6 * peak
                painter.setPen(QColor(255, 255, 255) if strong else QColor(30, 30, 30))
                painter.drawText(QRectF(rect.left() + j * cell, rect.top() + i * cell, cell, cell),
                                 Qt.AlignmentFlag.AlignCenter, texts[value])
        painter.end()


class InsightDock(LazyDock):
    """Shows what the selected step's kernel does, updating as its cells change."""

    def __init__(self, document: Document, parent=None):
        super().__init__(translate("InsightDock", "Insight"), parent)
        self.setObjectName("insightDock")
        self.setAccessibleName(self.windowTitle())
        self.setToolTip(translate("InsightDock", "What the selected kernel does: its weights, "
                                  "frequencies and facts"))
        self._document = document
        self.response: np.ndarray | None = None
        body = QWidget()
        outer = QVBoxLayout(body)
        self.hint = QLabel(translate("InsightDock", "No step selected: click a preset (or "
                                     "select a step) to see what its kernel does, as a picture, "
                                     "as frequencies and in words."))
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.details = QWidget()  # all of it about the selected step, hidden without one
        outer.addWidget(self.details)
        outer.addStretch(1)
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slice_note = describe_control(
            QLabel(), "insightSlice",
            translate("InsightDock", "Slice: which grid of the kernel this is about"))
        self.slice_note.setWordWrap(True)
        layout.addWidget(self.slice_note)

        # One above the other: side by side, a narrow dock leaves each too small to read.
        pictures = QVBoxLayout()
        self.heat_map = describe_control(
            HeatMap(), "kernelHeatMap",
            translate("InsightDock",
                      "Heat map: red weights add, blue weights subtract, white is zero"))
        pictures.addWidget(self.heat_map, 1)
        self.response_plot = describe_control(
            ResponseImage(_PICTURE_HEIGHT), "frequencyResponse",
            translate("InsightDock", "Frequency response: how strongly each frequency passes; "
                      "the middle is flat areas, the rim the finest detail"))
        pictures.addWidget(self.response_plot, 1)
        layout.addLayout(pictures)
        self.legend = describe_control(
            QLabel(translate("InsightDock", "Top: the weights, red adding, blue subtracting, "
                             "white 0. Below: how much of each frequency passes, dark blue none "
                             "to yellow the most (the scale's top); flat areas in the middle, "
                             "the finest detail at the rim.")),
            "insightLegend",
            translate("InsightDock", "Legend: what the colours of the two pictures mean"))
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        self.cut_title = QLabel(translate(
            "InsightDock", "Through the middle: <span style='color: {across_colour}'>across"
            "</span>, <span style='color: {down_colour}'>down (dashed)</span>; dotted: gain 1")
            .format(across_colour=ACROSS.name(), down_colour=DOWN.name()))
        self.cut_title.setWordWrap(True)
        layout.addWidget(self.cut_title)
        self.cut_plot = describe_control(
            CutPlot(_PICTURE_HEIGHT - 20), "frequencyCut",
            translate("InsightDock", "Frequency response through the middle: gain at each "
                      "frequency, across (x) and down (y)"))
        layout.addWidget(self.cut_plot)

        facts = QFormLayout()
        self.fact_labels = {}
        for key, title, tip in (
            ("description", translate("InsightDock", "Does:"),
             translate("InsightDock", "What the kernel does, in plain words")),
            ("brightness", translate("InsightDock", "Sum:"),
             translate("InsightDock", "The sum of the weights (after the divisor): its effect "
                       "on brightness")),
            ("separable", translate("InsightDock", "Separable:"),
             translate("InsightDock", "Whether it is a column times a row (rank 1): then it "
                       "runs as two quick passes")),
            ("symmetry", translate("InsightDock", "Symmetry:"),
             translate("InsightDock", "The mirrors and turns that leave the kernel the same")),
            ("zero_sum", translate("InsightDock", "Zero-sum:"),
             translate("InsightDock", "A zero-sum kernel turns flat areas black: an edge "
                       "detector")),
        ):
            label = describe_control(QLabel(), f"fact-{key}", tip)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(title, label)
            self.fact_labels[key] = label
        layout.addLayout(facts)
        self.setWidget(scrolling(body))
        document.currentStepChanged.connect(self.refresh_when_visible)

    def refresh(self) -> None:
        """Show the selected step's kernel."""
        step = self._document.current_step
        self.hint.setVisible(step is None)
        self.details.setVisible(step is not None)
        if step is None:
            self.response = None
            self.heat_map.set_kernel(None)
            self.response_plot.set_response(None)
            self.cut_plot.set_cuts(np.zeros(0), np.zeros(0), np.zeros(0))
            for label in self.fact_labels.values():
                label.setText("—")
            return
        label = slice_label(step, self._document.slice_index,
                            image_channels(self._document.photo))
        kind = QCoreApplication.translate("kernels", KIND_NAMES[step.kind])
        note = translate("InsightDock", "<b>Slice {slice}</b> of a kernel {kind} (choose "
                         "another beside the kernel table), with the divisor of its output "
                         "channel:") if step.kind == "cross-channel" else \
            translate("InsightDock", "<b>Slice {slice}</b> of a kernel {kind} (choose another "
                      "beside the kernel table):")
        self.slice_note.setText(note.format(slice=label, kind=kind))
        self.slice_note.setVisible(bool(label))
        whole, step = step, self._document.current_part
        self.heat_map.set_kernel(step.kernel)
        self.response = frequency_response(step.kernel / step.effective_divisor)
        size = self.response.shape[0]
        frequencies = response_frequencies(size)
        self.response_plot.set_response(self.response)
        middle = size // 2
        self.cut_plot.set_cuts(frequencies, self.response[middle, :], self.response[:, middle])
        self._show_facts(whole, step)

    def _show_facts(self, whole, step) -> None:
        """The facts of `step`, the slice on show of the selected step `whole`."""
        facts = kernel_facts(step.kernel, divisor=step.effective_divisor)
        rows, cols = step.size
        names = slice_names(whole, image_channels(self._document.photo))
        texts = {
            "description": facts.description,
            "brightness": numbers.slice_sum_text(whole, self._document.slice_index, facts,
                                                 names),
            "separable": (translate("InsightDock", "yes, a {rows}×1 column times a 1×{cols} row")
                          .format(rows=rows, cols=cols) if facts.separable
                          else translate("InsightDock", "no (rank {rank})").format(
                              rank=facts.rank)),
            "symmetry": (translate("InsightDock", ", ").join(facts.symmetries)
                         if facts.symmetries else translate("InsightDock", "none")),
            "zero_sum": (translate("InsightDock", "yes: an edge detector") if facts.zero_sum
                         else translate("InsightDock", "no")),
        }
        for key, text in texts.items():
            self.fact_labels[key].setText(text)
