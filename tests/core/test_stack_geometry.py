"""Where a stack's pixels come from: `Stack.input_offset`, `Stack.locate` and `Stack.reach`.

Each is checked by applying stacks to images: an image whose pixels hold their own position
shows where every output pixel comes from, and changing pixels shows what a pixel depends on.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kernelstudio.core import BORDERS, ImageError, Stack, Step, StepError

ANY_SIZE = st.integers(1, 5)


def centre_one(rows: int, cols: int) -> np.ndarray:
    """A kernel that copies the pixel under its anchor, flipped or not."""
    kernel = np.zeros((rows, cols))
    kernel[rows // 2, cols // 2] = 1
    return kernel


def positions(height: int, width: int) -> np.ndarray:
    """Each pixel holds ``row * width + col`` (uint16, which steps copy exactly)."""
    return np.arange(height * width, dtype=np.uint16).reshape(height, width)


@st.composite
def copying_stacks(draw, borders=BORDERS):
    """Stacks of copying steps (of any size, border, flip), some of them disabled."""
    steps = []
    for _ in range(draw(st.integers(1, 4))):
        shape = draw(st.integers(1, 4)), draw(st.integers(1, 4))
        steps.append(Step(kernel=centre_one(*shape), border=draw(st.sampled_from(borders)),
                          flip=draw(st.booleans()), enabled=draw(st.booleans())))
    return Stack(tuple(steps))


def output_of(stack: Stack, index: int, image: np.ndarray) -> np.ndarray:
    """What step `index` makes, run even if disabled, of what the steps before it make."""
    return stack.steps[index].apply(Stack(stack.steps[:index]).apply(image))


@settings(max_examples=150, deadline=None)
@given(copying_stacks(), st.integers(9, 14), st.integers(9, 14), st.data())
def test_locate_and_input_offset_say_where_each_output_pixel_comes_from(stack, height, width,
                                                                        data):
    index = data.draw(st.integers(0, len(stack.steps) - 1))
    image = positions(height, width)
    before = Stack(stack.steps[:index]).apply(image)
    assert divmod(int(before[0, 0]), width) == stack.input_offset(index)
    assert stack.input_offset(index) == Stack(stack.steps[:index]).offset
    out = output_of(stack, index, image)
    came_from = {divmod(int(value), width): (r, c) for (r, c), value in np.ndenumerate(out)}
    for row in range(-1, height + 1):
        for col in range(-1, width + 1):
            assert stack.locate(index, row, col, (height, width, 3)) == came_from.get((row, col))


@settings(max_examples=100, deadline=None)
@given(copying_stacks(), st.integers(9, 14), st.integers(9, 14))
def test_result_pixel_says_which_result_pixel_lies_over_each_input_pixel(stack, height, width):
    image = positions(height, width)
    result = stack.apply(image)
    top, left = stack.offset
    for row in range(-1, height + 1):
        for col in range(-1, width + 1):
            pixel = stack.result_pixel(row, col, (height, width))
            inside = 0 <= row - top < result.shape[0] and 0 <= col - left < result.shape[1]
            assert pixel == ((row - top, col - left) if inside else None)
            if pixel is not None:  # copying steps: the value there came from right here
                assert divmod(int(result[pixel]), width) == (row, col)


def test_input_offset_skips_disabled_steps_and_the_step_itself():
    valid = Step(kernel=np.ones((3, 5)), border="valid")
    stack = Stack((valid, valid.replace(enabled=False), valid, Step(kernel=np.ones((2, 2)))))
    assert [stack.input_offset(index) for index in range(4)] == [(0, 0), (1, 2), (1, 2), (2, 4)]
    assert stack.offset == (2, 4)


def test_locate_gives_none_where_valid_borders_leave_nothing():
    stack = Stack((Step(kernel=np.ones((5, 5)), border="valid"),) * 2)
    assert stack.locate(1, 4, 4, (8, 8)) is None  # the second 5×5 does not fit in 4×4
    assert stack.locate(0, 4, 4, (8, 8)) == (2, 2)


@pytest.mark.parametrize("call", [
    lambda stack: stack.locate(2, 0, 0, (5, 5)),
    lambda stack: stack.input_offset(-1),
    lambda stack: stack.input_offset(1.0),
])
def test_a_step_index_outside_the_stack_is_refused(call):
    stack = Stack((Step(kernel=np.ones((3, 3))), Step(kernel=np.ones((3, 3)))))
    with pytest.raises(StepError, match=r"step index must be a whole number|no step"):
        call(stack)


def test_locate_wants_whole_pixel_numbers():
    stack = Stack((Step(kernel=np.ones((3, 3))),))
    with pytest.raises(ImageError, match="row must be a whole number"):
        stack.locate(0, 1.5, 0, (5, 5))
    with pytest.raises(ImageError, match="column must be a whole number"):
        stack.locate(0, 1, None, (5, 5))


@st.composite
def summing_stacks(draw, borders, sizes=ANY_SIZE):
    """Stacks of averaging steps, so every input pixel under a kernel counts and values stay
    within 0..1 unclipped; some steps disabled."""
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        shape = draw(sizes), draw(sizes)
        steps.append(Step(kernel=np.ones(shape), normalize=True, flip=draw(st.booleans()),
                          border=draw(st.sampled_from(borders)), enabled=draw(st.booleans())))
    return Stack(tuple(steps))


def reached_pixel(stack: Stack, data) -> tuple[np.ndarray, int, int, tuple[int, int]]:
    """An image, a pixel (`row`, `col`) of it farther than the reach from its edges, and the
    pixel of the result over it."""
    reach_rows, reach_cols = stack.reach
    height, width = 2 * reach_rows + 13, 2 * reach_cols + 13
    image = np.random.default_rng(5).uniform(0.25, 0.75, (height, width))
    row = data.draw(st.integers(reach_rows + 1, height - reach_rows - 2))
    col = data.draw(st.integers(reach_cols + 1, width - reach_cols - 2))
    offset_rows, offset_cols = stack.offset
    return image, row, col, (row - offset_rows, col - offset_cols)


@settings(max_examples=100, deadline=None)
@given(summing_stacks(BORDERS), st.data())
def test_pixels_beyond_the_reach_do_not_change_a_result_pixel(stack, data):
    image, row, col, where = reached_pixel(stack, data)
    reach_rows, reach_cols = stack.reach
    result = stack.apply(image)
    changed = 1 - image
    near = (slice(row - reach_rows, row + reach_rows + 1),
            slice(col - reach_cols, col + reach_cols + 1))
    changed[near] = image[near]
    assert stack.apply(changed)[where] == pytest.approx(result[where], abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(summing_stacks(BORDERS, sizes=st.sampled_from([1, 3, 5])), st.data())
def test_the_reach_is_tight_for_kernels_centred_on_their_anchor(stack, data):
    image, row, col, where = reached_pixel(stack, data)
    reach_rows, reach_cols = stack.reach
    result = stack.apply(image)[where]
    for d_row, d_col in ((-reach_rows, 0), (reach_rows, 0), (0, -reach_cols), (0, reach_cols)):
        changed = image.copy()
        changed[row + d_row, col + d_col] = 0
        assert stack.apply(changed)[where] != result


@settings(max_examples=100, deadline=None)
@given(summing_stacks(("reflect101", "reflect", "replicate", "constant")), st.data())
def test_a_crop_with_the_reach_as_margin_gives_exact_pixels_in_the_region(stack, data):
    # float64, so that a crop's different blocks cannot move a float32 sum across a
    # rounding tie: what is compared is which pixels count, not the last bit.
    image = np.random.default_rng(8).random((24, 28, 3))
    reach_rows, reach_cols = stack.reach
    top, left = data.draw(st.integers(0, 20)), data.draw(st.integers(0, 24))
    bottom, right = top + data.draw(st.integers(1, 4)), left + data.draw(st.integers(1, 4))
    crop_top, crop_left = max(0, top - reach_rows), max(0, left - reach_cols)
    crop = image[crop_top : bottom + reach_rows, crop_left : right + reach_cols]
    whole = np.pad(stack.apply(image), ((0, 30), (0, 30), (0, 0)), constant_values=-1)
    part = np.pad(stack.apply(crop), ((0, 30), (0, 30), (0, 0)), constant_values=-1)
    offset_rows, offset_cols = stack.offset
    for row in range(top, bottom):
        for col in range(left, right):
            r, c = row - offset_rows, col - offset_cols
            if r < 0 or c < 0 or whole[r, c, 0] < 0:
                continue  # a valid border leaves this pixel out of the result
            np.testing.assert_allclose(part[row - crop_top - offset_rows,
                                            col - crop_left - offset_cols], whole[r, c],
                                       rtol=0, atol=1e-12)


def test_reach_of_flipped_and_even_kernels_and_of_no_steps():
    assert Stack().reach == (0, 0)
    even = Step(kernel=np.ones((4, 2)))
    assert Stack((even,)).reach == (2, 1)
    assert Stack((even.replace(flip=True),)).reach == (2, 1)
    assert Stack((even, even.replace(enabled=False), even)).reach == (4, 2)
