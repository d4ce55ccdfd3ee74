"""Batches of `kernelstudio apply`: progress on a terminal, the summary line, --quiet, --format."""

import re

import numpy as np
import pytest
import samples
from commandline import run, run_on_terminal
from PIL import Image

from kernelstudio.core import DEFAULT_QUALITY, Stack, Step, load_image, save_image
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[:90, :120]
SUMMARY = re.compile(r"kernelstudio: (\d+) written, (\d+) skipped in \d+\.\d s")


def screen(text: str) -> list[str]:
    """What a terminal shows after `text`: \\r goes back to the start of the line, and
    characters overwrite what is under them."""
    lines, column = [[]], 0
    for char in text:
        if char == "\r":
            column = 0
        elif char == "\n":
            lines.append([])
            column = 0
        else:
            line = lines[-1]
            line[column:column + 1] = [char]
            column += 1
    shown = ["".join(line).rstrip() for line in lines]
    while shown and not shown[-1]:
        shown.pop()
    return shown


@pytest.fixture
def folder(tmp_path):
    """a.png, b_broken.png (not an image) and c.tif: the middle one fails."""
    folder = tmp_path / "in"
    folder.mkdir()
    save_image(folder / "a.png", PHOTO)
    (folder / "b_broken.png").write_bytes(b"not an image")
    save_image(folder / "c.tif", PHOTO[::-1])
    return folder


def test_progress_is_redrawn_on_one_line_and_wiped_before_errors_and_the_summary(folder,
                                                                                 tmp_path):
    status, text = run_on_terminal("apply", folder, "-o", tmp_path / "out", "--preset", "blur")
    assert status == 1
    # Drawn over and over with \r: how many are done, the file at work, the time left.
    for drawn in ("0/3 done, now a.png", "1/3 done, now b_broken.png", "2/3 done, now c.tif"):
        assert f"\rkernelstudio: {drawn}" in text
    assert re.search(r"done, now c\.tif( \d+%)?, about \d+ (s|min|h)", text), text
    assert "estimating the time left" in text  # before the first file has told anything
    # Once done, nothing of it is left: the error and the summary each have their own line.
    error, summary = screen(text)
    assert error.startswith("kernelstudio: ")
    assert error.endswith(f"b_broken.png {samples.NOT_READ}")
    assert SUMMARY.fullmatch(summary).groups() == ("2", "1")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.png", "c.tif"]


def test_the_progress_line_fits_a_narrow_terminal(tmp_path):
    folder = tmp_path / ("a-folder-with-a-long-name-" * 3)
    folder.mkdir()
    long_name = "holiday-photo-with-a-very-long-name-" * 3 + "1.png"
    save_image(folder / long_name, PHOTO)
    save_image(folder / "2.png", PHOTO)
    status, text = run_on_terminal("apply", folder, "-o", tmp_path / "out", "--preset", "box",
                                   columns=60)
    assert status == 0
    drawn = [part for part in re.split(r"[\r\n]", text) if "done, " in part]
    assert drawn
    assert all(len(part.rstrip()) < 60 for part in drawn), drawn
    # The end of a long name is kept: it tells files apart.
    assert any(re.search(r"now \.\.\.[\w-]+-name-1\.png", part) for part in drawn), drawn


def test_a_batch_ends_with_one_summary_line_also_without_a_terminal(folder, tmp_path):
    (folder / "b_broken.png").unlink()
    result = run("apply", folder, "-o", tmp_path / "out", "--preset", "box")
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr  # no progress when nobody watches
    (summary,) = result.stderr.splitlines()
    assert SUMMARY.fullmatch(summary).groups() == ("2", "0")


def test_one_file_is_no_batch_and_says_nothing(tmp_path):
    save_image(tmp_path / "one.png", PHOTO)
    status, text = run_on_terminal("apply", tmp_path / "one.png", "-o", tmp_path / "o.png",
                                   "--preset", "box")
    assert status == 0
    assert text == ""


@pytest.mark.parametrize("terminal", [True, False])
def test_quiet_prints_errors_only(folder, tmp_path, terminal):
    args = ("apply", folder, "-o", tmp_path / "out", "--preset", "box", "--quiet",
            "--quality", "80")  # --quality on PNG and TIFF outputs would give a note
    if terminal:
        status, text = run_on_terminal(*args)
    else:
        result = run(*args)
        status, text = result.returncode, result.stderr
    assert status == 1
    assert "done, " not in text
    (error,) = text.splitlines()  # a terminal writes \r\n for \n
    assert error.startswith("kernelstudio: ")
    assert "b_broken.png" in error


def test_format_writes_every_output_in_that_format(folder, tmp_path):
    (folder / "b_broken.png").unlink()
    sizes = {}
    for quality in (30, 90):
        out = tmp_path / f"q{quality}"
        result = run("apply", folder, "-o", out, "--preset", "sharpen", "--format", "JPG",
                     "--quality", quality)
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in out.iterdir()) == ["a.jpg", "c.jpg"]
        for path in out.iterdir():
            with Image.open(path) as image:
                assert image.format == "JPEG"
        sizes[quality] = sum(p.stat().st_size for p in out.iterdir())
    assert sizes[30] < sizes[90]  # --quality counts, now that the outputs are JPEGs
    save_image(tmp_path / "core.jpg", Stack((Step(preset="sharpen"),)).apply(PHOTO), quality=90)
    np.testing.assert_array_equal(load_image(tmp_path / "q90" / "a.jpg").pixels,
                                  load_image(tmp_path / "core.jpg").pixels)


@pytest.mark.parametrize(("name", "format_name"), [("out.png", "jpg"), ("out.jpeg", "png"),
                                                   ("out", "tif"), ("out.gif", "webp")])
def test_a_single_output_that_disagrees_with_format_is_refused(tmp_path, name, format_name):
    save_image(tmp_path / "photo.png", PHOTO)
    out = tmp_path / name
    out.write_bytes(b"precious")
    result = run("apply", tmp_path / "photo.png", "-o", out, "--preset", "box",
                 "--format", format_name)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"kernelstudio: --format {format_name} does not match the output")
    assert f"name it {out.with_suffix('.' + format_name)}" in line
    assert out.read_bytes() == b"precious"


def test_a_single_output_that_agrees_with_format_is_written(tmp_path):
    save_image(tmp_path / "photo.png", PHOTO)
    result = run("apply", tmp_path / "photo.png", "-o", tmp_path / "out.JPEG", "--preset", "box",
                 "--format", "jpg")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    with Image.open(tmp_path / "out.JPEG") as image:
        assert image.format == "JPEG"


def test_two_inputs_that_become_one_name_are_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    save_image(folder / "a.png", PHOTO)
    save_image(folder / "a.tif", PHOTO)
    result = run("apply", folder, "-o", tmp_path / "out", "--preset", "box", "--format", "webp")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "would both be written to" in line
    assert line.endswith("a.webp")
    assert not (tmp_path / "out").exists()


def test_an_unknown_format_is_refused(tmp_path):
    save_image(tmp_path / "photo.png", PHOTO)
    result = run("apply", tmp_path / "photo.png", "-o", tmp_path / "o.gif", "--preset", "box",
                 "--format", "gif")
    assert result.returncode == 2
    assert "invalid choice: 'gif'" in result.stderr
    assert "png, jpg, bmp, tif, webp" in result.stderr.replace("'", "")


def test_quality_on_outputs_it_cannot_change_gives_a_note(tmp_path):
    save_image(tmp_path / "photo.png", PHOTO)
    result = run("apply", tmp_path / "photo.png", "-o", tmp_path / "o.png", "--preset", "box",
                 "--quality", "90")
    assert result.returncode == 0
    (note,) = result.stderr.splitlines()
    assert note.startswith("kernelstudio: note: --quality changes JPEG, WebP and AVIF outputs "
                           "only")


def test_the_default_quality_is_the_core_one_and_the_help_says_it(tmp_path):
    save_image(tmp_path / "photo.png", PHOTO)
    assert run("apply", tmp_path / "photo.png", "-o", tmp_path / "default.jpg",
               "--preset", "box").returncode == 0
    assert run("apply", tmp_path / "photo.png", "-o", tmp_path / "given.jpg", "--preset", "box",
               "--quality", DEFAULT_QUALITY).returncode == 0
    assert (tmp_path / "default.jpg").read_bytes() == (tmp_path / "given.jpg").read_bytes()
    help_text = " ".join(run("apply", "--help").stdout.split())
    assert (f"JPEG, WebP and AVIF quality, 1 to 100 (default {DEFAULT_QUALITY}, as in the "
            "window)") in help_text


@pytest.mark.parametrize("spelling", ["JPEG", "jpeg", ".jpg", "Jpg"])
def test_format_takes_the_usual_spellings(tmp_path, spelling):
    source = tmp_path / "in.png"
    save_image(source, np.zeros((8, 8, 3), np.uint8))
    result = run("apply", source, "-o", tmp_path / "out.jpeg", "--format",
                     spelling, "--preset", "blur")
    assert result.returncode == 0, result.stderr
    assert load_image(tmp_path / "out.jpeg").format == "JPEG"
