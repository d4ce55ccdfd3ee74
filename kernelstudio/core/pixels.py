"""Pixels between NumPy and Pillow: the one 8-bit conversion, and no needless full copies.

A photo of N pixels in RGB is 3 N bytes as an array but 4 N inside Pillow, so every copy
counts: modes that NumPy can take as they are are never converted first, and orientation
is applied to the array (a view, then one copy) rather than to Pillow's image.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from .errors import ImageError, ImageFileError
from .words import translate

__all__ = ["from_pil", "to_8bit", "to_pil", "upright", "written_at_8_bits"]

_SIXTEEN = ("I;16", "I;16L", "I;16B", "I;16N")


def _in_bands(image: Image.Image, band_of) -> np.ndarray:
    """One array of `band_of(band)` over bands of rows of `image`, 4 MB each.

    Pillow's own conversion to NumPy (``tobytes``) holds the pixels twice more while it
    joins them; bands keep the extra to one band.
    """
    width, height = image.size
    rows = max(1, (1 << 22) // (4 * width))
    first = band_of(image.crop((0, 0, width, min(rows, height))))
    if rows >= height:
        return first
    out = np.empty((height, *first.shape[1:]), first.dtype)
    out[:rows] = first
    for top in range(rows, height, rows):
        out[top:top + rows] = band_of(image.crop((0, top, width, min(top + rows, height))))
    return out


def from_pil(image: Image.Image, name: str) -> np.ndarray:
    """The pixels of a decoded Pillow image, as `Photo.pixels` holds them, in a new array."""
    mode = image.mode
    if mode in _SIXTEEN:
        return _in_bands(image, lambda band: np.asarray(band).astype(np.uint16))
    if mode == "I":
        values = _in_bands(image, np.asarray)
        if values.min() < 0 or values.max() > 65535:
            raise ImageFileError(translate("errors", "{name} holds 32-bit integer pixels, which "
                                                     "are not supported").format(name=name))
        return values.astype(np.uint16)
    if mode == "F":
        raise ImageFileError(translate("errors", "{name} holds 32-bit float pixels, which are not "
                                                 "supported").format(name=name))
    if mode in ("1", "L"):
        wanted = "L"
    elif mode in ("LA", "La"):
        wanted = "LA"
    elif mode in ("RGBA", "RGBa", "PA") or (mode == "P" and image.has_transparency_data):
        wanted = "RGBA"
    else:
        wanted = "RGB"
    if mode == wanted:
        return _in_bands(image, np.asarray)
    return _in_bands(image, lambda band: np.asarray(band.convert(wanted)))


def upright(pixels: np.ndarray, orientation: int) -> np.ndarray:
    """`pixels` turned as EXIF `orientation` (1 to 8) asks, to be seen upright."""
    if orientation in (5, 6, 7, 8):
        pixels = pixels.swapaxes(0, 1)
    flips = {2: (1,), 3: (0, 1), 4: (0,), 6: (1,), 7: (0, 1), 8: (0,)}.get(orientation, ())
    if flips:
        pixels = np.flip(pixels, flips)
    return pixels if orientation == 1 else np.ascontiguousarray(pixels)


def to_8bit(pixels: np.ndarray) -> np.ndarray:
    """`pixels` as uint8: the one conversion of deep images for display and 8-bit files.

    uint8 is returned as it is; uint16 is divided by 257 and rounded; float images are
    taken to span 0 to 1 (NaN becomes 0, infinities 0 or 1, the rest is clipped), scaled
    by 255 and rounded. Rounding is to nearest, ties to even.

    Raises
    ------
    ImageError
        For any other dtype.

    Examples
    --------
    >>> to_8bit(np.array([0, 257, 65535], np.uint16)).tolist()
    [0, 1, 255]
    >>> to_8bit(np.array([np.nan, 0.5, 2.0])).tolist()
    [0, 128, 255]
    """
    if pixels.dtype == np.uint8:
        return pixels
    with np.errstate(all="ignore"):
        if pixels.dtype == np.uint16:
            return np.rint(pixels / 257.0).astype(np.uint8)
        if pixels.dtype.kind == "f":
            scaled = np.nan_to_num(pixels, nan=0.0, posinf=1.0, neginf=0.0)
            return np.rint(np.clip(scaled, 0.0, 1.0) * 255).astype(np.uint8)
    raise ImageError(translate("errors", "cannot save {pixels_dtype} pixels; use uint8, uint16 or "
                                         "float in 0..1").format(pixels_dtype=pixels.dtype))


def _flatten_on_white(pixels: np.ndarray) -> np.ndarray:
    alpha = pixels[..., -1:].astype(np.float32) / 255
    colour = pixels[..., :-1].astype(np.float32)
    return np.rint(colour * alpha + 255 * (1 - alpha)).astype(np.uint8)


def _gray_kept(pixels: np.ndarray, kind: str) -> bool:
    return pixels.dtype == np.uint16 and pixels.ndim == 2 and kind in ("PNG", "TIFF")


def written_at_8_bits(pixels: np.ndarray, kind: str) -> bool:
    """Whether `to_pil` rounds these 16-bit pixels to 8 bits for the format `kind`."""
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[..., 0]
    return pixels.dtype == np.uint16 and not _gray_kept(pixels, kind)


def to_pil(pixels: np.ndarray, kind: str) -> Image.Image:
    """A Pillow image of `pixels` that the format `kind` can hold (see `save_image`)."""
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[..., 0]
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    if channels > 4:
        raise ImageError(translate("errors", "cannot save an image with {channels} channels; use "
                                             "1 to 4").format(channels=channels))
    if _gray_kept(pixels, kind):
        return Image.fromarray(np.ascontiguousarray(pixels))
    pixels = to_8bit(pixels)
    if kind in ("JPEG", "BMP") and channels in (2, 4):
        pixels = _flatten_on_white(pixels)
    elif kind == "WEBP" and channels == 2:
        pixels = np.dstack([pixels[..., 0]] * 3 + [pixels[..., 1]])
    elif kind == "WEBP" and channels == 1:
        pixels = np.dstack([pixels] * 3)
    return Image.fromarray(np.ascontiguousarray(pixels))
