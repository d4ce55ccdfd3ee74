"""Functions of the C libraries that NumPy's and Pillow's wheels bundle, when present.

Wheels keep such libraries in ``<name>.libs`` beside the package (Linux, Windows) or in
``<package>/.dylibs`` (macOS). Anything missing (another build, another platform) gives
None, and the caller goes without.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from types import ModuleType

__all__ = ["bundled_function", "release_free_memory"]


def bundled_function(package: ModuleType, libs: str, pattern: str, name: str, argtypes,
                     restype):
    """The C function `name` from a library matching `pattern` bundled with `package`."""
    home = Path(package.__file__).resolve().parent
    for folder in (home.parent / f"{libs}.libs", home / ".dylibs"):
        for library in sorted(folder.glob(pattern)):
            try:
                function = getattr(ctypes.CDLL(str(library)), name)
            except (OSError, AttributeError):
                continue
            function.argtypes = argtypes
            function.restype = restype
            return function
    return None


def release_free_memory() -> bool:
    """Hand memory that was freed back to the system (glibc's malloc_trim); True if done.

    Buffers of a few megabytes come from the C allocator's arenas, which keep what is
    freed for reuse: after a 50-megapixel photo is closed, 650 MiB stayed resident
    though nothing used it. Elsewhere than glibc this does nothing.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
