"""The checks of a step's options, one per kind, and the anchor as the command line writes it."""

from __future__ import annotations

import numpy as np

from .errors import StepError
from .kernels import whole_number
from .numbers import parse_number, real_number, shown
from .words import translate

__all__ = [
    "CHANNELS",
    "MAX_ITERATIONS",
    "MAX_OFFSET",
    "channel_names",
    "checked_anchor",
    "checked_channels",
    "checked_iterations",
    "checked_normalize",
    "finite_option",
    "flag_option",
    "parse_anchor",
    "parse_offset",
]

#: Named channel selections; any combination of the letters r, g, b and a works too.
CHANNELS = ("color", "all")
_LETTERS = "rgba"
MAX_OFFSET = 1e6
#: Most times one step may be repeated (ImageMagick's ``Convolve:N``).
MAX_ITERATIONS = 100


def checked_channels(channels) -> str:
    if not isinstance(channels, str):
        raise StepError(translate("errors", "channels must be text such as 'color', 'all' or "
                                            "'rb', got {channels}")
                        .format(channels=shown(channels)))
    text = channels.strip().lower()
    letters_ok = text and set(text) <= set(_LETTERS) and len(set(text)) == len(text)
    if text not in CHANNELS and not letters_ok:
        raise StepError(
            translate("errors", "channels must be 'color', 'all' or letters from r, g, b, a (such "
                                "as 'rb'), got {channels}").format(channels=shown(channels))
        )
    return text


def channel_names(count: int) -> tuple[str, ...]:
    """The letters of the channels of an image with `count` channels.

    One or two channels are "L" (grey) and "A"; three or four "R", "G", "B" and "A";
    channels beyond the letters are numbered from 1: "5", "6"...

    Examples
    --------
    >>> channel_names(2), channel_names(6)
    (('L', 'A'), ('R', 'G', 'B', 'A', '5', '6'))
    """
    letters = "LA" if count <= 2 else "RGBA"
    return tuple(letters[index] if index < len(letters) else str(index + 1)
                 for index in range(count))


def finite_option(value, name: str, low: float, high: float) -> float:
    number = real_number(value, name, error=StepError)
    if not low <= number <= high:
        raise StepError(translate("errors", "{name} must be between {low:g} and {high:g}, got "
                                            "{number:g}")
                        .format(name=name, low=low, high=high, number=number))
    return number


def checked_normalize(value) -> bool | str:
    if isinstance(value, str) and value.strip().lower() == "gimp":
        return "gimp"
    if not isinstance(value, (bool, np.bool_)):
        raise StepError(translate("errors", "normalize must be true, false or \"gimp\", got "
                                            "{value}").format(value=shown(value)))
    return bool(value)


def checked_iterations(value) -> int:
    count = whole_number(value, "iterations", StepError)
    if not 1 <= count <= MAX_ITERATIONS:
        raise StepError(translate("errors", "iterations must be between 1 and {max_iterations}, "
                                            "got {count}")
                        .format(max_iterations=MAX_ITERATIONS, count=shown(count)))
    return count


def checked_anchor(anchor, shape: tuple[int, int]) -> tuple[int, int] | None:
    if anchor is None:
        return None
    if isinstance(anchor, (str, bytes)) or not hasattr(anchor, "__len__") or len(anchor) != 2:
        raise StepError(translate("errors", "anchor must be a (row, column) pair such as [1, 1], "
                                            "got {anchor}").format(anchor=shown(anchor)))
    row, col = (whole_number(value, "anchor", StepError) for value in anchor)
    rows, cols = shape
    if not (0 <= row < rows and 0 <= col < cols):
        raise StepError(translate("errors", "anchor ({row}, {col}) lies outside the {rows}×{cols} "
                                            "kernel (rows 0 to {last_row}, columns 0 to "
                                            "{last_col})")
                        .format(row=shown(row), col=shown(col), rows=rows, cols=cols,
                                last_row=rows - 1, last_col=cols - 1))
    return row, col


def parse_anchor(text: str) -> tuple[int, int]:
    """The anchor ``"ROW,COL"`` (as the command line takes it) as a pair of whole numbers.

    Examples
    --------
    >>> parse_anchor("0, 1")
    (0, 1)
    """
    parts = text.split(",") if isinstance(text, str) else ()
    if len(parts) != 2:
        raise StepError(translate("errors", "an anchor is ROW,COL such as 1,1, got {text}")
                        .format(text=shown(text)))
    pair = []
    for part in parts:
        number = real_number(parse_number(part, error=StepError), "anchor", error=StepError)
        if not number.is_integer():
            raise StepError(translate("errors", "an anchor's row and column are whole numbers, "
                                                "got {text}").format(text=shown(text)))
        pair.append(int(number))
    return pair[0], pair[1]


def parse_offset(text: str) -> float | tuple[float, ...]:
    """The offset as the command line takes it: one number, or one per channel
    (``"10,0,-5"``) for a kernel per channel.

    Examples
    --------
    >>> parse_offset("12.5"), parse_offset("10, 0, -5")
    (12.5, (10.0, 0.0, -5.0))
    """
    parts = text.split(",") if isinstance(text, str) else ()
    if not parts:
        raise StepError(translate("errors", "an offset is a number such as 10, or one per channel "
                                            "such as 10,0,-5, got {text}").format(text=shown(text)))
    numbers = tuple(real_number(parse_number(part, error=StepError), "offset", error=StepError)
                    for part in parts)
    return numbers[0] if len(numbers) == 1 else numbers


def flag_option(value, name: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise StepError(translate("errors", "{name} must be true or false, got {value}")
                        .format(name=name, value=shown(value)))
    return bool(value)
