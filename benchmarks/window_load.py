"""The window under load: memory and latency over many edits, many photos, a huge photo.

Prints the resident memory at checkpoints (Linux /proc) and the times users feel:
    - 500 rapid edits of a kernel cell (memory after 100 and after 500);
    - 20 photos of 1 megapixel opened in a row (memory every 5, time to the result);
    - a 50-megapixel photo: opening, first pixels and full result of an edit, the UI
      thread's longest stall, memory with it and after opening a small photo again;
    - quitting while a long job runs.

    QT_QPA_PLATFORM=offscreen python benchmarks/window_load.py
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time

import numpy as np
from PIL import Image
from PySide6.QtCore import QCoreApplication, QSettings
from window_latency import Probe

from kernelstudio.core import Stack, Step, save_image
from kernelstudio.gui import MainWindow
from kernelstudio.gui.app import application

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MB = 2**20


def resident() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / MB


def wait(app, condition, limit=120.0) -> float:
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - start > limit:
            raise TimeoutError
    return time.perf_counter() - start


def main() -> None:
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        QCoreApplication.setOrganizationName("kernelstudio-benchmark")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        os.environ["XDG_DATA_HOME"] = folder
        window = MainWindow()
        window.start()
        window.resize(1400, 900)
        window.show()
        probe = Probe(app, window)
        wait(app, lambda: window.rendering.result is not None)
        print(f"start: {resident():.0f} MiB resident\n")

        document = window.document
        model = window.kernel_dock.table.model()
        probe.measure(lambda: document.edit(Stack((Step(preset="sharpen"),)), 0, "sharpen"))
        checkpoints = {}
        for value in range(500):
            model.setData(model.index(1, 1), str(value % 17 + 1))
            if value % 10 == 0:
                app.processEvents()
            if value + 1 in (100, 500):
                target = value % 17 + 1
                wait(app, lambda t=target: window.document.stack.steps[0].kernel[1, 1] == t
                     and window.rendering.result is not None)
                checkpoints[value + 1] = resident()
        print(f"500 edits: {checkpoints[100]:.0f} MiB after 100, {checkpoints[500]:.0f} MiB "
              f"after 500 ({checkpoints[500] - checkpoints[100]:+.0f} MiB)")

        rng = np.random.default_rng(1)
        photos = []
        for index in range(4):
            path = os.path.join(folder, f"photo{index}.jpg")
            save_image(path, rng.integers(0, 256, (900, 1150 + 10 * index, 3), dtype=np.uint8))
            photos.append(path)
        document.edit(Stack((Step(preset="unsharp"), Step(preset="emboss"))), 0, "two steps")
        document.undo_stack.setClean()  # nothing to save: opening photos must not ask
        times, memory = [], []
        for index in range(20):
            times.append(probe.measure(lambda i=index: window.files.open_photo(photos[i % 4]))[1])
            if (index + 1) % 5 == 0:
                memory.append(f"{resident():.0f}")
        print(f"20 photos: {' / '.join(memory)} MiB after 5 / 10 / 15 / 20; open to result "
              f"median {statistics.median(times):.0f} ms, slowest {max(times):.0f} ms")

        big = os.path.join(folder, "fifty.bmp")
        tile = rng.integers(0, 256, (575, 870, 3), dtype=np.uint8)
        Image.fromarray(np.tile(tile, (10, 10, 1))).save(big)
        opened = probe.measure(lambda: window.files.open_photo(big))[1]
        first, full, stall = probe.measure(lambda: document.edit(
            Stack((Step(preset="sharpen"),)), 0, "sharpen"))
        document.undo_stack.setClean()
        with_big = resident()
        probe.measure(lambda: window.files.open_photo(photos[0]))
        print(f"50 megapixels (8700×5750): opened and shown in {opened:.0f} ms; an edit's "
              f"first pixels {first:.0f} ms, full result {full:.0f} ms, longest UI stall "
              f"{stall:.0f} ms; {with_big:.0f} MiB resident with it, {resident():.0f} MiB "
              "after opening a small photo again")

        document.edit(Stack((Step(kernel=np.ones((31, 31)) / 961),) * 4), 0, "slow")
        document.undo_stack.setClean()
        wait(app, window.status.progress.isVisible)
        start = time.perf_counter()
        window.close()
        print(f"quitting during a long job: {1000 * (time.perf_counter() - start):.0f} ms")


if __name__ == "__main__":
    main()
