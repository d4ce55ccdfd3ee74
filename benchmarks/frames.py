"""Time to save and load photos of many small frames, up to `MAX_FRAMES` and past it.

Pillow's TIFF writer walks every page written so far before it adds one, so its time grows
as the square of the pages; `MAX_FRAMES` is what keeps it short. Each row writes and reads
back an animation of small frames as an animated PNG, an animated WebP and a multi-page
TIFF, in a temporary folder.

    python benchmarks/frames.py [--side 1] [--counts 250 500 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from kernelstudio.core import load_image, save_image
from kernelstudio.core.frames import MAX_FRAMES

SUFFIXES = (".png", ".webp", ".tif")


def _seconds(function, *args, **options) -> float:
    start = time.perf_counter()
    function(*args, **options)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", type=int, default=1, help="frames are side × side pixels")
    parser.add_argument("--counts", type=int, nargs="+",
                        default=[MAX_FRAMES // 4, MAX_FRAMES // 2, MAX_FRAMES])
    args = parser.parse_args()
    print(f"frames of {args.side}×{args.side} RGB; seconds to save / load "
          f"(MAX_FRAMES = {MAX_FRAMES})")
    print(f"{'frames':>7}" + "".join(f"{suffix:>16}" for suffix in SUFFIXES))
    with tempfile.TemporaryDirectory() as folder:
        for count in args.counts:
            frames = [np.full((args.side, args.side, 3), index % 256, np.uint8)
                      for index in range(count)]
            row = f"{count:>7}"
            for suffix in SUFFIXES:
                path = Path(folder) / f"out{suffix}"
                saved = _seconds(save_image, path, frames[0], more_frames=frames[1:])
                loaded = _seconds(load_image, path)
                row += f"{saved:>9.2f} /{loaded:>5.2f}"
            print(row, flush=True)


if __name__ == "__main__":
    main()
