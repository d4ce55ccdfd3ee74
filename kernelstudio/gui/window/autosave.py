"""The autosave controller: the session written after edits, and offered back after a crash."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow

from kernelstudio.data import SAMPLE_PHOTO, resource_path
from kernelstudio.gui.appdata.session import (
    Session,
    clear_session,
    is_running,
    read_session,
    write_session,
)
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.widgets.controls import ask

from .files import FilesController
from .messages import Messages

__all__ = ["AutosaveController"]


def _is_sample(photo: str | None) -> bool:
    """Whether a session's photo is none, or the sample every start opens anyway."""
    return photo is None or os.path.abspath(photo) == os.path.abspath(resource_path(SAMPLE_PHOTO))

#: The session is saved this long after the last edit, and at least this often.
_AUTOSAVE_DELAY_MS = 1000
_AUTOSAVE_PERIOD_MS = 120_000


class AutosaveController(QObject):
    """Writes the session while the window runs; `stop` on a clean close forgets it."""

    def __init__(self, window: QMainWindow, document: Document, files: FilesController,
                 messages: Messages):
        super().__init__(window)
        self._window = window
        self._document = document
        self._files = files
        self._messages = messages
        self._soon = QTimer(self, singleShot=True, interval=_AUTOSAVE_DELAY_MS)
        self._soon.timeout.connect(self.save)
        self._periodic = QTimer(self, interval=_AUTOSAVE_PERIOD_MS)
        self._periodic.timeout.connect(self.save)
        for signal in (document.stackChanged, document.currentStepChanged,
                       document.photoChanged):
            signal.connect(self._soon.start)

    def start(self) -> None:
        """Begin saving, and offer the session a run that did not close left behind."""
        self._periodic.start()
        left_behind = read_session()
        if left_behind is None or is_running(left_behind.pid):
            return
        if not left_behind.stack.steps and _is_sample(left_behind.photo):
            clear_session()  # nothing of the user's to bring back: no question to ask
            return
        QTimer.singleShot(0, lambda: self._offer_restore(left_behind))

    def stop(self) -> None:
        """A clean close: stop saving and forget the session (nothing to restore next time)."""
        self._soon.stop()
        self._periodic.stop()
        clear_session()

    @Slot()
    def save(self) -> None:
        photo = self._document.photo
        try:
            write_session(Session(str(photo.path) if photo is not None else None,
                                  self._document.stack, self._document.selection))
        except OSError as exc:  # a full disk must not interrupt editing
            self._window.statusBar().showMessage(f"Could not autosave the session: {exc}", 6000)

    def _offer_restore(self, session: Session) -> None:
        count = len(session.stack.steps)
        if not ask(self._window, "Restore the last session?",
                   f"kernelstudio did not close normally last time. Restore the stack of {count} "
                   f"step{'s' if count != 1 else ''}" + (f" and the photo {session.photo}"
                                                          if session.photo else "") + "?",
                   default_yes=True):
            clear_session()
            return
        self._document.edit(session.stack, session.selection, "Restore session")
        if session.photo and os.path.exists(session.photo):
            self._files.open(session.photo)
        elif session.photo:
            self._messages.show_error("Photo not found", f"{session.photo} is gone; the stack "
                                      "is restored on the photo open now.")
