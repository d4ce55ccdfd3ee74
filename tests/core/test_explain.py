"""`explain_step`: one pixel of a step worked out, against the step itself and np.pad."""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kernelstudio.core import (
    BORDERS,
    ImageError,
    KernelError,
    Step,
    channel_names,
    explain_step,
)
from kernelstudio.core.passes import levels

#: np.pad's names for our borders.
PAD_MODES = {"reflect101": "reflect", "reflect": "symmetric", "replicate": "edge",
             "wrap": "wrap", "constant": "constant"}
DTYPES = (np.uint8, np.uint16, np.float32, np.float64)
CHANNEL_CHOICES = ("color", "all", "r", "g", "b", "a", "rb", "ga", "gba", "rgba")


@st.composite
def cases(draw, *, light_alpha_and_passes=False):
    """A step with any options, an image it can filter, and a pixel of its output.

    The arithmetic of one pass on encoded values, unless `light_alpha_and_passes`: then
    linear light, alpha weighting and iterations are drawn too.
    """
    border = draw(st.sampled_from(BORDERS))
    kh, kw = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    if draw(st.booleans()):
        kernel = draw(st.lists(st.integers(-3, 3), min_size=kh * kw, max_size=kh * kw))
    else:
        kernel = draw(st.lists(st.floats(-1, 1), min_size=kh * kw, max_size=kh * kw))
    normalize = draw(st.sampled_from([False, True, "gimp"]))
    anchor = draw(st.none() | st.tuples(st.integers(0, kh - 1), st.integers(0, kw - 1)))
    passes = draw(st.integers(1, 3)) if light_alpha_and_passes else 1
    step = Step(
        kernel=np.reshape(kernel, (kh, kw)), border=border, flip=draw(st.booleans()),
        anchor=anchor, iterations=passes,
        linear=light_alpha_and_passes and draw(st.booleans()),
        alpha_weighting=light_alpha_and_passes and draw(st.booleans()),
        normalize=normalize, divisor=draw(st.sampled_from([1.0, 2.0, -3.0, 4.5])),
        absolute=draw(st.booleans()), offset=draw(st.sampled_from([0.0, 3.0, -20.5, 128.0])),
        opacity=draw(st.sampled_from([1.0, 0.5, 0.3, 0.0])),
        cval=draw(st.sampled_from([0.0, 100.0, 300.0, -5.4])),
        channels=draw(st.sampled_from(CHANNEL_CHOICES)), enabled=draw(st.booleans()),
    )
    low_h, low_w = ((kh - 1) * passes + 1, (kw - 1) * passes + 1) if border == "valid" else (1, 1)
    shape = (draw(st.integers(low_h, low_h + 6)), draw(st.integers(low_w, low_w + 6)))
    count = draw(st.integers(0, 4))  # 0: a 2-D image
    if count:
        shape += (count,)
    dtype = draw(st.sampled_from(DTYPES))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if np.dtype(dtype).kind == "f":
        image = rng.random(shape).astype(dtype)
    else:
        image = rng.integers(0, np.iinfo(dtype).max, shape, endpoint=True).astype(dtype)
    if light_alpha_and_passes and count in (2, 4) and draw(st.booleans()):
        image[..., -1] = 0  # some fully transparent pixels, whose colour must not bleed
        image[: shape[0] // 2, ..., -1] = levels(np.dtype(dtype))
    out_h, out_w = step.result_shape(shape)
    row, col = draw(st.integers(0, out_h - 1)), draw(st.integers(0, out_w - 1))
    return step, image, row, col


def padded_reference(step: Step, image: np.ndarray, row: int, col: int, chosen) -> tuple:
    """The window of the chosen channels cut from np.pad's border, and per axis the source
    indices read (found by padding an axis of indices the same way) and the cells beyond
    the image."""
    planes = (image if image.ndim == 3 else image[..., None])[..., chosen].astype(np.float64)
    kh, kw = step.kernel.shape
    if step.border == "valid":
        inside = np.zeros(kh, bool), np.zeros(kw, bool)
        return (planes[row : row + kh, col : col + kw], np.arange(row, row + kh),
                np.arange(col, col + kw), *inside)
    ay, ax = step.weights_and_anchor()[1]
    widths = (ay, kh - 1 - ay), (ax, kw - 1 - ax)
    mode = PAD_MODES[step.border]
    scale = 1.0 if image.dtype.kind == "f" else float(np.iinfo(image.dtype).max)
    fill = step.cval * scale / 255
    if image.dtype.kind != "f":
        fill = min(max(round(fill), 0), scale)
    extra = {"constant_values": fill} if mode == "constant" else {}
    window = np.pad(planes, (*widths, (0, 0)), mode=mode, **extra)[row : row + kh, col : col + kw]
    # constant reads no pixel beyond the image; the engine gives the nearest edge's index.
    index_mode = "edge" if mode == "constant" else mode
    rows = np.pad(np.arange(image.shape[0]), widths[0], mode=index_mode)[row : row + kh]
    cols = np.pad(np.arange(image.shape[1]), widths[1], mode=index_mode)[col : col + kw]
    beyond_rows = np.pad(np.zeros(image.shape[0], bool), widths[0], constant_values=True)
    beyond_cols = np.pad(np.zeros(image.shape[1], bool), widths[1], constant_values=True)
    return window, rows, cols, beyond_rows[row : row + kh], beyond_cols[col : col + kw]


def expected_keys(step: Step) -> list[str]:
    wanted = {"divide": step.effective_divisor != 1, "absolute": step.absolute,
              "offset": step.effective_offset != 0, "opacity": step.opacity < 1}
    return ["sum", *(key for key, used in wanted.items() if used), "round"]


@settings(max_examples=400, deadline=None)
@given(cases())
def test_explain_step_agrees_with_the_step_and_with_np_pad(case):
    step, image, row, col = case
    output = step.apply(image)
    explained = explain_step(step, image, row, col)
    count = 1 if image.ndim == 2 else image.shape[2]
    chosen = [index for index in range(count) if channel_is_chosen(step.channels, index, count)]
    assert explained.channels == tuple(chosen)
    assert explained.names == tuple(channel_names(count)[index] for index in chosen)
    # (a) the value is what the step stored, whether or not the output is passed in
    stored = (output if output.ndim == 3 else output[..., None])[row, col, chosen]
    assert explained.value.dtype == image.dtype
    np.testing.assert_array_equal(explained.value, stored)
    np.testing.assert_array_equal(explain_step(step, image, row, col, output=output).value,
                                  stored)
    # (c) the window, and where it was read
    window, rows, cols, beyond_rows, beyond_cols = padded_reference(step, image, row, col,
                                                                    chosen)
    np.testing.assert_array_equal(explained.window, window)
    np.testing.assert_array_equal(explained.rows, rows)
    np.testing.assert_array_equal(explained.cols, cols)
    np.testing.assert_array_equal(explained.outside, beyond_rows[:, None] | beyond_cols[None, :])
    flipped = step.kernel[::-1, ::-1] if step.flip else step.kernel
    np.testing.assert_array_equal(explained.weights, flipped)
    np.testing.assert_array_equal(explained.products, window * flipped[..., None])
    # (d) the stages the options call for, in order
    stages = dict(explained.stages)
    assert [key for key, _ in explained.stages] == expected_keys(step)
    np.testing.assert_allclose(stages["sum"], (window * flipped[..., None]).sum(axis=(0, 1)))
    # (b) the teaching arithmetic ends where the engine did
    rounded = stages["round"]
    if image.dtype.kind == "f":
        tolerance = 1e-5 if image.dtype == np.float32 else 1e-9
        np.testing.assert_allclose(rounded, stored, rtol=0, atol=tolerance)
        return
    assert np.abs(rounded - stored.astype(np.float64)).max(initial=0) <= 1
    unrounded = explained.stages[-2][1]
    # How far the engine's own sums may be from the float64 ones: its working type's
    # rounding, once per weight, over the size of the terms summed (and mixed after).
    work = np.float32 if image.dtype == np.uint8 else np.float64
    terms = np.abs(explained.products).sum(axis=(0, 1)) / abs(step.effective_divisor)
    slack = 4 * step.kernel.size * np.finfo(work).eps * (terms + abs(step.effective_offset)
                                                         + 255)
    near_tie = np.abs(unrounded % 1 - 0.5) <= 1e-3 + slack
    # Whole weights, no divisor and no mix: every sum is a whole number in float32 too. (An
    # opacity such as 0.3 is not exact in float32 and may tip a tie the other way.)
    exact = (np.array_equal(step.kernel, np.rint(step.kernel)) and step.effective_divisor == 1
             and step.opacity == 1)
    if exact:
        np.testing.assert_array_equal(rounded, stored)
    np.testing.assert_array_equal(rounded[~near_tie], stored[~near_tie])


@settings(max_examples=300, deadline=None)
@given(cases(light_alpha_and_passes=True))
def test_explain_step_in_linear_light_with_alpha_and_iterations_ends_where_the_step_did(case):
    step, image, row, col = case
    explained = explain_step(step, image, row, col)
    stored = explained.value.astype(np.float64)
    keys = [key for key, _ in explained.stages]
    assert ("encode" in keys) == (step.linear and any(name != "A" for name in explained.names))
    rounded = explained.stages[-1][1]
    if image.dtype.kind == "f":
        np.testing.assert_allclose(rounded, stored, rtol=0, atol=1e-4 * step.iterations)
    else:
        # The engine rounds between passes and, in linear light, to 16 bits (8-bit images)
        # before encoding; the explanation's last pass is exact float64 on the same input.
        assert np.abs(rounded - stored).max(initial=0) <= 1


def channel_is_chosen(channels: str, index: int, count: int) -> bool:
    """Which channels a step filters, as its docstring says it, written out per channel."""
    alpha = count in (2, 4) and index == count - 1
    if channels == "all" or count > 4:
        return True
    if channels == "color":
        return not alpha
    if alpha:
        return "a" in channels
    if count < 3:
        return bool(set(channels) & set("rgb"))
    return "rgb"[index] in channels


def test_the_example_of_a_mixed_step_on_a_grey_image():
    photo = np.array([[0, 100, 200], [50, 150, 250]], np.uint8)
    step = Step(kernel=[[1, -1]], absolute=True, opacity=0.5, border="replicate")
    explained = explain_step(step, photo, 0, 1)
    assert (explained.top, explained.left, explained.anchor) == (0, 0, (0, 1))
    assert explained.window.shape == (1, 2, 1)
    assert [(key, values.tolist()) for key, values in explained.stages] == [
        ("sum", [-100.0]), ("absolute", [100.0]), ("opacity", [100.0]), ("round", [100.0])]
    assert explained.value.tolist() == [100]
    assert explained.full_scale == 255.0
    assert explained.integer


def test_a_valid_border_explains_the_smaller_output_and_a_flip_moves_the_anchor():
    image = np.arange(30, dtype=np.float64).reshape(5, 6) / 30
    step = Step(kernel=np.ones((2, 3)), border="valid", flip=True, normalize=True)
    explained = explain_step(step, image, 0, 0)
    assert explained.anchor == (0, 1)
    assert (explained.top, explained.left) == (0, 0)
    assert explained.rows.tolist() == [0, 1]
    assert explained.cols.tolist() == [0, 1, 2]
    assert not explained.integer
    assert explained.full_scale == 1.0


def test_constant_fill_is_in_8_bit_levels_rounded_and_saturated():
    image = np.zeros((3, 3), np.uint16)
    explained = explain_step(Step(kernel=np.ones((3, 3)), border="constant", cval=1.5), image,
                             0, 0)
    assert explained.window[0, 0, 0] == round(1.5 * 257)
    explained = explain_step(Step(kernel=np.ones((3, 3)), border="constant", cval=300), image,
                             0, 0)
    assert explained.window[0, 0, 0] == 65535


def test_a_disabled_step_is_explained_as_if_enabled():
    image = np.full((4, 4), 10, np.uint8)
    explained = explain_step(Step(kernel=[[2.0]], enabled=False), image, 1, 1)
    assert explained.value.tolist() == [20]


def test_without_the_value_nothing_but_the_window_is_worked_out(monkeypatch):
    image = np.arange(36, dtype=np.uint8).reshape(6, 6)
    step = Step(kernel=np.ones((3, 3)), normalize=True)
    with_value = explain_step(step, image, 2, 3)
    monkeypatch.setattr(Step, "apply", lambda *args, **kwargs: pytest.fail("applied"))
    without = explain_step(step, image, 2, 3, with_value=False)
    assert without.value is None
    for (key, values), (other, expected_values) in zip(without.stages, with_value.stages,
                                                         strict=True):
        assert key == other
        np.testing.assert_array_equal(values, expected_values)


def test_every_array_is_read_only():
    image = np.random.default_rng(1).random((4, 5, 3))
    explained = explain_step(Step(kernel=np.ones((3, 3)), divisor=9, offset=2, opacity=0.5),
                             image, 2, 2)
    arrays = [explained.weights, explained.rows, explained.cols, explained.outside,
              explained.window, explained.products, explained.value,
              *(values for _, values in explained.stages)]
    assert not any(array.flags.writeable for array in arrays)


@pytest.mark.parametrize(("border", "row", "col", "message"), [
    ("reflect101", 4, 0, "pixel (row 4, column 0) lies outside the 4×5 result"),
    ("reflect101", 0, -1, "pixel (row 0, column -1) lies outside the 4×5 result"),
    ("valid", 2, 0, "pixel (row 2, column 0) lies outside the 2×3 result"),
    ("reflect101", 1.0, 0, "row must be a whole number"),
    ("reflect101", 0, "1", "column must be a whole number"),
])
def test_a_pixel_outside_the_output_or_not_whole_is_refused(border, row, col, message):
    step = Step(kernel=np.ones((3, 3)), border=border)
    with pytest.raises(ImageError, match=re.escape(message)):
        explain_step(step, np.zeros((4, 5), np.uint8), row, col)


def test_bad_images_and_outputs_are_refused():
    step = Step(kernel=np.ones((3, 3)))
    image = np.zeros((4, 5), np.uint8)
    with pytest.raises(ImageError, match="uint8, uint16, float32 and float64"):
        explain_step(step, image.astype(np.int32), 0, 0)
    with pytest.raises(ImageError, match="output must be the step's uint8 result"):
        explain_step(step, image, 0, 0, output=np.zeros((4, 5), np.uint16))
    with pytest.raises(ImageError, match=re.escape("of shape (4, 5), got uint8 of shape (3, 5)")):
        explain_step(step, image, 0, 0, output=np.zeros((3, 5), np.uint8))
    with pytest.raises(KernelError, match="border 'valid' needs an image"):
        explain_step(step.replace(border="valid"), image[:2], 0, 0)


@pytest.mark.parametrize(("count", "names"), [
    (1, ("L",)), (2, ("L", "A")), (3, ("R", "G", "B")), (4, ("R", "G", "B", "A")),
    (6, ("R", "G", "B", "A", "5", "6"))])
def test_channel_names(count, names):
    assert channel_names(count) == names
