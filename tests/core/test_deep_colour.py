"""16-bit colour PNG and TIFF: read exactly, filtered and written at 16 bits, metadata kept.

The files come from other writers (OpenCV, ImageMagick, tifffile, PNGs written by hand)
and what kernelstudio writes is read back by OpenCV and compared with a float64 loop.
"""

import os
import shutil
import subprocess
import zlib

import cv2
import numpy as np
import pytest
import references
import samples
import tifffile
from harness import finishes, refused_in_bounded_memory, truncated
from PIL import Image

from kernelstudio.core import (
    ImageFileError,
    Stack,
    Step,
    TooManyPixelsError,
    load_image,
    save_image,
    to_8bit,
)

RNG = np.random.default_rng(16)
#: Smooth enough for a blur to mean something, every one of the 65536 levels possible.
Y, X = np.mgrid[0:37, 0:53]
DEEP = (np.dstack([X * 1200 + Y * 7, Y * 1700 + X * 3, (X + Y) * 650, 65000 - X * 900])
        + RNG.integers(0, 40, (37, 53, 4))).astype(np.uint16)
KERNEL = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]) / 1.0
IMAGEMAGICK = shutil.which("convert-im6.q16")


def opencv_read(path):
    """RGB(A) as OpenCV reads the file, in our channel order."""
    pixels = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    return pixels[..., [2, 1, 0, 3][:pixels.shape[2]]]


def imagemagick(path, pixels, *options):
    """`pixels` written by ImageMagick from raw 16-bit samples."""
    if IMAGEMAGICK is None:
        pytest.skip("needs ImageMagick (convert-im6.q16)")
    raw = path.with_suffix(".raw")
    raw.write_bytes(pixels.astype(">u2").tobytes())
    layout = "rgba" if pixels.shape[2] == 4 else "rgb"
    prefix = {".png": "PNG64:" if layout == "rgba" else "PNG48:"}.get(path.suffix, "")
    subprocess.run([IMAGEMAGICK, "-size", f"{pixels.shape[1]}x{pixels.shape[0]}", "-depth",
                    "16", "-endian", "MSB", f"{layout}:{raw}", *options, f"{prefix}{path}"],
                   check=True, capture_output=True, timeout=120)
    return path


@pytest.mark.parametrize("channels", [3, 4], ids=["RGB", "RGBA"])
@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_files_opencv_writes_load_with_their_exact_values(tmp_path, suffix, channels):
    pixels = DEEP[..., :channels]
    photo = load_image(samples.opencv_16bit(tmp_path / f"in{suffix}", pixels))
    assert photo.notes == ()
    assert photo.pixels.dtype == np.uint16
    np.testing.assert_array_equal(photo.pixels, pixels)


@pytest.mark.parametrize("channels", [3, 4], ids=["RGB", "RGBA"])
@pytest.mark.parametrize(("suffix", "options"), [
    (".png", ()), (".png", ("-interlace", "PNG")), (".tif", ("-compress", "Zip")),
    (".tif", ("-compress", "LZW")), (".tif", ("-compress", "None")),
    (".tif", ("-compress", "RLE")),  # PackBits
], ids=["png", "interlaced-png", "deflate-tif", "lzw-tif", "raw-tif", "packbits-tif"])
def test_files_imagemagick_writes_load_with_their_exact_values(tmp_path, capfd, suffix, options,
                                                              channels):
    pixels = DEEP[..., :channels]
    photo = load_image(imagemagick(tmp_path / f"in{suffix}", pixels, *options))
    np.testing.assert_array_equal(photo.pixels, pixels)
    assert photo.notes == ()
    assert capfd.readouterr().err == ""  # libspng and tifffile say nothing


@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_a_step_on_16_bit_colour_matches_a_float64_loop_within_one_level(tmp_path, suffix):
    source = samples.opencv_16bit(tmp_path / "in.png", DEEP[..., :3])
    photo = load_image(source)
    result = Stack((Step(kernel=KERNEL),)).apply(photo.pixels)
    assert save_image(tmp_path / f"out{suffix}", result) == ()
    written = opencv_read(tmp_path / f"out{suffix}")
    assert written.dtype == np.uint16
    reference = references.round_saturate(references.loop(DEEP[..., :3], KERNEL), np.uint16)
    assert np.abs(written.astype(np.int64) - reference).max() <= 1
    assert len(np.unique(written)) > 4096  # not squeezed through 8 bits


@pytest.mark.parametrize("suffix", [".png", ".tif"])
@pytest.mark.parametrize("channels", [2, 3, 4], ids=["LA", "RGB", "RGBA"])
def test_round_trips_keep_every_value(tmp_path, suffix, channels):
    pixels = DEEP[..., [0, 3]] if channels == 2 else DEEP[..., :channels]
    save_image(tmp_path / f"out{suffix}", pixels)
    loaded = load_image(tmp_path / f"out{suffix}").pixels
    if suffix == ".tif" and channels == 2:  # written as RGBA of three equal colours
        loaded = loaded[..., [0, 3]]
    np.testing.assert_array_equal(loaded, pixels)


def _deep_png_with_metadata(path, exif_after_pixels=False):
    """A 16-bit RGB PNG written by hand with a colour profile and EXIF (Pillow cannot)."""
    exif = Image.Exif()
    exif[0x010F] = samples.CAMERA
    exif.get_ifd(0x8769)[0x829A] = 0.004  # an exposure time, in the camera-settings block
    block = samples.png_chunk(b"eXIf", exif.tobytes()[6:])
    rows = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in DEEP[..., :3])
    header = samples.png_chunk(b"IHDR", bytes.fromhex("00000035 00000025 10 02 00 00 00"))
    icc = samples.png_chunk(b"iCCP", b"sRGB\0\0" + zlib.compress(samples.ICC))
    pixels = samples.png_chunk(b"IDAT", zlib.compress(rows))
    middle = icc + pixels + block if exif_after_pixels else icc + block + pixels
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + middle + samples.png_chunk(b"IEND", b""))
    return path


@pytest.mark.parametrize("after", [False, True], ids=["exif-first", "exif-after-pixels"])
def test_profile_and_exif_are_read_from_16_bit_pngs(tmp_path, after):
    photo = load_image(_deep_png_with_metadata(tmp_path / "in.png", after))
    np.testing.assert_array_equal(photo.pixels, DEEP[..., :3])
    assert photo.icc_profile == samples.ICC
    exif = Image.Exif()
    exif.load(photo.exif)
    assert exif[0x010F] == samples.CAMERA


def test_profile_and_exif_survive_a_16_bit_round_trip(tmp_path):
    photo = load_image(_deep_png_with_metadata(tmp_path / "in.png"))
    assert save_image(tmp_path / "out.png", photo.pixels, icc_profile=photo.icc_profile,
                      exif=photo.exif) == ()
    again = load_image(tmp_path / "out.png")
    assert again.icc_profile == samples.ICC
    with Image.open(tmp_path / "out.png") as image:  # Pillow reads what we wrote, all of it
        assert image.getexif()[0x010F] == samples.CAMERA
        assert image.getexif().get_ifd(0x8769)[0x829A] == 0.004
    notes = save_image(tmp_path / "out.tif", photo.pixels, icc_profile=photo.icc_profile,
                       exif=photo.exif)
    # As libtiff does for 8-bit TIFFs: the main block is kept, the camera settings are not.
    assert notes == (f"{tmp_path / 'out.tif'}: TIFF could not hold this photo's camera "
                     "settings and GPS (EXIF sub-blocks); they were left out",)
    with tifffile.TiffFile(tmp_path / "out.tif") as tiff:
        tags = tiff.pages[0].tags
        assert tags["Make"].value == samples.CAMERA
        assert tags["InterColorProfile"].value == samples.ICC
    assert load_image(tmp_path / "out.tif").icc_profile == samples.ICC


def test_tiff_pages_of_8_and_16_bits_keep_their_depths(tmp_path):
    eight = RNG.integers(0, 256, (20, 30, 3), dtype=np.uint8)
    save_image(tmp_path / "pages.tif", DEEP[..., :3], more_frames=(eight, DEEP[..., 0]))
    photo = load_image(tmp_path / "pages.tif")
    np.testing.assert_array_equal(photo.pixels, DEEP[..., :3])
    np.testing.assert_array_equal(photo.more_frames[0], eight)
    np.testing.assert_array_equal(photo.more_frames[1], DEEP[..., 0])


def test_associated_alpha_is_unpremultiplied(tmp_path):
    alpha = DEEP[..., 3:].astype(np.float64)
    premultiplied = np.dstack([np.rint(DEEP[..., :3] * alpha / 65535), alpha]).astype(np.uint16)
    tifffile.imwrite(tmp_path / "assoc.tif", premultiplied, photometric="rgb",
                     extrasamples=["assocalpha"])
    loaded = load_image(tmp_path / "assoc.tif").pixels.astype(np.int64)
    assert np.abs(loaded[..., 3] - DEEP[..., 3]).max() == 0
    # Dividing by alpha magnifies the rounding of the premultiplied file: by 65535 / alpha.
    allowed = 65535 / DEEP[..., 3] / 2 + 1
    assert (np.abs(loaded[..., :3] - DEEP[..., :3]) <= allowed[..., None]).all()


def test_a_tiff_compressed_in_a_way_tifffile_cannot_read_is_read_at_8_bits_and_said(tmp_path):
    path = tmp_path / "zstd.tif"
    tifffile.imwrite(path, DEEP[..., :3], photometric="rgb", compression="zstd")
    photo = load_image(path)
    assert photo.pixels.dtype == np.uint8
    assert photo.notes == (f"{path} has 16 bits per channel; TIFFs compressed as zstd are "
                           "edited and exported at 8 bits, so the extra precision is lost",)


@pytest.mark.parametrize("suffix", [".jpg", ".webp", ".avif", ".bmp"])
def test_an_8_bit_format_gets_the_one_rounding_and_a_note(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    notes = save_image(path, DEEP[..., :3], quality=100)
    kind = {".jpg": "JPEG", ".webp": "WEBP", ".avif": "AVIF", ".bmp": "BMP"}[suffix]
    assert notes == (f"{path}: {kind} holds 8 bits per channel; the 16-bit values were "
                     "rounded to the nearest of 256 levels",)
    written = load_image(path).pixels.astype(np.int64)
    expected = to_8bit(DEEP[..., :3]).astype(np.int64)
    assert np.abs(written - expected).mean() < (0.01 if suffix == ".bmp" else 3)


def test_16_bit_gray_written_to_jpeg_is_told_too(tmp_path):
    notes = save_image(tmp_path / "gray.jpg", DEEP[..., 0])
    assert len(notes) == 1
    assert "JPEG holds 8 bits per channel" in notes[0]
    assert save_image(tmp_path / "gray.png", DEEP[..., 0]) == ()


@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_truncated_16_bit_files_are_damaged(tmp_path, capfd, suffix):
    whole = samples.opencv_16bit(tmp_path / f"whole{suffix}", DEEP[..., :3])
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(truncated(whole.read_bytes()))
    with pytest.raises(ImageFileError, match="damaged"):
        load_image(cut)
    assert capfd.readouterr().err == ""


def test_a_16_bit_png_whose_header_lies_about_its_size_is_damaged(tmp_path):
    rows = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in DEEP[:5, :5, :3])
    path = tmp_path / "short.png"
    path.write_bytes(samples.png_bytes(53, 37, 16, 2, rows))  # rows for 5 × 5 only
    with pytest.raises(ImageFileError, match="damaged"):
        load_image(path)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc (Linux)")
def test_a_16_bit_png_declaring_10_gigapixels_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(samples.png_bytes(100_000, 100_000, 16, 2, b"\x00" * 600))
    with pytest.raises(TooManyPixelsError, match="100000×100000 pixels"):
        finishes(load_image, path)
    assert "more than the limit of 200 megapixels" in refused_in_bounded_memory(path)
