"""The window for people: it fits the screen, the kernel editor works at every size, every
action says what it did, and help is in the window."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import expected, steps_of, wait_result
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QToolButton,
    QToolTip,
)

from kernelstudio.core import Stack, Step

PROBE = Path(__file__).with_name("screen_probe.py")
SCREENS = [(1280, 720), (1600, 1000), (1920, 1080)]


@pytest.fixture(scope="module", params=SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def probed(request, tmp_path_factory):
    """What the window looks like on a screen of this size (a process of its own)."""
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"screen{width}")
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    report = folder / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "XDG_DATA_HOME": str(folder / "data")}
    subprocess.run([sys.executable, str(PROBE), str(report)], check=True, env=env, timeout=300,
                   cwd=PROBE.parent)
    return json.loads(report.read_text())


@pytest.mark.parametrize("screen", [f"{w}x{h}" for w, h in SCREENS])
def test_what_follows_holds_at_every_screen_size(screen, tmp_path):
    """This file's behaviour tests again, in a process whose screen has this size."""
    env = {**os.environ, "KERNELSTUDIO_TEST_SCREEN": screen}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", "not on_screen and not every_screen_size", "--basetemp", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=600, cwd=PROBE.parent.parent.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def inside(rect, screen) -> bool:
    """Whether rect (x, y, width, height) lies wholly inside screen (the same)."""
    (x, y, width, height), (sx, sy, sw, sh) = rect, screen
    return sx <= x and sy <= y and x + width <= sx + sw and y + height <= sy + sh


def test_on_screen_the_first_start_fits_and_the_canvas_gets_most_room(probed):
    assert inside(probed["window"], probed["screen"])
    _, _, ww, wh = probed["window"]
    assert ww >= min(probed["screen"][2], 1400) * 0.95  # not a small window on a large screen
    cw, ch = probed["canvas"]
    assert cw > ww * 0.4
    assert ch > wh * 0.5
    assert probed["inspector_height"] <= wh * 0.3  # short when empty, room for a 5×5


def test_on_screen_no_panel_needs_a_sideways_scroll_bar_and_no_text_is_cut(probed):
    for when, seen in {"first start": probed["first"], **probed["presets"],
                       "three steps": probed["five"]}.items():
        assert seen["sideways"] == [], when
        assert seen["cut"] == [], when
        assert seen.get("wrapped_cut", []) == [], when


def test_on_screen_a_five_by_five_kernel_is_wholly_in_view(probed):
    assert probed["five"]["cells_visible"]
    assert probed["five"]["table_in_view"]


def test_on_screen_a_window_restored_off_the_screen_is_brought_back(probed):
    assert inside(probed["restored"], probed["screen"])


def click_preset(qtbot, window, name, shift=False):
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    wait_result(qtbot, window, lambda: qtbot.mouseClick(
        window.findChild(QPushButton, f"preset-{name}"), Qt.MouseButton.LeftButton, modifier))


def test_a_preset_changes_the_selected_step_and_shift_adds_one(qtbot, window):
    click_preset(qtbot, window, "sharpen")
    click_preset(qtbot, window, "emboss")
    assert [step.preset for step in steps_of(window)] == ["emboss"]
    assert "Shift+click" in window.statusBar().currentMessage()
    assert "Shift+click" in window.findChild(QPushButton, "preset-blur").toolTip()
    click_preset(qtbot, window, "blur", shift=True)
    assert [step.preset for step in steps_of(window)] == ["emboss", "blur"]
    assert window.document.selection == 1
    assert "Added Blur as step 2" in window.statusBar().currentMessage()
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_an_edge_detector_says_why_it_is_black_and_fixes_it_in_one_click(qtbot, window):
    click_preset(qtbot, window, "sobel")
    dock = window.kernel_dock
    assert dock.edge_hint.isVisible()
    body = dock.widget().widget()

    def tools_at() -> QPoint:
        # Word-wrapped labels settle their height in posted layout requests: let them all
        # run before reading positions.
        QApplication.processEvents()
        body.layout().activate()
        QApplication.processEvents()
        return dock.findChild(QToolButton, "tool-editText").mapTo(body, QPoint(0, 0))

    tools = tools_at()
    assert "turn black" in dock.edge_text.text()
    wait_result(qtbot, window, dock.show_both.click)
    assert steps_of(window)[0].absolute
    assert dock.show_both.isChecked()
    assert "Absolute value is on" in dock.edge_text.text()
    assert tools_at() == tools
    window.qactions["undo"].trigger()
    assert not dock.show_both.isChecked()
    wait_result(qtbot, window, dock.mid_grey.click)
    assert steps_of(window)[0].offset == 128
    assert "flat areas go to 128" in dock.sum.text()
    assert "grey" in dock.edge_text.text()
    click_preset(qtbot, window, "blur")
    assert not dock.edge_hint.isVisible()


def text_dialog(window):
    window.findChild(QAction, "action-editText").trigger()
    dialog = window.kernel_dock.tools.text_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_edit_as_text_edits_any_size_and_shows_errors_in_place(qtbot, window):
    dialog = text_dialog(window)  # no step yet: the text becomes a new one
    dialog.editor.setPlainText("1 2 1\n2 4 2\n1 2")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "row 3" in dialog.error.text()
    marked = dialog.editor.extraSelections()  # the row at fault, in place
    assert [mark.cursor.block().blockNumber() for mark in marked] == [2]
    dialog.editor.appendPlainText("")  # any change: the old problem may be gone
    assert not dialog.error.isVisible()
    assert dialog.editor.extraSelections() == []
    big = np.arange(17 * 17).reshape(17, 17) * 0.1234567 - 17
    dialog.editor.setPlainText("\n".join(" ".join(repr(float(v)) for v in row) for row in big))
    wait_result(qtbot, window, ok.click)
    np.testing.assert_array_equal(steps_of(window)[0].kernel, big)
    # Every value of the 17×17 grid fits its column: nothing cut to "9.44e…".
    table = window.kernel_dock.table
    metrics = table.fontMetrics()
    model = table.model()
    for col in range(17):
        widest = max(metrics.horizontalAdvance(model.data(model.index(row, col)))
                     for row in range(17))
        assert table.columnWidth(col) > widest
    # Shortened in the cell, exact in the tooltip.
    assert model.data(model.index(0, 1)) == "-16.9"
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(repr(float(big[0, 1])))


def test_the_size_list_offers_even_and_rectangular_sizes_and_any_other(qtbot, window):
    click_preset(qtbot, window, "sharpen")
    sizes = window.findChild(QComboBox, "kernelSize")
    offered = [sizes.itemText(i) for i in range(sizes.count())]
    for size in ("2×2", "4×4", "1×3", "3×1", "3×5", "Other…"):
        assert size in offered
    sizes.setCurrentIndex(offered.index("Other…"))
    sizes.activated.emit(sizes.currentIndex())
    dialog = window.kernel_dock.size_dialog
    dialog.rows.setValue(4)
    dialog.cols.setValue(6)
    wait_result(qtbot, window, dialog.accept)
    kernel = steps_of(window)[0].kernel
    assert kernel.shape == (4, 6)
    assert kernel[2, 3] == 5  # the centre stays the centre


def test_typing_a_cell_of_a_preset_does_not_move_the_table(qtbot, window):
    click_preset(qtbot, window, "sharpen")
    dock = window.kernel_dock
    body = dock.widget().widget()
    before = dock.table.mapTo(body, QPoint(0, 0))
    assert dock.params_box.isVisible()
    wait_result(qtbot, window, lambda: dock.table.model().setData(
        dock.table.model().index(1, 1), "6"))
    assert steps_of(window)[0].preset is None
    QApplication.processEvents()
    assert dock.table.mapTo(body, QPoint(0, 0)) == before


def test_the_status_bar_after_value_follows_the_result(qtbot, window):
    window.canvas.pixelHovered.emit(10, 20)
    photo = window.document.photo.pixels
    label = window.status.pixel_label
    assert label.text().startswith("x 20, y 10")
    click_preset(qtbot, window, "emboss")
    after = " ".join(str(int(v)) for v in window.rendering.result[10, 20])
    assert label.text().endswith(f"after {after}")
    assert not np.array_equal(photo[10, 20], window.rendering.result[10, 20])


def test_empty_panels_say_what_to_do(qtbot, window):
    dock = window.kernel_dock
    assert dock.hint.isVisible()
    assert "click a preset" in dock.hint.text()
    assert not dock.table.isVisible()
    assert window.stack_dock.model.rowCount() == 0
    assert "Select a step" in window.inspector.title.text()


def test_the_response_has_a_colour_legend(qtbot, window):
    click_preset(qtbot, window, "sharpen")
    insight = window.insight_dock
    insight.raise_()
    insight.refresh()
    assert insight.legend.isVisible()
    assert "yellow" in insight.legend.text()
    assert insight.response_plot.peak == pytest.approx(insight.response.max())


def test_getting_started_and_the_shortcuts_are_in_the_help_menu(qtbot, window):
    started = window.findChild(QAction, "actionGettingStarted")
    shortcuts = window.findChild(QAction, "actionShortcuts")
    assert started in window.menus["help"].actions()
    assert shortcuts in window.menus["help"].actions()
    started.trigger()
    page = window.help_page
    assert page.isVisible()
    assert "kernel" in page.body.toPlainText()
    page.close()
    shortcuts.trigger()
    table = window.help_page.body
    assert isinstance(table, QTableWidget)
    keys = {table.item(row, 0).text() for row in range(table.rowCount())}
    for action in window.actions():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in keys, action.objectName()


def test_zooming_the_grid_out_shows_more_of_a_large_kernel(qtbot, window):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(kernel=np.arange(17 * 17).reshape(17, 17) - 100.5),)), 0, "17×17"))
    table = window.kernel_dock.table
    before = (table.rowHeight(0), table.columnWidth(0))
    table.zoom(-3)
    after = (table.rowHeight(0), table.columnWidth(0))
    assert after[0] < before[0]
    assert after[1] < before[1]
    table.zoom(+3)
    assert (table.rowHeight(0), table.columnWidth(0)) == before


def test_the_canvas_tooltip_does_not_cover_the_photo(qtbot, window):
    canvas = window.canvas
    over_photo = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(30.5, 20.5)))
    event = QHelpEvent(QEvent.Type.ToolTip, over_photo, canvas.viewport().mapToGlobal(over_photo))
    assert canvas.viewportEvent(event)  # taken, and nothing shown
    assert not QToolTip.isVisible()
    assert canvas.toolTip()  # still there for the margins and for accessibility
