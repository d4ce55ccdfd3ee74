"""Run the real window in a process of its own and stop it the way a user or the system does.

Tests run this with ``subprocess`` and a timeout, so a window that hangs or aborts fails
its test instead of the test run. Each scenario prints what a user would have seen
(``DIALOG <title> | <text>``) and leaves the exit status to the window:

    python window_driver.py open PATH
        ``kernelstudio PATH``, as the command line runs it; Quit once a photo is shown
        after a dialog.
    python window_driver.py quit-while load|render PHOTO
        Open PHOTO, start a long job of that kind, and Quit while it runs.
    python window_driver.py signal SIGNAL filter|save PHOTO OUT
        Open PHOTO, export a slow stack's result to OUT, and send this process SIGNAL
        while the export is filtering, or once its file is being written.
    python window_driver.py signal-while-asking question|file PHOTO
        Open PHOTO and send this process SIGTERM while Quit asks about unsaved changes,
        or while File ▸ Open shows its file dialog.
"""

import os
import runpy
import signal
import sys
import threading
import time

import numpy as np
from PySide6.QtCore import QTimer

from kernelstudio.core import Stack, Step
from kernelstudio.gui.window import main_window
from kernelstudio.gui.work import jobs, worker

#: A stack slow enough on a small photo that a job of it is still running when stopped.
SLOW = Stack((Step(kernel=np.ones((31, 31)) / 961),) * 6)


def when_started(then) -> None:
    """Call ``then(window)`` once the window's first photo is on screen."""
    started = main_window.MainWindow.start

    def start(self, path=None):
        started(self, path)
        shown = []

        def first_result():
            if not shown:
                shown.append(True)
                then(self)

        self.rendering.resultReady.connect(first_result)
        # After the files controller's own slot, which shows the dialog.
        self.worker.failed.connect(lambda *_: QTimer.singleShot(0, lambda: report(self)))

    main_window.MainWindow.start = start


def report(window) -> None:
    dialog = window.messages.dialog
    if dialog is not None:
        print(f"DIALOG {dialog.windowTitle()} | {dialog.text()}", flush=True)


def run_window(*args: str) -> None:
    sys.argv = ["kernelstudio", *args]
    runpy.run_module("kernelstudio", run_name="__main__")


def open_path(path: str) -> None:
    when_started(lambda window: window.qactions["quit"].trigger())
    run_window(path)


def quit_while(kind: str, photo: str) -> None:
    closing, loading = threading.Event(), threading.Event()

    def on_started(window):
        watch_closing(window, closing)

        def quit_now():
            print(f"QUIT during {kind}", flush=True)
            window.qactions["quit"].trigger()

        if kind == "load":
            decode = worker.load_image

            def slow_load(*args, **kwargs):
                # A decode that outlasts any fixed wait at Quit (a very large photo):
                # still running for seconds after the window began to close.
                loading.set()
                closing.wait(60)
                time.sleep(8)
                return decode(*args, **kwargs)

            worker.load_image = slow_load
            window.files.open(photo)
            poll = QTimer(window, interval=20)
            poll.timeout.connect(lambda: (poll.stop(), quit_now()) if loading.is_set() else None)
            poll.start()
        else:
            def quit_when_rendering(job, _fraction):
                if isinstance(job, jobs.RenderJob) and not closing.is_set():
                    quit_now()

            window.worker.progressed.connect(quit_when_rendering)
            window.document.edit(SLOW, 0, "slow")
            window.document.undo_stack.setClean()  # Quit asks nothing

    when_started(on_started)
    run_window(photo)


def watch_closing(window, closing: threading.Event) -> None:
    """Set `closing` when the window starts stopping its worker."""
    stopping = window.worker.shutdown

    def shutdown(*args, **kwargs):
        closing.set()
        return stopping(*args, **kwargs)

    window.worker.shutdown = shutdown


def signal_during(name: str, phase: str, photo: str, out: str) -> None:
    number = getattr(signal, name)
    closing = threading.Event()
    signalled = []
    if phase == "save":
        saving = worker.save_image

        def save_once_closing(*args, **kwargs):
            os.kill(os.getpid(), number)
            # Write only once the window is closing, so the save is the one Quit waits for.
            if not closing.wait(60):
                raise SystemExit("the signal never closed the window")
            print("SAVING while closing", flush=True)
            return saving(*args, **kwargs)

        worker.save_image = save_once_closing

    def on_started(window):
        watch_closing(window, closing)

        def signal_when_filtering(job, _fraction):
            if isinstance(job, jobs.ExportJob) and phase == "filter" and not signalled:
                signalled.append(True)
                print("SIGNAL while filtering", flush=True)
                os.kill(os.getpid(), number)

        window.worker.progressed.connect(signal_when_filtering)
        window.document.edit(SLOW, 0, "slow")  # unsaved: a signal must not ask about it
        # The export goes before the edit's render, so its own filtering is slow.
        window.worker.export(window.document.stack, window.document.photo, out, 90)

    when_started(on_started)
    run_window(photo)


def signal_while_asking(what: str, photo: str) -> None:
    def on_started(window):
        def send():
            print(f"SIGNAL while asking ({what})", flush=True)
            os.kill(os.getpid(), signal.SIGTERM)

        # Once the question's own event loop runs (the trigger below returns only then).
        QTimer.singleShot(200, send)
        if what == "question":
            window.document.edit(SLOW, 0, "slow")  # unsaved: Quit asks
            window.qactions["quit"].trigger()
        else:
            window.qactions["open"].trigger()
        print(f"ANSWERED; window shown: {window.isVisible()}", flush=True)

    when_started(on_started)
    run_window(photo)


if __name__ == "__main__":
    scenario, *arguments = sys.argv[1:]
    {"open": open_path, "quit-while": quit_while, "signal": signal_during,
     "signal-while-asking": signal_while_asking}[scenario](*arguments)
