"""How long `learn_kernel` takes on a 12-megapixel pair, against issue 15's goals.

The pair: the sample photo resized to 4000 × 3000 (Pillow's Lanczos), and the same after a
known kernel of each case (applied by kernelstudio; not timed). Each case is timed once on
its own, then run again under tracemalloc for its peak memory above the two inputs
(NumPy reports its buffers to tracemalloc). The time includes everything `learn_kernel`
returns: the summing, the solve, the residual and the checks.

    python benchmarks/learn.py [--megapixels 12] [--no-memory]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np
from PIL import Image

from kernelstudio.core import Step, learn_kernel, load_image
from kernelstudio.core.engine import thread_count
from kernelstudio.data import SAMPLE_PHOTO, resource_path

#: (size, mode, goal in seconds) from the issue.
CASES = [(5, "shared", 3.0), (5, "per-channel", 5.0), (15, "shared", 20.0),
         (3, "cross-channel", 10.0)]


def _photo(megapixels: float) -> np.ndarray:
    sample = Image.fromarray(load_image(resource_path(SAMPLE_PHOTO)).pixels)
    width = round((megapixels * 1e6 * 4 / 3) ** 0.5)
    return np.asarray(sample.resize((width, round(width * 3 / 4)), Image.LANCZOS))


def _kernel(size: int, mode: str) -> np.ndarray:
    """A blur with a little noise in it: nothing a symmetric shortcut could exploit."""
    rng = np.random.default_rng(size)
    blur = np.full((size, size), 1 / size**2)
    if mode == "shared":
        return blur + rng.normal(0, 0.01, (size, size))
    if mode == "per-channel":
        return blur + rng.normal(0, 0.01, (3, size, size))
    mix = np.array([[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.2, 0.7]])
    return mix[:, :, None, None] * blur + rng.normal(0, 0.005, (3, 3, size, size))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    args = parser.parse_args()
    before = _photo(args.megapixels)
    height, width = before.shape[:2]
    print(f"{width} × {height} RGB ({height * width / 1e6:.1f} MP), {thread_count()} threads; "
          f"inputs {2 * before.nbytes / 2**20:.0f} MB")
    for size, mode, goal in CASES:
        kernel = _kernel(size, mode)
        after = Step(kernel=kernel).apply(before)
        start = time.perf_counter()
        fit = learn_kernel(before, after, size, mode=mode)
        seconds = time.perf_counter() - start
        peak = ""
        if not args.no_memory:
            tracemalloc.start()
            learn_kernel(before, after, size, mode=mode)
            peak = f", peak {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MB above the inputs"
            tracemalloc.stop()
        met = "met" if seconds <= goal else "MISSED"
        print(f"{size}×{size} {mode:13s} {seconds:6.2f} s (goal ≤ {goal:g} s: {met}){peak}; "
              f"largest weight error {np.abs(fit.kernel - kernel).max():.1e}, "
              f"{fit.verdict}")


if __name__ == "__main__":
    main()
