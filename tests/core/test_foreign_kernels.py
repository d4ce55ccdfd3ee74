"""ImageMagick's and G'MIC's kernel strings, read as the programs themselves read them."""

import re

import numpy as np
import pytest
from peers import GMIC, MAGICK, gmic_matrix, have, magick_kernel, needs

from kernelstudio.core import (
    KernelError,
    kernel_to_magick,
    parse_kernel_spec,
    parse_kernel_text,
)

SIXTEEN = " ".join(str(value) for value in range(1, 17))
MAGICK_STRINGS = [
    "3x3: 0,-1,0 -1,5,-1 0,-1,0",
    f"4x4+2+2: {SIXTEEN}",  # even, with an origin that is kernelstudio's centre
    f"4x4: {SIXTEEN}",  # even, ImageMagick's own origin (1, 1)
    f"4x4+0+3: {SIXTEEN}",  # X is a column, Y a row
    "3x2+2+1: 1 2 3 4 5 6",
    "2x3:1,2 3,4\n5,6",
    "3: 1 2 3 4 5 6 7 8 9",  # one number: a square
    "3x: 1 2 3 4 5 6 7 8 9",
    "5x1: 1 nan 2 - 3",  # "don't care" cells
    "3x1+0+0: 1e1,.5,-2",
    "1x1: 7",
    "2x2+1+0: 0.3333333333 0.1 -0.25 1e-7",
    " 3x1 : 1 2 3 ;",
]


@needs(MAGICK)
@pytest.mark.parametrize("text", MAGICK_STRINGS)
def test_magick_strings_read_as_imagemagick_reads_them(text):
    weights, anchor = parse_kernel_spec(text)
    theirs, origin = magick_kernel(text)
    # A cell ImageMagick leaves out of the sum adds what a weight of 0 adds.
    np.testing.assert_array_equal(weights, np.nan_to_num(theirs, nan=0.0))
    rows, cols = weights.shape
    assert (anchor or (rows // 2, cols // 2)) == origin
    np.testing.assert_array_equal(parse_kernel_text(text), weights)


@pytest.mark.parametrize(("text", "anchor"), [
    (f"4x4: {SIXTEEN}", (1, 1)),  # ImageMagick's default, not kernelstudio's (2, 2)
    (f"4x4+2+2: {SIXTEEN}", None),  # kernelstudio's own centre
    ("3x3+1+1: 1 2 3 4 5 6 7 8 9", None),
    ("3x3+0+2: 1 2 3 4 5 6 7 8 9", (2, 0)),
    ("2x1: 1 2", (0, 0)),
    ("0 -1 0; -1 5 -1; 0 -1 0", None),
])
def test_the_anchor_is_given_only_where_it_is_not_the_centre(text, anchor):
    assert parse_kernel_spec(text)[1] == anchor


@needs(MAGICK)
@pytest.mark.parametrize(("kernel", "anchor"), [
    ([[1, 2], [3, 0.5]], None),
    ([[0.1, -1 / 3, 7]], (0, 2)),
    (np.arange(12.0).reshape(4, 3), (3, 0)),
])
def test_written_magick_strings_read_back_exactly_in_imagemagick_too(kernel, anchor):
    for multiline in (False, True):
        text = kernel_to_magick(kernel, anchor, multiline=multiline)
        weights, origin = magick_kernel(text)
        np.testing.assert_array_equal(weights, kernel)
        rows, cols = np.shape(kernel)
        assert origin == (anchor or (rows // 2, cols // 2))
        read, read_anchor = parse_kernel_spec(text)
        np.testing.assert_array_equal(read, kernel)
        assert read_anchor == anchor


@pytest.mark.parametrize(("text", "message", "imagemagick_refuses"), [
    ("3x3: 1 2 3 4 5 6 7 8", "3x3 needs 9 values, got 8", True),
    ("3x1: 1 2 3 4", "3x1 needs 3 values, got 4", True),
    ("3x3+3+0: 1 2 3 4 5 6 7 8 9", "the origin +3+0 lies outside the 3x3 kernel", True),
    ("2x1: nan -", "every value of the 2x1 kernel is nan", True),
    ("x3: 1 2 3 4 5 6 7 8 9", "'x3' before ':' is not a kernel size", True),
    ("3x1: 1 a 3", "'a' (value 2 of 3x1) is not a number", False),  # ImageMagick: 0
    ("3x1: 1 2 3; 3x1: 4 5 6", "ImageMagick kernel lists", False),
    ("3x1>: 1 2 3", "turns the kernel into a list of rotated kernels", False),
    ("Laplacian:2", "named kernels, such as Laplacian, are not read", False),
    ("256x1: 1", "each side may be from 1 to 255", False),
])
def test_bad_magick_strings_say_what_is_wrong(text, message, imagemagick_refuses):
    with pytest.raises(KernelError, match=re.escape(message)):
        parse_kernel_spec(text)
    if imagemagick_refuses and have(MAGICK):
        with pytest.raises(Exception, match="returned non-zero"):
            magick_kernel(text)


def test_a_bare_list_stays_one_row_as_kernelstudio_text():
    # ImageMagick would make a 3×3 of nine values without "3x3:"; kernelstudio's own text
    # has always read them as one row (and says how to write rows).
    weights, anchor = parse_kernel_spec("1,2,1,2,4,2,1,2,1")
    assert weights.shape == (1, 9)
    assert anchor is None


@pytest.mark.parametrize(("text", "expected", "anchor"), [
    ("(0,-1,0;-1,5,-1;0,-1,0)", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], None),
    ("(1,2,1)", [[1, 2, 1]], None),
    ("(1;2;1)", [[1], [2], [1]], None),
    ("(1,2;3,4)", [[1, 2], [3, 4]], (0, 0)),  # G'MIC's correlate anchors even sides so
    ("(0.5,-0.25,1;1e1,0,2)", [[0.5, -0.25, 1], [10, 0, 2]], (0, 1)),
])
def test_gmic_matrices_read_as_gmic_makes_them(tmp_path, text, expected, anchor):
    weights, read_anchor = parse_kernel_spec(text)
    np.testing.assert_array_equal(weights, np.array(expected, dtype=float))
    assert read_anchor == anchor
    if have(GMIC):
        np.testing.assert_array_equal(gmic_matrix(text, tmp_path / "k.asc"), weights)


@pytest.mark.parametrize(("text", "message"), [
    ("(1,2^3,4)", "G'MIC's '^' starts another channel"),
    ("(1,2;3)", "row 2 has 1 value but row 1 has 2"),
    ("()", "empty"),
])
def test_bad_gmic_matrices_say_what_is_wrong(text, message):
    with pytest.raises(KernelError, match=re.escape(message)):
        parse_kernel_spec(text)
