"""The pixel inspector: hover or click a pixel, read the numbers the tutorials draw."""

import numpy as np
import pytest
from conftest import open_window, steps_of, wait_result
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import Stack, Step, save_image
from kernelstudio.core.light import decode_srgb
from kernelstudio.gui.docks.inspector import stage_lines


def screen_point(window, row, col):
    """Where photo pixel (row, col) is on the canvas's viewport."""
    canvas = window.canvas
    scene = canvas.view.mapViewToScene(QPointF(col + 0.5, row + 0.5))
    return canvas.mapFromScene(scene)


def hover(qtbot, window, row, col):
    inspector = window.inspector
    with qtbot.waitSignal(inspector.inspected, timeout=10000):
        qtbot.mouseMove(window.canvas.viewport(), screen_point(window, row, col))
    return inspector


def click(qtbot, window, row, col):
    inspector = window.inspector
    with qtbot.waitSignal(inspector.inspected, timeout=10000):
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=screen_point(window, row, col))
    return inspector


def neighbourhood(pixels, row, col, size=3, mode="reflect"):
    """The size×size pixels around (row, col), padded by NumPy (reflect is reflect101)."""
    half = size // 2
    padded = np.pad(pixels.astype(np.float64), ((half, half), (half, half), (0, 0)), mode=mode)
    return padded[row:row + size, col:col + size]


@pytest.fixture
def sharpened(qtbot, window):
    wait_result(qtbot, window, lambda: qtbot.mouseClick(
        window.findChild(QPushButton, "preset-sharpen"), Qt.MouseButton.LeftButton))
    window.inspector.show()
    window.inspector.raise_()
    return window


def test_hovering_a_pixel_shows_neighbourhood_weights_products_and_sum(qtbot, sharpened):
    window = sharpened
    photo = window.document.photo.pixels
    inspector = hover(qtbot, window, 30, 40)
    assert (inspector.inspection.col, inspector.inspection.row) == (40, 30)
    kernel = steps_of(window)[0].kernel
    expected_window = neighbourhood(photo, 30, 40)
    for channel in range(3):
        inspector.channel.setCurrentIndex(channel)
        inspector.channel.activated.emit(channel)
        np.testing.assert_array_equal(inspector.models["window"].values(),
                                      expected_window[..., channel])
        np.testing.assert_array_equal(inspector.models["weights"].values(), kernel)
        np.testing.assert_array_equal(inspector.models["products"].values(),
                                      expected_window[..., channel] * kernel)
    # What the user reads: the cells as text, and the sum and output per channel.
    model = inspector.models["window"]
    assert model.data(model.index(1, 1)) == str(int(photo[30, 40, 2]))
    sums = (expected_window * kernel[..., None]).sum(axis=(0, 1))
    lines = dict(stage_lines(inspector.inspection))
    np.testing.assert_array_equal(lines["Sum of products"], sums)
    np.testing.assert_array_equal(lines["Rounded and clipped"], np.clip(np.rint(sums), 0, 255))
    np.testing.assert_array_equal(inspector.inspection.after, window.rendering.result[30, 40])
    summary = inspector.summary.text()
    for value in (*sums.astype(int), *window.rendering.result[30, 40]):
        assert f"&nbsp;{value}&nbsp;" in summary or f"<b>{value}</b>" in summary
    # The marker outlines the pixel and the 3×3 it reads.
    marker = window.canvas.window_marker
    assert marker.isVisible()
    assert marker.rect().getRect() == (39, 29, 3, 3)
    assert window.canvas.pixel_marker.rect().getRect() == (40, 30, 1, 1)


def test_a_corner_pixel_shows_the_border_rule(qtbot, sharpened):
    window = sharpened
    inspector = hover(qtbot, window, 0, 0)
    expected_window = neighbourhood(window.document.photo.pixels, 0, 0)
    np.testing.assert_array_equal(inspector.models["window"].values(), expected_window[..., 0])
    assert window.canvas.window_marker.rect().getRect() == (-1, -1, 3, 3)


def test_a_click_pins_the_pixel_until_follow_is_pressed(qtbot, sharpened):
    window = sharpened
    inspector = click(qtbot, window, 20, 12)
    assert inspector.pinned
    assert (inspector.inspection.col, inspector.inspection.row) == (12, 20)
    assert "pinned" in inspector.title.text()
    with qtbot.assertNotEmitted(inspector.inspected, wait=200):
        qtbot.mouseMove(window.canvas.viewport(), screen_point(window, 50, 50))
    assert inspector.follow.isEnabled()
    qtbot.mouseClick(inspector.follow, Qt.MouseButton.LeftButton)
    assert not inspector.pinned
    hover(qtbot, window, 48, 52)
    assert (inspector.inspection.col, inspector.inspection.row) == (52, 48)


def test_a_later_step_is_explained_on_its_own_input(qtbot, window):
    stack = Stack((Step(preset="box", params={"size": 5}),
                   Step(preset="emboss", offset=128, opacity=0.5, absolute=True)))
    wait_result(qtbot, window, lambda: window.document.edit(stack, 1, "two steps"))
    window.inspector.raise_()
    inspector = hover(qtbot, window, 45, 70)
    blurred = stack.steps[0].apply(window.document.photo.pixels)
    np.testing.assert_array_equal(inspector.models["window"].values(),
                                  neighbourhood(blurred, 45, 70)[..., 0])
    lines = stage_lines(inspector.inspection)
    assert [label for label, _ in lines] == [
        "Sum of products", "Absolute value", "+ offset 128", "Mixed 50% with the input",
        "Rounded and clipped"]
    # The arithmetic shown ends where the step's real output is (float32 rounding aside).
    assert np.abs(lines[-1][1] - window.rendering.result[45, 70]).max() <= 1
    np.testing.assert_array_equal(inspector.inspection.after, window.rendering.result[45, 70])


def test_editing_the_kernel_updates_what_is_shown(qtbot, sharpened):
    window = sharpened
    inspector = hover(qtbot, window, 30, 40)
    with qtbot.waitSignal(inspector.inspected, timeout=10000):
        window.kernel_dock.table.model().setData(window.kernel_dock.table.model().index(1, 1),
                                                 "9")
    assert inspector.models["weights"].values()[1, 1] == 9


def test_a_disabled_step_is_explained_but_marked(qtbot, sharpened):
    window = sharpened
    model = window.stack_dock.model
    wait_result(qtbot, window, lambda: model.setData(model.index(0), 0,
                                                     Qt.ItemDataRole.CheckStateRole))
    inspector = hover(qtbot, window, 10, 10)
    assert inspector.inspection.after is None
    assert "disabled" in inspector.summary.text()


def test_pixels_a_valid_border_drops_are_explained_in_words(qtbot, window):
    stack = Stack((Step(preset="box", params={"size": 5}, border="valid"),))
    wait_result(qtbot, window, lambda: window.document.edit(stack, 0, "valid"))
    window.inspector.raise_()
    inspector = hover(qtbot, window, 1, 1)
    assert inspector.inspection.explanation is None
    assert "valid" in inspector.summary.text()
    inspector = hover(qtbot, window, 2, 2)  # the first pixel a 5×5 valid box keeps
    assert inspector.inspection.explanation is not None
    np.testing.assert_array_equal(inspector.inspection.after, window.rendering.result[0, 0])


def test_without_a_selected_step_it_says_what_to_do(qtbot, window):
    window.inspector.raise_()
    window.inspector.inspect(5, 5)
    assert "Select a step" in window.inspector.title.text()
    assert window.inspector.inspection is None


def test_grey_and_alpha_channels_are_named_and_explained(qtbot, tmp_path):
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 256, (40, 50, 2), dtype=np.uint8)
    path = tmp_path / "grey-alpha.png"
    save_image(path, pixels)
    window = open_window(qtbot, path)
    stack = Stack((Step(preset="sharpen", channels="all"),))
    wait_result(qtbot, window, lambda: window.document.edit(stack, 0, "all"))
    window.inspector.raise_()
    inspector = hover(qtbot, window, 10, 20)
    assert inspector.inspection.channels == ("L", "A")
    assert [inspector.channel.itemText(i) for i in range(2)] == ["L", "A"]
    inspector.channel.setCurrentIndex(1)
    inspector.channel.activated.emit(1)
    np.testing.assert_array_equal(inspector.models["window"].values(),
                                  neighbourhood(pixels, 10, 20)[..., 1])
    np.testing.assert_array_equal(inspector.inspection.after, window.rendering.result[10, 20])


def test_opening_another_photo_lets_go_of_the_pinned_pixel(qtbot, sharpened, tmp_path):
    window = sharpened
    inspector = click(qtbot, window, 110, 150)
    assert inspector.pinned
    path = tmp_path / "small.png"
    save_image(path, np.zeros((20, 30, 3), np.uint8))
    with qtbot.waitSignal(window.rendering.resultReady, timeout=20000):
        window.files.open_photo(str(path))
    assert not inspector.pinned
    assert inspector.inspection is None
    assert not window.canvas.pixel_marker.isVisible()
    assert "Hover over the photo" in inspector.title.text()


def test_the_title_says_which_pass_and_that_colour_is_light(qtbot, sharpened):
    window = sharpened
    step = steps_of(window)[0]
    wait_result(qtbot, window, lambda: window.document.edit_current(
        "Light", None, linear=True, iterations=3))
    inspector = hover(qtbot, window, 20, 25)
    title = inspector.title.text()
    assert "Row 20, column 25" in title
    assert "the last of 3 passes" in title
    assert "linear light" in title
    # The neighbourhood it shows is the second pass's result, in levels of light.
    before = step.replace(iterations=2, linear=True).apply(window.document.photo.pixels)
    light = decode_srgb(before[19:22, 24:27, 0] / 255) * 255
    inspector.channel.setCurrentIndex(0)
    inspector.channel.activated.emit(0)
    shown = inspector.inspection.explanation.window[..., 0]
    np.testing.assert_allclose(shown, light)
