"""The Help menu's pages: Getting started (bundled, no network) and the keyboard shortcuts.

The shortcuts page is made from the window's own actions each time it opens, so it lists
exactly what the window does.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.data import resource_path
from kernelstudio.gui import translation
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import describe_control

__all__ = ["GETTING_STARTED", "HelpPage", "getting_started_path", "shortcut_rows"]

#: The bundled page that Help ▸ Getting Started shows.
GETTING_STARTED = "getting-started.html"


class HelpPage(QDialog):
    """A page of help beside the window, closed with its button or Esc."""

    def __init__(self, title: str, name: str, body: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.body = body

    @classmethod
    def getting_started(cls, parent=None) -> HelpPage:
        text = describe_control(
            QTextBrowser(), "gettingStartedText",
            translate("HelpPage", "Getting started: kernels, steps and the first minute"))
        text.setHtml(getting_started_path().read_text(encoding="utf-8"))
        text.setOpenExternalLinks(False)  # nothing here leaves the machine
        return cls(translate("HelpPage", "Getting started"), "gettingStartedPage", text, parent)

    @classmethod
    def shortcuts(cls, actions: list[QAction], parent=None) -> HelpPage:
        rows = shortcut_rows(actions)
        table = describe_control(
            QTableWidget(len(rows), 3), "shortcutTable",
            translate("HelpPage", "Keyboard shortcuts: every action that has one"))
        table.setHorizontalHeaderLabels([translate("HelpPage", "Keys"),
                                         translate("HelpPage", "Action"),
                                         translate("HelpPage", "What it does")])
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return cls(translate("HelpPage", "Keyboard shortcuts"), "shortcutsPage", table, parent)


def getting_started_path(language: str | None = None) -> Path:
    """The Getting started page in `language` (the window's, if None):
    ``getting-started.<language>.html`` where it ships, else the English page."""
    language = language or translation.language()
    for code in dict.fromkeys((language, language.split("_")[0])):
        with contextlib.suppress(FileNotFoundError):
            stem, suffix = GETTING_STARTED.rsplit(".", 1)
            return resource_path(f"{stem}.{code}.{suffix}")
    return resource_path(GETTING_STARTED)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str, str]]:
    """(keys, action, what it does) for every action with a shortcut, in the menus' order."""
    rows = {}
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            text = action.text().replace("&", "").rstrip("…")
            rows.setdefault((text, keys), (keys, text, action.toolTip()))
    return list(rows.values())
