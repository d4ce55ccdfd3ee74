"""Kernels per channel (C × kh × kw) and across channels (C × C × kh × kw), against a
float64 loop written from their definitions, and through recipes, kernel text and the
pixel explanation."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from references import loop, random_image, round_saturate

from kernelstudio.core import (
    BORDERS,
    KernelError,
    RecipeError,
    Stack,
    Step,
    StepError,
    dumps_recipe,
    explain_step,
    kernel_to_text,
    loads_recipe,
    parse_kernel_text,
)
from kernelstudio.core.code import CodeError, step_to_code
from kernelstudio.core.errors import KernelFileError
from kernelstudio.core.kernels import MAX_SLICES
from kernelstudio.core.photoshop import dumps_acf

RNG = np.random.default_rng(1515)
PHOTO = RNG.integers(0, 256, (15, 19, 3)).astype(np.uint8)


def across(image, kernel, border="reflect101", cval=0.0, anchor=None):
    """Float64 sums of a cross-channel kernel: output i is the sum over inputs j of
    kernel[i, j] correlated with channel j."""
    planes = np.asarray(image, np.float64)
    return np.stack([sum(loop(planes[..., j], kernel[i, j], border, cval, anchor)
                         for j in range(kernel.shape[1])) for i in range(kernel.shape[0])],
                    axis=-1)


def per_channel(image, kernel, border="reflect101", cval=0.0, anchor=None):
    planes = np.asarray(image, np.float64)
    return np.stack([loop(planes[..., i], kernel[i], border, cval, anchor)
                     for i in range(kernel.shape[0])], axis=-1)


def within_one(ours, expected):
    assert ours.shape == expected.shape
    assert np.abs(ours.astype(float) - expected).max() <= 1


@pytest.mark.parametrize("border", BORDERS)
@pytest.mark.parametrize("shape", [(3, 3), (4, 4), (2, 5), (1, 1)])
@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.float32])
def test_a_kernel_across_channels_sums_every_input_channel(border, shape, dtype):
    image = random_image(RNG, (13, 17, 3), dtype)
    kernel = RNG.normal(size=(3, 3, *shape)) * 0.4
    offsets = (12.0, 0.0, -7.0)
    full = 1.0 if np.dtype(dtype).kind == "f" else float(np.iinfo(dtype).max)
    cval = 30.0
    step = Step(kernel=kernel, offset=offsets, border=border, cval=cval)
    fill = cval * full / 255
    if np.dtype(dtype).kind != "f":
        fill = round(fill)
    expected = across(image, kernel, border, fill) + np.array(offsets) * full / 255
    ours = step.apply(image)
    assert ours.dtype == image.dtype
    if np.dtype(dtype).kind == "f":
        np.testing.assert_allclose(ours, np.clip(expected, 0, 1), atol=1e-5)  # steps clip
    else:
        within_one(ours, round_saturate(expected, dtype))


@pytest.mark.parametrize("border", BORDERS)
@pytest.mark.parametrize("shape", [(3, 3), (4, 2), (5, 5)])
def test_a_kernel_per_channel_filters_each_channel_with_its_own_slice(border, shape):
    kernel = RNG.normal(size=(3, *shape))
    anchor = (0, shape[1] - 1)
    step = Step(kernel=kernel, offset=(5, 0, 250), anchor=anchor, border=border, cval=9)
    expected = per_channel(PHOTO, kernel, border, 9, anchor) + np.array([5, 0, 250])
    within_one(step.apply(PHOTO), round_saturate(expected, np.uint8))


def test_a_diagonal_kernel_across_channels_is_the_kernel_per_channel():
    slices = RNG.normal(size=(3, 5, 5)) * 0.3
    diagonal = np.zeros((3, 3, 5, 5))
    for index in range(3):
        diagonal[index, index] = slices[index]
    kinds = [Step(kernel=slices, offset=(1, 2, 3)), Step(kernel=diagonal, offset=(1, 2, 3))]
    within_one(kinds[0].apply(PHOTO), kinds[1].apply(PHOTO).astype(float))
    shared = Step(kernel=slices[0], offset=4)
    np.testing.assert_array_equal(Step(kernel=np.stack([slices[0]] * 3), offset=4)
                                  .apply(PHOTO), shared.apply(PHOTO))


def test_a_sepia_tone_mixes_colours_as_its_matrix_says():
    # The classic sepia matrix as a 1×1 kernel across channels.
    matrix = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
    step = Step(kernel=matrix[..., None, None])
    expected = np.clip(np.rint(PHOTO.astype(float) @ matrix.T), 0, 255)
    within_one(step.apply(PHOTO), expected)


def test_each_output_channel_is_normalized_by_its_own_sum():
    kernel = np.abs(RNG.normal(size=(3, 3, 3, 3))) + 0.1
    kernel[2] *= -1  # a negative sum
    step = Step(kernel=kernel, normalize=True)
    sums = kernel.reshape(3, -1).sum(axis=1)
    assert step.divisors == pytest.approx(tuple(sums))
    expected = across(PHOTO, kernel / sums[:, None, None, None])
    within_one(step.apply(PHOTO), round_saturate(expected, np.uint8))
    gimp = Step(kernel=kernel, normalize="gimp")
    assert gimp.offsets == (0.0, 0.0, 255.0)
    assert gimp.divisors == pytest.approx(tuple(np.abs(sums)))


def test_per_channel_offsets_need_a_kernel_per_channel():
    with pytest.raises(StepError, match="kernel is shared"):
        Step(kernel=np.ones((3, 3)), offset=(1, 2, 3))
    with pytest.raises(StepError, match="give one offset or 3, not 2"):
        Step(kernel=np.ones((3, 3, 3)), offset=(1, 2))
    with pytest.raises(StepError, match="between"):
        Step(kernel=np.ones((3, 3, 3)), offset=(1, 2, 1e9))
    assert Step(kernel=np.ones((3, 3, 3)), offset=6).offsets == (6.0, 6.0, 6.0)
    with pytest.raises(StepError, match="one offset per channel"):
        _ = Step(kernel=np.ones((3, 3, 3))).effective_offset


@pytest.mark.parametrize(("kernel", "message"), [
    (np.ones((3, 2, 3, 3)), "as many output channels as input channels"),
    (np.ones((MAX_SLICES + 1, 3, 3)), f"1 to {MAX_SLICES} channel slices"),
    (np.ones((3, 3, 0)), "at least one weight"),
    (np.ones((2, 2, 2, 2, 2)), "one per output and input channel; got 5 dimensions"),
    ([[[1, 2], [3]]], "whose rows all have the same length"),
    (np.array([[[1.0, np.nan]]]), "slice 1: kernel weight at row 1, column 2 is nan"),
])
def test_bad_kernels_of_several_slices_are_refused(kernel, message):
    with pytest.raises(KernelError, match=message):
        Step(kernel=kernel)


def test_an_image_with_another_number_of_channels_is_refused_clearly():
    step = Step(kernel=np.ones((3, 3, 3)) / 9)
    with pytest.raises(KernelError,
                       match=r"slice for each of 3 channels.*filters 1 .*\(L,") as grey:
        step.apply(PHOTO[..., 0])
    # A grey photo has no 3 channels to choose, and "1 slices" is not English.
    assert str(grey.value).endswith("'color'); give a kernel with one slice")
    rgba = np.dstack([PHOTO, np.full(PHOTO.shape[:2], 255, np.uint8)])
    assert step.apply(rgba).shape == rgba.shape  # colour: R, G and B; alpha kept
    np.testing.assert_array_equal(step.apply(rgba)[..., 3], rgba[..., 3])
    with pytest.raises(KernelError, match="filters 4") as every:
        step.replace(channels="all").apply(rgba)
    assert str(every.value).endswith("give a kernel with 4 slices, or choose 3 channels")
    two = Step(kernel=np.ones((2, 2, 1, 1)) / 2, channels="rb")
    result = two.apply(PHOTO)
    np.testing.assert_array_equal(result[..., 1], PHOTO[..., 1])
    mean = np.rint((PHOTO[..., 0].astype(float) + PHOTO[..., 2]) / 2)
    within_one(result[..., 0], mean)


@pytest.mark.parametrize("shape", [(3, 3, 3), (3, 3, 3, 3)])
def test_hidden_colour_does_not_reach_visible_pixels(shape):
    kernel = np.abs(RNG.normal(size=shape))
    alpha = RNG.choice(np.array([0, 90, 255], np.uint8), PHOTO.shape[:2])
    rgba = np.dstack([PHOTO, alpha])
    other = rgba.copy()
    hidden = alpha == 0
    other[hidden, :3] = 255 - other[hidden, :3]
    step = Step(kernel=kernel, normalize=True)
    ours, changed = step.apply(rgba), step.apply(other)
    visible = alpha > 0
    np.testing.assert_array_equal(ours[visible], changed[visible])
    opaque = np.dstack([PHOTO, np.full(PHOTO.shape[:2], 255, np.uint8)])
    np.testing.assert_array_equal(step.apply(opaque),
                                  step.replace(alpha_weighting=False).apply(opaque))


def test_linear_light_and_iterations_follow_the_slices():
    identity = np.zeros((3, 3, 3, 3))
    for index in range(3):
        identity[index, index, 1, 1] = 1
    np.testing.assert_array_equal(Step(kernel=identity, linear=True).apply(PHOTO), PHOTO)
    kernel = RNG.normal(size=(3, 3, 3)) * 0.4
    twice = Step(kernel=kernel, iterations=2, border="valid")
    once = Step(kernel=kernel, border="valid")
    np.testing.assert_array_equal(twice.apply(PHOTO), once.apply(once.apply(PHOTO)))
    assert twice.result_shape(PHOTO.shape) == (11, 15)


@settings(max_examples=25, deadline=None)
@given(kind=st.sampled_from([3, 4]), rows=st.integers(1, 5), cols=st.integers(1, 5),
       channels=st.integers(1, 4), flip=st.booleans(), border=st.sampled_from(BORDERS),
       seed=st.integers(0, 2**32 - 1))
def test_any_kernel_of_several_slices_matches_the_loop(kind, rows, cols, channels, flip, border,
                                                        seed):
    rng = np.random.default_rng(seed)
    image = rng.integers(0, 256, (9, 8, channels)).astype(np.uint8)
    kernel = rng.normal(size=(channels,) * (kind - 2) + (rows, cols))
    step = Step(kernel=kernel, flip=flip, border=border, channels="all",
                alpha_weighting=False)
    weights, anchor = step.weights_and_anchor()
    reference = across if kind == 4 else per_channel
    expected = round_saturate(reference(image, weights, border, 0.0, anchor), np.uint8)
    within_one(step.apply(image), expected)


@pytest.mark.parametrize("shape", [(3, 3, 3), (3, 3, 3, 3)])
@pytest.mark.parametrize("rgba", [False, True])
def test_the_explanation_is_what_the_step_stored(shape, rgba):
    image = PHOTO
    if rgba:
        image = np.dstack([PHOTO, RNG.choice(np.array([0, 128, 255], np.uint8),
                                             PHOTO.shape[:2])])
    kernel = RNG.normal(size=shape) * 0.4
    step = Step(kernel=kernel, offset=(3, 9, -4), divisor=0.8, opacity=0.75)
    output = step.apply(image)
    for row, col in [(0, 0), (7, 9), (14, 18), (3, 17)]:
        explained = explain_step(step, image, row, col, output=output)
        assert explained.weights.shape == shape
        assert np.abs(explained.stages[-1][1] - explained.value).max() <= 1
    explained = explain_step(step.replace(opacity=1.0, alpha_weighting=False), image, 5, 5)
    if not rgba and len(shape) == 4:  # the sum stage is the whole sum over the inputs
        window = image[4:7, 4:7].astype(float)
        expected = np.einsum("hwj,ijhw->i", window, kernel)
        np.testing.assert_allclose(explained.stages[0][1], expected)


def test_a_part_is_one_slice_as_a_shared_step():
    kernel = RNG.normal(size=(3, 3, 3, 3)) + 1
    step = Step(kernel=kernel, offset=(1, 2, 3), normalize=True)
    part = step.part(1, 2)
    assert part.kind == "shared"
    np.testing.assert_array_equal(part.kernel, kernel[1, 2])
    assert part.effective_divisor == pytest.approx(kernel[1].sum())
    assert part.effective_offset == 2
    with pytest.raises(StepError, match="output and its input"):
        step.part(1)
    slices = Step(kernel=kernel[:, 0], offset=(1, 2, 3), channels="color")
    np.testing.assert_array_equal(slices.part(2).replace(channels="b").apply(PHOTO)[..., 2],
                                  slices.apply(PHOTO)[..., 2])


def test_recipes_keep_every_slice_and_offset():
    steps = (Step(kernel=RNG.normal(size=(3, 2, 3)), offset=(1.5, 0, -2), anchor=(0, 1)),
             Step(kernel=RNG.normal(size=(3, 3, 1, 1)), normalize="gimp"),
             Step.from_preset("sharpen"))
    text = dumps_recipe(Stack(steps))
    assert json.loads(text)["version"] == 3
    assert loads_recipe(text) == Stack(steps)
    old = json.dumps({"format": "kernelstudio-recipe", "version": 2,
                      "steps": [{"kernel": [[[1, 2]], [[3, 4]]]}]})
    assert loads_recipe(old).steps[0].kind == "per-channel"
    with pytest.raises(RecipeError, match=r"step 1: .*as many output channels"):
        loads_recipe(json.dumps({"steps": [{"kernel": [[[[1]], [[2]]]]}]}))


def test_kernel_text_writes_and_reads_slices_exactly():
    for shape in [(3, 3, 3), (2, 2, 4, 1), (4, 1, 1)]:
        kernel = RNG.normal(size=shape)
        for multiline in (False, True):
            np.testing.assert_array_equal(
                parse_kernel_text(kernel_to_text(kernel, multiline=multiline)), kernel)
    assert parse_kernel_text("1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1").shape == (3, 3, 1, 1)
    printed = """tensor([[[[ 0.5, -1.]],
         [[ 2., .25]]],
        [[[ 0.,  1.]],
         [[ 1e-3,  0.]]]])"""  # as PyTorch prints a Conv2d.weight
    np.testing.assert_array_equal(parse_kernel_text(printed),
                                  [[[[0.5, -1]], [[2, 0.25]]], [[[0, 1]], [[0.001, 0]]]])
    with pytest.raises(KernelError, match="as many output channels"):
        parse_kernel_text("[[[[1]], [[2]]]]")


@pytest.mark.parametrize(("text", "message"), [
    ("1 2 | 3", "same size; got 1×1, 1×2"),
    ("1 | 2 || 3", "2 each, got 2, 1"),
    ("1 | ", "grid 2: it is empty"),
    ("1 | x", "grid 2: "),
    ("1 || 2 | 3 || 4", "output channel 2|got 1, 2, 1"),
    ("[[[1, 2], [3]]]", "balanced|same length|2-D grid"),
    ("[[[import os]]]", "plain numbers"),
])
def test_bad_kernel_text_of_several_slices_says_where(text, message):
    with pytest.raises(KernelError, match=message):
        parse_kernel_text(text)


@pytest.mark.parametrize(("text", "count"), [
    (" | ".join(["1"] * 5000), 5000),
    (" || ".join(["1"] * 5000), 5000),
    (" || ".join(["1 | 1 | 1"] * 3000), 3000),
    ("1 | 1 || " + " | ".join(["x"] * 9), 9),  # counted before the grids are read
])
def test_more_slices_than_a_kernel_has_are_refused_in_one_short_line(text, count):
    with pytest.raises(KernelError) as caught:
        parse_kernel_text(text)
    assert str(caught.value) == f"a kernel has 1 to 8 channel slices, got {count}"


def test_what_cannot_hold_slices_says_so():
    step = Step(kernel=np.ones((3, 3, 3)))
    with pytest.raises(KernelFileError, match="no kernel per channel"):
        dumps_acf(step)
    with pytest.raises(CodeError, match="the step has a kernel per channel"):
        step_to_code(step, "magick")


def test_a_new_kernel_of_another_kind_keeps_what_offsets_it_can():
    step = Step(kernel=np.ones((3, 3, 3)), offset=(4, 4, 4), anchor=(0, 0))
    assert step.replace(kernel=np.ones((3, 3))).offset == 4
    assert step.replace(kernel=np.ones((3, 3))).anchor == (0, 0)
    mixed = step.replace(offset=(1, 2, 3))
    assert mixed.choose(preset="sharpen").offset == 0
    assert mixed.replace(kernel=np.zeros((3, 5, 5))).offset == (1, 2, 3)
    assert mixed.replace(kernel=np.zeros((3, 3, 1, 1))).offset == (1, 2, 3)
    assert mixed.replace(kernel=np.zeros((4, 3, 3))).offset == 0


def test_a_step_made_another_kind_makes_the_same_picture_or_says_why_not():
    shared = Step(kernel=RNG.normal(size=(3, 3)), offset=5)
    for kind in ("per-channel", "cross-channel"):
        other = shared.as_kind(kind)
        assert other.kind == kind
        np.testing.assert_array_equal(other.apply(PHOTO), shared.apply(PHOTO))
        assert other.as_kind("shared") == shared
    assert shared.replace(channels="rb").as_kind("per-channel").slices == 2
    assert shared.as_kind("per-channel", channels=1).slices == 1
    mixing = Step(kernel=RNG.normal(size=(3, 3, 3, 3)))
    with pytest.raises(StepError, match="mixes channels"):
        mixing.as_kind("per-channel")
    with pytest.raises(StepError, match="different grids"):
        Step(kernel=RNG.normal(size=(3, 3, 3))).as_kind("shared")
    with pytest.raises(StepError, match="different offsets"):
        Step(kernel=np.ones((3, 3, 3)), offset=(1, 2, 3)).as_kind("shared")
    with pytest.raises(StepError, match="not 'round'"):
        shared.as_kind("round")
