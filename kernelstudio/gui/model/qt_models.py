"""Qt models over the document: the selected step's weights, and the steps of the stack."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kernelstudio.core import KIND_NAMES, KernelStudioError, kernel_to_text, parse_weight
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.colors import SOFT_NEGATIVE, SOFT_POSITIVE

from .document import Document
from .slices import with_grid

__all__ = ["KernelTableModel", "StackListModel"]

_STEP_MIME = "application/x-kernelstudio-step-row"
_ROOT = QModelIndex()


class KernelTableModel(QAbstractTableModel):
    """The weights of the selected step, rows × columns, editable as numbers or fractions.

    Of a kernel per channel or across channels, the slice on show (`Document.slice_index`).
    An edit becomes an undoable change of the step (of the whole kernel, the other slices
    as they were); text that is not a number changes nothing and is reported through
    `editRejected`.
    """

    editRejected = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self._document = document
        self._shape = self._kernel_shape()
        document.currentStepChanged.connect(self._on_document_current_step_changed)

    def _kernel(self) -> np.ndarray | None:
        """The grid on show: the selected step's kernel, or the slice of it chosen."""
        step = self._document.current_step
        return None if step is None else step.kernel[self._document.slice_index]

    def _kernel_shape(self) -> tuple[int, int]:
        kernel = self._kernel()
        return (0, 0) if kernel is None else kernel.shape

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._shape[0]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._shape[1]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        kernel = self._kernel()
        if kernel is None or not index.isValid():
            return None
        value = float(kernel[index.row(), index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return kernel_to_text([[value]])  # exact, so that editing loses nothing
        if role == Qt.ItemDataRole.DisplayRole:
            return numbers.weight(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and value:
            # A light tint: red for positive weights, blue for negative, stronger when larger.
            peak = float(np.abs(kernel).max())
            colour = QColor(*(SOFT_POSITIVE if value > 0 else SOFT_NEGATIVE))
            colour.setAlpha(int(40 + 110 * abs(value) / peak))
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            exact = kernel_to_text([[value]])
            where = translate("KernelTableModel", "Row {row}, column {col}: {value}").format(
                row=index.row() + 1, col=index.column() + 1, value=exact)
            if (index.row(), index.column()) == self.anchor_cell():
                where += " (the anchor: this cell lies over the pixel being made)"
            return where
        return None

    def anchor_cell(self) -> tuple[int, int] | None:
        """The selected step's anchor cell (its centre unless set), or None without a step."""
        step = self._document.current_step
        return None if step is None else step.anchor_cell

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        kernel = self._kernel()
        if kernel is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            weight = parse_weight(value if isinstance(value, str) else repr(float(value)))
        except (KernelStudioError, TypeError, ValueError) as exc:
            self.editRejected.emit(str(exc))
            return False
        if weight == kernel[index.row(), index.column()]:
            return True
        changed = with_grid(self._document.current_step.kernel,
                            (*self._document.slice_index, index.row(), index.column()), weight)
        try:
            self._document.edit_current(translate("KernelTableModel", "Edit kernel cell"),
                                        kernel=changed)
        except KernelStudioError as exc:
            self.editRejected.emit(str(exc))
            return False
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def _on_document_current_step_changed(self) -> None:
        shape = self._kernel_shape()
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        elif shape != (0, 0):
            self.dataChanged.emit(self.index(0, 0), self.index(shape[0] - 1, shape[1] - 1))


class StackListModel(QAbstractListModel):
    """One row per step: its title, a check box for enabled, drag and drop to reorder."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self._document = document
        self._count = len(document.stack.steps)
        document.stackChanged.connect(self._on_document_stack_changed)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._document.stack.steps)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._document.stack.steps):
            return None
        step = self._document.stack.steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = step_title(step)
            return f"{title}  ({_size(step)})" if step.preset or step.name else title
        if role == Qt.ItemDataRole.EditRole:
            return step_title(step)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return _describe(step)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        step = self._document.stack.steps[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            enabled = Qt.CheckState(value) == Qt.CheckState.Checked
            if enabled != step.enabled:
                text = translate("StackListModel", "Enable {title}") if enabled else \
                    translate("StackListModel", "Disable {title}")
                self._document.replace_step(row, step.replace(enabled=enabled),
                                            text.format(title=step_title(step)))
            return True
        if role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if name and name != step_title(step):
                self._document.replace_step(row, step.replace(name=name), translate(
                    "StackListModel", "Rename {title}").format(title=step_title(step)))
            return True
        return False

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_STEP_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        mime.setData(_STEP_MIME, str(indexes[0].row()).encode())
        return mime

    def dropMimeData(self, mime: QMimeData, action, row: int, column: int, parent) -> bool:
        if action != Qt.DropAction.MoveAction or not mime.hasFormat(_STEP_MIME):
            return False
        source = int(bytes(mime.data(_STEP_MIME)).decode())
        count = len(self._document.stack.steps)
        target = row if row >= 0 else (parent.row() if parent.isValid() else count)
        # Dropping below the source shifts every later row up by one once it is taken out.
        self._document.move_step(source, target - 1 if target > source else target)
        return False  # the move is done; the view must not remove the source row itself

    def _on_document_stack_changed(self) -> None:
        count = len(self._document.stack.steps)
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))


def _size(step) -> str:
    """``"3×3"``, and for a kernel per channel or across channels which it is."""
    rows, cols = step.size
    kind = QCoreApplication.translate("kernels", KIND_NAMES[step.kind])
    return f"{rows}×{cols}" + ("" if step.kind == "shared" else f" {kind}")


def _describe(step) -> str:
    lines = [translate("StackListModel", "{title}: {size} kernel").format(
        title=step_title(step), size=_size(step))]
    if step.preset:  # as recipes and the command line write it, untranslated
        params = ", ".join(f"{key}={numbers.general(value) if isinstance(value, float) else value}"
                           for key, value in step.params.items())
        lines.append(translate("StackListModel", "preset {preset}").format(
            preset=f"{step.preset}({params})"))
    lines.append(translate("StackListModel", "border {border}, channels {channels}, opacity "
                           "{opacity}").format(border=step.border, channels=step.channels,
                                               opacity=numbers.percent(step.opacity)))
    if not step.enabled:
        lines.append(translate("StackListModel", "disabled: skipped when the stack runs"))
    return "\n".join(lines)
