"""`kernelstudio apply` on the files photographers bring: 16-bit colour, AVIF and HEIC."""

import cv2
import numpy as np
import pytest
import samples
from commandline import run
from PIL import Image

from kernelstudio.core import Stack, Step, load_image

Y, X = np.mgrid[0:60, 0:80]
DEEP = np.dstack([X * 800 + Y, Y * 1000 + X, (X + Y) * 450]).astype(np.uint16)


def test_a_16_bit_png_blurred_to_tiff_keeps_16_bits(tmp_path):
    source = samples.opencv_16bit(tmp_path / "in16.png", DEEP)
    result = run("apply", source, "-o", tmp_path / "out.tif", "--preset", "blur")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    written = cv2.imread(str(tmp_path / "out.tif"), cv2.IMREAD_UNCHANGED)[..., ::-1]
    assert written.dtype == np.uint16
    assert len(np.unique(written)) > 256
    np.testing.assert_array_equal(written, Stack((Step(preset="blur"),)).apply(DEEP))


def test_a_16_bit_tiff_sharpened_to_png_keeps_16_bits(tmp_path):
    source = samples.opencv_16bit(tmp_path / "in16.tif", DEEP)
    assert run("apply", source, "-o", tmp_path / "out.png", "--preset", "sharpen"
               ).returncode == 0
    written = cv2.imread(str(tmp_path / "out.png"), cv2.IMREAD_UNCHANGED)[..., ::-1]
    np.testing.assert_array_equal(written, Stack((Step(preset="sharpen"),)).apply(DEEP))


def test_16_bit_colour_to_jpeg_says_it_was_rounded_once(tmp_path):
    source = samples.opencv_16bit(tmp_path / "in16.png", DEEP)
    result = run("apply", source, "-o", tmp_path / "out.jpg", "--preset", "identity")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"kernelstudio: note: {tmp_path / 'out.jpg'}: JPEG holds 8 bits per channel; the "
        "16-bit values were rounded to the nearest of 256 levels"]


@pytest.mark.parametrize("name", ["x.heic", "x.HEIF"])
def test_writing_heic_is_refused_in_one_line_with_exit_2(tmp_path, name):
    source = samples.opencv_16bit(tmp_path / "in16.png", DEEP)
    result = run("apply", source, "-o", tmp_path / name, "--preset", "blur")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line == (f"kernelstudio: cannot write {tmp_path / name}: kernelstudio reads HEIC "
                    "photos but does not write them; end the name with .png, .jpg, .tif, "
                    ".bmp, .webp or .avif")
    assert not (tmp_path / name).exists()


def test_avif_takes_the_quality(tmp_path):
    photo = (np.random.default_rng(5).random((60, 80, 3)) * 255).astype(np.uint8)
    Image.fromarray(photo).save(tmp_path / "in.png")
    sizes = []
    for quality in (30, 95):
        out = tmp_path / f"q{quality}.avif"
        result = run("apply", tmp_path / "in.png", "-o", out, "--preset", "identity",
                     "--quality", quality)
        assert result.returncode == 0
        assert result.stderr == ""  # no "--quality changes ... only" note for AVIF
        assert load_image(out).pixels.shape == photo.shape
        sizes.append(out.stat().st_size)
    assert sizes[0] < sizes[1]


def _heic_folder(tmp_path):
    folder = tmp_path / "phone"
    folder.mkdir()
    Image.fromarray((DEEP >> 8).astype(np.uint8)).save(tmp_path / "a.png")
    samples.heic(folder / "IMG_0001.HEIC", tmp_path / "a.png")
    return folder


def test_a_folder_of_heic_photos_is_filtered_into_jpegs(tmp_path):
    folder = _heic_folder(tmp_path)
    result = run("apply", folder, "-o", tmp_path / "out", "--format", "jpg", "--preset", "blur",
                 "--quiet")
    assert result.returncode == 0, result.stderr
    written = load_image(tmp_path / "out" / "IMG_0001.jpg")
    assert written.pixels.shape == (60, 80, 3)


def test_a_folder_of_heic_photos_without_format_says_how(tmp_path):
    folder = _heic_folder(tmp_path)
    result = run("apply", folder, "-o", tmp_path / "out", "--preset", "blur")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "reads HEIC photos but does not write them" in line
    assert line.endswith("; --format chooses the outputs' format")
