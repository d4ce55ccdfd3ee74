"""Kernel tools, copy and paste, and user presets, driven from the window."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import expected, open_window, steps_of, wait_result
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QToolButton

from kernelstudio.core import Stack, Step, UserPresetStore, parse_kernel_text
from kernelstudio.gui.model.user_presets import UserPresets

ASYMMETRIC = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10], [0, -1, 0.5]])  # 4×3: shows turns


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def start(window, kernel=ASYMMETRIC):
    window.document.add_step(Step(kernel=kernel), "test kernel")
    return steps_of(window)[0].kernel.copy()


@pytest.mark.parametrize(("tool", "reference"), [
    ("rotateLeft", lambda k: np.array([list(row) for row in zip(*k, strict=True)][::-1])),
    ("rotateRight", lambda k: np.array([list(reversed(col)) for col in zip(*k, strict=True)])),
    ("flipHorizontal", lambda k: np.array([row[::-1] for row in k])),
    ("flipVertical", lambda k: k[::-1].copy()),
    ("transpose", lambda k: np.array([list(col) for col in zip(*k, strict=True)])),
    ("negate", lambda k: np.array([[-v for v in row] for row in k])),
    ("normalize", lambda k: k / sum(sum(row) for row in k)),
])
def test_each_tool_button_changes_the_kernel_with_undo(qtbot, window, tool, reference):
    before = start(window)
    button = window.findChild(QToolButton, f"tool-{tool}")
    assert button is not None
    assert button.isEnabled()
    wait_result(qtbot, window, lambda: click(qtbot, button))
    np.testing.assert_allclose(steps_of(window)[0].kernel, reference(before), rtol=1e-15)
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    window.qactions["undo"].trigger()
    np.testing.assert_array_equal(steps_of(window)[0].kernel, before)
    window.qactions["redo"].trigger()
    np.testing.assert_allclose(steps_of(window)[0].kernel, reference(before), rtol=1e-15)


def test_four_right_turns_come_back_and_a_preset_becomes_custom(qtbot, window):
    window.document.add_step(Step(preset="sobel"), "sobel")
    before = steps_of(window)[0].kernel.copy()
    action = window.kernel_dock.tools.actions["rotateRight"]
    action.trigger()
    assert steps_of(window)[0].preset is None  # a turned Sobel is a custom kernel
    np.testing.assert_array_equal(steps_of(window)[0].kernel, Step(
        preset="sobel", params={"direction": "right"}).kernel)
    for _ in range(3):
        action.trigger()
    np.testing.assert_array_equal(steps_of(window)[0].kernel, before)


def test_tools_are_in_the_kernel_menu_with_shortcuts(window):
    assert window.menus["kernel"].menuAction() in window.menuBar().actions()
    texts = [action.objectName() for action in window.menus["kernel"].actions()
             if action.objectName()]
    assert texts[:7] == ["actionImportKernel", "actionExportKernel", "actionLearnKernel",
                         "actionTrainKernel", "action-rotateLeft", "action-rotateRight",
                         "action-flipHorizontal"]
    shortcuts = [action.shortcut().toString() for action in window.kernel_dock.tools.actions
                 .values() if not action.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)) >= 9
    window_shortcuts = [action.shortcut().toString() for action in window.actions()
                        if not action.shortcut().isEmpty()]
    assert len(window_shortcuts) == len(set(window_shortcuts))  # no clashes anywhere


def test_tools_wait_for_a_selected_step(window):
    tools = window.kernel_dock.tools.actions
    assert not tools["rotateLeft"].isEnabled()
    assert tools["paste"].isEnabled()  # pasting starts a step
    start(window)
    assert tools["rotateLeft"].isEnabled()


def test_normalizing_a_zero_sum_kernel_scales_its_positive_part(window):
    start(window, [[1, 0, -1], [2, 0, -2], [1, 0, -1]])
    window.kernel_dock.tools.actions["normalize"].trigger()
    kernel = steps_of(window)[0].kernel
    assert kernel[kernel > 0].sum() == 1
    assert kernel.sum() == 0


def test_normalizing_an_all_zero_kernel_says_why_in_a_dialog(window):
    before = start(window, np.zeros((3, 3)))
    window.kernel_dock.tools.actions["normalize"].trigger()
    assert window.messages.dialog is not None
    assert "zero" in window.messages.dialog.text()
    np.testing.assert_array_equal(steps_of(window)[0].kernel, before)


def test_copy_as_text_and_as_numpy_read_back_exactly(window):
    kernel = start(window, [[1 / 16, 1 / 8, 1 / 16], [0.1, -2, 1e-7], [3, 0, 1 / 3]])
    clipboard = QGuiApplication.clipboard()
    window.kernel_dock.tools.actions["copyText"].trigger()
    text = clipboard.text()
    assert "1/16" in text
    assert ";" in text
    np.testing.assert_array_equal(parse_kernel_text(text), kernel)
    window.kernel_dock.tools.actions["copyNumpy"].trigger()
    expression = clipboard.text()
    assert expression.startswith("np.array([[")
    np.testing.assert_array_equal(eval(expression, {"np": np}), kernel)
    np.testing.assert_array_equal(parse_kernel_text(expression), kernel)


def test_paste_replaces_the_selected_kernel_or_adds_a_step(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("1 2 1\n2 4 2\n1 2 1")
    wait_result(qtbot, window, window.kernel_dock.tools.actions["paste"].trigger)
    (step,) = steps_of(window)
    np.testing.assert_array_equal(step.kernel, [[1, 2, 1], [2, 4, 2], [1, 2, 1]])
    clipboard.setText("np.array([[0, -1], [1, 0]])")
    window.kernel_dock.tools.actions["paste"].trigger()
    assert len(steps_of(window)) == 1
    np.testing.assert_array_equal(steps_of(window)[0].kernel, [[0, -1], [1, 0]])
    window.qactions["undo"].trigger()
    assert steps_of(window)[0].kernel.shape == (3, 3)


@pytest.mark.parametrize(("text", "words"), [
    ("", "no text"),
    ("hello world", "not a number"),
    ("1 2; 3", "same number of values"),
])
def test_pasting_what_is_not_a_kernel_changes_nothing_and_says_why(window, text, words):
    start(window)
    before = window.document.stack
    QGuiApplication.clipboard().setText(text)
    window.kernel_dock.tools.actions["paste"].trigger()
    assert window.document.stack is before
    assert window.messages.dialog is not None
    assert words in window.messages.dialog.text()


def test_a_saved_preset_appears_persists_and_applies(qtbot, window, monkeypatch):
    start(window, [[1, 1, 1], [1, 1, 1], [1, 1, 1]])
    window.kernel_dock.divisor.setValue(9)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, text="": ("  My   box ", True)))
    window.kernel_dock.tools.actions["savePreset"].trigger()
    button = window.findChild(QPushButton, "userPreset-My box")
    assert button is not None
    assert window.kernel_dock.user_box.isVisibleTo(window.kernel_dock)
    # Kept in the settings: a new store (as at the next start) reads it back, exactly.
    again = UserPresets()
    assert again.names() == ["My box"]
    np.testing.assert_array_equal(again.kernel("My box"), np.full((3, 3), 1 / 9))
    window.document.select(-1)
    wait_result(qtbot, window, lambda: click(qtbot, button))
    added = steps_of(window)[1]
    assert added.name == "My box"
    np.testing.assert_array_equal(added.kernel, np.full((3, 3), 1 / 9))
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_saving_under_a_taken_name_asks_first(window, monkeypatch, questions):
    start(window)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, text="": ("Mine", True)))
    tools = window.kernel_dock.tools
    tools.save_preset()
    tools.actions["negate"].trigger()
    tools.save_preset()  # the cautious answer: No
    assert questions.asked[-1] == "Replace the preset?"
    np.testing.assert_array_equal(window.user_presets.kernel("Mine"), ASYMMETRIC)
    questions.answers.append(QMessageBox.StandardButton.Yes)
    tools.save_preset()
    np.testing.assert_array_equal(window.user_presets.kernel("Mine"), -ASYMMETRIC)


class Answers:
    """Stands in for QInputDialog.getText: gives `names` in turn, then Cancel; records the
    labels asked with and the text suggested."""

    def __init__(self, *names):
        self.names, self.labels, self.suggested = list(names), [], []

    def __call__(self, parent, title, label, text=""):
        self.labels.append(label)
        self.suggested.append(text)
        return (self.names.pop(0), True) if self.names else ("", False)


@pytest.mark.parametrize(("name", "why"), [("", "needs a name"), ("   ", "needs a name"),
                                           ("x" * 41, "at most")])
def test_a_bad_preset_name_is_asked_again_saying_why(window, monkeypatch, name, why):
    start(window)
    answers = Answers(name)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answers))
    window.kernel_dock.tools.save_preset()
    assert window.user_presets.names() == []
    assert len(answers.labels) == 2  # asked again, then cancelled
    assert why in answers.labels[1]
    assert answers.suggested[1] == name  # what was typed is kept to be corrected


def test_deleting_a_preset_asks_and_removes_its_button(qtbot, window, monkeypatch, questions):
    start(window)
    window.user_presets.save("Gone soon", ASYMMETRIC)
    assert window.findChild(QPushButton, "userPreset-Gone soon") is not None
    window.kernel_dock.tools.delete_preset("Gone soon")  # cautious answer: No
    assert window.user_presets.names() == ["Gone soon"]
    questions.answers.append(QMessageBox.StandardButton.Yes)
    window.kernel_dock.tools.delete_preset("Gone soon")
    assert window.user_presets.names() == []
    assert UserPresets().names() == []
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "userPreset-Gone soon") is None)
    assert not window.kernel_dock.user_box.isVisibleTo(window.kernel_dock)


def test_broken_saved_presets_are_skipped_not_fatal(qtbot, photo_path):
    QSettings().setValue("presets/user", '[{"name": "ok", "kernel": "1 2; 3 4"}, '
                                          '{"name": "bad", "kernel": "1 x"}, 7]')
    window = open_window(qtbot, photo_path)
    assert window.user_presets.names() == ["ok"]
    assert len(window.user_presets.problems) == 2
    assert "could not be read" in window.messages.dialog.text()
    UserPresetStore().path.write_text("not json")
    again = UserPresets()
    assert again.names() == []
    assert "damaged" in again.problems[0]


def test_presets_in_the_old_settings_move_to_the_shared_store_once(qtbot):
    QSettings().setValue("presets/user", '[{"name": "Old", "kernel": "1 2; 3 4"}]')
    presets = UserPresets()
    assert presets.names() == ["Old"]
    assert not QSettings().contains("presets/user")
    stored, problems = UserPresetStore().read()  # what the command line reads
    assert problems == []
    np.testing.assert_array_equal(stored["Old"], [[1, 2], [3, 4]])
    presets.remove("Old")
    assert UserPresets().names() == []  # not moved a second time


def test_a_preset_saved_in_the_window_is_the_command_lines(qtbot, window, monkeypatch, tmp_path):
    start(window)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, text="": ("Tilted", True)))
    window.kernel_dock.tools.save_preset()
    assert UserPresetStore().path.is_relative_to(tmp_path)  # never the real home folder
    result = subprocess.run([sys.executable, "-m", "kernelstudio", "presets", "tilted"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Tilted: your preset")
    np.testing.assert_array_equal(
        parse_kernel_text("\n".join(result.stdout.splitlines()[2:])), ASYMMETRIC)


def test_a_preset_is_not_saved_under_a_built_in_name(window, monkeypatch):
    start(window)
    answers = Answers("Sharpen", "My sharpen")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answers))
    window.kernel_dock.tools.save_preset()
    assert "built-in preset" in answers.labels[1]
    assert window.user_presets.names() == ["My sharpen"]


def test_the_suggested_name_of_a_built_in_preset_step_can_be_saved(qtbot, window, monkeypatch):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="emboss"),)), 0, "emboss"))
    answers = Answers()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answers))
    window.kernel_dock.tools.save_preset()
    assert answers.suggested == ["My emboss"]


def test_in_qt_test_mode_the_presets_stay_out_of_the_users_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # where Qt's test mode puts its folders
    UserPresetStore().save("The user's", ASYMMETRIC)
    QStandardPaths.setTestModeEnabled(True)
    try:
        presets = UserPresets()
        assert presets.names() == []
        presets.save("Scratch", ASYMMETRIC)
        scratch = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert (scratch / "presets.json").is_file()
    assert scratch.is_relative_to(tmp_path / "home")
    assert list(UserPresetStore().read()[0]) == ["The user's"]
