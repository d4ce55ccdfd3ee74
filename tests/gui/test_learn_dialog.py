"""Kernel ▸ Learn from example…: a pair made with a known kernel gives that kernel back, the
step it adds is one undoable edit, and bad input is a message, never a crash."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from conftest import SMALL, expected, settle, steps_of, wait_result
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton
from screen_probe import cut_texts, wrapped_labels_cut

from kernelstudio.core import Stack, Step, save_image
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.window.learn_dialog import LearnDialog
from kernelstudio.gui.work import learning

#: A sharpening kernel with no symmetry, so a transposed or flipped answer would show.
KERNEL = np.array([[0.0, -0.5, 0.0], [-1.0, 3.5, -0.25], [0.0, -0.75, 0.0]])


def make_after(tmp_path, pixels, step, name="after.png"):
    path = tmp_path / name
    save_image(path, step.apply(pixels))
    return path


def open_dialog(qtbot, window, key="learn_kernel") -> LearnDialog:
    window.qactions[key].trigger()
    dialog = window.learn_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def choose_after(qtbot, dialog, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    dialog.findChild(QPushButton, "learnChooseAfter").click()
    qtbot.waitUntil(lambda: not dialog.after_label.text().startswith("Reading"), timeout=20000)


def learn(qtbot, dialog, size=3):
    dialog.rows.setValue(size)
    dialog.cols.setValue(size)
    with qtbot.waitSignal(dialog._worker.learned, timeout=60000):
        dialog.findChild(QPushButton, "learnRun").click()
    qtbot.waitUntil(lambda: not dialog.learning(), timeout=20000)
    return dialog.learned.fit


def error_text(qtbot, dialog) -> tuple[str, str]:
    qtbot.waitUntil(lambda: dialog.messages.dialog is not None, timeout=20000)
    shown = dialog.messages.dialog
    return shown.windowTitle(), shown.text()


def test_a_known_kernel_is_learned_and_added_to_the_stack_as_one_edit(
        qtbot, window, monkeypatch, tmp_path):
    path = make_after(tmp_path, SMALL, Step(kernel=KERNEL, offset=10))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    assert dialog.after_label.text() == "after.png (160×120 pixels)"
    assert "the open photo" in dialog.before_label.text()
    fit = learn(qtbot, dialog)
    np.testing.assert_allclose(fit.kernel, KERNEL, atol=0.01)
    assert abs(fit.offset - 10) < 0.5
    # What the user reads: the heat map's cells are the learned weights, the figures and
    # the verdict are written out.
    np.testing.assert_allclose(dialog.kernel_view.heat_map.kernel(), KERNEL, atol=0.01)
    assert dialog.fit_label.text().startswith("PSNR ")
    assert "R² 1.0000" in dialog.fit_label.text()
    assert "explains the change" in dialog.warning_label.text()
    assert dialog.residual.picture is not None
    assert not dialog.kernel_view.choice.isVisible()  # a shared kernel has one grid
    before = steps_of(window)
    wait_result(qtbot, window, dialog.findChild(QPushButton, "learnAddToStack").click)
    added = steps_of(window)
    assert len(added) == len(before) + 1
    assert window.document.selection == 0
    assert added[0].name == "Learned from after.png"
    np.testing.assert_allclose(added[0].kernel, KERNEL, atol=0.01)
    # The step made again gives the after image within a level.
    made = window.rendering.result.astype(int)
    assert np.abs(made - Step(kernel=KERNEL, offset=10).apply(SMALL).astype(int)).max() <= 1
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    window.qactions["undo"].trigger()
    assert steps_of(window) == before


def test_with_a_step_selected_before_is_its_input_and_the_step_goes_in_its_place(
        qtbot, window, monkeypatch, tmp_path):
    first, second = Step(preset="gaussian", params={"size": 3}), Step(preset="emboss")
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((first, second)), 1, "two steps"))
    blurred = first.apply(SMALL)
    path = make_after(tmp_path, blurred, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    assert "the input of step 2" in dialog.before_label.text()
    choose_after(qtbot, dialog, monkeypatch, path)
    fit = learn(qtbot, dialog)
    np.testing.assert_allclose(fit.kernel, KERNEL, atol=0.01)
    wait_result(qtbot, window, dialog.add_button.click)
    steps = steps_of(window)
    assert [step.preset for step in steps] == ["gaussian", None, "emboss"]
    assert window.document.selection == 1


def test_a_kernel_per_channel_is_learned_and_shown_a_channel_at_a_time(
        qtbot, window, monkeypatch, tmp_path):
    kernels = np.stack([KERNEL, KERNEL.T, np.full((3, 3), 1 / 9)])
    path = make_after(tmp_path, SMALL, Step(kernel=kernels))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    dialog.mode.setCurrentIndex(dialog.mode.findData("per-channel"))
    fit = learn(qtbot, dialog)
    assert fit.kernel.shape == (3, 3, 3)
    np.testing.assert_allclose(fit.kernel, kernels, atol=0.01)
    choice = dialog.findChild(QComboBox, "learnedKernelSlice")
    assert choice.isVisible()
    assert [choice.itemText(i) for i in range(choice.count())] == ["R", "G", "B"]
    choice.setCurrentIndex(1)
    np.testing.assert_allclose(dialog.kernel_view.heat_map.kernel(), KERNEL.T, atol=0.01)
    wait_result(qtbot, window, dialog.add_button.click)
    assert steps_of(window)[0].kind == "per-channel"
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_across_channels_the_list_names_output_and_input(qtbot, window, monkeypatch,
                                                         tmp_path):
    mix = np.zeros((3, 3, 3, 3))
    mix[:, :, 1, 1] = [[0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.1, 0.2, 0.7]]  # a colour mix
    path = make_after(tmp_path, SMALL, Step(kernel=mix))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    dialog.mode.setCurrentIndex(dialog.mode.findData("cross-channel"))
    fit = learn(qtbot, dialog)
    np.testing.assert_allclose(fit.kernel, mix, atol=0.01)
    choice = dialog.kernel_view.choice
    assert choice.count() == 9
    assert choice.itemText(1) == "R ← G"
    choice.setCurrentIndex(1)
    assert dialog.kernel_view.heat_map.kernel()[1, 1] == pytest.approx(0.3, abs=0.01)


def test_dropping_the_after_image_on_the_dialog_reads_it(qtbot, window, tmp_path):
    path = make_after(tmp_path, SMALL, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.worker.afterRead, timeout=20000):
        dialog.dropEvent(event)
    assert event.isAccepted()
    np.testing.assert_array_equal(dialog.after.pixels, Step(kernel=KERNEL).apply(SMALL))


def test_an_unreadable_after_image_is_a_message_and_keeps_the_one_chosen(
        qtbot, window, monkeypatch, tmp_path):
    good = make_after(tmp_path, SMALL, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, good)
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not a picture at all")
    choose_after(qtbot, dialog, monkeypatch, bad)
    title, text = error_text(qtbot, dialog)
    assert title == "Cannot read the after image"
    assert "broken.png" in text
    assert dialog.isVisible()
    assert dialog.after.path.name == "after.png"
    assert dialog.after_label.text().startswith("after.png")


def test_an_after_image_of_another_size_is_refused_in_words(qtbot, window, monkeypatch,
                                                           tmp_path):
    path = tmp_path / "small.png"
    save_image(path, SMALL[:100, :150])
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    title, text = error_text(qtbot, dialog)
    assert title == "The images differ in size"
    assert "150×100" in text
    assert "160×120" in text
    assert dialog.after is None
    assert dialog.after_label.text().startswith("Not chosen yet")


def test_a_before_that_shrinks_later_still_meets_a_clear_refusal(qtbot, window, monkeypatch,
                                                                 tmp_path):
    """The after image fitted the photo, then a 'valid' step above the selected one made
    before smaller: Learn says so (the core's message) instead of failing."""
    path = make_after(tmp_path, SMALL, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    wait_result(qtbot, window, lambda: window.document.edit(Stack((
        Step(preset="box", border="valid"), Step(preset="sharpen"))), 1, "two steps"))
    dialog.learn_button.click()
    title, text = error_text(qtbot, dialog)
    assert title == "Cannot learn the kernel"
    assert "same size" in text
    assert dialog.learned is None
    assert dialog.learn_button.isEnabled()


def test_without_a_photo_or_an_after_image_learn_says_what_is_missing(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.after_label.text() == "Not chosen yet: Choose…, or drop an image file here."
    dialog.learn_button.click()
    assert error_text(qtbot, dialog)[0] == "No after image"
    empty = LearnDialog(Document(), window.worker, window)
    qtbot.addWidget(empty)
    assert empty.before_label.text().startswith("No photo is open")
    empty.learn_button.click()
    assert error_text(qtbot, empty)[0] == "No photo is open"
    assert not empty.learning()


def test_escape_stops_a_learn_and_leaves_the_dialog_open(qtbot, window, monkeypatch,
                                                         tmp_path):
    started, real = threading.Event(), learning.learn_kernel

    def slow(*args, cancel, **kwargs):
        started.set()
        cancel_seen = threading.Event()
        while not cancel.is_set():  # until Esc: the test never waits on a clock
            cancel_seen.wait(0.01)
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(learning, "learn_kernel", slow)
    path = make_after(tmp_path, SMALL, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    dialog.learn_button.click()
    qtbot.waitUntil(started.is_set, timeout=20000)
    assert dialog.learning()
    assert dialog.progress.isVisible()
    assert not dialog.learn_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.learning()
    assert dialog.isVisible()  # the first Esc stops the work, not the dialog
    assert dialog.said.text().startswith("Stopped")
    settle(qtbot, window)
    assert dialog.learned is None
    assert dialog.messages.dialog is None
    assert dialog.learn_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing runs: now it closes
    qtbot.waitUntil(lambda: window.learn_dialog is None, timeout=5000)


def test_every_field_has_an_automation_name(qtbot, window):
    dialog = open_dialog(qtbot, window)
    for name in ("learnBefore", "learnAfter", "learnChooseAfter", "learnRows", "learnColumns",
                 "learnMode", "learnBorder", "learnOffset", "learnRun", "learnFit",
                 "learnWarning", "learnResidual", "learnAddToStack", "learnedKernel",
                 "trainStart", "trainPause", "trainStep", "trainSpeed", "trainMomentum",
                 "trainLoss", "trainKernel", "trainPreview", "trainStatus", "trainAddToStack"):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_at_1280_by_720_nothing_of_either_tab_is_cut(qtbot, window, monkeypatch, tmp_path):
    """At the test screen's size; the test below runs it where the screen is 1280×720."""
    path = make_after(tmp_path, SMALL, Step(kernel=KERNEL))
    dialog = open_dialog(qtbot, window)
    choose_after(qtbot, dialog, monkeypatch, path)
    learn(qtbot, dialog, size=5)
    screen = dialog.screen().availableGeometry()
    if os.environ.get("KERNELSTUDIO_TEST_SCREEN"):
        assert f"{screen.width()}x{screen.height()}" == os.environ["KERNELSTUDIO_TEST_SCREEN"]
    assert screen.contains(dialog.frameGeometry())
    if os.environ.get("LEARN_DIALOG_SHOT"):  # to look at it: a picture of each tab
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            dialog.grab().save(f"{os.environ['LEARN_DIALOG_SHOT']}-{tab}.png")
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: dialog.tabs.currentWidget().isVisible(), timeout=5000)
        # Once the layout has settled (a wrapped label's height follows its new text).
        qtbot.waitUntil(lambda: not cut_texts(dialog) and not wrapped_labels_cut(dialog),
                        timeout=5000)
    # The pictures get room enough to read.
    for widget in (dialog.kernel_view.heat_map, dialog.train_view.plot,
                   dialog.train_view.preview):
        assert min(widget.width(), widget.height()) >= 120, widget.objectName()


def test_the_layout_holds_on_a_1280_by_720_screen(tmp_path):
    env = {**os.environ, "KERNELSTUDIO_TEST_SCREEN": "1280x720"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "nothing_of_either_tab_is_cut", "--basetemp", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=600,
        cwd=Path(__file__).parent.parent.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
