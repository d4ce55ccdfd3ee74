"""A PNG's chunks checked against their checksums before Pillow parses any of them.

Pillow skips the checksums of image data, and refuses a whole file for one bad checksum
anywhere else. Here damage to the picture (image data, palette, transparency, the frames
of an animation) refuses the file, and damage to what only describes it (text, time,
colour and size hints) leaves that chunk out, with a note: the pixels still load.
"""

from __future__ import annotations

import bisect
import os
import zlib

from .errors import ImageFileError
from .words import translate

__all__ = ["checked_png", "find_chunk", "png_chunk"]

#: Ancillary chunks that hold the picture itself: a checksum failure there is damage to it.
_PICTURE_CHUNKS = frozenset({b"tRNS", b"acTL", b"fcTL", b"fdAT"})


def png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, `kind`, `data` and their checksum.

    >>> png_chunk(b"IEND", b"").hex()
    '0000000049454e44ae426082'
    """
    return (len(data).to_bytes(4, "big") + kind + data
            + zlib.crc32(kind + data).to_bytes(4, "big"))


#: The largest metadata chunk `find_chunk` returns: Pillow's own limit on a text chunk.
_LARGEST_FOUND = 1 << 20


def find_chunk(stream, kind: bytes) -> bytes | None:
    """The contents of the first `kind` chunk of the PNG in `stream`, if it has one of at
    most 1 MB. Only the chunks' headers are read on the way (checked by `checked_png`)."""
    at = 8
    while True:
        stream.seek(at)
        header = stream.read(8)
        if len(header) < 8:
            return None
        length = int.from_bytes(header[:4], "big")
        if header[4:] == kind:
            data = stream.read(length) if length <= _LARGEST_FOUND else b""
            return data if len(data) == length else None
        if header[4:] == b"IEND":
            return None
        at += 12 + length


def _is_ancillary(kind: bytes) -> bool:
    return bool(kind[0] & 0x20) and kind not in _PICTURE_CHUNKS  # a lower-case first letter


def _damaged_chunks(stream, name: str) -> list[tuple[int, int, bytes]]:
    """(start, end, kind) of each ancillary chunk whose checksum fails; an error for any
    other chunk that fails."""
    stream.seek(8)
    damaged = []
    while True:
        start = stream.tell()
        header = stream.read(8)
        if len(header) < 8:
            return damaged  # a missing end is Pillow's "truncated" to report
        length, kind = int.from_bytes(header[:4], "big"), header[4:]
        crc = zlib.crc32(kind)
        left = length
        while left:
            piece = stream.read(min(left, 1 << 20))
            if not piece:
                return damaged
            crc = zlib.crc32(piece, crc)
            left -= len(piece)
        stored = stream.read(4)
        if len(stored) < 4:
            return damaged
        if int.from_bytes(stored, "big") != crc:
            shown = kind.decode("latin-1") if kind.isalpha() else kind.hex()
            if not kind.isalpha() or not _is_ancillary(kind):
                raise ImageFileError(translate("errors", "{name} is a damaged PNG file (the "
                                                         "checksum of its {shown} chunk is wrong)")
                                     .format(name=name, shown=shown))
            damaged.append((start, stream.tell(), kind))
        if kind == b"IEND":
            return damaged


class _Without:
    """`stream` as Pillow reads it (read, seek, tell) with some byte ranges left out."""

    def __init__(self, stream, cuts: list[tuple[int, int]]) -> None:
        self._stream = stream
        size = os.fstat(stream.fileno()).st_size
        self._pieces = []  # (start as read here, start in the file, end in the file)
        here = there = 0
        for start, end in [*cuts, (size, size)]:
            self._pieces.append((here, there, start))
            here += start - there
            there = end
        self._size = here
        self._starts = [piece[0] for piece in self._pieces]
        self._position = 0

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = self._size - self._position
        parts = []
        while size > 0 and self._position < self._size:
            # The last piece that starts at or before the position (empty ones come first).
            here, there, end = self._pieces[bisect.bisect_right(self._starts,
                                                                self._position) - 1]
            offset = there + self._position - here
            self._stream.seek(offset)
            part = self._stream.read(min(size, end - offset))
            if not part:
                break
            parts.append(part)
            self._position += len(part)
            size -= len(part)
        return b"".join(parts)


def checked_png(stream, name: str) -> tuple[object, tuple[str, ...]]:
    """`stream` (an open PNG file) to give Pillow's parser, and the notes for the user.

    Raises
    ------
    ImageFileError
        A chunk of the picture (IHDR, PLTE, IDAT, IEND, transparency, animation frames)
        fails its checksum.
    """
    damaged = _damaged_chunks(stream, name)
    stream.seek(0)
    if not damaged:
        return stream, ()
    kinds = list(dict.fromkeys(kind.decode("latin-1") for _, _, kind in damaged))
    if len(kinds) > 4:  # one line, however many there are
        kinds = [*kinds[:3], f"{len(kinds) - 3} other"]
    if len(kinds) == 1:
        said = (f"the {kinds[0]} chunk of {name} is damaged (its checksum is wrong); it "
                "was left out, with the metadata it holds")
    else:
        said = (f"the {', '.join(kinds[:-1])} and {kinds[-1]} chunks of {name} are damaged "
                "(their checksums are wrong); they were left out, with the metadata they hold")
    return _Without(stream, [(start, end) for start, end, _ in damaged]), (said,)
