"""Reading and writing photos safely.

Only the PNG, JPEG, BMP, TIFF and WebP parsers ever see a user's file: the format is
recognised from the file's first bytes (never from its name) and that one Pillow plugin is
called directly. The pixel count is checked against a limit before any pixel is decoded,
so decompression bombs are refused before they allocate anything.
"""

from __future__ import annotations

import ctypes
import functools
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import PIL
from PIL import (
    BmpImagePlugin,
    Image,
    ImageOps,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    WebPImagePlugin,
)

from .engine import check_image
from .errors import ImageError, ImageFileError, TooManyPixelsError
from .files import NotAFileError, atomic_write, describe_os_error, open_regular
from .native import bundled_function

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_QUALITY",
    "EXTENSIONS",
    "Photo",
    "load_image",
    "output_format",
    "save_image",
    "sniff_format",
    "to_8bit",
]

#: Default limit on width × height: 200 megapixels, beyond any camera a hobbyist owns.
DEFAULT_MAX_PIXELS = 200_000_000

#: JPEG and WebP quality of the window's exports and the command line's outputs.
DEFAULT_QUALITY = 95

#: File extensions kernelstudio reads and writes, and the format each one means.
EXTENSIONS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".bmp": "BMP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".webp": "WEBP",
}

_PLUGINS = {
    "PNG": PngImagePlugin.PngImageFile,
    "JPEG": JpegImagePlugin.JpegImageFile,
    "BMP": BmpImagePlugin.BmpImageFile,
    "TIFF": TiffImagePlugin.TiffImageFile,
    "WEBP": WebPImagePlugin.WebPImageFile,
}
_ORIENTATION = 0x0112


@functools.cache
def _quiet_libtiff() -> None:
    """Stop libtiff printing its own warnings and errors on stderr.

    Pillow reports a damaged TIFF as an exception anyway; libtiff would add lines such as
    'TIFFFetchNormalTag: Incompatible type' to the terminal, where the command line
    promises one. Its handlers are process-wide; this sets them to none, once.
    """
    for name in ("TIFFSetWarningHandler", "TIFFSetErrorHandler"):
        setter = bundled_function(PIL, "pillow", "libtiff*", name, [ctypes.c_void_p],
                                  ctypes.c_void_p)
        if setter is not None:
            setter(None)


@dataclass(frozen=True, eq=False)
class Photo:
    """A loaded photo: upright pixels plus what export should carry over.

    ``pixels`` is (H, W) for gray, (H, W, 2) gray + alpha, (H, W, 3) RGB or (H, W, 4) RGBA,
    uint8, or uint16 for 16-bit gray (kept and exported at 16 bits in PNG and TIFF).
    """

    pixels: np.ndarray
    path: Path
    format: str
    icc_profile: bytes | None = None
    exif: bytes | None = None
    #: Things the user should be told once: depth lost, colours converted.
    notes: tuple[str, ...] = ()


def sniff_format(head: bytes) -> str | None:
    """The format named by a file's first 16 bytes, if it is one kernelstudio reads."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"BM"):
        return "BMP"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def _open_error(name: str, error: OSError) -> ImageFileError:
    if isinstance(error, FileNotFoundError):
        return ImageFileError(f"{name} does not exist")
    if isinstance(error, IsADirectoryError):
        return ImageFileError(f"{name} is a folder, not an image")
    if isinstance(error, NotAFileError):
        return ImageFileError(f"{name} {describe_os_error(error)}; open a photo file")
    return ImageFileError(f"cannot read {name}: {describe_os_error(error)}")


def _open_for_reading(path, name: str):
    try:
        return open_regular(path)
    except OSError as exc:
        raise _open_error(name, exc) from None


def _notes(image: Image.Image, name: str) -> tuple[str, ...]:
    """What the user must know about how the file was read; call before decoding."""
    notes = []
    for tile in image.tile:
        raw = tile.args[0] if isinstance(tile.args, tuple) else tile.args
        if isinstance(raw, str) and ";16" in raw and not image.mode.startswith("I"):
            notes.append(f"{name} has 16 bits per channel; colour photos are edited and "
                         "exported at 8 bits, so the extra precision is lost")
            break
    if image.mode == "CMYK":
        notes.append(f"{name} is CMYK; it is shown, filtered and exported as RGB")
    return tuple(notes)


def _pixels(image: Image.Image, name: str) -> np.ndarray:
    mode = image.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N"):
        return np.asarray(image).astype(np.uint16)
    if mode == "I":
        values = np.asarray(image)
        if values.min() < 0 or values.max() > 65535:
            raise ImageFileError(f"{name} holds 32-bit integer pixels, which are not supported")
        return values.astype(np.uint16)
    if mode == "F":
        raise ImageFileError(f"{name} holds 32-bit float pixels, which are not supported")
    if mode in ("1", "L"):
        return np.asarray(image.convert("L"))
    if mode in ("LA", "La"):
        return np.asarray(image.convert("LA"))
    if mode in ("RGBA", "RGBa", "PA") or (mode == "P" and image.has_transparency_data):
        return np.asarray(image.convert("RGBA"))
    return np.asarray(image.convert("RGB"))


def load_image(path: str | os.PathLike, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Photo:
    """Read a PNG, JPEG, BMP, TIFF or WebP photo, upright (EXIF orientation applied).

    Parameters
    ----------
    path : path-like
        The file; its name does not matter, its first bytes decide the format.
    max_pixels : int
        Files with more than this many pixels are refused before decoding.

    Raises
    ------
    ImageFileError
        With a message for people: missing, unreadable, not an image we read, too large,
        truncated or damaged. A half-decoded image is never returned.
    TooManyPixelsError
        The `ImageFileError` for a file with more than `max_pixels` pixels.
    """
    name = os.fspath(path)
    with _open_for_reading(path, name) as stream:
        try:
            head = stream.read(16)
            stream.seek(0)
        except OSError as exc:
            raise _open_error(name, exc) from None
        kind = sniff_format(head)
        if kind == "TIFF":
            _quiet_libtiff()
        if kind is None:
            what = "is empty" if not head else "is not a PNG, JPEG, BMP, TIFF or WebP image"
            raise ImageFileError(f"{name} {what}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                image = _PLUGINS[kind](stream, name)
            except Exception as exc:
                raise ImageFileError(
                    f"{name} is a damaged or truncated {kind} file ({exc})"
                ) from None
            width, height = image.size
            if width < 1 or height < 1:
                raise ImageFileError(
                    f"{name} is a damaged or truncated {kind} file (size {width}×{height})"
                )
            if width * height > max_pixels:
                raise TooManyPixelsError(
                    f"{name} is {width}×{height} pixels ({width * height / 1e6:.1f} megapixels), "
                    f"more than the limit of {max_pixels / 1e6:g} megapixels; "
                    "raise the limit only if you trust this file"
                )
            notes = _notes(image, name)
            try:
                image.load()
                icc = image.info.get("icc_profile") or None
                exif = image.getexif()
                upright = ImageOps.exif_transpose(image)
                pixels = _pixels(upright, name)
            except MemoryError:
                raise ImageFileError(f"not enough memory to open {name}") from None
            except ImageFileError:
                raise
            except Exception as exc:
                raise ImageFileError(
                    f"{name} is a damaged or truncated {kind} file ({exc})"
                ) from None
    exif.pop(_ORIENTATION, None)
    return Photo(
        pixels=pixels,
        path=Path(name),
        format=kind,
        icc_profile=icc,
        exif=exif.tobytes() if len(exif) else None,
        notes=notes,
    )


def output_format(path: str | os.PathLike) -> str:
    """The format the extension of `path` asks for; `ImageFileError` for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        shown = suffix or "no extension"
        raise ImageFileError(
            f"cannot tell the format of {os.fspath(path)} ({shown}); "
            "end the name with .png, .jpg, .tif, .bmp or .webp"
        )
    return EXTENSIONS[suffix]


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
    if pixels.dtype == np.uint16:
        return np.rint(pixels / 257.0).astype(np.uint8)
    if pixels.dtype.kind == "f":
        scaled = np.nan_to_num(pixels, nan=0.0, posinf=1.0, neginf=0.0)
        return np.rint(np.clip(scaled, 0.0, 1.0) * 255).astype(np.uint8)
    raise ImageError(f"cannot save {pixels.dtype} pixels; use uint8, uint16 or float in 0..1")


def _flatten_on_white(pixels: np.ndarray) -> np.ndarray:
    alpha = pixels[..., -1:].astype(np.float32) / 255
    colour = pixels[..., :-1].astype(np.float32)
    return np.rint(colour * alpha + 255 * (1 - alpha)).astype(np.uint8)


def _to_pil(pixels: np.ndarray, kind: str) -> Image.Image:
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[..., 0]
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    if channels > 4:
        raise ImageError(f"cannot save an image with {channels} channels; use 1 to 4")
    if pixels.dtype == np.uint16 and channels == 1 and kind in ("PNG", "TIFF"):
        return Image.fromarray(np.ascontiguousarray(pixels))
    pixels = to_8bit(pixels)
    if kind in ("JPEG", "BMP") and channels in (2, 4):
        pixels = _flatten_on_white(pixels)
    elif kind == "WEBP" and channels == 2:
        pixels = np.dstack([pixels[..., 0]] * 3 + [pixels[..., 1]])
    elif kind == "WEBP" and channels == 1:
        pixels = np.dstack([pixels] * 3)
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = pixels[..., 0]
    return Image.fromarray(np.ascontiguousarray(pixels))


def save_image(
    path: str | os.PathLike,
    pixels,
    *,
    quality: int = DEFAULT_QUALITY,
    icc_profile: bytes | None = None,
    exif: bytes | None = None,
) -> None:
    """Write `pixels` to `path` in the format its extension names, atomically.

    The file is written beside `path` and renamed into place only when complete, so a
    failure leaves an existing file byte-identical and no partial file. 16-bit gray is
    kept in PNG and TIFF; otherwise 16-bit and float (0..1) images are written as 8-bit.
    JPEG and BMP (as most programs read it) have no transparency, so transparent images are
    flattened onto white for them.

    Parameters
    ----------
    quality : int
        JPEG and WebP quality, 1 to 100.
    icc_profile, exif : bytes, optional
        Colour profile and EXIF block to embed where the format supports them.
    """
    name = os.fspath(path)
    kind = output_format(path)
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise ImageError(f"quality must be a whole number from 1 to 100, got {quality!r}")
    image = _to_pil(check_image(pixels), kind)
    folder = Path(name).parent
    if not folder.is_dir():
        raise ImageFileError(f"cannot write {name}: the folder {folder} does not exist")
    options: dict = {}
    if kind in ("JPEG", "WEBP"):
        options["quality"] = quality
    if kind == "JPEG" and quality >= 90:
        options["subsampling"] = "4:4:4"
    if kind == "TIFF":
        options["compression"] = "tiff_lzw"
    if icc_profile and kind != "BMP":
        options["icc_profile"] = icc_profile
    if exif and kind != "BMP":
        options["exif"] = exif
    try:
        with atomic_write(path) as stream:
            image.save(stream, format=kind, **options)
    except OSError as exc:
        raise ImageFileError(f"cannot write {name}: {describe_os_error(exc)}") from None
    except (ValueError, TypeError) as exc:
        raise ImageFileError(f"cannot write {name} as {kind}: {exc}") from None
