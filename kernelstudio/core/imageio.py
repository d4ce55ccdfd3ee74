"""Reading and writing photos safely.

Only the PNG, JPEG, BMP, TIFF, WebP, AVIF and HEIC parsers ever see a user's file: the
format is recognised from the file's first bytes (never from its name) and that one
plugin is called directly (Pillow's, or pi-heif's for HEIC). The pixel count (of every
frame) is checked against a limit before any pixel is decoded, so decompression bombs are
refused before they allocate anything; that limit is the only one (see
`kernelstudio.core.pillow`). 16-bit colour is decoded at 16 bits (`kernelstudio.core.deep`).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import (
    AvifImagePlugin,
    BmpImagePlugin,
    Image,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    WebPImagePlugin,
)

from .deep import DeepReader, is_deep, sixteen_bits
from .errors import ImageFileError, TooManyPixelsError
from .files import NotAFileError, describe_os_error, open_regular
from .frames import MAX_FRAMES, Timing
from .heif import container_kind, declared, heic_pixels, open_heic
from .metadata import read_exif
from .numbers import shown
from .pillow import pillow_call
from .pixels import from_pil, to_8bit, upright
from .png_chunks import checked_png, find_chunk
from .saving import (
    DEFAULT_QUALITY,
    EXTENSIONS,
    QUALITY_FORMATS,
    READ_ONLY_EXTENSIONS,
    check_output,
    output_format,
    save_image,
)
from .words import translate

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_QUALITY",
    "EXTENSIONS",
    "MAX_FRAMES",
    "QUALITY_FORMATS",
    "READ_ONLY_EXTENSIONS",
    "Photo",
    "Timing",
    "check_output",
    "load_image",
    "output_format",
    "reuse_image_memory",
    "save_image",
    "sniff_format",
    "to_8bit",
]

#: Default limit on width × height (× frames): 200 megapixels, beyond any hobbyist's camera.
DEFAULT_MAX_PIXELS = 200_000_000


def reuse_image_memory(megabytes: int = 256) -> None:
    """Let Pillow keep up to `megabytes` of the memory of images it has let go, for the next.

    By default Pillow hands every decoded or encoded image's memory back to the system,
    and the next photo's memory is new pages the system must clear first: reading a
    10-megapixel JPEG took 80 ms in a batch, 57 ms with the memory kept, which then
    serves photo after photo.
    """
    blocks = max(1, megabytes * 2**20 // Image.core.get_block_size())
    Image.core.set_blocks_max(max(Image.core.get_blocks_max(), blocks))

_PLUGINS = {
    "PNG": PngImagePlugin.PngImageFile,
    "JPEG": JpegImagePlugin.JpegImageFile,
    "BMP": BmpImagePlugin.BmpImageFile,
    "TIFF": TiffImagePlugin.TiffImageFile,
    "WEBP": WebPImagePlugin.WebPImageFile,
    "AVIF": AvifImagePlugin.AvifImageFile,
    "HEIC": open_heic,
}
#: The formats `load_image` reads, as its messages name them.
_READ = "PNG, JPEG, BMP, TIFF, WebP, AVIF or HEIC"
#: How many of a file's first bytes `sniff_format` is given: an AVIF's or HEIC's brands.
_HEAD = 64


@dataclass(frozen=True, eq=False)
class Photo:
    """A loaded photo: upright pixels plus what export should carry over.

    ``pixels`` is (H, W) for gray, (H, W, 2) gray + alpha, (H, W, 3) RGB or (H, W, 4) RGBA,
    uint8, or uint16 for 16-bit files (PNG, TIFF; HEIC of 10 or 12 bits, scaled to 16),
    kept and exported at 16 bits in PNG and TIFF.
    ``pixels`` is the first frame of an animation or multi-page TIFF; ``more_frames`` are
    the others (at most `MAX_FRAMES` in all), and ``timing`` how an animation is played.
    An animation's frames have one shape and dtype; a TIFF's pages may differ in both.
    """

    pixels: np.ndarray
    path: Path
    format: str
    icc_profile: bytes | None = None
    exif: bytes | None = None
    #: Things the user should be told once: depth lost, colours converted, EXIF dropped.
    notes: tuple[str, ...] = ()
    more_frames: tuple[np.ndarray, ...] = ()
    timing: Timing | None = None


def sniff_format(head: bytes) -> str | None:
    """The format named by a file's first bytes (64 of them tell an AVIF from a HEIC), if
    it is one kernelstudio reads."""
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
    return container_kind(head)


def _open_error(name: str, error: OSError) -> ImageFileError:
    if isinstance(error, FileNotFoundError):
        return ImageFileError(translate("errors", "{name} does not exist").format(name=name))
    if isinstance(error, IsADirectoryError):
        return ImageFileError(translate("errors", "{name} is a folder, not an image")
                              .format(name=name))
    if isinstance(error, NotAFileError):
        return ImageFileError(translate("errors", "{name} {error}; open a photo file")
                              .format(name=name, error=describe_os_error(error)))
    return ImageFileError(translate("errors", "cannot read {name}: {error}")
                          .format(name=name, error=describe_os_error(error)))


#: Errors of Python itself that a parser trips over on short or odd data; their words
#: ('unpack_from requires a buffer of at least 14 bytes') tell a person nothing.
_JARGON = (struct.error, EOFError, IndexError, KeyError, TypeError, AttributeError,
           ZeroDivisionError, OverflowError, UnicodeError)


def _damaged(name: str, kind: str, why) -> ImageFileError:
    """The error for a file the parser failed on; `why` is the failure or our words."""
    said = translate("errors", "{name} is a damaged or truncated {kind} file").format(
        name=name, kind=kind)
    if isinstance(why, _JARGON) or isinstance(getattr(why, "__cause__", None), _JARGON):
        return ImageFileError(said)
    return ImageFileError(translate("errors", "{said} ({why})")
                          .format(said=said, why=shown(str(why) or type(why).__name__, 120)))


def _notes(image: Image.Image, name: str, kind: str, deep: bool) -> tuple[str, ...]:
    """What the user must know about how the file was read; call before decoding."""
    notes = []
    if sixteen_bits(image) and not deep:
        # One sentence per case, so that each language words it whole.
        if image.mode == "CMYK":
            note = translate("notes", "{name} has 16 bits per channel; CMYK photos are edited "
                                      "and exported at 8 bits, so the extra precision is lost")
        elif kind == "PNG":
            note = translate("notes", "{name} has 16 bits per channel; animated PNGs are edited "
                                      "and exported at 8 bits, so the extra precision is lost")
        else:
            note = translate("notes", "{name} has 16 bits per channel; TIFFs compressed as "
                                      "{compression} are edited and exported at 8 bits, so the "
                                      "extra precision is lost")
        compression = str(image.info.get("compression")).removeprefix("tiff_")
        notes.append(note.format(name=name, compression=compression))
    if image.mode == "CMYK":
        notes.append(translate("notes", "{name} is CMYK; it is shown, filtered and exported as RGB")
                     .format(name=name))
    return tuple(notes)


def _frame_sizes(image: Image.Image) -> tuple[list[tuple[int, int]], bool]:
    """The (width, height) of each frame to read, at most `MAX_FRAMES`, and whether the
    file has more. Nothing is decoded."""
    if image.format == "HEIF":
        return [image.size], False  # the primary image; the others are its alternatives
    if not isinstance(image, TiffImagePlugin.TiffImageFile):
        # Animations are composed on one canvas; their count is in a header.
        frames = max(1, int(getattr(image, "n_frames", 1)))
        return [image.size] * min(frames, MAX_FRAMES), frames > MAX_FRAMES
    # A TIFF's pages are counted by walking them (as Pillow's n_frames would, to the end).
    sizes, more = [image.size], False
    try:
        for index in range(1, MAX_FRAMES + 1):
            image.seek(index)
            more = index == MAX_FRAMES
            if not more:
                sizes.append(image.size)
    except EOFError:
        pass
    image.seek(0)
    return sizes, more


def _refuse_size(name: str, sizes: list[tuple[int, int]], max_pixels: int) -> None:
    """`TooManyPixelsError` if frames of these (width, height) hold too many pixels."""
    total = sum(width * height for width, height in sizes)
    if total <= max_pixels:
        return
    width, height = max(sizes, key=lambda size: size[0] * size[1])
    if len(sizes) == 1:
        text = translate("errors", "{name} is {width}×{height} pixels ({value:.1f} megapixels), "
                                   "more than the limit of {value2:g} megapixels; raise the limit "
                                   "only if you trust this file")
    elif len(set(sizes)) == 1:
        text = translate("errors", "{name} is {width}×{height} pixels × {frames} frames "
                                   "({value:.1f} megapixels), more than the limit of {value2:g} "
                                   "megapixels; raise the limit only if you trust this file")
    else:
        text = translate("errors", "{name} is {frames} pages of up to {width}×{height} pixels "
                                   "({value:.1f} megapixels), more than the limit of {value2:g} "
                                   "megapixels; raise the limit only if you trust this file")
    raise TooManyPixelsError(text.format(name=name, width=width, height=height,
                                         frames=len(sizes), value=total / 1e6,
                                         value2=max_pixels / 1e6))


def _check_size(image: Image.Image, name: str, kind: str, max_pixels: int
                ) -> tuple[int, tuple[str, ...]]:
    """The number of frames to read, after refusing a file whose frames hold too many
    pixels; the note if the file has more than `MAX_FRAMES`."""
    sizes, more = _frame_sizes(image)
    for width, height in sizes:
        if width < 1 or height < 1:
            raise _damaged(name, kind, f"size {width}×{height}")
    _refuse_size(name, sizes, max_pixels)
    told = (translate("notes", "{name} has more than {max_frames} frames; only the first "
                               "{max_frames} are edited and written")
            .format(name=name, max_frames=MAX_FRAMES),) if more else ()
    return len(sizes), told


class _Frames:
    """Each frame's pixels from the decoder that keeps them whole: pi-heif for a HEIC of
    more than 8 bits, `DeepReader` for 16-bit colour PNG and TIFF, else Pillow."""

    def __init__(self, stream, name: str, kind: str, frames: int) -> None:
        self.stream, self.name, self.kind, self.frames = stream, name, kind, frames
        self.reader = DeepReader(stream, name, kind) if kind in ("PNG", "TIFF") else None

    def deep(self, image: Image.Image) -> bool:
        return self.reader is not None and is_deep(image, self.kind, self.frames)

    def pixels(self, image: Image.Image, index: int) -> np.ndarray:
        if self.kind == "HEIC":
            deeper = heic_pixels(self.stream, image)
            if deeper is not None:
                return deeper
        if self.deep(image):
            return self.reader.pixels(image, index)
        return from_pil(image, self.name)


def _png_exif_unread(image: Image.Image, stream) -> None:
    """Let Pillow find the EXIF of a PNG it will not decode: an eXIf chunk after the
    pixels is one Pillow reads only by decoding them (as its ``getexif`` would)."""
    if "exif" not in image.info:
        found = find_chunk(stream, b"eXIf")
        image.info["exif"] = b"Exif\0\0" + found if found else b""


def _decode(image: Image.Image, stream, name: str, kind: str, max_pixels: int,
            notes: tuple[str, ...]) -> Photo:
    frames, told = _check_size(image, name, kind, max_pixels)
    reading = _Frames(stream, name, kind, frames)
    try:
        return _read(image, reading, frames, notes + told)
    finally:
        if reading.reader is not None:
            reading.reader.close()


def _read(image: Image.Image, reading: _Frames, frames: int, notes: tuple[str, ...]) -> Photo:
    name, kind = reading.name, reading.kind
    deep = reading.deep(image)
    notes += _notes(image, name, kind, deep)
    if kind == "PNG" and deep:
        _png_exif_unread(image, reading.stream)
    elif kind == "PNG":
        image.load()  # Pillow's PNG reads EXIF by decoding: fail here, as damaged, not later
    exif, orientation, exif_notes = read_exif(image, name)
    if exif_notes and kind == "TIFF":
        # Pillow's TIFF decoder reads the EXIF sub-blocks again when it ends: let it find none.
        image._exif = Image.Exif()
    icc = image.info.get("icc_profile") or None
    pixels = upright(reading.pixels(image, 0), orientation)
    durations = [image.info.get("duration", 0)]  # WebP knows it once a frame is decoded
    if frames == 1:
        image.im = None  # the decoder's copy is not needed any more: free it now
    more, timing = [], None
    for index in range(1, frames):
        image.seek(index)
        said = _notes(image, name, kind, reading.deep(image))
        notes += tuple(note for note in said if note not in notes)  # TIFF pages
        more.append(upright(reading.pixels(image, index), orientation))
        durations.append(image.info.get("duration", 0))
    if more and kind != "TIFF":
        timing = Timing(tuple(float(value or 0) for value in durations),
                        int(image.info.get("loop", 0) or 0))
    return Photo(pixels=pixels, path=Path(name), format=kind, icc_profile=icc, exif=exif,
                 notes=notes + exif_notes, more_frames=tuple(more), timing=timing)


def load_image(path: str | os.PathLike, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Photo:
    """Read a PNG, JPEG, BMP, TIFF, WebP, AVIF or HEIC photo, upright (EXIF orientation
    applied); 16-bit colour PNG and TIFF, and HEIC of 10 or 12 bits, at 16 bits.

    Parameters
    ----------
    path : path-like
        The file; its name does not matter, its first bytes decide the format.
    max_pixels : int
        Files with more than this many pixels (all frames read counted) are refused
        before decoding. It is the only limit: Pillow's own is not applied. Of a file of
        more than `MAX_FRAMES` frames, the first `MAX_FRAMES` are read, with a note.

    Raises
    ------
    ImageFileError
        With a message for people: missing, unreadable, not an image we read, too large,
        truncated or damaged (a PNG whose picture chunks fail their checksums included).
        A half-decoded image is never returned. EXIF that cannot be read, and PNG chunks
        of metadata that fail their checksums, never fail a load: they are left out and
        said so in ``notes``.
    TooManyPixelsError
        The `ImageFileError` for a file with more than `max_pixels` pixels.
    """
    name = os.fspath(path)
    try:
        stream = open_regular(path)
    except OSError as exc:
        raise _open_error(name, exc) from None
    with stream, pillow_call():
        try:
            head = stream.read(_HEAD)
            stream.seek(0)
        except OSError as exc:
            raise _open_error(name, exc) from None
        kind = sniff_format(head)
        if kind is None:
            text = (translate("errors", "{name} is empty") if not head else
                    translate("errors", "{name} is not a {formats} image"))
            raise ImageFileError(text.format(name=name, formats=_READ))
        notes = ()
        try:
            if kind == "PNG":
                stream, notes = checked_png(stream, name)
            elif kind in ("AVIF", "HEIC"):
                # Measured from the boxes before libavif or libheif parses anything.
                size, bits = declared(stream)
                if size is not None:
                    _refuse_size(name, [size], max_pixels)
                if kind == "AVIF" and bits > 8:  # Pillow's libavif decodes 8 bits only
                    notes = (f"{name} has {bits} bits per channel; AVIF photos are edited "
                             "and exported at 8 bits, so the extra precision is lost",)
                stream.seek(0)
            image = _PLUGINS[kind](stream)  # no path: Pillow must not reopen the file
        except ImageFileError:
            raise
        except OSError as exc:
            if exc.errno is not None:
                raise _open_error(name, exc) from None
            raise _damaged(name, kind, exc) from None
        except Exception as exc:  # any parser failure is a damaged file
            raise _damaged(name, kind, exc) from None
        try:
            return _decode(image, stream, name, kind, max_pixels, notes)
        except MemoryError:
            raise ImageFileError(translate("errors", "not enough memory to open {name}")
                                 .format(name=name)) from None
        except ImageFileError:
            raise
        except Exception as exc:  # any decoder failure is a damaged file
            raise _damaged(name, kind, exc) from None
        finally:
            image.close()
