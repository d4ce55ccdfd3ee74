"""The pixel inspector: how the selected step makes one pixel, drawn the way tutorials do.

Hovering the canvas follows the cursor; a click pins the pixel (a second click on it, or
the Follow button, lets go). The numbers come from the worker thread, which holds the
step's input: `kernelstudio.core.explain_step` on it. This dock only lays them out.

Of a kernel per channel, the grids are the chosen channel's; across channels, the
products are the chosen output channel's summed over every input channel (as the core
gives them), beside the neighbourhood of one input and that input's grid. The stages
below are the whole sum, every channel.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.gui.model.document import Document
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.canvas import Canvas
from kernelstudio.gui.widgets.colors import diverging_color
from kernelstudio.gui.widgets.controls import LazyDock, describe_control, scrolling, widest_cell
from kernelstudio.gui.work.jobs import Inspection, InspectJob
from kernelstudio.gui.work.worker import Worker

__all__ = ["ArrayModel", "PixelInspector", "stage_lines"]

_ROOT = QModelIndex()
#: Hover requests closer together than this are merged into one.
_HOVER_MS = 15
_CELL_WIDTH, _CELL_HEIGHT = 36, 18
#: Larger kernels scroll inside their grid.
_SHOWN_CELLS = 5


def _fit(table: QTableView, rows: int, cols: int) -> None:
    """Size a grid to its cells, each as wide as the widest value it shows, up to
    `_SHOWN_CELLS` a side (it scrolls beyond, and makes room for its scroll bars)."""
    width = max(_CELL_WIDTH, widest_cell(table) + 10)
    table.horizontalHeader().setDefaultSectionSize(width)
    frame = 2 * table.frameWidth()
    scroll = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
    table.setFixedSize(
        min(cols, _SHOWN_CELLS) * width + frame + (scroll if rows > _SHOWN_CELLS else 0),
        min(rows, _SHOWN_CELLS) * _CELL_HEIGHT + frame + (scroll if cols > _SHOWN_CELLS else 0))


class ArrayModel(QAbstractTableModel):
    """A read-only grid of numbers, tinted red above zero and blue below (or not at all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values = np.zeros((0, 0))
        self._integer = False
        self._weights = False
        self._tint = True
        self._limit = 0.0

    def set_values(self, values: np.ndarray, *, integer: bool = False, tint: bool = True,
                   weights: bool = False) -> None:
        """Show `values`: kernel `weights` are written as the kernel table writes them."""
        self.beginResetModel()
        self._values = np.asarray(values, dtype=np.float64)
        self._integer = integer
        self._weights = weights
        self._tint = tint
        self._limit = float(np.abs(self._values).max(initial=0.0))
        self.endResetModel()

    def values(self) -> np.ndarray:
        return self._values

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._values.shape[0]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._values.shape[1]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = float(self._values[index.row(), index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return numbers.weight(value) if self._weights else numbers.value(value, self._integer)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and self._tint and value:
            return diverging_color(value, self._limit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return repr(value)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None


def stage_lines(inspection: Inspection) -> list[tuple[str, np.ndarray]]:
    """From the sum of products to the step's output: (label, values per channel) a line.

    The stages are the core's (`StepExplanation.stages`); this only names them.
    """
    step, explanation = inspection.step, inspection.explanation
    inputs = ", ".join(inspection.channels)
    labels = {
        "sum": (translate("PixelInspector", "Sum of products, over {inputs} inputs")
                .format(inputs=inputs) if step.kind == "cross-channel"
                else translate("PixelInspector", "Sum of products")),
        "divide": translate("PixelInspector", "÷ {divisor}").format(
            divisor=_each(step.divisors)),
        "alpha": translate("PixelInspector",
                           "÷ the kernel's share over visible pixels (alpha weighting)"),
        "absolute": translate("PixelInspector", "Absolute value"),
        "offset": translate("PixelInspector", "+ offset {offset}").format(
            offset=_each(step.offsets)),
        "opacity": translate("PixelInspector", "Mixed {percent} with the input").format(
            percent=numbers.percent(step.opacity)),
        "encode": translate("PixelInspector", "Encoded from linear light to sRGB"),
        "round": (translate("PixelInspector", "Rounded and clipped") if explanation.integer
                  else translate("PixelInspector", "Clipped to 0…1")),
    }
    return [(labels[key], values) for key, values in explanation.stages]


def _each(values: tuple[float, ...]) -> str:
    """One number, or one per channel where they differ (``4 / 2 / 1``)."""
    texts = list(dict.fromkeys(numbers.general(value) for value in values))
    return texts[0] if len(texts) == 1 else " / ".join(numbers.general(v) for v in values)


class PixelInspector(LazyDock):
    """Neighbourhood × weights = products, the sum and the final value, per channel."""

    #: Emitted when a new inspection is on show (tests wait for it).
    inspected = Signal()

    def __init__(self, document: Document, worker: Worker, canvas: Canvas, parent=None):
        super().__init__(translate("PixelInspector", "Pixel inspector"), parent)
        self.setObjectName("pixelInspector")
        self.setAccessibleName(self.windowTitle())
        self.setToolTip(translate("PixelInspector", "How the selected step makes the pixel under "
                                  "the cursor; click to pin"))
        self._document = document
        self._worker = worker
        self._canvas = canvas
        self._pixel: tuple[int, int] | None = None  # (row, col)
        self.pinned = False
        self.inspection: Inspection | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)  # room for a 5×5 grid in a short dock
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = describe_control(QLabel(), "inspectorTitle",
                                      translate("PixelInspector", "The pixel and step shown"))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.channel = describe_control(
            QComboBox(), "inspectorChannel",
            translate("PixelInspector", "Channel: whose neighbourhood and products to show"))
        self.channel.activated.connect(self._on_channel_activated)
        top.addWidget(self.channel)
        self.source = describe_control(
            QComboBox(), "inspectorInput",
            translate("PixelInspector", "Input channel: whose neighbourhood and grid to show (a "
                      "kernel across channels sums the products of every input)"))
        self.source.activated.connect(self._on_channel_activated)
        top.addWidget(self.source)
        self._slice_seen: tuple[int, ...] = ()
        self.follow = describe_control(
            QPushButton(translate("PixelInspector", "Follow cursor")), "inspectorFollow",
            translate("PixelInspector", "Follow cursor: let go of the pinned pixel"))
        self.follow.clicked.connect(self.unpin)
        top.addWidget(self.follow)
        layout.addLayout(top)

        grids = QGridLayout()
        self.models = {}
        self.tables = {}
        self.grid_titles = {}
        self.signs = []
        for column, (key, title, tip) in enumerate((
            ("window", translate("PixelInspector", "Neighbourhood"),
             translate("PixelInspector", "Neighbourhood: the input pixels the kernel covers, "
                       "with the border rule applied beyond the edge")),
            ("weights", translate("PixelInspector", "Kernel"),
             translate("PixelInspector", "Kernel: the weights laid over the neighbourhood")),
            ("products", translate("PixelInspector", "Products"),
             translate("PixelInspector", "Products: each pixel times its weight")),
        )):
            model = ArrayModel(self)
            table = describe_control(QTableView(), f"inspector-{key}", tip)
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            for header in (table.horizontalHeader(), table.verticalHeader()):
                header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
                header.hide()
            table.verticalHeader().setDefaultSectionSize(_CELL_HEIGHT)
            table.horizontalHeader().setDefaultSectionSize(_CELL_WIDTH)
            _fit(table, 3, 3)
            self.grid_titles[key] = QLabel(f"<b>{title}</b>")
            self.grid_titles[key].setWordWrap(True)
            grids.addWidget(self.grid_titles[key], 0, 2 * column)
            grids.addWidget(table, 1, 2 * column)
            if column < 2:
                sign = QLabel("×" if column == 0 else "=")
                sign.setStyleSheet("font-size: 18pt;")
                grids.addWidget(sign, 1, 2 * column + 1)
                self.signs.append(sign)
            self.models[key], self.tables[key] = model, table
        grids.setRowStretch(2, 1)
        row = QHBoxLayout()
        # Only shown with a pixel explained: empty grids would say nothing.
        self.grids = QWidget()
        self.grids.setLayout(grids)
        grids.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.grids)
        row.addSpacing(16)
        self.summary = describe_control(
            QLabel(), "inspectorSummary",
            translate("PixelInspector", "From the sum of products to the output, per channel"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.summary, 1)
        layout.addLayout(row, 1)
        self.setWidget(scrolling(body))

        self._timer = QTimer(self, singleShot=True, interval=_HOVER_MS)
        self._timer.timeout.connect(self.request)
        canvas.pixelHovered.connect(self._on_canvas_pixel_hovered)
        canvas.pixelClicked.connect(self._on_canvas_pixel_clicked)
        worker.inspected.connect(self._on_worker_inspected)
        worker.failed.connect(self._on_worker_failed)
        document.currentStepChanged.connect(self._on_document_current_step_changed)
        document.photoChanged.connect(self._on_document_photo_changed)
        self._show_hint()

    # requests ---------------------------------------------------------------------------
    def inspect(self, row: int, col: int) -> None:
        """Show photo pixel (row, col) now, as a hover does."""
        self._pixel = (row, col)
        self.request()

    def refresh(self) -> None:
        self.request()

    @Slot()
    def request(self) -> None:
        """Ask the worker about the current pixel and the selected step."""
        document = self._document
        if self._pixel is None or document.photo is None or document.current_step is None:
            self._show_hint()
            return
        row, col = self._pixel
        self._worker.inspect(document.stack, document.photo, document.selection, row, col)

    def unpin(self) -> None:
        self.pinned = False
        self.follow.setEnabled(False)
        self._show_title()

    @Slot(int, int)
    def _on_canvas_pixel_hovered(self, row: int, col: int) -> None:
        if self.pinned or row < 0 or not self.seen():
            return
        self._pixel = (row, col)
        self._timer.start()

    @Slot(int, int)
    def _on_canvas_pixel_clicked(self, row: int, col: int) -> None:
        if self.pinned and self._pixel == (row, col):
            self.unpin()
            return
        self.pinned = True
        self.follow.setEnabled(True)
        self.inspect(row, col)

    @Slot()
    def _on_document_current_step_changed(self) -> None:
        if self._pixel is not None:
            self._timer.start()
        else:
            self._show_hint()

    @Slot()
    def _on_document_photo_changed(self) -> None:
        # A pixel of the old photo means nothing on the new one (it may not even be in it).
        self._pixel = None
        self.pinned = False
        self._show_hint()

    @Slot(int)
    def _on_channel_activated(self, _index: int) -> None:
        self._show_grids()

    # showing ----------------------------------------------------------------------------
    def _show_hint(self) -> None:
        self.inspection = None
        self._canvas.clear_marker()
        for model in self.models.values():
            model.set_values(np.zeros((0, 0)))
        self.grids.hide()
        self.channel.hide()
        self.source.hide()
        self.follow.setEnabled(self.pinned)
        if self._document.current_step is None:
            self.title.setText(translate("PixelInspector", "Select a step (or click a preset) to "
                                         "see how its kernel makes each pixel."))
        else:
            self.title.setText(translate("PixelInspector", "Hover over the photo to see how the "
                                         "selected step makes a pixel; click to pin it."))
        self.summary.setText("")

    @Slot(object, object)
    def _on_worker_inspected(self, _job: InspectJob, inspection: Inspection) -> None:
        self.inspection = inspection
        explanation = inspection.explanation
        if explanation is None:
            self._canvas.set_marker(inspection.row, inspection.col, None)
            for model in self.models.values():
                model.set_values(np.zeros((0, 0)))
            self.grids.hide()
            self._show_title()
            self.summary.setText(inspection.reason)
            self.inspected.emit()
            return
        kh, kw = inspection.step.size
        top, left = inspection.origin
        self._canvas.set_marker(inspection.row, inspection.col, QRectF(left, top, kw, kh))
        names = list(inspection.channels)
        current, source = self.channel.currentText(), self.source.currentIndex()
        self.channel.clear()
        self.channel.addItems(names)
        output = self.channel.findText(current)
        chosen = self._document.slice_index  # the kernel dock's slice, when it changes
        if chosen and chosen != self._slice_seen:
            output, source = chosen[0], chosen[-1]
        self._slice_seen = chosen
        self.channel.setCurrentIndex(max(0, output))
        self.channel.setEnabled(len(names) > 1)
        self.channel.show()
        self.source.clear()
        self.source.addItems([f"← {name}" for name in names])
        self.source.setCurrentIndex(min(max(0, source), len(names) - 1))
        self.source.setVisible(inspection.step.kind == "cross-channel")
        self.grids.show()
        self._show_title()
        self._show_grids()
        self._show_summary()
        self.inspected.emit()

    @Slot(object, object)
    def _on_worker_failed(self, job, error) -> None:
        if isinstance(job, InspectJob):  # a bug, logged by the worker: say so here
            self._show_hint()
            self.summary.setText(str(error))

    def _show_title(self) -> None:
        inspection = self.inspection
        if inspection is None:
            return
        state = translate("PixelInspector", "pinned; click it again or Follow cursor to let go") \
            if self.pinned else translate("PixelInspector", "click to pin")
        step, explanation = inspection.step, inspection.explanation  # None: dropped pixel
        weighted = explanation is not None and explanation.opacity is not None
        how = [translate("PixelInspector", "the last of {count} passes").format(
                   count=step.iterations) if step.iterations > 1 else "",
               translate("PixelInspector", "colour in linear light (the levels of light, not of "
                         "sRGB)") if step.linear else "",
               translate("PixelInspector", "colour weighted by alpha") if weighted else ""]
        how = translate("PixelInspector", "; ").join(part for part in how if part)
        self.title.setText(translate("PixelInspector", "<b>Row {row}, column {col}</b> through "
                                     "<b>{step}</b> ({state})").format(
                                         row=inspection.row, col=inspection.col,
                                         step=html.escape(step_title(step)), state=state)
                           + (f"<br>{how}" if how else ""))

    def _show_grids(self) -> None:
        explanation = self.inspection.explanation if self.inspection else None
        if explanation is None:
            return
        kind = self.inspection.step.kind
        output = max(0, self.channel.currentIndex())
        source = max(0, self.source.currentIndex()) if kind == "cross-channel" else output
        weights = explanation.weights
        if kind != "shared":
            weights = weights[output] if kind == "per-channel" else weights[output, source]
        self.models["window"].set_values(explanation.window[..., source],
                                         integer=explanation.integer, tint=False)
        self.models["weights"].set_values(weights, weights=True)
        self.models["products"].set_values(explanation.products[..., output])
        for table in self.tables.values():  # sized to the values they now show
            _fit(table, *weights.shape)
        names = self.inspection.channels
        titles = (translate("PixelInspector", "Neighbourhood"),
                  translate("PixelInspector", "Kernel"), translate("PixelInspector", "Products"))
        if kind == "cross-channel":
            titles = (
                translate("PixelInspector", "Neighbourhood of {input}").format(
                    input=names[source]),
                translate("PixelInspector", "Kernel {output} ← {input}").format(
                    output=names[output], input=names[source]),
                translate("PixelInspector", "Products into {output}, summed over {inputs} "
                          "inputs").format(output=names[output], inputs=", ".join(names)))
        elif kind == "per-channel":
            titles = (translate("PixelInspector", "Neighbourhood"),
                      translate("PixelInspector", "Kernel of {channel}").format(
                          channel=names[output]),
                      translate("PixelInspector", "Products"))
        for key, title in zip(self.grid_titles, titles, strict=True):
            self.grid_titles[key].setText(f"<b>{title}</b>")
        self.signs[1].setText("→" if kind == "cross-channel" else "=")

    def _show_summary(self) -> None:
        inspection = self.inspection
        integer = inspection.explanation.integer
        names = list(inspection.channels)
        head = "".join(f"<th align='right'>&nbsp;{name}&nbsp;</th>" for name in names)
        rows = []
        for label, values in stage_lines(inspection):
            cells = "".join(f"<td align='right'>&nbsp;{numbers.value(v, integer)}&nbsp;</td>"
                            for v in values)
            rows.append(f"<tr><td>{label}</td>{cells}</tr>")
        if inspection.after is not None:
            cells = "".join(f"<td align='right'>&nbsp;<b>{numbers.value(v, integer)}</b>"
                            "&nbsp;</td>" for v in np.atleast_1d(inspection.after))
            said = translate("PixelInspector", "Output of this step")
            rows.append(f"<tr><td><b>{said}</b></td>{cells}</tr>")
        else:
            said = translate("PixelInspector", "This step is disabled: the stack skips it.")
            rows.append(f"<tr><td colspan='9'><i>{said}</i></td></tr>")
        self.summary.setText(f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>")
