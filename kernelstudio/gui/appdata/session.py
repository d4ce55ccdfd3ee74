"""The autosaved sessions, for crash recovery: one file a running window, held by a lock.

Each window writes its photo's path, its stack and its selected step to
``sessions/session-<id>.json`` in the app-data folder (atomically), and holds
``session-<id>.lock``, a `QLockFile`, while it runs. A clean close deletes both. A session
whose lock can be taken was left by a window that is gone (a crash, a kill, a power cut);
`left_behind` takes those locks, so that one window alone offers each session back.
``session.json`` beside the folder is the single session of earlier versions, read once as
one left behind.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from kernelstudio.core import RecipeError, Stack
from kernelstudio.core.files import atomic_write, describe_os_error, open_regular
from kernelstudio.core.numbers import read_json
from kernelstudio.core.recipe import MAX_RECIPE_BYTES, stack_from_dict, stack_to_dict

from . import data_folder

__all__ = ["LEGACY_NAME", "MAX_SESSION_BYTES", "SESSIONS_FOLDER", "Session", "SessionFile",
           "discard_left_behind", "left_behind", "take_session"]

SESSIONS_FOLDER = "sessions"
LEGACY_NAME = "session.json"
#: A session is a recipe with a photo's path beside it; a larger file is not one.
MAX_SESSION_BYTES = MAX_RECIPE_BYTES + 64 * 1024
_PATH_BYTES = 4096
_SHOWN_REASON = 160
_NAME = re.compile(r"session-([0-9A-Za-z_-]{1,64})\.(?:json|lock)")
#: What reading a damaged or hostile file can raise, besides `OSError`.
_DAMAGE = (ValueError, TypeError, RecursionError, OverflowError)


@dataclass(frozen=True)
class Session:
    """What was on screen: the photo (None for none), the stack and the selected step."""

    photo: str | None
    stack: Stack
    selection: int


class SessionFile:
    """One session on disk, held by its lock: no other window reads or writes it meanwhile."""

    def __init__(self, path: Path, lock: QLockFile):
        self.path = path
        self._lock = lock

    def saved(self) -> float:
        """When the session was last written, in seconds since the epoch (0 if unknown)."""
        try:
            return os.stat(self.path).st_mtime
        except (OSError, ValueError):
            return 0.0

    def read(self) -> Session:
        """The session in the file; `RecipeError`, with a short reason, if it is damaged.

        The file is opened only if it is a regular file (a FIFO never blocks), and no more
        than `MAX_SESSION_BYTES` of it is read.
        """
        try:
            with open_regular(self.path) as stream:
                raw = stream.read(MAX_SESSION_BYTES + 1)
            if len(raw) > MAX_SESSION_BYTES:
                raise RecipeError(f"it is larger than {MAX_SESSION_BYTES // 2**20} MB")
            return _parse(raw)
        except (OSError, *_DAMAGE) as exc:
            raise RecipeError(_reason(exc)) from None

    def write(self, session: Session) -> None:
        """Replace the file with `session`, atomically; `OSError` if it cannot be written."""
        data = {"photo": session.photo, "selection": session.selection,
                "recipe": stack_to_dict(session.stack)}
        with atomic_write(self.path) as stream:
            stream.write(json.dumps(data).encode("utf-8"))

    def remove(self) -> None:
        """Delete the file and its lock. One that cannot be deleted is offered again later."""
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.release()

    def set_aside(self) -> Path:
        """Rename a damaged file to ``<name>.damaged.json`` (never over another), then let
        go of it; the new path. `OSError` if it cannot be renamed."""
        try:
            for number in itertools.count(1):
                tail = "" if number == 1 else f"-{number}"
                aside = self.path.with_name(f"{self.path.stem}.damaged{tail}.json")
                if not os.path.lexists(aside):
                    os.rename(self.path, aside)
                    return aside
        finally:
            self.release()

    def release(self) -> None:
        """Let go of the lock (the file stays): another start may offer it."""
        self._lock.unlock()


def take_session() -> SessionFile:
    """A new session of this window's own, locked, with nothing written yet.

    `OSError` if the sessions folder cannot be made or written to.
    """
    folder = data_folder() / SESSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    while True:
        held = _hold(folder / f"session-{uuid.uuid4().hex[:12]}.json")
        if held is not None and not os.path.lexists(held.path):
            return held
        if held is not None:  # a file with a lock lost (a crash in between): not ours
            held.release()


def left_behind() -> list[SessionFile]:
    """The sessions of windows that are gone, locked for this window, newest first.

    A lock whose session was never written (a window that died before its first
    autosave) is deleted on the way. Live windows' sessions are not touched.
    """
    folder = data_folder() / SESSIONS_FOLDER
    try:
        names = os.listdir(folder)
    except OSError:
        names = []
    found = []
    for key in sorted({match[1] for name in names if (match := _NAME.fullmatch(name))}):
        with contextlib.suppress(OSError):  # a lock that cannot be made: left for later
            held = _hold(folder / f"session-{key}.json")
            if held is not None and os.path.lexists(held.path):
                found.append(held)
            elif held is not None:
                held.remove()
    legacy = data_folder() / LEGACY_NAME
    if os.path.lexists(legacy):
        with contextlib.suppress(OSError):
            held = _hold(legacy)
            if held is not None:
                found.append(held)
    return sorted(found, key=lambda held: (held.saved(), held.path.name), reverse=True)


def discard_left_behind() -> None:
    """Delete every session left behind (a scratch folder's, as the self-test's)."""
    for held in left_behind():
        held.remove()


def _hold(path: Path) -> SessionFile | None:
    """`path` with its lock taken; None if a live window holds it; `OSError` if the lock
    cannot be made."""
    lock_path = path.with_suffix(".lock")
    lock = QLockFile(str(lock_path))
    # A window holds its lock for hours, so age must never make a lock stale: only a dead
    # process does (Qt checks its id on this machine, and the lock it holds on the file).
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return SessionFile(path, lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise PermissionError(errno.EACCES, "cannot make a lock file", str(lock_path))


def _parse(raw: bytes) -> Session:
    data = read_json(raw.decode("utf-8"), "session", RecipeError)
    if not isinstance(data, dict):
        raise RecipeError("it is not a JSON object")
    photo, selection = data.get("photo"), data.get("selection", -1)
    if photo is not None and (not isinstance(photo, str) or not photo or "\0" in photo
                              or len(os.fsencode(photo)) > _PATH_BYTES):
        raise RecipeError("its photo is not a file's path")
    if isinstance(selection, bool) or not isinstance(selection, int):
        raise RecipeError("its selected step is not a whole number")
    return Session(photo, stack_from_dict(data.get("recipe")), selection)


def _reason(error: BaseException) -> str:
    """Why a session file is damaged, in a few words and never longer than a line."""
    if isinstance(error, OSError):
        reason = f"it cannot be read: {describe_os_error(error)}"
    elif isinstance(error, RecursionError):
        reason = "it is nested too deeply"
    elif isinstance(error, UnicodeDecodeError):
        reason = "it is not UTF-8 text"
    else:
        reason = str(error) or type(error).__name__
    return " ".join(reason.split())[:_SHOWN_REASON]
