"""The command line on unusual and hostile files, and when the disk fills up."""

import resource
import signal
import subprocess
import sys

import numpy as np
import pytest
import samples
from PIL import Image

from kernelstudio.core import load_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path


def run(*args, preexec_fn=None):
    return subprocess.run([sys.executable, "-m", "kernelstudio", *map(str, args)],
                          capture_output=True, text=True, timeout=120, preexec_fn=preexec_fn)


def info_of(path):
    with Image.open(path) as image:
        return dict(image.info), image.size, image.mode, image.getexif()


@pytest.mark.parametrize("name", samples.GOOD)
def test_good_files_are_filtered(tmp_path, name):
    source = samples.make(tmp_path, name)
    out = tmp_path / "out.png"
    result = run("apply", source, "-o", out, "--preset", "identity")
    assert result.returncode == 0, result.stderr
    np.testing.assert_array_equal(load_image(out).pixels, load_image(source).pixels)


def test_exif_rotated_photos_export_upright_with_exif_but_no_orientation(tmp_path):
    source = samples.exif_rotated_jpeg(tmp_path / "turned.jpg")
    assert run("apply", source, "-o", tmp_path / "out.jpg", "--preset", "blur").returncode == 0
    _info, size, _, exif = info_of(tmp_path / "out.jpg")
    assert size == (48, 64)
    assert 0x0112 not in exif
    assert exif[0x010F] == samples.CAMERA


def test_icc_and_exif_are_kept_unless_stripped(tmp_path):
    source = samples.icc_jpeg(tmp_path / "tagged.jpg")
    assert run("apply", source, "-o", tmp_path / "kept.png", "--preset", "sharpen").returncode == 0
    info, _, _, exif = info_of(tmp_path / "kept.png")
    assert info["icc_profile"] == samples.ICC
    assert exif[0x010F] == samples.CAMERA
    assert run("apply", source, "-o", tmp_path / "bare.png", "--preset", "sharpen",
               "--strip-metadata").returncode == 0
    info, _, _, exif = info_of(tmp_path / "bare.png")
    assert "icc_profile" not in info
    assert len(exif) == 0


@pytest.mark.parametrize("suffix", [".png", ".tif"])
def test_sixteen_bit_gray_is_filtered_and_exported_at_sixteen_bits(tmp_path, suffix):
    source = samples.gray16_png(tmp_path / "deep.png")
    assert run("apply", source, "-o", tmp_path / f"out{suffix}", "--preset",
               "gaussian").returncode == 0
    out = load_image(tmp_path / f"out{suffix}").pixels
    assert out.dtype == np.uint16
    assert len(np.unique(out)) > 256  # not squeezed through 8 bits


def test_transparency_is_kept(tmp_path):
    for maker in (samples.la_png, samples.palette_transparent_png):
        source = maker(tmp_path / f"{maker.__name__}.png")
        assert run("apply", source, "-o", tmp_path / "out.png", "--preset", "blur").returncode == 0
        assert info_of(tmp_path / "out.png")[2] in ("LA", "RGBA")


@pytest.mark.parametrize(("name", "words"), [
    ("rgb16-anim.png", "16 bits per channel"),
    ("cmyk.jpg", "is CMYK"),
])
def test_the_user_is_told_once_about_lost_depth_or_converted_colours(tmp_path, name, words):
    source = samples.make(tmp_path, name)
    result = run("apply", source, "-o", tmp_path / "out.png", "--preset", "identity")
    assert result.returncode == 0
    assert result.stderr.count("note:") == 1
    assert words in result.stderr


@pytest.mark.parametrize("name", samples.BAD)
def test_hostile_files_fail_with_one_line_and_exit_1(tmp_path, name):
    source = samples.make(tmp_path, name)
    out = tmp_path / "out.png"
    out.write_bytes(b"precious")
    result = run("apply", source, "-o", out, "--preset", "identity")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert samples.BAD[name][1] in lines[0]
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"precious"


def test_the_size_limit_can_be_raised_on_purpose(tmp_path):
    source = samples.icc_png(tmp_path / "photo.png")  # 64 × 48: 0.003 megapixels
    refused = run("apply", source, "-o", tmp_path / "a.png", "--preset", "identity",
                  "--max-megapixels", "0.001")
    assert refused.returncode == 1
    assert "limit of 0.001 megapixels" in refused.stderr
    assert run("apply", source, "-o", tmp_path / "b.png", "--preset", "identity",
               "--max-megapixels", "0.01").returncode == 0


def _small_disk():
    # Files may grow to 2 kB: like a full disk, writing more fails (EFBIG, not a kill).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


def test_a_full_disk_leaves_the_old_output_byte_identical(tmp_path):
    source = tmp_path / "photo.png"
    source.write_bytes(resource_path(SAMPLE_PHOTO).read_bytes())  # 600 × 400: over 2 kB
    out = tmp_path / "out.png"
    out.write_bytes(b"the previous export")
    result = run("apply", source, "-o", out, "--preset", "sharpen", preexec_fn=_small_disk)
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "too large" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png", "photo.png"]
