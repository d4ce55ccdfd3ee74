"""Loading and saving photos: formats, modes, hostile files and atomic writes."""

import io
import os
import stat

import numpy as np
import pytest
import samples
from PIL import Image, ImageCms

from kernelstudio.core import (
    ImageError,
    ImageFileError,
    KernelStudioError,
    TooManyPixelsError,
    load_image,
    output_format,
    save_image,
    to_8bit,
)
from kernelstudio.data import SAMPLE_PHOTO, resource_path

RNG = np.random.default_rng(4)
RGB = RNG.integers(0, 256, (20, 30, 3), dtype=np.uint8)
RGBA = RNG.integers(0, 256, (20, 30, 4), dtype=np.uint8)


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def test_sample_photo_ships_and_loads():
    photo = load_image(resource_path(SAMPLE_PHOTO))
    assert photo.pixels.shape == (400, 600, 3)
    assert photo.pixels.dtype == np.uint8
    assert photo.format == "PNG"


@pytest.mark.parametrize("suffix", [".png", ".tif"])
@pytest.mark.parametrize("pixels", [RGB, RGBA, RGB[..., 0], RGBA[..., [0, 3]]],
                         ids=["RGB", "RGBA", "L", "LA"])
def test_lossless_round_trips(tmp_path, suffix, pixels):
    save_image(tmp_path / f"out{suffix}", pixels)
    np.testing.assert_array_equal(load_image(tmp_path / f"out{suffix}").pixels, pixels)


def test_bmp_round_trips_and_flattens_transparency(tmp_path):
    for pixels in (RGB, RGB[..., 0]):
        save_image(tmp_path / "out.bmp", pixels)
        np.testing.assert_array_equal(load_image(tmp_path / "out.bmp").pixels, pixels)
    save_image(tmp_path / "clear.bmp", np.zeros((3, 3, 4), np.uint8))
    assert (load_image(tmp_path / "clear.bmp").pixels == 255).all()


def test_webp_reads_lossless_files_exactly(tmp_path):
    Image.fromarray(RGBA).save(tmp_path / "in.webp", lossless=True, exact=True)
    np.testing.assert_array_equal(load_image(tmp_path / "in.webp").pixels, RGBA)
    photo = load_image(resource_path(SAMPLE_PHOTO)).pixels
    save_image(tmp_path / "out.webp", photo, quality=95)
    assert np.abs(load_image(tmp_path / "out.webp").pixels.astype(int) - photo).mean() < 3


def test_jpeg_round_trip_is_close(tmp_path):
    smooth = np.clip(np.add.outer(np.arange(40), np.arange(60))[..., None] * [2, 3, 1], 0, 255)
    save_image(tmp_path / "out.jpg", smooth.astype(np.uint8), quality=95)
    loaded = load_image(tmp_path / "out.jpg").pixels
    assert np.abs(loaded.astype(int) - smooth).mean() < 2


@pytest.mark.parametrize(
    ("make", "shape", "dtype"),
    [
        (lambda: Image.fromarray(RGB[..., 0]), (20, 30), np.uint8),
        (lambda: Image.fromarray(RGB).convert("1"), (20, 30), np.uint8),
        (lambda: Image.fromarray(RGBA[..., [0, 3]], "LA"), (20, 30, 2), np.uint8),
        (lambda: Image.fromarray(RGBA), (20, 30, 4), np.uint8),
        (lambda: Image.fromarray(RGB).convert("P"), (20, 30, 3), np.uint8),
        (lambda: Image.fromarray(RGB[..., 0].astype(np.uint16) * 257), (20, 30), np.uint16),
    ],
    ids=["L", "1", "LA", "RGBA", "P", "I;16"],
)
def test_png_modes(tmp_path, make, shape, dtype):
    path = tmp_path / "mode.png"
    make().save(path)
    pixels = load_image(path).pixels
    assert pixels.shape == shape
    assert pixels.dtype == dtype


def test_palette_with_transparency_becomes_rgba(tmp_path):
    palette = Image.new("P", (4, 4), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    palette.putpixel((0, 0), 0)
    palette.save(tmp_path / "p.png", transparency=0)
    pixels = load_image(tmp_path / "p.png").pixels
    assert pixels.shape == (4, 4, 4)
    assert pixels[0, 0, 3] == 0
    assert pixels[1, 1].tolist() == [255, 0, 0, 255]


def test_cmyk_jpeg_is_converted_to_rgb(tmp_path):
    Image.fromarray(RGB).convert("CMYK").save(tmp_path / "cmyk.jpg")
    pixels = load_image(tmp_path / "cmyk.jpg").pixels
    assert pixels.shape == (20, 30, 3)


def test_exif_orientation_is_applied_and_removed(tmp_path):
    image = Image.fromarray(np.arange(24, dtype=np.uint8).reshape(2, 4, 3) * 10)
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: rotate 90° clockwise to view
    exif[0x010F] = "kernelstudio test camera"
    image.save(tmp_path / "turned.png", exif=exif)
    photo = load_image(tmp_path / "turned.png")
    np.testing.assert_array_equal(photo.pixels, np.rot90(np.asarray(image), -1))
    kept = Image.Exif()
    kept.load(photo.exif)
    assert 0x0112 not in kept
    assert kept[0x010F] == "kernelstudio test camera"


def test_icc_profile_is_carried_byte_for_byte(tmp_path):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.fromarray(RGB).save(tmp_path / "tagged.png", icc_profile=profile)
    photo = load_image(tmp_path / "tagged.png")
    assert photo.icc_profile == profile
    for suffix in (".png", ".jpg", ".tif", ".webp"):
        save_image(tmp_path / f"out{suffix}", photo.pixels, icc_profile=photo.icc_profile)
        assert load_image(tmp_path / f"out{suffix}").icc_profile == profile


HOSTILE = {
    "empty.png": (b"", "is empty"),
    "random.png": (bytes(RNG.integers(0, 256, 4096, dtype=np.uint8)), "is not a PNG, JPEG"),
    "eps.png": (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n", "is not a PNG"),
    "psd.png": (b"8BPS\x00\x01" + b"\x00" * 40, "is not a PNG"),
    "gif.png": (encoded(Image.fromarray(RGB).convert("P"), "GIF"), "is not a PNG"),
    "noise-after-magic.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
                              "damaged or truncated PNG"),
    "truncated.jpg": (encoded(Image.fromarray(RGB), "JPEG")[:400], "damaged or truncated JPEG"),
    "truncated.png": (encoded(Image.fromarray(RGB), "PNG")[:300], "damaged or truncated PNG"),
    "bomb.png": (samples.png_bytes(100_000, 100_000, 8, 2, b"\x00" * 64),
                 "10000000000 pixels|100000×100000"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_files_are_refused_clearly(tmp_path, name):
    data, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageFileError, match=message) as caught:
        load_image(path)
    assert isinstance(caught.value, KernelStudioError)
    assert name in str(caught.value)


def test_bomb_message_gives_size_and_limit_and_the_limit_can_be_raised(tmp_path):
    path = tmp_path / "big.png"
    Image.fromarray(RGB).save(path)
    with pytest.raises(ImageFileError, match=r"30×20 pixels \(0.0 megapixels\).*limit of 0.0001"):
        load_image(path, max_pixels=100)
    assert load_image(path, max_pixels=600).pixels.shape == (20, 30, 3)


def test_too_many_pixels_is_its_own_class_of_image_file_error(tmp_path):
    path = tmp_path / "big.png"
    Image.fromarray(RGB).save(path)
    with pytest.raises(TooManyPixelsError, match="more than the limit") as caught:
        load_image(path, max_pixels=599)
    assert isinstance(caught.value, ImageFileError)
    broken = tmp_path / "broken.png"
    broken.write_bytes(encoded(Image.fromarray(RGB), "PNG")[:60])
    with pytest.raises(ImageFileError) as caught:
        load_image(broken)
    assert not isinstance(caught.value, TooManyPixelsError)


def _to_8bit_loop(pixels: np.ndarray) -> np.ndarray:
    """One value at a time, as the conversion is described (scaled in the image's float type)."""
    out = np.empty(pixels.shape, np.uint8)
    for index, value in np.ndenumerate(pixels):
        if pixels.dtype == np.uint8:
            out[index] = value
        elif pixels.dtype == np.uint16:
            out[index] = round(int(value) / 257)
        else:
            number = float(value)
            number = 0.0 if number != number else min(max(number, 0.0), 1.0)
            scale = pixels.dtype.type
            out[index] = round(float(scale(number) * scale(255)))
    return out


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.float32, np.float64])
@pytest.mark.parametrize("shape", [(7, 9), (5, 6, 3)])
def test_to_8bit_matches_a_loop_reference(dtype, shape):
    if np.dtype(dtype).kind == "u":
        pixels = RNG.integers(0, np.iinfo(dtype).max + 1, shape).astype(dtype)
        pixels.flat[:3] = [0, np.iinfo(dtype).max, np.iinfo(dtype).max // 2]
    else:
        pixels = RNG.uniform(-0.5, 1.5, shape).astype(dtype)
        pixels.flat[:6] = [np.nan, np.inf, -np.inf, 0.5 / 255, 1.5 / 255, 0.5]
    converted = to_8bit(pixels)
    assert converted.dtype == np.uint8
    assert converted.shape == shape
    np.testing.assert_array_equal(converted, _to_8bit_loop(pixels))


@pytest.mark.parametrize("dtype", [np.int16, np.uint32, np.bool_])
def test_to_8bit_refuses_other_types(dtype):
    with pytest.raises(ImageError, match="uint8, uint16 or float"):
        to_8bit(np.zeros((2, 2), dtype))


def test_missing_files_and_folders(tmp_path):
    with pytest.raises(ImageFileError, match="does not exist"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(ImageFileError, match="is a folder"):
        load_image(tmp_path)


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.PNG", "PNG"), ("b.jpeg", "JPEG"), ("c.JPG", "JPEG"), ("d.tiff", "TIFF"), ("e.bmp", "BMP"),
    ("f.webp", "WEBP"),
])
def test_output_format_follows_the_extension(name, fmt):
    assert output_format(name) == fmt


@pytest.mark.parametrize("name", ["out.gif", "out", "out.png.bak"])
def test_unknown_output_extensions_are_refused(name):
    with pytest.raises(ImageFileError, match="cannot tell the format"):
        output_format(name)


def test_save_converts_what_a_format_cannot_hold(tmp_path):
    save_image(tmp_path / "flat.jpg", np.dstack([np.zeros((8, 8, 3), np.uint8),
                                                 np.zeros((8, 8), np.uint8)]))
    assert load_image(tmp_path / "flat.jpg").pixels.min() > 245  # transparent -> white
    deep = (np.arange(64, dtype=np.uint16).reshape(8, 8) * 1000)
    save_image(tmp_path / "deep.png", deep)
    np.testing.assert_array_equal(load_image(tmp_path / "deep.png").pixels, deep)
    save_image(tmp_path / "deep.jpg", deep)
    assert load_image(tmp_path / "deep.jpg").pixels.dtype == np.uint8
    save_image(tmp_path / "float.png", np.array([[0.0, 0.5, 1.0, 2.0, np.nan]]))
    assert load_image(tmp_path / "float.png").pixels.tolist() == [[0, 128, 255, 255, 0]]
    save_image(tmp_path / "la.webp", RGBA[..., [0, 3]])
    assert load_image(tmp_path / "la.webp").pixels.shape == (20, 30, 4)


@pytest.mark.parametrize(("pixels", "quality", "error", "message"), [
    (np.zeros((4, 4), np.int32), 95, ImageError, "int32"),
    (np.zeros((4, 4, 5), np.uint8), 95, ImageError, "5 channels"),
    (RGB, 0, ImageError, "quality"),
    (RGB, 101, ImageError, "quality"),
])
def test_save_refuses_what_it_cannot_write(tmp_path, pixels, quality, error, message):
    with pytest.raises(error, match=message):
        save_image(tmp_path / "x.png", pixels, quality=quality)
    assert not list(tmp_path.iterdir())


def test_save_into_a_missing_folder(tmp_path):
    with pytest.raises(ImageFileError, match="does not exist"):
        save_image(tmp_path / "no" / "x.png", RGB)


def test_failed_save_keeps_the_old_file_byte_identical(tmp_path, monkeypatch):
    path = tmp_path / "photo.png"
    save_image(path, RGB)
    before = path.read_bytes()

    def full_disk(self, stream, *args, **kwargs):
        stream.write(b"half a picture")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Image.Image, "save", full_disk)
    with pytest.raises(ImageFileError, match="no space left on device"):
        save_image(path, RGBA)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["photo.png"]


def test_replacing_keeps_permissions_and_follows_links(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, RGB)
    os.chmod(path, 0o640)
    link = tmp_path / "link.png"
    link.symlink_to(path)
    save_image(link, RGBA)
    assert link.is_symlink()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    np.testing.assert_array_equal(load_image(path).pixels, RGBA)


def test_saving_onto_a_folder_is_refused(tmp_path):
    (tmp_path / "x.png").mkdir()
    with pytest.raises(ImageFileError, match="is a folder"):
        save_image(tmp_path / "x.png", RGB)


@pytest.mark.parametrize(("fmt", "header"), [("BMP", 14), ("BMP", 12), ("PNG", 8),
                                             ("TIFF", 4), ("JPEG", 4)])
def test_a_file_of_only_its_header_is_damaged_without_pillows_words(tmp_path, fmt, header):
    path = tmp_path / "photo"
    path.write_bytes(encoded(Image.fromarray(RGB), fmt)[:header])
    with pytest.raises(ImageFileError) as caught:
        load_image(path)
    assert str(caught.value) == f"{path} is a damaged or truncated {fmt} file"
