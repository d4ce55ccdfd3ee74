"""Starting the window: the application object, its names, and the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from . import identity
from .window import MainWindow

__all__ = ["application", "main"]


def application() -> QApplication:
    """The running QApplication, created (with kernelstudio's names) if there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(identity.ORGANIZATION)
        app.setOrganizationDomain(identity.ORGANIZATION_DOMAIN)
        app.setApplicationName(identity.APPLICATION)
        app.setApplicationDisplayName(identity.DISPLAY_NAME)
        app.setDesktopFileName(identity.APP_ID)  # task bars match the window to the .desktop
        app.setWindowIcon(identity.icon())
    return app


def main(path: str | None = None) -> int:
    """Show the window on `path` (the sample photo if None) and run until it closes.

    An exception escaping a slot is logged and shown in a dialog; the window keeps running.
    """
    app = application()
    window = MainWindow()
    window.start(path)
    window.show()
    previous, sys.excepthook = sys.excepthook, window.messages.report_exception
    try:
        return app.exec()
    finally:
        sys.excepthook = previous
