"""Calling Pillow so that its limits, warnings and libtiff's messages never reach the user.

kernelstudio checks a file's pixel count against its own limit (``max_pixels``) before
decoding; Pillow's decompression-bomb check (``Image.MAX_IMAGE_PIXELS``, 89 megapixels,
an error beyond twice that) would otherwise refuse a 182-megapixel TIFF or WebP that the
user allowed. Inside `pillow_call` the check is off for the calling thread only: other
threads, and other users of Pillow in the process, keep Pillow's limit as they set it.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import threading
import warnings
from collections.abc import Iterator

import numpy as np
import PIL
from PIL import Image

from .native import bundled_function

__all__ = ["pillow_call", "quiet_libtiff"]

_STATE = threading.local()
# warnings.catch_warnings swaps process-wide filters: two threads interleaving it could
# restore each other's and leave warnings off (or on) for good. One thread at a time.
_WARNINGS_LOCK = threading.RLock()


@functools.cache
def quiet_libtiff() -> None:
    """Stop libtiff printing its own warnings and errors on stderr.

    Pillow reports a damaged TIFF as an exception anyway; libtiff would add lines such as
    'TIFFFetchNormalTag: Incompatible type' to the terminal, where the command line
    promises one. Its handlers are process-wide; this sets them to none, once.
    """
    for name in ("TIFFSetWarningHandler", "TIFFSetErrorHandler"):
        setter = bundled_function(PIL, "pillow", "libtiff*", name, [ctypes.c_void_p],
                                  ctypes.c_void_p)
        if setter is not None:
            setter(None)


@functools.cache
def _own_the_bomb_check() -> None:
    # Pillow's plugins look the check up on the module at each call, so wrapping it once
    # is enough. The wrapper does exactly what Pillow's does unless this thread is inside
    # pillow_call: only a thread-local flag decides, never a shared setting.
    pillows = getattr(Image, "_decompression_bomb_check", None)
    if pillows is None:  # a Pillow without it: nothing of Pillow's to keep out of the way
        return

    def check(size, *, error_only: bool = False) -> None:
        if not getattr(_STATE, "inside", False):
            pillows(size, error_only=error_only)

    Image._decompression_bomb_check = check


@contextlib.contextmanager
def pillow_call() -> Iterator[None]:
    """Run Pillow and NumPy quietly, with kernelstudio's pixel limit the only one.

    Pillow's and NumPy's warnings are not shown (what matters is reported as notes or
    errors by the caller), libtiff prints nothing, and Pillow's decompression-bomb check
    is off in this thread: the caller has already checked the size against its own limit.
    Threads take turns inside: Python's warning filters are process-wide.
    """
    _own_the_bomb_check()
    quiet_libtiff()
    outer = getattr(_STATE, "inside", False)
    _STATE.inside = True
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            yield
    finally:
        _STATE.inside = outer
