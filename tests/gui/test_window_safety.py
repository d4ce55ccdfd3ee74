"""The window when files are odd or hostile, when work is unsaved, and when things break."""

import errno
import os

import numpy as np
import pytest
import samples
from conftest import expected, settle, steps_of, wait_result
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kernelstudio.core import Stack, Step, load_image, load_recipe
from kernelstudio.core import files as files_module
from kernelstudio.gui.appdata import data_folder

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def answer_file_dialog(monkeypatch, method, path):
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *a, **k: (str(path), "")))


def open_file(qtbot, window, monkeypatch, path):
    answer_file_dialog(monkeypatch, "getOpenFileName", path)
    window.qactions["open"].trigger()


def export(qtbot, window, monkeypatch, path):
    answer_file_dialog(monkeypatch, "getSaveFileName", path)
    with qtbot.waitSignal(window.files.exported, timeout=30000):
        window.qactions["export"].trigger()


def info_of(path):
    with Image.open(path) as image:
        return dict(image.info), image.size, image.getexif()


@pytest.mark.parametrize("name", samples.GOOD)
def test_good_files_open_filter_and_export(qtbot, window, monkeypatch, tmp_path, name):
    source = samples.make(tmp_path, name)
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        open_file(qtbot, window, monkeypatch, source)
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="blur"),)), 0, "blur"))
    export(qtbot, window, monkeypatch, tmp_path / "out.png")
    np.testing.assert_array_equal(load_image(tmp_path / "out.png").pixels, expected(window))


def test_exif_rotated_photos_show_and_export_upright(qtbot, window, monkeypatch, tmp_path):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        open_file(qtbot, window, monkeypatch, samples.exif_rotated_jpeg(tmp_path / "t.jpg"))
    assert window.status.size_label.text() == "48×64"
    export(qtbot, window, monkeypatch, tmp_path / "out.jpg")
    _, size, exif = info_of(tmp_path / "out.jpg")
    assert size == (48, 64)
    assert 0x0112 not in exif
    assert exif[0x010F] == samples.CAMERA


def test_metadata_is_kept_or_stripped_as_the_preferences_say(qtbot, window, monkeypatch,
                                                             tmp_path):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        open_file(qtbot, window, monkeypatch, samples.icc_jpeg(tmp_path / "tagged.jpg"))
    export(qtbot, window, monkeypatch, tmp_path / "kept.png")
    info, _, exif = info_of(tmp_path / "kept.png")
    assert info["icc_profile"] == samples.ICC
    assert exif[0x010F] == samples.CAMERA
    window.qactions["preferences"].trigger()
    window.preferences_dialog.strip.setChecked(True)
    window.preferences_dialog.accept()
    export(qtbot, window, monkeypatch, tmp_path / "bare.png")
    info, _, exif = info_of(tmp_path / "bare.png")
    assert "icc_profile" not in info
    assert len(exif) == 0


@pytest.mark.parametrize("maker", [samples.gray16_png, samples.rgb16_png])
@pytest.mark.parametrize("suffix", [".tif", ".png"])
def test_sixteen_bit_photos_export_at_sixteen_bits(qtbot, window, monkeypatch, tmp_path, maker,
                                                   suffix):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        open_file(qtbot, window, monkeypatch, maker(tmp_path / "deep.png"))
    assert window.document.photo.pixels.dtype == np.uint16
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="gaussian"),)), 0, "blur"))
    export(qtbot, window, monkeypatch, tmp_path / f"out{suffix}")
    out = load_image(tmp_path / f"out{suffix}").pixels
    assert out.dtype == np.uint16
    np.testing.assert_array_equal(out, expected(window))
    assert window.messages.dialog is None  # nothing lost, nothing to tell


def test_sixteen_bit_colour_exported_to_jpeg_says_it_was_rounded(qtbot, window, monkeypatch,
                                                                 tmp_path):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        open_file(qtbot, window, monkeypatch, samples.rgb16_png(tmp_path / "deep.png"))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (90, True)))
    export(qtbot, window, monkeypatch, tmp_path / "out.jpg")
    assert window.messages.dialog.windowTitle() == "About this export"
    assert "JPEG holds 8 bits per channel" in window.messages.dialog.text()
    assert load_image(tmp_path / "out.jpg").pixels.dtype == np.uint8


def test_exporting_heic_is_refused_with_the_formats_it_writes(qtbot, window, monkeypatch,
                                                             tmp_path):
    answer_file_dialog(monkeypatch, "getSaveFileName", tmp_path / "out.HEIC")
    window.qactions["export"].trigger()
    assert window.messages.dialog.windowTitle() == "Cannot export"
    assert "reads HEIC photos but does not write them" in window.messages.dialog.text()
    assert ".jpg" in window.messages.dialog.text()
    assert not (tmp_path / "out.HEIC").exists()


@pytest.mark.parametrize(("name", "words"), [("rgb16-anim.png", "16 bits per channel"),
                                              ("cmyk.jpg", "is CMYK")])
def test_the_user_is_told_once_what_was_lost_or_converted(qtbot, window, monkeypatch, tmp_path,
                                                          name, words):
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        open_file(qtbot, window, monkeypatch, samples.make(tmp_path, name))
    assert window.messages.dialog is not None
    assert words in window.messages.dialog.text()
    window.messages.dialog.close()
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="blur"),)), 0, "blur"))
    assert window.messages.dialog is None  # told once, not at every render


@pytest.mark.parametrize("name", samples.BAD)
def test_hostile_files_show_a_dialog_and_keep_the_photo(qtbot, window, monkeypatch, tmp_path,
                                                        name):
    photo = window.document.photo
    open_file(qtbot, window, monkeypatch, samples.make(tmp_path, name))
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert samples.BAD[name][1] in window.messages.dialog.text()
    assert window.document.photo is photo


def test_the_size_limit_is_a_preference(qtbot, window, monkeypatch, tmp_path, photo_path):
    window.qactions["preferences"].trigger()
    window.preferences_dialog.limit.setValue(0)  # clamps to 1 megapixel
    window.preferences_dialog.accept()
    big = tmp_path / "big.png"
    Image.new("RGB", (1300, 1000)).save(big)
    open_file(qtbot, window, monkeypatch, big)
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "limit of 1 megapixels" in window.messages.dialog.text()
    assert "Preferences" in window.messages.dialog.text()
    window.qactions["preferences"].trigger()
    window.preferences_dialog.limit.setValue(5)
    window.preferences_dialog.accept()
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        open_file(qtbot, window, monkeypatch, big)


def test_export_asks_before_replacing_the_opened_photo(qtbot, window, monkeypatch, questions,
                                                       photo_path):
    before = photo_path.read_bytes()
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    questions.answers = [No]
    answer_file_dialog(monkeypatch, "getSaveFileName", photo_path)
    window.qactions["export"].trigger()
    settle(qtbot, window)
    assert questions.asked == ["Replace the original?"]
    assert photo_path.read_bytes() == before
    questions.answers = [Yes]
    with qtbot.waitSignal(window.files.exported, timeout=20000):
        window.qactions["export"].trigger()
    assert photo_path.read_bytes() != before


def test_closing_with_unsaved_changes_asks_and_cancel_changes_nothing(qtbot, window, questions):
    window.document.edit(Stack((Step(preset="sharpen"),)), 0, "sharpen")
    stack = window.document.stack
    questions.answers = [Cancel]
    assert not window.close()
    assert window.isVisible()
    assert window.document.stack is stack
    assert questions.asked == ["Unsaved changes"]


def test_save_in_the_question_saves_the_recipe_first(qtbot, window, monkeypatch, questions,
                                                     tmp_path):
    window.document.edit(Stack((Step(preset="sharpen"),)), 0, "sharpen")
    questions.answers = [Save]
    answer_file_dialog(monkeypatch, "getSaveFileName", tmp_path / "kept.json")
    assert window.close()
    assert load_recipe(tmp_path / "kept.json") == Stack((Step(preset="sharpen"),))


def test_opening_a_photo_or_loading_a_recipe_asks_too(qtbot, window, monkeypatch, questions,
                                                      tmp_path, photo_path):
    window.document.edit(Stack((Step(preset="sharpen"),)), 0, "sharpen")
    photo = window.document.photo
    questions.answers = [Cancel, Cancel]
    open_file(qtbot, window, monkeypatch, photo_path)
    (tmp_path / "r.json").write_text('{"steps": [{"preset": "box"}]}')
    answer_file_dialog(monkeypatch, "getOpenFileName", tmp_path / "r.json")
    window.qactions["load_recipe"].trigger()
    settle(qtbot, window)
    assert questions.asked == ["Unsaved changes", "Unsaved changes"]
    assert window.document.photo is photo
    assert steps_of(window)[0].preset == "sharpen"
    questions.answers = [Discard]
    with qtbot.waitSignal(window.files.recipeLoaded, timeout=10000):
        window.qactions["load_recipe"].trigger()
    assert steps_of(window)[0].preset == "box"
    window.qactions["load_recipe"].trigger()  # a loaded recipe is saved work: no question
    assert len(questions.asked) == 3


def test_an_error_in_the_worker_is_shown_logged_and_survived(qtbot, window, monkeypatch):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="sharpen"),)), 0, "sharpen"))
    good = window.rendering.result

    def broken(self, image, **kwargs):
        raise RuntimeError("a bug in a step")

    working = Step.apply
    monkeypatch.setattr(Step, "apply", broken)
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "a bug in a step" in window.messages.dialog.text()
    assert window.rendering.result is good
    log = (data_folder() / "kernelstudio.log").read_text()
    assert "RuntimeError: a bug in a step" in log
    assert "Traceback" in log
    monkeypatch.setattr(Step, "apply", working)
    window.messages.dialog.close()
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="box"),)), 0, "box"))
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_an_error_in_a_slot_is_shown_and_logged(qtbot, window):
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        window.messages.report_exception(type(error), error, error.__traceback__)
    assert "a bug in a slot" in window.messages.dialog.text()
    assert "keeps running" in window.messages.dialog.text()
    assert "ValueError: a bug in a slot" in (data_folder() / "kernelstudio.log").read_text()


def test_an_unexpected_error_with_a_huge_message_is_cut_short(qtbot, window):
    try:
        raise ValueError("9" * 5000)
    except ValueError as error:
        window.messages.report_exception(type(error), error, error.__traceback__)
    text = window.messages.dialog.text()
    assert "ValueError: '9999" in text
    assert len(text) < 400 + len(str(data_folder()))


def test_a_full_disk_during_export_keeps_the_old_file(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "out.png"
    target.write_bytes(b"the previous export")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files_module.os, "fsync", full)
    answer_file_dialog(monkeypatch, "getSaveFileName", target)
    window.qactions["export"].trigger()
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "no space left on device" in window.messages.dialog.text()
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == [
        "out.png", "photo.png"]
