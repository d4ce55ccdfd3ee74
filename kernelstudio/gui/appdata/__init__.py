"""What the window keeps on disk between runs: settings, the autosaved session, the error log.

Everything lives in Qt's ``AppDataLocation`` (on Linux ``$XDG_DATA_HOME/kernelstudio/kernelstudio``,
usually ``~/.local/share/kernelstudio/kernelstudio``) or in QSettings.
"""

import errno
from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["data_folder"]


def data_folder() -> Path:
    """The app-data folder, created if needed.

    `OSError` if it cannot be: ``NotADirectoryError`` if a file has its name (or a
    parent's), ``PermissionError`` in a read-only home.
    """
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file, or a link to one: "File exists" would not say so
        raise NotADirectoryError(errno.ENOTDIR, "is a file, not a folder", str(folder)) from None
    return folder
