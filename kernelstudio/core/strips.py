"""What the methods that work on full-width strips of rows share: the strip's height and
its buffers."""

from __future__ import annotations

import math

import numpy as np

__all__ = ["Strips"]


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
