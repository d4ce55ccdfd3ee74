"""The worker thread: stale results never shown, the UI never frozen, quitting mid-job."""

import threading

import numpy as np
import pytest
from conftest import expected, open_window, settle, wait_result
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import Stack, Step, save_image


def test_a_flood_of_edits_shows_only_the_last_result(qtbot, window):
    rendered = []
    window.worker.rendered.connect(lambda job, pixels, _picture: rendered.append(
        (job.generation, job.stack, pixels.copy())))
    shown = []
    window.rendering.resultReady.connect(lambda: shown.append(window.rendering.result))
    window.document.edit(Stack((Step(preset="sharpen"),)), 0, "start")
    model = window.kernel_dock.table.model()
    for value in range(1, 61):
        model.setData(model.index(1, 1), str(value))
        if value % 7 == 0:  # let a render run, so that later edits have something to cancel
            with qtbot.waitSignal(window.worker.jobFinished, timeout=20000):
                pass
    qtbot.waitUntil(lambda: bool(rendered) and rendered[-1][1] is window.document.stack,
                    timeout=20000)
    settle(qtbot, window)  # anything stale still in flight has arrived (and been dropped)
    final_stack = window.document.stack
    assert final_stack.steps[0].kernel[1, 1] == 60
    for _, stack, result in rendered:
        # Every result put on screen was for the stack of its own job.
        np.testing.assert_array_equal(result, stack.apply(window.document.photo.pixels))
    generations = [generation for generation, _, _ in rendered]
    assert generations == sorted(set(generations))  # never an older one after a newer one
    assert rendered[-1][1] is final_stack
    assert len(shown) == len(rendered) < 20  # stale renders were skipped or cancelled
    np.testing.assert_array_equal(window.rendering.result, expected(window))


@pytest.fixture
def big_photo(tmp_path):
    """A 24-megapixel photo (6000×4000), stored uncompressed so it loads quickly."""
    rng = np.random.default_rng(5)
    tile = rng.integers(0, 256, (500, 750, 3), dtype=np.uint8)
    path = tmp_path / "big.bmp"
    save_image(path, np.tile(tile, (8, 8, 1)))
    return path


def events_while(qtbot, worker, action, signal, timeout=60000):
    """What the UI thread handled while `action` ran until `signal`: the progress it was
    shown (fractions below 1), and whether a UI timer ticked while the worker was busy."""
    progress, busy_ticks = [], []

    def seen(_job, fraction):
        if fraction < 1:
            progress.append(fraction)

    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: busy_ticks.append(True) if not worker.idle() else None)
    worker.progressed.connect(seen)
    timer.start()
    with qtbot.waitSignal(signal, timeout=timeout):
        action()
    timer.stop()
    worker.progressed.disconnect(seen)
    return progress, bool(busy_ticks)


@pytest.mark.slow
def test_the_ui_thread_keeps_handling_events_while_a_24_megapixel_photo_filters(qtbot,
                                                                                big_photo):
    # How long it could not respond is measured by benchmarks/window_latency.py.
    window = open_window(qtbot, big_photo)
    assert window.status.size_label.text() == "6000×4000"
    button = window.findChild(QPushButton, "preset-sharpen")
    progress, timer_fired = events_while(qtbot, window.worker, button.click,
                                         window.rendering.resultReady)
    assert progress
    assert timer_fired
    window.document.edit_current("blur", preset="gaussian", params={"size": 15})
    progress, timer_fired = events_while(qtbot, window.worker, lambda: None,
                                         window.rendering.resultReady)
    assert progress
    assert timer_fired


@pytest.mark.slow
def test_quitting_during_a_long_job_is_quick_and_clean(qtbot, big_photo):
    window = open_window(qtbot, big_photo)
    window.document.edit(Stack((Step(kernel=np.ones((31, 31)) / 961),) * 4), 0, "slow")
    qtbot.waitUntil(window.status.progress.isVisible, timeout=10000)
    assert window.close()
    assert not window.worker.running()  # it stopped within the close, not later


def test_escape_cancels_and_keeps_the_last_good_result(qtbot, window):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="sharpen"),)), 0, "sharpen"))
    good = window.rendering.result
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    assert window.rendering.pending()
    window.qactions["cancel"].trigger()  # before the debounced request even starts
    assert not window.rendering.pending()
    settle(qtbot, window)
    assert window.rendering.result is good
    assert "Cancelled" in window.statusBar().currentMessage()
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="box"),)), 0, "box"))
    np.testing.assert_array_equal(window.rendering.result, expected(window))


def test_escape_during_an_export_of_a_cached_result_writes_nothing_and_says_so(
        qtbot, window, tmp_path, monkeypatch):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="sharpen"),)), 0, "sharpen"))  # the result is cached now
    target = tmp_path / "out.png"
    runner, pressed = window.worker._runner, threading.Event()
    cached = runner._apply

    def apply_after_escape(*args):  # the export's cached result, once Esc has been pressed
        pressed.wait(60)
        return cached(*args)

    monkeypatch.setattr(runner, "_apply", apply_after_escape)
    window.worker.export(window.document.stack, window.document.photo, str(target), 90)
    window.qactions["cancel"].trigger()
    pressed.set()
    qtbot.waitUntil(lambda: window.messages.dialog is not None, timeout=10000)
    assert "nothing was written" in window.messages.dialog.text()
    assert not target.exists()


def test_escape_while_a_photo_opens_still_opens_it(qtbot, window, tmp_path):
    other = tmp_path / "other.png"
    save_image(other, np.full((30, 40, 3), 90, np.uint8))
    with qtbot.waitSignal(window.files.photoOpened, timeout=20000):
        window.files.open(str(other))
        window.qactions["cancel"].trigger()
    assert window.document.photo.path == other


def test_an_edit_of_the_last_step_reruns_only_that_step_on_the_photo_and_its_preview(
        qtbot, tmp_path, monkeypatch):
    """The preview (a reduced copy, shown first) reuses the earlier steps' results as the
    full-size render does; what both show is still the whole stack's."""
    rng = np.random.default_rng(8)
    path = tmp_path / "wide.bmp"
    save_image(path, rng.integers(0, 256, (1000, 2000, 3), dtype=np.uint8))  # 2 MP: previewed
    window = open_window(qtbot, path)
    stack = Stack((Step(preset="unsharp"), Step(preset="blur"), Step(preset="sharpen")))
    wait_result(qtbot, window, lambda: window.document.edit(stack, 2, "three steps"))
    sizes = []
    applied = Step.apply

    def counting(step, image, **options):
        sizes.append((step.preset, image.shape[:2]))
        return applied(step, image, **options)

    previews = []
    window.rendering.previewShown.connect(lambda: previews.append(True))
    model = window.kernel_dock.table.model()
    with monkeypatch.context() as patch:  # the other patches (the dialogs' stand-ins) stay
        patch.setattr(Step, "apply", counting)
        wait_result(qtbot, window, lambda: model.setData(model.index(1, 1), "6"))
    assert previews
    # One run of the edited step on the preview, one on the photo; none of the others.
    assert [preset for preset, _ in sizes] == [None, None]
    assert sizes[0][1][0] * sizes[0][1][1] < 1000 * 2000 == sizes[1][1][0] * sizes[1][1][1]
    np.testing.assert_array_equal(window.rendering.result, expected(window))
