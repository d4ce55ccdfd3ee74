"""Preferences: the largest photo to open, and whether exports carry metadata."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout

from kernelstudio.core import DEFAULT_MAX_PIXELS
from kernelstudio.gui.widgets.controls import describe_control

__all__ = ["Preferences", "max_pixels", "strip_metadata"]

_LIMIT_KEY = "files/maxMegapixels"
_STRIP_KEY = "export/stripMetadata"


def max_pixels() -> int:
    """Photos with more pixels are refused before they are decoded."""
    megapixels = QSettings().value(_LIMIT_KEY, DEFAULT_MAX_PIXELS / 1e6, type=float)
    return int(megapixels * 1e6)


def strip_metadata() -> bool:
    """Whether exports leave out the colour profile and EXIF (for privacy)."""
    return QSettings().value(_STRIP_KEY, False, type=bool)


class Preferences(QDialog):
    """Edit ▸ Preferences."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        form = QFormLayout(self)
        self.limit = describe_control(
            QDoubleSpinBox(), "prefMaxMegapixels",
            "Largest photo: larger files are refused unopened, which protects against "
            "decompression bombs; raise it only for files you trust")
        self.limit.setRange(1, 10_000)
        self.limit.setDecimals(0)
        self.limit.setSuffix(" megapixels")
        self.limit.setValue(max_pixels() / 1e6)
        form.addRow("Largest photo to open", self.limit)
        self.strip = describe_control(
            QCheckBox("Leave out the colour profile and EXIF (camera, date, place)"),
            "prefStripMetadata", "Strip metadata: exports carry no profile or EXIF")
        self.strip.setChecked(strip_metadata())
        form.addRow("Export", self.strip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self._save)

    def _save(self) -> None:
        settings = QSettings()
        settings.setValue(_LIMIT_KEY, self.limit.value())
        settings.setValue(_STRIP_KEY, self.strip.isChecked())
