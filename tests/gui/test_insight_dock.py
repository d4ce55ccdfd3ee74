"""The insight dock: heat map, frequency response and facts follow the selected kernel."""

import numpy as np
import pytest
from conftest import steps_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import Step


def click(qtbot, window, name):
    qtbot.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def fact(window, key):
    return window.insight_dock.fact_labels[key].text()


def reference_response(weights, size=64):
    """|DFT| of the zero-padded kernel, centred, by NumPy's FFT."""
    padded = np.zeros((size, size))
    padded[: weights.shape[0], : weights.shape[1]] = weights
    return np.fft.fftshift(np.abs(np.fft.fft2(padded)))


def test_it_shows_the_selected_kernel(qtbot, window):
    dock = window.insight_dock
    assert dock.isVisible()
    assert dock.hint.isVisible()
    assert not dock.cut_title.isVisible()
    click(qtbot, window, "preset-sharpen")
    kernel = steps_of(window)[0].kernel
    np.testing.assert_array_equal(dock.heat_map.kernel(), kernel)
    np.testing.assert_allclose(dock.response, reference_response(kernel), atol=1e-12)
    x, y = dock.cut_plot.frequencies, dock.cut_plot.across
    np.testing.assert_allclose(x, np.fft.fftshift(np.fft.fftfreq(64)))
    np.testing.assert_allclose(y, reference_response(kernel)[32], atol=1e-12)
    np.testing.assert_allclose(dock.cut_plot.down, reference_response(kernel)[:, 32],
                               atol=1e-12)
    dock.grab()  # both plots paint
    assert y[32] == pytest.approx(1.0)  # keeps brightness: flat areas pass at gain 1
    assert y[0] > 4  # the finest detail is boosted: a high-boost filter
    assert "Sharpen" in fact(window, "description")
    assert "keeps brightness" in fact(window, "brightness")
    assert dock.cut_title.isVisible()
    assert fact(window, "separable") == f"no (rank {np.linalg.matrix_rank(kernel)})"
    assert fact(window, "zero_sum") == "no"
    assert not dock.hint.isVisible()


def test_the_heat_map_is_red_above_zero_and_blue_below(qtbot, window):
    click(qtbot, window, "preset-sobel")
    heat = window.insight_dock.heat_map
    top, zero, bottom = heat.cell_color(0, 1), heat.cell_color(1, 1), heat.cell_color(2, 1)
    assert top.red() > 150
    assert top.blue() < 80
    assert bottom.blue() > 150
    assert bottom.red() < 80
    assert zero.red() == zero.green() == zero.blue() > 240
    picture = heat.grab().toImage()
    grid = heat.grid_rect()
    for row, red in ((0, True), (2, False)):  # the middle of the top and bottom rows, as drawn
        drawn = picture.pixelColor(int(grid.left() + grid.width() * 0.38),  # beside the text
                                   int(grid.top() + (row + 0.5) * grid.height() / 3))
        assert (drawn.red() > drawn.blue() + 100) == red
        assert (drawn.blue() > drawn.red() + 100) != red


def test_edits_update_it_live_and_undo_brings_it_back(qtbot, window):
    click(qtbot, window, "preset-blur")
    dock = window.insight_dock
    assert "Blur" in fact(window, "description")
    assert fact(window, "separable").startswith("yes")
    assert fact(window, "symmetry") == ("mirror left-right, mirror top-bottom, 180° rotation, "
                                        "transpose")
    model = window.kernel_dock.table.model()
    model.setData(model.index(1, 1), "0.85")  # sum 1.6
    assert "brightens by 60%" in fact(window, "brightness")
    assert fact(window, "separable") == "no (rank 2)"
    np.testing.assert_allclose(dock.response[32, 32], 1.6)
    window.qactions["undo"].trigger()
    assert "keeps brightness" in fact(window, "brightness")
    np.testing.assert_array_equal(dock.heat_map.kernel(), steps_of(window)[0].kernel)


def test_edge_detectors_and_the_divisor(qtbot, window):
    click(qtbot, window, "preset-outline")
    assert fact(window, "zero_sum") == "yes: an edge detector"
    assert "black" in fact(window, "brightness")
    assert window.insight_dock.response[32, 32] == pytest.approx(0, abs=1e-12)
    click(qtbot, window, "preset-identity")
    window.kernel_dock.divisor.setValue(4)
    assert fact(window, "brightness") == "1 ÷ 4: darkens by 75%"
    np.testing.assert_allclose(window.insight_dock.response, 0.25)


def test_large_kernels_get_a_larger_transform(qtbot, window):
    window.document.add_step(Step(preset="gaussian", params={"size": 31}), "big")
    window.document.edit_current("bigger", kernel=np.ones((3, 101)))
    dock = window.insight_dock
    assert dock.response.shape == (128, 128)
    np.testing.assert_allclose(dock.response, reference_response(np.ones((3, 101)), 128),
                               atol=1e-9)
    assert "Box blur" in fact(window, "description")
    assert fact(window, "separable") == "yes, a 3×1 column times a 1×101 row"
    dock.grab()  # too small to write the weights in: drawn as an image, quickly


def test_no_step_clears_it(qtbot, window):
    click(qtbot, window, "preset-emboss")
    window.document.select(-1)
    dock = window.insight_dock
    assert dock.heat_map.kernel() is None
    assert fact(window, "description") == "—"
    assert dock.hint.isVisible()
