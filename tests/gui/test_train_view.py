"""Train like a CNN: gradient descent from random weights, a batch at a time on the worker,
reaches the kernel that made the after image, while the window keeps handling events."""

import numpy as np
import pytest
from conftest import SMALL, settle, steps_of, wait_result
from PySide6.QtCore import Qt, QTimer
from test_learn_dialog import KERNEL, choose_after, error_text, make_after, open_dialog

from kernelstudio.core import Stack, Step
from kernelstudio.gui.window.train_view import SPEEDS


@pytest.fixture
def view(qtbot, window, monkeypatch, tmp_path):
    """The training tab, opened from the Kernel menu, on a pair made with `KERNEL`."""
    dialog = open_dialog(qtbot, window, "train_kernel")
    assert dialog.tabs.currentWidget() is dialog.train_view
    choose_after(qtbot, dialog, monkeypatch, make_after(tmp_path, SMALL, Step(kernel=KERNEL)))
    dialog.rows.setValue(3)
    dialog.cols.setValue(3)
    return dialog.train_view


def set_speed(view, updates):
    view.speed.setValue(SPEEDS.index(updates))
    assert view.updates_per_batch() == updates


def iterations(view) -> int:
    return 0 if view.progress is None else view.progress.iteration


def rms(a, b) -> float:
    return float(np.sqrt(np.mean((np.asarray(a) - np.asarray(b)) ** 2)))


class Heartbeat:
    """A UI timer's ticks, counted apart while a training batch is on the worker."""

    def __init__(self, view):
        self.ticks = self.busy_ticks = 0
        self._view = view
        self._timer = QTimer(interval=1)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self):
        self.ticks += 1
        if self._view.batch_job() is not None:
            self.busy_ticks += 1

    def stop(self):
        self._timer.stop()


def test_the_trained_kernel_reaches_the_one_that_made_the_after_image(qtbot, view):
    set_speed(view, 50)
    with qtbot.waitSignal(view._worker.trainingReady, timeout=30000) as ready:
        view.start.click()
    start = ready.args[2]  # where the training starts, drawn before the first batch
    assert start.iteration == 0
    np.testing.assert_allclose(start.exact.kernel, KERNEL, atol=0.01)
    first_distance = rms(start.step.kernel, KERNEL)
    assert first_distance > 0.3  # random weights: nowhere near it yet
    qtbot.waitUntil(lambda: view.progress.distance < 1e-3, timeout=60000)
    done = view.progress
    assert rms(done.step.kernel, KERNEL) < 0.01  # against the kernel itself, not our answer
    losses = view.losses()
    assert len(losses) == done.iteration + 1  # every update is on the curve
    np.testing.assert_array_equal(view.curve.yData, np.maximum(losses, 1e-12))
    assert done.loss < start.loss / 1000
    assert view.plot.getPlotItem().getAxis("left").logMode  # the loss on a log scale
    # The heat map and the status show where it got.
    np.testing.assert_allclose(view.kernel_view.heat_map.kernel(), done.step.kernel)
    assert f"Update {done.iteration:,}:" in view.status.text()
    assert "distance to the exact kernel" in view.status.text()
    assert view.preview.picture is not None
    assert view.preview.picture.width == 160  # the small photo needs no shrinking


def test_the_heartbeat_keeps_beating_while_it_trains_until_it_arrives(qtbot, view):
    set_speed(view, 500)
    batches = []
    view.progressed.connect(lambda: batches.append(view.progress.iteration))
    heartbeat = Heartbeat(view)
    view.start.click()
    qtbot.waitUntil(lambda: bool(batches) and not view.running, timeout=120000)
    heartbeat.stop()
    assert view.progress.distance <= 1e-6  # it pauses by itself once there, and says so
    assert "reached the exact kernel" in view.status.text()
    assert len(batches) > 3
    assert batches == sorted(set(batches))  # every batch drawn once, in order
    assert heartbeat.busy_ticks > 0  # the UI thread ran while batches were on the worker
    assert heartbeat.ticks >= len(batches)  # and between each two batches drawn


def test_pause_stops_the_count_step_runs_one_batch_and_resume_goes_on(qtbot, window, view):
    set_speed(view, 10)
    view.start.click()
    qtbot.waitUntil(lambda: iterations(view) >= 30, timeout=30000)
    view.pause.click()
    assert not view.running
    assert view.pause.text() == "&Resume"
    settle(qtbot, window)  # the batch on its way, if any, arrives
    paused = iterations(view)
    heartbeat = Heartbeat(view)
    qtbot.waitUntil(lambda: heartbeat.ticks >= 50, timeout=30000)  # the window runs on...
    heartbeat.stop()
    assert iterations(view) == paused  # ...and the training does not
    assert window.worker.idle()
    set_speed(view, 5)
    view.step.click()
    qtbot.waitUntil(lambda: iterations(view) > paused, timeout=30000)
    settle(qtbot, window)
    assert iterations(view) == paused + 5  # one batch
    assert not view.running
    view.pause.click()  # resume
    assert view.running
    qtbot.waitUntil(lambda: iterations(view) >= paused + 50, timeout=30000)


def test_escape_pauses_the_training_and_a_second_closes_the_dialog(qtbot, window, view):
    view.start.click()
    qtbot.waitUntil(lambda: iterations(view) > 0, timeout=30000)
    dialog = window.learn_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not view.running
    assert dialog.isVisible()
    settle(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.learn_dialog is None, timeout=5000)


def test_the_trained_step_is_added_to_the_stack_in_one_click_and_undone(qtbot, window, view):
    set_speed(view, 20)
    view.start.click()
    qtbot.waitUntil(lambda: iterations(view) >= 100, timeout=30000)
    view.pause.click()
    settle(qtbot, window)
    trained = view.progress.step
    before = steps_of(window)
    wait_result(qtbot, window, view.add.click)
    added = steps_of(window)
    assert len(added) == len(before) + 1
    assert added[0].name == "Trained from after.png"
    np.testing.assert_array_equal(added[0].kernel, trained.kernel)
    assert added[0].offset == trained.offset
    window.qactions["undo"].trigger()
    assert steps_of(window) == before


def test_starting_without_an_after_image_says_so(qtbot, window):
    dialog = open_dialog(qtbot, window, "train_kernel")
    dialog.train_view.start.click()
    assert error_text(qtbot, dialog)[0] == "No after image"
    assert dialog.train_view.training is None
    assert not dialog.train_view.pause.isEnabled()


def test_a_pair_that_no_longer_matches_is_refused_in_words(qtbot, window, view):
    """A 'valid' step above the selected one makes before smaller than the after image."""
    wait_result(qtbot, window, lambda: window.document.edit(Stack((
        Step(preset="box", border="valid"), Step(preset="sharpen"))), 1, "two steps"))
    dialog = window.learn_dialog
    view.start.click()
    title, text = error_text(qtbot, dialog)
    assert title == "Cannot train the kernel"
    assert "same size" in text
    settle(qtbot, window)
    assert not view.busy()
    assert view.training is None
    assert view.status.text().startswith("Start trains the kernel")
