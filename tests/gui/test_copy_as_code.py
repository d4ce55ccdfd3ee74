"""Edit ▸ Copy Step/Stack as Code: the dialog shows the core's script and copies it."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kernelstudio.core import Stack, Step
from kernelstudio.core.code import TARGETS, stack_to_code, step_to_code

GAUSSIAN = Step.from_preset("gaussian", {"size": 17}, border="replicate")
EMBOSS = Step.from_preset("emboss", offset=128)


def _open(qtbot, window, scope="step"):
    for step in (GAUSSIAN, EMBOSS):
        window.document.add_step(step, "Add step")
    window.document.select(0)
    window.qactions[f"copy_{scope}_code"].trigger()
    dialog = window.code_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot, dialog, target: str) -> None:
    """Pick `target` in the library box as a user does: focus it and step with the keys."""
    dialog.target.setFocus()
    while dialog.target.currentData() != target:
        qtbot.keyClick(dialog.target, Qt.Key.Key_Down)


def test_the_dialog_shows_the_selected_steps_code_and_follows_the_library(qtbot, window):
    dialog = _open(qtbot, window)
    assert dialog.step_choice.isChecked()
    assert dialog.text.toPlainText() == step_to_code(GAUSSIAN, "opencv")
    assert dialog.text.isReadOnly()
    assert dialog.text.lineWrapMode() == dialog.text.LineWrapMode.NoWrap
    assert "python snippet.py IN OUT" in dialog.how.text()
    for name in ("scipy", "pytorch", "magick"):
        _choose(qtbot, dialog, name)
        assert dialog.text.toPlainText() == step_to_code(GAUSSIAN, name)
        assert TARGETS[name].needs in dialog.how.text()
    assert "sh snippet.sh IN OUT" in dialog.how.text()


def test_whole_stack_and_copy_put_the_stacks_code_on_the_clipboard(qtbot, window):
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.stack_choice, Qt.MouseButton.LeftButton)
    stack = Stack((GAUSSIAN, EMBOSS))
    assert dialog.text.toPlainText() == stack_to_code(stack, "opencv")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == stack_to_code(stack, "opencv")
    assert dialog.said.text().startswith("Copied ")
    _choose(qtbot, dialog, "scipy")
    assert dialog.said.text() == ""  # what was copied is no longer what is shown


def test_the_dialog_follows_the_stack_while_it_is_open(qtbot, window):
    dialog = _open(qtbot, window)
    window.document.edit_current("Edit kernel", kernel=np.ones((2, 4)))
    expected = step_to_code(window.document.current_step, "opencv")
    qtbot.waitUntil(lambda: dialog.text.toPlainText() == expected)  # once edits settle
    assert "[1, 1, 1, 1]," in expected
    window.qactions["copy_stack_code"].trigger()
    assert window.code_dialog is dialog  # the one dialog, turned to the stack
    assert dialog.stack_choice.isChecked()


def test_without_a_selection_only_the_stack_can_be_written(qtbot, window):
    dialog = _open(qtbot, window, "stack")
    window.document.select(-1)
    assert not window.qactions["copy_step_code"].isEnabled()
    qtbot.waitUntil(lambda: not dialog.step_choice.isEnabled())
    assert dialog.stack_choice.isChecked()


def test_a_stack_of_disabled_steps_says_there_is_nothing_to_copy(qtbot, window):
    dialog = _open(qtbot, window, "stack")
    for index in range(len(window.document.stack.steps)):
        window.document.select(index)
        window.document.edit_current("Disable", enabled=False)
    qtbot.waitUntil(lambda: not dialog.copy.isEnabled())
    assert dialog.text.toPlainText().startswith("No code to show: the stack has no enabled step")
    assert dialog.code() == ""


def test_the_stack_list_offers_both_in_its_context_menu(window):
    names = [action.objectName() for action in window.stack_dock.list.actions()]
    assert names == ["actionCopyStepAsCode", "actionCopyStackAsCode"]
    assert window.stack_dock.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_the_dialogs_fields_have_names_for_automation(qtbot, window):
    dialog = _open(qtbot, window)
    for widget in (dialog.target, dialog.step_choice, dialog.stack_choice, dialog.text,
                   dialog.copy, dialog.how):
        assert widget.objectName().startswith("code")
        assert widget.accessibleName()
        assert widget.toolTip()
    dialog.close()
    qtbot.waitUntil(lambda: window.code_dialog is None)
