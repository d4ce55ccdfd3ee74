"""Kernel validation, OpenCV's Gaussian, and the kernel text format."""

import functools
import re

import cv2
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kernelstudio.core import (
    KernelError,
    KernelTextError,
    as_kernel,
    gaussian_kernel,
    gaussian_weights,
    kernel_to_numpy,
    kernel_to_text,
    parse_kernel_text,
    parse_weight,
    resize_kernel,
    single_row_hint,
)


@pytest.mark.parametrize("sigma", [0.0, -1.0, 0.3, 0.8, 1.5, 4.0, 12.0])
@pytest.mark.parametrize("size", range(1, 32))
def test_gaussian_equals_opencv_outer_product(size, sigma):
    column = cv2.getGaussianKernel(size, sigma, ktype=cv2.CV_64F)
    # atol only forgives denormals (~1e-320) in far tails where OpenCV's softfloat exp gives 0.
    np.testing.assert_allclose(gaussian_kernel(size, sigma), column @ column.T, rtol=1e-13,
                               atol=1e-300)
    assert gaussian_weights(size, sigma).sum() == pytest.approx(1.0, abs=1e-14)


@pytest.mark.parametrize(("size", "sigma"), [(0, 0), (256, 0), (2.5, 0), (True, 0), (3, np.nan)])
def test_gaussian_refuses_bad_arguments(size, sigma):
    with pytest.raises(KernelError):
        gaussian_kernel(size, sigma)


def test_as_kernel_copies_and_is_read_only():
    source = np.ones((3, 3))
    kernel = as_kernel(source)
    source[1, 1] = 7
    assert kernel[1, 1] == 1
    assert not kernel.flags.writeable
    assert kernel.dtype == np.float64


@pytest.mark.parametrize(("weights", "message"), [
    ([[1, 2**64]], r"must be numbers within ±1e\+09"),
    ([["1", "2"]], "must be numbers, not text"),
    ([[None, 1]], "must be numbers within"),
    ([[True, False]], "not true or false"),
    (functools.reduce(lambda inner, _: [inner], range(900), 1), "rows all have the same"),
])
def test_as_kernel_says_what_is_wrong_in_plain_words(weights, message):
    with pytest.raises(KernelError, match=message) as caught:
        as_kernel(weights)
    assert "dtype" not in str(caught.value)
    assert "<U" not in str(caught.value)


def test_as_kernel_names_the_bad_cell():
    with pytest.raises(KernelError, match="row 2, column 3"):
        as_kernel([[0, 0, 0], [0, 0, np.nan]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0 -1 0; -1 5 -1; 0 -1 0", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
        ("0,-1,0\n-1,5,-1\n0,-1,0\n", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
        ("1/16, 2/16, 1/16; 2/16, 4/16, 2/16; 1/16, 2/16, 1/16",
         np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16),
        ("  1\t2 ;; 3   4 ;", [[1, 2], [3, 4]]),
        ("\u22121 0 1", [[-1, 0, 1]]),
        ("-1/8 1e-1 .5", [[-0.125, 0.1, 0.5]]),
        ("[[1, 2], [3, 4]]", [[1, 2], [3, 4]]),
        ("np.array([[ 0., -1.],\n       [ 2.,  3.]])", [[0, -1], [2, 3]]),
        ("array([[1, 2]], dtype=float32)", [[1, 2]]),
        ("7", [[7]]),
    ],
)
def test_parse_kernel_text(text, expected):
    np.testing.assert_array_equal(parse_kernel_text(text), np.array(expected, dtype=float))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (" ; \n ", "empty"),
        ("1 2 3; 4 5", "row 2 has 2 values but row 1 has 3"),
        ("1 x 3", r"'x' \(row 1, column 2\) is not a number"),
        ("1 2; 3 1/0", "divides by zero"),
        ("nan 1", "not a finite number"),
        ("inf", "not a finite number"),
        ("1e400", "not a finite number"),
        ("[[1, 2], 3]", "brackets"),
        ("1/2/3", "not a number"),
    ],
)
def test_parse_kernel_text_errors_say_what_is_wrong(text, message):
    with pytest.raises(KernelError, match=message):
        parse_kernel_text(text)


def test_parse_refuses_non_text():
    with pytest.raises(KernelError, match="string"):
        parse_kernel_text(None)


def test_kernel_text_writes_fractions_and_whole_numbers():
    assert kernel_to_text(gaussian_kernel(3)) == "1/16 1/8 1/16; 1/8 1/4 1/8; 1/16 1/8 1/16"
    assert kernel_to_text([[0, -1.0], [2.5, 1 / 3]]) == "0 -1; 5/2 1/3"
    assert kernel_to_text([[1, 10], [-2, 3]], multiline=True) == " 1 10\n-2  3"


@given(st.lists(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=3, max_size=3),
                min_size=1, max_size=4))
def test_kernel_text_round_trips_exactly(rows):
    kernel = np.array(rows)
    np.testing.assert_array_equal(parse_kernel_text(kernel_to_text(kernel)), kernel)
    multiline = kernel_to_text(kernel, multiline=True)
    np.testing.assert_array_equal(parse_kernel_text(multiline), kernel)


@given(st.lists(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=2),
                min_size=1, max_size=3))
def test_kernel_as_numpy_evaluates_and_parses_back_exactly(rows):
    kernel = np.array(rows)
    expression = kernel_to_numpy(kernel)
    assert expression.startswith("np.array([[")
    np.testing.assert_array_equal(eval(expression, {"np": np}), kernel)
    np.testing.assert_array_equal(parse_kernel_text(expression), kernel)


def resized_by_cells(kernel: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Each cell of the result looked up in the kernel, centre cell on centre cell."""
    kh, kw = kernel.shape
    out = np.zeros((rows, cols))
    for row in range(rows):
        for col in range(cols):
            source = row - rows // 2 + kh // 2, col - cols // 2 + kw // 2
            if 0 <= source[0] < kh and 0 <= source[1] < kw:
                out[row, col] = kernel[source]
    return out


@given(st.integers(1, 9), st.integers(1, 9), st.integers(1, 9), st.integers(1, 9))
def test_resize_kernel_keeps_the_centre_cell_where_it_was(kh, kw, rows, cols):
    kernel = np.arange(1, kh * kw + 1, dtype=float).reshape(kh, kw)
    resized = resize_kernel(kernel, rows, cols)
    np.testing.assert_array_equal(resized, resized_by_cells(kernel, rows, cols))
    assert resized[rows // 2, cols // 2] == kernel[kh // 2, kw // 2]
    assert not resized.flags.writeable
    if rows >= kh and cols >= kw:  # growing loses nothing, so shrinking back restores it
        np.testing.assert_array_equal(resize_kernel(resized, kh, kw), kernel)


def test_resize_kernel_reaches_the_largest_size():
    assert resize_kernel([[1.0]], 255, 1).shape == (255, 1)


@pytest.mark.parametrize(("kernel", "rows", "cols", "message"), [
    ([[1.0]], 0, 3, "rows must be between 1 and 255, got 0"),
    ([[1.0]], 3, 256, "columns must be between 1 and 255, got 256"),
    ([[1.0]], 2.0, 3, "rows must be a whole number"),
    ([[1.0]], 3, True, "columns must be a whole number"),
    ([[np.nan]], 3, 3, "finite"),
    ([1.0, 2.0], 3, 3, "2-D grid"),
])
def test_resize_kernel_refuses_bad_kernels_and_sizes(kernel, rows, cols, message):
    with pytest.raises(KernelError, match=re.escape(message)):
        resize_kernel(kernel, rows, cols)


@pytest.mark.parametrize("side", [3, 5, 7])
def test_a_single_row_of_a_square_count_gets_a_hint(side):
    values = np.arange(side * side, dtype=float).reshape(1, -1)
    hint = single_row_hint(values)
    assert hint.startswith("read as")
    assert f"one row of {side * side} values (1×{side * side})" in hint
    assert f"for a {side}×{side} kernel separate the rows with ';'" in hint


@pytest.mark.parametrize("shape", [(1, 3), (1, 10), (3, 3), (9, 1), (2, 9), (1, 81)])
def test_other_shapes_get_no_hint(shape):
    assert single_row_hint(np.ones(shape)) is None


def test_the_hint_shows_the_values_as_rows_when_that_is_short():
    kernel = parse_kernel_text("1 2 1 2 4 2 1 2 1")
    assert single_row_hint(kernel).endswith('as in "1 2 1; 2 4 2; 1 2 1"')
    long = parse_kernel_text(" ".join(["1/49"] * 49))
    assert single_row_hint(long).endswith('as in "1 2 1; 2 4 2; 1 2 1"')  # an example instead


@pytest.mark.parametrize(("text", "message"), [
    ("abc", "'abc' is not a number"),
    ("1/0", "'1/0' divides by zero"),
    ("1e400", "'1e400' is not a finite number"),
    ("1e300", "weights must lie between"),
    ("1 2", "'1 2' is not one number"),
    ("9" * 5000, "'999999999999999999999999…' is too long for a number"),
])
def test_one_weight_is_refused_with_a_short_clear_message(text, message):
    with pytest.raises(KernelError, match=re.escape(message)) as caught:
        parse_weight(text)
    assert len(str(caught.value)) < 200


def test_one_weight_takes_numbers_fractions_and_the_typographic_minus():
    assert parse_weight(" 1/16 ") == 0.0625
    assert parse_weight("\u22122.5") == -2.5
    assert parse_weight("3") == 3.0


@pytest.mark.parametrize(("value", "text"), [
    (0.5275, "0.5275"), (1 / 16, "1/16"), (0.1, "0.1"), (1 / 3, "1/3"), (0.5, "1/2"),
    (-0.4204, "-0.4204"), (0.6752, "0.6752"), (0.0016, "0.0016"), (-0.0725, "-0.0725"),
    (3 / 128, "3/128"), (1 / 81, "1/81"), (0.04, "0.04"),
])
def test_weights_are_written_in_their_shortest_exact_form(value, text):
    assert kernel_to_text([[value]]) == text
    assert parse_kernel_text(text)[0, 0] == value


# (text, the row and column the error names): a word in a cell, a short row, a long row,
# and faults with no one place (empty text, grids of different sizes).
@pytest.mark.parametrize(("text", "row", "column"), [
    ("1 2 1; 2 x 2; 1 2 1", 2, 2),
    ("1 2 1\n\n2 4 2\n1 2", 3, None),
    ("1 2 1\n" + " ".join(["1"] * 300), 2, None),
    ("1 2; 3 1/0", 2, 2),
    ("", None, None),
    ("1 2 | 1 2; 3 4", None, None),
])
def test_kernel_text_errors_say_where_as_attributes(text, row, column):
    with pytest.raises(KernelError) as caught:
        parse_kernel_text(text)
    where = (caught.value.row, caught.value.column) if isinstance(caught.value,
                                                                  KernelTextError) else (None, None)
    assert where == (row, column)
