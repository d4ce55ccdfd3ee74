"""Writing files so that a failure never leaves a half-written or damaged file behind."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .words import translate

__all__ = [
    "FileTooLargeError",
    "NotAFileError",
    "atomic_write",
    "describe_os_error",
    "open_regular",
    "read_file",
    "read_regular",
]


def _default_mode() -> int:
    # The umask can only be read by setting it; do it once, before any worker thread exists.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_DEFAULT_MODE = _default_mode()


class FileTooLargeError(OSError):
    """A file larger than its reader reads (`read_regular`'s `limit`)."""


class NotAFileError(OSError):
    """A path names a FIFO, a device or a socket: something that is not a regular file."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return translate("errors", "a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("errors", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("errors", "a device")
    return translate("errors", "a special file")


def _not_a_file(mode: int) -> str:
    return translate("errors", "is {kind}, not a file").format(kind=_kind(mode))


def _a_folder() -> str:
    return translate("errors", "is a folder")


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """Open `path` for reading in binary, only if it is a regular file.

    The file is opened without blocking (a FIFO with no writer would otherwise wait
    forever in ``open``) and checked with ``fstat`` on the open descriptor, so nothing can
    swap the file between the check and the read. A folder raises `IsADirectoryError`;
    a FIFO, a device or a socket raises `NotAFileError`, whose ``strerror`` names it.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        # A socket cannot be opened at all ('no such device or address'): say what it is.
        if exc.errno not in (errno.ENXIO, errno.EOPNOTSUPP):
            raise
        try:
            mode = os.stat(path).st_mode
        except OSError:
            raise exc from None
        if stat.S_ISREG(mode):
            raise
        raise NotAFileError(0, _not_a_file(mode), os.fspath(path)) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, _a_folder(), os.fspath(path))
        if not stat.S_ISREG(mode):
            raise NotAFileError(0, _not_a_file(mode), os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise



def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """All of the regular file `path`, which must hold at most `limit` bytes.

    Opened with `open_regular` (so it never blocks) and read no further than `limit` + 1
    bytes; a larger file raises `FileTooLargeError`, other failures their `OSError`.
    """
    with open_regular(path) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(errno.EFBIG, translate("errors", "is larger than {megabytes} MB")
                                .format(megabytes=limit // 2**20), os.fspath(path))
    return data


def read_file(path: str | os.PathLike, limit: int, error: type[Exception], *,
              cannot_read: str, too_large: str) -> bytes:
    """`read_regular` for a reader of one kind of file: every failure is one `error`.

    `cannot_read` (``"cannot read recipe {name}: {exc}"``) and, for a file larger than
    `limit`, `too_large` (``"{name} is larger than {megabytes} MB; not a recipe"``) are the
    reader's whole sentences, already translated, so that each language words them itself.
    """
    name = os.fspath(path)
    try:
        return read_regular(path, limit)
    except FileTooLargeError:
        raise error(too_large.format(name=name, megabytes=limit // 2**20)) from None
    except OSError as exc:
        raise error(cannot_read.format(name=name, exc=describe_os_error(exc))) from None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists and is someone else's
        pass
    return True


#: The longest file name most file systems hold, in bytes.
_NAME_MAX = 255
#: Bytes a temporary's name adds to its stem: ``.`` and ``.<pid>.<8 random>.part``.
_TEMPORARY_EXTRA = len(".") + len(".4294967295.abcd1234.part")


def _stem(name: str) -> str:
    """What a temporary of the file `name` is named after: `name` itself, or, when the
    temporary's name would pass `_NAME_MAX` bytes, a prefix of it and a hash of all of it
    (``PREFIX~<8 hex>``), so that the temporaries of two long names never share a stem."""
    room = _NAME_MAX - _TEMPORARY_EXTRA
    if len(os.fsencode(name)) <= room:
        return name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
    prefix = name
    while len(os.fsencode(prefix)) > room - len("~") - len(digest):
        prefix = prefix[:-1]
    return f"{prefix}~{digest}"


def _remove_leftovers(target: Path) -> None:
    """Remove `atomic_write` temporaries of `target` whose process has ended.

    Only names that `atomic_write` makes (``.STEM.<pid>.<8 random>.part``, see `_stem`)
    of regular files are considered; a live process's temporaries, this one's included,
    are kept.
    """
    stem = _stem(target.name)
    pattern = re.compile(rf"\.{re.escape(stem)}\.(\d+)\.[a-z0-9_]{{8}}\.part")
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        start = f".{stem}."
        for entry in entries:
            if not entry.name.startswith(start):  # most entries, at the cost of a comparison
                continue
            match = pattern.fullmatch(entry.name)
            if not match or not entry.is_file(follow_symlinks=False):
                continue
            pid = int(match[1])
            if pid != os.getpid() and not _alive(pid):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _replaceable_mode(target: Path, path) -> int:
    """The permissions a new file at `target` gets; an error if `target` may not be replaced."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return _DEFAULT_MODE
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, _a_folder(), os.fspath(path))
    if not stat.S_ISREG(mode):
        raise NotAFileError(0, translate("errors", "is {kind}, not a file; choose a file name")
                            .format(kind=_kind(mode)), os.fspath(path))
    return stat.S_IMODE(mode)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a temporary file beside `path` for writing; move it over `path` on success.

    The data is flushed and synced before the rename, so `path` holds either its old bytes
    or all of the new ones. On any error the temporary file is removed and the error
    propagates; an existing file at `path` is untouched. A replaced file keeps its
    permissions; a symbolic link at `path` keeps pointing where it did, at the new data.
    A FIFO, a device or a socket at `path` (or where its links lead) is never replaced:
    `NotAFileError`. Temporaries that a killed run left beside `path` are removed first.
    """
    target = Path(os.path.realpath(path))
    mode = _replaceable_mode(target, path)
    _remove_leftovers(target)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{_stem(target.name)}.{os.getpid()}.", suffix=".part"
    )
    try:
        with os.fdopen(handle, "w+b") as stream:  # multi-page TIFF reads back
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        _replaceable_mode(target, path)  # once more: something may have taken its place
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
