"""Kernels as plain data: validation, OpenCV's Gaussian, and the kernel text format."""

from __future__ import annotations

import re
from fractions import Fraction

import numpy as np

from .errors import KernelError
from .numbers import parse_number, real_number, shown

__all__ = [
    "MAX_KERNEL_SIZE",
    "MAX_WEIGHT",
    "as_kernel",
    "gaussian_kernel",
    "gaussian_weights",
    "kernel_to_numpy",
    "kernel_to_text",
    "normalize_kernel",
    "parse_kernel_text",
    "parse_weight",
    "resize_kernel",
    "single_row_hint",
    "whole_number",
]

#: Largest kernel side accepted anywhere (the window, recipes, the command line, the API).
MAX_KERNEL_SIZE = 255
#: Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size.
MAX_WEIGHT = 1e9


def as_kernel(weights) -> np.ndarray:
    """Return `weights` as a validated, read-only, C-contiguous float64 kernel.

    Parameters
    ----------
    weights : array_like
        A 2-D grid of real numbers, rows × columns, any size from 1×1 to
        ``MAX_KERNEL_SIZE`` on each side; odd, even and rectangular are all fine.

    Raises
    ------
    KernelError
        If the weights are not a non-empty 2-D grid of finite numbers within ±``MAX_WEIGHT``.

    Examples
    --------
    >>> as_kernel([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]).shape
    (3, 3)
    """
    try:
        raw = np.asarray(weights)
    except ValueError:  # ragged nested lists, or nested deeper than NumPy goes
        raise KernelError("a kernel must be a 2-D grid (rows × columns) whose rows all have "
                          "the same length") from None
    if raw.dtype.kind == "c":
        raise KernelError("kernel weights must be real numbers, not complex")
    if raw.dtype.kind in "USa":
        raise KernelError("kernel weights must be numbers, not text")
    if raw.dtype.kind == "b":
        raise KernelError("kernel weights must be numbers, not true or false")
    if raw.dtype.kind not in "iuf":  # objects: numbers beyond 64 bits, None, mixtures
        raise KernelError(f"kernel weights must be numbers within ±{MAX_WEIGHT:g}")
    if raw.ndim != 2:
        got = f"shape {raw.shape}" if raw.ndim < 4 else f"{raw.ndim} dimensions"
        raise KernelError(f"a kernel must be a 2-D grid (rows × columns), got {got}")
    if raw.size == 0:
        raise KernelError(f"a kernel needs at least one weight, got shape {raw.shape}")
    if max(raw.shape) > MAX_KERNEL_SIZE:
        rows, cols = raw.shape
        raise KernelError(
            f"a {rows}×{cols} kernel is too large; each side may be at most {MAX_KERNEL_SIZE}"
        )
    kernel = np.array(raw, dtype=np.float64, order="C")
    bad = ~np.isfinite(kernel)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise KernelError(
            f"kernel weight at row {row + 1}, column {col + 1} is {kernel[row, col]}; "
            "weights must be finite numbers"
        )
    big = np.abs(kernel) > MAX_WEIGHT
    if big.any():
        row, col = np.argwhere(big)[0]
        raise KernelError(
            f"kernel weight at row {row + 1}, column {col + 1} is {kernel[row, col]:g}; "
            f"weights must lie between -{MAX_WEIGHT:g} and {MAX_WEIGHT:g}"
        )
    kernel.flags.writeable = False
    return kernel


def normalize_kernel(kernel) -> np.ndarray:
    """Scale a kernel so that its weights sum to 1 (flat areas keep their brightness).

    A zero-sum kernel (an edge detector) cannot sum to 1; it is scaled so that its positive
    weights sum to 1 instead, which keeps its shape.

    Raises
    ------
    KernelError
        For a bad kernel, or one whose weights are all 0.

    Examples
    --------
    >>> normalize_kernel([[1, 2, 1]]).tolist()
    [[0.25, 0.5, 0.25]]
    >>> normalize_kernel([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])[:, 2].tolist()
    [0.25, 0.5, 0.25]
    """
    weights = as_kernel(kernel)
    size = float(np.abs(weights).sum())
    if size == 0:
        raise KernelError("an all-zero kernel cannot be normalized")
    total = float(weights.sum())
    # Relative to the weights' size: a kernel of tiny weights of one sign is not zero-sum.
    if abs(total) <= 1e-9 * size:
        total = float(weights[weights > 0].sum())
    return as_kernel(weights / total)


def whole_number(value, what: str, error: type[Exception] = KernelError) -> int:
    """`value` as an int if it is a whole number (an integer, not a bool), else `error`."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise error(f"{what} must be a whole number, got {shown(value)}")
    return int(value)


def _check_size(size, what: str = "size") -> int:
    size = whole_number(size, what)
    if not 1 <= size <= MAX_KERNEL_SIZE:
        raise KernelError(f"{what} must be between 1 and {MAX_KERNEL_SIZE}, got {size}")
    return size


def resize_kernel(kernel, rows, cols) -> np.ndarray:
    """`kernel` grown with zeros or cropped at the rim to `rows` × `cols`.

    The centre cell (the default anchor, ``(kh // 2, kw // 2)``) stays the centre cell
    ``(rows // 2, cols // 2)`` of the result, so a filter keeps its position while its
    size is edited; weights beyond the new rim are dropped.

    Raises
    ------
    KernelError
        For a bad kernel, or a size that is not a whole number from 1 to
        ``MAX_KERNEL_SIZE``.

    Examples
    --------
    >>> resize_kernel([[1, 2, 3]], 3, 5).tolist()
    [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 2.0, 3.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0]]
    >>> resize_kernel(np.arange(9).reshape(3, 3), 2, 2).tolist()
    [[0.0, 1.0], [3.0, 4.0]]
    """
    weights = as_kernel(kernel)
    rows, cols = _check_size(rows, "rows"), _check_size(cols, "columns")
    out = np.zeros((rows, cols))
    kh, kw = weights.shape
    top, left = rows // 2 - kh // 2, cols // 2 - kw // 2
    src_top, src_left = max(0, -top), max(0, -left)
    dst_top, dst_left = max(0, top), max(0, left)
    height = min(kh - src_top, rows - dst_top)
    width = min(kw - src_left, cols - dst_left)
    out[dst_top : dst_top + height, dst_left : dst_left + width] = (
        weights[src_top : src_top + height, src_left : src_left + width]
    )
    return as_kernel(out)


# OpenCV's fixed tables for sigma <= 0 (imgproc, getGaussianKernelBitExact), as exact fractions.
_FIXED_GAUSSIANS = {
    1: np.array([1.0]),
    3: np.array([1, 2, 1]) / 4,
    5: np.array([1, 4, 6, 4, 1]) / 16,
    7: np.array([2, 7, 14, 18, 14, 7, 2]) / 64,
    9: np.array([4, 13, 30, 51, 60, 51, 30, 13, 4]) / 256,
}


#: exp(-0.5 / sigma²) of the nearest tail is 0 in float64 for any sigma below this.
_SMALLEST_SIGMA = 0.01


def gaussian_weights(size: int, sigma: float = 0.0) -> np.ndarray:
    """Return the 1-D Gaussian weights OpenCV's ``getGaussianKernel(size, sigma)`` returns.

    For ``sigma <= 0`` OpenCV uses fixed binomial-like tables for sizes 1, 3, 5, 7 and 9
    and ``sigma = 0.15 * size + 0.35`` otherwise. Weights sum to 1. Even sizes follow
    OpenCV's rule too (its two middle taps are equal).
    """
    size = _check_size(size)
    sigma = real_number(sigma, "sigma")
    if sigma <= 0 and size in _FIXED_GAUSSIANS:
        return _FIXED_GAUSSIANS[size].copy()
    if sigma <= 0:
        sigma = 0.15 * size + 0.35
    # Below this the tails are all 0 anyway, and sigma * sigma would reach 0.
    sigma = max(sigma, _SMALLEST_SIGMA)
    half = (size - 1) // 2
    # OpenCV works with doubled offsets (x = 2 * distance) so that even sizes stay integral.
    doubled = np.arange(1 - size, 1 - size + 2 * half, 2, dtype=np.float64)
    tails = np.exp(doubled * doubled * (-0.125 / (sigma * sigma)))
    middle_taps = 2 - size % 2
    scale = 1.0 / (2 * tails.sum() + middle_taps)
    weights = np.empty(size)
    weights[:half] = tails * scale
    weights[size - half :] = tails[::-1] * scale
    weights[half : size - half] = scale
    return weights


def gaussian_kernel(size: int, sigma: float = 0.0) -> np.ndarray:
    """Return the ``size``×``size`` Gaussian kernel OpenCV builds from ``getGaussianKernel``.

    Parameters
    ----------
    size : int
        Side of the square kernel, 1 to ``MAX_KERNEL_SIZE``.
    sigma : float, optional
        Standard deviation in pixels. ``sigma <= 0`` follows OpenCV's rule: fixed tables for
        sizes 1, 3, 5, 7 and 9, otherwise ``sigma = 0.15 * size + 0.35``.

    Returns
    -------
    ndarray of float64
        The outer product of the 1-D weights with themselves; the weights sum to 1.

    Examples
    --------
    >>> gaussian_kernel(3) * 16
    array([[1., 2., 1.],
           [2., 4., 2.],
           [1., 2., 1.]])
    """
    weights = gaussian_weights(size, sigma)
    return np.outer(weights, weights)


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
