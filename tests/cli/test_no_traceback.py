"""Whatever goes wrong, `kernelstudio apply` says so in one line, and a batch goes on."""

import os
import re
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from commandline import run
from PIL import Image

from kernelstudio import cli

PHOTO = np.random.default_rng(7).integers(0, 256, (40, 50, 3), dtype=np.uint8)


def one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_batch_goes_on_past_every_kind_of_failure(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    Image.fromarray(PHOTO).save(folder / "a_good.png")
    Image.fromarray(PHOTO[:2, :2]).save(folder / "b_too_small.png")
    (folder / "c_not_an_image.png").write_bytes(b"hello")
    Image.fromarray(PHOTO).save(folder / "d_good.jpg")
    result = run("apply", folder, "-o", tmp_path / "out", "--preset", "box:size=5",
                 "--border", "valid")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "a_good.png", "d_good.jpg"]
    lines = result.stderr.strip().splitlines()
    assert any("b_too_small.png" in line and "at least as large as the kernel" in line
               for line in lines)
    assert any("c_not_an_image.png" in line for line in lines)
    assert lines[-1].startswith("kernelstudio: 2 written, 2 skipped")


def test_names_longer_than_the_file_system_allows(tmp_path):
    Image.fromarray(PHOTO).save(tmp_path / "a.png")
    long = "x" * 300
    for args in (["a.png", "-o", f"{long}.png"], [f"{long}.png", "-o", "b.png"],
                 [long, "-o", "b.png"]):
        result = run("apply", *args, "--preset", "sharpen", cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert "file name too long" in one_line(result.stderr)


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A folder `locked` whose listing is refused, as a folder of mode 000 is (we are
    root here, whom no mode stops)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real = type(tmp_path).iterdir

    def refuse(path):
        if path == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(type(tmp_path), "iterdir", refuse)
    return folder


def test_a_folder_that_cannot_be_listed(tmp_path, locked, capsys):
    status = cli.main(["apply", str(locked), "-o", str(tmp_path / "out"),
                       "--preset", "sharpen"])
    assert status == 1
    assert one_line(capsys.readouterr().err) == (
        f"kernelstudio: cannot list the folder {locked}: permission denied")


def test_a_folder_that_gives_nothing_is_skipped_and_the_rest_written(tmp_path, locked,
                                                                    capsys):
    (tmp_path / "empty").mkdir()
    Image.fromarray(PHOTO).save(tmp_path / "a.png")
    status = cli.main(["apply", str(locked), str(tmp_path / "empty"),
                       str(tmp_path / "a.png"), "-o", str(tmp_path / "out"),
                       "--preset", "sharpen"])
    assert status == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"kernelstudio: cannot list the folder {locked}: permission denied",
        f"kernelstudio: the folder {tmp_path / 'empty'} holds no .png, .jpg, .tif, .bmp, "
        ".webp, .avif or .heic files"]
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["a.png"]


def test_an_output_that_cannot_be_written(tmp_path, monkeypatch, capsys):
    Image.fromarray(PHOTO).save(tmp_path / "a.png")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    status = cli.main(["apply", str(tmp_path / "a.png"), "-o", str(tmp_path / "b.png"),
                       "--preset", "sharpen"])
    assert status == 1
    assert one_line(capsys.readouterr().err).endswith("permission denied")
    assert not (tmp_path / "b.png").exists()


def test_a_defect_of_ours_is_still_one_line(tmp_path, monkeypatch, capsys):
    """The last guard: an exception no one foresaw gives one line and exit 1."""
    Image.fromarray(PHOTO).save(tmp_path / "a.png")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "_build_stack", broken)
    status = cli.main(["apply", str(tmp_path / "a.png"), "-o", str(tmp_path / "b.png"),
                       "--preset", "sharpen"])
    assert status == 1
    assert one_line(capsys.readouterr().err) == (
        "kernelstudio: unexpected error (ZeroDivisionError: 'division by zero'); "
        "please report it")


def wait_for(condition, process, what: str):
    """Poll `condition` while `process` runs: a harness bound, not a timed assertion."""
    for _ in range(12_000):
        if condition():
            return
        if process.poll() is not None:
            pytest.fail(f"the command ended before {what}")
        time.sleep(0.005)
    process.kill()
    pytest.fail(f"no {what} within a minute")


@pytest.mark.parametrize("repeats", [0, 10], ids=["once", "then ten more"])
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_stopped_batch_leaves_no_temporary_file(tmp_path, number, repeats):
    """A closing terminal sends SIGHUP and SIGTERM back to back: only the first counts."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    noise = np.random.default_rng(1).integers(0, 256, (2000, 2000, 3), dtype=np.uint8)
    for index in range(6):
        Image.fromarray(noise).save(folder / f"{index}.png", compress_level=0)
    process = subprocess.Popen(
        [sys.executable, "-m", "kernelstudio", "apply", str(folder), "-o", str(out),
         "--preset", "sharpen"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: out.is_dir() and any(name.endswith(".part")
                                              for name in os.listdir(out)),
                 process, "a temporary file was being written")
        process.send_signal(number)
        for index in range(repeats):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM if index % 2 else signal.SIGHUP)
        stderr = process.communicate(timeout=120)[1]
    finally:
        process.kill()
    # Signals that arrive together are handled in the order of their numbers.
    assert process.returncode == 128 + number or (
        repeats and process.returncode in (128 + signal.SIGHUP, 128 + signal.SIGTERM)), stderr
    *summary, last = stderr.strip().splitlines()
    assert last == f"kernelstudio: stopped by {signal.Signals(process.returncode - 128).name}"
    assert re.fullmatch(r"kernelstudio: \d written, 0 skipped, \d not done in \d+\.\d s",
                        summary[-1])
    assert "Traceback" not in stderr
    assert not [name for name in os.listdir(out) if name.endswith(".part")]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_presets_onto_a_full_disk_is_one_line():
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "kernelstudio", "presets"], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        "kernelstudio: cannot write the list: no space left on device")


def test_alpha_only_on_a_photo_without_alpha_is_unchanged_and_said(tmp_path):
    Image.fromarray(PHOTO).save(tmp_path / "a.png")
    result = run("apply", tmp_path / "a.png", "-o", tmp_path / "b.png", "--preset", "box",
                 "--channels", "a")
    assert result.returncode == 0
    assert one_line(result.stderr) == (
        f"kernelstudio: note: {tmp_path / 'a.png'} has no alpha channel, so step 1 "
        "(channels 'a') leaves it as it is")
    np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "b.png")), PHOTO)
