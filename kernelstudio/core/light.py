"""Linear light: sRGB-encoded pixel values decoded to light intensities and encoded back.

Photos store sRGB-encoded values, in which mid-grey 128 is only about 22% of white's light.
A blur that averages encoded values darkens fine highlights; averaged as light (as GEGL,
and so GIMP, filters every image) highlights keep their brightness. A step with
``linear=True`` decodes its colour channels with these functions, filters, and encodes the
result back.

Linear values need more precision than their encoded form: 8-bit images are filtered as
16-bit linear light, everything else as float. Alpha is never encoded, so it is only
rescaled to the working type's range.
"""

from __future__ import annotations

from functools import cache

import numpy as np

__all__ = ["decode_srgb", "encode_srgb", "from_linear", "linear_dtype", "to_linear"]


def decode_srgb(values: np.ndarray) -> np.ndarray:
    """Linear light (0 to 1) of sRGB-encoded `values` (0 to 1), by the sRGB standard's curve.

    Examples
    --------
    >>> round(float(decode_srgb(np.array(128 / 255))), 4)
    0.2159
    """
    values = np.asarray(values, dtype=np.float64)
    return np.where(values <= 0.04045, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)


def encode_srgb(values: np.ndarray) -> np.ndarray:
    """sRGB-encoded values (0 to 1) of linear light `values`; the inverse of `decode_srgb`.

    Values are clipped to 0..1 first: light beyond white or below black has no encoding.
    """
    values = np.clip(np.asarray(values, dtype=np.float64), 0.0, 1.0)
    return np.where(values <= 0.0031308, values * 12.92, 1.055 * values ** (1 / 2.4) - 0.055)


def linear_dtype(dtype: np.dtype) -> np.dtype:
    """The type linear light is filtered in: uint16 for 8-bit images, else float."""
    dtype = np.dtype(dtype)
    if dtype == np.uint8:
        return np.dtype(np.uint16)
    if dtype == np.float64:
        return dtype
    return np.dtype(np.float32)


@cache
def _decode_table(dtype: np.dtype) -> np.ndarray:
    """For each value of an integer `dtype`, its linear light in `linear_dtype(dtype)` units."""
    top = np.iinfo(dtype).max
    light = decode_srgb(np.arange(top + 1) / top)
    if linear_dtype(dtype) == np.uint16:
        return np.rint(light * 65535).astype(np.uint16)
    return light.astype(np.float32)


@cache
def _encode_table() -> np.ndarray:
    """For each 16-bit linear value, its 8-bit sRGB encoding."""
    return np.rint(encode_srgb(np.arange(65536) / 65535) * 255).astype(np.uint8)


def _scale(dtype: np.dtype) -> float:
    return float(np.iinfo(dtype).max) if dtype.kind in "ui" else 1.0


def to_linear(planes: np.ndarray, colour: list[int]) -> np.ndarray:
    """`planes` (rows, columns, channels) in `linear_dtype` units; `colour` channels decoded.

    The other channels (alpha) are rescaled to the new type's range unchanged.
    """
    work = linear_dtype(planes.dtype)
    out = np.empty(planes.shape, work)
    ratio = _scale(work) / _scale(planes.dtype)
    for channel in range(planes.shape[2]):
        plane = planes[..., channel]
        if channel not in colour:
            np.multiply(plane, ratio, out=out[..., channel], casting="unsafe")
        elif planes.dtype.kind in "ui":
            np.take(_decode_table(planes.dtype), plane, out=out[..., channel])
        else:
            out[..., channel] = decode_srgb(plane)
    return out


def from_linear(work: np.ndarray, dtype: np.dtype, colour: list[int]) -> np.ndarray:
    """`work` from `to_linear` (filtered) back in `dtype`, `colour` channels encoded."""
    dtype = np.dtype(dtype)
    out = np.empty(work.shape, dtype)
    ratio = _scale(dtype) / _scale(work.dtype)
    for channel in range(work.shape[2]):
        plane = work[..., channel]
        if channel not in colour:
            scaled = plane * ratio
            out[..., channel] = np.rint(scaled) if dtype.kind in "ui" else scaled
        elif work.dtype == np.uint16:  # from an 8-bit image
            np.take(_encode_table(), plane, out=out[..., channel])
        else:
            encoded = encode_srgb(plane) * _scale(dtype)
            out[..., channel] = np.rint(encoded) if dtype.kind in "ui" else encoded
    return out
