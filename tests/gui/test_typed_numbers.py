"""Numbers typed into the window are read as the command line reads them: extremes are refused
with the same message, and the window goes on responding."""

import numpy as np
import pytest
from conftest import expected, steps_of, type_into, wait_result
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from kernelstudio.core import (
    MAX_NUMBER_TEXT,
    PresetError,
    StepError,
    parse_number,
    parse_preset_spec,
)
from kernelstudio.gui.widgets.numbers import NumberBox


def choose(qtbot, window, preset):
    button = window.findChild(QPushButton, f"preset-{preset}")
    wait_result(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def param_box(window, name):
    return window.kernel_dock.param_controls[name].editor.spin


def message(window):
    return window.statusBar().currentMessage()


def core_message(text, where):
    with pytest.raises(StepError) as caught:
        parse_number(text, where, error=StepError)
    return str(caught.value)


@pytest.mark.parametrize("text", ["1e-99999999", "1e400", "inf", "lots", "9" * 5000])
def test_extreme_text_in_a_preset_parameter_is_refused_with_the_core_message(
        qtbot, window, text):
    choose(qtbot, window, "gaussian")
    before = window.document.stack
    box = param_box(window, "sigma")
    type_into(qtbot, box, text)
    shown = text[:MAX_NUMBER_TEXT + 8]  # the box holds no more than the core reads
    assert core_message(shown, "sigma") in message(window)
    assert window.document.stack is before
    assert box.value() == 0.0  # the last good value is back
    # The window still responds: the next edit is made and rendered.
    wait_result(qtbot, window, lambda: type_into(qtbot, box, "1/2"))
    assert steps_of(window)[0].params["sigma"] == 0.5
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_the_command_line_says_the_same_about_the_same_text(qtbot, window):
    choose(qtbot, window, "gaussian")
    type_into(qtbot, param_box(window, "sigma"), "1e-99999999")
    with pytest.raises(PresetError) as caught:
        parse_preset_spec("gaussian:sigma=1e-99999999")
    # The same words; the window names the box, the command line the preset too.
    assert str(caught.value).replace("gaussian: sigma", "sigma") in message(window)


def test_whole_number_and_range_refusals_in_parameter_boxes(qtbot, window):
    choose(qtbot, window, "gaussian")
    size = param_box(window, "size")
    type_into(qtbot, size, "7.5")
    assert "size must be a whole number, got 7.5" in message(window)
    type_into(qtbot, size, "1e300")
    assert "size must be between 1 and 31, got 1e+300" in message(window)
    assert steps_of(window)[0].kernel.shape == (5, 5)
    wait_result(qtbot, window, lambda: type_into(qtbot, size, "7"))
    assert steps_of(window)[0].kernel.shape == (7, 7)


def test_step_option_boxes_read_fractions_and_refuse_extremes(qtbot, window):
    choose(qtbot, window, "sharpen")
    dock = window.kernel_dock
    wait_result(qtbot, window, lambda: type_into(qtbot, dock.divisor, "1/4"))
    assert steps_of(window)[0].divisor == 0.25
    type_into(qtbot, dock.offset, "-1e-99999999")
    assert "closer to 0" in message(window)
    assert steps_of(window)[0].offset == 0
    type_into(qtbot, dock.opacity.spin, "1e400")
    assert "not a finite number" in message(window)
    assert steps_of(window)[0].opacity == 1


def test_extreme_text_in_a_kernel_cell_is_refused_and_the_window_responds(qtbot, window):
    choose(qtbot, window, "sharpen")
    dock = window.kernel_dock
    before = window.document.stack
    table = dock.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.edit(table.model().index(0, 0))
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1e-99999999")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.refused_cell() == (0, 0))
    assert "'1e-99999999' is closer to 0" in message(window)
    assert window.document.stack is before
    wait_result(qtbot, window, lambda: table.model().setData(table.model().index(0, 0), "1/8"))
    assert steps_of(window)[0].kernel[0, 0] == 0.125


@pytest.mark.parametrize(("language", "point"), [(QLocale.Language.English, "."),
                                               (QLocale.Language.German, ",")])
def test_a_number_box_writes_its_locales_point_and_reads_it_and_the_cores(
        qtbot, language, point):
    box = NumberBox()
    qtbot.addWidget(box)
    box.setLocale(QLocale(language))
    box.setRange(-10, 10)
    box.setDecimals(3)
    box.setAccessibleName("amount")
    box.setKeyboardTracking(False)
    box.setValue(-1e-15)
    assert box.text() == f"0{point}000"  # no minus sign on what shows as 0
    box.setValue(0.5)
    assert box.text() == f"0{point}500"
    box.show()
    said = []
    box.refused.connect(said.append)
    with qtbot.waitSignal(box.valueChanged):
        type_into(qtbot, box, "-1/4")
    assert box.value() == -0.25
    with qtbot.waitSignal(box.valueChanged):
        type_into(qtbot, box, "0.75")  # the core's point, in any language
    assert box.value() == 0.75
    with qtbot.waitSignal(box.valueChanged):
        type_into(qtbot, box, f"-2{point}5")
    assert box.value() == -2.5
    other = "," if point == "." else ";"
    type_into(qtbot, box, f"0{other}5")
    assert said[-1] == core_message(f"0{other}5", "amount")  # quoted as typed
    type_into(qtbot, box, "1,5x")
    assert said[-1] == core_message("1,5x", "amount")
    assert box.value() == -2.5
    type_into(qtbot, box, "11")
    assert said[-1] == "amount must be between -10 and 10, got 11"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "9" * 200)
    assert box.lineEdit().text() == "9" * (MAX_NUMBER_TEXT + 8)  # no more than the core reads
