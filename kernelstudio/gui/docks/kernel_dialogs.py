"""Dialogs of the kernel dock: the kernel as text, and a size of any rows × columns."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
)

from kernelstudio.core import (
    MAX_KERNEL_SIZE,
    KernelFile,
    KernelStudioError,
    KernelTextError,
    kernel_to_magick,
    kernel_to_text,
    read_kernel_text,
)
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control

__all__ = ["KernelTextDialog", "SizeDialog"]


class KernelTextDialog(QDialog):
    """Edit a kernel of any size as the command line's kernel text, one row a line.

    OK keeps the dialog open while the text is not a kernel, and says why under it;
    `kernel_file` holds what the text gives (the weights, and ImageMagick's origin) once
    accepted. A kernel with an `anchor` is shown as ImageMagick's ``WxH+X+Y:`` string.
    """

    def __init__(self, kernel: np.ndarray | None, parent=None,
                 anchor: tuple[int, int] | None = None):
        super().__init__(parent)
        self.setObjectName("kernelTextDialog")
        self.setWindowTitle(translate("KernelTextDialog", "Edit kernel as text"))
        self.kernel_file: KernelFile | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "KernelTextDialog", "One row per line (or rows separated by ;), values separated by "
            "spaces or commas; fractions such as 1/16 are fine. ImageMagick's 3x3: … (+X+Y: the "
            "anchor's column and row) and G'MIC's (…;…) too. A kernel per channel is a grid per "
            "channel with | between them; across channels, || between output channels, each a "
            "grid per input."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = describe_control(
            QPlainTextEdit(), "kernelText",
            translate("KernelTextDialog", "Kernel text: the weights, one row a line"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one row, one line
        if kernel is None:
            shown = ""
        elif anchor is None:
            shown = kernel_to_text(kernel, multiline=True)
        else:
            shown = kernel_to_magick(kernel, anchor, multiline=True)
        self.editor.setPlainText(shown)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        longest = max((len(line) for line in self.editor.toPlainText().splitlines()), default=0)
        width = self.editor.fontMetrics().horizontalAdvance("0") * (longest + 4)
        self.editor.setMinimumSize(min(1100, max(480, width)), 240)
        layout.addWidget(self.editor, 1)
        self.error = describe_control(
            QLabel(), "kernelTextError",
            translate("KernelTextDialog", "Problem: what is wrong with the text"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b0102a;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        try:
            self.kernel_file = read_kernel_text(self.editor.toPlainText())
        except KernelStudioError as exc:
            self.error.setText(str(exc))
            self.error.show()
            if isinstance(exc, KernelTextError) and exc.row is not None:
                self._mark_row(exc.row)
            return
        self.accept()

    def _on_editor_text_changed(self) -> None:
        """The text changed since the problem was found: it may be gone."""
        self.error.hide()
        self.editor.setExtraSelections([])

    def _mark_row(self, row: int) -> None:
        """Highlight kernel row `row` (1-based), where the problem is, and put the cursor
        there."""
        block = self._text_row(row)
        if not block.isValid():
            return
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor(255, 220, 220))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.cursor = QTextCursor(block)
        self.editor.setExtraSelections([mark])
        self.editor.setTextCursor(QTextCursor(block))

    def _text_row(self, row: int):
        """The line holding kernel row `row` (1-based), blank lines skipped as the parser
        skips them (rows split by ';' on one line are not told apart)."""
        block, seen = self.editor.document().firstBlock(), 0
        while block.isValid():
            if block.text().strip():
                seen += 1
                if seen == row:
                    return block
            block = block.next()
        return block


class SizeDialog(QDialog):
    """Ask for a kernel size of any rows × columns the core takes."""

    def __init__(self, rows: int, cols: int, parent=None):
        super().__init__(parent)
        self.setObjectName("kernelSizeDialog")
        self.setWindowTitle(translate("SizeDialog", "Kernel size"))
        form = QFormLayout(self)
        self.rows = describe_control(QSpinBox(), "kernelRows",
                                     translate("SizeDialog", "Rows: the kernel's height"))
        self.cols = describe_control(QSpinBox(), "kernelColumns",
                                     translate("SizeDialog", "Columns: the kernel's width"))
        for spin, value, label in ((self.rows, rows, translate("SizeDialog", "Rows")),
                                   (self.cols, cols, translate("SizeDialog", "Columns"))):
            spin.setRange(1, MAX_KERNEL_SIZE)
            spin.setValue(value)
            spin.setAccessibleName(label)
            form.addRow(label, spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def size_chosen(self) -> tuple[int, int]:
        return self.rows.value(), self.cols.value()
