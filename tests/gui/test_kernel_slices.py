"""Kernels per channel and across channels in the window: the table edits one slice at a
time, chosen beside it; the pixel inspector shows the whole sum."""

import json

import numpy as np
import pytest
from conftest import expected, open_window, steps_of, wait_result
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from kernelstudio.core import Stack, Step, load_kernel_file, parse_weight, read_kernel_text
from kernelstudio.gui.appdata.session import Session, take_session

BLUR = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], float)
#: Sepia's colour mix (Microsoft's numbers), each weight a 3×3 blur: a look one step makes.
SEPIA = [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]]
ACROSS = np.array([[weight * BLUR for weight in row] for row in SEPIA])
PER = np.array([[[0, -1, 0], [-1, 5, -1], [0, -1, 0]], [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
                [[1, 1, 1], [1, 1, 1], [1, 1, 1]]], float)
RECIPE = {"format": "kernelstudio-recipe", "version": 3, "steps": [
    {"name": "Sepia", "kernel": ACROSS.tolist(), "divisor": 16},
    {"kernel": PER.tolist(), "offset": [10, 0, -5], "normalize": True},
]}


def load(qtbot, window, tmp_path, recipe=None):
    path = tmp_path / "slices.json"
    path.write_text(json.dumps(recipe or RECIPE))
    with qtbot.waitSignals([window.files.recipeLoaded, window.rendering.resultReady],
                           timeout=20000):
        window.files.load_recipe(str(path))


def choose(combo: QComboBox, text: str) -> None:
    """Pick the item showing `text`, as a click in the list does."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def type_cell(qtbot, window, row, col, text):
    table = window.kernel_dock.table
    index = table.model().index(row, col)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    wait_result(qtbot, window, lambda: qtbot.keyClick(editor, Qt.Key.Key_Return))


def grid(window) -> np.ndarray:
    model = window.kernel_dock.table.model()
    return np.array([[parse_weight(model.data(model.index(r, c), Qt.ItemDataRole.EditRole))
                      for c in range(model.columnCount())] for r in range(model.rowCount())])


@pytest.fixture
def loaded(qtbot, window, tmp_path):
    load(qtbot, window, tmp_path)
    return window


def test_a_version_3_recipe_opens_with_titles_kinds_and_slices(loaded):
    window = loaded
    across, per = steps_of(window)
    assert (across.kind, per.kind, per.offset) == ("cross-channel", "per-channel", (10, 0, -5))
    titles = [window.stack_dock.model.data(window.stack_dock.model.index(row))
              for row in range(2)]
    assert titles == ["Sepia  (3×3 across channels)", "Custom 3×3 per channel"]
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    dock = window.kernel_dock
    assert dock.kernel_kind.currentText() == "Across channels"
    assert items(dock.kernel_slice) == [f"{out} ← {source}" for out in "RGB" for source in "RGB"]
    np.testing.assert_array_equal(grid(window), ACROSS[0, 0])
    window.document.select(1)
    assert dock.kernel_kind.currentText() == "Per channel"
    assert items(dock.kernel_slice) == ["R", "G", "B"]
    assert not dock.kernel_slice.isHidden()
    window.document.add_step(Step(preset="box"), "box")
    assert dock.kernel_kind.currentText() == "Shared"
    assert dock.kernel_slice.isHidden()


def test_a_cell_edit_changes_only_the_chosen_slice_and_undoes(qtbot, loaded):
    window = loaded
    dock = window.kernel_dock
    choose(dock.kernel_slice, "G ← B")
    np.testing.assert_array_equal(grid(window), ACROSS[1, 2])
    assert window.document.current_part.kernel.tolist() == ACROSS[1, 2].tolist()
    assert dock.sum.text().startswith("Sum (slice G ← B) ")
    # One grid's sum; the brightness a flat area gets comes from all of G's grids.
    assert "all of G's grids together 19.248 ÷ 16: brightens" in dock.sum.text(), dock.sum.text()
    type_cell(qtbot, window, 0, 2, "-3/4")
    kernel = steps_of(window)[0].kernel
    changed = np.argwhere(kernel != ACROSS)
    assert changed.tolist() == [[1, 2, 0, 2]]
    assert kernel[1, 2, 0, 2] == -0.75
    assert grid(window)[0, 2] == -0.75
    photo = window.document.photo.pixels
    np.testing.assert_array_equal(window.rendering.result,
                                  steps_of(window)[1].apply(steps_of(window)[0].apply(photo)))
    wait_result(qtbot, window, window.qactions["undo"].trigger)
    np.testing.assert_array_equal(steps_of(window)[0].kernel, ACROSS)
    np.testing.assert_array_equal(grid(window), ACROSS[1, 2])
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_the_offset_box_edits_the_chosen_channels_offset(qtbot, loaded):
    window = loaded
    dock = window.kernel_dock
    window.document.select(1)
    choose(dock.kernel_slice, "B")
    assert dock.offset.value() == -5
    np.testing.assert_array_equal(grid(window), PER[2])
    wait_result(qtbot, window, lambda: dock.offset.setValue(40))
    assert steps_of(window)[1].offset == (10, 0, 40)
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    choose(dock.kernel_slice, "R")
    assert dock.offset.value() == 10


def test_resizing_resizes_every_slice(qtbot, loaded):
    window = loaded
    wait_result(qtbot, window, lambda: window.kernel_dock.resize_kernel_to(5, 5))
    kernel = steps_of(window)[0].kernel
    assert kernel.shape == (3, 3, 5, 5)
    np.testing.assert_array_equal(kernel[:, :, 1:4, 1:4], ACROSS)
    assert not kernel[:, :, 0].any()
    assert not kernel[:, :, :, 4].any()


def test_the_inspector_shows_the_whole_sum_over_every_input(qtbot, loaded):
    window = loaded
    inspector = window.inspector
    inspector.show()
    choose(window.kernel_dock.kernel_slice, "B ← G")
    row, col = 30, 40
    with qtbot.waitSignal(inspector.inspected, timeout=10000):
        inspector.inspect(row, col)
    photo = window.document.photo.pixels.astype(np.float64)
    padded = np.pad(photo, ((1, 1), (1, 1), (0, 0)), mode="reflect")  # reflect101
    window_pixels = padded[row:row + 3, col:col + 3]
    # An independent loop: output i sums every input j times its grid [i, j].
    into = np.zeros(3)
    for out in range(3):
        for source in range(3):
            for y in range(3):
                for x in range(3):
                    into[out] += window_pixels[y, x, source] * ACROSS[out, source, y, x]
    assert inspector.channel.currentText() == "B"
    assert inspector.source.currentText() == "← G"
    assert not inspector.source.isHidden()
    np.testing.assert_array_equal(inspector.models["window"].values(), window_pixels[..., 1])
    np.testing.assert_array_equal(inspector.models["weights"].values(), ACROSS[2, 1])
    products = sum(window_pixels[..., source] * ACROSS[2, source] for source in range(3))
    np.testing.assert_allclose(inspector.models["products"].values(), products, rtol=1e-12)
    assert "summed over R, G, B inputs" in inspector.grid_titles["products"].text()
    stages = dict(inspector.inspection.explanation.stages)
    np.testing.assert_allclose(stages["sum"], into, rtol=1e-12)
    np.testing.assert_allclose(stages["divide"], into / 16, rtol=1e-12)
    assert "Sum of products, over R, G, B inputs" in inspector.summary.text()
    step = steps_of(window)[0]
    assert inspector.inspection.after.tolist() == step.apply(
        window.document.photo.pixels)[row, col].tolist()


def test_the_inspector_of_a_kernel_per_channel_shows_each_channels_grid(qtbot, loaded):
    window = loaded
    window.document.select(1)
    inspector = window.inspector
    with qtbot.waitSignal(inspector.inspected, timeout=10000):
        inspector.inspect(20, 20)
    for channel in range(3):
        choose(inspector.channel, "RGB"[channel])
        np.testing.assert_array_equal(inspector.models["weights"].values(), PER[channel])
        np.testing.assert_array_equal(
            inspector.models["products"].values(),
            inspector.models["window"].values() * PER[channel])
    assert inspector.source.isHidden()
    assert "+ offset 10 / 0 / -5" in inspector.summary.text()
    assert "÷ 1 / 1 / 9" in inspector.summary.text()


def test_the_kind_box_converts_keeping_the_picture_and_back_only_when_nothing_is_lost(
        qtbot, window):
    dock = window.kernel_dock
    wait_result(qtbot, window, lambda: qtbot.mouseClick(
        window.findChild(QPushButton, "preset-sharpen"), Qt.MouseButton.LeftButton))
    shared = steps_of(window)[0]
    before = window.rendering.result.copy()
    choose(dock.kernel_kind, "Per channel")
    step = steps_of(window)[0]
    assert step.kernel.shape == (3, 3, 3)
    assert all(np.array_equal(part, shared.kernel) for part in step.kernel)
    np.testing.assert_array_equal(step.apply(window.document.photo.pixels), before)
    choose(dock.kernel_kind, "Across channels")
    step = steps_of(window)[0]
    assert step.kernel.shape == (3, 3, 3, 3)
    for out in range(3):
        for source in range(3):
            np.testing.assert_array_equal(step.kernel[out, source],
                                          shared.kernel * (out == source))
    np.testing.assert_array_equal(step.apply(window.document.photo.pixels), before)
    choose(dock.kernel_slice, "R ← B")
    type_cell(qtbot, window, 1, 1, "1")
    mixed = window.document.stack
    choose(dock.kernel_kind, "Shared")
    assert window.document.stack is mixed
    assert dock.kernel_kind.currentText() == "Across channels"
    assert "Cannot make the kernel shared: the kernel mixes channels" in (
        window.statusBar().currentMessage())
    window.qactions["undo"].trigger()
    choose(dock.kernel_kind, "Shared")
    np.testing.assert_array_equal(steps_of(window)[0].kernel, shared.kernel)
    for _ in range(3):
        window.qactions["undo"].trigger()
    assert steps_of(window)[0].kernel.shape == (3, 3)
    assert window.document.undo_stack.undoText() == "Add Sharpen"


def test_unequal_slices_stay_per_channel(qtbot, loaded):
    window = loaded
    window.document.select(1)
    stack = window.document.stack
    choose(window.kernel_dock.kernel_kind, "Shared")
    assert window.document.stack is stack
    assert "the channels have different grids" in window.statusBar().currentMessage()
    choose(window.kernel_dock.kernel_kind, "Across channels")
    assert steps_of(window)[1].offset == (10, 0, -5)
    np.testing.assert_array_equal(steps_of(window)[1].apply(window.document.photo.pixels),
                                  stack.steps[1].apply(window.document.photo.pixels))


def test_a_preset_replaces_a_kernel_per_channel_with_a_shared_one(qtbot, loaded):
    window = loaded
    window.document.select(1)
    wait_result(qtbot, window, lambda: qtbot.mouseClick(
        window.findChild(QPushButton, "preset-blur"), Qt.MouseButton.LeftButton))
    step = steps_of(window)[1]
    assert (step.kind, step.preset, step.offset) == ("shared", "blur", 0)
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    assert "offsets per channel differed, so the offset is now 0" in (
        window.statusBar().currentMessage())


def test_insight_describes_the_chosen_slice_and_says_so(qtbot, loaded):
    window = loaded
    dock = window.insight_dock
    dock.show()
    dock.raise_()
    choose(window.kernel_dock.kernel_slice, "R ← G")
    dock.refresh()
    assert "Slice R ← G" in dock.slice_note.text()
    assert not dock.slice_note.isHidden()
    np.testing.assert_array_equal(dock.heat_map.kernel(), ACROSS[0, 1])
    assert dock.fact_labels["separable"].text().startswith("yes")
    window.document.add_step(Step(preset="box"), "box")
    dock.refresh()
    assert dock.slice_note.isHidden()


def test_every_tool_handles_such_steps_or_says_why_not(qtbot, loaded, monkeypatch, tmp_path):
    window = loaded
    tools = window.kernel_dock.tools
    wait_result(qtbot, window, tools.actions["rotateRight"].trigger)
    np.testing.assert_array_equal(steps_of(window)[0].kernel,
                                  np.rot90(ACROSS, -1, axes=(2, 3)))
    window.qactions["undo"].trigger()
    tools.actions["normalize"].trigger()
    assert window.messages.dialog.windowTitle() == "Cannot normalize kernel"
    window.messages.dialog.close()
    tools.actions["copyNumpy"].trigger()
    assert "Copy (as text) holds them all" in window.messages.dialog.text()
    window.messages.dialog.close()
    tools.actions["copyText"].trigger()
    pasted = read_kernel_text(QGuiApplication.clipboard().text())
    np.testing.assert_array_equal(pasted.kernel, ACROSS)
    # Copy as code writes Python for it; ImageMagick's script cannot hold it, and says so.
    window.qactions["copy_step_code"].trigger()
    dialog = window.code_dialog
    assert "def correlate_grids(" in dialog.text.toPlainText()
    dialog.target.setCurrentIndex(dialog.target.findData("magick"))
    assert dialog.text.toPlainText().startswith("No code to show: the ImageMagick script")
    assert not dialog.copy.isEnabled()
    dialog.close()
    # Export: Photoshop's .acf cannot hold it (said in a dialog); kernel text can.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(tmp_path / "sepia.acf"), "")))
    window.qactions["export_kernel"].trigger()
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=5000)
    assert window.messages.dialog.windowTitle() == "Cannot export the kernel"
    assert "its one grid filters every channel" in window.messages.dialog.text()
    window.messages.dialog.close()
    assert not (tmp_path / "sepia.acf").exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(tmp_path / "sepia.txt"), "")))
    with qtbot.waitSignal(window.files.kernelExported, timeout=5000):
        window.qactions["export_kernel"].trigger()
    np.testing.assert_allclose(load_kernel_file(tmp_path / "sepia.txt").kernel, ACROSS / 16)
    # A preset is one grid: the slice on show is saved, and the status bar says so.
    choose(window.kernel_dock.kernel_slice, "G ← G")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("Sepia G", True)))
    tools.actions["savePreset"].trigger()
    np.testing.assert_allclose(window.user_presets.kernel("Sepia G"), ACROSS[1, 1] / 16)
    assert "slice G ← G" in window.statusBar().currentMessage()


def test_feature_maps_show_a_tile_for_every_grid(qtbot, loaded):
    window = loaded
    dock = window.feature_maps
    dock.raise_()
    qtbot.waitUntil(lambda: dock.source is not None, timeout=20000)
    with qtbot.waitSignal(dock.mapsShown, timeout=20000):
        dock.bank.setCurrentIndex(dock.bank.findData("stack"))
        dock.bank.activated.emit(dock.bank.currentIndex())
    assert dock.tiles.count() == 9 + 3
    assert dock.tiles.item(5).text().startswith("Sepia, slice G ← B")
    assert dock.tiles.item(11).text().startswith("Custom 3×3 per channel, slice B")


def test_pasting_a_shared_kernel_onto_per_channel_offsets_keeps_one_offset(qtbot, loaded):
    window = loaded
    window.document.select(1)
    QGuiApplication.clipboard().setText("1 2 1")
    wait_result(qtbot, window, window.kernel_dock.tools.actions["paste"].trigger)
    step = steps_of(window)[1]
    assert (step.kind, step.offset) == ("shared", 0)
    QGuiApplication.clipboard().setText("1 | 2 | 3")
    wait_result(qtbot, window, window.kernel_dock.tools.actions["paste"].trigger)
    assert steps_of(window)[1].kernel.shape == (3, 1, 1)


def test_a_session_with_such_steps_comes_back(qtbot, questions, photo_path, tmp_path):
    stack = Stack((Step(kernel=ACROSS, divisor=16, name="Sepia"),
                   Step(kernel=PER, offset=(10, 0, -5), normalize=True)))
    held = take_session()
    held.write(Session(str(photo_path), stack, 1))
    held.release()
    questions.answers = [QMessageBox.StandardButton.Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.document.photo.path == photo_path, timeout=10000)
    assert window.document.stack == stack
    assert window.kernel_dock.kernel_kind.currentText() == "Per channel"


@pytest.mark.parametrize("size", [5, 17])
def test_at_1280_by_720_the_kind_slice_and_table_are_in_view(qtbot, photo_path, tmp_path, size):
    kernel = np.zeros((3, 3, size, size))
    kernel[:, :, size // 2, size // 2] = np.eye(3)
    window = open_window(qtbot, photo_path)
    window.resize(1280, 720)
    window._first_layout()
    load(qtbot, window, tmp_path, {"steps": [{"kernel": kernel.tolist()}]})
    choose(window.kernel_dock.kernel_slice, "B ← B")
    qtbot.wait(50)
    dock = window.kernel_dock
    scroll = dock.widget()
    dock.raise_()
    assert (window.width(), window.height()) == (1280, 720)
    for widget in (dock.kernel_size, dock.kernel_kind, dock.kernel_slice, dock.table):
        assert widget.isVisible(), widget.objectName()
        where = widget.mapTo(scroll.widget(), widget.rect().topLeft())
        assert where.x() >= 0, widget.objectName()
        assert where.x() + widget.width() <= scroll.viewport().width(), widget.objectName()
        if widget is not dock.table:  # the text fits the combo
            assert widget.minimumSizeHint().width() <= widget.width(), widget.objectName()
    assert not scroll.horizontalScrollBar().isVisible()
    if size == 5:
        assert dock.table.cells_visible()
    else:  # scrolls inside its own grid, its headers and first cells in view
        assert dock.table.horizontalScrollBar().isVisible() or dock.table.cells_visible()
    assert dock.table.model().rowCount() == size
