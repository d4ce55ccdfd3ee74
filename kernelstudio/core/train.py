"""Training a kernel the way a CNN learns its filters: gradient descent on the squared
error, from random weights.

`Trainer` sums the normal equations of `kernelstudio.core.learn` once; the mean squared
error of any weights w is then ``(wᵀ G w - 2 hᵀ w + Σy²) / n`` and its gradient
``2 (G w - h) / n``, so each update costs one product with G (p² for p weights), whatever
the photo's size, and is exactly what a pass over every pixel would give.

As a network normalises its inputs, the weights are trained in standardised units: each
window cell's values are shifted to mean 0 (when there is an offset) and scaled to unit
spread, which makes the problem far better conditioned without changing its minimum. The
default learning rate is ``1 / L``, L being the gradient's Lipschitz constant (twice the
largest eigenvalue of the standardised G over n): with it the loss can only fall.
Momentum (the heavy ball: each update adds `momentum` times the last one) speeds the
descent along the long, flat valleys of image problems; off by default, since with it the
loss may rise for a while.
"""

from __future__ import annotations

import math

import numpy as np

from .engine import CancelFlag, ProgressCallback
from .errors import StepError
from .kernels import whole_number
from .learn import LearnedKernel, NormalEquations, fitted
from .stack import Step
from .words import translate

__all__ = ["MAX_UPDATES", "Trainer"]

#: Most updates one call of `Trainer.step` runs.
MAX_UPDATES = 1_000_000


class Trainer:
    """Gradient descent on the mean squared error of a kernel turning `before` into `after`.

    Parameters
    ----------
    before, after, size, mode, border, offset, cancel, progress
        As for `learn_kernel` (`cancel` and `progress` concern the summing, done here).
    seed : int
        Seeds the random first weights (normal, with spread 1/√p in standardised units, as
        networks start).
    momentum : float
        0 (default) for plain gradient descent; 0 to 1 for the heavy ball.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> before = rng.integers(0, 256, (40, 40)).astype(np.uint8)
    >>> after = Step(kernel=[[0, 1, 0], [1, 2, 1], [0, 1, 0]], divisor=6).apply(before)
    >>> trainer = Trainer(before, after, 3)
    >>> first = trainer.loss
    >>> trainer.step(500) < first / 100, trainer.distance < 0.01
    (True, True)
    """

    def __init__(self, before, after, size, *, mode: str = "shared",
                 border: str = "reflect101", offset: bool = True, seed: int = 0,
                 momentum: float = 0.0, cancel: CancelFlag | None = None,
                 progress: ProgressCallback | None = None):
        if not (isinstance(momentum, (int, float)) and 0 <= momentum < 1):
            raise StepError(translate("errors", "momentum must be a number from 0 to just below "
                                                "1, got {momentum!r}").format(momentum=momentum))
        self.momentum = float(momentum)
        self.problem = problem = NormalEquations(before, after, size, mode=mode,
                                                 border=border, offset=offset,
                                                 cancel=cancel, progress=progress)
        solutions, rank = problem.solve()
        self._exact = fitted(problem, solutions, rank)
        #: weights = transform @ standardised weights, per system
        self._transforms = [self._standardising(n) for n in range(problem.systems)]
        counts = np.array([max(count, 1.0) for count in problem.counts])
        self._grams = np.stack([t.T @ g @ t for t, g in zip(self._transforms, problem.grams,
                                                             strict=True)])
        self._rights = np.stack([t.T @ h for t, h in zip(self._transforms, problem.rights,
                                                          strict=True)])
        self._squares = np.array(problem.squares)
        self._counts = counts
        self._units = (255 / problem.full) ** 2  # before's units² to 8-bit levels²
        largest = max(float(np.linalg.eigvalsh(g)[-1]) / n
                      for g, n in zip(self._grams, counts, strict=True))
        self._rate = 1 / (2 * largest) if largest > 0 else 1.0
        rng = np.random.default_rng(seed)
        p = self._rights.shape[1]
        self._weights = rng.normal(0, 1 / math.sqrt(p), self._rights.shape)
        if problem.offset:
            self._weights[:, -1] = 0.0
        self._velocity = np.zeros_like(self._weights)
        self._iteration = 0
        self._losses = [self._loss()]

    def _standardising(self, system: int) -> np.ndarray:
        """The matrix taking standardised weights (and offset) to weights in before's
        units: each cell scaled by 1/spread and, with an offset, centred by the offset."""
        gram = self.problem.grams[system]
        count = max(self.problem.counts[system], 1.0)
        cells = gram.shape[0] - self.problem.offset
        means = (gram[-1, :cells] / count if self.problem.offset else np.zeros(cells))
        spreads = np.sqrt(np.maximum(np.diag(gram)[:cells] / count - means**2, 0.0))
        spreads[spreads == 0] = 1.0
        transform = np.eye(gram.shape[0])
        transform[np.arange(cells), np.arange(cells)] = 1 / spreads
        if self.problem.offset:
            transform[-1, :cells] = -means / spreads
        return transform

    def _loss(self) -> float:
        products = np.einsum("sij,sj->si", self._grams, self._weights)
        errors = (np.einsum("si,si->s", self._weights, products)
                  - 2 * np.einsum("si,si->s", self._rights, self._weights) + self._squares)
        return float(np.maximum(errors, 0).sum() / self._counts.sum()) * self._units

    def step(self, count: int = 1) -> float:
        """Run `count` updates (1 to `MAX_UPDATES`); returns the loss after them, in squared
        8-bit levels."""
        count = whole_number(count, "count", StepError)
        if not 1 <= count <= MAX_UPDATES:
            raise StepError(translate("errors", "count must be from 1 to {max_updates}, got "
                                                "{count}")
                            .format(max_updates=MAX_UPDATES, count=count))
        scale = (2 * self._rate / self._counts)[:, None]
        for _ in range(count):
            gradient = np.einsum("sij,sj->si", self._grams, self._weights) - self._rights
            self._velocity *= self.momentum
            self._velocity -= scale * gradient
            self._weights += self._velocity
            self._iteration += 1
            self._losses.append(self._loss())
        return self._losses[-1]

    @property
    def learning_rate(self) -> float:
        """The step size, in standardised units; the default, 1/L, never lets the loss rise
        (without momentum)."""
        return self._rate

    @learning_rate.setter
    def learning_rate(self, rate: float) -> None:
        if not (isinstance(rate, (int, float)) and math.isfinite(rate) and rate > 0):
            raise StepError(translate("errors", "the learning rate must be a number above 0, got "
                                                "{rate!r}").format(rate=rate))
        self._rate = float(rate)

    @property
    def loss(self) -> float:
        """The mean squared error now, in squared 8-bit levels."""
        return self._losses[-1]

    @property
    def losses(self) -> list[float]:
        """The loss before the first update and after each one since."""
        return list(self._losses)

    @property
    def iteration(self) -> int:
        """How many updates have run."""
        return self._iteration

    def _current(self):
        solutions = [t @ w for t, w in zip(self._transforms, self._weights, strict=True)]
        return self.problem.kernel_and_offset(solutions)

    @property
    def kernel(self) -> np.ndarray:
        """The current weights, in `Step`'s layout for the mode (as `LearnedKernel.kernel`)."""
        return self._current()[0]

    @property
    def offset(self) -> float | tuple[float, ...]:
        """The current offset in 8-bit levels (as `LearnedKernel.offset`)."""
        return self._current()[1]

    @property
    def exact(self) -> LearnedKernel:
        """The least-squares answer the descent converges to."""
        return self._exact

    @property
    def distance(self) -> float:
        """The root mean square difference between the current and the exact weights."""
        return float(np.sqrt(np.mean((self.kernel - self._exact.kernel) ** 2)))

    def current_step(self) -> Step:
        """A step applying the current kernel and offset."""
        return self.problem.step(*self._current())
