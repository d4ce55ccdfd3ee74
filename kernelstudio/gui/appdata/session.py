"""The autosaved session, for crash recovery.

While the window runs, the photo's path, the stack and the selected step are written to
``session.json`` in the app-data folder (atomically); a clean close deletes the file, so a
file found at start-up means the last run ended without closing.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass

from kernelstudio.core import KernelStudioError, Stack
from kernelstudio.core.files import atomic_write
from kernelstudio.core.recipe import stack_from_dict, stack_to_dict

from . import data_folder

__all__ = ["SESSION_NAME", "Session", "clear_session", "is_running", "read_session",
           "write_session"]

SESSION_NAME = "session.json"


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
    with atomic_write(data_folder() / SESSION_NAME) as stream:
        stream.write(json.dumps(data).encode("utf-8"))


def read_session() -> Session | None:
    """The session left behind by a run that did not close, if any and if readable."""
    path = data_folder() / SESSION_NAME
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
        (data_folder() / SESSION_NAME).unlink()


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
