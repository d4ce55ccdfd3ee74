"""A photo's EXIF: read without ever failing a load, carried to outputs without the
source file's structural tags.

Pillow parses EXIF lazily and can trip over hostile blocks (offsets past the end, loops,
wrong types, huge counts) at any later step, including reading after the file is closed.
Everything here is therefore done while the file is open, at load time, and any failure
only drops the EXIF, with one note for the user.
"""

from __future__ import annotations

import struct
import warnings

from PIL import ExifTags, Image

from .pillow import pillow_call

__all__ = ["ORIENTATION", "STRUCTURAL_TAGS", "carried_exif", "main_block", "main_entries",
           "read_exif"]

ORIENTATION = 0x0112

#: Tags that describe how the source file stores its pixels, not the photo: carrying them
#: to another file would describe data that is not there.
STRUCTURAL_TAGS = frozenset({
    0x00FE, 0x00FF,          # NewSubfileType, SubfileType
    0x0100, 0x0101,          # ImageWidth, ImageLength
    0x0102, 0x0103,          # BitsPerSample, Compression
    0x0106, 0x0107, 0x0108,  # PhotometricInterpretation, Threshholding, CellWidth
    0x0109, 0x010A,          # CellLength, FillOrder
    0x0111, 0x0115, 0x0116,  # StripOffsets, SamplesPerPixel, RowsPerStrip
    0x0117, 0x0118, 0x0119,  # StripByteCounts, MinSampleValue, MaxSampleValue
    0x011C, 0x0122, 0x0123,  # PlanarConfiguration, GrayResponseUnit, GrayResponseCurve
    0x0124, 0x0125,          # T4Options, T6Options
    0x012D, 0x013D,          # TransferFunction, Predictor
    0x0140,                  # ColorMap
    0x0142, 0x0143, 0x0144, 0x0145,  # TileWidth, TileLength, TileOffsets, TileByteCounts
    0x014A, 0x014C, 0x0152, 0x0153,  # SubIFDs, InkSet, ExtraSamples, SampleFormat
    0x0154, 0x0155, 0x0156,  # SMinSampleValue, SMaxSampleValue, TransferRange
    0x015B,                  # JPEGTables
    0x0200, 0x0201, 0x0202,  # JPEGProc, JPEGInterchangeFormat, JPEGInterchangeFormatLength
    0x0203, 0x0205, 0x0206, 0x0207, 0x0208, 0x0209,  # old-style JPEG-in-TIFF tables
    0x0211, 0x0212, 0x0213,  # YCbCrCoefficients, YCbCrSubSampling, YCbCrPositioning
    0x0214,                  # ReferenceBlackWhite
    0x8773,                  # InterColorProfile: the ICC profile is carried on its own
    0x935C,                  # ImageSourceData (Photoshop's layers)
})


def _carried(exif: Image.Exif) -> bytes | None:
    """`exif` as a block to write: no orientation, no structural tags, sub-IFDs read in."""
    for tag in (ORIENTATION, *STRUCTURAL_TAGS):
        exif.pop(tag, None)
    for tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
        if tag in exif and not exif.get_ifd(tag):
            del exif[tag]  # a sub-block that holds nothing readable
    data = exif.tobytes() if len(exif) else None
    if data is not None:
        Image.Exif().load(data)  # what we write must read back
    return data


def read_exif(image: Image.Image, name: str) -> tuple[bytes | None, int, tuple[str, ...]]:
    """The EXIF block to carry to outputs, the orientation (1 to 8), and notes.

    Call while the file is open. The block has no orientation (the pixels are turned
    upright instead) and none of `STRUCTURAL_TAGS`. EXIF that cannot be read is left out,
    and what Pillow could read only in part is carried without the damaged part; either
    is said in one note.
    """
    orientation = 1
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exif = image.getexif()
            value = exif.get(ORIENTATION, 1)
            if isinstance(value, int) and 1 <= value <= 8:
                orientation = value
            raw = image.info.get("exif") or b""
            # Judged before _carried empties it: a block of only orientation is healthy.
            unreadable = len(raw) > 14 and not len(exif)
            data = None if unreadable else _carried(exif)
            damaged = caught or unreadable
        except Exception:  # any failure of Pillow's parser: the photo loads without EXIF
            data, damaged = None, True
    if not damaged:
        return data, orientation, ()
    left = "the damaged part was" if data else "it was"
    return data, orientation, (f"the EXIF data of {name} is damaged; {left} left out of "
                               "what is carried to outputs",)


def carried_exif(block: bytes) -> bytes | None:
    """`block` without orientation and structural tags; None if it cannot be read."""
    with pillow_call():
        try:
            exif = Image.Exif()
            exif.load(block)
            return _carried(exif)
        except Exception:  # any failure of Pillow's parser: nothing usable to carry
            return None


def main_block(block: bytes) -> bytes | None:
    """`block` (from `carried_exif`) without its sub-blocks (camera settings, GPS), which
    libtiff cannot write; None if nothing is left."""
    exif = Image.Exif()
    exif.load(block)
    for tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo, ExifTags.IFD.Interop):
        exif.pop(tag, None)
    return exif.tobytes() if len(exif) else None


#: The sub-blocks an EXIF block points to from its main part.
_SUB_BLOCKS = (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo, ExifTags.IFD.Interop)
#: Each TIFF field type's values as `struct` counts them (a rational is two numbers) and
#: packs them; ASCII and UNDEFINED stay bytes.
_FIELD_FORMATS = {1: (1, "B"), 3: (1, "H"), 4: (1, "I"), 5: (2, "I"), 6: (1, "b"),
                  8: (1, "h"), 9: (1, "i"), 10: (2, "i"), 11: (1, "f"), 12: (1, "d")}
_BYTE_FIELDS = (2, 7)


def main_entries(block: bytes) -> tuple[str, list[tuple[int, int, int, object]], bool]:
    """The entries of `block`'s main part (a block from `carried_exif`), as a TIFF writer
    that takes tags one by one (tifffile) wants them.

    Returns
    -------
    order : str
        The block's byte order, ``<`` or ``>``.
    entries : list
        (tag, field type, count, value): the value as the stored bytes for ASCII and
        UNDEFINED fields, else a tuple of numbers (two per rational).
    left_out : bool
        Whether the block points to sub-blocks (camera settings, GPS), which are not among
        the entries.
    """
    data = block.removeprefix(b"Exif\0\0")
    order = "<" if data[:2] == b"II" else ">"

    def number(offset: int, size: int) -> int:
        return int.from_bytes(data[offset:offset + size], "little" if order == "<" else "big")

    start = number(4, 4)
    entries, left_out = [], False
    for index in range(number(start, 2)):
        at = start + 2 + 12 * index
        tag, kind, count = number(at, 2), number(at + 2, 2), number(at + 4, 4)
        if tag in _SUB_BLOCKS:
            left_out = True
            continue
        if kind in _BYTE_FIELDS:
            numbers, letter = count, "s"
        elif kind in _FIELD_FORMATS:
            per_value, letter = _FIELD_FORMATS[kind]
            numbers = per_value * count
        else:
            continue  # a type no writer needs (IFD offsets): not carried
        size = struct.calcsize(f"{order}{numbers}{letter}")
        where = at + 8 if size <= 4 else number(at + 8, 4)
        value = data[where:where + size]
        if not count or len(value) != size:
            continue
        if letter != "s":
            value = struct.unpack(f"{order}{numbers}{letter}", value)
        entries.append((tag, kind, count, value))
    return order, entries, left_out
