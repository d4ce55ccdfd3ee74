"""How the window writes numbers: one home for every format the panels show.

The kernel table's edit text is `kernelstudio.core.kernel_to_text`, which the kernel-text
parser reads back exactly; everything here is for reading at a glance.
"""

from __future__ import annotations

import numpy as np

from kernelstudio.core import kernel_to_text

__all__ = ["general", "percent", "pixel_values", "short", "sum_text", "value", "weight",
           "zoom"]


def general(number: float) -> str:
    """The shortest plain form: ``0.25``, ``128``, ``1e+06``."""
    return f"{number:g}"


def short(number: float) -> str:
    """Three significant digits, for axis labels and value ranges."""
    return f"{number:.3g}"


def percent(fraction: float) -> str:
    """``0.35`` as ``35%``."""
    return f"{fraction:.0%}"


def zoom(factor: float) -> str:
    """Screen pixels per photo pixel as a percentage, one decimal below 10%."""
    return f"{factor:.0%}" if factor >= 0.1 else f"{factor:.1%}"


#: Weights written exactly up to this many characters; longer ones are shortened.
_WEIGHT_CHARACTERS = 8


def weight(number: float) -> str:
    """A weight as typed (its shortest exact text) when that is short, else 3 significant
    digits (the exact value is the cell's tooltip)."""
    exact = kernel_to_text([[number]])
    if len(exact) <= _WEIGHT_CHARACTERS:
        return exact
    return f"{number:.3g}" if abs(number) < 1e4 else f"{number:.1e}"


def value(number: float, integer: bool) -> str:
    """A pixel value or an intermediate sum: whole numbers plainly, else 4 significant digits."""
    if integer and number == int(number):
        return str(int(number))
    text = f"{number:.4g}"
    return "0" if text == "-0" else text


def pixel_values(pixel) -> str:
    """A pixel's channels: whole levels for integer images, three decimals for float ones."""
    values = np.atleast_1d(pixel)
    if values.dtype.kind == "f":
        return " ".join(f"{number:.3f}" for number in values)
    return " ".join(str(int(number)) for number in values)


def sum_text(step, facts) -> str:
    """The step's sum of weights, its divisor and their effect: ``1 ÷ 4: darkens by 75%``.

    `facts` are the step's `kernel_facts` (with its effective divisor).
    """
    divided = "" if step.effective_divisor == 1 else f" ÷ {general(step.effective_divisor)}"
    effect = facts.brightness
    if facts.zero_sum and step.offset:  # the offset, not 0, is what flat areas become
        effect = f"flat areas go to {general(step.offset)} (the offset): responds to edges only"
    return f"{general(facts.total)}{divided}: {effect}"
