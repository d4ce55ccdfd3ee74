"""The preset buttons under their family tabs, and presets that bring step options."""

import numpy as np
from conftest import expected, steps_of, wait_result
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget

from kernelstudio.core import FAMILIES, PRESETS, Stack, Step, get_preset


def families(window) -> QTabWidget:
    return window.findChild(QTabWidget, "presetFamilies")


def click_preset(qtbot, window, name):
    """Open the preset's tab and click its button, as a person would."""
    tabs = families(window)
    tab_bar = tabs.tabBar()
    index = FAMILIES.index(get_preset(name).family)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(index).center())
    button = window.findChild(QPushButton, f"preset-{name}")
    assert button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_preset_has_one_button_under_its_familys_tab(window):
    tabs = families(window)
    assert [tabs.tabText(index) for index in range(tabs.count())] == list(FAMILIES)
    for index, family in enumerate(FAMILIES):
        buttons = tabs.widget(index).findChildren(QPushButton)
        assert sorted(button.objectName() for button in buttons) == sorted(
            f"preset-{preset.name}" for preset in PRESETS.values() if preset.family == family)
    assert len(tabs.findChildren(QPushButton)) == len(PRESETS)
    tip = window.findChild(QPushButton, "preset-kirsch").toolTip()
    assert "Source: ImageMagick Kirsch." in tip


def test_a_preset_on_another_tab_is_one_tab_click_away(qtbot, window):
    wait_result(qtbot, window, lambda: click_preset(qtbot, window, "kirsch"))
    (step,) = steps_of(window)
    assert step.preset == "kirsch"
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    assert families(window).tabText(families(window).currentIndex()) == "Edges"


def test_selecting_a_step_brings_its_presets_tab_forward(qtbot, window):
    window.document.edit(Stack((Step.from_preset("smooth"), Step.from_preset("gabor"))), 1,
                         "two steps")
    assert families(window).tabText(families(window).currentIndex()) == "Effects"
    window.document.select(0)
    assert families(window).tabText(families(window).currentIndex()) == "Blur"


def test_gabor_shows_its_six_parameters_and_tunes_theta(qtbot, window):
    click_preset(qtbot, window, "gabor")
    dock = window.kernel_dock
    assert list(dock.param_controls) == ["size", "sigma", "theta", "lambda", "gamma", "psi"]
    assert dock.params_box.isVisible()
    wait_result(qtbot, window, lambda: dock.param_controls["theta"].editor.spin.setValue(45))
    (step,) = steps_of(window)
    np.testing.assert_array_equal(step.kernel, get_preset("gabor").kernel(theta=45))
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_contour_brings_its_offset_and_another_preset_takes_it_away(qtbot, window):
    wait_result(qtbot, window, lambda: click_preset(qtbot, window, "contour"))
    dock = window.kernel_dock
    assert steps_of(window)[0].offset == 255
    assert dock.offset.value() == 255
    assert not dock.params_box.isVisible()  # Pillow's built-ins take no parameters
    assert dock.edge_text.text() == "Offset 255: flat areas are white, edges darker."
    np.testing.assert_array_equal(window.rendering.result, Stack(
        (Step(preset="contour", offset=255),)).apply(window.document.photo.pixels))
    click_preset(qtbot, window, "sharpen")
    assert (steps_of(window)[0].preset, steps_of(window)[0].offset) == ("sharpen", 0)
    window.qactions["undo"].trigger()
    assert (steps_of(window)[0].preset, steps_of(window)[0].offset) == ("contour", 255)
