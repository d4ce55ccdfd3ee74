"""What the methods that work on full-width strips of rows share: the strip's height, its
buffers, and summing shifted taps that share a weight."""

from __future__ import annotations

import math

import numpy as np

__all__ = ["Strips", "sum_taps"]


class Strips:
    """Paths that work on full-width strips of rows, each with a few strip-sized buffers.

    A strip holds about `budget` intermediate values (`depth` per output value): below
    that the fixed cost per strip dominates, above it cache misses do (budgets measured on
    12-megapixel photos with benchmarks/engine_methods.py).
    """

    budget = 1 << 20
    kw = 1
    buffers: tuple[tuple[str, str], ...] = ()
    #: The type the engine gathers a strip's input in (None: the working float type).
    gather_type: np.dtype | None = None
    #: Whether `sums` gives the results themselves, to store as they are when nothing is
    #: left to finish.
    exact = False

    @property
    def depth(self) -> int:
        raise NotImplementedError

    def block_shape(self, out_h: int, out_w: int, channels: int) -> tuple[int, int]:
        per_row = (out_w + self.kw - 1) * channels * self.depth
        return min(out_h, max(4, self.budget // per_row)), out_w

    def scratch(self, rows: int, cols: int, channels: int, work: np.dtype) -> dict:
        """Buffers named in `buffers`: ``"padded"`` ones span the padded width, ``"values"``
        ones the output's, each `depth` (padded) or 1 (values) deep."""
        sizes = {"padded": rows * self.depth * (cols + self.kw - 1) * channels,
                 "values": rows * cols * channels}
        return {name: np.empty(sizes[kind], work) for name, kind in self.buffers}

    def _views(self, padded: np.ndarray, rows: int, cols: int, scratch: dict) -> dict:
        """This strip's buffers: (rows, depth, padded width) and (rows, output width)."""
        channels = padded.shape[2]
        shapes = {"padded": (rows, self.depth, padded.shape[1] * channels),
                  "values": (rows, cols * channels)}
        return {name: scratch[name][: math.prod(shapes[kind])].reshape(shapes[kind])
                for name, kind in self.buffers}


def sum_taps(groups, view, target: np.ndarray, partial: np.ndarray | None) -> None:
    """``target = sum over groups of weight × (sum of its taps' views)``, where `groups`
    are (weight, taps) and ``view(tap)`` is a tap's shifted view of the input.

    The first group starts `target`; weights ±1 then add or subtract their taps straight
    into it; other weights sum theirs in `partial`, multiply and add (exact for integers).
    No groups leave `target` 0.
    """
    if not groups:
        target[...] = 0
        return
    for number, (weight, taps) in enumerate(groups):
        views = [view(tap) for tap in taps]
        if number == 0:
            into = target
        elif abs(weight) == 1:
            for tap in views:
                (np.add if weight == 1 else np.subtract)(target, tap, out=target)
            continue
        else:
            into = partial
        scale = into.dtype.type(weight)
        if len(views) == 1 and weight != 1:
            np.multiply(views[0], scale, out=into)
        elif len(views) == 1:
            np.copyto(into, views[0])
        else:
            np.add(views[0], views[1], out=into)
            for tap in views[2:]:
                into += tap
            if weight != 1:
                into *= scale
        if number:
            target += into
