"""Kernel ▸ Import kernel… and Export kernel… (.acf files and kernel text), and other tools'
kernel strings pasted or typed in the window."""

import numpy as np
import pytest
from conftest import expected, steps_of, wait_result
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from samples import write_acf

from kernelstudio.core import Stack, Step, load_kernel_file

EMBOSS = [[-1, -1, 0], [-1, 0, 1], [0, 1, 1]]


def answer(monkeypatch, method, path, chosen=""):
    monkeypatch.setattr(QFileDialog, method,
                        staticmethod(lambda *args, **kwargs: (str(path), chosen)))


def build(window, *steps, selected=0):
    window.document.edit(Stack(steps), selected, "test stack")


def import_kernel(qtbot, window, monkeypatch, path):
    answer(monkeypatch, "getOpenFileName", path)
    with qtbot.waitSignal(window.files.kernelImported, timeout=20000):
        window.qactions["import_kernel"].trigger()


def dialog_text(qtbot, window) -> str:
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=20000)
    return window.messages.dialog.text()


def test_the_kernel_menu_starts_with_import_export_learn_and_train(window):
    menu = window.menus["kernel"]
    names = [action.objectName() for action in menu.actions()]
    assert names[:5] == ["actionImportKernel", "actionExportKernel", "actionLearnKernel",
                         "actionTrainKernel", ""]  # then a separator
    assert menu.actions()[4].isSeparator()
    assert "action-rotateLeft" in names


def test_importing_an_acf_replaces_the_selected_steps_kernel_divisor_and_offset(
        qtbot, window, monkeypatch, tmp_path):
    wait_result(qtbot, window, lambda: build(window, Step(preset="blur"), Step(
        preset="sharpen", border="replicate", normalize=True, anchor=(0, 0)), selected=1))
    path = write_acf(tmp_path / "emboss.acf", EMBOSS, 3, 128)
    wait_result(qtbot, window, lambda: import_kernel(qtbot, window, monkeypatch, path))
    first, second = steps_of(window)
    assert first.preset == "blur"
    # Photoshop's divisor is used, and its grid is centred: normalize off, the centre anchor.
    assert second == Step(kernel=EMBOSS, divisor=3, offset=128, border="replicate",
                          name="emboss")
    np.testing.assert_array_equal(window.rendering.result, expected(window))
    window.qactions["undo"].trigger()  # one edit
    assert steps_of(window)[1].preset == "sharpen"
    window.qactions["redo"].trigger()
    assert steps_of(window)[1].name == "emboss"


def test_importing_kernel_text_replaces_only_the_kernel(qtbot, window, monkeypatch, tmp_path):
    build(window, Step(kernel=np.ones((3, 3)), divisor=9, offset=10))
    (tmp_path / "ring.txt").write_text("1 1 1\n1 0 1\n1 1 1\n")
    import_kernel(qtbot, window, monkeypatch, tmp_path / "ring.txt")
    (step,) = steps_of(window)
    np.testing.assert_array_equal(step.kernel, [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
    assert (step.divisor, step.offset, step.name) == (9, 10, "ring")


def test_importing_with_no_step_adds_one(qtbot, window, monkeypatch, tmp_path):
    assert steps_of(window) == ()
    import_kernel(qtbot, window, monkeypatch, write_acf(tmp_path / "e.acf", EMBOSS, 1, 128))
    assert steps_of(window) == (Step(kernel=EMBOSS, offset=128, name="e"),)


@pytest.mark.parametrize(("content", "says"), [
    (b"\0" * 10, "not a Photoshop Custom filter: it has 10 bytes, and .acf files have 54"),
    (b"\x7f" * 54, "not a Photoshop Custom filter: its weight at row 1, column 1 is 32639, "
                    "and Photoshop's lie between -999 and 999"),
])
def test_a_bad_kernel_file_is_a_dialog_and_changes_nothing(qtbot, window, monkeypatch, tmp_path,
                                                            content, says):
    build(window, Step(preset="emboss"))
    before = window.document.stack
    (tmp_path / "bad.acf").write_bytes(content)
    answer(monkeypatch, "getOpenFileName", tmp_path / "bad.acf")
    window.qactions["import_kernel"].trigger()
    text = dialog_text(qtbot, window)
    assert window.messages.dialog.windowTitle() == "Cannot import the kernel"
    assert text == f"{tmp_path / 'bad.acf'}: {says}"
    assert window.document.stack is before


def test_export_writes_an_acf_that_loads_back_to_the_step(qtbot, window, monkeypatch, tmp_path):
    step = Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor=16, offset=-3)
    build(window, step)
    answer(monkeypatch, "getSaveFileName", tmp_path / "soft.acf")
    with qtbot.waitSignal(window.files.kernelExported, timeout=5000):
        window.qactions["export_kernel"].trigger()
    assert load_kernel_file(tmp_path / "soft.acf").step() == step
    assert window.messages.dialog is None


def test_a_step_photoshop_cannot_hold_is_refused_in_a_dialog(qtbot, window, monkeypatch,
                                                             tmp_path):
    build(window, Step(preset="gaussian"))  # 5×5, weights such as 1/256
    target = tmp_path / "soft.acf"
    target.write_bytes(b"kept")
    answer(monkeypatch, "getSaveFileName", target)
    window.qactions["export_kernel"].trigger()
    text = dialog_text(qtbot, window)
    assert window.messages.dialog.windowTitle() == "Cannot export the kernel"
    assert "Photoshop's weights are whole numbers" in text
    assert "multiply the weights by 256 and set the divisor to 256" in text
    assert text.endswith("Kernel text (.txt) holds any kernel.")
    assert target.read_bytes() == b"kept"


def test_export_as_text_says_what_the_text_leaves_out(qtbot, window, monkeypatch, tmp_path):
    build(window, Step(kernel=[[-1, 0, 1]], offset=128, absolute=True))
    answer(monkeypatch, "getSaveFileName", tmp_path / "edge", "Kernel text (*.txt)")
    with qtbot.waitSignal(window.files.kernelExported, timeout=5000) as blocker:
        window.qactions["export_kernel"].trigger()
    assert blocker.args == [str(tmp_path / "edge.txt")]
    assert (tmp_path / "edge.txt").read_text() == "-1  0  1\n"
    assert window.messages.dialog.icon() == QMessageBox.Icon.Information
    assert "not the offset 128, absolute values" in window.messages.dialog.text()


def test_export_suggests_what_the_step_can_be_written_as(qtbot, window, monkeypatch):
    suggested = []

    def ask(parent, title, suggestion, filters, chosen):
        suggested.append((suggestion, chosen))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    build(window, Step(preset="sharpen"))
    window.qactions["export_kernel"].trigger()
    build(window, Step(preset="gaussian"))
    window.qactions["export_kernel"].trigger()
    (sharpen, acf_filter), (gaussian, text_filter) = suggested
    assert sharpen.endswith("Sharpen.acf")
    assert acf_filter.endswith("(*.acf)")
    assert gaussian.endswith(".txt")
    assert text_filter == "Kernel text (*.txt)"


def test_export_waits_for_a_step(window):
    assert not window.qactions["export_kernel"].isEnabled()
    assert window.qactions["import_kernel"].isEnabled()
    build(window, Step(preset="sharpen"))
    assert window.qactions["export_kernel"].isEnabled()


@pytest.mark.parametrize(("text", "kernel", "anchor"), [
    ("4x2+3+1: 1 2 3 4 5 6 7 8", [[1, 2, 3, 4], [5, 6, 7, 8]], (1, 3)),
    ("2x2: 1 2 3 4", [[1, 2], [3, 4]], (0, 0)),  # ImageMagick's own anchor
    ("(1,2;3,4)", [[1, 2], [3, 4]], (0, 0)),  # G'MIC's
])
def test_pasting_another_tools_kernel_brings_its_anchor(qtbot, window, text, kernel, anchor):
    wait_result(qtbot, window, lambda: build(window, Step(preset="sharpen", divisor=2)))
    QGuiApplication.clipboard().setText(text)
    wait_result(qtbot, window, window.kernel_dock.tools.actions["paste"].trigger)
    (step,) = steps_of(window)
    np.testing.assert_array_equal(step.kernel, kernel)
    assert (step.anchor, step.divisor) == (anchor, 2)
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_edit_as_text_shows_and_keeps_an_anchor(qtbot, window):
    build(window, Step(kernel=[[1, 2, 3], [4, 5, 6]], anchor=(0, 2)))
    window.kernel_dock.tools.actions["editText"].trigger()
    dialog = window.kernel_dock.tools.text_dialog
    assert dialog.editor.toPlainText() == "3x2+2+0:\n1,2,3\n4,5,6"
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace("+2+0", "+0+1"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    wait_result(qtbot, window, ok.click)
    assert steps_of(window)[0].anchor == (1, 0)
