"""Time each engine path on each kind of kernel, and check what `auto` picks.

The constants in kernelstudio/core/methods.py and integer_sums.py come from this script.
For every kernel it prints the median time of each path the engine has for it (the
direct, separable and FFT methods in floats, and integer sums where the kernel is small
integers over a divisor), what `auto` chooses and how much slower that path is than the
fastest.

    python benchmarks/engine_methods.py [--megapixels 4] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from kernelstudio.core import convolve, gaussian_kernel, get_preset, methods
from kernelstudio.core.engine import trim_kernel, work_dtype
from kernelstudio.core.integer_sums import IntegerTaps, integer_kernel

PATHS = ("direct", "separable", "integer", "fft")


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
    for size in (3, 5, 9):
        found[f"box {size}×{size}"] = np.ones((size, size)) / size**2
    found["binomial 5×5"] = np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1]) / 256
    for name in ("sharpen", "laplacian", "emboss"):
        found[name] = get_preset(name).kernel()
    found["sobel"] = get_preset("sobel").kernel()
    return found


def paths(kernel: np.ndarray, image: np.ndarray) -> dict:
    """Each path the engine could run `kernel` on `image` with, by name."""
    trimmed = trim_kernel(kernel)[0]
    work, (height, width, channels) = work_dtype(image.dtype), image.shape
    found = {name: methods.choose(trimmed, work, height, width, name, channels)
             for name in ("direct", "separable", "fft")}
    if trimmed.size > 1000:
        del found["direct"]  # minutes, and never the right choice
    exact = integer_kernel(trimmed, image.dtype, 0.0)
    if exact is not None:
        found["integer"] = IntegerTaps(*exact, work)
    return found


def forced(path):
    """A stand-in for `methods.choose` that always gives `path`."""
    return lambda *args, **kwargs: path


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
    print("| kernel | direct | separable | integer | fft | auto picks | auto ÷ best |")
    print("|---|---|---|---|---|---|---|")
    worst = 1.0
    real_choose = methods.choose
    for name, kernel in kernels().items():
        times = {}
        for path_name, path in paths(kernel, image).items():
            methods.choose = forced(path)
            try:
                times[path_name] = median_time(lambda k=kernel: convolve(image, k),
                                               args.repeats)
            finally:
                methods.choose = real_choose
        trimmed = trim_kernel(kernel)[0]
        pick = real_choose(trimmed, work_dtype(image.dtype), height, width, "auto", 3,
                           image.dtype, 0.0)
        key = "integer" if isinstance(pick, IntegerTaps) else pick.name
        picked = f"integer ({pick.name})" if key == "integer" else key
        # The picked path's own time, from the same runs: timing auto again would only
        # add this machine's noise (±20%) to the comparison.
        penalty = times[key] / min(times.values())
        worst = max(worst, penalty)
        cells = [f"{times[m] * 1e3:.0f} ms" if m in times else "n/a" for m in PATHS]
        print(f"| {name} | " + " | ".join(cells) + f" | {picked} | {penalty:.2f} |")
    print(f"\nworst auto ÷ best: {worst:.2f}")


if __name__ == "__main__":
    main()
