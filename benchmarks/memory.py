"""Peak memory of one ``kernelstudio apply`` on a 150-megapixel JPEG, against its pixel bytes.

Makes a 15000 × 10000 RGB JPEG (450 MB of pixels) in a temporary folder and runs the
command line on it in a child process per case, reading the child's peak resident size
from ``wait4``. The goal for a one-step apply is at most 3 times the pixel bytes: the
input, the output and the engine's blocks. ``--output`` picks the format written (by its
extension); WebP costs more than the others while it encodes: Pillow copies the pixels
into libwebp's 4-byte ARGB picture and libwebp converts that to YUV.

    python benchmarks/memory.py [--megapixels 150] [--output jpg|png|tif|webp|bmp]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
RANDOM_3X3 = "; ".join(" ".join(f"{value:.4f}" for value in row)
                       for row in np.random.default_rng(3).normal(0, 1, (3, 3)))
CASES = {
    "--preset sharpen": ["--preset", "sharpen"],
    "3×3 random kernel": [f"--kernel={RANDOM_3X3}", "--normalize"],
    "15×15 gaussian": ["--preset", "gaussian:size=15"],
}


def _size(megapixels: float) -> tuple[int, int]:
    """(rows, columns) of a 3:2 photo of `megapixels`."""
    width = round((megapixels * 1e6 * 1.5) ** 0.5)
    return round(megapixels * 1e6 / width), width


def _make_photo(path: Path, megapixels: float) -> None:
    height, width = _size(megapixels)
    rows = np.linspace(0, 255, height, dtype=np.float32)[:, None]
    columns = np.linspace(0, 255, width, dtype=np.float32)[None, :]
    pixels = np.empty((height, width, 3), np.uint8)
    pixels[..., 0] = rows
    pixels[..., 1] = columns
    pixels[..., 2] = (rows + columns) / 2
    Image.fromarray(pixels).save(path, quality=90)


def _photo(path: Path, megapixels: float) -> tuple[int, int]:
    """Make the photo in a child: a child started from this process would otherwise
    count the memory this one used (peak sizes carry over a fork and an exec)."""
    subprocess.run([sys.executable, __file__, "--make", str(path), "--megapixels",
                    str(megapixels)], check=True)
    return _size(megapixels)


def _peak_mb(arguments: list[str]) -> float:
    """The peak resident size of ``kernelstudio apply`` with `arguments`, in MB."""
    child = subprocess.Popen([sys.executable, "-m", "kernelstudio", "apply", *arguments],
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kernelstudio apply {' '.join(arguments)} failed")
    return usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megapixels", type=float, default=150.0)
    parser.add_argument("--output", default="jpg", choices=["jpg", "png", "tif", "webp", "bmp"],
                        help="the format written, by its extension (default jpg)")
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        _make_photo(args.make, args.megapixels)
        return
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.jpg", Path(folder) / f"out.{args.output}"
        height, width = _photo(source, args.megapixels)
        pixel_mb = height * width * 3 / 2**20
        print(f"{width}×{height} RGB JPEG to {target.suffix}: {pixel_mb:.0f} MB of pixels")
        for name, options in CASES.items():
            peak = _peak_mb([str(source), "-o", str(target), "-q", *options])
            print(f"{name:>18}: peak {peak:7.0f} MB resident, {peak / pixel_mb:.2f} × pixels")


if __name__ == "__main__":
    main()
