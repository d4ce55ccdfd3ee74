"""Files from the window: open, export, recipes, drag and drop, and what is remembered."""

import subprocess
import sys

import numpy as np
import pytest
from conftest import SMALL, expected, open_window, steps_of, wait_result
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kernelstudio.core import Stack, Step, load_image, load_recipe, save_image


def answer_dialog(monkeypatch, method, path):
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *args, **kwargs: (str(path), "")))


def export(qtbot, window, monkeypatch, path, timeout=30000):
    answer_dialog(monkeypatch, "getSaveFileName", path)
    with qtbot.waitSignal(window.files.exported, timeout=timeout) as blocker:
        window.qactions["export"].trigger()
    assert blocker.args == [str(path)]


def build(window, *steps):
    window.document.edit(Stack(steps), 0, "test stack")


def test_export_writes_the_full_resolution_result(qtbot, window, monkeypatch, tmp_path):
    wait_result(qtbot, window, lambda: build(window, Step(preset="unsharp"), Step(preset="emboss")))
    export(qtbot, window, monkeypatch, tmp_path / "out.png")
    np.testing.assert_array_equal(load_image(tmp_path / "out.png").pixels, expected(window))


def test_export_as_jpeg_asks_for_quality(qtbot, window, monkeypatch, tmp_path):
    asked = []

    def get_int(*args, **kwargs):
        asked.append(args)
        return 40, True

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    build(window, Step(preset="blur"))
    export(qtbot, window, monkeypatch, tmp_path / "out.jpg")
    assert asked
    small = (tmp_path / "out.jpg").stat().st_size
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (98, True)))
    export(qtbot, window, monkeypatch, tmp_path / "better.jpg")
    assert (tmp_path / "better.jpg").stat().st_size > small


def test_export_writes_the_stack_as_it_stands_not_an_older_result(qtbot, window, monkeypatch,
                                                                   tmp_path):
    wait_result(qtbot, window, lambda: build(window, Step(preset="sharpen")))
    shown = window.rendering.result.copy()
    build(window, Step(preset="motion_blur", params={"length": 15}))  # no result yet
    export(qtbot, window, monkeypatch, tmp_path / "now.png")
    written = load_image(tmp_path / "now.png").pixels
    np.testing.assert_array_equal(written, expected(window))
    assert not np.array_equal(written, shown)


def test_export_to_an_unknown_format_shows_a_dialog(qtbot, window, monkeypatch, tmp_path):
    answer_dialog(monkeypatch, "getSaveFileName", tmp_path / "out.gif")
    window.qactions["export"].trigger()
    assert window.messages.dialog is not None
    assert "cannot tell the format" in window.messages.dialog.text()
    assert not (tmp_path / "out.gif").exists()


def test_a_failed_export_shows_a_dialog(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "missing-folder" / "out.png"
    answer_dialog(monkeypatch, "getSaveFileName", target)
    window.qactions["export"].trigger()
    # The worker's signals cross threads; wait for what the UI thread does with them.
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=20000)
    assert "does not exist" in window.messages.dialog.text()


def test_a_recipe_saved_in_the_window_gives_the_cli_the_same_pixels(qtbot, window, monkeypatch,
                                                                    tmp_path, photo_path):
    build(window, Step(preset="gaussian", params={"size": 7, "sigma": 1.5}),
          Step(kernel=[[0, -1, 0], [-1, 6, -1], [0, -1, 0]], normalize=True, opacity=0.7),
          Step(preset="sobel", params={"direction": "left"}, absolute=True, enabled=False))
    answer_dialog(monkeypatch, "getSaveFileName", tmp_path / "look")
    window.qactions["save_recipe"].trigger()
    assert load_recipe(tmp_path / "look.json") == window.document.stack
    export(qtbot, window, monkeypatch, tmp_path / "window.png")
    subprocess.run([sys.executable, "-m", "kernelstudio", "apply", str(photo_path), "-o",
                    str(tmp_path / "cli.png"), "--recipe", str(tmp_path / "look.json")],
                   check=True, timeout=120)
    np.testing.assert_array_equal(load_image(tmp_path / "cli.png").pixels,
                                  load_image(tmp_path / "window.png").pixels)


def test_loading_a_recipe_replaces_the_stack_as_one_undoable_edit(qtbot, window, monkeypatch,
                                                                  tmp_path):
    (tmp_path / "r.json").write_text('{"steps": [{"preset": "box"}, {"preset": "sharpen"}]}')
    build(window, Step(preset="emboss"))
    answer_dialog(monkeypatch, "getOpenFileName", tmp_path / "r.json")
    wait_result(qtbot, window, window.qactions["load_recipe"].trigger)
    assert [step.preset for step in steps_of(window)] == ["box", "sharpen"]
    window.qactions["undo"].trigger()
    assert [step.preset for step in steps_of(window)] == ["emboss"]


def test_a_bad_recipe_shows_a_dialog_and_changes_nothing(qtbot, window, monkeypatch, tmp_path):
    (tmp_path / "bad.json").write_text('{"steps": [{"kernel": [[1, 2], [3]]}]}')
    build(window, Step(preset="emboss"))
    before = window.document.stack
    answer_dialog(monkeypatch, "getOpenFileName", tmp_path / "bad.json")
    window.qactions["load_recipe"].trigger()
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "step 1" in window.messages.dialog.text()
    assert window.document.stack is before


@pytest.mark.parametrize("content", [b"", b"not an image", b"%!PS-Adobe-3.0 EPSF-3.0\n"])
def test_opening_a_bad_file_shows_a_dialog_and_keeps_the_photo(qtbot, window, monkeypatch,
                                                               tmp_path, content):
    (tmp_path / "bad.png").write_bytes(content)
    photo = window.document.photo
    answer_dialog(monkeypatch, "getOpenFileName", tmp_path / "bad.png")
    window.qactions["open"].trigger()
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "bad.png" in window.messages.dialog.text()
    assert window.document.photo is photo
    assert window.rendering.loaded.photo is photo


def test_opening_another_photo_keeps_the_stack(qtbot, window, monkeypatch, tmp_path):
    build(window, Step(preset="sharpen"))
    other = tmp_path / "other.tif"
    save_image(other, SMALL[::-1, ::2])
    answer_dialog(monkeypatch, "getOpenFileName", other)
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        window.qactions["open"].trigger()
    assert window.document.photo.path == other
    assert window.status.size_label.text() == "80×120"
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    assert window.files.recent_files()[0] == str(other)


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_photo_opens_it_and_a_recipe_loads_it(qtbot, window, tmp_path):
    other = tmp_path / "dropped.bmp"
    save_image(other, SMALL[:50, :70])
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        drop(window, other)
    assert window.document.photo.path == other
    (tmp_path / "r.json").write_text('{"steps": [{"preset": "outline"}]}')
    with qtbot.waitSignal(window.files.recipeLoaded, timeout=10000):
        drop(window, tmp_path / "r.json")
    assert steps_of(window)[0].preset == "outline"


def test_recent_files_docks_and_split_view_are_remembered(qtbot, window, tmp_path, photo_path):
    window.stack_dock.hide()
    window.qactions["split"].trigger()
    assert str(photo_path) in window.files.recent_files()
    window.close()
    again = open_window(qtbot, photo_path)
    assert not again.stack_dock.isVisible()
    assert again.kernel_dock.isVisible()
    assert not again.qactions["split"].isChecked()
    menu = [action.toolTip() for action in again.files.recent_menu.actions()]
    assert menu[0] == str(photo_path)


def test_the_sample_photo_opens_without_a_file(qtbot):
    window = open_window(qtbot)
    assert window.document.photo.path.name == "coffee.png"
    assert window.status.size_label.text() == "600×400"
    assert window.files.recent_files() == []  # the sample is not a recent file


@pytest.fixture
def animation(tmp_path):
    frames = [np.full((30, 40, 3), 40 * index, np.uint8) for index in range(3)]
    path = tmp_path / "moving.png"
    save_image(path, frames[0], more_frames=tuple(frames[1:]))
    return path


def test_an_animation_is_exported_with_every_frame_filtered(qtbot, window, monkeypatch,
                                                             tmp_path, animation):
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        window.files.open(str(animation))
    wait_result(qtbot, window, lambda: build(window, Step(kernel=[[1]], offset=10)))
    export(qtbot, window, monkeypatch, tmp_path / "out.webp")
    written = load_image(tmp_path / "out.webp")
    assert [int(frame.mean()) for frame in (written.pixels, *written.more_frames)] == [
        10, 50, 90]
    assert window.messages.dialog is None


def test_an_animation_exported_to_jpeg_says_only_one_frame_was_written(
        qtbot, window, monkeypatch, tmp_path, animation):
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        window.files.open(str(animation))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (90, True)))
    export(qtbot, window, monkeypatch, tmp_path / "still.jpg")
    assert window.messages.dialog.windowTitle() == "About this export"
    assert "only the first of 3 was written" in window.messages.dialog.text()
