"""The colour maps the insight views share: diverging (signed values) and grey.

Diverging maps are centred on zero: white at 0, red for positive and blue for negative,
reaching full strength at ``±limit``, so a kernel's cells, its products and a feature
map all read the same way.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

__all__ = [
    "NEGATIVE",
    "POSITIVE",
    "SOFT_NEGATIVE",
    "SOFT_POSITIVE",
    "diverging",
    "diverging_color",
    "grey",
    "to_qimage",
]

POSITIVE = (178, 24, 43)
NEGATIVE = (33, 102, 172)
#: Lighter tones of the same two, for tints under text and for lines.
SOFT_POSITIVE = (214, 96, 77)
SOFT_NEGATIVE = (67, 147, 195)
_ZERO = (247, 247, 247)


def diverging(values: np.ndarray, limit: float | None = None) -> np.ndarray:
    """RGB uint8 (..., 3) for `values`: blue below zero, white at zero, red above.

    `limit` is the magnitude shown at full strength; the largest magnitude by default.
    """
    values = np.asarray(values, dtype=np.float64)
    if limit is None:
        limit = float(np.abs(values).max(initial=0.0))
    strength = np.clip(values / limit, -1.0, 1.0) if limit > 0 else np.zeros_like(values)
    zero = np.array(_ZERO, np.float64)
    end = np.where(strength[..., None] >= 0, np.array(POSITIVE, np.float64),
                   np.array(NEGATIVE, np.float64))
    rgb = zero + np.abs(strength)[..., None] * (end - zero)
    return np.rint(rgb).astype(np.uint8)


def diverging_color(value: float, limit: float) -> QColor:
    """One colour of `diverging`."""
    red, green, blue = diverging(np.array([value]), limit)[0]
    return QColor(int(red), int(green), int(blue))


def grey(values: np.ndarray, limit: float | None = None) -> np.ndarray:
    """RGB uint8 (..., 3): black at 0 to white at `limit` (the largest value by default)."""
    values = np.asarray(values, dtype=np.float64)
    if limit is None:
        limit = float(values.max(initial=0.0))
    level = np.clip(values / limit, 0.0, 1.0) if limit > 0 else np.zeros_like(values)
    return np.repeat(np.rint(level * 255).astype(np.uint8)[..., None], 3, axis=-1)


def to_qimage(rgb: np.ndarray) -> QImage:
    """A QImage that owns a copy of the (H, W, 3) uint8 pixels."""
    rgb = np.ascontiguousarray(rgb)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888).copy()
