"""What the window keeps on disk between runs: settings, the autosaved session, the error log.

Everything lives in Qt's ``AppDataLocation`` (on Linux ``$XDG_DATA_HOME/kernelstudio/kernelstudio``,
usually ``~/.local/share/kernelstudio/kernelstudio``) or in QSettings.
"""

from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["data_folder"]


def data_folder() -> Path:
    """The app-data folder, created if needed."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
