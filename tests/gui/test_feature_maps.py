"""The feature-map view: tiles equal the core's feature maps; a click adds the kernel."""

import numpy as np
import pytest
from conftest import open_window, steps_of
from PySide6.QtCore import Qt

from kernelstudio.core import Stack, Step, feature_map, luminance, save_image


def show(qtbot, window):
    """Bring the dock to the front and wait for its first maps."""
    dock = window.feature_maps
    dock.raise_()
    qtbot.waitUntil(lambda: dock.source is not None, timeout=20000)
    return dock


def choose(qtbot, dock, bank=None, relu=None, stride=None, pool=None):
    with qtbot.waitSignal(dock.mapsShown, timeout=20000):
        if relu is not None:
            dock.relu.setChecked(relu)
        if stride is not None:
            dock.stride.setValue(stride)
        if pool is not None:
            dock.pool.setChecked(pool)
        if bank is not None:
            dock.bank.setCurrentIndex(dock.bank.findData(bank))
            dock.bank.activated.emit(dock.bank.currentIndex())


def sobel(direction):
    return Step(preset="sobel", params={"direction": direction})


def test_the_source_is_the_photo_in_grey(qtbot, window):
    dock = show(qtbot, window)
    photo = window.document.photo.pixels  # 160×120: already small enough
    np.testing.assert_allclose(dock.source, photo[..., :3] @ [0.299, 0.587, 0.114] / 255,
                               atol=1e-12)


def test_sobel_tiles_equal_the_core(qtbot, window):
    dock = show(qtbot, window)
    choose(qtbot, dock, bank="sobel")
    assert dock.tiles.count() == 4
    texts = [dock.tiles.item(i).text().split("\n")[0] for i in range(4)]
    assert texts == ["Sobel top", "Sobel bottom", "Sobel left", "Sobel right"]
    for values, direction in zip(dock.maps, ("top", "bottom", "left", "right"), strict=True):
        np.testing.assert_array_equal(values, feature_map(dock.source, sobel(direction).kernel))
    # Opposite directions are each other's negatives: what ReLU then keeps differs.
    np.testing.assert_allclose(dock.maps[0], -dock.maps[1], atol=1e-12)


@pytest.mark.parametrize(("relu", "stride", "pool"), [
    (True, 1, False), (False, 2, False), (True, 1, True), (True, 3, True)])
def test_relu_stride_and_pooling(qtbot, window, relu, stride, pool):
    dock = show(qtbot, window)
    choose(qtbot, dock, bank="sobel", relu=relu, stride=stride, pool=pool)
    height, width = dock.source.shape
    for values, direction in zip(dock.maps, ("top", "bottom", "left", "right"), strict=True):
        reference = feature_map(dock.source, sobel(direction).kernel, relu=relu, stride=stride,
                                pool=pool)
        np.testing.assert_array_equal(values, reference)
        rows, cols = -(-height // stride), -(-width // stride)
        assert values.shape == ((rows // 2, cols // 2) if pool else (rows, cols))
        if relu:
            assert values.min() >= 0
    label = dock.tiles.item(0).text().split("\n")[1]
    assert label == f"{dock.maps[0].shape[1]}×{dock.maps[0].shape[0]}"


def test_the_stack_bank_follows_the_stack(qtbot, window):
    dock = show(qtbot, window)
    choose(qtbot, dock, bank="stack")
    assert dock.tiles.count() == 0
    assert "empty" in dock.status.text()
    stack = Stack((Step(preset="emboss"), Step(kernel=[[1, 1], [1, 1]], divisor=4)))
    with qtbot.waitSignal(dock.mapsShown, timeout=20000):
        window.document.edit(stack, 0, "two steps")
    assert dock.tiles.count() == 2
    for values, step in zip(dock.maps, stack.steps, strict=True):
        np.testing.assert_array_equal(values, feature_map(dock.source,
                                                          step.weights_and_anchor()[0]))


def test_clicking_a_tile_adds_its_kernel_with_undo(qtbot, window):
    dock = show(qtbot, window)
    choose(qtbot, dock, bank="sobel")
    tile = dock.tiles.item(2)
    qtbot.mouseClick(dock.tiles.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.tiles.visualItemRect(tile).center())
    assert steps_of(window) == (sobel("left"),)
    assert window.document.selection == 0
    window.qactions["undo"].trigger()
    assert steps_of(window) == ()


def test_every_preset_bank_includes_the_users_presets(qtbot, window):
    window.user_presets.save("Diagonal", [[1, 0], [0, -1]])
    dock = show(qtbot, window)
    choose(qtbot, dock, bank="presets")
    titles = [dock.tiles.item(i).text().split("\n")[0] for i in range(dock.tiles.count())]
    assert titles[-1] == "Diagonal"
    np.testing.assert_array_equal(dock.maps[-1], feature_map(dock.source, [[1, 0], [0, -1]]))


def test_a_large_photo_is_shrunk_first(qtbot, tmp_path):
    rng = np.random.default_rng(7)
    path = tmp_path / "large.png"
    save_image(path, rng.integers(0, 256, (600, 1000, 3), dtype=np.uint8))
    window = open_window(qtbot, path)
    dock = show(qtbot, window)
    assert dock.source.shape == (150, 250)  # 4×4 blocks averaged
    expected = luminance(window.document.photo.pixels[:600, :1000]).reshape(150, 4, 250, 4)
    np.testing.assert_allclose(dock.source, expected.mean(axis=(1, 3)), atol=0.5 / 255 + 1e-9)


def test_pooling_a_one_pixel_photo_is_explained(qtbot, tmp_path):
    path = tmp_path / "dot.png"
    save_image(path, np.full((1, 1, 3), 200, np.uint8))
    window = open_window(qtbot, path)
    dock = show(qtbot, window)
    dock.pool.setChecked(True)
    qtbot.waitUntil(lambda: dock.tiles.count() == 0, timeout=20000)
    assert "pool" in dock.status.text()
