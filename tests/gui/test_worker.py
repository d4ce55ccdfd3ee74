"""The worker thread: stale results never shown, the UI never frozen, quitting mid-job."""

import time

import numpy as np
import pytest
from conftest import expected, open_window, wait_result
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import Stack, Step, save_image


def test_a_flood_of_edits_shows_only_the_last_result(qtbot, window):
    shown = []
    window.resultReady.connect(lambda: shown.append(
        (window.renderer.generation, window.document.stack, window.result.copy())))
    window.document.edit(Stack((Step(preset="sharpen"),)), 0, "start")
    model = window.kernel_dock.table.model()
    for value in range(1, 61):
        model.setData(model.index(1, 1), str(value))
        if value % 7 == 0:
            qtbot.wait(3)  # let some renders start, so that there is something to cancel
    qtbot.waitUntil(lambda: bool(shown) and shown[-1][1] is window.document.stack, timeout=20000)
    qtbot.wait(200)  # anything stale still in flight would arrive now
    final_stack = window.document.stack
    assert final_stack.steps[0].kernel[1, 1] == 60
    for _, stack, result in shown:
        # Every result put on screen was for the stack of its own generation.
        np.testing.assert_array_equal(result, stack.apply(window.loaded.photo.pixels))
    assert shown[-1][1] is final_stack
    assert len(shown) < 20  # stale renders were skipped or cancelled, not shown
    np.testing.assert_array_equal(window.result, expected(window))


@pytest.fixture
def big_photo(tmp_path):
    """A 24-megapixel photo (6000×4000), stored uncompressed so it loads quickly."""
    rng = np.random.default_rng(5)
    tile = rng.integers(0, 256, (500, 750, 3), dtype=np.uint8)
    path = tmp_path / "big.bmp"
    save_image(path, np.tile(tile, (8, 8, 1)))
    return path


def heartbeat_stalls(qtbot, window, action, signal, timeout=60000):
    """Longest gap between ticks of a 5 ms UI timer while `action` runs until `signal`."""
    clock = QElapsedTimer()
    gaps = []

    def tick():
        gaps.append(clock.restart())

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    with qtbot.waitSignal(signal, timeout=timeout):
        action()
    timer.stop()
    return max(gaps), len(gaps)


@pytest.mark.slow
def test_the_ui_thread_never_stalls_while_a_24_megapixel_photo_filters(qtbot, big_photo):
    window = open_window(qtbot, big_photo)
    assert window.size_label.text() == "6000×4000"
    button = window.findChild(QPushButton, "preset-sharpen")
    stall, ticks = heartbeat_stalls(qtbot, window, button.click, window.resultReady)
    assert ticks > 10
    assert stall < 50, f"the UI thread was blocked for {stall} ms"
    window.document.edit_current("blur", preset="gaussian", params={"size": 15})
    stall, _ = heartbeat_stalls(qtbot, window, lambda: None, window.resultReady)
    assert stall < 50, f"the UI thread was blocked for {stall} ms"


@pytest.mark.slow
def test_quitting_during_a_long_job_is_quick_and_clean(qtbot, big_photo):
    window = open_window(qtbot, big_photo)
    window.document.edit(Stack((Step(kernel=np.ones((31, 31)) / 961),) * 4), 0, "slow")
    qtbot.waitUntil(window.progress.isVisible, timeout=10000)
    start = time.perf_counter()
    window.close()
    assert time.perf_counter() - start < 2.0
    assert not window.renderer._thread.isRunning()


def test_escape_cancels_and_keeps_the_last_good_result(qtbot, window):
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="sharpen"),)), 0, "sharpen"))
    good = window.result
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    window.action_cancel.trigger()  # before the debounced request even starts
    qtbot.wait(300)
    assert window.result is good
    assert "Cancelled" in window.statusBar().currentMessage()
    wait_result(qtbot, window, lambda: window.document.edit(
        Stack((Step(preset="box"),)), 0, "box"))
    np.testing.assert_array_equal(window.result, expected(window))
