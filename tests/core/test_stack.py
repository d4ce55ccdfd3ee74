"""Steps and stacks: every option against a computation written out by hand."""

import dataclasses
import threading

import numpy as np
import pytest
from references import loop, opencv, round_saturate
from scipy import ndimage

from kernelstudio.core import (
    MAX_STEPS,
    STEP_OPTIONS,
    BorderError,
    Cancelled,
    ImageError,
    KernelError,
    PresetError,
    Stack,
    Step,
    StepError,
    get_preset,
)

RNG = np.random.default_rng(20261122)
RGBA = RNG.integers(0, 256, (12, 15, 4), dtype=np.uint8)
RGB = RGBA[..., :3].copy()
GRAY16 = RNG.integers(0, 65536, (9, 11), dtype=np.uint16)
SHARPEN = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], float)
SOBEL_TOP = np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], float)


def expected_u8(values):
    return round_saturate(values, np.uint8).astype(np.uint8)


def assert_within_one(ours, expected):
    assert ours.dtype == expected.dtype
    assert ours.shape == expected.shape
    assert np.abs(ours.astype(int) - expected.astype(int)).max() <= 1


def test_plain_step_equals_convolve_semantics():
    assert_within_one(Step(kernel=SHARPEN).apply(RGB), opencv(RGB, SHARPEN))


def test_divisor_and_offset_in_8bit_levels():
    step = Step(kernel=SOBEL_TOP, divisor=4, offset=128)
    assert_within_one(step.apply(RGB), expected_u8(loop(RGB, SOBEL_TOP) / 4 + 128))


def test_offset_scales_to_16bit_and_float_images():
    step = Step(kernel=[[1]], offset=51)  # 51 levels = 20% of full scale
    assert_within_one(step.apply(GRAY16),
                      round_saturate(GRAY16 + 0.2 * 65535, np.uint16).astype(np.uint16))
    floats = np.full((3, 3), 0.5, np.float32)
    np.testing.assert_allclose(step.apply(floats), 0.7, rtol=1e-6)


def test_normalize_divides_by_the_sum_unless_it_is_zero():
    weights = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], float)
    assert_within_one(Step(kernel=weights, normalize=True, divisor=3).apply(RGB),
                      expected_u8(loop(RGB, weights / 16)))
    # zero-sum: the divisor is used instead
    assert_within_one(Step(kernel=SOBEL_TOP, normalize=True, divisor=2).apply(RGB),
                      expected_u8(loop(RGB, SOBEL_TOP / 2)))


def test_absolute_keeps_negative_edge_responses():
    plain = Step(kernel=SOBEL_TOP).apply(RGB)
    absolute = Step(kernel=SOBEL_TOP, absolute=True).apply(RGB)
    assert_within_one(absolute, expected_u8(np.abs(loop(RGB, SOBEL_TOP))))
    assert absolute.sum() > plain.sum()


@pytest.mark.parametrize("shape", [(3, 3), (5, 3), (4, 4), (2, 5)])
def test_flip_is_true_convolution(shape):
    weights = RNG.normal(size=shape)
    gray = RGB[..., 0]
    # scipy.ndimage.convolve centres even sizes one pixel the other way; OpenCV's recipe for
    # convolution (flipped kernel, anchor moved) is the reference for every size.
    kh, kw = shape
    anchor = (kh - 1 - kh // 2, kw - 1 - kw // 2)
    expected = opencv(gray, weights[::-1, ::-1], anchor=anchor)
    assert_within_one(Step(kernel=weights, flip=True).apply(gray), expected)
    if kh % 2 and kw % 2:
        direct = ndimage.convolve(gray.astype(float), weights, mode="mirror")
        assert_within_one(Step(kernel=weights, flip=True).apply(gray), expected_u8(direct))


def test_border_and_cval_in_levels():
    box = np.ones((3, 3)) / 9
    step = Step(kernel=box, border="constant", cval=255)
    assert_within_one(step.apply(RGB), expected_u8(loop(RGB, box, "constant", cval=255)))
    step16 = Step(kernel=box, border="constant", cval=255)
    assert_within_one(step16.apply(GRAY16),
                      round_saturate(loop(GRAY16, box, "constant", cval=65535), np.uint16)
                      .astype(np.uint16))


def test_alpha_is_untouched_by_default_and_filtered_with_all():
    blurred = Step(kernel=np.ones((3, 3)) / 9, alpha_weighting=False).apply(RGBA)
    np.testing.assert_array_equal(blurred[..., 3], RGBA[..., 3])
    assert_within_one(blurred[..., :3], expected_u8(loop(RGB, np.ones((3, 3)) / 9)))
    everything = Step(kernel=np.ones((3, 3)) / 9, channels="all", alpha_weighting=False).apply(RGBA)
    assert_within_one(everything, expected_u8(loop(RGBA, np.ones((3, 3)) / 9)))


@pytest.mark.parametrize(("channels", "touched"), [("r", [0]), ("gb", [1, 2]), ("a", [3]),
                                                   ("ra", [0, 3]), ("color", [0, 1, 2])])
def test_channel_letters_pick_channels(channels, touched):
    result = Step(kernel=[[0]], channels=channels).apply(RGBA)
    for index in range(4):
        if index in touched:
            assert (result[..., index] == 0).all()
        else:
            np.testing.assert_array_equal(result[..., index], RGBA[..., index])


def test_gray_and_gray_alpha_images():
    gray_alpha = RGBA[..., [0, 3]]
    result = Step(kernel=[[0]]).apply(gray_alpha)
    assert (result[..., 0] == 0).all()
    np.testing.assert_array_equal(result[..., 1], gray_alpha[..., 1])
    assert (Step(kernel=[[0]], channels="g").apply(RGBA[..., 0]) == 0).all()


@pytest.mark.parametrize("opacity", [0.0, 0.25, 1.0])
def test_opacity_mixes_with_the_input(opacity):
    step = Step(kernel=SHARPEN, opacity=opacity)
    mixed = RGB + opacity * (loop(RGB, SHARPEN) - RGB)
    assert_within_one(step.apply(RGB), expected_u8(mixed))


def test_valid_border_shrinks_and_crops_untouched_channels():
    step = Step(kernel=np.ones((3, 5)) / 15, border="valid", opacity=0.5, alpha_weighting=False)
    result = step.apply(RGBA)
    assert result.shape == (10, 11, 4)
    np.testing.assert_array_equal(result[..., 3], RGBA[1:11, 2:13, 3])
    cropped = RGB[1:11, 2:13].astype(float)
    mixed = cropped + 0.5 * (loop(RGB, np.ones((3, 5)) / 15, "valid") - cropped)
    assert_within_one(result[..., :3], expected_u8(mixed))


def test_stack_offset_says_where_a_shrunken_result_lies():
    image = np.arange(20 * 30, dtype=np.float64).reshape(20, 30) / 600
    pick = np.zeros((3, 5))
    pick[1, 2] = 1  # picks the pixel under the anchor, so the result is a plain crop
    stack = Stack((Step(kernel=pick, border="valid"), Step(kernel=pick, border="valid"),
                   Step(preset="identity", border="valid", enabled=False)))
    assert stack.offset == (2, 4)
    result = stack.apply(image)
    np.testing.assert_allclose(result, image[2 : 2 + result.shape[0], 4 : 4 + result.shape[1]])
    flipped = Step(kernel=np.ones((4, 4)), border="valid", flip=True)
    assert flipped.crop_offset == (1, 1)
    assert Step(kernel=np.ones((4, 4)), border="valid").crop_offset == (2, 2)
    assert Step(preset="box").crop_offset == (0, 0)


def test_float_images_are_kept_between_zero_and_one():
    image = np.array([[0.2, 0.9]], np.float64)
    np.testing.assert_allclose(Step(kernel=[[2]]).apply(image), [[0.4, 1.0]])
    np.testing.assert_allclose(Step(kernel=[[-1]]).apply(image), [[0.0, 0.0]])


def test_stack_applies_steps_in_order_rounding_and_clipping_between_them():
    photo = np.full((4, 4, 3), 200, np.uint8)
    double = Step(preset="identity", params={"iden": 2})
    half = Step(preset="identity", params={"iden": 0.5})
    # 200 * 2 = 400 is clipped to 255 (not wrapped to 144), then halved to 128 (127.5 -> 128).
    assert (Stack((double, half)).apply(photo) == 128).all()
    assert (Stack((half, double)).apply(photo) == 200).all()


def test_stack_equals_its_steps_one_after_another_and_skips_disabled_ones():
    blur = Step(preset="gaussian")
    sharpen = Step(preset="sharpen")
    emboss = Step(preset="emboss", enabled=False)
    stack = Stack((blur, emboss, sharpen))
    np.testing.assert_array_equal(stack.apply(RGBA), sharpen.apply(blur.apply(RGBA)))
    assert stack.enabled_steps == (blur, sharpen)
    assert not np.array_equal(Stack((sharpen, blur)).apply(RGBA), stack.apply(RGBA))


def test_empty_stack_returns_a_copy_and_input_is_never_modified():
    keep = RGBA.copy()
    result = Stack().apply(RGBA)
    np.testing.assert_array_equal(result, RGBA)
    assert result is not RGBA
    Stack((Step(preset="sharpen"), Step(kernel=[[1]], channels="all"))).apply(RGBA)
    np.testing.assert_array_equal(RGBA, keep)


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.float32, np.float64])
def test_stack_keeps_the_image_type(dtype):
    image = RGB.astype(dtype) / (255 if np.dtype(dtype).kind == "f" else 1)
    assert Stack((Step(preset="blur"),)).apply(image.astype(dtype)).dtype == dtype


def test_stack_progress_and_cancel():
    image = np.zeros((1500, 400, 3), np.uint8)
    stack = Stack((Step(preset="box"), Step(preset="sharpen")))
    fractions = []
    stack.apply(image, progress=fractions.append)
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert any(0.4 < fraction < 0.6 for fraction in fractions)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        stack.apply(image, cancel=cancel)


def test_preset_steps_keep_their_parameters_and_title():
    step = Step.from_preset("sobel", {"direction": "left"}, absolute=True)
    assert step.preset == "sobel"
    assert dict(step.params) == {"direction": "left", "edge": 2.0, "corner": 1.0}
    assert step.title == "Sobel"
    np.testing.assert_array_equal(step.kernel, get_preset("sobel").kernel(direction="left"))
    assert Step(kernel=np.ones((5, 5))).title == "Custom 5×5"
    assert Step(kernel=[[1]], name="Mine").title == "Mine"


def test_replace_keeps_kernel_and_preset_consistent():
    step = Step(preset="sharpen", opacity=0.5)
    custom = step.replace(kernel=np.ones((3, 3)))
    assert custom.preset is None
    assert custom.opacity == 0.5
    tuned = step.replace(params={"inner": 9})
    assert tuned.kernel[1, 1] == 9
    assert tuned.preset == "sharpen"
    other = step.replace(preset="box")
    assert other.kernel.shape == (3, 3)
    assert dict(other.params) == {"size": 3}
    np.testing.assert_array_equal(step.replace(border="wrap").kernel, step.kernel)
    assert step.replace(opacity=0.5) == step
    assert step.replace(opacity=0.4) != step
    np.testing.assert_array_equal(step.replace(preset=None).kernel, step.kernel)


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"kernel": SHARPEN, "divisor": 0}, StepError, "divisor must not be 0"),
        ({"kernel": SHARPEN, "opacity": 1.5}, StepError, "opacity must be between 0 and 1"),
        ({"kernel": SHARPEN, "channels": "xyz"}, StepError, "channels"),
        ({"kernel": SHARPEN, "channels": "rr"}, StepError, "channels"),
        ({"kernel": SHARPEN, "border": "mirror"}, BorderError, "unknown border"),
        ({"kernel": SHARPEN, "normalize": "yes"}, StepError, 'true, false or "gimp"'),
        ({"kernel": SHARPEN, "offset": float("nan")}, StepError, "offset"),
        ({"kernel": SHARPEN, "params": {"inner": 2}}, StepError, "preset"),
        ({"kernel": SHARPEN * 2, "preset": "sharpen"}, KernelError, "does not match"),
        ({"preset": "sharpen", "params": {"inner": 99}}, PresetError, "between"),
        ({"preset": "nope"}, PresetError, "unknown preset"),
        ({}, KernelError, "kernel or a preset"),
        ({"kernel": SHARPEN, "name": 3}, StepError, "name"),
    ],
)
def test_bad_steps_are_refused_with_clear_errors(fields, error, message):
    with pytest.raises(error, match=message):
        Step(**fields)


def test_steps_refuse_unsupported_image_types():
    with pytest.raises(ImageError, match="uint8, uint16"):
        Step(kernel=[[1]]).apply(np.zeros((3, 3), np.int32))


def test_a_tiny_divisor_that_overflows_the_weights_is_refused():
    with pytest.raises(StepError, match="too large"):
        Step(kernel=[[1e8]], divisor=1e-8).apply(RGB)


def test_stack_holds_only_steps():
    with pytest.raises(StepError):
        Stack(("sharpen",))


def test_step_options_are_every_field_but_the_kernel_and_its_labels_in_recipe_order():
    names = [option.name for option in STEP_OPTIONS]
    assert names == ["divisor", "offset", "normalize", "absolute", "flip", "border", "cval",
                     "channels", "opacity", "anchor", "iterations", "linear", "alpha_weighting"]
    others = {field.name for field in dataclasses.fields(Step)} - set(names)
    assert others == {"kernel", "preset", "params", "enabled", "name"}
    orders = sorted(option.metadata["cli_order"] for option in STEP_OPTIONS)
    assert orders == list(range(len(STEP_OPTIONS)))


@pytest.mark.parametrize("border", ["reflect101", "valid"])
@pytest.mark.parametrize("shape", [(6, 7), (6, 7, 3)])
def test_alpha_only_on_a_photo_without_alpha_leaves_it_as_it_is(shape, border):
    image = RNG.integers(0, 256, shape, dtype=np.uint8)
    result = Step(kernel=np.ones((3, 5)), channels="a", border=border).apply(image)
    expected = image[1:-1, 2:-2] if border == "valid" else image
    np.testing.assert_array_equal(result, expected)
    assert result.dtype == image.dtype


def test_a_stack_holds_at_most_max_steps():
    steps = (Step(kernel=[[1]]),) * MAX_STEPS
    assert len(Stack(steps).steps) == MAX_STEPS
    with pytest.raises(StepError, match=f"at most {MAX_STEPS} steps, got {MAX_STEPS + 1}"):
        Stack((*steps, Step(kernel=[[1]])))
