"""kernelstudio's convolve against OpenCV, Pillow and scipy, side by side.

All of them filter the same photo (the bundled sample, resized to --megapixels, RGB uint8)
with the same kernels and border (reflect101); the calls are interleaved, in a new random
order each round, and each figure is the median of --repeats runs. Besides ``filter2D``,
OpenCV's own call for the kind of kernel is timed where it has one, as the peer a user
would pick: ``sepFilter2D`` and ``GaussianBlur`` for the Gaussian, ``blur`` for the box.
Peak memory is measured separately with tracemalloc on a 24-megapixel photo. With
--batch, ten JPEGs of about 10.7 megapixels are sharpened by ``kernelstudio apply``, by
an OpenCV loop (read, filter2D, write) and by ImageMagick (when installed), in turn.

    python benchmarks/convolve.py                 # the README's table
    python benchmarks/convolve.py --repeats 3     # quicker
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc

import cv2
import numpy as np
import PIL
import scipy
from PIL import Image, ImageFilter
from scipy import ndimage

from kernelstudio.core import convolve, gaussian_kernel, gaussian_weights, load_image
from kernelstudio.core.engine import trim_kernel, work_dtype
from kernelstudio.core.integer_sums import IntegerTaps
from kernelstudio.core.methods import choose
from kernelstudio.data import SAMPLE_PHOTO, resource_path

GOALS = {  # kernel: (the peer, most ours/peer, least Pillow/ours, least scipy/ours)
    "3×3": ("OpenCV", 1.8, 2.0, 2.0),
    "3×3 box": ("blur", 2.0, 2.0, 2.0),
    "5×5": ("OpenCV", 1.5, 2.0, 2.0),
    "15×15 Gaussian": ("sepFilter2D", 2.0, None, 2.0),
    "31×31": ("OpenCV", 0.7, None, 2.0),
}
#: The batch's goal: most kernelstudio apply / the OpenCV loop.
BATCH_GOAL = 1.2


def kernels() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(2026)
    return {
        "3×3": rng.normal(size=(3, 3)),
        "3×3 box": np.full((3, 3), 1 / 9),
        "5×5": rng.normal(size=(5, 5)) / 5,
        "15×15 Gaussian": gaussian_kernel(15),
        "31×31": rng.normal(size=(31, 31)) / 31,
    }


def photo(megapixels: float) -> np.ndarray:
    sample = load_image(resource_path(SAMPLE_PHOTO)).pixels
    width = round((megapixels * 1e6 * 4 / 3) ** 0.5)
    height = round(width * 3 / 4)
    return np.asarray(Image.fromarray(sample).resize((width, height), Image.Resampling.BICUBIC))


def contenders(image: np.ndarray, kernel: np.ndarray) -> dict:
    pillow_image = Image.fromarray(image)
    calls = {
        "kernelstudio": lambda: convolve(image, kernel),
        "OpenCV": lambda: cv2.filter2D(image, -1, kernel, borderType=cv2.BORDER_REFLECT_101),
        "scipy": lambda: ndimage.correlate(image, kernel[..., None], mode="mirror"),
    }
    reflect = cv2.BORDER_REFLECT_101
    if kernel.shape == (15, 15) and np.allclose(kernel, gaussian_kernel(15)):
        row = gaussian_weights(15)
        calls["sepFilter2D"] = lambda: cv2.sepFilter2D(image, -1, row, row, borderType=reflect)
        calls["GaussianBlur"] = lambda: cv2.GaussianBlur(image, (15, 15), 0,
                                                         borderType=reflect)
    if np.all(kernel == kernel.flat[0]):
        calls["blur"] = lambda: cv2.blur(image, kernel.shape[::-1], borderType=reflect)
    if kernel.shape in ((3, 3), (5, 5)):
        pillow_filter = ImageFilter.Kernel(kernel.shape, kernel.ravel().tolist(), scale=1)
        calls["Pillow"] = lambda: pillow_image.filter(pillow_filter)
    return calls


def timings(image, kernel, repeats: int, slow_limit: float) -> dict[str, float]:
    """Median seconds per library; each repeat runs them in a new random order.

    On a virtual machine a core left idle by a single-threaded call (Pillow, scipy) is
    slow to wake, so whoever runs next pays for it; with a fixed order the same library
    would always pay. Shuffling, and the same short pause before every call, spread that
    evenly.
    """
    calls = contenders(image, kernel)
    results: dict[str, list[float]] = {name: [] for name in calls}
    shuffler = random.Random(len(results) * 1009 + kernel.size)
    for _ in range(repeats):
        order = list(calls)
        shuffler.shuffle(order)
        for name in order:
            if results[name] and sum(results[name]) > slow_limit:
                continue  # scipy on large kernels: its first runs already say enough
            time.sleep(0.05)
            start = time.perf_counter()
            calls[name]()
            results[name].append(time.perf_counter() - start)
    return {name: statistics.median(times) for name, times in results.items()}


def traced_peak(image: np.ndarray, kernel: np.ndarray) -> int:
    """Peak bytes NumPy allocated during the call, as tracemalloc sees them."""
    convolve(image[:64, :64], kernel)  # warm up the thread pool outside the measurement
    tracemalloc.start()
    try:
        convolve(image, kernel)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# Linux only: VmHWM is the peak resident size; writing 5 to clear_refs resets it. (The
# rusage maximum would not do: Linux carries it over from the parent through exec.)
_RSS_PROBE = """
import sys, numpy as np
from kernelstudio.core import convolve
def status(key):
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) * 1024 for line in lines if line.startswith(key))
image = np.load(sys.argv[1]); kernel = np.load(sys.argv[2])
convolve(image[:64, :64], kernel)
with open("/proc/self/clear_refs", "w") as reset:
    reset.write("5")
before = status("VmRSS:")
convolve(image, kernel)
print(status("VmHWM:") - before)
"""


def resident_peak(image: np.ndarray, kernel: np.ndarray, folder: str) -> int | None:
    """Growth of a fresh process's peak resident size during the call (all memory)."""
    if not os.path.exists("/proc/self/clear_refs"):
        return None
    image_file, kernel_file = os.path.join(folder, "image.npy"), os.path.join(folder, "k.npy")
    np.save(image_file, image)
    np.save(kernel_file, kernel)
    result = subprocess.run([sys.executable, "-c", _RSS_PROBE, image_file, kernel_file],
                            capture_output=True, text=True, check=True)
    return int(result.stdout)


_OPENCV_LOOP = """
import sys, cv2, numpy as np
from pathlib import Path
kernel = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], np.float64)
for path in sorted(Path(sys.argv[1]).glob("*.jpg")):
    image = cv2.imread(str(path))
    cv2.imwrite(str(Path(sys.argv[2]) / path.name),
                cv2.filter2D(image, -1, kernel, borderType=cv2.BORDER_REFLECT_101),
                [cv2.IMWRITE_JPEG_QUALITY, 92,
                 # As kernelstudio and ImageMagick write at quality 90 and above: no chroma
                 # subsampling (OpenCV's default, 4:2:0, encodes about 35% faster).
                 cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444])
"""


def batch(repeats: int) -> float:
    """Ten JPEGs of about 10.7 megapixels sharpened by each tool in turn (whole commands,
    decoding and encoding included); the median of `repeats` rounds, in a new order each.
    Returns kernelstudio's time over the OpenCV loop's."""
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "in")
        os.mkdir(source)
        picture = Image.fromarray(photo(10.7))
        for number in range(10):
            picture.rotate(180 * (number % 2)).save(os.path.join(source, f"{number}.jpg"),
                                                    quality=92)
        photos = sorted(os.path.join(source, name) for name in os.listdir(source))
        out = {name: os.path.join(folder, name) for name in ("ks", "cv", "im")}
        for path in out.values():
            os.mkdir(path)
        commands = {
            "kernelstudio apply": [sys.executable, "-m", "kernelstudio", "apply", source, "-o",
                                   out["ks"], "--kernel", "0 -1 0; -1 5 -1; 0 -1 0",
                                   "--quality", "92"],
            "OpenCV loop": [sys.executable, "-c", _OPENCV_LOOP, source, out["cv"]],
        }
        mogrify = shutil.which("mogrify-im6.q16") or shutil.which("mogrify")
        if mogrify:
            commands["ImageMagick (mogrify)"] = [
                mogrify, "-path", out["im"], "-morphology", "Correlate",
                "3x3: 0,-1,0 -1,5,-1 0,-1,0", "-quality", "92", *photos]
        results: dict[str, list[float]] = {name: [] for name in commands}
        shuffler = random.Random(10)
        for _ in range(repeats):
            order = list(commands)
            shuffler.shuffle(order)
            for name in order:
                start = time.perf_counter()
                subprocess.run(commands[name], check=True, capture_output=True)
                results[name].append(time.perf_counter() - start)
        medians = {name: statistics.median(times) for name, times in results.items()}
        print(f"\nBatch: 10 JPEGs of {picture.width}×{picture.height} sharpened (3×3), whole "
              f"commands, median of {repeats}\n")
        print("| tool | time | ÷ OpenCV loop |\n|---|---|---|")
        for name, seconds in medians.items():
            print(f"| {name} | {seconds:.1f} s | {seconds / medians['OpenCV loop']:.2f} |")
        return medians["kernelstudio apply"] / medians["OpenCV loop"]


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"NumPy {np.__version__}, OpenCV {cv2.__version__}, Pillow {PIL.__version__}, "
            f"scipy {scipy.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--batch", action="store_true",
                        help="also time a batch of ten JPEGs: kernelstudio apply, an OpenCV "
                             "loop, ImageMagick")
    parser.add_argument("--slow-limit", type=float, default=20.0,
                        help="stop repeating a library once its runs add up to this (s)")
    args = parser.parse_args()
    image = photo(args.megapixels)
    print(f"{machine()}\n{image.shape[1]}×{image.shape[0]} RGB uint8 "
          f"({image.size / 3e6:.1f} MP), border reflect101, median of {args.repeats}\n")
    header = ("| kernel | method | kernelstudio | OpenCV filter2D | OpenCV's own | Pillow | scipy "
              "| ours ÷ filter2D | ours ÷ OpenCV's own | Pillow ÷ ours | scipy ÷ ours |")
    print(header)
    print("|---" * 11 + "|")
    verdicts = []
    for name, kernel in kernels().items():
        times = timings(image, kernel, args.repeats, args.slow_limit)
        ours = times["kernelstudio"]
        picked = choose(trim_kernel(kernel)[0], work_dtype(image.dtype), *image.shape[:2],
                        "auto", image.shape[2], image.dtype, 0.0)
        path = f"integer ({picked.name})" if isinstance(picked, IntegerTaps) else picked.name
        pillow = times.get("Pillow")
        own = {key: times[key] for key in ("sepFilter2D", "GaussianBlur", "blur") if key in times}
        own_text = ", ".join(f"{key} {value * 1e3:.0f} ms" for key, value in own.items())
        fastest = min(own.values()) if own else None
        cells = [name, path, f"{ours * 1e3:.0f} ms", f"{times['OpenCV'] * 1e3:.0f} ms",
                 own_text or "n/a"] + [f"{times[key] * 1e3:.0f} ms" if key in times else "n/a"
                                      for key in ("Pillow", "scipy")]
        ratios = (ours / times["OpenCV"], pillow / ours if pillow else None, times["scipy"] / ours)
        cells += [f"{ratios[0]:.2f}", f"{ours / fastest:.2f}" if fastest else "n/a"]
        cells += [f"{ratio:.2f}" if ratio else "n/a" for ratio in ratios[1:]]
        print("| " + " | ".join(cells) + " |")
        peer, peer_goal, pillow_goal, scipy_goal = GOALS[name]
        verdicts.append((f"{name}: ours ÷ {peer} ≤ {peer_goal}",
                         ours / times[peer] <= peer_goal))
        if pillow_goal:
            verdicts.append((f"{name}: Pillow ÷ ours ≥ {pillow_goal}", ratios[1] >= pillow_goal))
        verdicts.append((f"{name}: scipy ÷ ours ≥ {scipy_goal}", ratios[2] >= scipy_goal))

    big = photo(24)
    print(f"\nExtra memory while filtering {big.shape[1]}×{big.shape[0]} RGB uint8 "
          f"({big.nbytes / 2**20:.0f} MiB), output included: NumPy's allocations (tracemalloc) "
          "and the growth of the process's peak resident size\n")
    print("| kernel | tracemalloc | ÷ image | resident | ÷ image |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, kernel in kernels().items():
            traced = traced_peak(big, kernel)
            resident = resident_peak(big, kernel, folder)
            shown = (f"{resident / 2**20:.0f} MiB | {resident / big.nbytes:.2f}"
                     if resident is not None else "n/a | n/a")
            print(f"| {name} | {traced / 2**20:.0f} MiB | {traced / big.nbytes:.2f} | {shown} |")
            worst = max(traced, resident or 0)
            verdicts.append((f"{name}: extra memory ≤ 2.5 × image", worst <= 2.5 * big.nbytes))
    if args.batch:
        ratio = batch(args.repeats)
        verdicts.append((f"batch: kernelstudio apply ÷ OpenCV loop ≤ {BATCH_GOAL}",
                         ratio <= BATCH_GOAL))
    print("\nGoals:")
    for text, ok in verdicts:
        print(f"  {'met ' if ok else 'MISSED'}  {text}")


if __name__ == "__main__":
    main()
