"""What is not a photo or not a recipe: one dialog titled for what failed, the photo and the
stack as they were, and the next good file opens as usual.

A FIFO, a device, a folder or a socket is refused without being waited on, by every way
a photo is opened: File ▸ Open, a drop, Open Recent, and the path the command line gives.
Recipes are read on the worker thread, so a huge or hostile one never freezes the window.
"""

import errno
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest
from conftest import SMALL, open_window, settle
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from test_files import drop

from kernelstudio.core import ImageFileError, Stack, Step, save_image
from kernelstudio.gui import MainWindow
from kernelstudio.gui.work import worker as worker_module

#: Each kind of thing that is not a file, and what the dialog must call it.
SPECIAL = {"fifo": "pipe (FIFO)", "device": "a device", "folder": "is a folder", "socket": ""}


@pytest.fixture
def short_folder():
    """A folder with a short path: a socket's path may not be longer than 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="ks-"))
    yield folder
    shutil.rmtree(folder)


@pytest.fixture
def special(short_folder):
    """Make a thing of a kind that is not a regular file, named `name`; its path."""
    sockets = []

    def make(kind: str, name: str) -> Path:
        path = short_folder / name
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            sockets.append(server)
        else:
            return Path(os.devnull)
        return path

    yield make
    for server in sockets:
        server.close()


def choose(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def open_by(route, qtbot, window, monkeypatch, path):
    if route == "menu":
        choose(monkeypatch, path)
        window.qactions["open"].trigger()
    elif route == "drop":
        drop(window, path)
    else:  # a recent file that is no longer a photo
        QSettings().setValue("files/recent", [str(path)])
        window.files.rebuild_recent_menu()
        window.files.recent_menu.actions()[0].trigger()


def dialog_of(qtbot, window):
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    return window.messages.dialog.windowTitle(), window.messages.dialog.text()


def opens_next(qtbot, window, monkeypatch, tmp_path):
    """The next good photo opens, and Quit then stops the worker."""
    window.messages.dialog.close()
    good = tmp_path / "good.png"
    save_image(good, SMALL[:40, :60])
    choose(monkeypatch, good)
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        window.qactions["open"].trigger()
    assert window.document.photo.path == good
    settle(qtbot, window)
    assert window.close()
    assert not window.worker.running()


@pytest.mark.parametrize("route", ["menu", "drop", "recent"])
@pytest.mark.parametrize("kind", SPECIAL)
def test_what_is_not_a_file_is_one_dialog_and_the_photo_stays(qtbot, window, monkeypatch,
                                                              tmp_path, special, route, kind):
    path = special(kind, "photo.png")
    photo = window.document.photo
    open_by(route, qtbot, window, monkeypatch, path)
    title, text = dialog_of(qtbot, window)
    assert title == "Cannot open photo"
    assert str(path) in text
    assert SPECIAL[kind] in text
    assert "\n" not in text
    settle(qtbot, window)
    assert window.document.photo is photo
    assert window.rendering.loaded.photo is photo
    assert not window.statusBar().currentMessage().startswith("Opening")
    opens_next(qtbot, window, monkeypatch, tmp_path)


@pytest.mark.parametrize("kind", SPECIAL)
def test_the_command_lines_path_that_is_not_a_file_shows_the_sample(qtbot, monkeypatch,
                                                                    tmp_path, special, kind):
    path = special(kind, "photo.png")
    window = open_window(qtbot, path)  # what `kernelstudio PATH` does
    title, text = dialog_of(qtbot, window)
    assert title == "Cannot open photo"
    assert str(path) in text
    assert SPECIAL[kind] in text
    assert window.document.photo.path.name == "coffee.png"
    opens_next(qtbot, window, monkeypatch, tmp_path)


def test_when_even_the_sample_cannot_be_read_it_is_tried_once(qtbot, monkeypatch, special):
    tried = []

    def unreadable(path, **kwargs):
        tried.append(path)
        raise ImageFileError(f"{path} cannot be read")

    monkeypatch.setattr(worker_module, "load_image", unreadable)
    window = MainWindow()
    qtbot.addWidget(window)
    window.start(str(special("fifo", "photo.png")))
    settle(qtbot, window)
    assert len(tried) == 2
    assert window.messages.dialog.text() == f"{tried[1]} cannot be read"
    assert window.document.photo is None


def test_a_system_error_is_the_systems_reason_not_an_unexpected_error(qtbot, window,
                                                                      monkeypatch, tmp_path):
    def broken_disk(path, **kwargs):
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))

    monkeypatch.setattr(worker_module, "load_image", broken_disk)
    photo = window.document.photo
    choose(monkeypatch, tmp_path / "photo.png")
    window.qactions["open"].trigger()
    title, text = dialog_of(qtbot, window)
    assert (title, text) == ("Cannot open photo",
                             f"{tmp_path / 'photo.png'}: input/output error")
    assert window.document.photo is photo


def test_a_failed_export_is_titled_for_the_export(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(tmp_path / "gone" / "out.png"), "")))
    window.qactions["export"].trigger()
    title, text = dialog_of(qtbot, window)
    assert title == "Cannot export"
    assert "does not exist" in text
    assert "Unexpected" not in text


# recipes -----------------------------------------------------------------------------------
HOSTILE = {  # name: (what the file holds, words the message must have)
    "deep.json": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "huge-number.json": ('{"steps": [{"preset": "box", "opacity": 1e400}]}', ""),
    "long-number.json": ('{"steps": [{"kernel": [[' + "7" * 5000 + "]]}]}", ""),
    "binary.json": (b"\xff\xfe\x00{", "not a text file"),
}


def make_recipe(folder: Path, special, name: str) -> tuple[Path, str]:
    if name in SPECIAL:
        return special(name, "recipe.json"), ""
    path = folder / name
    if name == "huge.json":  # sparse: larger than any recipe, without filling the disk
        with open(path, "wb") as stream:
            stream.truncate(40 * 2**20)
        return path, "larger than"
    content, words = HOSTILE[name]
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path, words


def recipe_by(route, window, monkeypatch, path):
    if route == "menu":
        choose(monkeypatch, path)
        window.qactions["load_recipe"].trigger()
    else:
        drop(window, path)


@pytest.mark.parametrize(("route", "name"), [
    (route, name) for route in ("menu", "drop") for name in (*SPECIAL, "huge.json", *HOSTILE)
    if (route, name) != ("drop", "device")])  # a dropped device is not named .json
def test_a_recipe_that_cannot_be_read_is_a_dialog_and_the_stack_stays(
        qtbot, window, monkeypatch, short_folder, special, route, name):
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    window.document.undo_stack.setClean()
    before, steps = window.document.stack, window.document.undo_stack.count()
    path, words = make_recipe(short_folder, special, name)
    recipe_by(route, window, monkeypatch, path)
    title, text = dialog_of(qtbot, window)
    assert title == "Cannot load recipe"
    assert words in text
    assert SPECIAL.get(name, "") in text
    assert len(text) < 400
    settle(qtbot, window)
    assert window.document.stack is before
    assert window.document.undo_stack.count() == steps


def test_a_recipe_is_read_on_the_worker_thread_and_loads_as_one_step(qtbot, window, monkeypatch,
                                                                     tmp_path):
    readers = []
    reading = worker_module.load_recipe

    def watched(path):
        readers.append(threading.current_thread())
        return reading(path)

    monkeypatch.setattr(worker_module, "load_recipe", watched)
    (tmp_path / "r.json").write_text('{"steps": [{"preset": "box"}, {"preset": "sharpen"}]}')
    steps = window.document.undo_stack.count()
    choose(monkeypatch, tmp_path / "r.json")
    with qtbot.waitSignal(window.files.recipeLoaded, timeout=10000):
        window.qactions["load_recipe"].trigger()
    assert readers
    assert threading.main_thread() not in readers
    assert [step.preset for step in window.document.stack.steps] == ["box", "sharpen"]
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.isClean()


def test_the_recipe_asked_for_last_wins(qtbot, window, tmp_path):
    (tmp_path / "first.json").write_text('{"steps": [{"preset": "box"}]}')
    (tmp_path / "last.json").write_text('{"steps": [{"preset": "outline"}]}')
    loaded = []
    window.files.recipeLoaded.connect(loaded.append)
    steps = window.document.undo_stack.count()
    window.files.load_recipe(str(tmp_path / "first.json"))
    window.files.load_recipe(str(tmp_path / "last.json"))
    settle(qtbot, window)
    assert loaded == [str(tmp_path / "last.json")]
    assert [step.preset for step in window.document.stack.steps] == ["outline"]
    assert window.document.undo_stack.count() == steps + 1
