"""The autosave controller: this window's session, written after edits; and the sessions of
windows that did not close, offered back at start, newest first."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kernelstudio.core import RecipeError, Stack
from kernelstudio.core.files import describe_os_error
from kernelstudio.data import is_sample_photo
from kernelstudio.gui.appdata.session import (
    BadLock,
    Session,
    SessionFile,
    left_behind,
    set_aside_bad_locks,
    take_session,
)
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.controls import ask

from .files import FilesController
from .messages import Messages

__all__ = ["AutosaveController"]


#: The session is saved this long after the last edit, and at least this often.
_AUTOSAVE_DELAY_MS = 1000
_AUTOSAVE_PERIOD_MS = 120_000


class AutosaveController(QObject):
    """Writes this window's session while it runs; `stop` on a clean close deletes it."""

    def __init__(self, window: QMainWindow, document: Document, files: FilesController,
                 messages: Messages):
        super().__init__(window)
        self._window = window
        self._document = document
        self._files = files
        self._messages = messages
        self._own: SessionFile | None = None
        self._offers: list[tuple[SessionFile, Session]] = []
        self._notes: list[str] = []
        self._stopped = False  # the window closed: nothing more is asked or written
        self._too_large: Stack | None = None  # the stack last too large to autosave
        self._written: Session | None = None  # what this window's session file holds
        self._soon = QTimer(self, singleShot=True, interval=_AUTOSAVE_DELAY_MS)
        self._soon.timeout.connect(self.save)
        self._periodic = QTimer(self, interval=_AUTOSAVE_PERIOD_MS)
        self._periodic.timeout.connect(self.save)
        for signal in (document.stackChanged, document.currentStepChanged,
                       document.photoChanged):
            signal.connect(self._soon.start)

    def start(self) -> None:
        """Take a session of this window's own (it never writes to another's), then sort
        out those of windows that are gone: damaged ones are set aside, empty ones deleted,
        the others offered back once the window is up."""
        try:
            self._own = take_session()
        except OSError as exc:  # a read-only home must not keep the window from opening
            self._notes.append(translate(
                "AutosaveController", "Autosave is off: {folder} cannot be made or written "
                "({error}).").format(folder=exc.filename or translate(
                    "AutosaveController", "the sessions folder"),
                                     error=describe_os_error(exc)))
        self._periodic.start()
        self._notes.extend(_bad_lock_note(bad) for bad in set_aside_bad_locks())
        for held in left_behind():
            try:
                session = held.read()
            except RecipeError as exc:
                self._notes.append(_set_aside(held, exc))
                continue
            photo = session.photo
            if not session.stack.steps and (photo is None or is_sample_photo(photo)):
                held.remove()  # nothing of the user's to bring back: no question to ask
            else:
                self._offers.append((held, session))
        QTimer.singleShot(0, self, self._on_started)

    def stop(self, *, keep: bool = False) -> None:
        """The window closes: stop saving, and keep every session not yet answered for
        (a question on screen asks no more); the next start offers them again.

        This window's own session is deleted; with `keep` (a signal closed the window
        with unsaved changes) it is written once more and kept, for the next start to
        offer back.
        """
        self._stopped = True
        self._soon.stop()
        self._periodic.stop()
        for held, _session in self._offers:
            held.release()
        self._offers, self._notes = [], []
        if self._own is not None and keep:
            self.save()
            self._own.release()
        elif self._own is not None:
            self._own.remove()
        self._own = None

    @Slot()
    def save(self) -> None:
        photo = self._document.photo
        session = Session(str(photo.path) if photo is not None else None,
                          self._document.stack, self._document.selection)
        last = self._written
        if last is not None and (last.photo, last.selection) == (
                session.photo, session.selection) and last.stack is session.stack:
            return  # nothing changed since it was written: no seconds spent again
        if self._write(session):
            self._written = session

    def _write(self, session: Session) -> bool:
        """Write this window's session; False if there is none or it cannot be written."""
        if self._own is None or session.stack is self._too_large:
            return False  # that stack's seconds of serializing were spent once already
        try:
            self._own.write(session)
        except RecipeError as exc:  # too large to read back: the previous session stays
            if self._too_large is None:  # said once, until a session fits again
                self._window.statusBar().showMessage(str(exc), 10000)
            self._too_large = session.stack
            return False
        except OSError as exc:  # a full disk must not interrupt editing
            self._window.statusBar().showMessage(
                translate("AutosaveController", "Could not autosave the session: {error}")
                .format(error=describe_os_error(exc)), 6000)
            return False
        self._too_large = None
        return True

    @Slot()
    def _on_started(self) -> None:
        total = len(self._offers)
        for number in range(1, total + 1):
            held, session = self._offers[0]
            restore = self._ask(held, session, number, total)
            if self._stopped:  # a signal closed the question: not an answer; all are kept
                return
            del self._offers[0]
            if restore:
                self._restore(held, session)
                break
            held.remove()
        for rest, _session in self._offers:
            rest.release()  # kept: offered again at the next start
        self._offers = []
        if self._notes and not self._stopped:
            self._messages.show_message(translate("AutosaveController", "Autosaved sessions"),
                                        "\n\n".join(self._notes),
                                        QMessageBox.Icon.Information)
            self._notes = []

    def _ask(self, held: SessionFile, session: Session, number: int, total: int) -> bool:
        count = len(session.stack.steps)
        if session.photo:
            what = (translate("AutosaveController", "the stack of 1 step and the photo {photo}")
                    if count == 1 else translate(
                        "AutosaveController", "the stack of {count} steps and the photo {photo}"))
        else:
            what = (translate("AutosaveController", "the stack of 1 step") if count == 1
                    else translate("AutosaveController", "the stack of {count} steps"))
        what = what.format(count=count, photo=session.photo)
        try:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(held.saved()))
        except (OSError, OverflowError, ValueError):  # a time beyond what the system shows
            when = translate("AutosaveController", "at an unknown time")
        if total == 1:
            return ask(self._window, translate("AutosaveController", "Restore the last session?"),
                       translate("AutosaveController", "kernelstudio did not close normally "
                                 "(last saved {when}). Restore {what}?").format(when=when,
                                                                                what=what),
                       default_yes=True)
        rest = (translate("AutosaveController", " If you restore it, the sessions not yet "
                          "offered are kept for the next start.") if number < total else "")
        return ask(self._window,
                   translate("AutosaveController", "Restore a session? ({number} of {total})")
                   .format(number=number, total=total),
                   translate("AutosaveController", "{total} kernelstudio windows did not close "
                             "normally; this one was last saved {when}. Restore {what}?").format(
                                 total=total, when=when, what=what) + rest, default_yes=True)

    def _restore(self, held: SessionFile, session: Session) -> None:
        """`session` becomes this window's: on screen and in its own file; then the old
        file goes (or, if this window cannot save, stays for the next start)."""
        self._document.edit(session.stack, session.selection,
                            translate("AutosaveController", "Restore session"))
        if self._write(session):
            held.remove()
        else:
            held.release()
        if session.photo and os.path.exists(session.photo):
            self._files.open(session.photo)
        elif session.photo:
            self._notes.append(translate("AutosaveController", "The session's photo {photo} is "
                                         "gone; its stack is restored on the photo open now.")
                               .format(photo=session.photo))


def _bad_lock_note(bad: BadLock) -> str:
    """What to tell the user of a lock that was not a lock file."""
    if bad.aside is None:
        return translate("AutosaveController", "The lock of the autosaved session {session} is "
                         "not a lock file ({reason}) and could not be renamed ({error}); that "
                         "session is left as it is.").format(
                             session=bad.session, reason=bad.reason, error=bad.error)
    return translate("AutosaveController", "The lock of the autosaved session {session} was not "
                     "a lock file ({reason}); it was renamed {aside} in {folder}, and the window "
                     "opened as usual.").format(session=bad.session.name, reason=bad.reason,
                                                aside=bad.aside.name, folder=bad.aside.parent)


def _set_aside(held: SessionFile, error: RecipeError) -> str:
    """Rename a damaged session out of the way; what to tell the user about it."""
    try:
        aside = held.set_aside()
    except OSError as exc:
        return translate("AutosaveController", "The autosaved session {path} is damaged "
                         "({error}) and could not be renamed ({why}); it is left as it is.").format(
                             path=held.path, error=error, why=describe_os_error(exc))
    return translate("AutosaveController", "The autosaved session {session} could not be read "
                     "({error}); it was renamed {aside} in {folder}, and the window opened as "
                     "usual.").format(session=held.path.name, error=error, aside=aside.name,
                                      folder=aside.parent)
