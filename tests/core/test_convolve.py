"""convolve() against OpenCV, scipy and a float64 loop, over borders, shapes and types."""

import threading
import tracemalloc
import zlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from references import loop, opencv, random_image, round_saturate, scipy_correlate

from kernelstudio.core import (
    BORDERS,
    METHODS,
    BorderError,
    Cancelled,
    ImageError,
    KernelError,
    KernelStudioError,
    MethodError,
    convolve,
)

PADDED = [border for border in BORDERS if border != "valid"]
KERNEL_SHAPES = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (3, 7), (6, 1), (1, 9), (30, 17), (31, 31)]
IMAGE_SHAPES = [(1, 1), (1, 7), (2, 3), (5, 1), (16, 23), (40, 37, 3), (9, 8, 4), (12, 10, 2)]
DTYPES = [np.uint8, np.uint16, np.float32, np.float64]


def assert_close_to(ours, reference, dtype):
    assert ours.dtype == dtype
    assert ours.shape == reference.shape
    if np.dtype(dtype).kind == "f":
        tolerance = 1e-4 if dtype == np.float32 else 1e-9
        np.testing.assert_allclose(ours, reference, rtol=tolerance, atol=tolerance)
    else:
        difference = np.abs(ours.astype(np.int64) - reference.astype(np.int64))
        assert difference.max() <= 1


@pytest.mark.parametrize("kernel_shape", KERNEL_SHAPES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("border", BORDERS)
@pytest.mark.parametrize("method", METHODS)
def test_every_method_matches_opencv(method, border, dtype, kernel_shape):
    rng = np.random.default_rng(zlib.crc32(f"{border}{dtype}{kernel_shape}".encode()))
    kernel = rng.normal(size=kernel_shape)
    for shape in IMAGE_SHAPES:
        if border == "valid" and (shape[0] < kernel_shape[0] or shape[1] < kernel_shape[1]):
            continue
        image = random_image(rng, shape, dtype)
        reference = opencv(image, kernel, border)
        assert_close_to(convolve(image, kernel, border=border, method=method), reference, dtype)


@pytest.mark.parametrize("border", BORDERS)
@pytest.mark.parametrize("kernel_shape", [(3, 3), (4, 5), (7, 7), (2, 1)])
def test_float64_matches_scipy_and_loop(border, kernel_shape):
    rng = np.random.default_rng(7)
    image = rng.random((11, 13, 3))
    kernel = rng.normal(size=kernel_shape)
    ours = convolve(image, kernel, border=border)
    np.testing.assert_allclose(ours, loop(image, kernel, border), rtol=1e-12, atol=1e-12)
    if border != "valid":
        np.testing.assert_allclose(ours, scipy_correlate(image, kernel, border), atol=1e-12)


def test_textbook_valid_example():
    result = convolve(np.arange(25).reshape(5, 5), np.arange(9).reshape(3, 3), border="valid")
    assert result.tolist() == [[312, 348, 384], [492, 528, 564], [672, 708, 744]]


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64, np.uint32])
def test_other_integer_types_round_and_saturate(dtype):
    rng = np.random.default_rng(3)
    info = np.iinfo(dtype)
    image = rng.integers(max(info.min, -1000), min(info.max, 1000), (6, 7)).astype(dtype)
    kernel = rng.normal(size=(3, 3)) * 50
    expected = round_saturate(loop(image, kernel), dtype)
    ours = convolve(image, kernel)
    assert ours.dtype == dtype
    assert np.abs(ours.astype(np.float64) - expected).max() <= 1


def test_integer_results_are_rounded_to_nearest_and_saturated():
    image = np.array([[10, 11, 200]], dtype=np.uint8)
    assert convolve(image, [[0.5]]).tolist() == [[5, 6, 100]]  # 5.5 -> 6 (ties to even)
    assert convolve(image, [[0.26]]).tolist() == [[3, 3, 52]]
    assert convolve(image, [[2]]).tolist() == [[20, 22, 255]]
    assert convolve(image, [[-1]]).tolist() == [[0, 0, 0]]


def test_float_images_stay_float_and_unclipped():
    image = np.array([[0.5, 1.0]], dtype=np.float32)
    result = convolve(image, [[3.0]])
    assert result.dtype == np.float32
    np.testing.assert_allclose(result, [[1.5, 3.0]])


@pytest.mark.parametrize("cval", [0, 17.4, 300, -5])
def test_constant_fill_value_is_saturated_like_opencv(cval):
    rng = np.random.default_rng(5)
    image = random_image(rng, (6, 5, 3), np.uint8)
    kernel = rng.normal(size=(5, 3))
    expected = opencv(image, kernel, "constant", cval=min(max(round(cval), 0), 255))
    assert_close_to(convolve(image, kernel, border="constant", cval=cval), expected, np.uint8)


@pytest.mark.parametrize("anchor", [(0, 0), (3, 1), (1, 4)])
def test_custom_anchor_matches_opencv(anchor):
    rng = np.random.default_rng(11)
    image = random_image(rng, (14, 12, 3), np.uint8)
    kernel = rng.normal(size=(4, 5))
    expected = opencv(image, kernel, "reflect", anchor=anchor)
    assert_close_to(convolve(image, kernel, border="reflect", anchor=anchor), expected, np.uint8)


def test_input_is_never_modified_and_may_be_read_only_or_strided():
    rng = np.random.default_rng(2)
    base = random_image(rng, (20, 30, 4), np.uint8)
    keep = base.copy()
    base.flags.writeable = False
    view = base[::2, ::-3, :3]  # non-contiguous, negative stride
    result = convolve(view, np.ones((3, 3)) / 9)
    np.testing.assert_array_equal(base, keep)
    assert_close_to(result, opencv(np.ascontiguousarray(view), np.ones((3, 3)) / 9), np.uint8)


def test_accepts_nested_lists():
    assert convolve([[1.0, 2.0], [3.0, 4.0]], [[1]]).tolist() == [[1.0, 2.0], [3.0, 4.0]]


@st.composite
def cases(draw):
    height = draw(st.integers(1, 12))
    width = draw(st.integers(1, 12))
    channels = draw(st.sampled_from([(), (1,), (3,), (4,)]))
    kh, kw = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    border = draw(st.sampled_from(BORDERS))
    if border == "valid":
        kh, kw = min(kh, height), min(kw, width)
    dtype = draw(st.sampled_from([np.uint8, np.uint16, np.float64]))
    seed = draw(st.integers(0, 2**32 - 1))
    return (height, width, *channels), (kh, kw), border, dtype, seed


@given(cases())
def test_property_any_shape_matches_loop(case):
    shape, kernel_shape, border, dtype, seed = case
    rng = np.random.default_rng(seed)
    image = random_image(rng, shape, dtype)
    kernel = rng.normal(size=kernel_shape)
    expected = loop(image, kernel, border)
    if np.dtype(dtype).kind == "u":
        expected = round_saturate(expected, dtype)
    assert_close_to(convolve(image, kernel, border=border), expected, dtype)


@pytest.mark.parametrize(
    ("kernel", "message"),
    [
        ([1, 2, 3], "2-D"),
        (np.ones((2, 2, 2)), "2-D"),
        (np.ones((0, 3)), "at least one weight"),
        ([[1, np.nan]], "finite"),
        ([[np.inf]], "finite"),
        ([[1 + 2j]], "complex"),
        ([[1, 2], [3]], "same length"),
        ([["a"]], "numbers"),
        (np.ones((256, 3)), "too large"),
        ([[1e12]], "between"),
    ],
)
def test_bad_kernels_raise_kernel_error(kernel, message):
    with pytest.raises(KernelError, match=message) as caught:
        convolve(np.zeros((4, 4), np.uint8), kernel)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, KernelStudioError)


def test_unknown_method_names_the_choices():
    with pytest.raises(MethodError, match="auto, direct, separable, fft"):
        convolve(np.zeros((4, 4), np.uint8), [[1]], method="winograd")


def test_unknown_border_names_the_choices():
    with pytest.raises(BorderError, match="reflect101, reflect, replicate, wrap, constant, valid"):
        convolve(np.zeros((4, 4), np.uint8), [[1]], border="mirror")


@pytest.mark.parametrize(
    "image",
    [np.zeros(5), np.zeros((2, 2, 2, 2)), np.zeros((0, 4)), np.zeros((3, 3), bool),
     np.zeros((3, 3), complex), np.array([["a"]]), np.zeros((2, 2), np.float16)],
)
def test_bad_images_raise_image_error(image):
    with pytest.raises(ImageError):
        convolve(image, [[1]])


def test_valid_needs_an_image_as_large_as_the_kernel():
    with pytest.raises(KernelError, match="at least as large"):
        convolve(np.zeros((2, 5)), np.ones((3, 3)), border="valid")


def test_anchor_outside_the_kernel_is_refused():
    with pytest.raises(KernelError, match="outside"):
        convolve(np.zeros((5, 5)), np.ones((3, 3)), anchor=(3, 0))


def test_cancel_stops_between_strips_and_progress_reaches_one():
    image = np.zeros((3000, 400, 3), np.uint8)
    fractions = []
    convolve(image, np.ones((3, 3)), progress=fractions.append)
    assert len(fractions) > 2
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0

    cancel = threading.Event()
    seen = []

    def stop_after_first(fraction):
        seen.append(fraction)
        cancel.set()

    with pytest.raises(Cancelled):
        convolve(image, np.ones((3, 3)), cancel=cancel, progress=stop_after_first)
    # Workers stop at their next block: at most one more block each after the cancel.
    assert max(seen) < 0.5


def test_large_image_needs_little_memory_beyond_its_output():
    image = np.random.default_rng(0).integers(0, 256, (2000, 3000, 3), dtype=np.uint8)
    tracemalloc.start()
    try:
        result = convolve(image, np.full((5, 5), 1 / 25))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    extra = peak - result.nbytes
    # Strip buffers have a fixed size; a full-size float copy would be 72 MB here.
    assert extra < 16 * 2**20, f"{extra / 2**20:.1f} MiB beyond the output"
