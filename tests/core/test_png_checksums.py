"""A PNG whose picture fails a checksum is refused as damaged, like a truncated one; a
chunk of metadata that fails its checksum is left out, with a note."""

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from kernelstudio.core import ImageFileError, load_image

PIXELS = np.random.default_rng(5).integers(0, 256, (40, 50, 3), dtype=np.uint8)
PALETTE = {"palette": True, "transparency": 3}


def _png(*, palette=False, **options) -> bytearray:
    buffer = io.BytesIO()
    image = Image.fromarray(PIXELS)
    if palette:
        image = image.quantize(16)
    image.save(buffer, "PNG", **options)
    return bytearray(buffer.getvalue())


def _chunk(data: bytes, kind: bytes) -> tuple[int, int]:
    """Where the data of the first `kind` chunk starts, and its length."""
    start = data.index(kind)
    return start + 4, struct.unpack(">I", data[start - 4:start])[0]


@pytest.mark.parametrize("kind", [b"IDAT", b"IHDR", b"IEND", b"PLTE", b"tRNS"])
def test_a_flipped_byte_is_refused_as_a_checksum_failure(tmp_path, kind):
    data = _png(pnginfo=_text(), **PALETTE if kind in (b"PLTE", b"tRNS") else {})
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


def _flipped(path, kinds, **options):
    """`path`, written as a PNG with one byte flipped in each chunk of `kinds`."""
    data = _png(**options)
    for kind in kinds:
        start, length = _chunk(data, kind)
        data[start + length // 2] ^= 0x10
    path.write_bytes(bytes(data))
    return path


def _metadata() -> PngImagePlugin.PngInfo:
    info = _text()
    info.add_text("Title", "kernelstudio " * 8, zip=True)  # zTXt
    info.add_itxt("Author", "kernelstudio " * 8)
    info.add(b"tIME", b"\x07\xea\x01\x02\x03\x04\x05")
    return info


@pytest.mark.parametrize("kind", [b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"])
def test_a_metadata_chunk_that_fails_its_checksum_is_left_out_with_a_note(tmp_path, kind):
    exif = Image.Exif()
    exif[0x010F] = "kernelstudio camera"
    path = _flipped(tmp_path / "photo.png", [kind], pnginfo=_metadata(), exif=exif.tobytes())
    photo = load_image(path)
    np.testing.assert_array_equal(photo.pixels, PIXELS)
    assert photo.notes == (f"the {kind.decode()} chunk of {path} is damaged (its checksum is "
                           "wrong); it was left out, with the metadata it holds",)
    assert (photo.exif is None) == (kind == b"eXIf")


def test_several_damaged_metadata_chunks_make_one_note(tmp_path):
    path = _flipped(tmp_path / "photo.png", [b"tEXt", b"iTXt", b"tIME"], pnginfo=_metadata())
    photo = load_image(path)
    np.testing.assert_array_equal(photo.pixels, PIXELS)
    assert photo.notes == (f"the tEXt, iTXt and tIME chunks of {path} are damaged (their "
                           "checksums are wrong); they were left out, with the metadata "
                           "they hold",)


def test_a_damaged_frame_control_chunk_of_an_animation_is_refused(tmp_path):
    frames = [Image.fromarray(PIXELS), Image.fromarray(255 - PIXELS)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "PNG", save_all=True, append_images=frames[1:])
    data = bytearray(buffer.getvalue())
    start, length = _chunk(data, b"fcTL")
    data[start + length // 2] ^= 0x10
    (tmp_path / "anim.png").write_bytes(bytes(data))
    with pytest.raises(ImageFileError, match="checksum of its fcTL chunk is wrong"):
        load_image(tmp_path / "anim.png")
