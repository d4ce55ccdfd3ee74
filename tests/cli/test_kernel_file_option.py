"""`--kernel-file` (.acf and kernel text) and other tools' kernel strings on the command line."""

import os

import numpy as np
import pytest
from commandline import one_line, run
from peers import GMIC, MAGICK, gmic_correlate, magick_correlate, needs
from references import loop
from samples import write_acf

from kernelstudio.core import Stack, Step, load_image, save_image, save_recipe
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[100:220, 200:360]
EMBOSS = [[-1, -1, 0], [-1, 0, 1], [0, 1, 1]]


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, PHOTO)
    return path


def result_of(photo, tmp_path, *steps):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, *steps)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return load_image(out).pixels


def test_an_acf_file_is_a_step_with_its_divisor_and_offset(photo, tmp_path):
    path = write_acf(tmp_path / "emboss.acf", EMBOSS, 3, 128)
    expected = Step(kernel=EMBOSS, divisor=3, offset=128).apply(PHOTO)
    np.testing.assert_array_equal(result_of(photo, tmp_path, "--kernel-file", path), expected)


def test_the_command_lines_own_options_win_over_the_files(photo, tmp_path):
    path = write_acf(tmp_path / "emboss.acf", EMBOSS, 3, 128)
    written = result_of(photo, tmp_path, "--kernel-file", path, "--offset", "0", "--abs",
                        "--border", "replicate")
    expected = Step(kernel=EMBOSS, divisor=3, offset=0, absolute=True, border="replicate")
    np.testing.assert_array_equal(written, expected.apply(PHOTO))


@pytest.mark.parametrize("text", ["0 -1 0\n-1 5 -1\n0 -1 0\n", "3x3: 0,-1,0 -1,5,-1 0,-1,0",
                                  "(0,-1,0;-1,5,-1;0,-1,0)"])
def test_a_kernel_text_file_is_the_same_step_as_its_text(photo, tmp_path, text):
    path = tmp_path / "sharpen.txt"
    path.write_text(text)
    from_file = result_of(photo, tmp_path, "--kernel-file", path, "--divisor", "2")
    np.testing.assert_array_equal(from_file, result_of(photo, tmp_path, "--kernel", text,
                                                       "--divisor", "2"))
    expected = Step(kernel=[[0, -1, 0], [-1, 5, -1], [0, -1, 0]], divisor=2).apply(PHOTO)
    np.testing.assert_array_equal(from_file, expected)


def test_kernel_files_keep_their_place_among_the_other_steps(photo, tmp_path):
    save_recipe(Stack((Step(preset="sharpen"),)), tmp_path / "r.json")
    write_acf(tmp_path / "e.acf", EMBOSS, 1, 128)
    (tmp_path / "k.txt").write_text("1 2 1")
    written = result_of(photo, tmp_path, "--kernel-file", tmp_path / "k.txt", "--recipe",
                        tmp_path / "r.json", "--preset", "blur", "--kernel-file",
                        tmp_path / "e.acf", "--normalize")
    expected = Stack((Step(kernel=[[1, 2, 1]], normalize=True), Step(preset="sharpen"),
                      Step(preset="blur", normalize=True),
                      Step(kernel=EMBOSS, offset=128, normalize=True))).apply(PHOTO)
    np.testing.assert_array_equal(written, expected)


@pytest.mark.parametrize(("name", "content", "says"), [
    ("missing.acf", None, "--kernel-file: cannot read kernel file {path}: no such file"),
    ("short.acf", b"\0" * 53, "--kernel-file: {path}: not a Photoshop Custom filter: it has 53 "
                              "bytes, and .acf files have 54"),
    ("noise.acf", bytes(range(200, 254)), "--kernel-file: {path}: not a Photoshop Custom "
                                          "filter: its weight"),
    ("bad.txt", b"1 2; 3", "--kernel-file: {path}: row 2 has 1 value but row 1 has 2"),
    ("im.txt", b"3x3: 1 2 3 4 5 6 7 8", "--kernel-file: {path}: 3x3 needs 9 values, got 8"),
    ("photo.txt", None, "--kernel-file: {path}: not kernel text (UTF-8)"),
    ("folder.acf", "folder", "--kernel-file: cannot read kernel file {path}: is a folder"),
])
def test_a_bad_kernel_file_is_one_line_and_exit_2(photo, tmp_path, name, content, says):
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif name == "photo.txt":
        save_image(tmp_path / "p.png", PHOTO)
        os.rename(tmp_path / "p.png", path)
    out = tmp_path / "out.png"
    line = one_line(run("apply", photo, "-o", out, "--kernel-file", path), 2)
    assert line.startswith("kernelstudio: " + says.format(path=path)), line
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_a_fifo_as_kernel_file_is_refused_without_waiting(photo, tmp_path):
    os.mkfifo(tmp_path / "k.acf")
    line = one_line(run("apply", photo, "-o", tmp_path / "o.png", "--kernel-file",
                        tmp_path / "k.acf"), 2)
    assert line.endswith("is a pipe (FIFO), not a file")


def matches_the_peer(ours, theirs, kernel, anchor=None, offset=0):
    """Within one level of the peer's picture, and different only where the exact value
    lies (all but) halfway between two levels: kernelstudio rounds ties to even, the peers
    round them up."""
    ours, theirs = ours.astype(int), theirs.astype(int)
    assert np.abs(ours - theirs).max() <= 1
    exact = np.clip(loop(PHOTO, kernel, "replicate", anchor=anchor) + offset, 0, 255)
    halfway = np.abs(exact - np.floor(exact) - 0.5) < 0.01
    assert halfway[ours != theirs].all()


@needs(MAGICK)
@pytest.mark.parametrize(("text", "kernel"), [
    ("3x3: 0,-1,0 -1,5,-1 0,-1,0", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    ("3x3: 0.1,0.2,0.05 0.15,0.3,0.05 0.05,0.05,0.05",
     [[0.1, 0.2, 0.05], [0.15, 0.3, 0.05], [0.05, 0.05, 0.05]]),
    ("5x1: 0.25 nan 0.5 - 0.25", [[0.25, 0, 0.5, 0, 0.25]]),
    ("3: " + " ".join(["0.111111111111"] * 9), np.full((3, 3), 0.111111111111)),
    ("1x3: -0.5 1 0.5", [[-0.5], [1], [0.5]]),
])
def test_imagemagick_strings_make_imagemagicks_picture(photo, tmp_path, text, kernel):
    ours = result_of(photo, tmp_path, "--kernel", text, "--border", "replicate")
    matches_the_peer(ours, magick_correlate(photo, text, tmp_path / "im.ppm"), kernel)


SIXTEENTHS = np.arange(1, 17).reshape(4, 4) / 136
QUARTERS = " ".join(str(value) for value in SIXTEENTHS.ravel())


@needs(MAGICK)
@pytest.mark.parametrize(("text", "kernel", "anchor"), [
    (f"4x4: {QUARTERS}", SIXTEENTHS, (1, 1)),  # ImageMagick's own anchor for an even side
    (f"4x4+2+2: {QUARTERS}", SIXTEENTHS, (2, 2)),
    (f"4x4+0+3: {QUARTERS}", SIXTEENTHS, (3, 0)),  # +X+Y: a column, then a row
    ("3x2+2+1: 0.5 0 0 0 0 0.5", [[0.5, 0, 0], [0, 0, 0.5]], (1, 2)),
    ("2x1: 1 -1", [[1, -1]], (0, 0)),
])
def test_imagemagicks_origin_is_the_steps_anchor(photo, tmp_path, text, kernel, anchor):
    ours = result_of(photo, tmp_path, "--kernel", text, "--border", "replicate", "--offset",
                     "64")
    theirs = magick_correlate(photo, text, tmp_path / "im.ppm", bias=str(64 * 257))
    matches_the_peer(ours, theirs, kernel, anchor, offset=64)


def test_the_command_lines_anchor_wins_over_the_strings_and_says_so(photo, tmp_path):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, "--kernel", f"4x4+0+0: {QUARTERS}", "--anchor", "1,2")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1
    assert "--anchor 1,2 replaces the anchor 0,0 the kernel gives" in result.stderr
    np.testing.assert_array_equal(load_image(out).pixels,
                                  Step(kernel=SIXTEENTHS, anchor=(1, 2)).apply(PHOTO))


@needs(GMIC)
@pytest.mark.parametrize(("matrix", "kernel"), [
    ("(0,-1,0;-1,5,-1;0,-1,0)", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    ("(0.1,0.2,0.05;0.15,0.3,0.05;0.05,0.05,0.05)",
     [[0.1, 0.2, 0.05], [0.15, 0.3, 0.05], [0.05, 0.05, 0.05]]),
    ("(0.25,0.5,0.25)", [[0.25, 0.5, 0.25]]),
    ("(0.5,0;0,-0.5;0.25,0.25)", [[0.5, 0], [0, -0.5], [0.25, 0.25]]),  # anchored at (1, 0)
    ("(0.25,0.25,0.25,0.25)", [[0.25, 0.25, 0.25, 0.25]]),  # at (0, 1)
])
def test_gmic_matrices_make_gmics_picture(photo, tmp_path, matrix, kernel):
    ours = result_of(photo, tmp_path, "--kernel", matrix, "--border", "replicate")
    rows, cols = np.shape(kernel)
    anchor = ((rows - 1) // 2, (cols - 1) // 2)  # G'MIC's, for odd and even sides
    matches_the_peer(ours, gmic_correlate(photo, matrix, tmp_path / "gmic.png"), kernel,
                     anchor)
