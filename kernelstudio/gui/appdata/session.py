"""The autosaved sessions, for crash recovery: one file a running window, held by a lock.

Each window writes its photo's path, its stack and its selected step to
``sessions/session-<id>.json`` in the app-data folder (atomically), and holds
``session-<id>.lock``, a `QLockFile`, while it runs. A clean close deletes both. A session
whose lock can be taken was left by a window that is gone (a crash, a kill, a power cut);
`left_behind` takes those locks, so that one window alone offers each session back.
``session.json`` beside the folder is the single session of earlier versions, read once as
one left behind. A lock that is not a small regular file (Qt writes nothing else) would
block or flood `QLockFile`: `set_aside_bad_locks` renames such locks out of the way first,
and no lock is handed to Qt before ``os.lstat`` has looked at it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from kernelstudio.core import RecipeError, Stack
from kernelstudio.core.files import (
    FileTooLargeError,
    NotAFileError,
    atomic_write,
    describe_os_error,
    read_regular,
)
from kernelstudio.core.numbers import read_json
from kernelstudio.core.recipe import MAX_RECIPE_BYTES, stack_from_dict, stack_to_dict
from kernelstudio.core.words import decimal
from kernelstudio.gui.translation import translate

from . import data_folder

__all__ = ["LEGACY_NAME", "MAX_SESSION_BYTES", "SESSIONS_FOLDER", "BadLock", "Session",
           "SessionFile", "discard_left_behind", "left_behind", "set_aside_bad_locks",
           "take_session"]

SESSIONS_FOLDER = "sessions"
LEGACY_NAME = "session.json"
#: A session is a recipe with a photo's path beside it; a larger file is not one.
MAX_SESSION_BYTES = MAX_RECIPE_BYTES + 64 * 1024
_PATH_BYTES = 4096
#: Qt's lock holds a process id, an application and a host name: a few dozen bytes.
_LOCK_BYTES = 4096
_SHOWN_REASON = 160
#: New names a window tries for its session before it gives up (locks that never work).
_TRIES = 20
_NAME = re.compile(r"session-([0-9A-Za-z_-]{1,64})\.(?:json|lock)")
#: What reading a damaged or hostile file can raise, besides `OSError`.
_DAMAGE = (ValueError, TypeError, RecursionError, OverflowError)


@dataclass(frozen=True)
class Session:
    """What was on screen: the photo (None for none), the stack and the selected step."""

    photo: str | None
    stack: Stack
    selection: int


@dataclass(frozen=True)
class BadLock:
    """The lock of `session` was not a lock file (`reason`): renamed `aside`, or left where
    it is if it could not be renamed (`aside` None, `error` why not)."""

    session: Path
    reason: str
    aside: Path | None
    error: str = ""


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
            return _parse(read_regular(self.path, MAX_SESSION_BYTES))
        except FileTooLargeError as exc:
            raise RecipeError(translate("Session", "it {error}").format(
                error=describe_os_error(exc))) from None
        except (OSError, *_DAMAGE) as exc:
            raise RecipeError(_reason(exc)) from None

    def write(self, session: Session) -> None:
        """Replace the file with `session`, atomically; `OSError` if it cannot be written.

        A session larger than `MAX_SESSION_BYTES` would not be read back: it is not written
        (the file keeps the previous one) and `RecipeError` says so.
        """
        data = {"photo": session.photo, "selection": session.selection,
                "recipe": stack_to_dict(session.stack)}
        raw = json.dumps(data).encode("utf-8")
        if len(raw) > MAX_SESSION_BYTES:
            raise RecipeError(translate("Session", "This stack is too large to autosave ({size} "
                                        "MB; at most {limit} MB)").format(
                                            size=decimal(f"{len(raw) / 2**20:.1f}"),
                                            limit=MAX_SESSION_BYTES // 2**20))
        with atomic_write(self.path) as stream:
            stream.write(raw)

    def remove(self) -> None:
        """Delete the file and its lock. One that cannot be deleted is offered again later."""
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.release()

    def set_aside(self) -> Path:
        """Rename a damaged file to ``<name>.damaged.json`` (never over another), then let
        go of it; the new path. `OSError` if it cannot be renamed."""
        try:
            return _rename_aside(self.path)
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
    for _ in range(_TRIES):
        held = _hold(folder / f"session-{uuid.uuid4().hex[:12]}.json")
        if held is not None and not os.path.lexists(held.path):
            return held
        if held is not None:  # a file with a lock lost (a crash in between): not ours
            held.release()
    raise OSError(errno.ENOLCK, "its lock files do not work", str(folder))


def left_behind() -> list[SessionFile]:
    """The sessions of windows that are gone, locked for this window, newest first.

    A lock whose session was never written (a window that died before its first
    autosave) is deleted on the way. Live windows' sessions are not touched, nor is a
    session whose lock is not a lock file (`set_aside_bad_locks` moves those first).
    """
    found = []
    for path in _candidates():
        with contextlib.suppress(OSError):  # a lock that cannot be made: left for later
            held = _hold(path)
            if held is not None and os.path.lexists(held.path):
                found.append(held)
            elif held is not None:
                held.remove()
    return sorted(found, key=lambda held: (held.saved(), held.path.name), reverse=True)


def set_aside_bad_locks() -> list[BadLock]:
    """Rename each lock that is not a lock file (a FIFO, a device, a folder, a symbolic
    link, a huge file) to ``<name>.damaged.lock``, never over another file, so that its
    session can be offered; what was found. Nothing is deleted."""
    found = []
    for path in _candidates():
        lock_path = path.with_suffix(".lock")
        try:
            reason = _not_a_lock(os.lstat(lock_path))
        except OSError:  # none, or one that cannot be looked at: left to `_hold`
            continue
        if reason is None:
            continue
        try:
            found.append(BadLock(path, reason, _rename_aside(lock_path)))
        except FileNotFoundError:  # another window set it aside meanwhile
            continue
        except OSError as exc:
            found.append(BadLock(path, reason, None, describe_os_error(exc)))
    return found


def discard_left_behind() -> None:
    """Delete every session left behind (a scratch folder's, as the self-test's)."""
    for held in left_behind():
        held.remove()


def _candidates() -> list[Path]:
    """The sessions a window may have left: each name in the sessions folder with a
    session or a lock, then the earlier versions' session if there is one."""
    try:
        folder = data_folder() / SESSIONS_FOLDER
        names = os.listdir(folder)
    except OSError:  # none yet, or no app-data folder at all (autosave is off)
        names, folder = [], None
    keys = sorted({match[1] for name in names if (match := _NAME.fullmatch(name))})
    paths = [folder / f"session-{key}.json" for key in keys]
    with contextlib.suppress(OSError):
        legacy = data_folder() / LEGACY_NAME
        if os.path.lexists(legacy):
            paths.append(legacy)
    return paths


def _not_a_lock(status: os.stat_result) -> str | None:
    """Why a file is not a lock Qt wrote, in a few words; None if it may be one."""
    if stat.S_ISLNK(status.st_mode):
        return translate("Session", "it is a symbolic link")
    if stat.S_ISDIR(status.st_mode):
        return translate("Session", "it is a folder")
    if not stat.S_ISREG(status.st_mode):
        return translate("Session", "it is not a regular file")
    if status.st_size > _LOCK_BYTES:
        return translate("Session", "it is larger than {size} KB").format(
            size=_LOCK_BYTES // 1024)
    return None


def _rename_aside(path: Path) -> Path:
    """Rename `path` to ``<stem>.damaged<suffix>`` beside it (``.damaged-2`` and on if that
    is taken: never over another file); the new path."""
    aside, number = path.with_name(f"{path.stem}.damaged{path.suffix}"), 1
    while os.path.lexists(aside):
        number += 1
        aside = path.with_name(f"{path.stem}.damaged-{number}{path.suffix}")
    os.rename(path, aside)
    return aside


def _hold(path: Path) -> SessionFile | None:
    """`path` with its lock taken; None if a live window holds it; `OSError` if the lock
    cannot be made, or is not a lock file (Qt would block on a FIFO, or read a device or
    a huge file for ever: it is never handed one)."""
    lock_path = path.with_suffix(".lock")
    with contextlib.suppress(FileNotFoundError):
        if (reason := _not_a_lock(os.lstat(lock_path))) is not None:
            raise NotAFileError(errno.EEXIST, translate(
                "Session", "its lock is not a lock file: {reason}").format(reason=reason),
                                str(lock_path))
    lock = QLockFile(str(lock_path))
    # A window holds its lock for hours, so age must never make a lock stale: only a dead
    # process does (Qt checks its id on this machine, and the lock it holds on the file).
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return SessionFile(path, lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise PermissionError(errno.EACCES, translate("Session", "cannot make a lock file"),
                          str(lock_path))


def _parse(raw: bytes) -> Session:
    data = read_json(
        raw.decode("utf-8-sig"), RecipeError,
        not_held=translate("Session", "{name} is not a number a session may hold; use finite "
                                      "numbers"),
        too_deep=translate("Session", "the session is nested too deeply to be a session"))
    if not isinstance(data, dict):
        raise RecipeError(translate("Session", "it is not a JSON object"))
    photo, selection = data.get("photo"), data.get("selection", -1)
    if photo is not None and not _is_path(photo):
        raise RecipeError(translate("Session", "its photo is not a file's path"))
    if isinstance(selection, bool) or not isinstance(selection, int):
        raise RecipeError(translate("Session", "its selected step is not a whole number"))
    return Session(photo, stack_from_dict(data.get("recipe")), selection)


def _is_path(photo) -> bool:
    """Whether `photo` can name a file: text, not empty, no NUL, no lone surrogate, and
    not longer than a path may be."""
    if not isinstance(photo, str) or not photo or "\0" in photo:
        return False
    try:
        return len(os.fsencode(photo)) <= _PATH_BYTES
    except UnicodeError:  # a lone surrogate that names no file's bytes
        return False


def _reason(error: BaseException) -> str:
    """Why a session file is damaged, in a few words and never longer than a line."""
    if isinstance(error, OSError):
        reason = translate("Session", "it cannot be read: {error}").format(
            error=describe_os_error(error))
    elif isinstance(error, RecursionError):
        reason = translate("Session", "it is nested too deeply")
    elif isinstance(error, UnicodeDecodeError):
        reason = translate("Session", "it is not UTF-8 text")
    else:
        reason = str(error) or type(error).__name__
    return " ".join(reason.split())[:_SHOWN_REASON]
