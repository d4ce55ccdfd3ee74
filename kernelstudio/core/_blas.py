"""Keep BLAS single-threaded inside the engine's own threads.

The engine already runs one thread per core. If each of them also let OpenBLAS start its
threads for every small matrix product, the cores would be oversubscribed: on a 2-core
machine two engine threads calling a multithreaded OpenBLAS ran at less than half the
speed of one. OpenBLAS (0.3.27 and later, as bundled with NumPy's wheels) has a
thread-local setting for exactly this; it is set for the engine's pool threads, and for
the calling thread only while it filters (then put back), so the rest of the program
keeps its BLAS threads. With another BLAS, or without the symbol, nothing is changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Iterator
from pathlib import Path

import numpy as np

__all__ = ["single_threaded_blas", "single_threaded_blas_for_now"]


def _library_folders() -> list[Path]:
    package = Path(np.__file__).resolve().parent
    # Where NumPy's wheels keep their bundled libraries: Linux and Windows, then macOS.
    return [package.parent / "numpy.libs", package / ".dylibs"]


@functools.cache
def _setter():
    for folder in _library_folders():
        for library in sorted(folder.glob("*openblas*")):
            try:
                handle = ctypes.CDLL(str(library))
                setter = handle.openblas_set_num_threads_local
            except (OSError, AttributeError):
                continue
            setter.argtypes = [ctypes.c_int]
            setter.restype = ctypes.c_int
            return setter
    return None


def single_threaded_blas() -> None:
    """Make OpenBLAS calls from the current thread use one thread (if OpenBLAS allows)."""
    setter = _setter()
    if setter is not None:
        setter(1)


@contextlib.contextmanager
def single_threaded_blas_for_now() -> Iterator[None]:
    """Like `single_threaded_blas` for the current thread, restoring its setting after."""
    setter = _setter()
    previous = setter(1) if setter is not None else None
    try:
        yield
    finally:
        if previous is not None:
            setter(previous)
