"""A window on a small photo, with settings kept in a temporary folder."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kernelstudio.core import load_image, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path
from kernelstudio.gui import MainWindow

#: A 160×120 crop of the sample photo: big enough to show, small enough to filter fast.
SMALL = load_image(resource_path(SAMPLE_PHOTO)).pixels[140:260, 200:360].copy()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp, monkeypatch):
    """Settings, autosaves and logs in this test's own folder."""
    QCoreApplication.setOrganizationName("kernelstudio-tests")
    QCoreApplication.setApplicationName("kernelstudio")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


class Questions:
    """Stands in for QMessageBox.question: records what was asked, gives queued answers.

    Without a queued answer it gives the cautious one (Discard or No), as when windows
    left with edits are closed at the end of a test.
    """

    def __init__(self):
        self.asked: list[str] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def __call__(self, parent, title, text, buttons=None, default=None):
        self.asked.append(title)
        if self.answers:
            return self.answers.pop(0)
        if buttons is not None and buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    answers = Questions()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answers))
    # Export quality: take the suggested value, as a user pressing Enter would.
    monkeypatch.setattr(QInputDialog, "getInt",
                        staticmethod(lambda parent, title, label, value, *rest: (value, True)))
    return answers


@pytest.fixture
def photo_path(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, SMALL)
    return path


def open_window(qtbot, path=None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        window.start(path)
        window.show()
    return window


@pytest.fixture
def window(qtbot, photo_path):
    return open_window(qtbot, photo_path)


def steps_of(window):
    return window.document.stack.steps


def expected(window) -> np.ndarray:
    """What the core makes of the window's photo with the window's stack."""
    return window.document.stack.apply(window.document.photo.pixels)


def settle(qtbot, window, timeout=20000):
    """Wait until every job sent to the worker has finished and all it sent has arrived."""
    qtbot.waitUntil(window.worker.idle, timeout=timeout)


def wait_result(qtbot, window, action, timeout=20000):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=timeout):
        action()
