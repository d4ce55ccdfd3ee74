"""The worker's jobs for Kernel ▸ Learn from example and Train like a CNN, and their work.

Learning and training both start from a pair: `before` (the photo, or what the stack makes
of it up to the selected step) and `after` (an image the user chose, read as File ▸ Open
reads a photo). The worker works out `before` from its cache of step results; the
functions here do the rest in the worker thread and hand back what the dialog shows.

A `Training` holds a `kernelstudio.core.Trainer`. Only the worker thread touches it: the
dialog keeps it to send it back with the next batch, and reads what a batch sent
(`Progress`), never the trainer itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kernelstudio.core import (
    DEFAULT_MAX_PIXELS,
    LearnedKernel,
    Photo,
    Step,
    Trainer,
    learn_kernel,
)
from kernelstudio.core.passes import channel_indices
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.widgets.colors import diverging

from .jobs import Job
from .pictures import Picture, make_picture, shrink

__all__ = ["PREVIEW_SIDE", "RESIDUAL_SIDE", "AfterJob", "LearnJob", "Learned", "PairJob",
           "Progress", "TrainJob", "Training", "TrainingJob", "learn", "start_training",
           "train"]

#: The training view shows the current kernel's result on the photo shrunk to this many
#: pixels on its longer side, so that each batch is drawn in milliseconds.
PREVIEW_SIDE = 320
#: The residual is shown shrunk to this many pixels on its longer side.
RESIDUAL_SIDE = 480
#: The residual's colours reach full strength at this share of its values (the largest
#: few, often a handful of clipped pixels, would leave the rest pale)...
_RESIDUAL_PERCENTILE = 99.5
#: ...and at this many 8-bit levels at least, so that an exact fit stays white.
_RESIDUAL_LEAST = 1.0


@dataclass(frozen=True, eq=False, kw_only=True)
class AfterJob(Job):
    """Read the "after" image of a pair, as File ▸ Open reads a photo."""

    title = QT_TRANSLATE_NOOP("Jobs", "Opening the after image")
    cancellable = False  # decoding cannot be stopped, and it is over in bounded time

    path: str
    max_pixels: int = DEFAULT_MAX_PIXELS


@dataclass(frozen=True, eq=False, kw_only=True)
class PairJob(Job):
    """What learning needs: `steps` run on `photo` give `before`; `after` is the goal."""

    photo: Photo
    steps: tuple[Step, ...]
    after: np.ndarray
    size: tuple[int, int]
    mode: str = "shared"
    border: str = "reflect101"
    offset: bool = True


@dataclass(frozen=True, eq=False, kw_only=True)
class LearnJob(PairJob):
    """Find the kernel turning before into after in least squares (`learn_kernel`)."""

    title = QT_TRANSLATE_NOOP("Jobs", "Learning the kernel")


@dataclass(frozen=True, eq=False)
class Learned:
    """What a `LearnJob` answers: the fit, and its residual as a picture.

    The residual picture is the mean over the colour channels of after minus the fit,
    shrunk, white at 0, red where after is brighter and blue where it is darker, at full
    strength at ±`limit` levels.
    """

    fit: LearnedKernel
    residual: Picture
    limit: float


@dataclass(frozen=True, eq=False, kw_only=True)
class TrainingJob(PairJob):
    """Sum the pair's normal equations for a `Trainer` and draw its random start."""

    title = QT_TRANSLATE_NOOP("Jobs", "Getting ready to train")

    seed: int = 0


@dataclass(frozen=True, eq=False)
class Training:
    """A trainer and what its batches are drawn on; touched by the worker thread only."""

    trainer: Trainer
    small: np.ndarray  # before, shrunk to `PREVIEW_SIDE`
    scale: float  # photo pixels per pixel of `small`


@dataclass(frozen=True, eq=False, kw_only=True)
class TrainJob(Job):
    """Run `count` updates of the training's gradient descent, then draw where it got."""

    title = QT_TRANSLATE_NOOP("Jobs", "Training")

    training: Training
    count: int
    momentum: float = 0.0
    known: int = 0  # losses the view already has


@dataclass(frozen=True, eq=False)
class Progress:
    """Where a training got to: what the view draws after a batch.

    `losses` are the ones after the first `known` the job was told of (all of them at the
    start); `picture` is the current kernel's result on the shrunk photo.
    """

    iteration: int
    losses: tuple[float, ...]
    loss: float
    distance: float
    step: Step
    exact: LearnedKernel
    picture: Picture


def learn(job: LearnJob, before: np.ndarray, cancel, progress) -> Learned:
    """`learn_kernel` on the job's pair, and its residual drawn."""
    fit = learn_kernel(before, job.after, job.size, mode=job.mode, border=job.border,
                       offset=job.offset, cancel=cancel, progress=progress)
    residual = fit.residual
    if residual.ndim == 3:
        residual = residual[..., channel_indices("color", residual.shape[2])].mean(axis=2)
    small = shrink(residual, RESIDUAL_SIDE)
    limit = max(_RESIDUAL_LEAST, float(np.percentile(np.abs(small), _RESIDUAL_PERCENTILE)))
    return Learned(fit, make_picture(diverging(small, limit)), limit)


def start_training(job: TrainingJob, before: np.ndarray, cancel,
                   progress) -> tuple[Training, Progress]:
    """A new `Training` of the job's pair, and its state before the first update."""
    trainer = Trainer(before, job.after, job.size, mode=job.mode, border=job.border,
                      offset=job.offset, seed=job.seed, cancel=cancel, progress=progress)
    small = shrink(before, PREVIEW_SIDE)
    training = Training(trainer, small, before.shape[0] / small.shape[0])
    return training, _progress(training, 0)


def train(job: TrainJob) -> Progress:
    """Run the job's batch of updates (bounded: a batch is at most a few thousand products
    with the Gram matrix) and say where the training got to."""
    trainer = job.training.trainer
    trainer.momentum = job.momentum
    trainer.step(job.count)
    return _progress(job.training, job.known)


def _progress(training: Training, known: int) -> Progress:
    trainer = training.trainer
    step = trainer.current_step()
    made = step.apply(training.small)
    return Progress(iteration=trainer.iteration, losses=tuple(trainer.losses[known:]),
                    loss=trainer.loss, distance=trainer.distance, step=step, exact=trainer.exact,
                    picture=make_picture(made, scale=training.scale))
