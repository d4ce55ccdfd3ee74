"""Hostile and unusual files through `kernelstudio apply`: one line or a note, never a
traceback, never library chatter, and only what the user asked for is replaced."""

import os

import numpy as np
import pytest
from commandline import run
from hostile_exif import CASES, photo_file
from PIL import Image

from kernelstudio.core import load_image

FORMATS = ["jpg", "png", "webp", "tif"]


def quiet(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert "Warning" not in stderr


@pytest.mark.parametrize("fault", CASES)
@pytest.mark.parametrize("source", ["jpeg", "png", "webp", "tiff"])
def test_hostile_exif_is_left_out_with_a_note(tmp_path, source, fault):
    path = tmp_path / f"in.{source}"
    path.write_bytes(photo_file(source.upper(), fault))
    for suffix in FORMATS:
        result = run("apply", path, "-o", tmp_path / f"out.{suffix}", "--preset", "box")
        assert result.returncode == 0, result.stderr
        quiet(result.stderr)
        for line in result.stderr.splitlines():
            assert line.startswith("kernelstudio: note: ")
        assert load_image(tmp_path / f"out.{suffix}").pixels.shape[:2] == (20, 30)


@pytest.fixture
def animation(tmp_path):
    frames = [np.full((12, 16, 3), 40 * index, np.uint8) for index in range(4)]
    path = tmp_path / "in.png"
    Image.fromarray(frames[0]).save(path, save_all=True, duration=80, loop=0,
                                    append_images=[Image.fromarray(f) for f in frames[1:]])
    return path


@pytest.mark.parametrize("suffix", ["png", "webp", "tif"])
def test_every_frame_is_filtered_and_kept(tmp_path, animation, suffix):
    out = tmp_path / f"out.{suffix}"
    result = run("apply", animation, "-o", out, "--offset", "10", "--kernel", "1")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    written = load_image(out)
    levels = [int(frame.mean()) for frame in (written.pixels, *written.more_frames)]
    assert levels == [10, 50, 90, 130]


@pytest.mark.parametrize("suffix", ["jpg", "bmp"])
def test_a_format_of_one_frame_is_told_once(tmp_path, animation, suffix):
    out = tmp_path / f"out.{suffix}"
    result = run("apply", animation, "-o", out, "--preset", "identity")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"kernelstudio: note: {out} holds one frame; only the first of 4 was written"]
    assert load_image(out).more_frames == ()


def test_a_jpeg_too_wide_is_refused_before_any_work(tmp_path):
    Image.fromarray(np.zeros((1, 65501), np.uint8)).save(tmp_path / "wide.png")
    result = run("apply", tmp_path / "wide.png", "-o", tmp_path / "wide.jpg", "--preset", "box")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kernelstudio: cannot write {tmp_path / 'wide.jpg'}: JPEG holds at most 65500×65500 "
        "pixels and the image is 65501×1; choose .png or .tif"]
    assert os.listdir(tmp_path) == ["wide.png"]


def test_a_leftover_of_a_killed_run_is_removed_by_the_next(tmp_path):
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(tmp_path / "in.png")
    dead = tmp_path / ".out.png.999999999.abcdefgh.part"  # no process has that id
    dead.write_bytes(b"half an image")
    other = tmp_path / ".other.png.999999999.abcdefgh.part"  # not this output's
    other.write_bytes(b"not ours to remove")
    result = run("apply", tmp_path / "in.png", "-o", tmp_path / "out.png", "--preset", "box")
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(tmp_path)) == [other.name, "in.png", "out.png"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_an_output_that_is_no_file_is_left_alone(tmp_path):
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(tmp_path / "in.png")
    os.mkfifo(tmp_path / "pipe.png")
    os.symlink(os.devnull, tmp_path / "null.png")
    for name, what in (("pipe.png", "pipe"), ("null.png", "device")):
        result = run("apply", tmp_path / "in.png", "-o", tmp_path / name, "--preset", "box")
        assert result.returncode == 1
        line, = result.stderr.strip().splitlines()
        assert what in line
    assert os.path.islink(tmp_path / "null.png")
    assert not os.path.isfile(tmp_path / "pipe.png")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_a_fifo_among_the_inputs_is_skipped_and_nothing_blocks(tmp_path):
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(tmp_path / "a.png")
    os.mkfifo(tmp_path / "b.png")
    result = run("apply", tmp_path / "a.png", tmp_path / "b.png", "-o", tmp_path / "out",
                 "--preset", "box")  # run() gives up after two minutes: a hang fails
    assert result.returncode == 1
    assert "pipe (FIFO), not a file" in result.stderr
    assert os.listdir(tmp_path / "out") == ["a.png"]


def test_a_png_with_a_bad_checksum_says_it_is_damaged(tmp_path):
    Image.fromarray(np.arange(64 * 48 * 3, dtype=np.uint8).reshape(48, 64, 3)).save(
        tmp_path / "in.png", compress_level=0)
    data = bytearray((tmp_path / "in.png").read_bytes())
    data[data.index(b"IDAT") + 200] ^= 0x01  # one bit of the pixels, CRC left as it was
    (tmp_path / "in.png").write_bytes(bytes(data))
    result = run("apply", tmp_path / "in.png", "-o", tmp_path / "out.png", "--preset", "box")
    assert result.returncode == 1
    line, = result.stderr.strip().splitlines()
    assert "damaged" in line
    assert not (tmp_path / "out.png").exists()
