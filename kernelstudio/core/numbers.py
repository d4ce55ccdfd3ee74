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

__all__ = ["MAX_NUMBER_TEXT", "error_summary", "parse_number", "read_json", "real_number",
           "shown"]

#: Longest number text read, in characters (spaces around it not counted).
MAX_NUMBER_TEXT = 64
#: Longer text is cut when an error message quotes it.
_SHOWN = 24
_EXAMPLES = "use numbers such as 2, -0.5 or 1/16"
_DIGITS = r"[0-9](?:_?[0-9])*"
_DECIMAL = rf"[+-]?(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
_NUMBER = re.compile(rf"(?P<top>{_DECIMAL})(?:\s*/\s*(?P<bottom>{_DECIMAL}))?")
_WHOLE = re.compile(rf"[+-]?{_DIGITS}")
_NOT_FINITE = re.compile(r"[+-]?(?:inf(?:inity)?|nan)", re.IGNORECASE)
_NONZERO = re.compile(r"[1-9]")
_TOO_LARGE = f"is not a finite number; numbers lie within ±{np.finfo(float).max:.1e}"
_TOO_SMALL = "closer to 0 than any number can be (5e-324); write 0 instead"


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
        raise error(f"{lead} {_TOO_LARGE}")
    mantissa = re.split("[eE]", text)[0]
    if value == 0 and _NONZERO.search(mantissa):
        raise error(f"{lead} is {_TOO_SMALL}")
    return value


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
        raise error(f"{_lead(text, where)} is not text; {_EXAMPLES}")
    lead = _lead(text.strip(), where)
    text = text.strip().replace("\u2212", "-")
    if len(text) > MAX_NUMBER_TEXT:
        raise error(f"{lead} is too long for a number; write at most {MAX_NUMBER_TEXT} "
                    "characters")
    match = _NUMBER.fullmatch(text)
    if match is None:
        problem = "is not a finite number" if _NOT_FINITE.fullmatch(text) else \
            f"is not a number; {_EXAMPLES}"
        raise error(f"{lead} {problem}")
    top, bottom = match.group("top", "bottom")
    if bottom is None:
        return _decimal(top, lead, error)
    whole = _WHOLE.fullmatch(top) and _WHOLE.fullmatch(bottom)
    # Whole numbers of at most 64 digits are cheap to divide exactly (Python rounds their
    # quotient once, and it cannot leave float range); others are divided as floats.
    numerator, denominator = (int(top), int(bottom)) if whole else (
        _decimal(top, lead, error), _decimal(bottom, lead, error))
    if denominator == 0:
        raise error(f"{lead} divides by zero")
    value = numerator / denominator
    if math.isinf(value):
        raise error(f"{lead} {_TOO_LARGE}")
    if value == 0 and numerator != 0:
        raise error(f"{lead} is {_TOO_SMALL}")
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
        raise error(f"{what} must be a number, got {shown(value)}")
    try:
        number = float(value)
    except OverflowError:  # a whole number beyond float range
        raise error(f"{what} must be a finite number, got {shown(value)}") from None
    if not math.isfinite(number):
        raise error(f"{what} must be a finite number, got {number}")
    return number


def _read_int(text: str, error: type[KernelStudioError]) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_NUMBER_TEXT:
        raise error(f"a whole number of {digits} digits is too long; numbers may have at most "
                    f"{MAX_NUMBER_TEXT}")
    return int(text)


def read_json(text: str, kind: str, error: type[KernelStudioError]):
    """Parse JSON `text` (a `kind` of file, such as "recipe") whose numbers all pass
    `parse_number`; every problem raises `error`.

    ``NaN``, ``Infinity``, ``1e400``, numbers too small to tell from 0 and numbers longer
    than `MAX_NUMBER_TEXT` are refused, so that no number turns into an infinity, a silent
    0 or a huge whole number; so is nesting too deep for Python to follow.

    Examples
    --------
    >>> read_json('{"divisor": 16, "opacity": 0.5}', "recipe", KernelError)
    {'divisor': 16, 'opacity': 0.5}
    """

    def refuse(name: str):
        raise error(f"{name} is not a number a {kind} may hold; use finite numbers")

    try:
        return json.loads(text, parse_constant=refuse,
                          parse_float=lambda number: parse_number(number, error=error),
                          parse_int=lambda number: _read_int(number, error))
    except json.JSONDecodeError as exc:
        raise error(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                    ) from None
    except RecursionError:
        raise error(f"the {kind} is nested too deeply to be a {kind}") from None
