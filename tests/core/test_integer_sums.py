"""Integer sums (core/integer_sums.py) against scipy, OpenCV and a float64 loop, at the edges
of int16 and int32."""

import zlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from references import loop, opencv, random_image, round_saturate, scipy_correlate

from kernelstudio.core import BORDERS, Step, convolve, methods
from kernelstudio.core.engine import trim_kernel, work_dtype
from kernelstudio.core.integer_sums import MAX_DIVISOR, IntegerTaps, integer_kernel
from kernelstudio.core.methods import choose

CLASSIC = {
    "box 3×3": (np.ones((3, 3)), 9),
    "box 5×5": (np.ones((5, 5)), 25),
    "gaussian 3×3": (np.outer([1, 2, 1], [1, 2, 1]), 16),
    "gaussian 5×5": (np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1]), 256),
    "sharpen": (np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]), 1),
    "laplacian": (np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]]), 1),
    "sobel x": (np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]), 1),
    "emboss": (np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]), 1),
    "mean of 6": (np.ones((2, 3)), 6),
    "row 1×7": (np.ones((1, 7)), 7),
    "random over 10": (np.array([[3, -7, 2, 0], [5, 1, -1, 4], [-2, 6, 0, 3]]), 10),
}
DTYPES = [np.uint8, np.uint16, np.int8, np.int16]
SHAPES = [(1, 1), (2, 5), (7, 1), (23, 31), (40, 37, 3), (9, 8, 4), (12, 10, 2)]


def path_for(kernel, image, cval=0.0, method="auto"):
    trimmed = trim_kernel(kernel)[0]
    channels = 1 if image.ndim == 2 else image.shape[2]
    return choose(trimmed, work_dtype(image.dtype), *image.shape[:2], method, channels,
                  image.dtype, cval)


def integers_only(monkeypatch):
    """Have the engine sum in integers whenever it can, whatever the cost model prefers."""
    def choose_integers(kernel, work, out_h, out_w, method="auto", channels=3,
                        image_type=None, cval=0.0):
        found = integer_kernel(kernel, np.dtype(image_type), cval)
        assert found is not None, "these cases are all integer kernels"
        return IntegerTaps(*found, work)

    monkeypatch.setattr(methods, "choose", choose_integers)


@pytest.fixture(name="integers_only")
def integers_only_fixture(monkeypatch):
    integers_only(monkeypatch)


def exact(image, kernel, border, cval=0.0):
    """The float64 loop, rounded half to even and saturated: what exact sums give."""
    return round_saturate(loop(image, kernel, border, cval), image.dtype)


def ties_are_exact(divisor: int) -> bool:
    """Whether 1 / divisor, as float32, splits the halfway sums as exact arithmetic does."""
    return divisor % 2 == 1 or divisor & (divisor - 1) == 0


@pytest.mark.parametrize("name", CLASSIC)
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("border", BORDERS)
def test_classic_kernels_sum_in_integers_as_exactly_as_float64(name, dtype, border,
                                                                 integers_only):
    integers, divisor = CLASSIC[name]
    kernel = integers / divisor
    rng = np.random.default_rng(zlib.crc32(f"{name}{dtype}{border}".encode()))
    for shape in SHAPES:
        if border == "valid" and (shape[0] < kernel.shape[0] or shape[1] < kernel.shape[1]):
            continue
        image = random_image(rng, shape, dtype)
        if np.dtype(dtype).kind == "i":
            image = (image.astype(np.int64) * 2 + np.iinfo(dtype).min).astype(dtype)
        ours = convolve(image, kernel, border=border, cval=7)
        expected = exact(image, kernel, border, cval=7)
        assert ours.dtype == dtype
        difference = np.abs(ours.astype(np.int64) - expected)
        assert difference.max() <= (0 if ties_are_exact(divisor) else 1)
        assert np.abs(ours.astype(np.int64) - round_saturate(
            scipy_correlate(image, kernel, border, cval=7) if border != "valid"
            else expected, dtype)).max() <= 1
        if border != "wrap" and np.dtype(dtype) in (np.uint8, np.uint16):
            reference = opencv(image, kernel, border, cval=7)
            assert np.abs(ours.astype(np.int64) - reference).max() <= 1


@pytest.mark.parametrize("name", ["box 3×3", "gaussian 5×5", "sharpen", "random over 10"])
@pytest.mark.parametrize("method", ["direct", "separable"])
def test_forced_methods_agree_with_the_integer_path(name, method):
    integers, divisor = CLASSIC[name]
    kernel = integers / divisor
    image = random_image(np.random.default_rng(3), (50, 61, 3), np.uint8)
    ours = convolve(image, kernel, method=method)
    assert np.abs(ours.astype(np.int64) - exact(image, kernel, "reflect101")).max() <= 1


@pytest.mark.parametrize("name", ["box 3×3", "box 5×5", "gaussian 3×3", "sharpen",
                                  "laplacian", "sobel x"])
def test_auto_sums_classic_kernels_on_8_bit_colour_in_integers(name):
    integers, divisor = CLASSIC[name]
    assert isinstance(path_for(integers / divisor, np.zeros((3000, 4000, 3), np.uint8)),
                      IntegerTaps)


def test_separable_integer_kernels_are_summed_as_a_column_and_a_row():
    image = np.zeros((10, 10, 3), np.uint8)
    assert path_for(np.outer([1, 2, 1], [1, 0, -1]), image).name == "separable"
    assert path_for(np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]), image).name == "direct"


@pytest.mark.parametrize(("kernel", "cval", "dtype"), [
    (np.full((3, 3), 0.1234), 0.0, np.uint8),           # no divisor up to MAX_DIVISOR
    (np.ones((3, 3)) / (MAX_DIVISOR + 1), 0.0, np.uint8),
    (np.ones((3, 3)) / 9, 0.0, np.float32),             # float images sum in floats
    (np.ones((3, 3)) / 9, 0.0, np.uint32),              # and wider integers too
    (np.ones((3, 3)) / 9, 300.0, np.uint8),             # a fill the image cannot hold
    (np.ones((3, 3)) / 9, 2.5, np.uint8),
    (np.full((5, 5), 9e-10), 0.0, np.uint16),           # tiny weights are no zeros
])
def test_kernels_and_images_that_integers_cannot_hold_exactly_go_elsewhere(kernel, cval, dtype):
    assert integer_kernel(kernel, np.dtype(dtype), cval) is None


#: (image type, the kernel's integers, the sum type that must hold them, or None).
EDGES = [
    (np.uint8, [[128]], np.int16),                  # 128 × 255 = 32640
    (np.uint8, [[129]], np.int32),                  # 32895
    (np.uint8, [[128, 0, -128]], np.int16),         # from -32640 to +32640
    (np.uint8, [[128, 0, -129]], np.int32),
    (np.int8, [[128, 0, -127]], np.int16),          # 255 × |−128| = 32640
    (np.int8, [[128, 0, -128]], np.int32),          # 32768
    (np.uint16, [[1]], np.int32),                   # 65535 is already beyond int16
    (np.uint16, [[32768, 0, -32768]], np.int32),    # 32768 × 65535 = 2147450880
    (np.uint16, [[32769, 0, -32768]], None),        # 2147516415
    (np.int16, [[16384, 0, -16383]], np.int32),     # 32767 × 32768 = 1073709056
    (np.int16, [[32768, 0, -32768]], None),         # 2147483648
    (np.uint16, [[0, 0]], None),                    # nothing to sum: floats do it
]


@pytest.mark.parametrize(("dtype", "integers", "sum_type"), EDGES)
@pytest.mark.parametrize("divisor", [1, 5, 7])  # no factor of any weight below
def test_sums_at_the_edge_of_their_type_are_exact(dtype, integers, sum_type, divisor,
                                                  monkeypatch):
    """The largest and the smallest sum a kernel reaches, in the sum type chosen at the
    boundary: pixels at the type's extremes under weights of either sign."""
    kernel = np.array(integers) / divisor
    found = integer_kernel(kernel, np.dtype(dtype), 0.0)
    assert (None if found is None else found[2]) == sum_type
    if sum_type is not None:
        integers_only(monkeypatch)
    info = np.iinfo(dtype)
    # Output 1 sees max under the first weight and min under the last, output 2 the other
    # way round: the two extreme sums.
    row = np.array([info.max, info.min, info.min, info.max, info.max, info.min], dtype)
    image = np.stack([row, row[::-1], np.full(6, info.max, dtype), np.full(6, info.min, dtype)])
    for border in ("reflect101", "constant", "valid"):
        if border == "valid" and kernel.shape[1] > 1:
            continue
        np.testing.assert_array_equal(convolve(image, kernel, border=border),
                                      exact(image, kernel, border))
    if np.dtype(dtype) in (np.uint8, np.uint16):
        # With something left to finish (an offset and opacity), through floats.
        step = Step(kernel=np.array(integers), divisor=divisor, offset=3, opacity=0.5)
        full = float(info.max)
        sums = loop(image, kernel, "reflect101")
        expected = round_saturate(0.5 * (sums + 3 * full / 255) + 0.5 * image, dtype)
        assert np.abs(step.apply(image).astype(np.int64) - expected).max() <= 1


def test_blurs_that_cannot_leave_the_range_are_not_saturated_yet_stay_in_it():
    """Box and Gaussian sums skip the saturation pass; a white photo stays white, even of
    64-bit integers, whose largest values float64 rounds beyond the type."""
    for dtype, full in ((np.uint8, 255), (np.uint16, 65535), (np.uint64, 2**64 - 1),
                        (np.int64, 2**63 - 1)):
        white = np.full((30, 40, 3), full, dtype)
        for kernel in (np.ones((3, 3)) / 9, np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1]) / 256,
                       np.full((7, 7), 1 / 49.0)):
            # 64-bit sums are float64, a few thousand below the maximum: never wrapped to 0.
            lowest = full if np.dtype(dtype).itemsize <= 2 else full - 2**13
            assert (convolve(white, kernel) >= lowest).all()
            assert (convolve(white, kernel, border="constant", cval=full) >= lowest).all()


@st.composite
def integer_cases(draw):
    kh, kw = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    weights = draw(st.lists(st.integers(-20, 20), min_size=kh * kw, max_size=kh * kw))
    divisor = draw(st.integers(1, 40))
    dtype = draw(st.sampled_from([np.uint8, np.uint16, np.int16]))
    border = draw(st.sampled_from(BORDERS))
    height, width = draw(st.integers(max(1, kh), 14)), draw(st.integers(max(1, kw), 14))
    channels = draw(st.sampled_from([(), (1,), (3,)]))
    seed = draw(st.integers(0, 2**32 - 1))
    return (np.array(weights).reshape(kh, kw), divisor, dtype, border,
            (height, width, *channels), seed)


@given(integer_cases())
def test_property_random_integer_kernels_match_the_loop(case):
    """Whatever auto picks (integers or floats), on kernels that integers hold."""
    integers, divisor, dtype, border, shape, seed = case
    image = random_image(np.random.default_rng(seed), shape, dtype)
    kernel = integers / divisor
    ours = convolve(image, kernel, border=border)
    expected = exact(image, kernel, border)
    # Sums in floats (the other paths) may split a halfway sum either way.
    in_integers = isinstance(path_for(kernel, image), IntegerTaps) and ties_are_exact(divisor)
    assert np.abs(ours.astype(np.int64) - expected).max() <= (0 if in_integers else 1)
