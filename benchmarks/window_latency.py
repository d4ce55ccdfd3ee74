"""How quickly the window answers an edit on a 24-megapixel photo.

For each kind of edit, the time from the edit to the first updated pixels on screen (a
preview: the visible region at full resolution when zoomed in, a reduced copy when the
whole photo is in view), to the full-resolution result, and the longest gap between ticks
of a 5 ms timer on the UI thread meanwhile (how long the window could not respond).

    QT_QPA_PLATFORM=offscreen python benchmarks/window_latency.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

import numpy as np
from PIL import Image
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QPushButton

from kernelstudio.core import Stack, Step, load_image, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path
from kernelstudio.gui import MainWindow
from kernelstudio.gui.app import application

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts


def make_photo(folder: str) -> str:
    sample = Image.fromarray(load_image(resource_path(SAMPLE_PHOTO)).pixels)
    path = os.path.join(folder, "photo-24mp.bmp")
    save_image(path, np.asarray(sample.resize((6000, 4000), Image.Resampling.BICUBIC)))
    return path


class Probe:
    """Times one edit: first pixels, full result, and the UI thread's longest stall."""

    def __init__(self, app, window):
        self.app, self.window = app, window
        self.first = self.full = None
        self.gaps: list[int] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        window.rendering.previewShown.connect(self._on_preview_shown)
        window.rendering.resultReady.connect(self._on_result_ready)

    def _tick(self):
        self.gaps.append(self.clock.restart())

    def _on_preview_shown(self):
        if self.first is None:
            self.first = time.perf_counter()

    def _on_result_ready(self):
        if self.first is None:
            self.first = time.perf_counter()
        self.full = time.perf_counter()

    def measure(self, edit) -> tuple[float, float, float]:
        self.first = self.full = None
        self.gaps = []
        self.clock.start()
        self.timer.start()
        start = time.perf_counter()
        edit()
        while self.full is None:
            self.app.processEvents()
        self.timer.stop()
        return (1000 * (self.first - start), 1000 * (self.full - start),
                float(max(self.gaps, default=0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # A session of its own: no autosave of another run to offer, no settings of the
        # user's (the folders are read when the application starts).
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = os.path.join(folder, variable.lower())
        app = application()
        QCoreApplication.setOrganizationName("kernelstudio-benchmark")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        window = MainWindow()
        window.start(make_photo(folder))
        window.resize(1400, 900)
        window.show()
        probe = Probe(app, window)
        while window.rendering.result is None:
            app.processEvents()
        document = window.document
        model = window.kernel_dock.table.model()

        def click(name):
            return window.findChild(QPushButton, f"preset-{name}").click

        def cell(text):
            return lambda: model.setData(model.index(1, 1), text)

        sharpen = Stack((Step(preset="sharpen"),))
        three = Stack((Step(preset="unsharp"), Step(preset="blur"), Step(preset="sharpen")))
        scenarios = [  # (what, stack before the edit, its selected step, the edit)
            ("first preset (Sharpen)", Stack(), -1, click("sharpen")),
            ("preset click (Blur 3×3)", sharpen, 0, click("blur")),
            ("kernel cell typed (3×3)", sharpen, 0, cell("6")),
            ("Gaussian 15×15", sharpen, 0,
             lambda: document.edit_current("size", preset="gaussian", params={"size": 15})),
            ("3-step stack, last step edited", three, 2, cell("6")),
        ]
        print(f"{window.status.size_label.text()} photo, {os.cpu_count()} cores, median of "
              f"{args.repeats}; times from the edit, including the 30 ms debounce\n")
        print("| edit | view | first pixels | full result | longest UI stall |")
        print("|---|---|---|---|---|")
        for view in ("fit", "100%"):
            for name, before, selection, edit in scenarios:
                rows = []
                for _ in range(args.repeats):
                    # Start from a settled state: the stack before the edit, fully shown.
                    document.edit(Stack(), -1, "reset")
                    probe.measure(lambda b=before, s=selection: document.edit(b, s, "before"))
                    if view == "fit":
                        window.canvas.fit()
                    else:
                        window.canvas.set_zoom(1.0)
                    rows.append(probe.measure(edit))
                columns = zip(*rows, strict=True)
                first, full, stall = (statistics.median(column) for column in columns)
                print(f"| {name} | {view} | {first:.0f} ms | {full:.0f} ms | {stall:.0f} ms |")
        window.close_unasked()


if __name__ == "__main__":
    main()
