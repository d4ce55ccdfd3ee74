"""The stack dock: the steps in order, each enabled or not, with add, remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.model.document import NEW_STEP, Document
from kernelstudio.gui.model.qt_models import StackListModel
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control

__all__ = ["StackDock"]


class _StepList(QListView):
    """The steps; while there are none, it says how to start."""

    EMPTY = QT_TRANSLATE_NOOP("StackDock", "No steps yet. Click a preset on the right to "
                              "start, or Add an identity step.")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(6, 4, -6, -4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, translate("StackDock", self.EMPTY))
            painter.end()


class StackDock(QDockWidget):
    """Lists the steps; selecting one loads it into the kernel dock."""

    def __init__(self, document: Document, parent=None):
        super().__init__(translate("StackDock", "Stack"), parent)
        self.setObjectName("stackDock")
        self.setAccessibleName(self.windowTitle())
        self.setToolTip(translate("StackDock", "The steps, applied from top to bottom"))
        self._document = document
        body = QWidget()
        layout = QVBoxLayout(body)
        self.model = StackListModel(document, self)
        self.list = describe_control(
            _StepList(), "stackList",
            translate("StackDock",
                      "Steps: tick to enable, drag to reorder, double-click to rename"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(self.model.supportedDropActions())
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        layout.addWidget(self.list)
        buttons = QGridLayout()  # two by two, so the panel can stay narrow
        self.add = self._button(
            "stackAdd", translate("StackDock", "Add"),
            translate("StackDock", "Add: a new identity step after the selected one"))
        self.remove = self._button(
            "stackRemove", translate("StackDock", "Remove"),
            translate("StackDock", "Remove: delete the selected step"))
        self.up = self._button(
            "stackUp", translate("StackDock", "Up"),
            translate("StackDock", "Move up: apply the selected step earlier"))
        self.down = self._button(
            "stackDown", translate("StackDock", "Down"),
            translate("StackDock", "Move down: apply the selected step later"))
        for index, button in enumerate((self.add, self.remove, self.up, self.down)):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        document.currentStepChanged.connect(self._on_document_current_step_changed)
        self.model.modelReset.connect(self._on_document_current_step_changed)
        self._on_document_current_step_changed()

    def offer(self, *actions) -> None:
        """Put `actions` (the window's, such as Copy Step as Code) in the steps' context menu."""
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions(list(actions))

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        return describe_control(QPushButton(text), name, tip)

    @Slot()
    def _on_add_clicked(self) -> None:
        self._document.add_step(NEW_STEP, translate("StackDock", "Add step"))

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self._document.selection >= 0:
            self._document.remove_step(self._document.selection)

    def _move(self, delta: int) -> None:
        index = self._document.selection
        if index >= 0:
            self._document.move_step(index, index + delta)

    @Slot(object, object)
    def _on_list_current_changed(self, current, _previous) -> None:
        self._document.select(current.row() if current.isValid() else -1)

    @Slot()
    def _on_document_current_step_changed(self) -> None:
        selection = self._document.selection
        count = len(self._document.stack.steps)
        with QSignalBlocker(self.list.selectionModel()):
            if selection >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(selection),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.list.selectionModel().clearSelection()
        self.remove.setEnabled(selection >= 0)
        self.up.setEnabled(selection > 0)
        self.down.setEnabled(0 <= selection < count - 1)
