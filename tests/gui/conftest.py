"""A window on a small photo, with settings kept in a temporary folder, and the compiled
translation catalogues of a source checkout."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kernelstudio.core import load_image, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path
from kernelstudio.gui import MainWindow

#: The checkout of the kernelstudio under test (PYTHONPATH's, or the editable install's).
CHECKOUT = Path(__import__("kernelstudio").__file__).resolve().parents[1]

#: A 160×120 crop of the sample photo: big enough to show, small enough to filter fast.
SMALL = load_image(resource_path(SAMPLE_PHOTO)).pixels[140:260, 200:360].copy()


def _build_hook():
    """hatch_build.py of the checkout, whose `compile_catalogues` the build runs too."""
    spec = importlib.util.spec_from_file_location("hatch_build", CHECKOUT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .qm files beside the .ts ones, made (as the build makes them) if missing or older:
    a source checkout has only what git holds. An installed kernelstudio has them already."""
    if not (CHECKOUT / "hatch_build.py").is_file():
        return []
    hook = _build_hook()
    return hook.compile_catalogues(CHECKOUT / hook.CATALOGUES)


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


def type_into(qtbot, box, text):
    """Select what `box` shows, type `text` and press Enter, as a person does."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def wait_result(qtbot, window, action, timeout=20000):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=timeout):
        action()
