"""``kernelstudio --selftest``: prove an installation or a bundle works, with or without a screen.

The check runs what a user's first minute does: the engine against a float64 reference,
the window opening the bundled sample, a three-step recipe rendered by the worker thread
and compared with the core's own result, an export read back from disk, and the codecs
beyond Pillow's (16-bit colour PNG and TIFF, AVIF, HEIC). The checks
run on Qt's ``offscreen`` platform unless ``QT_QPA_PLATFORM`` names another; on a real
platform (xcb, Wayland) the window is also shown until the display exposes it.

Then, unless ``QT_QPA_PLATFORM`` chose the platform, the platform the user's window would
open on is checked too (`kernelstudio.startup`: display, plugin libraries), and when
there is one, a second self-test runs on it in a child process: a platform cannot change
within a process, and a broken one aborts the process that loads it. With no display
the report says so and the self-test passes on ``offscreen``.

Nothing of the user's is touched: settings go to a temporary folder and the autosave to
Qt's test location. The report goes to stdout; when there is none (a windowed build on
Windows or macOS) it is written to ``selftest.txt`` in the app-data folder.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from kernelstudio import startup

__all__ = ["REPORT_NAME", "run"]

REPORT_NAME = "selftest.txt"
#: No single stage of a healthy run comes near this (the sample renders in well under 1 s).
_STAGE_TIMEOUT_S = 60.0
_PAD_MODES = {"reflect101": "reflect", "reflect": "symmetric", "replicate": "edge",
              "wrap": "wrap", "constant": "constant"}
#: The recipe the window renders: a blur, a sharpen and a half-strength emboss.
_STEPS = (("gaussian", {"size": 5}, {}), ("sharpen", {"inner": 9, "edge": -2}, {}),
          ("emboss", {}, {"opacity": 0.5}))
#: Platforms with no display behind them: nothing is shown on these.
_NO_SCREEN = ("offscreen", "minimal")


class SelfTestFailed(Exception):
    """A check did not hold; the message says which and why."""


def _shifted_sum(image: np.ndarray, kernel: np.ndarray, border: str) -> np.ndarray:
    """Correlation by adding shifted copies of a float64 padded image (the reference)."""
    kh, kw = kernel.shape
    ay, ax = kh // 2, kw // 2
    padded = np.pad(image.astype(np.float64), ((ay, kh - 1 - ay), (ax, kw - 1 - ax), (0, 0)),
                    mode=_PAD_MODES[border])
    height, width = image.shape[:2]
    out = np.zeros(image.shape, np.float64)
    for i in range(kh):
        for j in range(kw):
            out += kernel[i, j] * padded[i : i + height, j : j + width]
    return out


def _check_engine() -> str:
    from kernelstudio.core import METHODS, convolve

    rng = np.random.default_rng(6)
    image = rng.random((61, 47, 3))
    kernels = [rng.standard_normal((3, 3)), rng.standard_normal((5, 5)),
               np.outer([1, 4, 6, 4, 1], [1, 2, 1]) / 64.0, rng.standard_normal((9, 4))]
    checked = 0
    for kernel in kernels:
        for border in _PAD_MODES:
            expected = _shifted_sum(image, kernel, border)
            for method in METHODS:
                got = convolve(image, kernel, border=border, method=method)
                error = float(np.max(np.abs(got - expected)))
                if not error < 1e-9:
                    raise SelfTestFailed(f"the {method} engine is off by {error:.3g} for a "
                                         f"{kernel.shape} kernel with the {border} border")
                checked += 1
    photo = (image * 255).round().astype(np.uint8)
    got = convolve(photo, kernels[0])
    expected = np.clip(np.rint(_shifted_sum(photo, kernels[0], "reflect101")), 0, 255)
    if np.max(np.abs(got.astype(np.int16) - expected)) > 1:
        raise SelfTestFailed("8-bit results are not rounded and saturated to 0..255")
    return f"engine matches a float64 reference ({checked} kernel, border and method cases)"


class _Run:
    """The window-side checks, driven through the window's own signals."""

    def __init__(self, folder: Path):
        from PySide6.QtCore import QSettings, QStandardPaths

        from .appdata import data_folder
        from .appdata.session import discard_left_behind

        self.folder = folder
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        self._test_mode = QStandardPaths.isTestModeEnabled()
        QStandardPaths.setTestModeEnabled(True)
        self._scratch = data_folder()  # Qt's test location, under the home folder
        discard_left_behind()  # one left by an interrupted self-test would ask to be restored
        self.window = None
        self.expected = None

    def wait(self, signal, what: str, ready: Callable[[], bool] = lambda: True) -> None:
        """Run the event loop until `signal` fires with `ready()` true, or fail.

        With `signal` None, `ready` is asked on each poll instead (for states that Qt
        announces by event only, such as a window being exposed).
        """
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        fired = []

        def on_signal(*_args):
            if ready():
                fired.append(True)
                loop.quit()

        def on_poll():
            if signal is None and ready():
                fired.append(True)
                loop.quit()
            if self.window.messages.dialog is not None or time.monotonic() > deadline:
                loop.quit()

        deadline = time.monotonic() + _STAGE_TIMEOUT_S
        poll = QTimer(interval=20 if signal is None else 50)
        poll.timeout.connect(on_poll)
        if signal is not None:
            signal.connect(on_signal)
        poll.start()
        try:
            loop.exec()
        finally:
            poll.stop()
            if signal is not None:
                signal.disconnect(on_signal)
        if fired:
            return
        dialog = self.window.messages.dialog
        if dialog is not None:
            raise SelfTestFailed(f"{what}: the window reported {dialog.text()!r}")
        raise SelfTestFailed(f"{what}: nothing happened in {_STAGE_TIMEOUT_S:.0f} s")

    def open_sample(self) -> str:
        from kernelstudio.data import SAMPLE_PHOTO

        from .window import MainWindow

        self.window = MainWindow()
        self.window.start()
        self.wait(self.window.rendering.resultReady, "opening the sample photo")
        photo = self.window.document.photo
        if photo.path.name != SAMPLE_PHOTO:
            raise SelfTestFailed(f"the window opened {photo.path}, not the sample photo")
        if not np.array_equal(self.window.rendering.result, photo.pixels):
            raise SelfTestFailed("with no steps the result differs from the photo")
        height, width = photo.pixels.shape[:2]
        opened = f"window opened the sample photo {SAMPLE_PHOTO} ({width}×{height})"
        return opened + self.show()

    def show(self) -> str:
        """On a real platform, show the window until the display exposes it."""
        from PySide6.QtGui import QGuiApplication

        name = QGuiApplication.platformName()
        if name in _NO_SCREEN:
            return ""
        self.window.show()
        self.wait(None, f"showing the window on {name}",
                  lambda: self.window.windowHandle() is not None
                  and self.window.windowHandle().isExposed())
        shot = self.window.grab()
        if shot.isNull() or shot.width() < 100 or shot.height() < 100:
            raise SelfTestFailed(f"the window shown on {name} draws nothing "
                                 f"({shot.width()}×{shot.height()})")
        return f" and showed it on {name} ({self.window.width()}×{self.window.height()})"

    def render_recipe(self) -> str:
        from kernelstudio.core import Stack, Step, save_recipe

        stack = Stack(tuple(Step.from_preset(name, params, **options)
                            for name, params, options in _STEPS))
        path = self.folder / "selftest-recipe.json"
        save_recipe(stack, path)
        self.window.files.load_recipe(str(path))
        self.wait(self.window.rendering.resultReady, "rendering the recipe")
        if self.window.document.stack != stack:
            raise SelfTestFailed("the window's stack is not the recipe that was loaded")
        expected = stack.apply(self.window.document.photo.pixels)
        self.expected = expected
        if not np.array_equal(self.window.rendering.result, expected):
            raise SelfTestFailed("the window's result differs from the core's for the recipe")
        if np.array_equal(expected, self.window.document.photo.pixels):
            raise SelfTestFailed("the recipe left the photo unchanged")
        names = " → ".join(step.title for step in stack.steps)
        return f"worker rendered a three-step recipe ({names}) exactly as the core does"

    def export(self) -> str:
        from kernelstudio.core import load_image

        path = self.folder / "selftest-export.png"
        self.window.worker.export(self.window.document.stack, self.window.document.photo,
                                  str(path), quality=95)
        self.wait(self.window.files.exported, "exporting", lambda: path.exists())
        written = load_image(path).pixels
        if not np.array_equal(written, self.expected):
            raise SelfTestFailed(f"the exported {path.name} does not read back as the result")
        return f"export wrote a PNG of {path.stat().st_size // 1024} KiB that reads back exactly"

    def formats(self) -> str:
        """The codecs beyond Pillow's own load: a bundle missing one fails here, not when a
        user's photo needs it."""
        from pi_heif import libheif_info

        from kernelstudio.core import load_image, save_image

        rng = np.random.default_rng(7)
        deep = rng.integers(0, 65536, (24, 32, 3), dtype=np.uint16)
        for suffix in (".png", ".tif"):
            path = self.folder / f"selftest-16bit{suffix}"
            save_image(path, deep)
            if not np.array_equal(load_image(path).pixels, deep):
                raise SelfTestFailed(f"a 16-bit colour {suffix} does not read back exactly")
        path = self.folder / "selftest.avif"
        corner = self.expected[:48, :64]  # AV1 encoding is slow: a corner proves the codec
        save_image(path, corner, quality=90)
        if load_image(path).pixels.shape != corner.shape:
            raise SelfTestFailed("an AVIF export does not read back at its size")
        decoders = libheif_info().get("decoders") or {}
        if not decoders:
            raise SelfTestFailed("HEIC photos cannot be read: libheif has no HEVC decoder")
        return (f"16-bit colour PNG and TIFF read back exactly, AVIF reads back, HEIC is "
                f"decoded by {', '.join(decoders)}")

    def close(self) -> None:
        from PySide6.QtCore import QDir, QStandardPaths

        from .appdata.session import SESSIONS_FOLDER

        if self.window is not None:
            self.window.close()  # a clean close deletes the autosaved session
            self.window.deleteLater()
            self.window = None
        QStandardPaths.setTestModeEnabled(self._test_mode)
        # Leave no empty folders behind in the home folder; anything else in them stays.
        home, folder = Path(QDir.homePath()), self._scratch / SESSIONS_FOLDER
        if not folder.exists():
            folder = folder.parent
        while home in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


def _header() -> list[str]:
    import PIL
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from kernelstudio import __version__

    frozen = "bundle" if getattr(sys, "frozen", False) else "Python install"
    return [
        f"kernelstudio {__version__} self-test ({frozen}, {platform.platform()})",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}, "
        f"NumPy {np.__version__}, Pillow {PIL.__version__}, "
        f"Qt platform {QGuiApplication.platformName()}",
    ]


def _child_command() -> list[str]:
    """The command that starts this same program's self-test."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--selftest"]
    return [sys.executable, "-m", "kernelstudio", "--selftest"]


def _check_desktop(environ: dict[str, str]) -> tuple[str, str]:
    """Whether the window can open on this machine's own platform: (status, text).

    The status is ``ok``, ``skip`` (no display here) or ``FAIL``.
    """
    try:
        name = startup.check_window(environ)
    except startup.NoDisplay:
        return "skip", ("the window's platform: no display here (neither DISPLAY nor "
                        "WAYLAND_DISPLAY is set); the checks above ran on offscreen")
    except startup.WindowCannotStart as exc:
        names = "/".join(startup.platforms_to_try(environ))
        return "FAIL", f"the window cannot open on {names}: {exc}"
    if name in _NO_SCREEN:
        return "skip", f"the window's platform is {name}: nothing more to check"
    display = environ.get("WAYLAND_DISPLAY" if name.startswith("wayland") else "DISPLAY")
    where = f"{name} (display {display})" if display else name
    try:
        child = subprocess.run(_child_command(), env={**environ, "QT_QPA_PLATFORM": name},
                               capture_output=True, text=True, timeout=4 * _STAGE_TIMEOUT_S,
                               check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return "FAIL", f"the self-test on {where} did not run: {exc}"
    lines = child.stdout.splitlines()
    if child.returncode == 0:
        size = next((line.rsplit(" showed it on ", 1)[1].split(")")[0].split("(")[-1]
                     for line in lines if " showed it on " in line), "?")
        return "ok", (f"the window opens on {where}: the self-test passed there too and "
                      f"showed the window ({size})")
    failed = [line.split(None, 1)[1] for line in lines if line.startswith("FAIL")]
    said = failed or child.stderr.strip().splitlines()[-1:] or [f"exit {child.returncode}"]
    return "FAIL", f"the self-test on {where} failed (exit {child.returncode}): {said[0]}"


def run() -> int:
    """Run every check; print (or write) the report; 0 if all passed, 1 otherwise."""
    desktop = None if "QT_QPA_PLATFORM" in os.environ else dict(os.environ)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    lines: list[str] = []
    failure = None
    report = None
    with tempfile.TemporaryDirectory(prefix="kernelstudio-selftest-") as folder:
        try:
            from .app import application
            from .appdata import data_folder

            application()
            if sys.stdout is None:  # the real app-data folder, before test mode moves it
                report = data_folder() / REPORT_NAME
            lines += _header()
            checks = _Run(Path(folder))
            try:
                for check in (_check_engine, checks.open_sample, checks.render_recipe,
                              checks.export, checks.formats):
                    begun = time.perf_counter()
                    done = check()
                    lines.append(f"ok    {done} ({(time.perf_counter() - begun) * 1000:.0f} ms)")
            finally:
                checks.close()
            if desktop is not None and sys.platform not in ("win32", "darwin"):
                begun = time.perf_counter()
                status, done = _check_desktop(desktop)
                if status == "FAIL":
                    raise SelfTestFailed(done)
                lines.append(f"{status:<5} {done} ({(time.perf_counter() - begun) * 1000:.0f} ms)")
        except Exception as exc:  # the report must say what broke, whatever it was
            failure = str(exc)
            if not isinstance(exc, SelfTestFailed):
                failure = f"{type(exc).__name__}: {failure}"
            lines.append(f"FAIL  {failure}")
    seconds = time.perf_counter() - started
    lines.append(f"self-test {'failed' if failure else 'passed'} in {seconds:.1f} s")
    text = "\n".join(lines) + "\n"
    if report is not None:
        report.write_text(text, encoding="utf-8")
    else:
        print(text, end="", flush=True)
    if failure and sys.stderr is not None:
        print(f"kernelstudio: self-test failed: {failure}", file=sys.stderr)
    return 1 if failure else 0
