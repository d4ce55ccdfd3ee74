"""Trainer: gradient descent from random weights falls steadily to learn_kernel's answer."""

import numpy as np
import pytest

from kernelstudio.core import Step, StepError, learn_kernel, load_image
from kernelstudio.core.train import Trainer
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[60:188, 150:278].copy()
RNG = np.random.default_rng(7)
KERNELS = {
    "shared": RNG.normal(0, 0.05, (3, 3)) + 1 / 9,
    "per-channel": RNG.normal(0, 0.05, (3, 3, 3)) + 1 / 9,
    "cross-channel": RNG.normal(0, 0.05, (3, 3, 3, 3)) + np.eye(3)[:, :, None, None] / 9,
}
MODES = list(KERNELS)


def trainer(mode, **options):
    after = Step(kernel=KERNELS[mode], offset=(4.0 if mode == "shared" else (4, -3, 2))
                 ).apply(PHOTO)
    return Trainer(PHOTO, after, 3, mode=mode, **options), after


@pytest.mark.parametrize("mode", MODES)
def test_the_loss_never_rises_with_the_default_rate(mode):
    train, _ = trainer(mode)
    train.step(3000)
    steps = np.diff(train.losses)
    assert len(train.losses) == 3001
    assert train.iteration == 3000
    # Rounding of float64 sums near the minimum is all that may move it up.
    assert steps.max() <= 1e-9 * train.losses[0]
    assert train.loss < train.losses[0] / 1000


@pytest.mark.parametrize(("mode", "momentum", "updates"), [
    ("shared", 0.0, 30_000), ("per-channel", 0.0, 30_000), ("cross-channel", 0.9, 30_000),
    ("shared", 0.9, 5_000),
])
def test_it_converges_to_the_exact_answer(mode, momentum, updates):
    train, after = trainer(mode, momentum=momentum)
    start = train.distance
    assert start > 0.01  # random weights are far from the answer
    train.step(updates)
    assert train.distance < 1e-3
    exact = learn_kernel(PHOTO, after, 3, mode=mode)
    np.testing.assert_allclose(train.exact.kernel, exact.kernel, atol=1e-12)
    assert np.sqrt(np.mean((train.kernel - exact.kernel) ** 2)) == pytest.approx(
        train.distance)
    assert np.allclose(train.offset, exact.offset, atol=0.05)
    made = train.current_step().apply(PHOTO)
    assert np.abs(made.astype(int) - after).max() <= 1


def test_current_step_applies_the_current_weights():
    train, _ = trainer("per-channel", seed=3)
    step = train.current_step()
    assert step.kind == "per-channel"
    np.testing.assert_array_equal(step.kernel, train.kernel)
    assert step.offset == train.offset
    expected = Step(kernel=train.kernel, offset=train.offset, alpha_weighting=False)
    np.testing.assert_array_equal(step.apply(PHOTO), expected.apply(PHOTO))


def test_seeds_choose_the_first_weights():
    first, _ = trainer("shared", seed=1)
    again, _ = trainer("shared", seed=1)
    other, _ = trainer("shared", seed=2)
    np.testing.assert_array_equal(first.kernel, again.kernel)
    assert not np.allclose(first.kernel, other.kernel)


def test_a_rate_well_above_the_default_diverges_and_bad_ones_are_refused():
    train, _ = trainer("shared")
    train.learning_rate = 2.5 * train.learning_rate  # beyond 2/L: the loss grows
    train.step(50)
    assert train.loss > train.losses[0]
    for rate in (0, -1, float("nan"), "fast"):
        with pytest.raises(StepError):
            train.learning_rate = rate
    for count in (0, 1.5, 10**7):
        with pytest.raises(StepError):
            train.step(count)
    with pytest.raises(StepError):
        trainer("shared", momentum=1.0)
