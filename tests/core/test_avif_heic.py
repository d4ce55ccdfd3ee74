"""AVIF, read and written with a quality, and HEIC, read only: behind the same first-bytes
check and pixel limit as every other format, the limit checked from the boxes' sizes."""

import os
import shutil
import struct

import cv2
import numpy as np
import pytest
import samples
from harness import finishes, refused_in_bounded_memory, truncated
from PIL import Image

from kernelstudio.core import (
    ImageFileError,
    TooManyPixelsError,
    load_image,
    output_format,
    save_image,
)
from kernelstudio.core.imageio import sniff_format

Y, X = np.mgrid[0:96, 0:128]
#: Smooth, as photos are, so lossy codecs keep it close.
PHOTO = np.dstack([X * 2, Y * 2, (X + Y)]).astype(np.uint8)


def mean_difference(a, b) -> float:
    return float(np.abs(a.astype(np.float64) - b.astype(np.float64)).mean())


def test_avif_round_trip_keeps_the_size_and_close_pixels(tmp_path):
    assert save_image(tmp_path / "out.avif", PHOTO, quality=90) == ()
    photo = load_image(tmp_path / "out.avif")
    assert photo.format == "AVIF"
    assert photo.pixels.shape == PHOTO.shape
    assert mean_difference(photo.pixels, PHOTO) < 2
    # Pillow's own decoder agrees with what we read.
    with Image.open(tmp_path / "out.avif") as image:
        assert mean_difference(np.asarray(image.convert("RGB")), photo.pixels) < 0.5


def test_avif_quality_trades_size_for_fidelity(tmp_path):
    noisy = np.clip(PHOTO + np.random.default_rng(3).normal(0, 12, PHOTO.shape), 0, 255)
    noisy = noisy.astype(np.uint8)
    save_image(tmp_path / "low.avif", noisy, quality=30)
    save_image(tmp_path / "high.avif", noisy, quality=95)
    assert (tmp_path / "low.avif").stat().st_size < (tmp_path / "high.avif").stat().st_size
    low, high = (load_image(tmp_path / f"{name}.avif").pixels for name in ("low", "high"))
    assert mean_difference(high, noisy) < mean_difference(low, noisy)


def test_avif_keeps_transparency_profile_and_exif(tmp_path):
    rgba = np.dstack([PHOTO, (X % 256).astype(np.uint8)])
    exif = Image.Exif()
    exif[0x010F] = samples.CAMERA
    save_image(tmp_path / "out.avif", rgba, icc_profile=samples.ICC, exif=exif.tobytes())
    photo = load_image(tmp_path / "out.avif")
    assert photo.pixels.shape == rgba.shape
    assert mean_difference(photo.pixels[..., 3], rgba[..., 3]) < 2
    assert photo.icc_profile == samples.ICC
    carried = Image.Exif()
    carried.load(photo.exif)
    assert carried[0x010F] == samples.CAMERA


def test_avif_animation_keeps_its_frames(tmp_path):
    frames = [PHOTO, 255 - PHOTO]
    save_image(tmp_path / "anim.avif", frames[0], more_frames=frames[1:])
    photo = load_image(tmp_path / "anim.avif")
    assert len(photo.more_frames) == 1
    for got, made in zip((photo.pixels, *photo.more_frames), frames, strict=True):
        assert mean_difference(got, made) < 2


def test_heic_written_by_libheif_reads_close_to_its_source(tmp_path):
    source = tmp_path / "in.png"
    Image.fromarray(PHOTO).save(source)
    photo = load_image(samples.heic(tmp_path / "in.heic", source))
    assert photo.format == "HEIC"
    assert photo.pixels.shape == PHOTO.shape
    assert photo.pixels.dtype == np.uint8
    assert mean_difference(photo.pixels, PHOTO) < 3


def test_heic_keeps_the_profile_and_exif_heif_enc_carried(tmp_path):
    if shutil.which("heif-enc") is None:  # which writer, never what we read, decides
        pytest.skip("needs heif-enc (Debian: libheif-examples); ImageMagick's HEIC writer "
                    "carries no metadata")
    source = samples.icc_jpeg(tmp_path / "tagged.jpg")
    photo = load_image(samples.heic(tmp_path / "tagged.heic", source))
    assert photo.icc_profile == samples.ICC
    exif = Image.Exif()
    exif.load(photo.exif)
    assert exif[0x010F] == samples.CAMERA
    save_image(tmp_path / "out.jpg", photo.pixels, icc_profile=photo.icc_profile,
               exif=photo.exif)
    with Image.open(tmp_path / "out.jpg") as image:
        assert image.info["icc_profile"] == samples.ICC
        assert image.getexif()[0x010F] == samples.CAMERA


def test_a_10_bit_heic_is_read_at_16_bits(tmp_path):
    deep = np.dstack([X * 500, Y * 650, (X + Y) * 280]).astype(np.uint16)
    source = samples.opencv_16bit(tmp_path / "deep.png", deep)
    path = samples.heic(tmp_path / "deep.heic", source, bits=10)
    photo = load_image(path)
    assert photo.pixels.dtype == np.uint16
    assert len(np.unique(photo.pixels)) > 256  # more levels than 8 bits hold
    assert mean_difference(photo.pixels, deep) < 3 * 257  # lossy, as the 8-bit HEIC
    assert photo.pixels.max() <= 65535
    save_image(tmp_path / "out.tif", photo.pixels)
    np.testing.assert_array_equal(
        cv2.imread(str(tmp_path / "out.tif"), cv2.IMREAD_UNCHANGED)[..., ::-1], photo.pixels)


def test_heic_and_heif_outputs_are_refused_naming_what_is_written(tmp_path):
    for name in ("out.heic", "out.HEIF", "out.hif"):
        with pytest.raises(ImageFileError) as caught:
            save_image(tmp_path / name, PHOTO)
        message = str(caught.value)
        assert "reads HEIC photos but does not write them" in message
        assert ".png, .jpg, .tif, .bmp, .webp or .avif" in message
        assert not (tmp_path / name).exists()
    assert output_format("photo.avif") == "AVIF"


def test_the_first_bytes_tell_avif_from_heic(tmp_path):
    def ftyp(major, *compatible):
        brands = major + b"\0\0\0\0" + b"".join(compatible)
        return struct.pack(">I", 8 + len(brands)) + b"ftyp" + brands

    assert sniff_format(ftyp(b"avif", b"mif1", b"miaf")) == "AVIF"
    assert sniff_format(ftyp(b"mif1", b"mif1", b"avif")) == "AVIF"
    assert sniff_format(ftyp(b"heic", b"mif1", b"heic")) == "HEIC"
    assert sniff_format(ftyp(b"mif1", b"mif1", b"heic")) == "HEIC"
    assert sniff_format(ftyp(b"mp42", b"isom")) is None  # a video is no photo
    # Named .heic but AVIF inside: its bytes decide.
    save_image(tmp_path / "really.avif", PHOTO)
    (tmp_path / "really.avif").rename(tmp_path / "named.heic")
    assert load_image(tmp_path / "named.heic").format == "AVIF"


def test_a_heic_that_is_really_text_is_refused_unread(tmp_path):
    path = tmp_path / "notes.heic"
    path.write_text("These are not the photos you are looking for.\n" * 10)
    with pytest.raises(ImageFileError) as caught:
        load_image(path)
    assert str(caught.value) == f"{path} {samples.NOT_READ}"


def _avif(tmp_path):
    save_image(tmp_path / "whole.avif", PHOTO)
    return tmp_path / "whole.avif"


def _heic(tmp_path):
    source = tmp_path / "in.png"
    Image.fromarray(PHOTO).save(source)
    return samples.heic(tmp_path / "whole.heic", source)


@pytest.mark.parametrize("make", [_avif, _heic], ids=["avif", "heic"])
def test_truncated_avif_and_heic_are_damaged(tmp_path, capfd, make):
    whole = make(tmp_path)
    cut = whole.with_name(f"cut{whole.suffix}")
    cut.write_bytes(truncated(whole.read_bytes()))
    with pytest.raises(ImageFileError, match=r"is a damaged or truncated (AVIF|HEIC) file"):
        load_image(cut)
    assert capfd.readouterr().err == ""


def _declaring(whole, path, width, height):
    """`whole` with every image size its boxes declare rewritten."""
    data = bytearray(whole.read_bytes())
    at = data.find(b"ispe")
    assert at > 0
    while at > 0:
        struct.pack_into(">II", data, at + 8, width, height)
        at = data.find(b"ispe", at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc (Linux)")
@pytest.mark.parametrize("make", [_avif, _heic], ids=["avif", "heic"])
def test_a_file_declaring_10_gigapixels_is_refused_before_it_is_parsed(tmp_path, make):
    path = _declaring(make(tmp_path), tmp_path / "bomb", 100_000, 100_000)
    with pytest.raises(TooManyPixelsError, match="100000×100000 pixels"):
        finishes(load_image, path)
    assert "more than the limit of 200 megapixels" in refused_in_bounded_memory(path)


def test_the_declared_size_is_checked_against_the_limit_the_caller_gives(tmp_path):
    path = _avif(tmp_path)
    with pytest.raises(TooManyPixelsError):
        load_image(path, max_pixels=100 * 90)
    assert load_image(path, max_pixels=128 * 96).pixels.shape == PHOTO.shape


def test_an_avif_of_10_bits_is_read_at_8_and_said(tmp_path):
    data = bytearray(_avif(tmp_path).read_bytes())
    at = data.find(b"pixi")
    assert data[at + 8] == 3  # three channels of 8 bits, as libavif wrote them
    data[at + 9:at + 12] = bytes([10, 10, 10])  # what a 10-bit AVIF declares, and its
    data[data.find(b"av1C") + 6] |= 0x40  # codec's high_bitdepth, which libavif checks
    # (no Debian tool writes 10-bit AVIF: heif-enc 1.15 aborts in libaom)
    path = tmp_path / "deep.avif"
    path.write_bytes(bytes(data))
    photo = load_image(path)
    assert photo.pixels.dtype == np.uint8
    assert photo.notes == (f"{path} has 10 bits per channel; AVIF photos are edited and "
                           "exported at 8 bits, so the extra precision is lost",)
    assert load_image(tmp_path / "whole.avif").notes == ()
