"""The kernel table: the selected step's weights as a grid that fits its values.

Columns are as wide as the widest value needs (never cut), and share the width the dock
gives when they fit; the grid is as tall as its rows up to `_SHOWN_ROWS` (then it
scrolls). Ctrl+wheel zooms the grid. A refused edit is shown at the cell, which keeps
its value. The anchor cell (the one over the pixel being made) wears a mark; Ctrl+click
or the context menu moves it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
)

from kernelstudio.gui.model.qt_models import KernelTableModel
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control, widest_cell

__all__ = ["KernelTable"]

#: Rows shown before the grid scrolls (a 9×9 kernel fits whole).
_SHOWN_ROWS = 9
_MIN_COLUMN = 34
_PADDING = 14
#: Ctrl+wheel steps through these text sizes, relative to the application's.
_ZOOMS = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5)


class _CellDelegate(QStyledItemDelegate):
    """Cell editor for numbers and fractions; the table marks a cell whose edit is refused."""

    def __init__(self, table: KernelTable):
        super().__init__(table)
        self._table = table

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setToolTip(translate("KernelTable",
                                    "A number such as 2, -0.5 or a fraction such as 1/16"))
        return editor

    def setModelData(self, editor, model, index) -> None:
        self._table.editing = (index.row(), index.column())
        try:
            model.setData(index, editor.text())
        finally:
            self._table.editing = None

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        cell = (index.row(), index.column())
        model = self._table.model()
        if cell == model.anchor_cell() and model.rowCount() * model.columnCount() > 1:
            # A corner mark, clear of the number: where the kernel sits over the pixel.
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(20, 20, 20), 1.5))
            painter.setBrush(QColor(255, 255, 255))
            size = max(7, option.rect.height() // 3)
            corner = option.rect.topLeft()
            painter.drawEllipse(corner.x() + 2, corner.y() + 2, size, size)
            painter.setBrush(QColor(20, 20, 20))
            painter.drawEllipse(corner.x() + 2 + size / 3, corner.y() + 2 + size / 3,
                                size / 3, size / 3)
            painter.restore()
        if cell == self._table.refused_cell():
            painter.save()
            painter.setPen(QPen(QColor(200, 30, 30), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class KernelTable(QTableView):
    """The grid of weights of the selected step."""

    #: An edit was refused: why, for the status bar (the cell shows it too).
    refused = Signal(str)
    #: Ctrl+click or the context menu chose the anchor: a (row, col) cell, or None for
    #: the centre.
    anchorChosen = Signal(object)

    def __init__(self, model: KernelTableModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._refused: tuple[tuple[int, int], str] | None = None
        #: The cell whose edit is being handed to the model, while it is.
        self.editing: tuple[int, int] | None = None
        self._note = describe_control(
            QLabel(self.viewport()), "kernelCellProblem",
            translate("KernelTable", "Problem: why the last edit of a cell was refused"))
        self._note.setWordWrap(True)
        self._note.setStyleSheet("QLabel { background: #fff3f3; color: #b0102a; "
                                 "border: 1px solid #b0102a; padding: 2px 4px; }")
        self._note.hide()
        self.setModel(model)
        self._column = _MIN_COLUMN
        self._zoom = _ZOOMS.index(1.0)
        self._base_size = self.font().pointSizeF()
        self.setItemDelegate(_CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(16)
        model.modelReset.connect(self._on_model_changed)
        model.dataChanged.connect(self._on_model_changed)
        model.editRejected.connect(self._on_model_edit_rejected)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.fit()

    # the anchor ------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.anchorChosen.emit((index.row(), index.column()))
            event.accept()
            return
        super().mousePressEvent(event)

    @Slot(object)
    def _on_context_menu_requested(self, position) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        cell = (index.row(), index.column())
        menu = QMenu(self)
        here = menu.addAction(translate("KernelTable", "Anchor here (row {row}, column {col})")
                              .format(row=cell[0] + 1, col=cell[1] + 1),
                              lambda: self.anchorChosen.emit(cell))
        here.setEnabled(cell != self._model.anchor_cell())
        menu.addAction(translate("KernelTable", "Anchor at the centre"),
                       lambda: self.anchorChosen.emit(None))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(position))
        self.anchor_menu = menu

    # refused edits ----------------------------------------------------------------------
    def refuse(self, cell: tuple[int, int], message: str) -> None:
        """Mark `cell` (row, col) as holding a refused edit (its value stays), and say why
        right under it."""
        self._refused = (cell, message)
        self.refused.emit(message)
        rect = self.visualRect(self._model.index(*cell))
        width = min(max(220, rect.width()), self.viewport().width())
        self._note.setText(message)
        self._note.setFixedWidth(width)
        self._note.adjustSize()
        left = min(rect.left(), self.viewport().width() - width)
        top = rect.bottom() + 2
        if top + self._note.height() > self.viewport().height():
            top = max(0, rect.top() - self._note.height() - 2)
        self._note.move(max(0, left), top)
        self._note.show()
        self._note.raise_()
        self.viewport().update()

    def refused_cell(self) -> tuple[int, int] | None:
        """The (row, col) of the cell whose last edit was refused; None after a good one."""
        return self._refused[0] if self._refused is not None else None

    def refused_message(self) -> str:
        """Why the last edit was refused ('' once a later edit went in)."""
        return self._refused[1] if self._refused is not None else ""

    @Slot(str)
    def _on_model_edit_rejected(self, message: str) -> None:
        current = self.currentIndex()
        cell = self.editing or ((current.row(), current.column()) if current.isValid() else None)
        if cell is None:
            self.refused.emit(message)
        else:
            self.refuse(cell, message)

    @Slot()
    def _on_model_changed(self) -> None:
        """The kernel changed (an edit went in, or another step): no refusal stands."""
        self._forget_refusal()
        self.fit()

    def _forget_refusal(self) -> None:
        self._refused = None
        self._note.hide()
        self.viewport().update()

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if self._refused is not None and (current.row(), current.column()) != self._refused[0]:
            self._forget_refusal()

    # size -------------------------------------------------------------------------------
    @Slot()
    def fit(self) -> None:
        """Columns as wide as their widest value, rows as tall as the text, the grid's
        height fitted to its rows (up to `_SHOWN_ROWS`)."""
        rows, cols = self._model.rowCount(), self._model.columnCount()
        # Cells follow the text's size, so zooming out shows more of a large kernel.
        self._column = max(round(_MIN_COLUMN * _ZOOMS[self._zoom]), widest_cell(self) + _PADDING)
        row_height = self.fontMetrics().height() + 10
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader().sizeHint().height()
        shown = min(max(rows, 3), _SHOWN_ROWS)
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(header + shown * row_height + 2 * self.frameWidth()
                            + (scroll if self._needs_scroll(cols) else 0))
        self._spread()

    def _needs_scroll(self, cols: int) -> bool:
        return cols * self._column > self.viewport().width()

    def _spread(self) -> None:
        """Share the viewport's width among the columns when they fit in it."""
        cols = self._model.columnCount()
        if not cols:
            return
        width = max(self._column, self.viewport().width() // cols)
        self.horizontalHeader().setDefaultSectionSize(width)
        for col in range(cols):
            self.horizontalHeader().resizeSection(col, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def cells_visible(self) -> bool:
        """Whether every cell lies wholly inside the viewport (nothing to scroll to)."""
        area = self.viewport().rect()
        rows, cols = self._model.rowCount(), self._model.columnCount()
        return all(area.contains(self.visualRect(self._model.index(r, c)))
                   for r in range(rows) for c in range(cols))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1 if event.angleDelta().y() > 0 else -1
            self.zoom(step)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, step: int) -> None:
        """Make the grid's text larger (step > 0) or smaller, within a few sizes."""
        self._zoom = min(max(self._zoom + step, 0), len(_ZOOMS) - 1)
        font = self.font()
        font.setPointSizeF(self._base_size * _ZOOMS[self._zoom])
        self.setFont(font)
        self.fit()
