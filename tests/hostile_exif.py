"""EXIF blocks that break the rules, in every format that carries EXIF.

Each case is an IFD0 (entries of 12 bytes: tag, type, count, value or offset) plus bytes
that follow it at a known offset, so the same fault can sit in an EXIF block (JPEG, PNG,
WebP) or in a TIFF file's own first IFD.
"""

import io
import struct

import numpy as np
from PIL import Image

PIXELS = np.dstack([np.tile(np.arange(0, 240, 8, dtype=np.uint8), (20, 1))] * 3)
EXIF_IFD, ORIENTATION, MAKE = 0x8769, 0x0112, 0x010F
SHORT, ASCII, LONG, RATIONAL, UNDEFINED = 3, 2, 4, 5, 7


def _long(value: int) -> bytes:
    return struct.pack("<I", value)


def _ifd(entries, next_ifd: int = 0) -> bytes:
    body = b"".join(struct.pack("<HHI", tag, kind, count) + value
                    for tag, kind, count, value in entries)
    return struct.pack("<H", len(entries)) + body + _long(next_ifd)


def case(name: str, ifd0: int, base: int) -> tuple[list, bytes, int]:
    """(IFD0 entries, bytes placed at `base`, next-IFD offset) for the fault `name`."""
    if name == "truncated":  # a sub-IFD that claims 50 entries and ends after one
        sub = struct.pack("<H", 50) + struct.pack("<HHI", 0x829A, RATIONAL, 1) + _long(base)
        return [(EXIF_IFD, LONG, 1, _long(base))], sub, 0
    if name == "past-end":
        return [(EXIF_IFD, LONG, 1, _long(0x7FFFFFF0)),
                (0x8825, LONG, 1, _long(0x7FFFFF00))], b"", 0
    if name == "wrong-types":
        return [(EXIF_IFD, ASCII, 4, b"abc\0"), (ORIENTATION, RATIONAL, 1, _long(0xFFFFFF))], \
            b"", 0
    if name == "huge-count":
        sub = _ifd([(0x9286, UNDEFINED, 0x3FFFFFFF, _long(base)),
                    (0x9003, ASCII, 0x7FFFFFFF, _long(8))])
        return [(EXIF_IFD, LONG, 1, _long(base))], sub, 0
    if name == "loop":  # the EXIF IFD is IFD0 itself, and IFD0's next IFD is IFD0 again
        return [(EXIF_IFD, LONG, 1, _long(ifd0))], b"", ifd0
    raise ValueError(name)


CASES = ["truncated", "past-end", "wrong-types", "huge-count", "loop"]


def exif_block(name: str) -> bytes:
    """An EXIF block (``Exif\\0\\0`` and a little TIFF) with the fault `name`."""
    if name == "garbage":
        return b"Exif\x00\x00II*\x00" + _long(8) + bytes(range(7, 250, 3))
    entries, _, _ = case(name, 8, 0)
    size = 2 + 12 * (len(entries) + 1) + 4
    entries, extra, next_ifd = case(name, 8, 8 + size)
    make = (MAKE, ASCII, 4, b"cam\0")
    return b"Exif\x00\x00II*\x00" + _long(8) + _ifd([make, *entries], next_ifd) + extra


def tiff_file(name: str) -> bytes:
    """A plain TIFF whose own first IFD carries the fault `name` in place of two tags."""
    buffer = io.BytesIO()
    Image.fromarray(PIXELS).save(buffer, "TIFF", tiffinfo={305: "kernelstudio",
                                                           315: "someone"})
    data = bytearray(buffer.getvalue())
    ifd0 = struct.unpack_from("<I", data, 4)[0]
    if name == "garbage":
        entries, extra, next_ifd = [(EXIF_IFD, LONG, 1, _long(len(data)))], \
            bytes(range(7, 250, 3)), 0
    else:
        entries, extra, next_ifd = case(name, ifd0, len(data))
    count = struct.unpack_from("<H", data, ifd0)[0]
    slots = [ifd0 + 2 + 12 * index for index in range(count)
             if struct.unpack_from("<H", data, ifd0 + 2 + 12 * index)[0] in (305, 315)]
    for slot, (tag, kind, number, value) in zip(slots, entries, strict=False):
        data[slot:slot + 12] = struct.pack("<HHI", tag, kind, number) + value
    struct.pack_into("<I", data, ifd0 + 2 + 12 * count, next_ifd)
    return bytes(data + extra)


def photo_file(fmt: str, name: str) -> bytes:
    """A small photo in `fmt` (JPEG, PNG, WEBP or TIFF) whose EXIF has the fault `name`."""
    if fmt == "TIFF":
        return tiff_file(name)
    buffer = io.BytesIO()
    options = {"lossless": True} if fmt == "WEBP" else {"quality": 100} if fmt == "JPEG" else {}
    Image.fromarray(PIXELS).save(buffer, fmt, exif=exif_block(name), **options)
    return buffer.getvalue()
