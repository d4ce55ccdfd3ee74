"""How the window writes numbers: one home for every format the panels show, and the spin
box that reads typed numbers as the rest of kernelstudio does.

The kernel table's edit text is `kernelstudio.core.kernel_to_text`, which the kernel-text
parser reads back exactly; the formats here are for reading at a glance.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from kernelstudio.core import (
    MAX_NUMBER_TEXT,
    StepError,
    kernel_facts,
    kernel_to_text,
    parse_number,
)
from kernelstudio.core.words import decimal
from kernelstudio.gui import translation
from kernelstudio.gui.translation import translate

__all__ = ["NumberBox", "general", "percent", "pixel_values", "short", "slice_sum_text",
           "sum_text", "value", "weight", "whole", "zoom"]

#: Room for a prefix and suffix beyond the longest number text.
_AFFIXES = 8


class NumberBox(QDoubleSpinBox):
    """A spin box whose typed text is read by `kernelstudio.core.parse_number`.

    It shows its value with the decimal point of its locale (the window's language, which
    `kernelstudio.gui.translation.install` makes the default: ``1,5000`` in French) and
    reads that point as well as ``"."``. What a kernel cell takes works here too (``1/16``,
    ``−2``, ``1e-3``); anything else
    (words, ``inf``, ``1e-99999999``, a number out of range, a fraction in a whole-number
    box) is kept while typing and refused on Enter, with `refused` saying why in the
    words the command line uses, and the last good value back. Text is never longer than
    the core reads, so no typing can make the window wait. Messages name the box by its
    accessible name.
    """

    #: Typed text was refused: why, for the status bar.
    refused = Signal(str)

    def __init__(self, *, integer: bool = False, parent=None):
        super().__init__(parent)
        self._integer = integer
        if integer:
            self.setDecimals(0)
        self.lineEdit().setMaxLength(MAX_NUMBER_TEXT + _AFFIXES)

    def _read(self, text: str) -> tuple[float | None, str]:
        """The number `text` shows and '', or None and why it is refused."""
        body = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        read = body.replace(self._point(), ".")
        try:
            number = parse_number(read, self.accessibleName(), error=StepError)
        except StepError as exc:
            problem = str(exc)
            if read != body:  # the message quotes the text as typed
                try:
                    parse_number(body, self.accessibleName(), error=StepError)
                except StepError as typed:
                    problem = str(typed)
            return None, problem
        what = self.accessibleName() or translate("NumberBox", "the value")
        if self._integer and not number.is_integer():
            return None, translate("NumberBox", "{what} must be a whole number, got {number}") \
                .format(what=what, number=general(number))
        if not self.minimum() <= number <= self.maximum():
            return None, translate("NumberBox", "{what} must be between {minimum} and "
                                   "{maximum}, got {number}").format(
                                       what=what, minimum=general(self.minimum()),
                                       maximum=general(self.maximum()), number=general(number))
        return number, ""

    def validate(self, text: str, position: int):
        number, _ = self._read(text)
        state = QValidator.State.Intermediate if number is None else QValidator.State.Acceptable
        return state, text, position

    def fixup(self, text: str) -> str:
        # Qt asks for a fix when Enter is pressed or the box loses focus on text that does
        # not validate; the last good value comes back, and the person learns why.
        _, problem = self._read(text)
        if problem:
            self.refused.emit(problem)
        return text

    def valueFromText(self, text: str) -> float:
        number, _ = self._read(text)
        return self.value() if number is None else number

    def textFromValue(self, value: float) -> str:
        # With the locale's decimal point and no thousands separator, which `_read` reads
        # back; a value that rounds to 0 shows no minus sign (+ 0.0 turns -0.0 into 0.0).
        decimals = self.decimals()
        return f"{round(value, decimals) + 0.0:.{decimals}f}".replace(".", self._point())

    def _point(self) -> str:
        return self.locale().decimalPoint()


# The numbers below are read by people, in sentences and on axes: with the language's
# decimal point (`kernelstudio.core.words.decimal`, set with the window's translator).
# Weights and typed values (`weight`, `NumberBox`) keep the "." the parsers read.
def general(number: float) -> str:
    """The shortest plain form: ``0.25``, ``128``, ``1e+06``."""
    return decimal(f"{number:g}")


def whole(number: int) -> str:
    """A count with the language's thousands separator: ``12,345`` in English."""
    return translation.locale().toString(int(number))


def short(number: float) -> str:
    """Three significant digits, for axis labels and value ranges."""
    return decimal(f"{number:.3g}")


def percent(fraction: float) -> str:
    """``0.35`` as ``35%``."""
    return f"{fraction:.0%}"


def zoom(factor: float) -> str:
    """Screen pixels per photo pixel as a percentage, one decimal below 10%."""
    return f"{factor:.0%}" if factor >= 0.1 else decimal(f"{factor:.1%}")


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

    `facts` are the step's `kernel_facts` (with its effective divisor). The step's kernel
    is shared: of one per channel or across channels, pass the slice (`Step.part`).
    """
    effect = facts.brightness
    if facts.zero_sum and step.effective_offset:  # the offset, not 0, is what flat areas become
        effect = translate("NumberBox", "flat areas go to {offset} (the offset): responds to "
                           "edges only").format(offset=general(step.effective_offset))
    if step.effective_divisor == 1:
        said = translate("NumberBox", "{total}: {effect}")
    else:
        said = translate("NumberBox", "{total} ÷ {divisor}: {effect}")
    return said.format(total=general(facts.total), divisor=general(step.effective_divisor),
                       effect=effect)


def slice_sum_text(step, index: tuple[int, ...], facts, names: tuple[str, ...]) -> str:
    """`sum_text` of the slice at `index` of `step` (`facts` are its own). Across
    channels, one grid's sum says little about brightness: an output channel adds all its
    grids, so what they make of a flat grey area together is said instead."""
    part = step.part(*index) if index else step
    if step.kind != "cross-channel":
        return sum_text(part, facts)
    output = index[0]
    together = step.grey_part(output)
    return translate("NumberBox", "{total}; all of {channel}'s grids together {sum}").format(
        total=general(facts.total), channel=names[output],
        sum=sum_text(together, kernel_facts(together.kernel, together.divisor)))
