"""Preferences: the largest photo to open, whether exports carry metadata, the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
)

from kernelstudio.core import DEFAULT_MAX_PIXELS
from kernelstudio.gui.translation import LANGUAGE_KEY, saved_language
from kernelstudio.gui.widgets.controls import describe_control
from kernelstudio.i18n import LANGUAGES

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
        self.setWindowTitle(QCoreApplication.translate("Preferences", "Preferences"))
        form = QFormLayout(self)
        self.limit = describe_control(
            QDoubleSpinBox(), "prefMaxMegapixels",
            QCoreApplication.translate(
                "Preferences", "Largest photo: larger files are refused unopened, which "
                "protects against decompression bombs; raise it only for files you trust"))
        self.limit.setRange(1, 10_000)
        self.limit.setDecimals(0)
        self.limit.setSuffix(QCoreApplication.translate("Preferences", " megapixels"))
        self.limit.setValue(max_pixels() / 1e6)
        form.addRow(QCoreApplication.translate("Preferences", "Largest photo to open"),
                    self.limit)
        self.strip = describe_control(
            QCheckBox(QCoreApplication.translate(
                "Preferences", "Leave out the colour profile and EXIF (camera, date, place)")),
            "prefStripMetadata",
            QCoreApplication.translate("Preferences",
                                       "Strip metadata: exports carry no profile or EXIF"))
        self.strip.setChecked(strip_metadata())
        form.addRow(QCoreApplication.translate("Preferences", "Export"), self.strip)
        self.language = describe_control(
            QComboBox(), "prefLanguage",
            QCoreApplication.translate("Preferences",
                                       "Language: the words of the window and its messages"))
        self.language.addItem(QCoreApplication.translate("Preferences", "Follow the system"), "")
        for code, name in LANGUAGES.items():  # each language by its own name, untranslated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        form.addRow(QCoreApplication.translate("Preferences", "Language"), self.language)
        # The window's texts are set as its widgets are built; a new language needs a new start.
        self.language_note = QLabel(QCoreApplication.translate(
            "Preferences", "A new language takes effect the next time kernelstudio starts."))
        self.language_note.setObjectName("prefLanguageNote")
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
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
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
