"""Copy as code: the selected step or the whole stack as a script, ready for the clipboard.

The core writes the script (`kernelstudio.core.code`); this dialog picks the library and
the scope, shows the script as it will be copied, and follows the stack while it is open.
Writing a script is text work, never a convolution, so it runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from kernelstudio.core import KernelStudioError
from kernelstudio.core.code import TARGETS, stack_to_code, step_to_code
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control

__all__ = ["CodeDialog"]

#: After an edit, how long the stack must stay as it is before the script is written again
#: (in ms): a slider being dragged would otherwise rewrite a large kernel's script each step.
_SETTLE_MS = 200


class CodeDialog(QDialog):
    """Shows the script for the chosen library and scope; Copy puts it on the clipboard."""

    def __init__(self, document: Document, scope: str = "step", parent=None):
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.setWindowTitle(translate("CodeDialog", "Copy as code"))
        self._document = document
        layout = QVBoxLayout(self)
        choices = QHBoxLayout()
        self.target = describe_control(
            QComboBox(), "codeTarget",
            translate("CodeDialog", "Library: what the script is written for"))
        for name, target in TARGETS.items():
            self.target.addItem(target.title, name)  # the libraries' own names
        label = QLabel(translate("CodeDialog", "&Library:"))
        label.setBuddy(self.target)
        choices.addWidget(label)
        choices.addWidget(self.target)
        choices.addSpacing(24)
        self.scopes = QButtonGroup(self)
        self.step_choice = describe_control(
            QRadioButton(translate("CodeDialog", "Selected &step")), "codeScopeStep",
            translate("CodeDialog", "Selected step: only the step chosen in the stack"))
        self.stack_choice = describe_control(
            QRadioButton(translate("CodeDialog", "Whole s&tack")), "codeScopeStack",
            translate("CodeDialog", "Whole stack: every enabled step, in order"))
        for button in (self.step_choice, self.stack_choice):
            self.scopes.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.how = describe_control(
            QLabel(), "codeHowToRun",
            translate("CodeDialog", "How to run it: the file to save it as, and what it needs"))
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        self.text = describe_control(
            QPlainTextEdit(), "codeText",
            translate("CodeDialog", "Code: the script, as Copy puts it on the clipboard"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # code keeps its lines
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = describe_control(
            QPushButton(translate("CodeDialog", "&Copy")), "codeCopy",
            translate("CodeDialog", "Copy: put the script on the clipboard"))
        self.copy.setDefault(True)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.said = describe_control(QLabel(), "codeCopied",
                                     translate("CodeDialog", "Copied: what Copy did"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.said, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        # Room for 100 columns of code where the screen has it, most of a small one else.
        room = (parent or self).screen().availableGeometry()
        width = self.text.fontMetrics().horizontalAdvance("0") * 100 + 64
        self.resize(min(width, room.width() * 9 // 10), min(760, room.height() * 85 // 100))
        self.copy.clicked.connect(self._on_copy_clicked)
        self.target.currentIndexChanged.connect(self.refresh)
        self.scopes.buttonClicked.connect(self.refresh)
        self._later = QTimer(self, singleShot=True, interval=_SETTLE_MS)
        self._later.timeout.connect(self.refresh)
        document.stackChanged.connect(self._later.start)
        document.currentStepChanged.connect(self._later.start)
        self.set_scope(scope)
        self.copy.setFocus()

    def set_scope(self, scope: str) -> None:
        """Show the selected step (``"step"``) or the whole stack (``"stack"``)."""
        (self.step_choice if scope == "step" else self.stack_choice).setChecked(True)
        self.refresh()

    def scope(self) -> str:
        return "step" if self.step_choice.isChecked() else "stack"

    def code(self) -> str:
        """The script shown: what Copy copies (empty when there is nothing to write)."""
        return self.text.toPlainText() if self.copy.isEnabled() else ""

    @Slot()
    def refresh(self) -> None:
        """Write the script again for the library, scope and stack as they are now."""
        self._later.stop()
        step = self._document.current_step
        self.step_choice.setEnabled(step is not None)
        if step is None and self.step_choice.isChecked():
            self.stack_choice.setChecked(True)
        name = self.target.currentData()
        target = TARGETS[name]
        self.how.setText(translate("CodeDialog", "Save it as {file} and run: {run}   (it needs: "
                                   "{needs})").format(file=target.file, run=target.run,
                                                      needs=target.needs))
        try:
            code = (step_to_code(step, name) if self.scope() == "step"
                    else stack_to_code(self._document.stack, name))
        except KernelStudioError as exc:  # a stack with no enabled step
            self.text.setPlainText(translate("CodeDialog", "No code to show: {error}.").format(
                error=exc))
            self.copy.setEnabled(False)
        else:
            self.text.setPlainText(code)
            self.copy.setEnabled(True)
        self.said.clear()

    @Slot()
    def _on_copy_clicked(self) -> None:
        code = self.code()
        QGuiApplication.clipboard().setText(code)
        lines = code.count("\n")
        self.said.setText(translate("CodeDialog", "Copied {count} lines of {library} code.")
                          .format(count=lines, library=self.target.currentText()))
