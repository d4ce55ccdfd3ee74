"""Reading the numbers people type and files hold, in time and size that do not grow with them.

Every number kernelstudio reads from text (kernel cells and kernel text, ``--preset``
parameters, command-line options, recipes and the presets file) goes through
`parse_number`; numbers handed over as Python values go through `real_number`. Both refuse,
with the caller's error class and a short message, anything that is not a finite float:
``inf``, ``nan``, ``1e400``, ``1e-99999999`` (which would silently become 0), whole numbers
beyond float range, and text longer than `MAX_NUMBER_TEXT`.
"""

from __future__ import annotations

import json
import math
import re
import reprlib

import numpy as np

from .errors import KernelError, KernelStudioError
from .words import translate

__all__ = ["MAX_NUMBER_TEXT", "error_summary", "parse_number", "read_json", "real_number",
           "shown"]

#: Longest number text read, in characters (spaces around it not counted).
MAX_NUMBER_TEXT = 64
#: Longer text is cut when an error message quotes it.
_SHOWN = 24
_DIGITS = r"[0-9](?:_?[0-9])*"
_DECIMAL = rf"[+-]?(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
_NUMBER = re.compile(rf"(?P<top>{_DECIMAL})(?:\s*/\s*(?P<bottom>{_DECIMAL}))?")
_WHOLE = re.compile(rf"[+-]?{_DIGITS}")
_NOT_FINITE = re.compile(r"[+-]?(?:inf(?:inity)?|nan)", re.IGNORECASE)
_NONZERO = re.compile(r"[1-9]")
#: The largest float, as the message about too large a number writes it.
_MOST = f"{np.finfo(float).max:.1e}"


class _Quote(reprlib.Repr):
    """``reprlib`` cutting lists, dicts and text short, and huge whole numbers too (whose
    ``repr`` Python refuses past 4300 digits)."""

    def __init__(self):
        super().__init__()
        self.maxstring = self.maxother = _SHOWN
        self.maxlevel = 2

    def repr_int(self, x, level):
        return _whole(x)


_QUOTE = _Quote()


def shown(value, limit: int = _SHOWN) -> str:
    """`value` as an error message quotes it: its ``repr``, cut short (text after `limit`
    characters).

    Examples
    --------
    >>> shown("1" * 30)
    "'111111111111111111111111…'"
    >>> shown(10**5000)
    'a whole number of 5001 digits'
    """
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit] + "…")
    return _QUOTE.repr(value)


def error_summary(error: BaseException) -> str:
    """An error no one foresaw, as a message says it: its type and its words, cut short.

    >>> error_summary(ZeroDivisionError("division by zero"))
    "ZeroDivisionError: 'division by zero'"
    """
    return f"{type(error).__name__}: {shown(str(error), 200)}"


def _whole(value: int) -> str:
    """A whole number as a message shows it; a long one by its count of digits, without
    writing it out (which Python refuses past 4300 digits)."""
    if value.bit_length() <= 64:
        return repr(value)
    digits = int((abs(value).bit_length() - 1) * math.log10(2)) + 1
    return f"a whole number of {digits + (abs(value) >= 10**digits)} digits"


def _lead(text, where: str) -> str:
    return f"{shown(text)} ({where})" if where else shown(text)


def _decimal(text: str, lead: str, error: type[KernelStudioError]) -> float:
    """One side of a fraction: a float, never silently infinite or silently 0."""
    value = float(text)
    if math.isinf(value):
        raise _too_large(lead, error)
    mantissa = re.split("[eE]", text)[0]
    if value == 0 and _NONZERO.search(mantissa):
        raise _too_small(lead, error)
    return value


def _too_large(lead: str, error: type[KernelStudioError]) -> KernelStudioError:
    return error(translate("errors", "{lead} is not a finite number; numbers lie within "
                                     "±{most}").format(lead=lead, most=_MOST))


def _too_small(lead: str, error: type[KernelStudioError]) -> KernelStudioError:
    return error(translate("errors", "{lead} is closer to 0 than any number can be (5e-324); "
                                     "write 0 instead").format(lead=lead))


def parse_number(text: str, where: str = "", *,
                 error: type[KernelStudioError] = KernelError) -> float:
    """The number in `text`: ``2``, ``-0.5``, ``1e-3``, ``1/16``, with spaces around it and
    the typographic minus (``−``) allowed.

    Time and memory do not depend on the exponent or the number of digits: text longer
    than `MAX_NUMBER_TEXT` is refused before it is read. A fraction of two whole numbers is
    rounded once, from its exact value.

    Parameters
    ----------
    text : str
        What was typed or read.
    where : str, optional
        Where it comes from (``"row 2, column 3"``, ``"sharpen: inner"``); messages quote
        `text` (its start, if long) followed by it.
    error : type
        The kernelstudio error raised.

    Raises
    ------
    error
        For anything but a finite number: words, ``inf``, ``nan``, a division by zero, a
        number beyond float range (``1e400``) or so small that it would read as 0
        (``1e-99999999``), or text that is too long.

    Examples
    --------
    >>> parse_number(" \u22121/16 "), parse_number("1e-3")
    (-0.0625, 0.001)
    >>> try:
    ...     parse_number("1e-99999999", "row 1, column 2")
    ... except KernelError as exc:
    ...     print(exc)
    '1e-99999999' (row 1, column 2) is closer to 0 than any number can be (5e-324); write 0 instead
    """
    if not isinstance(text, str):
        raise error(translate("errors", "{lead} is not text; use numbers such as 2, -0.5 or "
                                        "1/16").format(lead=_lead(text, where)))
    lead = _lead(text.strip(), where)
    text = text.strip().replace("\u2212", "-")
    if len(text) > MAX_NUMBER_TEXT:
        raise error(translate("errors", "{lead} is too long for a number; write at most "
                                        "{max_number_text} characters")
                    .format(lead=lead, max_number_text=MAX_NUMBER_TEXT))
    match = _NUMBER.fullmatch(text)
    if match is None:
        if _NOT_FINITE.fullmatch(text):
            raise error(translate("errors", "{lead} is not a finite number").format(lead=lead))
        raise error(translate("errors", "{lead} is not a number; use numbers such as 2, -0.5 "
                                        "or 1/16").format(lead=lead))
    top, bottom = match.group("top", "bottom")
    if bottom is None:
        return _decimal(top, lead, error)
    whole = _WHOLE.fullmatch(top) and _WHOLE.fullmatch(bottom)
    # Whole numbers of at most 64 digits are cheap to divide exactly (Python rounds their
    # quotient once, and it cannot leave float range); others are divided as floats.
    numerator, denominator = (int(top), int(bottom)) if whole else (
        _decimal(top, lead, error), _decimal(bottom, lead, error))
    if denominator == 0:
        raise error(translate("errors", "{lead} divides by zero").format(lead=lead))
    value = numerator / denominator
    if math.isinf(value):
        raise _too_large(lead, error)
    if value == 0 and numerator != 0:
        raise _too_small(lead, error)
    return value


def real_number(value, what: str, *, error: type[KernelStudioError] = KernelError) -> float:
    """`value`, a Python or NumPy real number (not a bool, not text), as a finite float.

    Raises
    ------
    error
        Naming `what`, for anything else, for ``inf`` and ``nan``, and for whole numbers
        beyond float range.

    Examples
    --------
    >>> real_number(np.int32(3), "size")
    3.0
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(
            value, (int, float, np.integer, np.floating)):
        raise error(translate("errors", "{what} must be a number, got {value}")
                    .format(what=what, value=shown(value)))
    try:
        number = float(value)
    except OverflowError:  # a whole number beyond float range
        raise error(translate("errors", "{what} must be a finite number, got {value}")
                    .format(what=what, value=shown(value))) from None
    if not math.isfinite(number):
        raise error(translate("errors", "{what} must be a finite number, got {number}")
                    .format(what=what, number=number))
    return number


def _read_int(text: str, error: type[KernelStudioError]) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_NUMBER_TEXT:
        raise error(translate("errors", "a whole number of {digits} digits is too long; numbers "
                                        "may have at most {max_number_text}")
                    .format(digits=digits, max_number_text=MAX_NUMBER_TEXT))
    return int(text)


def read_json(text: str, error: type[KernelStudioError], *, not_held: str, too_deep: str):
    """Parse JSON `text` whose numbers all pass `parse_number`; every problem raises `error`.

    ``NaN``, ``Infinity``, ``1e400``, numbers too small to tell from 0 and numbers longer
    than `MAX_NUMBER_TEXT` are refused, so that no number turns into an infinity, a silent
    0 or a huge whole number; so is nesting too deep for Python to follow. `not_held`
    (``"{name} is not a number a recipe may hold; use finite numbers"``) and `too_deep`
    are what the reader of this kind of file says of those, whole sentences already
    translated.

    Examples
    --------
    >>> read_json('{"divisor": 16, "opacity": 0.5}', KernelError, not_held="", too_deep="")
    {'divisor': 16, 'opacity': 0.5}
    """

    def refuse(name: str):
        raise error(not_held.format(name=name))

    try:
        return json.loads(text, parse_constant=refuse,
                          parse_float=lambda number: parse_number(number, error=error),
                          parse_int=lambda number: _read_int(number, error))
    except json.JSONDecodeError as exc:
        raise error(translate("errors", "not valid JSON at line {exc_lineno}, column {exc_colno}: "
                                        "{exc_msg}")
                    .format(exc_lineno=exc.lineno, exc_colno=exc.colno, exc_msg=exc.msg)
                    ) from None
    except RecursionError:
        raise error(too_deep) from None
