"""Which language kernelstudio speaks, and its catalogues (Qt Linguist ``.ts`` files).

The catalogues are ``resources/translations/kernelstudio_<language>.ts``, one per language,
written with Qt Linguist or by hand and refreshed from the code by ``translations/update``.
The window loads them compiled to ``.qm`` (by the build, with ``pyside6-lrelease``) through
Qt's QTranslator. The command line never loads Qt (tests/test_import_contract.py), so it
reads the same ``.ts`` file with the standard library's XML parser: one catalogue per
language for translators, and no second format (gettext's ``.po``) to keep in step.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree

from kernelstudio.core import words
from kernelstudio.data import resource_path

__all__ = ["LANGUAGES", "catalogue_path", "known_language", "language_for", "system_language",
           "use_catalogue"]

#: The languages kernelstudio speaks: code (as Qt's .qm files are named) -> its own name.
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "fr": "Français", "ja": "日本語"}
#: The decimal point each language writes in sentences (`kernelstudio.core.words.decimal`).
DECIMAL_POINTS = {"fr": ","}
#: The environment variables that name the language, in the order gettext reads them.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_for(locale_name: str | None) -> str:
    """The language of LANGUAGES for a locale name (``"fr_CA.UTF-8"`` -> ``"fr"``).

    Any Chinese is ``zh_CN`` (the only Chinese there is); a name none fits is English.

    >>> language_for("fr_CA.UTF-8"), language_for("ja_JP"), language_for("zh-TW"), language_for("C")
    ('fr', 'ja', 'zh_CN', 'en')
    """
    return known_language(locale_name) or "en"


def known_language(locale_name: str | None) -> str | None:
    """The language of LANGUAGES a locale name is in, None if kernelstudio does not speak it.

    >>> known_language("en_GB"), known_language("de_DE"), known_language("C")
    ('en', None, None)
    """
    name = (locale_name or "").split(".")[0].split("@")[0].replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else None


def system_language(environ=None) -> str:
    """The language the environment asks for: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext."""
    environ = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:
            # LANGUAGE is a list ("fr:en"); its first entry wins.
            return language_for(value.split(":")[0])
    return "en"


def catalogue_path(language: str, suffix: str = ".ts"):
    """The path of `language`'s catalogue (`suffix` ``".qm"`` for the compiled one)."""
    return resource_path(f"translations/kernelstudio_{language}{suffix}")


def _read_catalogue(language: str) -> dict[tuple[str, str], str]:
    """`language`'s finished translations, by (context, English source text)."""
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(catalogue_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete",
                                                                   "vanished"}:
                continue
            if translation.text:
                found[name, message.findtext("source") or ""] = translation.text
    return found


def use_catalogue(language: str) -> str:
    """Have the core (and so the command line) speak `language` from its ``.ts`` catalogue.

    Returns the language used: English when `language` is English, unknown, or its
    catalogue is missing from this installation.
    """
    language = language_for(language)
    if language == "en":
        words.use_translator(None)
        return language
    try:
        found = _read_catalogue(language)
    except (FileNotFoundError, ElementTree.ParseError):
        words.use_translator(None)
        return "en"
    words.use_translator(lambda context, text: found.get((context, text), text),
                         DECIMAL_POINTS.get(language, "."))
    return language
