"""Open the window on one screen size and report what a user would see there, as JSON.

The offscreen platform takes its screen from a config file, and a QApplication keeps its
platform for life, so each size runs in a process of its own:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python screen_probe.py OUT.json [SHOT]

The report holds, after the first start and after every preset (each replacing the
selected step): the window's and screen's geometry, docks showing a sideways scroll bar,
widgets too narrow for their text, and whether a 5×5 kernel is wholly in view.
"""

import json
import os
import sys
import tempfile
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
)

from kernelstudio.core import PRESETS, Stack, Step
from kernelstudio.gui import MainWindow
from kernelstudio.gui.app import application


def run_until(app, done, seconds=120):
    """Handle events (waiting for them, not spinning) until `done()`; the deadline only
    keeps a broken window from hanging the test run."""
    deadline = time.monotonic() + seconds
    wake = QTimer(interval=100)  # an event now and then, so the deadline is looked at
    wake.start()
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("the window never got there")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wake.stop()


def rect_on(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def sideways_scrolls(window) -> list[str]:
    """Docks whose scroll area shows a horizontal scroll bar (their content is cut)."""
    return sorted(scroll.window().objectName() if scroll.window() is not window
                  else scroll.parent().objectName()
                  for scroll in window.findChildren(QScrollArea)
                  if scroll.isVisible() and scroll.horizontalScrollBar().isVisible())


def cut_texts(window) -> list[str]:
    """Visible buttons, combo boxes and one-line labels narrower than their text."""
    cut = []
    widgets = [widget for kind in (QAbstractButton, QComboBox, QLabel)
               for widget in window.findChildren(kind)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in widget.text()):
            continue  # wrapped, or rich text whose width is not its text's
        if widget.minimumSizeHint().width() > widget.width() + 1:
            cut.append(widget.objectName() or getattr(widget, "text", lambda: "?")())
    return sorted(set(cut))


def wrapped_labels_cut(window) -> list[str]:
    """Visible word-wrapped labels shorter than their text needs at their width."""
    return sorted(label.objectName() for label in window.findChildren(QLabel)
                  if label.isVisible() and label.wordWrap() and label.text()
                  and label.heightForWidth(label.width()) > label.height() + 1)


def main() -> None:
    out = sys.argv[1]
    shot = sys.argv[2] if len(sys.argv) > 2 else None
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder
        QCoreApplication.setOrganizationName("kernelstudio-probe")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        window = MainWindow()
        results = []
        window.rendering.resultReady.connect(lambda: results.append(True))
        window.start()
        window.show()
        run_until(app, lambda: results and window.worker.idle())
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        report = {
            "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
            "window": [frame.x(), frame.y(), frame.width(), frame.height()],
            "canvas": [window.canvas.width(), window.canvas.height()],
            "inspector_height": window.inspector.height(),
            "first": {"sideways": sideways_scrolls(window), "cut": cut_texts(window),
                      "wrapped_cut": wrapped_labels_cut(window)},
            "presets": {},
        }
        for name in PRESETS:
            results.clear()
            window.findChild(QPushButton, f"preset-{name}").click()
            run_until(app, lambda: results and window.worker.idle())
            report["presets"][name] = {"sideways": sideways_scrolls(window),
                                       "cut": cut_texts(window),
                                       "wrapped_cut": wrapped_labels_cut(window)}
        results.clear()
        window.document.edit(Stack((Step(preset="unsharp"),
                                    Step(preset="gaussian", params={"size": 5}),
                                    Step(preset="emboss", opacity=0.5))), 1, "three steps")
        run_until(app, lambda: results and window.worker.idle())
        dock = window.kernel_dock
        scroll = dock.widget()
        table = rect_on(dock.table, scroll.viewport())
        report["five"] = {
            "cells_visible": dock.table.cells_visible(),
            "table_in_view": scroll.viewport().rect().contains(table),
            "sideways": sideways_scrolls(window),
            "cut": cut_texts(window),
        }
        if shot:
            window.grab().save(shot)
        window.document.undo_stack.setClean()
        # Left somewhere this screen does not reach (a monitor unplugged since), then
        # started again.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.setGeometry(5000, 4000, 1100, 800)
        window.close()
        again = MainWindow()
        results.clear()
        again.rendering.resultReady.connect(lambda: results.append(True))
        again.start()
        again.show()
        run_until(app, lambda: results and again.worker.idle())
        frame = again.frameGeometry()
        report["restored"] = [frame.x(), frame.y(), frame.width(), frame.height()]
        again.close()
    with open(out, "w", encoding="utf-8") as stream:
        json.dump(report, stream, indent=1)


if __name__ == "__main__":
    main()
