"""Turning pixels into what the screen draws, in the worker thread.

Qt paints premultiplied ARGB32 without converting it, and a smaller copy of a large photo
draws faster and without aliasing when the view is zoomed out. Both are made here, off the
UI thread, with Qt's own converters (QImage may be used outside the GUI thread), which
were several times faster than NumPy for this.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kernelstudio.core import to_8bit

__all__ = ["PREVIEW_PIXELS", "Picture", "halve", "make_picture", "preview_source", "shrink",
           "to_bgra"]

#: Levels stop halving below this size (pixels on the long side).
_SMALLEST_LEVEL = 512
#: Pixel count of the quick preview that precedes a full-resolution result; a visible
#: region up to this size is previewed exactly, at full resolution, instead.
PREVIEW_PIXELS = 1_500_000
_FORMATS = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
            4: QImage.Format.Format_RGBA8888}
_ARGB = QImage.Format.Format_ARGB32_Premultiplied
#: Rows converted per QImage call: short enough never to hold the GIL for long.
_BAND = 128


@dataclass(frozen=True, eq=False)
class Picture:
    """A picture ready to draw: full size and halved copies, with its place on the canvas.

    ``origin`` (row, column) and ``scale`` map it onto image pixels: its pixel (0, 0)
    covers image pixel ``origin`` and each of its pixels covers ``scale`` image pixels.
    The QImages draw straight from ``buffers``, which this object keeps alive.
    """

    levels: tuple[QImage, ...]
    buffers: tuple[np.ndarray, ...]
    origin: tuple[float, float] = (0.0, 0.0)
    scale: float = 1.0

    @property
    def height(self) -> int:
        return self.levels[0].height()

    @property
    def width(self) -> int:
        return self.levels[0].width()


def _source(pixels: np.ndarray) -> tuple[np.ndarray, QImage.Format]:
    """Contiguous pixels in a layout QImage reads, and that layout's format."""
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[..., 0]
    data = to_8bit(pixels)
    if data.ndim == 3 and data.shape[2] == 2:  # gray + alpha: no Qt format of its own
        data = np.dstack([data[..., 0]] * 3 + [data[..., 1]])
    elif data.ndim == 3 and data.shape[2] > 4:
        data = data[..., :3]
    channels = 1 if data.ndim == 2 else data.shape[2]
    return np.ascontiguousarray(data), _FORMATS[channels]


def _wrap(buffer: np.ndarray) -> QImage:
    """A QImage drawing straight from a (H, W, 4) premultiplied BGRA buffer."""
    height, width = buffer.shape[:2]
    return QImage(buffer.data, width, height, buffer.strides[0], _ARGB)


def _copy_bits(image: QImage, out: np.ndarray) -> None:
    rows, width = out.shape[:2]
    bits = np.frombuffer(image.constBits(), np.uint8, count=rows * image.bytesPerLine())
    out[...] = bits.reshape(rows, image.bytesPerLine())[:, : width * 4].reshape(rows, width, 4)


def to_bgra(pixels: np.ndarray) -> np.ndarray:
    """Premultiplied BGRA (H, W, 4) uint8 for gray, gray + alpha, RGB or RGBA pixels.

    Qt's SIMD converters do the work, a band of rows at a time: a QImage call keeps the
    GIL for its whole length, and a whole 24-megapixel photo at once would freeze the UI
    thread for 70 ms.
    """
    data, kind = _source(pixels)
    height, width = data.shape[:2]
    out = np.empty((height, width, 4), np.uint8)
    for top in range(0, height, _BAND):
        band = data[top : top + _BAND]
        image = QImage(band.data, width, band.shape[0], band.strides[0], kind)
        _copy_bits(image.convertToFormat(_ARGB), out[top : top + band.shape[0]])
    return out


def halve(bgra: np.ndarray) -> np.ndarray:
    """Half the size: Qt's smooth scaling of an even-sized crop is an exact 2×2 average, so
    bands of even height leave no seams (an odd last row or column is dropped)."""
    height, width = bgra.shape[0] // 2, bgra.shape[1] // 2
    out = np.empty((height, width, 4), np.uint8)
    for top in range(0, height, _BAND // 2):
        rows = min(_BAND // 2, height - top)
        source = _wrap(np.ascontiguousarray(bgra[2 * top : 2 * (top + rows), : 2 * width]))
        scaled = source.scaled(width, rows, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        _copy_bits(scaled, out[top : top + rows])
    return out


def make_picture(pixels: np.ndarray, origin=(0.0, 0.0), scale: float = 1.0) -> Picture:
    """Everything the canvas needs to draw `pixels` at any zoom."""
    buffers = [to_bgra(pixels)]
    while max(buffers[-1].shape[:2]) > 2 * _SMALLEST_LEVEL:
        buffers.append(halve(buffers[-1]))
    return Picture(tuple(_wrap(buffer) for buffer in buffers), tuple(buffers), origin, scale)


def _block_sums(pixels: np.ndarray, factor: int, dtype) -> np.ndarray:
    """Sums of `factor`×`factor` blocks (a ragged rim is dropped).

    Adding the strided views is much faster than summing a reshaped array over axes.
    """
    rows, cols = pixels.shape[0] // factor, pixels.shape[1] // factor
    total = np.zeros((rows, cols, *pixels.shape[2:]), dtype)
    for i in range(factor):
        for j in range(factor):
            total += pixels[i : rows * factor : factor, j : cols * factor : factor]
    return total


def _shrink_by(pixels: np.ndarray, factor: int) -> np.ndarray:
    """`factor`×`factor` blocks averaged (rounded for integer pixels), in the same type."""
    if factor == 1:
        return pixels
    if pixels.dtype.kind in "ui":
        total = _block_sums(pixels, factor, np.uint64 if pixels.dtype.itemsize > 2 else np.uint32)
        return ((total + factor * factor // 2) // (factor * factor)).astype(pixels.dtype)
    return (_block_sums(pixels, factor, np.float64) / factor**2).astype(pixels.dtype)


def preview_source(pixels: np.ndarray) -> tuple[np.ndarray, int]:
    """A copy at most `PREVIEW_PIXELS` large (n×n blocks averaged), and n."""
    height, width = pixels.shape[:2]
    factor = 1
    while height * width / factor**2 > PREVIEW_PIXELS:
        factor += 1
    return _shrink_by(pixels, factor), factor


def shrink(pixels: np.ndarray, long_side: int) -> np.ndarray:
    """A copy whose longer side is at most `long_side` (n×n blocks averaged)."""
    return _shrink_by(pixels, max(1, -(-max(pixels.shape[:2]) // long_side)))
