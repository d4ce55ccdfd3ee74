"""Words a person reads, in their language: the one hook the core translates through.

The core never imports Qt, so it cannot call Qt's translator itself. It writes each text in
English through `translate` (or marks it with `QT_TRANSLATE_NOOP` where it is stored and
translated later, as preset titles are), and whoever shows the text (the window, the command
line) installs the translator with `use_translator`. Qt's ``pyside6-lupdate`` finds both calls
by name, so the core's texts land in the same ``.ts`` catalogues as the window's.

Until a translator is installed every text is the English one, which is what the core's own
tests and doctests read.

Examples
--------
>>> translate("insight", "brightens by {percent}%").format(percent=60)
'brightens by 60%'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

__all__ = ["QT_TRANSLATE_NOOP", "decimal", "either", "translate", "use_translator"]


def _english(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _english
_decimal_point = "."


def translate(context: str, text: str) -> str:
    """`text` (an English source text of `context`) in the installed language."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """`text` itself: marks a text stored in English and translated where it is shown."""
    return text


def use_translator(translator: Callable[[str, str], str] | None, decimal_point: str = ".") -> None:
    """Translate through `translator(context, text)` from now on (English if None).

    `decimal_point` is the language's (``","`` in French), which `decimal` writes.
    """
    global _translator, _decimal_point
    _translator = _english if translator is None else translator
    _decimal_point = decimal_point


def decimal(text: str) -> str:
    """A number already written with ``"."`` (``f"{x:.2f}"``), with the language's decimal point.

    Only for numbers a person reads in a sentence: kernel weights keep the ``"."`` that the
    kernel-text parser reads.

    >>> decimal("0.25")
    '0.25'
    """
    return text if _decimal_point == "." else text.replace(".", _decimal_point)


def either(names: Iterable[str]) -> str:
    """`names` (one or more) as alternatives in the installed language, for "did you mean"
    hints: each pair joined by the language's "{first} or {second}".

    >>> either(["'sharpen'", "'unsharp'", "'scharr'"])
    "'sharpen' or 'unsharp' or 'scharr'"
    """
    joined = translate("errors", "{first} or {second}")
    return functools.reduce(lambda first, second: joined.format(first=first, second=second),
                            names)
