"""Files the reliability tests feed to the core, the command line and the window.

Every one is generated here, so the tests say exactly what they hold.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms

RNG = np.random.default_rng(2026)
#: A small photo-like picture: smooth gradients, so JPEG keeps it close.
BASE = np.dstack([
    np.add.outer(np.arange(48) * 4, np.arange(64) * 2) % 256,
    np.add.outer(np.arange(48) * 2, np.arange(64)) % 256,
    np.full((48, 64), 90),
]).astype(np.uint8)
ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
CAMERA = "kernelstudio test camera"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int, height: int, depth: int, colour: int, rows: bytes) -> bytes:
    """A PNG written by hand (Pillow cannot write 16-bit colour or lie about its size)."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows))
            + _chunk(b"IEND", b""))


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def acf(weights, scale: int, offset: int) -> bytes:
    """A Photoshop Custom filter file, packed by hand as Photoshop writes one: 27 big-endian
    16-bit numbers, the weights centred in its 5×5 grid row after row, scale, offset."""
    grid = np.zeros((5, 5), dtype=int)
    rows, cols = np.shape(weights)
    top, left = (5 - rows) // 2, (5 - cols) // 2
    grid[top:top + rows, left:left + cols] = weights
    return struct.pack(">27h", *grid.ravel().tolist(), scale, offset)


def write_acf(path: Path, weights, scale: int, offset: int) -> Path:
    path.write_bytes(acf(weights, scale, offset))
    return path


def exif_rotated_jpeg(path: Path) -> Path:
    """Stored 64 wide and 48 high, with orientation 6: it is to be viewed 48 × 64."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = CAMERA
    Image.fromarray(BASE).save(path, quality=95, exif=exif)
    return path


def icc_png(path: Path) -> Path:
    Image.fromarray(BASE).save(path, icc_profile=ICC)
    return path


def icc_jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    Image.fromarray(BASE).save(path, quality=95, icc_profile=ICC, exif=exif)
    return path


def gray16_png(path: Path) -> Path:
    Image.fromarray((RNG.integers(0, 65536, (40, 50))).astype(np.uint16)).save(path)
    return path


def rgb16_png(path: Path) -> Path:
    """16 bits per channel RGB: Pillow reads it as 8-bit, which the user must be told."""
    values = RNG.integers(0, 65536, (30, 20, 3)).astype(">u2")
    rows = b"".join(b"\x00" + row.tobytes() for row in values)
    path.write_bytes(png_bytes(20, 30, 16, 2, rows))
    return path


def palette_transparent_png(path: Path) -> Path:
    image = Image.fromarray(BASE).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    image.save(path, transparency=0)
    return path


def la_png(path: Path) -> Path:
    alpha = np.linspace(0, 255, 64 * 48).reshape(48, 64).astype(np.uint8)
    Image.fromarray(np.dstack([BASE[..., 0], alpha]), "LA").save(path)
    return path


def cmyk_jpeg(path: Path) -> Path:
    Image.fromarray(BASE).convert("CMYK").save(path, quality=95)
    return path


def eps_named_png(path: Path) -> Path:
    path.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
                     b"/Helvetica findfont 12 scalefont setfont 0 0 moveto (x) show\nshowpage\n")
    return path


def psd_named_png(path: Path) -> Path:
    path.write_bytes(b"8BPS\x00\x01" + b"\x00" * 6 + struct.pack(">HIIHH", 3, 48, 64, 8, 3))
    return path


def bomb_png(path: Path) -> Path:
    """A PNG whose header claims 100 000 × 100 000 pixels but holds almost nothing."""
    path.write_bytes(png_bytes(100_000, 100_000, 8, 2, b"\x00" * 64))
    return path


def truncated_jpeg(path: Path) -> Path:
    path.write_bytes(_encoded(Image.fromarray(BASE), "JPEG")[:600])
    return path


def _tiff_with(tag: int, field_type: int | None, value: int, compression: str) -> bytes:
    """A little TIFF with one IFD entry rewritten (little-endian, first IFD)."""
    data = bytearray(_encoded(Image.fromarray(BASE), "TIFF", compression=compression))
    ifd = struct.unpack_from("<I", data, 4)[0]
    for index in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * index
        if struct.unpack_from("<H", data, entry)[0] == tag:
            if field_type is not None:
                struct.pack_into("<H", data, entry + 2, field_type)
            struct.pack_into("<I", data, entry + 8, value)
    return bytes(data)


def tiff_many_samples(path: Path) -> Path:
    """SamplesPerPixel 515: Pillow refuses it and logs an error about it."""
    path.write_bytes(_tiff_with(277, None, 515, "raw"))
    return path


def tiff_bad_tag_type(path: Path) -> Path:
    """An LZW TIFF whose RowsPerStrip is stored as text: libtiff complains on its own."""
    path.write_bytes(_tiff_with(278, 2, 16, "tiff_lzw"))
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(RNG.integers(0, 256, 4096, dtype=np.uint8).tobytes())
    return path


GOOD = {
    "exif-rotated.jpg": exif_rotated_jpeg,
    "icc.png": icc_png,
    "icc.jpg": icc_jpeg,
    "gray16.png": gray16_png,
    "rgb16.png": rgb16_png,
    "palette.png": palette_transparent_png,
    "la.png": la_png,
    "cmyk.jpg": cmyk_jpeg,
}
BAD = {  # file: what the message must say
    "eps.png": (eps_named_png, "is not a PNG, JPEG, BMP, TIFF or WebP image"),
    "psd.png": (psd_named_png, "is not a PNG, JPEG, BMP, TIFF or WebP image"),
    "bomb.png": (bomb_png, "megapixels"),
    "truncated.jpg": (truncated_jpeg, "damaged or truncated"),
    "random.png": (random_bytes, "is not a PNG, JPEG, BMP, TIFF or WebP image"),
    "samples.tif": (tiff_many_samples, "damaged or truncated TIFF"),
    "badtag.tif": (tiff_bad_tag_type, "damaged or truncated TIFF"),
}


def make(folder: Path, name: str) -> Path:
    maker = GOOD[name] if name in GOOD else BAD[name][0]
    return maker(folder / name)
