"""The window's language: Qt translators for kernelstudio's catalogue and Qt's own words.

The catalogue is ``resources/translations/kernelstudio_<language>.qm``, compiled from the
``.ts`` file by the build (`hatch_build.compile_catalogues`). Qt's standard buttons and
dialogs (Cancel, Yes, the file dialog) speak through ``qtbase_<language>.qm``, which comes
with PySide6. The core has no Qt: it translates through `kernelstudio.core.words`, whose
hook is pointed here at `QCoreApplication.translate`, so core texts and window texts come
from the same catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kernelstudio import i18n
from kernelstudio.core import words

__all__ = ["LANGUAGE_KEY", "install", "language", "locale", "saved_language", "start_language",
           "step_title", "translate"]

#: The QSettings key of the chosen language: a code of `kernelstudio.i18n.LANGUAGES`, or
#: "" to follow the system.
LANGUAGE_KEY = "ui/language"

# QCoreApplication does not own the translators it is given: they live as long as this list.
_installed: list[QTranslator] = []
#: The language installed last (English until `install` says otherwise).
_language = "en"


def language() -> str:
    """The language the window speaks: a code of `kernelstudio.i18n.LANGUAGES`."""
    return _language


def locale() -> QLocale:
    """How the window's language writes numbers; English writes them as Python does
    (``1,234``, ``0.25``), whatever the system's locale, before and after `install`."""
    if _language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(_language)


def translate(context: str, text: str) -> str:
    """`text`, an English source text of `context`, in the window's language.

    `QCoreApplication.translate` by the short name ``pyside6-lupdate`` also looks for: the
    window's modules call ``translate("KernelDock", "...")``, always with a literal text.
    """
    return QCoreApplication.translate(context, text)


def step_title(step) -> str:
    """What the window calls `step` (a core `Step`): its title, a built-in preset's in the
    window's language (stored in English, context "presets"); a name the user gave as it is.
    """
    if step.preset is not None and not step.name:
        return QCoreApplication.translate("presets", step.title)
    return step.title


def saved_language() -> str:
    """The language chosen in Preferences, "" (follow the system) if none or unknown."""
    language = QSettings().value(LANGUAGE_KEY, "", type=str)
    return language if language in i18n.LANGUAGES else ""


def start_language(language: str | None = None) -> str:
    """The language to start in: `language` if given, else the saved one, else the system's."""
    if language:
        return i18n.language_for(language)
    # The environment's variables first, as the command line reads them; Windows and macOS
    # seldom set them, and QLocale.system() reads the language chosen in their settings.
    return saved_language() or _system_language()


def _system_language() -> str:
    from_environment = i18n.system_language()
    if from_environment != "en":
        return from_environment
    return i18n.language_for(QLocale.system().name())


def install(app: QCoreApplication, language: str) -> str:
    """Have `app` (and the core) speak `language`; returns the language installed.

    Call before any widget exists: widgets take their texts when they are built. A
    language whose catalogue is missing from this installation is English, without an
    error. Any translators installed before are removed first.
    """
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = i18n.language_for(language)
    ours = _catalogue(language)
    if language == "en" or ours is None:
        _language = "en"
        QLocale.setDefault(locale())
        words.use_translator(None)
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _language = language
    QLocale.setDefault(locale())
    words.use_translator(QCoreApplication.translate, i18n.DECIMAL_POINTS.get(language, "."))
    return language


def _catalogue(language: str) -> QTranslator | None:
    """kernelstudio's compiled catalogue of `language`, None if it is missing or unreadable."""
    try:
        path = i18n.catalogue_path(language, ".qm")
    except FileNotFoundError:
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None
