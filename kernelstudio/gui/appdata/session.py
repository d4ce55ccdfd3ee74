"""The app-data folder: the autosaved session for crash recovery, and the error log.

The folder is Qt's ``AppDataLocation`` (on Linux ``$XDG_DATA_HOME/kernelstudio/kernelstudio``,
usually ``~/.local/share/kernelstudio/kernelstudio``). While the window runs, the photo's
path, the stack and the selected step are written to ``session.json`` there (atomically);
a clean close deletes the file, so a file found at start-up means the last run ended
without closing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kernelstudio.core import KernelStudioError, Stack
from kernelstudio.core.files import atomic_write
from kernelstudio.core.recipe import stack_from_dict, stack_to_dict

__all__ = [
    "Session",
    "clear_session",
    "data_folder",
    "is_running",
    "log_exception",
    "logger",
    "read_session",
    "start_log",
    "write_session",
]

_SESSION = "session.json"
_LOG = "kernelstudio.log"

logger = logging.getLogger("kernelstudio")


def data_folder() -> Path:
    """The app-data folder, created if needed."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


_handler: RotatingFileHandler | None = None


def start_log() -> Path:
    """Send kernelstudio's and Pillow's log messages to the log file in the data folder."""
    global _handler
    path = data_folder() / _LOG
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    if _handler is not None:  # the data folder moved (tests do that): follow it
        for name in ("kernelstudio", "PIL"):
            logging.getLogger(name).removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8",
                                   delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.INFO)
    logging.getLogger("PIL").addHandler(_handler)  # what Pillow says about damaged files
    return path


def log_exception(error: BaseException, where: str) -> Path:
    """Write `error` with its traceback to the log file; returns the file's path."""
    path = start_log()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    logger.error("%s\n%s", where, text.rstrip())
    return path


@dataclass(frozen=True)
class Session:
    """What was on screen: the photo, the stack and the selected step."""

    photo: str | None
    stack: Stack
    selection: int
    pid: int = 0


def write_session(session: Session) -> None:
    data = {
        "photo": session.photo,
        "selection": session.selection,
        "pid": os.getpid(),
        "recipe": stack_to_dict(session.stack),
    }
    with atomic_write(data_folder() / _SESSION) as stream:
        stream.write(json.dumps(data).encode("utf-8"))


def read_session() -> Session | None:
    """The session left behind by a run that did not close, if any and if readable."""
    path = data_folder() / _SESSION
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        stack = stack_from_dict(data["recipe"])
        return Session(data.get("photo"), stack, int(data.get("selection", -1)),
                       int(data.get("pid", 0)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, KernelStudioError):
        clear_session()  # damaged beyond use: nothing to offer
        return None


def clear_session() -> None:
    with contextlib.suppress(OSError):
        (data_folder() / _SESSION).unlink()


def is_running(pid: int) -> bool:
    """Whether another process with this id (a second window still open) is alive."""
    if pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":
        return False  # no cheap check; treat the session as left behind
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
