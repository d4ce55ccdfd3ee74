"""Writing files so that a failure never leaves a half-written or damaged file behind."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_write", "describe_os_error"]


def _default_mode() -> int:
    # The umask can only be read by setting it; do it once, before any worker thread exists.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_DEFAULT_MODE = _default_mode()


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a temporary file beside `path` for writing; move it over `path` on success.

    The data is flushed and synced before the rename, so `path` holds either its old bytes
    or all of the new ones. On any error the temporary file is removed and the error
    propagates; an existing file at `path` is untouched. A replaced file keeps its
    permissions; a symbolic link at `path` keeps pointing where it did, at the new data.
    """
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _DEFAULT_MODE
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def describe_os_error(error: OSError) -> str:
    """A short, human reason for an `OSError` ("no space left on device", ...)."""
    reason = error.strerror or str(error) or type(error).__name__
    return reason[0].lower() + reason[1:] if reason else reason
