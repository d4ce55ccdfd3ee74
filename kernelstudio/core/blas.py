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

import numpy as np

from .native import bundled_function

__all__ = ["single_threaded_blas", "single_threaded_blas_for_now"]


@functools.cache
def _setter():
    return bundled_function(np, "numpy", "*openblas*", "openblas_set_num_threads_local",
                            [ctypes.c_int], ctypes.c_int)


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
