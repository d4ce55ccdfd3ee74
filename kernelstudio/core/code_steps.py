"""What every script of `kernelstudio.core.code` says about a step: its weights, exactly.

The weights are the step's own (`Step.weights_and_anchor`: divided, rotated for ``flip``),
so a script correlates with the very numbers kernelstudio does.
"""

from __future__ import annotations

import numpy as np

from .kernel_text import kernel_to_text
from .stack import Step

__all__ = ["filters_colour", "grid", "number_text", "one_line", "weighs", "weights_text"]

#: The longest step name a script quotes.
_LONGEST_NAME = 60
#: Kernels of more cells are written as decimals only: finding each cell's fraction would
#: take seconds, and a grid that large is read by code, not by people.
_MOST_FRACTIONS = 64 * 64


def one_line(text: str) -> str:
    """`text` (a step's name, which may be anything) fit for a one-line comment: control
    characters and runs of spaces made one space, cut to `_LONGEST_NAME` characters.

    Examples
    --------
    >>> one_line("Soft\\n  glow\\x00")
    'Soft glow'
    """
    text = " ".join("".join(char if char.isprintable() else " " for char in text).split())
    return text if len(text) <= _LONGEST_NAME else text[: _LONGEST_NAME - 1] + "…"


def number_text(value: float) -> str:
    """`value` as Python and ImageMagick read it back exactly.

    Examples
    --------
    >>> number_text(16.0), number_text(1 / 3)
    ('16', '0.3333333333333333')
    """
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)


def filters_colour(step: Step) -> bool:
    """Whether `step` filters colour channels, not alpha alone."""
    return step.channels in ("color", "all") or bool(set(step.channels) & set("rgb"))


def weighs(step: Step) -> bool:
    """Whether `step` weights colour by alpha (on images with alpha): asked to, with colour
    to filter and weights that are not all 0 (whose coverage would be 0 everywhere)."""
    return step.alpha_weighting and filters_colour(step) and bool(np.any(step.kernel))


def weights_text(step: Step, *, fractions: bool = True) -> tuple[list[list[str]], float | None]:
    """The weights `step` correlates with, as cells of text, and the divisor they are over.

    When the weights are whole numbers over the divisor (``[1, 2, 1] / 4``), the cells are
    those whole numbers and the divisor is returned; otherwise the cells are the weights
    themselves and the divisor is None. With `fractions`, exact fractions are written as
    ``1/9`` (which Python reads back exactly), in kernels of up to 64×64 cells; otherwise
    every cell is a plain decimal.

    Examples
    --------
    >>> weights_text(Step(kernel=[[1, 2, 1]], normalize=True))
    ([['1', '2', '1']], 4.0)
    >>> weights_text(Step(kernel=[[1 / 3, 1]]))[0], weights_text(Step(kernel=[[1 / 3, 1]]),
    ...                                                        fractions=False)[0]
    ([['1/3', '1']], [['0.3333333333333333', '1']])
    """
    weights = step.weights_and_anchor()[0]
    divisor = step.effective_divisor
    whole = np.rint(weights * divisor)
    if (divisor != 1 and np.all(np.abs(whole) < 2**53)
            and np.array_equal(whole / divisor, weights)):
        return [[number_text(value) for value in row] for row in whole], divisor
    if fractions and weights.size <= _MOST_FRACTIONS:
        return [row.split() for row in kernel_to_text(weights, multiline=True).splitlines()], None
    return [[number_text(value) for value in row] for row in weights], None


def grid(cells: list[list[str]], indent: str, *, start: str = "", sep: str = " ",
         end: str = "") -> list[str]:
    """The rows of `cells` as lines, cells right-aligned in columns, each row wrapped in
    `start` and `end` and its cells joined by `sep`."""
    width = max(len(cell) for row in cells for cell in row)
    return [indent + start + sep.join(cell.rjust(width) for cell in row) + end for row in cells]
