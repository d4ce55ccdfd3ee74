"""The language the ``kernelstudio`` command speaks: ``--lang`` before the command, or the locale.

The language is chosen before any parser is built, because help texts are translated as the
parsers are made. argparse's own words ("usage:", "options", its errors) go through the same
catalogue, context ``"argparse"``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kernelstudio.cli_common import UsageError
from kernelstudio.core.words import QT_TRANSLATE_NOOP, translate
from kernelstudio.i18n import LANGUAGES, known_language, system_language, use_catalogue

__all__ = ["ARGPARSE_TEXTS", "LANGUAGE_OPTION", "choose_language"]

LANGUAGE_OPTION = "--lang"

#: The texts argparse translates that a person can read from our parsers, listed so that
#: pyside6-lupdate puts them in the catalogues (it cannot read argparse's own source).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def _take_language(argv: list[str], anywhere: bool) -> tuple[list[str], str | None]:
    """`argv` without its ``--lang`` options, and the last one's value (None if none).

    Only the options before the first other argument count, unless `anywhere` (the window's
    arguments, which are all ours); ``--`` ends the search.
    """
    rest: list[str] = []
    value = None
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            rest.extend(argv[index:])
            break
        if word == LANGUAGE_OPTION or word.startswith(LANGUAGE_OPTION + "="):
            if "=" in word:
                value = word.split("=", 1)[1]
            elif index + 1 < len(argv):
                index += 1
                value = argv[index]
            else:
                value = ""
            index += 1
            continue
        if not anywhere and not word.startswith("-"):
            rest.extend(argv[index:])
            break
        rest.append(word)
        index += 1
    return rest, value


def _checked(value: str) -> str:
    """The language of LANGUAGES that `value` names (``fr``, ``fr_FR.UTF-8``); `UsageError`
    for one kernelstudio does not speak."""
    language = known_language(value)
    if language is None:
        names = ", ".join(LANGUAGES)
        raise UsageError(translate("cli", "--lang '{value}' is not a language kernelstudio "
                                          "speaks; choose one of {names}")
                         .format(value=value, names=names))
    return language


def choose_language(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], str | None]:
    """Speak the language ``--lang`` names in `argv`, or the locale's; `argv` without it.

    ``--lang`` comes before the command (one of `commands`), or anywhere among the window's
    arguments. Returns the arguments left and the language ``--lang`` chose (None when it
    was not given). `UsageError` for a language kernelstudio does not speak, said in the
    locale's language.
    """
    # argparse looks its words up through its module globals `_` and `ngettext` (gettext's,
    # which has no catalogue of ours) each time it formats help or an error; pointed at the
    # core's hook, argparse speaks whatever language the catalogue installed (English if none).
    argparse._ = _argparse_text
    argparse.ngettext = _argparse_plural
    argv = list(argv)
    rest, value = _take_language(argv, anywhere=False)
    if not rest or rest[0] not in commands:  # the window's arguments
        rest, value = _take_language(argv, anywhere=True)
    use_catalogue(system_language())
    if value is None:
        return rest, None
    language = _checked(value)
    use_catalogue(language)
    return rest, language
