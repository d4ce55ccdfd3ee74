"""Kernels the user saved as presets, kept in the settings beside the window's own."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import QObject, QSettings, Signal

from kernelstudio.core import KernelStudioError, Step, kernel_to_text, parse_kernel_text

__all__ = ["MAX_NAME", "UserPresets"]

_KEY = "presets/user"
MAX_NAME = 40


class UserPresets(QObject):
    """The user's presets in the order saved; `changed` after each change.

    They are stored as kernel text (exact), so a preset reads back bit for bit. Entries
    that cannot be read (a settings file edited by hand) are skipped and named in
    `problems`.
    """

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._presets: dict[str, np.ndarray] = {}
        self.problems: list[str] = []
        self._read()

    def _read(self) -> None:
        raw = QSettings().value(_KEY, "[]", type=str)
        try:
            entries = json.loads(raw)
        except ValueError:
            entries = None
        if not isinstance(entries, list):
            self.problems.append("the saved presets are not a list; they were left out")
            return
        for entry in entries:
            try:
                name = self.check_name(entry["name"])
                self._presets[name] = parse_kernel_text(entry["kernel"])
            except (KernelStudioError, KeyError, TypeError) as exc:
                self.problems.append(f"a saved preset was left out: {exc}")

    def _write(self) -> None:
        entries = [{"name": name, "kernel": kernel_to_text(kernel)}
                   for name, kernel in self._presets.items()]
        QSettings().setValue(_KEY, json.dumps(entries))
        self.changed.emit()

    @staticmethod
    def check_name(name) -> str:
        """`name` stripped, or a `KernelStudioError` saying what is wrong with it."""
        if not isinstance(name, str) or not name.strip():
            raise KernelStudioError("a preset needs a name")
        name = " ".join(name.split())
        if len(name) > MAX_NAME:
            raise KernelStudioError(f"a preset name may have at most {MAX_NAME} characters")
        return name

    def names(self) -> list[str]:
        return list(self._presets)

    def kernel(self, name: str) -> np.ndarray:
        return self._presets[name]

    def steps(self) -> list[Step]:
        """One step per preset, named after it."""
        return [Step(kernel=kernel, name=name) for name, kernel in self._presets.items()]

    def save(self, name: str, kernel: np.ndarray) -> str:
        """Add (or replace) preset `name`; returns the name as stored."""
        name = self.check_name(name)
        self._presets[name] = parse_kernel_text(kernel_to_text(kernel))
        self._write()
        return name

    def remove(self, name: str) -> None:
        if self._presets.pop(name, None) is not None:
            self._write()
