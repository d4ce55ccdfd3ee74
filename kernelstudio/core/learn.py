"""Learning a kernel from an example: which kernel turns `before` into `after`?

`learn_kernel` fits, in least squares, the kernel (and a constant added after it, a CNN's
bias) that best maps one image to the other, and says in words when the effect is not a
convolution at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import CancelFlag, ProgressCallback
from .stack import Step

__all__ = ["LEARN_MODES", "LearnedKernel", "learn_kernel"]

#: How a kernel is shared between colour channels: one for all, one each, or one from
#: every input channel to every output channel (PyTorch's ``Conv2d.weight``).
LEARN_MODES = ("shared", "per-channel", "cross-channel")


@dataclass(frozen=True, eq=False)
class LearnedKernel:
    """What `learn_kernel` found.

    Attributes
    ----------
    kernel : ndarray
        float64 weights in `Step`'s layout for the mode: (kh, kw) shared, (C, kh, kw) per
        channel, (C, C, kh, kw) across channels; correlation orientation, centre anchor.
    offset : float or tuple of float
        Added after the kernel, in 8-bit levels: one number when shared, one per colour
        channel otherwise.
    rmse, psnr, r2 : float
        How well `step` reproduces `after` over its colour channels: the root mean square
        error in 8-bit levels, the peak signal-to-noise ratio in dB, and the share of
        `after`'s variance explained.
    residual : ndarray
        float32, `after`'s shape: `after` minus `step` applied to `before`, in 8-bit levels.
    step : Step
        A step that reproduces the fit when applied to `before`.
    mode : str
        One of `LEARN_MODES`.
    size : (int, int)
        (rows, columns) of the kernel.
    warning : str or None
        Why the kernel should not be trusted, in words, or None for a good fit.
    verdict : str
        One line to show: the fit's figures, or the warning.
    """

    kernel: np.ndarray
    offset: float | tuple[float, ...]
    rmse: float
    psnr: float
    r2: float
    residual: np.ndarray
    step: Step
    mode: str
    size: tuple[int, int]
    warning: str | None
    verdict: str


def learn_kernel(before, after, size, *, mode: str = "shared", border: str = "reflect101",
                 offset: bool = True, cancel: CancelFlag | None = None,
                 progress: ProgressCallback | None = None) -> LearnedKernel:
    """The kernel that best turns `before` into `after`, in least squares.

    Parameters
    ----------
    before, after : array_like
        Images of the same shape, (rows, columns) or (rows, columns, channels), uint8,
        uint16 or float (0 to 1). Only colour channels are fitted; alpha is left alone.
    size : int or (int, int)
        The kernel's (rows, columns); one number for a square kernel.
    mode : str
        One of `LEARN_MODES`.
    border : str
        The border mode `after` was made with (as `convolve` names them).
    offset : bool
        Fit a constant added after the kernel too.
    cancel, progress
        As for `Step.apply`: checked and reported between blocks of rows.

    Returns
    -------
    LearnedKernel

    Raises
    ------
    ImageError
        For images of different shapes, or that are not images.
    KernelError
        For a size no kernel can have.
    Cancelled
        When `cancel` was set.
    """
    raise NotImplementedError
