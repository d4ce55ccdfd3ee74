"""AVIF and HEIC: the two kinds of HEIF container, told apart and measured before decoding.

Both are ISO base media files: boxes of (size, type, contents), an ``ftyp`` box first that
names the brands the file follows, a ``meta`` box that describes its images, each image's
size in an ``ispe`` property and its bits per channel in a ``pixi`` one. AVIF is read and
written by Pillow (libavif); HEIC is read by pi-heif (libheif with libde265, decoding
only), which is imported on first use.
"""

from __future__ import annotations

import numpy as np

__all__ = ["container_kind", "declared", "heic_pixels", "open_heic"]

_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm",
                          b"hevs"})
#: Brands of a HEIF file that does not say its codec; libheif finds out (HEVC or not).
_HEIF_BRANDS = frozenset({b"mif1", b"msf1"})
#: The boxes walked to reach the image sizes: meta > iprp > ipco > ispe.
_PATH = (b"meta", b"iprp", b"ipco")
#: A walk of more boxes than this is a hostile file's, not a photo's.
_MOST_BOXES = 10_000


def container_kind(head: bytes) -> str | None:
    """``AVIF`` or ``HEIC`` for a file starting with `head` (its first 64 bytes), else None.

    >>> container_kind(b"\\0\\0\\0\\x1cftypheic\\0\\0\\0\\0mif1heicmiaf")
    'HEIC'
    >>> container_kind(b"\\0\\0\\0\\x1cftypmif1\\0\\0\\0\\0mif1avifmiaf")
    'AVIF'
    """
    if head[4:8] != b"ftyp":
        return None
    size = max(16, min(int.from_bytes(head[:4], "big"), len(head)))
    brands = {head[8:12], *(head[at:at + 4] for at in range(16, size - 3, 4))}
    if brands & _AVIF_BRANDS:
        return "AVIF"
    if brands & (_HEIC_BRANDS | _HEIF_BRANDS):
        return "HEIC"
    return None


def _boxes(stream, start: int, end: int | None, budget: list[int]):
    """(type, contents start, contents end) of the boxes from `start` to `end` (None: the
    end of the file); stops at a box that does not fit or when `budget` runs out."""
    at = start
    while end is None or at + 8 <= end:
        budget[0] -= 1
        if budget[0] < 0:
            return
        stream.seek(at)
        header = stream.read(8)
        if len(header) < 8:
            return
        size, kind = int.from_bytes(header[:4], "big"), header[4:]
        contents = at + 8
        if size == 1:  # a 64-bit size follows
            large = stream.read(8)
            if len(large) < 8:
                return
            size, contents = int.from_bytes(large, "big"), at + 16
        box_end = None if size == 0 else at + size  # size 0: to the end of the file
        if box_end is not None and (box_end < contents or (end is not None and box_end > end)):
            return
        yield kind, contents, box_end
        if box_end is None:
            return
        at = box_end


def declared(stream) -> tuple[tuple[int, int] | None, int]:
    """What the file in `stream` declares of its images, read without decoding anything:
    the largest (width, height) of its ``ispe`` properties (None if there are none) and
    the most bits per channel of its ``pixi`` properties (8 if there are none)."""
    budget = [_MOST_BOXES]
    start, end = 0, None
    for wanted in _PATH:
        inside = next(((contents, box_end) for kind, contents, box_end
                       in _boxes(stream, start, end, budget) if kind == wanted), None)
        if inside is None:
            return None, 8
        start, end = inside
        if wanted == b"meta":
            start += 4  # a "full box": its version and flags come before its children
    largest, bits = None, 8
    for kind, contents, _end in _boxes(stream, start, end, budget):
        if kind not in (b"ispe", b"pixi"):
            continue
        stream.seek(contents + 4)  # after the version and flags
        value = stream.read(8 if kind == b"ispe" else 1 + 4)
        if kind == b"pixi" and value:
            bits = max(bits, *value[1:1 + value[0]], 0)
        elif len(value) == 8:
            size = (int.from_bytes(value[:4], "big"), int.from_bytes(value[4:], "big"))
            if largest is None or size[0] * size[1] > largest[0] * largest[1]:
                largest = size
    return largest, bits


def open_heic(stream):
    """A Pillow image of the HEIC in `stream`: its primary image, parsed, not decoded."""
    from pi_heif import HeifImageFile

    return HeifImageFile(stream)


def heic_pixels(stream, image) -> np.ndarray | None:
    """The primary image of a HEIC of more than 8 bits per channel as uint16, its values
    scaled to 16 bits; None for an 8-bit one (Pillow's pixels are exact).

    libheif turns the image upright itself (its rotation and mirror properties), as it
    does for the 8-bit view `image`, whose EXIF orientation pi-heif sets to 1.
    """
    depth = int(image.info.get("bit_depth") or 8)
    if depth <= 8:
        return None
    from pi_heif import open_heif

    heif = open_heif(stream, convert_hdr_to_8bit=False, hdr_to_16bit=False)
    values = np.asarray(heif[heif.primary_index])
    # Bit replication, as PNG scales its sBIT depths: 0 stays 0, the largest becomes 65535.
    pixels = values << (16 - depth)
    pixels |= values >> (2 * depth - 16)
    return pixels
