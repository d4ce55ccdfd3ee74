"""Kernel insight against references that share none of its code: convolve, a float64 loop
over np.pad, an explicit DFT, OpenCV, scipy and loops written out here."""

import dataclasses
import re
import zlib

import cv2
import numpy as np
import pytest
from references import SCIPY_MODES, loop, padded, random_image, round_saturate
from scipy import ndimage

from kernelstudio.core import (
    BORDERS,
    PRESETS,
    BorderError,
    ImageError,
    KernelError,
    convolve,
    explain_pixel,
    feature_map,
    frequency_response,
    kernel_facts,
    luminance,
    normalize_kernel,
    response_frequencies,
    response_size,
)

PADDED = [border for border in BORDERS if border != "valid"]
DTYPES = [np.uint8, np.uint16, np.float32, np.float64]
BORDER_CASES = [(border, 0.0) for border in BORDERS] + [("constant", 17.4)]
# (shape, integer weights?, anchor)
KERNEL_CASES = [((3, 3), True, None), ((1, 1), True, None), ((4, 4), False, None),
                ((2, 5), False, (1, 0)), ((5, 3), True, (4, 2)), ((3, 6), False, None)]
IMAGE_SHAPES = [(7, 9), (6, 5, 3), (2, 3)]


def some_pixels(rng, shape):
    height, width = shape
    rows, cols = rng.integers(0, height, 6), rng.integers(0, width, 6)
    return [(0, 0), (height - 1, width - 1), *zip(rows.tolist(), cols.tolist(), strict=True)]


def test_textbook_example_in_full():
    image = np.arange(25).reshape(5, 5)
    explain = explain_pixel(image, np.arange(9).reshape(3, 3), 1, 1)
    assert explain.total == 312
    assert explain.window.tolist() == [[0, 1, 2], [5, 6, 7], [10, 11, 12]]
    assert explain.products.tolist() == [[0, 1, 4], [15, 24, 35], [60, 77, 96]]
    assert explain.value == 312
    assert explain.value.dtype == image.dtype
    assert (explain.top, explain.left, explain.rows.tolist()) == (0, 0, [0, 1, 2])
    assert not explain.outside.any()
    assert explain_pixel(image, np.arange(9).reshape(3, 3), 0, 0, border="valid").total == 312
    with pytest.raises(dataclasses.FrozenInstanceError):
        explain.row = 0
    for array in (explain.window, explain.products, explain.rows, explain.outside):
        assert not array.flags.writeable


@pytest.mark.parametrize("kernel_case", KERNEL_CASES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize(("border", "cval"), BORDER_CASES)
def test_explanation_matches_convolve_and_references(border, cval, dtype, kernel_case):
    kernel_shape, integer, anchor = kernel_case
    kh, kw = kernel_shape
    rng = np.random.default_rng(zlib.crc32(f"{border}{cval}{dtype}{kernel_case}".encode()))
    if integer:
        kernel = rng.integers(-4, 5, kernel_shape).astype(np.float64)
    else:  # small sums, so float32 round-off stays far below the 1e-3 allowed near ties
        kernel = rng.normal(size=kernel_shape) / (kh * kw)
    fill = cval if np.dtype(dtype).kind == "f" else float(round_saturate(cval, dtype))
    for shape in IMAGE_SHAPES:
        if border == "valid" and (shape[0] < kh or shape[1] < kw):
            continue
        image = random_image(rng, shape, dtype)
        result = convolve(image, kernel, border=border, cval=cval, anchor=anchor)
        exact = loop(image, kernel, border, fill, anchor)
        bordered = padded(image, kernel_shape, border, fill, anchor)
        weights = kernel if image.ndim == 2 else kernel[..., None]
        for row, col in some_pixels(rng, result.shape[:2]):
            explain = explain_pixel(image, kernel, row, col, border=border, cval=cval,
                                    anchor=anchor)
            window = bordered[row : row + kh, col : col + kw]
            np.testing.assert_array_equal(explain.window, window)
            np.testing.assert_allclose(explain.products, window * weights, rtol=1e-15)
            np.testing.assert_allclose(explain.total, exact[row, col], rtol=1e-12, atol=1e-9)
            value, stored = np.asarray(explain.value), result[row, col]
            assert value.dtype == dtype
            assert value.shape == np.shape(stored) == np.shape(explain.total)
            assert isinstance(explain.total, np.float64 if image.ndim == 2 else np.ndarray)
            if np.dtype(dtype).kind == "f":
                tolerance = 1e-4 if dtype == np.float32 else 1e-12
                np.testing.assert_allclose(value, stored, rtol=tolerance, atol=tolerance)
                continue
            np.testing.assert_array_equal(value, round_saturate(exact[row, col], dtype))
            if integer:
                np.testing.assert_array_equal(value, stored)
                continue
            # convolve sums in float32 for uint8: only a total this close to a tie may differ.
            difference = np.abs(value.astype(np.int64) - stored.astype(np.int64))
            total = np.asarray(explain.total)
            near_tie = np.abs(total - np.floor(total) - 0.5) <= 1e-3
            assert difference.max() <= 1
            assert (near_tie | (difference == 0)).all()


# reflect101 reads gfedcb|abcdefgh, reflect fedcba|abcdefgh; constant reads the fill instead.
@pytest.mark.parametrize(("border", "rows", "cols"), [
    ("reflect101", [1, 0, 1], [1, 0, 1]), ("reflect", [0, 0, 1], [0, 0, 1]),
    ("replicate", [0, 0, 1], [0, 0, 1]), ("wrap", [4, 0, 1], [5, 0, 1]),
    ("constant", [0, 0, 1], [0, 0, 1])])
def test_top_left_corner_reads_what_the_border_rule_says(border, rows, cols):
    image = np.arange(30, dtype=np.uint8).reshape(5, 6)
    explain = explain_pixel(image, np.ones((3, 3)), 0, 0, border=border, cval=200.4)
    assert (explain.top, explain.left) == (-1, -1)
    assert (explain.rows.tolist(), explain.cols.tolist()) == (rows, cols)
    outside = [[True] * 3, [True, False, False], [True, False, False]]
    assert explain.outside.tolist() == outside
    expected = image[np.ix_(rows, cols)].astype(float)
    if border == "constant":
        expected[np.array(outside)] = 200
    np.testing.assert_array_equal(explain.window, expected)


@pytest.mark.parametrize(("border", "rows", "cols"), [
    ("reflect101", [2, 3, 4, 3], [3, 4, 5, 4]), ("wrap", [2, 3, 4, 0], [3, 4, 5, 0]),
    ("replicate", [2, 3, 4, 4], [3, 4, 5, 5])])
def test_bottom_right_corner_of_an_even_kernel(border, rows, cols):
    explain = explain_pixel(np.zeros((5, 6)), np.ones((4, 4)), 4, 5, border=border)
    assert (explain.top, explain.left) == (2, 3)  # anchor (2, 2)
    assert (explain.rows.tolist(), explain.cols.tolist()) == (rows, cols)
    assert explain.outside.tolist() == [[False] * 3 + [True]] * 3 + [[True] * 4]


def test_valid_output_pixel_starts_its_window_there():
    image = np.arange(30.0).reshape(5, 6)
    explain = explain_pixel(image, np.ones((3, 3)), 2, 3, border="valid", anchor=(0, 2))
    assert (explain.top, explain.left) == (2, 3)
    assert (explain.rows.tolist(), explain.cols.tolist()) == ([2, 3, 4], [3, 4, 5])
    assert explain.total == image[2:5, 3:6].sum()


@pytest.mark.parametrize(("row", "col", "border", "message"), [
    (9, 2, "reflect101", "pixel (row 9, column 2) lies outside the 5×5 result"),
    (-1, 0, "wrap", "pixel (row -1, column 0) lies outside the 5×5 result"),
    (3, 0, "valid", "pixel (row 3, column 0) lies outside the 3×3 result"),
    (True, 0, "reflect101", "row must be a whole number, got True"),
    (1, 2.0, "reflect101", "column must be a whole number, got 2.0"),
    ("1", 0, "reflect101", "row must be a whole number, got '1'")])
def test_bad_pixels_raise_image_error(row, col, border, message):
    with pytest.raises(ImageError, match=re.escape(message)):
        explain_pixel(np.zeros((5, 5)), np.ones((3, 3)), row, col, border=border)


@pytest.mark.parametrize(("arguments", "error", "message"), [
    ({"border": "mirror"}, BorderError, "unknown border"),
    ({"kernel": [[1, np.nan]]}, KernelError, "finite"),
    ({"kernel": [1, 2, 3]}, KernelError, "2-D"),
    ({"anchor": (3, 0)}, KernelError, "outside the 3×3 kernel"),
    ({"cval": "grey"}, KernelError, "cval must be a number"),
    ({"image": np.zeros(5)}, ImageError, "2-D"),
    ({"image": np.zeros((2, 5)), "border": "valid"}, KernelError, "at least as large")])
def test_bad_arguments_raise_the_library_errors(arguments, error, message):
    given = {"image": np.zeros((5, 5)), "kernel": np.ones((3, 3)), **arguments}
    with pytest.raises(error, match=message):
        explain_pixel(given.pop("image"), given.pop("kernel"), 1, 1, **given)


def explicit_dft(kernel, size):
    """|DFT| of the kernel zero-padded to size × size, by sums of complex exponentials.

    Frequencies run from -(size // 2) up, so the zero frequency is at index size // 2.
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    frequencies = np.arange(size) - size // 2
    down = np.exp(-2j * np.pi * np.outer(frequencies, np.arange(kernel.shape[0])) / size)
    across = np.exp(-2j * np.pi * np.outer(frequencies, np.arange(kernel.shape[1])) / size)
    return np.abs(down @ kernel @ across.T)


@pytest.mark.parametrize("size", [5, 8, 9, 64])
@pytest.mark.parametrize("kernel", [
    PRESETS["sobel"].kernel(), PRESETS["sharpen"].kernel(), PRESETS["gaussian"].kernel(),
    np.random.default_rng(4).normal(size=(3, 5)), [[2.5]]],
    ids=["sobel", "sharpen", "gaussian", "random 3x5", "1x1"])
def test_frequency_response_is_the_dft_magnitude(kernel, size):
    response = frequency_response(kernel, size)
    assert response.dtype == np.float64
    assert response.shape == (size, size)
    np.testing.assert_allclose(response, explicit_dft(kernel, size), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("size", [7, 64])
def test_frequency_response_of_presets_says_what_they_pass(size):
    middle = size // 2
    box = frequency_response(PRESETS["box"].kernel(), size)
    assert box[middle, middle] == pytest.approx(1.0, abs=1e-12)  # the sum of the weights
    assert box.max() == pytest.approx(1.0, abs=1e-12)  # a low-pass passes flat areas most
    laplacian = frequency_response(PRESETS["laplacian"].kernel(), size)
    assert laplacian[middle, middle] == pytest.approx(0.0, abs=1e-12)
    sobel_top = frequency_response(PRESETS["sobel"].kernel(direction="top"), size)
    np.testing.assert_allclose(sobel_top[middle], 0.0, atol=1e-12)  # no vertical change
    assert sobel_top.max() > 1


@pytest.mark.parametrize("size", [1, 2, 7, 8, 1024])
def test_response_frequencies_are_cycles_per_pixel(size):
    frequencies = response_frequencies(size)
    np.testing.assert_allclose(frequencies, (np.arange(size) - size // 2) / size, atol=1e-15)
    assert frequencies[size // 2] == 0


@pytest.mark.parametrize(("size", "message"), [
    (2, "between 3 (the kernel's longer side) and 1024, got 2"), (1025, "got 1025"),
    (True, "whole number"), (64.0, "whole number"), ("64", "whole number")])
def test_bad_response_sizes_raise_kernel_error(size, message):
    with pytest.raises(KernelError, match=re.escape(message)):
        frequency_response(np.ones((3, 2)), size)
    if size != 2:
        with pytest.raises(KernelError):
            response_frequencies(size)


@pytest.mark.parametrize(("shape", "size"), [
    ((1, 1), 64), ((3, 3), 64), ((64, 2), 64), ((65, 1), 128), ((3, 128), 128),
    ((129, 129), 256), ((255, 7), 256)])
def test_response_size_is_64_or_the_power_of_two_holding_the_kernel(shape, size):
    kernel = np.ones(shape)
    assert response_size(kernel) == size
    response = frequency_response(kernel)
    assert response.shape == (size, size)
    np.testing.assert_array_equal(response, frequency_response(kernel, size))


def test_response_size_checks_the_kernel():
    with pytest.raises(KernelError):
        response_size(np.ones((3, 256)))


SHARPEN = "Sharpen (high-boost): the photo plus its edges"
BLUR = "Blur (low-pass): a weighted average of the neighbourhood"
LAPLACIAN = "Laplacian-like edge detector: outlines edges in every direction"
HORIZONTAL = "Edge detector for horizontal edges (brightness changing from top to bottom)"
VERTICAL = "Edge detector for vertical edges (brightness changing from left to right)"
EDGES = "Edge detector (high-pass): flat areas go to 0, changes stand out"
PRESET_DESCRIPTIONS = {
    "identity": "Identity: every pixel stays as it is",
    "box": "Box blur: the plain average of a 3×3 square",
    "emboss": "Emboss: a directional edge added to the photo, so edges look raised",
    "blur": BLUR, "gaussian": BLUR, "motion_blur": BLUR,  # motion_blur is 1×9, all equal
    "binomial": BLUR, "disk": BLUR, "smooth": BLUR, "smooth_more": BLUR,
    "sharpen": SHARPEN, "edge_enhance": SHARPEN, "unsharp": SHARPEN, "detail": SHARPEN,
    "outline": LAPLACIAN, "laplacian": LAPLACIAN, "find_edges": LAPLACIAN,
    "contour": LAPLACIAN,  # its offset 255 turns the black of flat areas white
    "sobel": HORIZONTAL, "prewitt": HORIZONTAL, "scharr": HORIZONTAL,
    "roberts": "Edge detector for diagonal edges",
    "kirsch": EDGES, "log": EDGES, "dog": EDGES,
    "gabor": VERTICAL,  # its default phase makes it odd: an edge across the rows
}
ZERO_SUM = ("sobel", "prewitt", "scharr", "kirsch", "roberts", "outline", "laplacian", "log",
            "dog", "find_edges", "contour", "gabor")


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_is_described_sensibly(name):
    kernel = PRESETS[name].kernel()
    # Pillow's built-ins bring their scale as the step's divisor.
    facts = kernel_facts(kernel, PRESETS[name].options.get("divisor", 1.0))
    assert facts.description == PRESET_DESCRIPTIONS[name]
    assert facts.total == pytest.approx(kernel.sum(), abs=1e-12)
    assert facts.rank == np.linalg.matrix_rank(kernel)
    assert facts.separable == (facts.rank <= 1)
    assert facts.zero_sum == (name in ZERO_SUM)
    assert facts.brightness == ("flat areas go to 0 (black): responds to edges only"
                                if facts.zero_sum else "keeps brightness")


@pytest.mark.parametrize(("direction", "description"), [
    ("top", HORIZONTAL), ("bottom", HORIZONTAL), ("left", VERTICAL), ("right", VERTICAL)])
def test_sobel_directions(direction, description):
    assert kernel_facts(PRESETS["sobel"].kernel(direction=direction)).description == description


def test_separability_and_symmetries():
    for name in ("box", "gaussian", "sobel"):
        assert kernel_facts(PRESETS[name].kernel()).separable, name
    for name in ("sharpen", "outline"):
        assert not kernel_facts(PRESETS[name].kernel()).separable, name
    assert kernel_facts(np.zeros((3, 3))).rank == 0
    sobel = kernel_facts(PRESETS["sobel"].kernel())
    assert sobel.symmetries == ("mirror left-right",)
    assert kernel_facts(PRESETS["sobel"].kernel(direction="left")).symmetries == (
        "mirror top-bottom",)
    assert kernel_facts(PRESETS["gaussian"].kernel()).symmetries == (
        "mirror left-right", "mirror top-bottom", "180° rotation", "transpose")
    assert kernel_facts(PRESETS["emboss"].kernel()).symmetries == ("transpose",)
    assert kernel_facts([[1, 2, 1]]).symmetries == (
        "mirror left-right", "mirror top-bottom", "180° rotation")  # no transpose: not square
    lopsided = kernel_facts([[1, 2], [3, 5]])
    assert (lopsided.symmetries, lopsided.symmetric, sobel.symmetric) == ((), False, True)


@pytest.mark.parametrize(("kernel", "divisor", "brightness"), [
    ([[1.6]], 1, "brightens by 60%"), ([[0.75]], 1, "darkens by 25%"),
    ([[0.996]], 1, "darkens by 0.4%"), ([[1 / 3]], 1, "darkens by 66.7%"),
    ([[3]], 2, "brightens by 50%"), (np.ones((3, 3)), 9, "keeps brightness"),
    ([[-0.5]], 1, "inverts brightness: flat areas × −0.5"),
    ([[2]], -4, "inverts brightness: flat areas × −0.5"),
    ([[1, -1]], 1, "flat areas go to 0 (black): responds to edges only")])
def test_brightness_in_plain_words(kernel, divisor, brightness):
    assert kernel_facts(kernel, divisor).brightness == brightness


def test_divisor_changes_gain_only():
    plain, divided = kernel_facts(np.ones((3, 3))), kernel_facts(np.ones((3, 3)), 9)
    assert (plain.total, plain.gain, divided.total, divided.gain) == (9, 9, 9, 1)
    assert plain.description == divided.description
    for bad in (0, np.nan, "x"):
        with pytest.raises(KernelError, match="divisor"):
            kernel_facts(np.ones((3, 3)), bad)


@pytest.mark.parametrize(("kernel", "description"), [
    ([[0, 0, 0], [0, 1.5, 0], [0, 0, 0]], "Scales every pixel by 1.5"),
    (np.zeros((3, 3)), "Blank: every pixel becomes 0 (black)"),
    (np.ones((3, 5)), "Box blur: the plain average of a 3×5 rectangle"),
    (-PRESETS["blur"].kernel(), "Inverted blur: minus a weighted average of the neighbourhood"),
    ([[1, 0], [0, -1]], "Edge detector for diagonal edges"),
    ([[1, -1, 0], [0, 1, -1], [0, 0, 0]],
     "Edge detector (high-pass): flat areas go to 0, changes stand out"),
    ([[1, -2, 3]], "Custom: a mix of positive and negative weights")])
def test_other_descriptions(kernel, description):
    assert kernel_facts(kernel).description == description


@pytest.mark.parametrize(("cell", "moved", "description"), [
    ((1, 2), (0, -1), "Shifts the photo by 1 pixel left"),
    ((0, 1), (1, 0), "Shifts the photo by 1 pixel down"),
    ((4, 0), (-2, 2), "Shifts the photo by 2 pixels up and 2 pixels right"),
    ((2, 4), (0, -2), "Shifts the photo by 2 pixels left")])
def test_shift_description_says_where_the_picture_goes(cell, moved, description):
    size = 3 if max(cell) < 3 else 5
    kernel = np.zeros((size, size))
    kernel[cell] = 1
    assert kernel_facts(kernel).description == description
    image = np.zeros((11, 11))
    image[5, 5] = 1
    spot = np.argwhere(convolve(image, kernel, border="constant"))[0]
    assert tuple(spot - 5) == moved


def test_luminance_of_colour_uses_bt601_weights():
    rng = np.random.default_rng(8)
    rgb = random_image(rng, (6, 7, 3), np.uint8)
    expected = (0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]) / 255
    grey = luminance(rgb)
    assert grey.dtype == np.float64
    np.testing.assert_allclose(grey, expected, rtol=1e-12)
    opencv_grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) / 255  # rounded to whole levels
    assert np.abs(grey - opencv_grey).max() <= 0.5 / 255 + 1e-6
    rgba = random_image(rng, (6, 7, 4), np.uint16)
    expected = (0.299 * rgba[..., 0] + 0.587 * rgba[..., 1] + 0.114 * rgba[..., 2]) / 65535
    np.testing.assert_allclose(luminance(rgba), expected, rtol=1e-12)
    rgba[..., 3] = 0  # alpha is ignored
    np.testing.assert_allclose(luminance(rgba), expected, rtol=1e-12)


@pytest.mark.parametrize(("dtype", "full"), [(np.uint8, 255), (np.uint16, 65535),
                                             (np.int16, 32767), (np.float32, 1), (np.float64, 1)])
@pytest.mark.parametrize("shape", [(4, 5), (4, 5, 1), (4, 5, 2)], ids=str)
def test_luminance_of_grey_is_the_grey_channel_scaled(dtype, full, shape):
    image = random_image(np.random.default_rng(9), shape, dtype)
    grey = image if image.ndim == 2 else image[..., 0]
    result = luminance(image)
    assert result.shape == (4, 5)
    np.testing.assert_allclose(result, grey.astype(np.float64) / full, rtol=1e-15)


@pytest.mark.parametrize("image", [np.zeros((3, 3, 5)), np.zeros(4), np.zeros((2, 2), bool)])
def test_luminance_refuses_what_is_not_a_photo(image):
    with pytest.raises(ImageError):
        luminance(image)


def pooled_by_loop(values):
    """2×2 max pooling, stride 2, an odd last row or column dropped."""
    return np.array([[max(values[2 * r + i, 2 * c + j] for i in (0, 1) for j in (0, 1))
                      for c in range(values.shape[1] // 2)] for r in range(values.shape[0] // 2)])


@pytest.mark.parametrize("pool", [False, True])
@pytest.mark.parametrize("relu", [False, True])
@pytest.mark.parametrize("stride", [1, 2, 3])
@pytest.mark.parametrize("border", PADDED)
def test_feature_map_is_correlation_then_stride_relu_pool(border, stride, relu, pool):
    rng = np.random.default_rng(zlib.crc32(f"{border}{stride}".encode()))
    image = rng.random((13, 10))
    kernel = rng.normal(size=(3, 5))
    expected = ndimage.correlate(image, kernel, mode=SCIPY_MODES[border])
    rows, cols = range(0, 13, stride), range(0, 10, stride)
    expected = np.array([[expected[r, c] for c in cols] for r in rows])
    if relu:
        expected = np.where(expected > 0, expected, 0.0)
    if pool:
        expected = pooled_by_loop(expected)
    result = feature_map(image, kernel, relu=relu, stride=stride, pool=pool, border=border)
    assert result.dtype == np.float64
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


def test_feature_map_valid_and_integer_images_stay_unscaled_and_unclipped():
    rng = np.random.default_rng(12)
    image = random_image(rng, (9, 8), np.uint8)
    kernel = rng.normal(size=(4, 3)) * 3
    np.testing.assert_allclose(feature_map(image, kernel, border="valid"),
                               loop(image, kernel, "valid"), rtol=1e-12, atol=1e-9)
    np.testing.assert_array_equal(feature_map(image, [[2]]), image * 2.0)


@pytest.mark.parametrize(("shape", "options", "error", "message"), [
    ((5, 5, 3), {}, ImageError, "2-D grey image"),
    ((5, 5), {"stride": 0}, KernelError, "between 1 and 16, got 0"),
    ((5, 5), {"stride": 17}, KernelError, "between 1 and 16, got 17"),
    ((5, 5), {"stride": True}, KernelError, "whole number"),
    ((5, 5), {"stride": 1.5}, KernelError, "whole number"),
    ((1, 6), {"pool": True}, ImageError, "at least 2×2, got 1×6"),
    ((5, 5), {"pool": True, "stride": 5}, ImageError, "at least 2×2, got 1×1"),
    ((5, 5), {"border": "mirror"}, BorderError, "unknown border")])
def test_feature_map_errors(shape, options, error, message):
    with pytest.raises(error, match=message):
        feature_map(np.zeros(shape), np.ones((3, 3)), **options)


def test_normalize_kernel():
    blur = normalize_kernel([[1, 2, 1], [2, 4, 2], [1, 2, 1]])
    np.testing.assert_allclose(blur * 16, [[1, 2, 1], [2, 4, 2], [1, 2, 1]], rtol=1e-15)
    assert blur.sum() == pytest.approx(1.0, abs=1e-15)
    assert not blur.flags.writeable
    sobel = normalize_kernel(PRESETS["sobel"].kernel())  # zero-sum: positives sum to 1
    np.testing.assert_allclose(sobel, PRESETS["sobel"].kernel() / 4, rtol=1e-15)
    assert sobel[sobel > 0].sum() == pytest.approx(1.0)
    laplacian = np.full((5, 5), -1 / 24)
    laplacian[2, 2] = 1
    np.testing.assert_allclose(normalize_kernel(PRESETS["laplacian"].kernel()), laplacian)
    np.testing.assert_allclose(normalize_kernel([[-1, -3]]), [[0.25, 0.75]], rtol=1e-15)
    with pytest.raises(KernelError, match="all-zero kernel cannot be normalized"):
        normalize_kernel(np.zeros((3, 3)))
    with pytest.raises(KernelError):
        normalize_kernel([[np.inf]])
