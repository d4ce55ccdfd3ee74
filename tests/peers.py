"""The Debian peers, ImageMagick 6 and G'MIC, run as the tests that compare with them do.

A test that needs one is marked ``needs(MAGICK)`` or ``needs(GMIC)``: skipped, with the
reason, only on a machine without the program (CI installs both).
"""

import re
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

MAGICK = "convert-im6.q16"
GMIC = "gmic"
_SIZE = re.compile(r"of size (\d+)x(\d+)\+(\d+)\+(\d+)")
_ROW = re.compile(r"^\s*\d+:(.*)$")


def have(program: str) -> bool:
    return shutil.which(program) is not None


def needs(program: str):
    return pytest.mark.skipif(not have(program),
                              reason=f"needs {program} (Debian package; CI installs it)")


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([str(arg) for arg in args], capture_output=True, text=True,
                          timeout=120, check=True)


def magick_kernel(text: str) -> tuple[np.ndarray, tuple[int, int]]:
    """The kernel ImageMagick makes of `text` (its "don't care" cells as nan) and its
    origin as (row, col), from what ``morphology:showKernel`` prints at full precision."""
    printed = _run(MAGICK, "xc:", "-precision", "17", "-define", "morphology:showKernel=1",
                   "-morphology", "Correlate", text, "null:").stderr
    width, height, col, row = map(int, _SIZE.search(printed).groups())
    rows = [[float(value) for value in match.group(1).split()]
            for match in map(_ROW.match, printed.splitlines()) if match]
    kernel = np.array(rows)
    assert kernel.shape == (height, width), printed
    return kernel, (row, col)


def magick_correlate(source, text: str, out, bias: str = "0") -> np.ndarray:
    """ImageMagick's ``Correlate`` of the photo at `source` with kernel `text`, edges
    replicated, sums not scaled, `bias` added (16-bit units: 257 is one level). As PPM,
    which rounds (an RGB PNG truncates)."""
    _run(MAGICK, source, "-virtual-pixel", "Edge", "-define", "convolve:scale=1", "-define",
         f"convolve:bias={bias}", "-morphology", "Correlate", text, f"PPM:{out}")
    return np.asarray(Image.open(out))


def gmic_correlate(source, matrix: str, out) -> np.ndarray:
    """G'MIC's ``correlate`` of the photo at `source` with `matrix` such as
    ``(0,-1,0;-1,5,-1;0,-1,0)``, boundary 1 (replicate), rounded and clipped to 8 bits.

    G'MIC 2.9's correlate takes its kernel as another image on the list, not as text.
    """
    _run(GMIC, "-v", "-", source, matrix, "correlate[0]", "[1],1", "keep[0]", "cut", "0,255",
         "round", "o", out)
    return np.asarray(Image.open(out))


def gmic_matrix(matrix: str, out) -> np.ndarray:
    """The image G'MIC makes of `matrix` such as ``(1,2;3,4)``, read back from its ASCII
    output (a "WIDTH HEIGHT DEPTH CHANNELS" line, then the values row after row)."""
    _run(GMIC, "-v", "-", matrix, "o", out)
    header, *rows = out.read_text().splitlines()
    width, height, _depth, _channels = map(int, header.split())
    return np.array([[float(value) for value in row.split()] for row in rows]).reshape(
        height, width)
