"""Starting the window: the application object, its names, and the event loop."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import sys

from PySide6.QtCore import QSocketNotifier, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kernelstudio.startup import HEADLESS

from . import identity, translation
from .window import MainWindow

__all__ = ["application", "main"]

_BLAMES_XCB_CURSOR = "xcb-cursor0 or libxcb-cursor0 is needed"
#: The signals that close the window as Quit does: a logout or `kill`, a closed terminal,
#: Ctrl+C in the terminal (which would otherwise be a KeyboardInterrupt in some slot).
_CLOSING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                         if hasattr(signal, name))


def application() -> QApplication:
    """The running QApplication, created (with kernelstudio's names) if there is none."""
    app = QApplication.instance()
    if app is None:
        with _fatal_in_one_line():
            app = QApplication(sys.argv[:1])
        app.setOrganizationName(identity.ORGANIZATION)
        app.setOrganizationDomain(identity.ORGANIZATION_DOMAIN)
        app.setApplicationName(identity.APPLICATION)
        app.setApplicationDisplayName(identity.DISPLAY_NAME)
        app.setDesktopFileName(identity.APP_ID)  # task bars match the window to the .desktop
        app.setWindowIcon(identity.icon())
    return app


@contextlib.contextmanager
def _fatal_in_one_line():
    """While Qt loads its platform plugin: a fatal error exits 1 with one line, no abort.

    `kernelstudio.startup` checks the platform before Qt loads; this catches what it
    cannot foresee (a plugin that fails for another reason, a platform name Qt does not
    know). Qt's warnings of the moment are held back and become part of that line, or are
    printed as usual once the application object exists.
    """
    held: list[str] = []

    def handler(kind, context, message):
        text = " ".join(message.split())
        if context is not None and context.category and context.category != "default":
            text = f"{context.category}: {text}"
        if kind != QtMsgType.QtFatalMsg:
            held.append(text)
            return
        platform = os.environ.get("QT_QPA_PLATFORM") or "the default platform"
        # Qt names xcb-cursor0 whatever is missing; startup's ldd check named the real ones.
        told = [line for line in held if not (_BLAMES_XCB_CURSOR in line and shutil.which("ldd"))]
        parts = "; ".join([*told, text.split(". ")[0]])
        sys.stderr.write(f"kernelstudio: the window cannot start on {platform}: {parts}; "
                         f"{HEADLESS}\n")
        sys.stderr.flush()
        os._exit(1)  # Qt aborts right after this handler returns

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for text in held:
            print(text, file=sys.stderr)


@contextlib.contextmanager
def _closing_on_signals(window: MainWindow):
    """While the window runs, the closing signals close it as Quit does (without asking);
    one that is ignored (``nohup`` ignores SIGHUP) stays ignored.

    Python runs a signal handler only when the interpreter gets control, and Qt's event
    loop may hold it in C++ for as long as nothing happens. `signal.set_wakeup_fd` has the
    C-level handler write the signal's number to a socket, whose notifier wakes the event
    loop at once; a polling QTimer would instead wake the process many times a second
    for as long as it runs, and still answer late.
    """
    closing = [number for number in _CLOSING_SIGNALS
               if signal.getsignal(number) is not signal.SIG_IGN]
    if not closing:
        yield
        return
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.signal(number, lambda *_: None) for number in closing}

    def on_ready() -> None:
        with contextlib.suppress(OSError):
            if set(reader.recv(64)) & set(closing):
                window.close_unasked()

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_ready)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()


def main(path: str | None = None, language: str | None = None) -> int:
    """Show the window on `path` (the sample photo if None) and run until it closes.

    The window speaks `language` (a code of `kernelstudio.i18n.LANGUAGES`); if None, the
    one chosen in Preferences, else the system's.

    An exception escaping a slot is logged and shown in a dialog; the window keeps running.
    SIGTERM, SIGHUP and SIGINT close the window as Quit does; `main` returns 0 once the worker
    thread has stopped (the worker does that as the application quits; an export being
    saved is finished first).
    """
    app = application()
    translation.install(app, translation.start_language(language))  # before any widget
    window = MainWindow()
    window.start(path)
    window.show()
    previous, sys.excepthook = sys.excepthook, window.messages.report_exception
    try:
        with _closing_on_signals(window):
            return app.exec()
    finally:
        sys.excepthook = previous
