"""The kernel text format: what the command line's --kernel, the window's kernel text and
paste, and the presets file read, and what kernelstudio writes for them.

Besides kernelstudio's own rows (``0 -1 0; -1 5 -1; 0 -1 0``) and NumPy's brackets, the
reader takes the two other tools' kernel strings people paste: ImageMagick's
``3x3: 0,-1,0 -1,5,-1 0,-1,0`` (with its origin, ``4x4+2+2: ...``) and G'MIC's matrix
``(0,-1,0;-1,5,-1;0,-1,0)``.

A kernel per channel is one grid per channel, separated by ``|``; a kernel across channels
separates its output channels by ``||``, each with one grid per input channel
(``"1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1"`` is a 1×1 identity for three channels). NumPy's
brackets nested three or four deep (as PyTorch prints a ``Conv2d.weight``) are read too.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction

import numpy as np

from .errors import KernelError, KernelTextError
from .kernels import MAX_KERNEL_SIZE, MAX_SLICES, as_kernel, as_kernels
from .numbers import parse_number, shown
from .words import translate

__all__ = [
    "kernel_to_magick",
    "kernel_to_numpy",
    "kernel_to_text",
    "parse_kernel_spec",
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
        raise KernelError(translate("errors", "a weight must be text such as 2 or 1/16, got {name}")
                          .format(name=type(text).__name__))
    tokens = [token for token in _VALUE_SPLIT.split(text.replace("\u2212", "-").strip())
              if token]
    if len(tokens) != 1:
        raise KernelError(translate("errors", "{text} is not one number; a cell holds one, such "
                                              "as 2 or 1/16").format(text=shown(text.strip())))
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
            translate("errors", "kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], "
                                "[1, 2, 1]]")
        )
    return rows


def parse_kernel_text(text: str) -> np.ndarray:
    """Parse kernel text such as ``"0 -1 0; -1 5 -1; 0 -1 0"`` into a kernel.

    Rows are separated by ``;`` or new lines and values by spaces or commas. Values may be
    fractions (``1/16``) and may use the typographic minus (``−``). Nested brackets as
    NumPy prints them (``[[1, 2], [3, 4]]``, optionally inside ``np.array(...)``) work too,
    and so do ImageMagick's and G'MIC's kernel strings (see `parse_kernel_spec`, which also
    gives ImageMagick's origin).

    Raises
    ------
    KernelError
        Naming the row and value at fault, for text that is not a rectangular grid of numbers.

    Examples
    --------
    >>> float(parse_kernel_text("1/16 1/8 1/16; 1/8 1/4 1/8; 1/16 1/8 1/16").sum())
    1.0
    """
    return parse_kernel_spec(text)[0]


def parse_kernel_spec(text: str) -> tuple[np.ndarray, tuple[int, int] | None]:
    """Parse kernel text into its weights and its anchor: the (row, col) cell that lies
    over the pixel being computed, or None for the centre cell ``(kh // 2, kw // 2)``.

    Takes what `parse_kernel_text` takes. Only ImageMagick's and G'MIC's strings can move
    the anchor:

    - ``WIDTHxHEIGHT[+X+Y]: values`` (or ``WIDTH: values`` for a square), the values
      row after row, separated by commas and/or spaces; ``X`` is a column and ``Y`` a
      row, counted from 0. Without ``+X+Y`` ImageMagick anchors at
      ``((HEIGHT - 1) // 2, (WIDTH - 1) // 2)``, which for an even side is not
      kernelstudio's centre cell, so an even-sized string gets that anchor too.
    - ``nan`` (or ``-``) marks a cell ImageMagick leaves out of the sum; it is read as
      weight 0, which is the same sum.

    G'MIC's matrix ``(0,-1,0;-1,5,-1;0,-1,0)`` (``;`` between rows, ``,`` between values)
    gets the anchor G'MIC's ``correlate`` gives it, which is ImageMagick's. A bare list of
    values without ``WxH:`` is one row, as in kernelstudio's own text (ImageMagick would
    make a square of 9, 25... values; `single_row_hint` says how to write one).

    Raises
    ------
    KernelError
        Naming what is wrong: "3x3 needs 9 values, got 8", an origin outside the kernel,
        ImageMagick's named kernels and kernel lists (not read), or a bad grid.

    Examples
    --------
    >>> weights, anchor = parse_kernel_spec("4x2+3+1: 1,2,3,4 5,6,7,8")
    >>> weights.tolist(), anchor
    ([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]], (1, 3))
    >>> parse_kernel_spec("(1,2,1;2,4,2;1,2,1)")[0].tolist()[1], parse_kernel_spec("2: 1 2 3 4")[1]
    ([2.0, 4.0, 2.0], (0, 0))
    """
    if not isinstance(text, str):
        raise KernelError(translate("errors", "kernel text must be a string, got {name}")
                          .format(name=type(text).__name__))
    text = text.replace("\u2212", "-").strip()
    if "|" in text:
        return _parse_slices(text)
    if _DEEP_BRACKETS.match(text):
        return _parse_deep(text), None
    if ":" in text:
        return _parse_magick(text)
    matrix = _GMIC_MATRIX.fullmatch(text)
    if matrix:
        if "^" in matrix.group(1):
            raise KernelError(translate("errors", "G'MIC's '^' starts another channel; a kernel "
                                                  "is one 2-D grid of weights, such as "
                                                  "(0,-1,0;-1,5,-1;0,-1,0)"))
        weights = _parse_rows(matrix.group(1))
        return weights, _centre_anchor(*weights.shape)
    return _parse_rows(text), None


#: NumPy's brackets three or four deep, optionally inside np.array(...) or tensor(...).
_DEEP_BRACKETS = re.compile(r"^(?:[\w.]*\(\s*)?\[\s*\[\s*\[")


def _parse_slices(text: str) -> tuple[np.ndarray, tuple[int, int] | None]:
    """Grids separated by ``|`` (per channel) and ``||`` (output channels across channels)."""
    groups = [group.split("|") for group in text.split("||")]
    # Counted before any grid is read: thousands of bars are refused at once, in a line.
    slices = max(len(groups), *(len(group) for group in groups))
    if slices > MAX_SLICES:
        raise KernelError(translate("errors", "a kernel has 1 to {max_slices} channel slices, got "
                                              "{slices}")
                          .format(max_slices=MAX_SLICES, slices=slices))
    outputs = [[_parse_grid(block, translate("errors", "output channel {number}, grid {index}")
                            .format(number=number, index=index) if len(groups) > 1
                            else translate("errors", "grid {index}").format(index=index))
                for index, block in enumerate(group, 1)]
               for number, group in enumerate(groups, 1)]
    grids = [grid for group in outputs for grid in group]
    shapes = {weights.shape for weights, _ in grids}
    if len(shapes) > 1:
        raise KernelError(translate("errors", "every grid of a kernel with several is the same "
                                              "size; got {sizes}")
                          .format(sizes=", ".join(sorted(f"{rows}×{cols}"
                                                         for rows, cols in shapes))))
    anchors = {anchor for _, anchor in grids}
    if len(anchors) > 1:
        raise KernelError(translate("errors", "the grids of one kernel give different anchors"))
    if len(outputs) == 1:
        return as_kernels([weights for weights, _ in outputs[0]]), anchors.pop()
    if any(len(group) != len(outputs) for group in outputs):
        counts = ", ".join(str(len(group)) for group in outputs)
        raise KernelError(translate("errors", "a kernel across channels has, for each of its "
                                              "{outputs} output channels ('||' between them), one "
                                              "grid per input channel ('|' between them): "
                                              "{outputs} each, got {counts}")
                          .format(outputs=len(outputs), counts=counts))
    return as_kernels([[weights for weights, _ in group] for group in outputs]), anchors.pop()


def _parse_grid(block: str, label: str) -> tuple[np.ndarray, tuple[int, int] | None]:
    """One grid of a kernel with several; its errors say which it is."""
    try:
        if not block.strip():
            raise KernelError(translate("errors", "it is empty"))
        return parse_kernel_spec(block)
    except KernelError as error:
        raise KernelError(translate("errors", "{label}: {error}")
                          .format(label=label, error=error)) from None


def _parse_deep(text: str) -> np.ndarray:
    """NumPy's (or PyTorch's) brackets three or four deep as a kernel per channel or
    across channels."""
    start, stop = text.find("["), text.rfind("]")
    inner = text[start : stop + 1]
    if re.search(r"[^\d\s,.\[\]eE+-]", inner):
        raise KernelError(translate("errors", "brackets three or four deep hold plain numbers "
                                              "only, as NumPy prints them: [[[1, 0], [0, 1]], "
                                              "[[0, 1], [1, 0]]]"))
    try:
        # NumPy and PyTorch print 1. and .5, which JSON spells 1.0 and 0.5.
        inner = re.sub(r"(\d)\.(?!\d)", r"\1.0", re.sub(r"(?<![\d.])\.(\d)", r"0.\1", inner))
        values = json.loads(inner)
    except ValueError:
        raise KernelError(translate("errors", "brackets three or four deep must be balanced lists "
                                              "of numbers, as in [[[1, 0], [0, 1]], [[0, 1], [1, "
                                              "0]]]")) from None
    return as_kernels(values)


def _centre_anchor(rows: int, cols: int) -> tuple[int, int] | None:
    """ImageMagick's and G'MIC's anchor, ``((rows - 1) // 2, (cols - 1) // 2)``, or None
    where that is kernelstudio's centre too (odd sides)."""
    anchor = ((rows - 1) // 2, (cols - 1) // 2)
    return None if anchor == (rows // 2, cols // 2) else anchor


def _parse_rows(text: str) -> np.ndarray:
    """kernelstudio's own rows, or NumPy's brackets, as a kernel."""
    rows: list[list[float]] = []
    for line in _split_rows(text):
        tokens = [token for token in _VALUE_SPLIT.split(line.strip(" ,\t\r")) if token]
        if not tokens:
            continue
        if len(rows) == MAX_KERNEL_SIZE:
            raise KernelError(translate("errors", "kernel text has more than {max_kernel_size} "
                                                  "rows; each side may be at most "
                                                  "{max_kernel_size}")
                              .format(max_kernel_size=MAX_KERNEL_SIZE))
        row = len(rows) + 1
        if len(tokens) > MAX_KERNEL_SIZE:
            raise KernelTextError(translate("errors", "row {value} has {tokens} values; each side "
                                                      "may be at most {max_kernel_size}")
                                  .format(value=row, tokens=len(tokens),
                                          max_kernel_size=MAX_KERNEL_SIZE), row=row)
        values = [_cell(token, row, column) for column, token in enumerate(tokens, 1)]
        if rows and len(values) != len(rows[0]):
            raise KernelTextError(_mismatch(row, len(values), len(rows[0])), row=row)
        rows.append(values)
    if not rows:
        raise KernelError(translate("errors", "kernel text is empty; write rows such as '0 -1 0; "
                                              "-1 5 -1; 0 -1 0'"))
    return as_kernel(rows)


def _cell(token: str, row: int, column: int) -> float:
    """The number of one cell; its error says which row and column."""
    try:
        return parse_number(token, translate("errors", "row {row}, column {column}")
                            .format(row=row, column=column))
    except KernelError as error:
        raise KernelTextError(str(error), row=row, column=column) from None


def _mismatch(row: int, values: int, first: int) -> str:
    """Row `row` has `values` values where row 1 has `first`: one sentence per plural."""
    if values == 1:
        text = translate("errors", "row {value} has 1 value but row 1 has {first} values; every "
                                   "row needs the same number of values")
    elif first == 1:
        text = translate("errors", "row {value} has {values} values but row 1 has 1 value; every "
                                   "row needs the same number of values")
    else:
        text = translate("errors", "row {value} has {values} values but row 1 has {first} "
                                   "values; every row needs the same number of values")
    return text.format(value=row, values=values, first=first)


#: G'MIC's matrix: ``(a,b;c,d)``, rows split by ';' and values by ','.
_GMIC_MATRIX = re.compile(r"\((.*)\)", re.DOTALL)
#: ImageMagick's kernel geometry, the text before its ':'; the flags make kernel lists.
_MAGICK_SIZE = re.compile(r"(?P<width>\d+)(?:x(?P<height>\d+)?)?"
                          r"(?:\+(?P<col>\d+)\+(?P<row>\d+))?(?P<flags>[@<>]*)", re.IGNORECASE)
#: A cell ImageMagick leaves out of the neighbourhood.
_DONT_CARE = ("nan", "-")
_MAGICK_EXAMPLE = "'3x3: 0,-1,0 -1,5,-1 0,-1,0'"


def _parse_magick(text: str) -> tuple[np.ndarray, tuple[int, int] | None]:
    """ImageMagick's ``WIDTHxHEIGHT[+X+Y]: values`` as weights and an anchor (or None)."""
    geometry, values = (part.strip() for part in text.split(":", 1))
    if ":" in values:
        raise KernelError(translate("errors", "ImageMagick kernel lists (several kernels joined "
                                              "by ';') are not read; give one kernel, such as "
                                              "{magick_example}")
                          .format(magick_example=_MAGICK_EXAMPLE))
    size = _MAGICK_SIZE.fullmatch(geometry)
    if size is None:
        raise KernelError(translate("errors", "{geometry} before ':' is not a kernel size; "
                                              "ImageMagick kernels start with WIDTHxHEIGHT, as in "
                                              "{magick_example} (its named kernels, such as "
                                              "Laplacian, are not read)")
                          .format(geometry=shown(geometry), magick_example=_MAGICK_EXAMPLE))
    if size["flags"]:
        raise KernelError(translate("errors", "ImageMagick's {size_flags} turns the kernel into a "
                                              "list of rotated kernels; give one kernel (the "
                                              "Kernel menu turns it)")
                          .format(size_flags=shown(size['flags'])))
    cols = int(size["width"])
    rows = int(size["height"] or cols)
    if not (1 <= rows <= MAX_KERNEL_SIZE and 1 <= cols <= MAX_KERNEL_SIZE):
        raise KernelError(translate("errors", "a {cols}x{rows} kernel cannot be used; each side "
                                              "may be from 1 to {max_kernel_size}")
                          .format(cols=cols, rows=rows, max_kernel_size=MAX_KERNEL_SIZE))
    name = f"{cols}x{rows}"
    anchor = _centre_anchor(rows, cols)
    if size["col"] is not None:
        anchor = (int(size["row"]), int(size["col"]))
        if anchor[0] >= rows or anchor[1] >= cols:
            raise KernelError(translate("errors", "the origin +{size_col}+{size_row} lies outside "
                                                  "the {name} kernel; +X+Y is a column from 0 to "
                                                  "{last_col} and a row from 0 to {last_row}")
                              .format(size_col=size['col'], size_row=size['row'], name=name,
                                      last_col=cols - 1, last_row=rows - 1))
        if anchor == (rows // 2, cols // 2):
            anchor = None
    # ';' ends an ImageMagick kernel; kernelstudio's row breaks are just separators here.
    tokens = [token for token in _VALUE_SPLIT.split(values.replace(";", " ")) if token]
    if len(tokens) != rows * cols:
        raise KernelError(translate("errors", "{name} needs {value} values, got {tokens}")
                          .format(name=name, value=rows * cols, tokens=len(tokens)))
    weights = [0.0 if token.lower() in _DONT_CARE
               else parse_number(token, translate("errors", "value {index} of {name}")
                                 .format(index=index + 1, name=name))
               for index, token in enumerate(tokens)]
    if all(token.lower() in _DONT_CARE for token in tokens):
        raise KernelError(translate("errors", "every value of the {name} kernel is nan (left "
                                              "out); a kernel needs at least one weight")
                          .format(name=name))
    return as_kernel(np.reshape(weights, (rows, cols))), anchor

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
    if np.ndim(kernel) != 2:  # grids of several slices are never written as one row
        return None
    rows, cols = np.shape(kernel)
    side = _SQUARES.get(cols) if rows == 1 else None
    if side is None:
        return None
    written = kernel_to_text(np.reshape(kernel, (side, side)))
    example = written if len(written) <= 60 else _ROWS_EXAMPLE
    return translate("insight", "read as one row of {cols} values (1×{cols}); for a "
                                "{side}×{side} kernel separate the rows with ';', as in "
                                "\"{example}\"").format(cols=cols, side=side, example=example)


#: Decimals up to this long are written as they are, not as a fraction.
_SHORT_DECIMAL = 8




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
    as the shortest decimal that reads back to the same float. A kernel per channel or
    across channels is its grids separated by ``|`` and ``||`` (with `multiline`, on lines
    of their own).

    Examples
    --------
    >>> kernel_to_text([[1 / 16, 1 / 8], [0, -1]])
    '1/16 1/8; 0 -1'
    >>> kernel_to_text(np.ones((2, 2, 1, 1)))
    '1 | 1 || 1 | 1'
    """
    weights = as_kernels(kernel)
    if weights.ndim > 2:
        return _each_grid(weights, lambda grid: kernel_to_text(grid, multiline=multiline),
                          multiline)
    cells = [[_format_weight(value) for value in row] for row in weights]
    if not multiline:
        return "; ".join(" ".join(row) for row in cells)
    width = max(len(cell) for row in cells for cell in row)
    return "\n".join(" ".join(cell.rjust(width) for cell in row) for row in cells)


def _each_grid(weights: np.ndarray, write, multiline: bool) -> str:
    """Each grid of `weights` written by `write`, separated by ``|`` (the grids of one
    output channel) and ``||`` (output channels), on lines of their own with `multiline`."""
    if weights.ndim == 2:
        return write(weights)
    between = ("\n|\n", "\n||\n") if multiline else (" | ", " || ")
    return between[weights.ndim - 3].join(_each_grid(part, write, multiline)
                                          for part in weights)


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


def kernel_to_magick(kernel, anchor: tuple[int, int] | None = None, *,
                     multiline: bool = False) -> str:
    """Write a kernel as ImageMagick's ``WIDTHxHEIGHT+X+Y: values``, which ImageMagick and
    `parse_kernel_spec` both read back exactly, anchor included.

    `anchor` is a (row, col) cell, None for kernelstudio's centre ``(kh // 2, kw // 2)``.
    Values are decimals (ImageMagick reads no fractions); rows are separated by a space,
    or with `multiline` each written on a line of its own. A kernel per channel or across
    channels is one string per grid, separated as `kernel_to_text` separates them (which
    `parse_kernel_spec` reads; ImageMagick does not).

    Examples
    --------
    >>> kernel_to_magick([[1, 2], [3, 0.5]])
    '2x2+1+1: 1,2 3,0.5'
    """
    weights = as_kernels(kernel)
    if weights.ndim > 2:
        return _each_grid(weights, lambda grid: kernel_to_magick(grid, anchor,
                                                                 multiline=multiline),
                          multiline)
    rows, cols = weights.shape
    row, col = (rows // 2, cols // 2) if anchor is None else anchor
    lines = [",".join(str(int(value)) if value == int(value) else repr(float(value))
                      for value in line) for line in weights]
    return f"{cols}x{rows}+{col}+{row}:" + ("\n" if multiline else " ").join(["", *lines])
