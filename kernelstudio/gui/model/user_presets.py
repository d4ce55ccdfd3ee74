"""Kernels the user saved as presets: the core's store, shared with the command line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

from kernelstudio.core import (
    MAX_PRESET_NAME,
    KernelStudioError,
    Step,
    UserPresetStore,
    app_data_folder,
    check_preset_name,
)
from kernelstudio.gui.translation import translate

__all__ = ["MAX_NAME", "UserPresets"]

#: Where the window kept its presets before they moved to the shared store.
_OLD_KEY = "presets/user"
MAX_NAME = MAX_PRESET_NAME


def _folder() -> Path:
    # Qt's test mode (the self-test) must not read or write the user's own presets.
    if QStandardPaths.isTestModeEnabled():
        return Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))
    return app_data_folder()


class UserPresets(QObject):
    """The user's presets in the order saved; `changed` after each change.

    They live in the core's `UserPresetStore` (``presets.json`` in the app-data folder,
    `folder` to put it elsewhere), where ``kernelstudio apply --preset`` finds them too.
    Presets an older version kept in the settings move there once. Entries that cannot be
    read are skipped and named in `problems`.
    """

    changed = Signal()

    def __init__(self, parent=None, *, folder=None, load: bool = True):
        super().__init__(parent)
        self._store = UserPresetStore(_folder() if folder is None else folder)
        self.problems: list[str] = []
        self._presets: dict[str, np.ndarray] = {}
        if load:
            self.load()

    def load(self) -> None:
        """Read the store (moving presets an older version kept in the settings first)."""
        self.problems = []
        self._migrate()
        self._presets, problems = self._store.read()
        self.problems.extend(problems)
        self.changed.emit()

    def _migrate(self) -> None:
        settings = QSettings()
        if not settings.contains(_OLD_KEY):
            return
        try:
            entries = json.loads(settings.value(_OLD_KEY, "[]", type=str))
        except ValueError:
            entries = None
        if not isinstance(entries, list):
            self.problems.append(translate("UserPresets", "the saved presets are not a list; "
                                           "they were left out"))
            entries = []
        try:
            self.problems.extend(self._store.add(entries))
        except KernelStudioError as exc:
            self.problems.append(str(exc))  # kept in the settings, to move at the next start
            return
        settings.remove(_OLD_KEY)

    @staticmethod
    def check_name(name) -> str:
        """`name` tidied, or a `KernelStudioError` saying what is wrong with it."""
        return check_preset_name(name)

    def names(self) -> list[str]:
        return list(self._presets)

    def kernel(self, name: str) -> np.ndarray:
        return self._presets[name]

    def steps(self) -> list[Step]:
        """One step per preset, named after it."""
        return [Step(kernel=kernel, name=name) for name, kernel in self._presets.items()]

    def save(self, name: str, kernel: np.ndarray) -> str:
        """Add (or replace) preset `name`; returns the name as stored."""
        name = self._store.save(name, kernel)
        self._reload()
        return name

    def remove(self, name: str) -> None:
        if self._store.remove(name) or name in self._presets:
            self._reload()

    def _reload(self) -> None:
        # The file may also hold what another window saved meanwhile.
        self._presets, _problems = self._store.read()
        self.changed.emit()
