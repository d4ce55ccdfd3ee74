"""The kernel text format: what the command line's --kernel, the window's kernel text and
paste, and the presets file read, and what kernelstudio writes for them."""

from __future__ import annotations

import re
from fractions import Fraction

import numpy as np

from .errors import KernelError
from .kernels import MAX_KERNEL_SIZE, as_kernel
from .numbers import parse_number, shown

__all__ = [
    "kernel_to_numpy",
    "kernel_to_text",
    "parse_kernel_text",
    "parse_weight",
    "single_row_hint",
]


_ROW_SPLIT = re.compile(r"[;\n]")
_VALUE_SPLIT = re.compile(r"[,\s]+")
_ARRAY_CALL = re.compile(r"^(?:(?:np|numpy)\s*\.\s*)?array\s*\((.*)\)$", re.DOTALL)
_BRACKET_ROW = re.compile(r"\[([^\[\]]*)\]")


def parse_weight(text: str) -> float:
    """One weight from text such as ``2``, ``-0.5`` or ``1/16``, as a kernel cell takes it.

    Raises
    ------
    KernelError
        For anything else, quoting (the start of) the text.

    Examples
    --------
    >>> parse_weight(" 1/16 "), parse_weight("\u22120.5")
    (0.0625, -0.5)
    """
    if not isinstance(text, str):
        raise KernelError(f"a weight must be text such as 2 or 1/16, got {type(text).__name__}")
    tokens = [token for token in _VALUE_SPLIT.split(text.replace("\u2212", "-").strip())
              if token]
    if len(tokens) != 1:
        raise KernelError(f"{shown(text.strip())} is not one number; a cell holds one, "
                          "such as 2 or 1/16")
    return float(as_kernel([[parse_number(tokens[0])]])[0, 0])


def _split_rows(text: str) -> list[str]:
    call = _ARRAY_CALL.match(text)
    if call:
        text = call.group(1).strip()
        text = re.sub(r",\s*dtype\s*=.*$", "", text, flags=re.DOTALL)
    if "[" not in text and "]" not in text:
        return _ROW_SPLIT.split(text)
    rows = _BRACKET_ROW.findall(text)
    leftover = _BRACKET_ROW.sub("", text)
    if not rows or leftover.strip("[], \t\r\n"):
        raise KernelError(
            "kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], [1, 2, 1]]"
        )
    return rows


def parse_kernel_text(text: str) -> np.ndarray:
    """Parse kernel text such as ``"0 -1 0; -1 5 -1; 0 -1 0"`` into a kernel.

    Rows are separated by ``;`` or new lines and values by spaces or commas. Values may be
    fractions (``1/16``) and may use the typographic minus (``−``). Nested brackets as
    NumPy prints them (``[[1, 2], [3, 4]]``, optionally inside ``np.array(...)``) work too.

    Raises
    ------
    KernelError
        Naming the row and value at fault, for text that is not a rectangular grid of numbers.

    Examples
    --------
    >>> float(parse_kernel_text("1/16 1/8 1/16; 1/8 1/4 1/8; 1/16 1/8 1/16").sum())
    1.0
    """
    if not isinstance(text, str):
        raise KernelError(f"kernel text must be a string, got {type(text).__name__}")
    text = text.replace("\u2212", "-").strip()
    rows: list[list[float]] = []
    for line in _split_rows(text):
        tokens = [token for token in _VALUE_SPLIT.split(line.strip(" ,\t\r")) if token]
        if not tokens:
            continue
        if len(rows) == MAX_KERNEL_SIZE:
            raise KernelError(f"kernel text has more than {MAX_KERNEL_SIZE} rows; each side "
                              f"may be at most {MAX_KERNEL_SIZE}")
        if len(tokens) > MAX_KERNEL_SIZE:
            raise KernelError(f"row {len(rows) + 1} has {len(tokens)} values; each side may be "
                              f"at most {MAX_KERNEL_SIZE}")
        values = [parse_number(token, f"row {len(rows) + 1}, column {i + 1}")
                  for i, token in enumerate(tokens)]
        if rows and len(values) != len(rows[0]):
            raise KernelError(
                f"row {len(rows) + 1} has {_count(len(values))} but row 1 has "
                f"{_count(len(rows[0]))}; every row needs the same number of values"
            )
        rows.append(values)
    if not rows:
        raise KernelError("kernel text is empty; write rows such as '0 -1 0; -1 5 -1; 0 -1 0'")
    return as_kernel(rows)


#: Square sizes whose weights, written on one row, are most likely a square with the row
#: breaks forgotten: 3×3, 5×5 and 7×7.
_SQUARES = {9: 3, 25: 5, 49: 7}
_ROWS_EXAMPLE = "1 2 1; 2 4 2; 1 2 1"


def single_row_hint(kernel) -> str | None:
    """How a single row of 9, 25 or 49 weights was read, and how to write rows; else None.

    Such a kernel is used as given (one row), but is more often a 3×3, 5×5 or 7×7 kernel
    written without its row breaks.

    Examples
    --------
    >>> print(single_row_hint(parse_kernel_text("1 2 1 2 4 2 1 2 1")))
    read as one row of 9 values (1×9); for a 3×3 kernel separate the rows with ';',
    as in "1 2 1; 2 4 2; 1 2 1"
    >>> single_row_hint([[1, 2, 1]]) is None
    True
    """
    rows, cols = np.shape(kernel)
    side = _SQUARES.get(cols) if rows == 1 else None
    if side is None:
        return None
    written = kernel_to_text(np.reshape(kernel, (side, side)))
    example = written if len(written) <= 60 else _ROWS_EXAMPLE
    return (f"read as one row of {cols} values (1×{cols}); for a {side}×{side} kernel "
            f"separate the rows with ';', as in \"{example}\"")


#: Decimals up to this long are written as they are, not as a fraction.
_SHORT_DECIMAL = 8


def _count(values: int) -> str:
    return f"{values} value{'' if values == 1 else 's'}"


def _format_weight(value: float) -> str:
    """A weight as people write it: a short decimal as typed (0.5275, 0.04), an exact
    fraction over a power of two (1/16, 3/128) or where the decimal would be long (1/9)."""
    if value == int(value):
        return str(int(value))
    decimal = repr(float(value))
    fraction = Fraction(value).limit_denominator(4096)
    if fraction.numerator / fraction.denominator == value:
        binary = fraction.denominator & (fraction.denominator - 1) == 0
        if binary or len(decimal) > _SHORT_DECIMAL:
            return f"{fraction.numerator}/{fraction.denominator}"
    return decimal


def kernel_to_text(kernel, *, multiline: bool = False) -> str:
    """Write a kernel in the text format `parse_kernel_text` reads, exactly.

    Whole numbers are written plainly, exact small fractions as ``p/q`` and anything else
    as the shortest decimal that reads back to the same float.

    Examples
    --------
    >>> kernel_to_text([[1 / 16, 1 / 8], [0, -1]])
    '1/16 1/8; 0 -1'
    """
    cells = [[_format_weight(value) for value in row] for row in as_kernel(kernel)]
    if not multiline:
        return "; ".join(" ".join(row) for row in cells)
    width = max(len(cell) for row in cells for cell in row)
    return "\n".join(" ".join(cell.rjust(width) for cell in row) for row in cells)


def kernel_to_numpy(kernel) -> str:
    """Write a kernel as a NumPy expression that evaluates (and parses) back exactly.

    Examples
    --------
    >>> kernel_to_numpy([[1 / 16, 1 / 8], [0, -1]])
    'np.array([[1/16, 1/8], [0, -1]])'
    """
    rows = ("[" + ", ".join(_format_weight(value) for value in row) + "]"
            for row in as_kernel(kernel))
    return f"np.array([{', '.join(rows)}])"
