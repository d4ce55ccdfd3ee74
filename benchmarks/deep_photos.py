"""Loading a 12-megapixel 16-bit RGB photo: kernelstudio at 16 bits against Pillow at 8.

Makes a 4000 × 3000 16-bit RGB photo (a smooth picture with noise, as a camera's is) as
a PNG and as LZW and deflate TIFFs (written by OpenCV and tifffile) in a temporary folder,
then loads each in a fresh child process per case and round: the time of the load alone,
and the growth of the peak resident size (``VmHWM``) over the imports, against the 69 MiB
of 16-bit pixels. The libraries' own decoders are timed beside ours, and Pillow's 8-bit
load (what kernelstudio did before) beside all.

    python benchmarks/deep_photos.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = {  # name: (file, imports, the load)
    "kernelstudio, PNG (pyspng)": ("png", "from kernelstudio.core import load_image",
                                   "load_image(path).pixels"),
    "pyspng alone, PNG": ("png", "import pyspng", "pyspng.load(open(path, 'rb').read())"),
    "imagecodecs (libpng), PNG": ("png", "import imagecodecs",
                                  "imagecodecs.png_decode(open(path, 'rb').read())"),
    "Pillow at 8 bits, PNG": ("png", "import numpy as np; from PIL import Image",
                              "np.asarray(Image.open(path).convert('RGB'))"),
    "kernelstudio, LZW TIFF": ("lzw.tif", "from kernelstudio.core import load_image",
                               "load_image(path).pixels"),
    "tifffile alone, LZW TIFF": ("lzw.tif", "import tifffile", "tifffile.imread(path)"),
    "Pillow at 8 bits, LZW TIFF": ("lzw.tif", "import numpy as np; from PIL import Image",
                                   "np.asarray(Image.open(path).convert('RGB'))"),
    "kernelstudio, deflate TIFF": ("deflate.tif", "from kernelstudio.core import load_image",
                                   "load_image(path).pixels"),
}
CHILD = """
import sys, time
{imports}
def resident(field):
    with open("/proc/self/status") as status:
        return int(next(l for l in status if l.startswith(field)).split()[1]) * 1024
path = sys.argv[1]
before = resident("VmRSS:")
started = time.perf_counter()
pixels = {load}
seconds = time.perf_counter() - started
print(seconds, (resident("VmHWM:") - before) / 2**20, pixels.dtype, pixels.nbytes / 2**20)
"""
MAKE = """
import sys
import cv2, numpy as np, tifffile
rows, cols = np.mgrid[0:3000, 0:4000].astype(np.float32)
rng = np.random.default_rng(1)
smooth = np.dstack([rows * 20, cols * 15, (rows + cols) * 8]) % 60000
pixels = np.clip(smooth + rng.normal(0, 60, smooth.shape), 0, 65535).astype(np.uint16)
folder = sys.argv[1]
cv2.imwrite(f"{folder}/photo.png", pixels[..., ::-1])
cv2.imwrite(f"{folder}/photo.lzw.tif", pixels[..., ::-1])  # OpenCV writes LZW
tifffile.imwrite(f"{folder}/photo.deflate.tif", pixels, photometric="rgb",
                 compression="adobe_deflate", predictor=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-c", MAKE, folder], check=True)
        sizes = {path.name: path.stat().st_size for path in Path(folder).iterdir()}
        print(json.dumps({name: f"{size / 1e6:.0f} MB" for name, size in sizes.items()}))
        print(f"{'case':<28} {'load (median)':>14} {'peak growth':>12}  pixels")
        for name, (suffix, imports, load) in CASES.items():
            code = CHILD.format(imports=imports, load=load)
            runs = [subprocess.run([sys.executable, "-c", code, f"{folder}/photo.{suffix}"],
                                   capture_output=True, text=True, check=True).stdout.split()
                    for _ in range(args.rounds)]
            seconds = statistics.median(float(run[0]) for run in runs)
            grown = statistics.median(float(run[1]) for run in runs)
            print(f"{name:<28} {seconds:>12.2f} s {grown:>8.0f} MiB  {runs[0][2]}, "
                  f"{float(runs[0][3]):.0f} MiB")


if __name__ == "__main__":
    main()
