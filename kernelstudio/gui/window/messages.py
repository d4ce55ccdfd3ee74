"""The window's dialogs for errors and notes: one at a time, window-modal, never blocking."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from kernelstudio.core import error_summary
from kernelstudio.gui.appdata.errorlog import log_exception
from kernelstudio.gui.translation import translate

__all__ = ["Messages"]


class Messages(QObject):
    """Shows messages over `parent`; the one on screen is `dialog` (None when there is none)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.dialog: QMessageBox | None = None

    def show_error(self, title: str, message: str) -> None:
        """A window-modal error dialog that does not stop the event loop."""
        self.show_message(title, message, QMessageBox.Icon.Warning)

    def show_message(self, title: str, message: str, icon: QMessageBox.Icon) -> None:
        """A window-modal message that replaces the one on screen, if any."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self._parent)
        dialog.setObjectName("errorDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    def report_exception(self, kind, error, trace) -> None:
        """For sys.excepthook: log an unexpected error, show it, and keep running."""
        error = error if error is not None else kind()
        error.__traceback__ = trace
        log = log_exception(error, "in the window")
        self.show_error(translate("Messages", "Something went wrong"),
                        translate("Messages", "Unexpected error: {error}\n\nkernelstudio keeps "
                                  "running; the details are in {log}.").format(
                                      error=error_summary(error), log=log))
