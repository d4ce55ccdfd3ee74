"""A PNG whose chunks fail their checksum is refused as damaged, like a truncated one."""

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from kernelstudio.core import ImageFileError, load_image

PIXELS = np.random.default_rng(5).integers(0, 256, (40, 50, 3), dtype=np.uint8)


def _png(**options) -> bytearray:
    buffer = io.BytesIO()
    Image.fromarray(PIXELS).save(buffer, "PNG", **options)
    return bytearray(buffer.getvalue())


def _chunk(data: bytes, kind: bytes) -> tuple[int, int]:
    """Where the data of the first `kind` chunk starts, and its length."""
    start = data.index(kind)
    return start + 4, struct.unpack(">I", data[start - 4:start])[0]


@pytest.mark.parametrize("kind", [b"IDAT", b"IHDR", b"tEXt", b"IEND"])
def test_a_flipped_byte_is_refused_as_a_checksum_failure(tmp_path, kind):
    data = _png(pnginfo=_text())
    start, length = _chunk(data, kind)
    where = start + length // 2 if length else start + length  # IEND: flip its CRC
    data[where] ^= 0x10
    (tmp_path / "photo.png").write_bytes(bytes(data))
    with pytest.raises(ImageFileError) as caught:
        load_image(tmp_path / "photo.png")
    assert str(caught.value) == (f"{tmp_path / 'photo.png'} is a damaged PNG file (the "
                                 f"checksum of its {kind.decode()} chunk is wrong)")


def test_damage_with_a_matching_checksum_is_still_refused(tmp_path):
    data = _png(compress_level=0)  # stored zlib blocks: the flip reaches the pixels
    start, length = _chunk(data, b"IDAT")
    data[start + length // 2] ^= 0x10
    crc = zlib.crc32(bytes(data[start - 4:start + length]))
    data[start + length:start + length + 4] = struct.pack(">I", crc)
    (tmp_path / "photo.png").write_bytes(bytes(data))
    with pytest.raises(ImageFileError, match="damaged or truncated PNG"):
        load_image(tmp_path / "photo.png")  # zlib's own checksum (Adler-32) catches it


def test_intact_pngs_of_many_chunks_load(tmp_path):
    data = _png(pnginfo=_text(), optimize=True)
    (tmp_path / "photo.png").write_bytes(bytes(data))
    np.testing.assert_array_equal(load_image(tmp_path / "photo.png").pixels, PIXELS)


def _text() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "kernelstudio " * 8)
    return info
