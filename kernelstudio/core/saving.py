"""Writing photos: atomically, in the format the name asks for, with one clear line on failure."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from .deep import keeps_deep, write_deep
from .engine import check_image
from .errors import ImageError, ImageFileError
from .files import atomic_write, describe_os_error
from .frames import Timing, frame_options, frames_kept
from .metadata import carried_exif, main_block
from .numbers import shown
from .pillow import pillow_call
from .pixels import to_pil, written_at_8_bits
from .words import translate

__all__ = ["DEFAULT_QUALITY", "EXTENSIONS", "QUALITY_FORMATS", "READ_ONLY_EXTENSIONS",
           "check_output", "output_format", "save_image"]

#: JPEG, WebP and AVIF quality of the window's exports and the command line's outputs.
DEFAULT_QUALITY = 95
#: The formats that take a quality.
QUALITY_FORMATS = ("JPEG", "WEBP", "AVIF")
#: libaom's speed for AVIF (0 slowest to 10): 8 encodes a 12-megapixel photo in about 5 s
#: on two cores where Pillow's default 6 takes 15 to 20 s, for files 20% larger and the
#: same error at quality 95.
_AVIF_SPEED = 8

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
    ".avif": "AVIF",
}
#: File extensions of formats kernelstudio reads but does not write.
READ_ONLY_EXTENSIONS = {".heic": "HEIC", ".heif": "HEIC", ".hif": "HEIC"}
#: The extensions an output's name can end with, as messages list them.
_WRITTEN = ".png, .jpg, .tif, .bmp, .webp or .avif"

#: The largest width or height each format can store (libjpeg's and libwebp's limits; for
#: AVIF, the largest libavif reads back by default).
_LARGEST_SIDE = {"JPEG": 65500, "WEBP": 16383, "AVIF": 32768}


def output_format(path: str | os.PathLike) -> str:
    """The format the extension of `path` asks for; `ImageFileError` for any other."""
    suffix = Path(path).suffix.lower()
    if suffix in READ_ONLY_EXTENSIONS:
        raise ImageFileError(
            translate("errors", "cannot write {path}: kernelstudio reads HEIC photos but does not "
                                "write them; end the name with {written}")
            .format(path=os.fspath(path), written=_WRITTEN)
        )
    if suffix not in EXTENSIONS:
        shown = suffix or "no extension"
        raise ImageFileError(
            translate("errors", "cannot tell the format of {path} ({shown}); end the name with "
                                "{written}")
            .format(path=os.fspath(path), shown=shown, written=_WRITTEN)
        )
    return EXTENSIONS[suffix]


def check_output(path: str | os.PathLike, shape: tuple[int, ...]) -> str:
    """Refuse, before any work, an output that `save_image` could not write; its format.

    Call it before filtering a photo of `shape` (rows, columns, ...) for `path`: the
    extension must name a format kernelstudio writes, the folder must exist, and the format
    must hold that many rows and columns (JPEG at most 65500, WebP 16383, AVIF 32768).

    Raises
    ------
    ImageFileError
        One line saying which of these fails.
    """
    name = os.fspath(path)
    kind = output_format(path)
    folder = Path(name).parent
    if not folder.is_dir():
        raise ImageFileError(translate("errors", "cannot write {name}: the folder {folder} does "
                                                 "not exist").format(name=name, folder=folder))
    largest = _LARGEST_SIDE.get(kind)
    if largest is not None and max(shape[:2]) > largest:
        raise ImageFileError(
            translate("errors", "cannot write {name}: {kind} holds at most {largest}×{largest} "
                                "pixels and the image is {cols}×{rows}; choose .png or .tif")
            .format(name=name, kind=kind, largest=largest, cols=shape[1], rows=shape[0])
        )
    return kind


def _disk_error(stream) -> OSError | None:
    """The operating system's error for writing more to `stream`, if it gives one.

    libtiff and Pillow's encoders write to the file descriptor themselves and report a
    full disk as 'encoder error -2' or 'tiff codec initialization failed'; one more byte,
    written the ordinary way, makes the system say why ('no space left on device').
    """
    try:
        stream.flush()
        descriptor = stream.fileno()
        os.lseek(descriptor, 0, os.SEEK_END)
        os.write(descriptor, b"\0")
    except OSError as exc:
        return exc
    return None


def _raise_disk_error(stream, error: Exception) -> None:
    refused = _disk_error(stream)
    if refused is not None:
        raise refused from None
    if isinstance(error, OSError) and error.errno is not None:
        raise error


def _sub_blocks_left_out(name: str, kind: str) -> str:
    return (translate("notes", "{name}: {kind} could not hold this photo's camera settings and "
                               "GPS (EXIF sub-blocks); they were left out")
            .format(name=name, kind=kind))


def _rounded(name: str, kind: str, frames: list) -> tuple[str, ...]:
    """The note for 16-bit pixels that `kind` gets at 8 bits (`to_8bit`'s one rule)."""
    if not any(written_at_8_bits(frame, kind) for frame in frames):
        return ()
    if kind == "PNG":
        text = translate("notes", "{name}: an animated PNG is written at 8 bits per channel; the "
                                  "16-bit values were rounded to the nearest of 256 levels")
    else:
        text = translate("notes", "{name}: {kind} holds 8 bits per channel; the 16-bit values "
                                  "were rounded to the nearest of 256 levels")
    return (text.format(name=name, kind=kind),)


def _write_refusing_exif(stream, images, kind: str, options: dict, name: str) -> str:
    """Write again after the format refused `options["exif"]`: without the part it
    refused, else without EXIF. The note for the user."""
    options = dict(options)
    main = main_block(options.pop("exif"))
    if main is not None:
        try:
            _write(stream, images, kind, {**options, "exif": main})
        except Exception as exc:  # refused again: go without EXIF
            _raise_disk_error(stream, exc)
        else:
            return _sub_blocks_left_out(name, kind)
    _write(stream, images, kind, options)
    return translate("notes", "{name}: {kind} could not hold this photo's EXIF data; it was "
                              "written without it").format(name=name, kind=kind)


def _write_with_pillow(stream, images, kind: str, options: dict, name: str,
                       notes: list[str]) -> None:
    try:
        _write(stream, images, kind, options)
    except Exception as exc:  # any failure of Pillow's encoders or libtiff
        _raise_disk_error(stream, exc)
        if "exif" not in options:
            raise
        notes.append(_write_refusing_exif(stream, images, kind, options, name))


def _write(stream, images: list[Image.Image], kind: str, options: dict) -> None:
    first, *rest = images
    if rest:
        options = {**options, "append_images": rest}
    stream.seek(0)
    stream.truncate()
    first.save(stream, format=kind, **options)


def save_image(
    path: str | os.PathLike,
    pixels,
    *,
    more_frames=(),
    timing: Timing | None = None,
    quality: int = DEFAULT_QUALITY,
    icc_profile: bytes | None = None,
    exif: bytes | None = None,
) -> tuple[str, ...]:
    """Write `pixels` to `path` in the format its extension names, atomically.

    The file is written beside `path` and renamed into place only when complete, so a
    failure leaves an existing file byte-identical and no partial file. 16 bits are kept
    in PNG (but for an animation's colour) and TIFF; otherwise 16-bit and float (0..1)
    images are written as 8-bit (`to_8bit`), with a note for 16-bit ones.
    JPEG and BMP (as most programs read it) have no transparency, so transparent images are
    flattened onto white for them.

    Parameters
    ----------
    more_frames : sequence of arrays
        Frames after the first (`Photo.more_frames`): written as an animated PNG, WebP or
        AVIF or a multi-page TIFF; other formats get the first frame only, and a note. A TIFF's
        pages may differ in shape and dtype; an animation's frames that differ are not
        written (the first is), with a note.
    timing : Timing, optional
        How the frames play (`Photo.timing`); 10 frames a second, looping, without it.
    quality : int
        JPEG, WebP and AVIF quality, 1 to 100.
    icc_profile, exif : bytes, optional
        Colour profile and EXIF block to embed where the format supports them.

    Returns
    -------
    tuple of str
        Notes for the user, one line each: frames the format cannot hold, 16-bit values
        it holds at 8 bits, EXIF it refused (libtiff and tifffile cannot write EXIF
        sub-blocks) or that was damaged.

    Raises
    ------
    ImageFileError
        One line: the format cannot hold the image, the folder is missing, the disk said
        no ('no space left on device', ...), the path is a FIFO or device.
    """
    name = os.fspath(path)
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise ImageError(translate("errors", "quality must be a whole number from 1 to 100, got "
                                             "{quality}").format(quality=shown(quality)))
    pixels = check_image(pixels)
    kind = check_output(path, pixels.shape)
    kept, told = frames_kept(kind, name, 1 + len(more_frames))
    notes = list(told)
    frames = [pixels, *(check_image(frame) for frame in more_frames[:kept - 1])]
    if kind != "TIFF" and any(f.shape != pixels.shape or f.dtype != pixels.dtype
                              for f in frames):
        notes.append(translate("notes", "{name}: the pages differ in size or kind, which an "
                                        "animated {kind} cannot hold; only the first of {frames} "
                                        "was written")
                     .format(name=name, kind=kind, frames=len(frames)))
        frames = frames[:1]
    deep = keeps_deep(frames, kind)
    if not deep:
        notes += _rounded(name, kind, frames)
    options: dict = frame_options(kind, len(frames), timing) if len(frames) > 1 else {}
    if kind in QUALITY_FORMATS:
        options["quality"] = quality
    if kind in ("JPEG", "AVIF") and quality >= 90:
        options["subsampling"] = "4:4:4"
    if kind == "AVIF":
        options["speed"] = _AVIF_SPEED
    if kind == "TIFF":
        options["compression"] = "tiff_lzw"
    if icc_profile and kind != "BMP":
        options["icc_profile"] = icc_profile
    if exif and kind != "BMP":
        options["exif"] = carried_exif(exif)
        if options["exif"] is None:
            del options["exif"]
            notes.append(translate("notes", "{name}: the EXIF data given is damaged; it was "
                                            "written without it").format(name=name))
    with pillow_call():
        images = [] if deep else [to_pil(frame, kind) for frame in frames]
        try:
            with atomic_write(path) as stream:
                if deep and write_deep(stream, frames, kind, name, exif=options.get("exif"),
                                       icc_profile=options.get("icc_profile")):
                    notes.append(_sub_blocks_left_out(name, kind))
                elif not deep:
                    _write_with_pillow(stream, images, kind, options, name, notes)
        except OSError as exc:
            if exc.errno is not None:
                raise ImageFileError(translate("errors", "cannot write {name}: {exc}")
                                     .format(name=name, exc=describe_os_error(exc))) from None
            raise ImageFileError(translate("errors", "cannot write {name} as {kind}: {exc}")
                                 .format(name=name, kind=kind, exc=shown(str(exc), 120))
                                 ) from None
        except Exception as exc:  # any other failure of Pillow's encoders or libtiff
            raise ImageFileError(translate("errors", "cannot write {name} as {kind}: {exc}")
                                 .format(name=name, kind=kind, exc=shown(str(exc), 120))
                                 ) from None
    return tuple(notes)
