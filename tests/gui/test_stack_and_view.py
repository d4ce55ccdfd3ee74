"""The stack dock and the canvas: steps in order, split view, zoom, the pixel readout."""

import numpy as np
from conftest import expected, steps_of, wait_result
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import MAX_STEPS, Stack, Step


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def build(window, *presets):
    window.document.edit(Stack(tuple(Step(preset=name) for name in presets)), 0, "test stack")


def titles(window):
    return [step.title for step in steps_of(window)]


def test_add_puts_an_identity_step_after_the_selected_one(qtbot, window):
    build(window, "sharpen", "blur")
    window.document.select(0)
    click(qtbot, window.stack_dock.add)
    assert titles(window) == ["Sharpen", "Identity", "Blur"]
    assert window.document.selection == 1
    assert window.stack_dock.list.currentIndex().row() == 1


def test_a_full_stack_refuses_another_step_in_the_status_bar(qtbot, window):
    window.document.edit(Stack((Step(kernel=[[1]], enabled=False),) * MAX_STEPS), 0, "full")
    click(qtbot, window.stack_dock.add)
    assert len(window.document.stack.steps) == MAX_STEPS
    assert window.status.currentMessage() == (
        f"A stack holds at most {MAX_STEPS} steps; remove one first.")
    assert window.messages.dialog is None


def test_selecting_a_step_loads_it_into_the_kernel_dock(qtbot, window):
    build(window, "sharpen", "box")
    view = window.stack_dock.list
    rect = view.visualRect(window.stack_dock.model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.selection == 1
    assert window.kernel_dock.params_box.title() == "Box blur parameters"
    assert window.kernel_dock.table.model().data(
        window.kernel_dock.table.model().index(0, 0)) == "1/9"


def test_remove_up_and_down(qtbot, window):
    build(window, "sharpen", "blur", "emboss")
    window.document.select(1)
    click(qtbot, window.stack_dock.up)
    assert titles(window) == ["Blur", "Sharpen", "Emboss"]
    assert window.document.selection == 0
    assert not window.stack_dock.up.isEnabled()
    click(qtbot, window.stack_dock.down)
    click(qtbot, window.stack_dock.down)
    assert titles(window) == ["Sharpen", "Emboss", "Blur"]
    assert not window.stack_dock.down.isEnabled()
    wait_result(qtbot, window, lambda: click(qtbot, window.stack_dock.remove))
    assert titles(window) == ["Sharpen", "Emboss"]
    assert window.document.selection == 1
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_drag_and_drop_reorders(qtbot, window):
    build(window, "sharpen", "blur", "emboss")
    model = window.stack_dock.model
    mime = model.mimeData([model.index(0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    assert titles(window) == ["Blur", "Emboss", "Sharpen"]
    mime = model.mimeData([model.index(2)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index(-1))
    assert titles(window) == ["Blur", "Sharpen", "Emboss"]
    window.qactions["undo"].trigger()
    assert titles(window) == ["Blur", "Emboss", "Sharpen"]


def test_unticking_a_step_disables_it(qtbot, window):
    build(window, "sharpen", "emboss")
    model = window.stack_dock.model
    assert model.data(model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    wait_result(qtbot, window, lambda: model.setData(model.index(1), Qt.CheckState.Unchecked.value,
                                                     Qt.ItemDataRole.CheckStateRole))
    assert not steps_of(window)[1].enabled
    np.testing.assert_array_equal(window.rendering.result, Stack((Step(preset="sharpen"),)).apply(
        window.document.photo.pixels))


def test_steps_can_be_renamed(qtbot, window):
    build(window, "sharpen")
    model = window.stack_dock.model
    model.setData(model.index(0), "Crisp")
    assert steps_of(window)[0].name == "Crisp"
    assert model.data(model.index(0)).startswith("Crisp")


def test_with_no_step_the_options_show_a_new_steps_defaults(qtbot, window):
    dock = window.kernel_dock
    assert not dock.options_box.isEnabled()
    assert dock.hint.isVisibleTo(dock)
    assert (dock.divisor.value(), dock.opacity.value()) == (1.0, 100)


def test_custom_kernels_are_named_by_size(qtbot, window):
    window.document.edit(Stack((Step(kernel=np.ones((5, 5)) / 25),)), 0, "custom")
    assert window.stack_dock.model.data(window.stack_dock.model.index(0)) == "Custom 5×5"


def test_split_view_shows_before_left_of_the_line(qtbot, window):
    canvas = window.canvas
    assert window.qactions["split"].isChecked()
    assert canvas.split_view()
    assert canvas.split.isVisible()
    canvas.set_split_position(40)
    assert canvas.after_area().left() == 40
    window.qactions["split"].trigger()
    assert not canvas.split_view()
    assert not canvas.split.isVisible()
    assert canvas.after_area().left() == 0  # the result covers the whole photo


def test_holding_backslash_shows_the_original(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.keyPress(window.canvas, Qt.Key.Key_Backslash)
    assert window.canvas.showing_original()
    assert not window.canvas.after.isVisible()
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Backslash)
    assert not window.canvas.showing_original()
    assert window.canvas.after.isVisible()


def test_fit_and_actual_size(qtbot, window):
    window.canvas.resize(800, 600)
    window.qactions["actual"].trigger()
    assert abs(window.canvas.zoom() - 1.0) < 0.01
    assert window.status.zoom_label.text() == "100%"
    window.qactions["zoom_in"].trigger()
    assert abs(window.canvas.zoom() - 2.0) < 0.02
    window.qactions["fit"].trigger()
    top, left, bottom, right = window.canvas.visible_rect()
    assert (top, left, bottom, right) == (0, 0, 120, 160)


def test_status_bar_shows_size_and_the_pixel_under_the_cursor(qtbot, window):
    assert window.status.size_label.text() == "160×120"
    wait_result(qtbot, window, lambda: window.findChild(QPushButton, "preset-emboss").click())
    canvas = window.canvas
    scene_point = canvas.view.mapViewToScene(QPointF(30.5, 20.5))
    qtbot.mouseMove(canvas.viewport(), canvas.mapFromScene(scene_point))
    before = " ".join(str(v) for v in window.document.photo.pixels[20, 30])
    after = " ".join(str(v) for v in window.rendering.result[20, 30])
    assert window.status.pixel_label.text() == f"x 30, y 20   before {before}   after {after}"
