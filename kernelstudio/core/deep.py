"""16-bit colour: the PNG and TIFF photos Pillow would read and write at 8 bits per channel.

Pillow holds 16-bit gray but no 16-bit colour, so it still opens these files (the format is
recognised, the header parsed, the pixel count checked, the metadata read, as for every
other file) and only their pixels are decoded elsewhere: PNG by libspng (pyspng), which
never prints and takes no CRC on trust it is not given (`png_chunks` checks them first),
TIFF by tifffile with imagecodecs' LZW and predictor. Written back, PNG goes through libpng
(imagecodecs) and TIFF through tifffile, LZW-compressed with a horizontal predictor as
GIMP and Photoshop write it.

The codecs are imported on first use: neither the window nor the command line pays for
them before a deep photo comes along.
"""

from __future__ import annotations

import os
import zlib

import numpy as np
from PIL import Image

from .errors import ImageFileError
from .metadata import main_entries
from .png_chunks import png_chunk
from .words import translate

__all__ = ["DEEP_COMPRESSIONS", "DeepReader", "is_deep", "keeps_deep", "sixteen_bits",
           "write_deep"]

#: TIFF compressions whose 16-bit colour pages are read at 16 bits (Pillow's names): what
#: GIMP, Photoshop, OpenCV, ImageMagick and kernelstudio write. Others (JPEG, zstd, WebP)
#: are left to Pillow, at 8 bits, with a note.
DEEP_COMPRESSIONS = frozenset({"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate",
                               "packbits"})
#: Tags tifffile writes itself (or refuses, with a log line) whatever EXIF brings.
_WRITTEN_BY_TIFFFILE = frozenset({282, 283, 296})
#: The channels of libspng's RGBA to keep, for each 16-bit PNG colour type (slices, so
#: that the one copy made is the result).
_PNG_CHANNELS = {2: slice(0, 3), 4: slice(0, 4, 3), 6: slice(0, 4)}
#: A classic TIFF's offsets are 32-bit; past this many pixel bytes, write a BigTIFF.
_CLASSIC_TIFF_BYTES = 2**31


def sixteen_bits(image: Image.Image) -> bool:
    """Whether the frame `image` (opened, not decoded) stores 16 bits per colour channel,
    which Pillow would decode to 8. Gray (``I;16``) is not among them: Pillow keeps it."""
    if image.mode.startswith("I"):
        return False
    for tile in image.tile:
        raw = tile.args[0] if isinstance(tile.args, tuple) else tile.args
        if isinstance(raw, str) and ";16" in raw:
            return True
    return False


def is_deep(image: Image.Image, kind: str, frames: int) -> bool:
    """Whether `image` is a 16-bit colour frame that `DeepReader` decodes at 16 bits: a
    still PNG, or a TIFF page in one of `DEEP_COMPRESSIONS`, of RGB, RGBA or gray + alpha."""
    if image.mode not in ("RGB", "RGBA") or not sixteen_bits(image):
        return False
    if kind == "PNG":
        return frames == 1
    return kind == "TIFF" and image.info.get("compression") in DEEP_COMPRESSIONS


def keeps_deep(frames, kind: str) -> bool:
    """Whether `write_deep` writes `frames` in the format `kind`: some hold 16-bit colour
    (or gray + alpha), and the format keeps it (a still PNG, or a TIFF of any pages)."""
    deep = any(frame.dtype == np.uint16 and frame.ndim == 3 and 2 <= frame.shape[2] <= 4
               for frame in frames)
    return deep and (kind == "TIFF" or (kind == "PNG" and len(frames) == 1))


def _unpremultiplied(pixels: np.ndarray) -> np.ndarray:
    """RGBA with colour multiplied by alpha (TIFF's associated alpha) as plain RGBA."""
    rows = max(1, (1 << 20) // (pixels.shape[1] * 4))
    for top in range(0, pixels.shape[0], rows):  # in bands: float32 copies of a band only
        band = pixels[top:top + rows]
        alpha = band[..., 3:].astype(np.float32)
        colour = band[..., :3] * np.divide(65535.0, alpha, out=np.zeros_like(alpha),
                                           where=alpha > 0)
        band[..., :3] = np.rint(np.minimum(colour, 65535.0))
    return pixels


class DeepReader:
    """Decodes the 16-bit colour frames of one open file, after Pillow has parsed it.

    Parameters
    ----------
    stream : binary file
        What Pillow was given (for a PNG, the stream without damaged metadata chunks).
    name, kind : str
        The file's name for messages, and its format: ``PNG`` or ``TIFF``.
    """

    def __init__(self, stream, name: str, kind: str) -> None:
        self._stream = stream
        self._name = name
        self._kind = kind
        self._tiff = None

    def close(self) -> None:
        if self._tiff is not None:
            self._tiff.close()  # tifffile leaves a stream it did not open to its owner
            self._tiff = None

    def _damaged(self, why: str) -> ImageFileError:
        return ImageFileError(translate("errors", "{name} is a damaged {kind} file ({why})")
                              .format(name=self._name, kind=self._kind, why=why))

    def pixels(self, image: Image.Image, index: int) -> np.ndarray:
        """Frame `index` of the file, whose Pillow view is `image`, as (rows, columns,
        channels) uint16: the size Pillow read, already checked against the pixel limit."""
        width, height = image.size
        pixels = self._png(width, height) if self._kind == "PNG" else self._page(image, index)
        if pixels.shape[:2] != (height, width) or pixels.dtype != np.uint16:
            raise self._damaged(translate("errors", "its pixels are not the {width}×{height} its "
                                                    "header says")
                                .format(width=width, height=height))
        return pixels

    def _png(self, width: int, height: int) -> np.ndarray:
        from pyspng import _pyspng_c as spng

        self._stream.seek(0)
        data = self._stream.read()
        # libspng allocates from the header it reads: it must be the one that was checked.
        if data[12:16] != b"IHDR" or (int.from_bytes(data[16:20], "big"),
                                      int.from_bytes(data[20:24], "big")) != (width, height):
            raise self._damaged(translate(
                "errors", "its first chunk is not the header Pillow read"))
        colour_type = data[25]
        # libspng gives 16-bit samples as RGBA only (pyspng's load takes 8-bit formats):
        # RGB comes with an opaque alpha and gray + alpha as three equal colours.
        rgba = spng.spng_decode_image_bytes(data, spng.SPNG_FMT_RGBA16)
        del data
        channels = _PNG_CHANNELS.get(colour_type)
        if channels is None:
            raise self._damaged(translate("errors", "colour type {colour_type} at 16 bits")
                                .format(colour_type=colour_type))
        return rgba if colour_type == 6 else np.ascontiguousarray(rgba[..., channels])

    def _page(self, image: Image.Image, index: int) -> np.ndarray:
        import tifffile

        if self._tiff is None:
            self._stream.seek(0)  # tifffile takes the position as the file's start
            self._tiff = tifffile.TiffFile(self._stream, name=os.path.basename(self._name))
        page = self._tiff.pages[index]
        width, height = image.size
        samples = page.samplesperpixel
        if (page.shape != (height, width, samples) or page.planarconfig != 1
                or samples not in (3, 4) or page.dtype != np.uint16):
            raise self._damaged(translate("errors", "page {value} is not the {width}×{height} RGB "
                                                    "its header says")
                                .format(value=index + 1, width=width, height=height))
        pixels = page.asarray()
        if image.mode == "RGB":
            return np.ascontiguousarray(pixels[..., :3])  # a fourth sample that is no alpha
        if tuple(page.extrasamples)[:1] == (1,):  # associated alpha
            return _unpremultiplied(pixels)
        return pixels


def _png_chunks(icc_profile: bytes | None, exif: bytes | None) -> bytes:
    """The iCCP and eXIf chunks that Pillow would write for these."""
    chunks = b""
    if icc_profile:
        chunks += png_chunk(b"iCCP", b"ICC Profile\0\0" + zlib.compress(icc_profile))
    if exif:
        chunks += png_chunk(b"eXIf", exif.removeprefix(b"Exif\0\0"))
    return chunks


def _write_png(stream, pixels: np.ndarray, icc_profile, exif) -> None:
    import imagecodecs

    encoded = imagecodecs.png_encode(np.ascontiguousarray(pixels))
    header = 8 + 25  # the signature and IHDR: metadata goes right after, as Pillow puts it
    stream.write(memoryview(encoded)[:header])
    stream.write(_png_chunks(icc_profile, exif))
    stream.write(memoryview(encoded)[header:])


def _write_tiff(stream, frames: list[np.ndarray], name: str, icc_profile, exif) -> bool:
    """Write the pages; whether EXIF sub-blocks had to be left out."""
    import tifffile

    from .pixels import to_8bit

    order, entries, left_out = main_entries(exif) if exif else ("<", [], False)
    tags = [(tag, kind, count, value, True) for tag, kind, count, value in entries
            if tag not in tifffile.TIFF.TAG_FILTERED and tag not in _WRITTEN_BY_TIFFFILE]
    big = sum(frame.nbytes for frame in frames) > _CLASSIC_TIFF_BYTES
    # tifffile names a stream by its name, which a file opened from a descriptor has not.
    handle = tifffile.FileHandle(stream, name=os.path.basename(name))
    # EXIF values are copied as they are stored: the file takes the byte order of the block.
    with handle, tifffile.TiffWriter(handle, bigtiff=big, byteorder=order) as tiff:
        for number, frame in enumerate(frames):
            pixels = frame if frame.dtype == np.uint16 else to_8bit(frame)
            channels = 1 if pixels.ndim == 2 else pixels.shape[2]
            if channels == 2 and pixels.dtype == np.uint16:
                # 16-bit gray + alpha TIFFs are valid, but Pillow (the loader's parser of
                # every TIFF) cannot open them: RGBA of three equal colours reads back.
                pixels, channels = pixels[..., [0, 0, 0, 1]], 4
            tiff.write(pixels, photometric="rgb" if channels >= 3 else "minisblack",
                       extrasamples=("unassalpha",) if channels in (2, 4) else None,
                       compression="lzw", predictor=True, iccprofile=icc_profile or None,
                       metadata=None, software=False, extratags=tags if number == 0 else ())
    return left_out


def write_deep(stream, frames: list[np.ndarray], kind: str, name: str, *,
               icc_profile: bytes | None, exif: bytes | None) -> bool:
    """Write `frames` to `stream` at 16 bits, in a format that `keeps_deep` them.

    `exif` is a block from `carried_exif`. A TIFF holds its main part only: camera settings
    and GPS live in sub-blocks, which tifffile does not write (libtiff does not either).
    Returns whether such sub-blocks were left out.
    """
    if kind == "PNG":
        _write_png(stream, frames[0], icc_profile, exif)
        return False
    return _write_tiff(stream, frames, name, icc_profile, exif)
