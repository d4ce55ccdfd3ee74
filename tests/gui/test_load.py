"""Under load: many edits, many photos, a very large photo. Memory must stay bounded.

Memory is the process's resident size (Linux /proc), so Qt's allocations count too.
benchmarks/window_load.py prints the figures these tests bound.
"""

import numpy as np
import pytest
from conftest import open_window
from conftest import settle as settle_worker
from PIL import Image
from PySide6.QtWidgets import QApplication
from test_worker import events_while

from kernelstudio.core import Stack, Step, save_image

MB = 2**20


def resident() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import resource

    return pages * resource.getpagesize()


def settle(qtbot, window, action):
    with qtbot.waitSignal(window.rendering.resultReady, timeout=60000):
        action()


@pytest.mark.slow
def test_five_hundred_rapid_edits_leave_memory_bounded(qtbot, window):
    settle(qtbot, window, lambda: window.document.edit(Stack((Step(preset="sharpen"),)), 0, "s"))
    model = window.kernel_dock.table.model()

    def edits(start, stop):
        for value in range(start, stop):
            model.setData(model.index(1, 1), str(value % 17 + 1))
            if value % 10 == 0:
                QApplication.processEvents()  # the event loop runs between bursts, as for a user
        qtbot.waitUntil(lambda: window.rendering.result is not None and window.document.stack
                        .steps[0].kernel[1, 1] == (stop - 1) % 17 + 1, timeout=20000)
        settle_worker(qtbot, window)

    edits(0, 100)
    after_warm_up = resident()
    edits(100, 500)
    grown = resident() - after_warm_up
    assert grown < 25 * MB, f"grew {grown / MB:.1f} MiB over 400 edits"
    assert window.document.undo_stack.count() <= 1000


@pytest.mark.slow
def test_twenty_photos_in_a_row_leave_memory_bounded(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    rng = np.random.default_rng(8)
    paths = []
    for index in range(4):
        path = tmp_path / f"photo{index}.jpg"
        save_image(path, rng.integers(0, 256, (900 + index * 10, 1200, 3), dtype=np.uint8))
        paths.append(path)
    window.document.edit(Stack((Step(preset="unsharp"), Step(preset="emboss"))), 0, "stack")

    def open_photo(path):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(path), "")))
        settle(qtbot, window, window.qactions["open"].trigger)

    for index in range(5):
        open_photo(paths[index % 4])
    after_warm_up = resident()
    for index in range(5, 20):
        open_photo(paths[index % 4])
    grown = resident() - after_warm_up
    assert grown < 40 * MB, f"grew {grown / MB:.1f} MiB over 15 photos"


@pytest.mark.slow
def test_a_fifty_megapixel_photo_is_handled_and_released(qtbot, tmp_path, photo_path):
    big = tmp_path / "fifty.bmp"
    tile = np.random.default_rng(9).integers(0, 256, (575, 870, 3), dtype=np.uint8)
    Image.fromarray(np.tile(tile, (10, 10, 1))).save(big)  # 8700 × 5750: 50 megapixels
    window = open_window(qtbot, big)
    assert window.status.size_label.text() == "8700×5750"
    progress, timer_fired = events_while(qtbot, window.worker, lambda: window.document.edit(
        Stack((Step(preset="sharpen"),)), 0, "s"), window.rendering.resultReady, timeout=120000)
    assert progress
    assert timer_fired
    with_big = resident()
    image_bytes = 8700 * 5750 * 3
    # Photo, result, their screen copies and the worker's cache: a few times the photo.
    assert with_big < 12 * image_bytes
    window.document.undo_stack.setClean()
    with qtbot.waitSignal(window.rendering.resultReady, timeout=60000):
        window.files.open_photo(str(photo_path))
    assert window.document.photo.path == photo_path
    # The big photo, its result and their screen copies are all let go, and the memory
    # goes back to the system.
    qtbot.waitUntil(lambda: with_big - resident() > 3 * image_bytes, timeout=10000)
