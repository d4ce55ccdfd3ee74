"""Files in and out, when they are unusual or hostile, and when the disk says no."""

import errno
import os
import subprocess

import numpy as np
import pytest
import samples
from PIL import Image

from kernelstudio.core import ImageFileError, load_image, save_image
from kernelstudio.core import files as files_module


def exif_of(path) -> Image.Exif:
    with Image.open(path) as image:
        return image.getexif()


def info_of(path) -> tuple[dict, tuple[int, int]]:
    with Image.open(path) as image:
        return dict(image.info), image.size


@pytest.mark.parametrize("name", samples.GOOD)
def test_good_files_load(tmp_path, name):
    photo = load_image(samples.make(tmp_path, name))
    shapes = {
        "exif-rotated.jpg": (64, 48, 3), "icc.png": (48, 64, 3), "icc.jpg": (48, 64, 3),
        "gray16.png": (40, 50), "rgb16.png": (30, 20, 3), "rgb16-anim.png": (30, 20, 3),
        "palette.png": (48, 64, 4), "la.png": (48, 64, 2), "cmyk.jpg": (48, 64, 3),
    }
    assert photo.pixels.shape == shapes[name]
    assert photo.pixels.dtype == (np.uint16 if name in ("gray16.png", "rgb16.png")
                                  else np.uint8)


def test_exif_orientation_is_applied_and_dropped_other_tags_kept(tmp_path):
    photo = load_image(samples.exif_rotated_jpeg(tmp_path / "turned.jpg"))
    upright = np.rot90(samples.BASE, -1)  # orientation 6: turn clockwise to view
    assert np.abs(photo.pixels.astype(int) - upright).mean() < 3
    save_image(tmp_path / "out.jpg", photo.pixels, exif=photo.exif)
    exif = exif_of(tmp_path / "out.jpg")
    assert 0x0112 not in exif
    assert exif[0x010F] == samples.CAMERA
    assert info_of(tmp_path / "out.jpg")[1] == (48, 64)  # upright in any viewer


@pytest.mark.parametrize("source", ["icc.png", "icc.jpg"])
@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif", ".webp"])
def test_icc_profiles_survive_byte_for_byte(tmp_path, source, suffix):
    photo = load_image(samples.make(tmp_path, source))
    assert photo.icc_profile == samples.ICC
    save_image(tmp_path / f"out{suffix}", photo.pixels, icc_profile=photo.icc_profile,
               exif=photo.exif)
    assert info_of(tmp_path / f"out{suffix}")[0].get("icc_profile") == samples.ICC


def test_sixteen_bit_gray_is_kept_at_sixteen_bits(tmp_path):
    photo = load_image(samples.gray16_png(tmp_path / "deep.png"))
    assert photo.notes == ()
    for suffix in (".png", ".tif"):
        save_image(tmp_path / f"out{suffix}", photo.pixels)
        again = load_image(tmp_path / f"out{suffix}").pixels
        assert again.dtype == np.uint16
        np.testing.assert_array_equal(again, photo.pixels)


def test_reduced_depth_and_converted_colours_are_told(tmp_path):
    deep = load_image(samples.rgb16_apng(tmp_path / "deep.png"))
    assert len(deep.more_frames) == 1
    assert deep.notes == (f"{tmp_path / 'deep.png'} has 16 bits per channel; animated PNGs "
                          "are edited and exported at 8 bits, so the extra precision is lost",)
    cmyk = load_image(samples.cmyk_jpeg(tmp_path / "print.jpg"))
    assert cmyk.notes == (f"{tmp_path / 'print.jpg'} is CMYK; it is shown, filtered and "
                          "exported as RGB",)
    assert load_image(samples.icc_png(tmp_path / "plain.png")).notes == ()


def test_palette_transparency_becomes_alpha(tmp_path):
    pixels = load_image(samples.palette_transparent_png(tmp_path / "p.png")).pixels
    assert pixels.shape[2] == 4
    assert {0, 255} <= set(np.unique(pixels[..., 3]).tolist())


@pytest.mark.parametrize("name", samples.BAD)
def test_hostile_files_are_refused_with_a_clear_message(tmp_path, name, monkeypatch):
    def no_programs(*args, **kwargs):
        raise AssertionError("an external program was started")

    monkeypatch.setattr(subprocess, "Popen", no_programs)
    monkeypatch.setattr(os, "system", no_programs)
    path = samples.make(tmp_path, name)
    with pytest.raises(ImageFileError, match=samples.BAD[name][1]):
        load_image(path)


def test_bomb_message_names_size_and_limit(tmp_path):
    with pytest.raises(ImageFileError) as caught:
        load_image(samples.bomb_png(tmp_path / "bomb.png"))
    assert "100000×100000 pixels (10000.0 megapixels)" in str(caught.value)
    assert "limit of 200 megapixels" in str(caught.value)


@pytest.mark.parametrize(("where", "code", "message"), [
    ("write", errno.ENOSPC, "no space left on device"),
    ("write", errno.EFBIG, "file too large"),
    ("create", errno.EROFS, "read-only file system"),
    ("create", errno.EACCES, "permission denied"),
])
def test_failed_saves_keep_the_old_file_and_leave_nothing_behind(tmp_path, monkeypatch, where,
                                                                 code, message):
    path = tmp_path / "photo.png"
    save_image(path, samples.BASE)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    if where == "create":
        monkeypatch.setattr(files_module.tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(files_module.os, "fsync", fail)
    with pytest.raises(ImageFileError, match=message):
        save_image(path, samples.BASE[::-1])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["photo.png"]
