"""Anchor, iterations, linear light, alpha weighting and GIMP's normalize, against float64
references written from their definitions (the peers themselves are in test_peer_options)."""

from __future__ import annotations

import numpy as np
import pytest
from references import loop, round_saturate

from kernelstudio.core import BORDERS, KernelError, Stack, Step, StepError
from kernelstudio.core.light import decode_srgb, encode_srgb
from kernelstudio.core.stack import parse_anchor

RNG = np.random.default_rng(1414)
PHOTO = RNG.integers(0, 256, (17, 23, 3)).astype(np.uint8)


def within_one(ours, expected):
    assert ours.shape == expected.shape
    assert np.abs(ours.astype(float) - expected).max() <= 1


# anchor ----------------------------------------------------------------------------------

@pytest.mark.parametrize("border", [border for border in BORDERS if border != "valid"])
@pytest.mark.parametrize("shape", [(2, 2), (3, 4), (1, 5), (4, 1)])
def test_an_anchor_is_the_cell_over_the_pixel(border, shape):
    kernel = RNG.normal(size=shape)
    for anchor in [(0, 0), (shape[0] - 1, shape[1] - 1), (shape[0] // 2, 0)]:
        ours = Step(kernel=kernel, anchor=anchor, border=border, cval=40).apply(PHOTO)
        within_one(ours, round_saturate(loop(PHOTO, kernel, border, 40, anchor), np.uint8))


def test_a_flipped_kernel_keeps_its_anchor_on_the_same_weight():
    kernel = RNG.normal(size=(3, 4))
    ours = Step(kernel=kernel, anchor=(0, 1), flip=True, border="replicate").apply(PHOTO)
    # Rotated 180°, cell (0, 1) of the kernel as written is cell (2, 2) of the one correlated.
    expected = loop(PHOTO, kernel[::-1, ::-1], "replicate", anchor=(2, 2))
    within_one(ours, round_saturate(expected, np.uint8))


def test_the_default_anchor_is_opencvs_centre_and_valid_starts_at_the_anchor():
    kernel = RNG.normal(size=(4, 4))
    np.testing.assert_array_equal(Step(kernel=kernel).apply(PHOTO),
                                  Step(kernel=kernel, anchor=(2, 2)).apply(PHOTO))
    step = Step(kernel=kernel, anchor=(1, 3), border="valid")
    assert step.crop_offset == (1, 3)
    assert Stack((step,)).result_pixel(1, 3, PHOTO.shape) == (0, 0)


@pytest.mark.parametrize(("anchor", "message"), [
    ((3, 0), "lies outside the 3×3 kernel"), ((0, -1), "lies outside"),
    ((1,), r"a \(row, column\) pair"), ("1,1", r"a \(row, column\) pair"),
    ((1.5, 1), "whole number"), ((True, 1), "whole number"),
])
def test_bad_anchors_are_refused(anchor, message):
    with pytest.raises(StepError, match=message):
        Step(kernel=np.ones((3, 3)), anchor=anchor)


def test_a_kernel_of_another_size_starts_from_the_centre_again():
    step = Step(kernel=np.ones((3, 3)), anchor=(0, 0))
    assert step.replace(kernel=np.zeros((3, 3))).anchor == (0, 0)
    assert step.replace(kernel=np.ones((5, 5))).anchor is None
    assert step.replace(kernel=np.ones((5, 5)), anchor=(4, 4)).anchor == (4, 4)
    gauss = Step.from_preset("gaussian", {"size": 3}, anchor=(0, 0))
    assert gauss.replace(params={"size": 7}).anchor is None


@pytest.mark.parametrize(("text", "pair"), [("0,0", (0, 0)), (" 2 , 3 ", (2, 3))])
def test_anchor_text(text, pair):
    assert parse_anchor(text) == pair


@pytest.mark.parametrize("text", ["1", "1,2,3", "a,b", "1.5,2", "", "1e999,0"])
def test_bad_anchor_text_is_refused(text):
    with pytest.raises(StepError):
        parse_anchor(text)


# iterations ------------------------------------------------------------------------------

@pytest.mark.parametrize("border", BORDERS)
def test_iterations_apply_the_step_again_and_again(border):
    step = Step(kernel=[[1, 2, 1]], normalize=True, border=border, offset=3, opacity=0.7)
    again = PHOTO
    for _ in range(3):
        again = step.apply(again)
    np.testing.assert_array_equal(step.replace(iterations=3).apply(PHOTO), again)


def test_valid_iterations_shrink_each_time_and_the_stack_knows_where_pixels_went():
    step = Step(kernel=np.ones((3, 2)), border="valid", iterations=4)
    assert step.apply(PHOTO).shape == (17 - 8, 23 - 4, 3)
    assert step.result_shape(PHOTO.shape) == (9, 19)
    stack = Stack((step,))
    assert stack.offset == (4, 4)  # anchor (1, 1), four times
    assert stack.reach == (4, 4)
    assert stack.result_pixel(4, 4, PHOTO.shape) == (0, 0)
    assert stack.result_pixel(3, 4, PHOTO.shape) is None


def test_too_many_valid_iterations_say_how_large_the_image_must_be():
    step = Step(kernel=np.ones((3, 5)), border="valid", iterations=9)
    with pytest.raises(KernelError, match=r"9 iterations need an image of at least 19×37; "
                                          r"the image is 17×23"):
        step.apply(PHOTO)


@pytest.mark.parametrize("count", [0, 101, 2.5, True, "3"])
def test_bad_iterations_are_refused(count):
    with pytest.raises(StepError, match="iterations"):
        Step(kernel=[[1]], iterations=count)


# linear light ----------------------------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.uint8, np.uint16])
def test_identity_in_linear_light_gives_every_value_back_exactly(dtype):
    top = np.iinfo(dtype).max
    every = np.arange(top + 1, dtype=dtype).reshape(-1, 256)
    rgb = np.dstack([every, every[::-1], every])
    np.testing.assert_array_equal(Step(kernel=[[1]], linear=True).apply(rgb), rgb)
    # Channels a step leaves alone go through the same round trip, untouched.
    np.testing.assert_array_equal(Step(kernel=[[0]], linear=True, channels="g").apply(rgb)[..., 0],
                                  rgb[..., 0])


def test_a_blur_in_linear_light_averages_light_not_encoded_values():
    image = np.zeros((9, 10, 3), np.uint8)
    image[:, ::2] = 255  # stripes of white and black: half the light of white
    blurred = Step(kernel=np.ones((1, 2)), normalize=True, linear=True,
                   border="wrap").apply(image)
    light = decode_srgb(blurred / 255)
    half_a_level = (decode_srgb(188.5 / 255) - decode_srgb(187.5 / 255)) / 2
    np.testing.assert_allclose(light, 0.5, atol=half_a_level)
    assert blurred.min() == round(encode_srgb(0.5) * 255) == 188
    encoded = Step(kernel=np.ones((1, 2)), normalize=True, border="wrap").apply(image)
    assert encoded.max() == 128  # muddy: the mean of encoded values is only 22% of the light


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.float32, np.float64])
def test_linear_light_is_decode_filter_encode_in_float64(dtype):
    image = (PHOTO.astype(np.float64) / 255)
    if np.dtype(dtype).kind == "u":
        top = np.iinfo(dtype).max
        image = np.rint(image * top).astype(dtype)
        scale = top
    else:
        image = image.astype(dtype)
        scale = 1.0
    kernel = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16
    ours = Step(kernel=kernel, linear=True, border="reflect").apply(image)
    light = decode_srgb(image.astype(np.float64) / scale)
    expected = encode_srgb(loop(light, kernel, "reflect")) * scale
    # 8-bit photos are filtered as 16-bit light; deeper ones in float.
    tolerance = 1 if np.dtype(dtype).kind == "u" else 1e-5
    assert np.abs(ours.astype(np.float64) - expected).max() <= tolerance


def test_alpha_is_not_decoded_in_linear_light():
    rgba = np.dstack([PHOTO, RNG.integers(0, 256, PHOTO.shape[:2]).astype(np.uint8)])
    kernel = np.ones((3, 3)) / 9
    ours = Step(kernel=kernel, linear=True, channels="a", border="replicate").apply(rgba)
    within_one(ours[..., 3], round_saturate(loop(rgba[..., 3], kernel, "replicate"), np.uint8))
    np.testing.assert_array_equal(ours[..., :3], PHOTO)


# alpha weighting -------------------------------------------------------------------------

def with_alpha(alpha: np.ndarray) -> np.ndarray:
    return np.dstack([PHOTO, alpha.astype(np.uint8)])


def weighted_reference(image: np.ndarray, weights: np.ndarray, border: str) -> np.ndarray:
    """Colour premultiplied by alpha, filtered, divided by the filtered |weights| coverage."""
    alpha = image[..., 3] / 255
    sums = loop(image[..., :3] * alpha[..., None], weights, border)
    magnitudes = np.abs(weights)
    coverage = loop(alpha, magnitudes / magnitudes.sum(), border)
    out = image[..., :3].astype(np.float64)
    seen = coverage > 1e-6
    out[seen] = sums[seen] / coverage[seen, None]
    return out


@pytest.mark.parametrize("kernel", [np.ones((3, 3)) / 9, np.array([[0, -1, 0], [-1, 5, -1],
                                                                   [0, -1, 0]]),
                                    np.array([[1, 0, -1]])], ids=["box", "sharpen", "edge"])
@pytest.mark.parametrize("border", ["reflect101", "wrap", "constant"])
def test_alpha_weighting_divides_premultiplied_colour_by_the_kernels_coverage(kernel, border):
    alpha = RNG.integers(0, 256, PHOTO.shape[:2])
    alpha[3:9, 4:12] = 0
    image = with_alpha(alpha)
    ours = Step(kernel=kernel, border=border, absolute=True).apply(image)
    expected = np.abs(weighted_reference(image, kernel, border))
    hidden = loop(image[..., 3], np.abs(kernel), border) == 0
    expected[hidden] = image[..., :3][hidden]  # nothing visible under the window
    within_one(ours[..., :3], round_saturate(expected, np.uint8))
    np.testing.assert_array_equal(ours[..., 3], image[..., 3])


def test_opaque_photos_are_filtered_exactly_as_without_weighting():
    image = with_alpha(np.full(PHOTO.shape[:2], 255))
    for kernel in (np.ones((3, 3)) / 9, np.array([[-1, 0, 1]])):
        np.testing.assert_array_equal(Step(kernel=kernel).apply(image),
                                      Step(kernel=kernel, alpha_weighting=False).apply(image))


def test_colour_hidden_under_transparent_pixels_never_reaches_visible_ones():
    alpha = np.zeros(PHOTO.shape[:2])
    alpha[5:12, 5:15] = 255
    image = with_alpha(alpha)
    other = image.copy()
    other[alpha == 0, :3] = (0, 255, 0)  # change only the hidden colour
    step = Step(kernel=np.ones((5, 5)), normalize=True)
    a, b = step.apply(image), step.apply(other)
    np.testing.assert_array_equal(a[alpha > 0], b[alpha > 0])
    # Far from anything visible, the hidden colour stays as it was.
    np.testing.assert_array_equal(b[0, 0], other[0, 0])


def test_grey_with_alpha_is_weighted_too():
    grey = np.dstack([PHOTO[..., 0], np.where(np.arange(23) < 11, 255, 0)[None, :]
                      .repeat(17, 0)]).astype(np.uint8)
    grey[:, 11:, 0] = 255  # white, hidden
    blurred = Step(kernel=np.ones((1, 3)), normalize=True, border="replicate").apply(grey)
    # Beside the hidden white, the mean of the two visible neighbours (ties may round
    # either way in float32); bleeding would add a third of white, 85 levels.
    within_one(blurred[:, 10, 0], grey[:, 9, 0] / 2 + grey[:, 10, 0] / 2)


# GIMP's normalize ------------------------------------------------------------------------

@pytest.mark.parametrize(("kernel", "divisor", "offset"), [
    ([[1, 2, 1]], 4.0, 0.0), ([[-1, 0, 1]], 1.0, 127.5), ([[-1, -2, 0]], 3.0, 255.0),
])
def test_gimps_normalize_sets_both_divisor_and_offset(kernel, divisor, offset):
    step = Step(kernel=kernel, normalize="gimp", divisor=7, offset=9)
    assert (step.effective_divisor, step.effective_offset) == (divisor, offset)
    expected = loop(PHOTO, np.array(kernel) / divisor) + offset
    within_one(step.apply(PHOTO), round_saturate(expected, np.uint8))
    # Ours keeps the typed divisor for a zero sum, and always the typed offset.
    ours = Step(kernel=kernel, normalize=True, divisor=7, offset=9)
    assert ours.effective_offset == 9
    assert ours.effective_divisor == (7 if sum(kernel[0]) == 0 else sum(kernel[0]))


def test_normalize_names():
    assert Step(kernel=[[1]], normalize="GIMP ").normalize == "gimp"
    with pytest.raises(StepError, match='true, false or "gimp"'):
        Step(kernel=[[1]], normalize="photoshop")
