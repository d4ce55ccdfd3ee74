"""Where the files kernelstudio ships with (resources/) are, installed or not."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["SAMPLE_PHOTO", "is_sample_photo", "resource_path"]

#: The photo the window opens when no file is given (see resources/README.md for its licence).
SAMPLE_PHOTO = "coffee.png"

_PACKAGE = Path(__file__).resolve().parent
# Installed wheels and the bundle carry resources/ inside the package; a source checkout
# (and an editable install) has it beside the package.
_SEARCH = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource_path(name: str) -> Path:
    """The path of the shipped resource `name`; `FileNotFoundError` if it is missing."""
    for folder in _SEARCH:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"kernelstudio's resource {name!r} is missing from this installation")


def is_sample_photo(path: str | os.PathLike) -> bool:
    """Whether `path` names the shipped sample photo (which every start can open anyway)."""
    return os.path.abspath(path) == os.path.abspath(resource_path(SAMPLE_PHOTO))
