"""Time each engine method on each kind of kernel, and check what `auto` picks.

The constants in kernelstudio/core/methods.py come from this script. For every kernel it
prints the median time of the direct, separable and FFT methods, the method `auto` chooses
and how much slower that choice is than the fastest.

    python benchmarks/engine_methods.py [--megapixels 4] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from kernelstudio.core import convolve, gaussian_kernel, get_preset
from kernelstudio.core.engine import trim_kernel, work_dtype
from kernelstudio.core.methods import choose

METHODS = ("direct", "separable", "fft")


def kernels() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    found = {}
    for size in (3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 25, 31):
        found[f"dense {size}×{size}"] = rng.normal(size=(size, size)) / size
    for size in (3, 5, 9, 15, 21, 31):
        found[f"gaussian {size}×{size}"] = gaussian_kernel(size)
    for size in (5, 9, 15, 25):
        found[f"unsharp {size}×{size}"] = get_preset("unsharp").kernel(size=size)
    for length in (9, 31):
        found[f"motion 1×{length}"] = get_preset("motion_blur").kernel(length=length)
        found[f"motion {length} at 30°"] = get_preset("motion_blur").kernel(length=length,
                                                                            angle=30)
    return found


def median_time(call, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megapixels", type=float, default=4.0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    width = round((args.megapixels * 1e6 * 4 / 3) ** 0.5)
    height = round(width * 3 / 4)
    image = np.random.default_rng(0).integers(0, 256, (height, width, 3), dtype=np.uint8)
    print(f"{width}×{height} RGB uint8, median of {args.repeats}\n")
    print("| kernel | direct | separable | fft | auto picks | auto ÷ best |")
    print("|---|---|---|---|---|---|")
    worst = 1.0
    for name, kernel in kernels().items():
        times = {}
        for method in METHODS:
            if method == "direct" and kernel.size > 1000:
                continue  # minutes, and never the right choice
            times[method] = median_time(
                lambda m=method, k=kernel: convolve(image, k, method=m), args.repeats
            )
        pick = choose(trim_kernel(kernel)[0], work_dtype(image.dtype), height, width).name
        best = min(times.values())
        penalty = times[pick] / best if pick in times else float("nan")
        worst = max(worst, penalty)
        cells = [f"{times[m] * 1e3:.0f} ms" if m in times else "n/a" for m in METHODS]
        print(f"| {name} | " + " | ".join(cells) + f" | {pick} | {penalty:.2f} |")
    print(f"\nworst auto ÷ best: {worst:.2f}")


if __name__ == "__main__":
    main()
