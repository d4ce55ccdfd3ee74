"""Editing the stack from the kernel dock, as a user clicks and types, with undo."""

import numpy as np
import pytest
from conftest import expected, steps_of, wait_result
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QPushButton, QSpinBox

from kernelstudio.core import Stack, Step, get_preset


def click(qtbot, window, name):
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table(window):
    return window.kernel_dock.table


def cell(window, row, col):
    return table(window).model().index(row, col)


def test_preset_on_an_empty_stack_adds_a_step_and_selects_it(qtbot, window):
    assert steps_of(window) == ()
    wait_result(qtbot, window, lambda: click(qtbot, window, "preset-sharpen"))
    assert [step.title for step in steps_of(window)] == ["Sharpen"]
    assert window.document.selection == 0
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    assert not np.array_equal(window.rendering.result, window.document.photo.pixels)


def test_preset_on_a_selected_step_replaces_its_kernel_in_one_undo(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    window.document.edit_current("opacity", opacity=0.5)
    wait_result(qtbot, window, lambda: click(qtbot, window, "preset-blur"))
    (step,) = steps_of(window)
    assert step.preset == "blur"
    assert step.opacity == 0.5
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    window.qactions["undo"].trigger()
    assert steps_of(window)[0].preset == "sharpen"
    window.qactions["redo"].trigger()
    assert steps_of(window)[0].preset == "blur"


def test_typing_numbers_and_fractions_into_cells(qtbot, window):
    click(qtbot, window, "preset-blur")
    model = table(window).model()
    assert model.rowCount() == 3
    assert model.columnCount() == 3
    assert model.data(cell(window, 0, 0)) == "1/16"
    assert model.setData(cell(window, 0, 0), "1/8")
    assert steps_of(window)[0].kernel[0, 0] == 0.125
    assert steps_of(window)[0].preset is None  # an edited kernel is custom
    # Through the view, as a person types.
    table(window).setFocus()
    table(window).setCurrentIndex(cell(window, 1, 1))
    table(window).edit(cell(window, 1, 1))
    editor = table(window).findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "-1/2")
    wait_result(qtbot, window, lambda: qtbot.keyClick(editor, Qt.Key.Key_Return))
    assert steps_of(window)[0].kernel[1, 1] == -0.5
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_text_that_is_not_a_number_is_refused_visibly(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    before = window.document.stack
    assert not table(window).model().setData(cell(window, 0, 0), "abc")
    assert "'abc' is not a number" in window.statusBar().currentMessage()
    assert not table(window).model().setData(cell(window, 0, 0), "1 2")
    assert "is not one number" in window.statusBar().currentMessage()
    assert window.document.stack is before
    # Typed into the cell: the text is kept until Enter, then refused at the cell itself.
    table(window).setCurrentIndex(cell(window, 0, 0))
    table(window).edit(cell(window, 0, 0))
    editor = table(window).findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "x7y")
    assert editor.text() == "x7y"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: table(window).refused_cell() == (0, 0))
    assert window.document.stack is before
    assert "x7y" in table(window).refused_message()
    assert "is not a number" in window.statusBar().currentMessage()
    table(window).edit(cell(window, 0, 0))
    editor = next(e for e in table(window).findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "1/0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "divides by zero" in table(window).refused_message())
    assert steps_of(window)[0].kernel[0, 0] == before.steps[0].kernel[0, 0]


def test_changing_size_keeps_weights_centred(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    size = window.findChild(QComboBox, "kernelSize")
    assert size.currentText() == "3×3"
    original = steps_of(window)[0].kernel.copy()
    size.setCurrentIndex(size.findText("5×5"))
    size.activated.emit(size.currentIndex())
    grown = steps_of(window)[0].kernel
    assert grown.shape == (5, 5)
    np.testing.assert_array_equal(grown[1:4, 1:4], original)
    assert grown[0].sum() == 0
    assert grown[:, 0].sum() == 0
    assert table(window).model().rowCount() == 5
    size.setCurrentIndex(size.findText("3×3"))
    size.activated.emit(size.currentIndex())
    np.testing.assert_array_equal(steps_of(window)[0].kernel, original)
    window.qactions["undo"].trigger()
    assert steps_of(window)[0].kernel.shape == (5, 5)


def test_the_peers_options_edit_the_selected_step_and_undo(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    dock = window.kernel_dock
    window.findChild(QCheckBox, "step-linear").setChecked(True)
    window.findChild(QCheckBox, "step-alpha_weighting").setChecked(False)
    window.findChild(QSpinBox, "stepIterations").setValue(3)
    normalize = window.findChild(QComboBox, "stepNormalize")
    normalize.activated.emit(normalize.findData("gimp"))
    step = steps_of(window)[0]
    assert (step.linear, step.alpha_weighting, step.iterations, step.normalize) == (
        True, False, 3, "gimp")
    assert not dock.divisor.isEnabled()
    assert not dock.offset.isEnabled()
    assert normalize.currentData() == "gimp"
    normalize.activated.emit(normalize.findData(False))
    assert steps_of(window)[0].normalize is False
    assert dock.divisor.isEnabled()
    # The anchor: Ctrl+click a cell, then back to the centre with the button.
    table = dock.table
    assert dock.anchor.text() == "Centre (row 2, column 2)"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(table.model().index(0, 0)).center())
    assert steps_of(window)[0].anchor == (0, 0)
    assert dock.anchor.text() == "Row 1, column 1"
    assert "the anchor" in table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    window.findChild(QPushButton, "stepAnchorCentre").click()
    assert steps_of(window)[0].anchor is None
    window.qactions["undo"].trigger()
    assert steps_of(window)[0].anchor == (0, 0)
    # A kernel of another size starts from the centre again.
    dock.resize_kernel_to(5, 5)
    assert steps_of(window)[0].anchor is None
    for _ in range(6):
        window.qactions["undo"].trigger()
    step = steps_of(window)[0]
    assert (step.linear, step.alpha_weighting, step.iterations) == (True, True, 1)


def test_step_options_edit_the_selected_step(qtbot, window):
    click(qtbot, window, "preset-sobel")
    dock = window.kernel_dock
    dock.divisor.setValue(4)
    dock.offset.setValue(128)
    window.findChild(QCheckBox, "step-absolute").setChecked(True)
    window.findChild(QCheckBox, "step-flip").setChecked(True)
    normalize = window.findChild(QComboBox, "stepNormalize")
    normalize.activated.emit(normalize.findData(True))
    dock.border.setCurrentText("constant")
    dock.cval.setValue(50)
    dock.channels.setCurrentIndex(dock.channels.findData("rg"))
    dock.channels.setCurrentIndex(dock.channels.findData("r"))
    dock.channels.activated.emit(dock.channels.currentIndex())
    wait_result(qtbot, window, lambda: dock.opacity.spin.setValue(60))
    step = steps_of(window)[0]
    assert (step.divisor, step.offset, step.absolute, step.flip, step.normalize) == (
        4, 128, True, True, True)
    assert (step.border, step.cval, step.channels, step.opacity) == ("constant", 50, "r", 0.6)
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_a_zero_divisor_is_refused(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    window.kernel_dock.divisor.setValue(0)
    assert steps_of(window)[0].divisor == 1
    assert "divisor" in window.statusBar().currentMessage()


def test_preset_parameters_are_tuned_with_their_controls(qtbot, window):
    click(qtbot, window, "preset-sharpen")
    inner = window.kernel_dock.findChild(QDoubleSpinBox, None)
    control = window.kernel_dock.param_controls["inner"].editor
    assert (control.spin.minimum(), control.spin.maximum()) == (-20, 20)
    for value in (6, 7, 9):
        control.spin.setValue(value)
    step = steps_of(window)[0]
    assert step.params["inner"] == 9
    assert step.kernel[1, 1] == 9
    np.testing.assert_array_equal(step.kernel, get_preset("sharpen").kernel(inner=9))
    window.qactions["undo"].trigger()  # the three changes were one edit
    assert steps_of(window)[0].params["inner"] == 5
    assert inner is not None


def test_choice_and_odd_parameters(qtbot, window):
    click(qtbot, window, "preset-sobel")
    direction = window.kernel_dock.param_controls["direction"].editor
    direction.setCurrentText("left")
    assert steps_of(window)[0].params["direction"] == "left"
    click(qtbot, window, "preset-gaussian")
    size = window.kernel_dock.param_controls["size"].editor
    size.spin.setValue(7)
    assert steps_of(window)[0].kernel.shape == (7, 7)
    size.spin.setValue(8)  # even: refused, with a message, the step unchanged
    assert steps_of(window)[0].kernel.shape == (7, 7)
    assert "odd" in window.statusBar().currentMessage()


def test_every_kind_of_edit_undoes_and_redoes(qtbot, window):
    document = window.document
    stacks = [document.stack]

    def record(action):
        action()
        stacks.append(document.stack)

    record(lambda: click(qtbot, window, "preset-sharpen"))                      # preset
    record(lambda: table(window).model().setData(cell(window, 0, 0), "1"))      # cell
    size = window.kernel_dock.kernel_size
    record(lambda: size.activated.emit(size.findText("5×5")))                   # size
    record(lambda: window.kernel_dock.offset.setValue(10))                      # option
    record(lambda: qtbot.mouseClick(window.stack_dock.add, Qt.MouseButton.LeftButton))  # add
    record(lambda: click(qtbot, window, "preset-emboss"))
    record(lambda: qtbot.mouseClick(window.stack_dock.up, Qt.MouseButton.LeftButton))   # reorder
    record(lambda: window.stack_dock.model.setData(window.stack_dock.model.index(1), 0,
                                                    Qt.ItemDataRole.CheckStateRole))   # enable
    record(lambda: qtbot.mouseClick(window.stack_dock.remove, Qt.MouseButton.LeftButton))  # remove
    assert len({id(stack) for stack in stacks}) == len(stacks)
    for stack in reversed(stacks[:-1]):
        window.qactions["undo"].trigger()
        assert document.stack == stack
    assert not window.qactions["undo"].isEnabled()
    for stack in stacks[1:]:
        window.qactions["redo"].trigger()
        assert document.stack == stack
    wait_result(qtbot, window, window.qactions["undo"].trigger)
    np.testing.assert_array_equal(window.rendering.result, expected(window))


@pytest.mark.parametrize("name", ["identity", "box", "emboss", "outline", "edge_enhance",
                                  "laplacian", "motion_blur", "unsharp"])
def test_every_preset_button_gives_the_core_result(qtbot, window, name):
    wait_result(qtbot, window, lambda: click(qtbot, window, f"preset-{name}"))
    assert steps_of(window)[0] == Step(preset=name)
    np.testing.assert_array_equal(window.rendering.result, Stack((Step(preset=name),)).apply(
        window.document.photo.pixels))


def test_a_255_by_255_kernel_is_fitted_from_a_sample_of_its_cells(qtbot, window, monkeypatch):
    from kernelstudio.gui.widgets import controls, numbers

    kernel = np.full((255, 255), 1 / 3)
    kernel[7, 9] = 12345.5  # the widest text, off the sample's grid
    window.document.edit(Stack((Step(kernel=kernel),)), 0, "big")
    model = table(window).model()
    asked = []
    real = type(model).data
    monkeypatch.setattr(type(model), "data",
                        lambda self, index, role=Qt.ItemDataRole.DisplayRole: (
                            asked.append(index) or real(self, index, role)))
    width = controls.widest_cell(table(window))
    assert 0 < len(asked) <= 4096
    assert width == table(window).fontMetrics().horizontalAdvance(numbers.weight(1 / 3))
