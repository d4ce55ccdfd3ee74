"""Kernel files: Photoshop's Custom filter (.acf) and kernel text, read and written."""

import os
import re

import numpy as np
import pytest
from harness import finishes
from samples import acf

from kernelstudio.core import (
    KernelFileError,
    Step,
    dumps_acf,
    load_image,
    load_kernel_file,
    loads_acf,
    save_kernel_file,
)
from kernelstudio.core import kernel_files as kernel_files_module
from kernelstudio.core import photoshop as photoshop_module
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[100:220, 200:360]
GAUSSIAN_273 = [[1, 4, 7, 4, 1], [4, 16, 26, 16, 4], [7, 26, 41, 26, 7], [4, 16, 26, 16, 4],
                [1, 4, 7, 4, 1]]


def photoshop(weights, scale, offset, image=PHOTO) -> np.ndarray:
    """Photoshop's formula in float64, exactly: sum / scale + offset, clipped, per pixel."""
    weights = np.asarray(weights, dtype=np.float64)
    rows, cols = weights.shape
    height, width = image.shape[:2]
    sums = np.zeros((height - rows + 1, width - cols + 1, image.shape[2]))
    for row in range(rows):
        for col in range(cols):
            sums += weights[row, col] * image[row:row + height - rows + 1,
                                              col:col + width - cols + 1]
    return np.clip(sums / scale + offset, 0, 255)


@pytest.mark.parametrize(("weights", "scale", "offset"), [
    ([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], 1, 0),
    (GAUSSIAN_273, 273, 0),
    ([[-1, -1, 0], [-1, 0, 1], [0, 1, 1]], 1, 128),
    ([[1, 1, 1], [1, -9, 1], [1, 1, 1]], 3, 255),
    ([[2, 0, -3, 0, 2]], 7, -20),
])
def test_an_acf_step_makes_photoshops_formula_on_a_photo(tmp_path, weights, scale, offset):
    path = tmp_path / "filter.acf"
    path.write_bytes(acf(weights, scale, offset))
    result = load_kernel_file(path).step().apply(PHOTO)
    exact = photoshop(weights, scale, offset)
    rows, cols = np.shape(weights)
    inner = result[rows // 2:rows // 2 + exact.shape[0], cols // 2:cols // 2 + exact.shape[1]]
    # Rounded to the nearest level: at most half a level away (either level, at a tie).
    assert np.abs(inner - exact).max() <= 0.5 + 1e-6
    assert np.unique(inner).size > 20  # a picture, not a blank


@pytest.mark.parametrize(("weights", "scale", "offset", "shape"), [
    (GAUSSIAN_273, 273, 0, (5, 5)),
    ([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], 1, 0, (3, 3)),  # an empty outer ring: 3×3
    ([[0, 0, 0, 0, 1], *[[0] * 5] * 4], 9, 0, (5, 5)),  # one corner weight keeps it 5×5
    ([[0]], 1, 0, (3, 3)),
])
def test_a_file_from_another_writer_loads_to_its_kernel(weights, scale, offset, shape):
    step = loads_acf(acf(weights, scale, offset))
    grid = np.zeros((5, 5))
    rows, cols = np.shape(weights)
    grid[(5 - rows) // 2:(5 - rows) // 2 + rows, (5 - cols) // 2:(5 - cols) // 2 + cols] = weights
    assert step.kernel.shape == shape
    trim = (5 - shape[0]) // 2
    np.testing.assert_array_equal(step.kernel, grid[trim:5 - trim, trim:5 - trim])
    assert (step.divisor, step.offset) == (scale, offset)


@pytest.mark.parametrize("step", [
    Step(kernel=[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor=16),
    Step(kernel=GAUSSIAN_273, divisor=273),
    Step(kernel=[[-1, -1, 0], [-1, 0, 1], [0, 1, 1]], offset=128),
    Step(kernel=np.full((5, 5), 999.0) * np.array([1, -1, 1, -1, 1]), divisor=9999,
         offset=-9999),
])
def test_save_then_load_gives_the_same_step(tmp_path, step):
    path = tmp_path / "k.acf"
    assert save_kernel_file(step, path) == ()
    assert path.stat().st_size == 54
    assert load_kernel_file(path).step() == step


@pytest.mark.parametrize("step", [
    Step(kernel=[[3, 0, -1], [2, 1, 0], [0, 0, 1]], flip=True),
    Step(kernel=[[1, 2, 3], [4, 5, 6], [7, 8, 9]], normalize=True),
    Step(kernel=[[1, 2, 1]], divisor=-4, offset=10),
    Step(kernel=np.arange(16.0).reshape(4, 4), divisor=120),  # even: centred by padding
    Step(kernel=np.arange(16.0).reshape(4, 4), divisor=120, flip=True),
    Step(kernel=np.pad([[1, -2, 1], [2, 6, 2], [1, -2, 1]], 2), divisor=9),  # 7×7, zero rim
    Step(kernel=[[1, 2, 3], [4, 5, 6], [7, 8, 9]], divisor=45, anchor=(0, 0)),
    Step(kernel=[[1, 2, 3], [4, 5, 6]], divisor=21, anchor=(1, 2), flip=True),
    Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], normalize="gimp"),  # divisor 16
    Step(kernel=[[0, -1, 0], [-1, -2, -1], [0, -1, 0]], normalize="gimp"),  # offset 255
])
def test_what_photoshop_can_do_otherwise_is_folded_into_the_file(step):
    data, notes = dumps_acf(step)
    assert notes == ()
    written = loads_acf(data)
    assert not written.flip
    assert not written.normalize
    np.testing.assert_array_equal(written.apply(PHOTO)[3:-3, 3:-3], step.apply(PHOTO)[3:-3, 3:-3])


@pytest.mark.parametrize(("step", "message"), [
    (Step(kernel=[[1 / 16, 1 / 8, 1 / 16]]),
     "the weight at row 1, column 1 is 1/16; multiply the weights by 16 and set the divisor "
     "to 16, which gives the same picture"),
    (Step(kernel=[[0.5, 1], [1, 1.5]], divisor=2), "multiply the weights by 2 and set the "
                                                   "divisor to 4"),
    (Step(kernel=[[1, 1, 1]], divisor=2.5), "divides by 5/2; multiply the weights by 2 and set "
                                           "the divisor to 5"),
    (Step(kernel=[[0.123456789, 1]]), "is 0.123456789, and"[:-5]),
    (Step(kernel=[[1200, 1]]), "between -999 and 999, and the weight at row 1, column 1 is 1200"),
    (Step(kernel=[[1, 1]], divisor=10000), "from 1 to 9999, and this step divides by 10000"),
    (Step(kernel=[[1]], offset=127.5), "whole number of levels from -9999 to 9999, and this "
                                       "step adds 255/2"),
    (Step(kernel=[[1]], offset=10000), "this step adds 10000"),
    (Step(kernel=np.ones((7, 7))), "this 7×7 kernel has weights 3 cells from its anchor "
                                   "(row 3, column 3), so it cannot be centred"),
    (Step(kernel=np.ones((6, 6))), "this 6×6 kernel has weights 3 cells from its anchor"),
    (Step(kernel=[[1]], absolute=True), "has no absolute values"),
    (Step(kernel=[[1]], channels="r"), "no a choice of channels"),
    (Step(kernel=[[1]], opacity=0.5), "no opacity"),
    (Step(kernel=[[1]], border="valid"), "no the valid border"),
    (Step(kernel=[[1]], absolute=True, opacity=0.5), "no absolute values (turn off Absolute "
                                                     "value); no opacity"),
    (Step(kernel=[[1]], iterations=3), "no repeats (set Iterations to 1"),
    (Step(kernel=[[1]], linear=True), "no linear light"),
    (Step(kernel=[[-1, 0, 1]], normalize="gimp"), "this step adds 255/2"),  # GIMP's zero sum
    (Step(kernel=np.ones((5, 5)), anchor=(0, 0)), "this 5×5 kernel has weights 4 cells from its "
                                                  "anchor (row 0, column 0)"),
])
def test_a_step_photoshop_cannot_hold_is_refused_saying_why(tmp_path, step, message):
    path = tmp_path / "k.acf"
    path.write_bytes(b"what was there")
    with pytest.raises(KernelFileError, match=re.escape(message)):
        save_kernel_file(step, path)
    assert path.read_bytes() == b"what was there"
    assert os.listdir(tmp_path) == ["k.acf"]


def test_an_option_photoshop_files_know_nothing_of_is_refused_too(monkeypatch):
    monkeypatch.delitem(photoshop_module._MISSING, "linear")  # as an option added later
    with pytest.raises(KernelFileError, match=r"has no option linear$"):
        dumps_acf(Step(kernel=[[1]], linear=True))


def test_an_acf_file_sets_all_of_photoshops_arithmetic(tmp_path):
    (tmp_path / "k.acf").write_bytes(acf([[1, 2, 1]], 4, 9))
    loaded = load_kernel_file(tmp_path / "k.acf")
    assert dict(loaded.options) == {"divisor": 4, "offset": 9, "normalize": False,
                                    "anchor": None}
    assert loaded.step(normalize=True).normalize  # what the caller gives wins


def test_no_hint_when_no_factor_makes_the_weights_whole():
    with pytest.raises(KernelFileError) as caught:
        dumps_acf(Step(kernel=[[1 / 3, 1e-4]]))  # the factor would pass 9999
    assert "multiply" not in str(caught.value)


def test_a_border_photoshop_has_not_got_is_written_with_a_note():
    data, notes = dumps_acf(Step(kernel=np.ones((5, 5)), divisor=25, border="replicate"))
    assert loads_acf(data).kernel.shape == (5, 5)
    assert notes == ("Photoshop has no border option, so pixels within 2 of the edge may "
                     "differ from this step's replicate border.",)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "it has 0 bytes, and .acf files have 54"),
    (acf([[1]], 1, 0)[:-1], "it has 53 bytes"),
    (acf([[1]], 1, 0) + b"\0", "it has 55 bytes"),
    (b"\x7f" * 54, "its weight at row 1, column 1 is 32639"),
    (acf([[1]], 0, 0), "its scale is 0, and Photoshop's is from 1 to 9999"),
    (acf([[1]], 10000, 0), "its scale is 10000"),
    (acf([[1]], 1, -10000), "its offset is -10000"),
    (acf([[-1000]], 1, 0), "its weight at row 3, column 3 is -1000"),
    (b'{"not": "a filter"}' + b" " * 35, "its weight at row 1"),
])
def test_files_that_are_no_custom_filter_are_refused_in_one_line(tmp_path, data, message):
    path = tmp_path / "bad.acf"
    path.write_bytes(data)
    with pytest.raises(KernelFileError, match=re.escape(message)) as caught:
        load_kernel_file(path)
    assert str(caught.value).startswith(f"{path}: not a Photoshop Custom filter")
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
@pytest.mark.parametrize("name", ["filter.acf", "kernel.txt"])
def test_a_fifo_gives_the_regular_file_error(tmp_path, name):
    path = tmp_path / name
    os.mkfifo(path)
    with pytest.raises(KernelFileError, match=r"pipe \(FIFO\), not a file"):
        finishes(load_kernel_file, path)


def test_missing_folders_and_huge_files_are_refused(tmp_path, monkeypatch):
    with pytest.raises(KernelFileError, match=r"cannot read kernel file .*no such file"):
        load_kernel_file(tmp_path / "missing.acf")
    with pytest.raises(KernelFileError, match="is a folder"):
        load_kernel_file(tmp_path)
    monkeypatch.setattr(kernel_files_module, "MAX_KERNEL_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("1 " * 60)
    with pytest.raises(KernelFileError, match=r"larger than .*; not a kernel file"):
        load_kernel_file(tmp_path / "big.txt")


@pytest.mark.parametrize(("text", "kernel", "options"), [
    ("0 -1 0\n-1 5 -1\n0 -1 0\n", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], {}),
    ("\ufeff1/4 1/2 1/4", [[0.25, 0.5, 0.25]], {}),  # a byte-order mark is fine
    ("4x2+0+1: 1 2 3 4 5 6 7 8", [[1, 2, 3, 4], [5, 6, 7, 8]], {"anchor": (1, 0)}),
    ("(0,-1,0;-1,5,-1;0,-1,0)", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], {}),
])
def test_kernel_text_files_load_as_kernel_text(tmp_path, text, kernel, options):
    path = tmp_path / "sharpen.txt"
    path.write_text(text, encoding="utf-8")
    loaded = load_kernel_file(path)
    np.testing.assert_array_equal(loaded.kernel, kernel)
    assert dict(loaded.options) == options
    assert loaded.name == "sharpen"


@pytest.mark.parametrize(("data", "message"), [
    (b"1 2 3; 4 5", "k.txt: row 2 has 2 values but row 1 has 3"),
    (b"3x3: 1 2 3", "k.txt: 3x3 needs 9 values, got 3"),
    (b"", "k.txt: kernel text is empty"),
    (b"\xff\xfe" + b"\x00" * 20, "k.txt: not kernel text (UTF-8), nor named .acf"),
    (acf([[1]], 1, 0), "(a Photoshop Custom filter is named .acf)"),
])
def test_bad_kernel_text_files_name_the_file_and_the_problem(tmp_path, data, message):
    (tmp_path / "k.txt").write_bytes(data)
    with pytest.raises(KernelFileError, match=re.escape(message)):
        load_kernel_file(tmp_path / "k.txt")


@pytest.mark.parametrize("step", [
    Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor=16),
    Step(kernel=[[3, 0, -1], [2, 1, 0.5], [1, 1, 1]], flip=True, divisor=3),
    Step(kernel=[[3, 0, -1], [2, 1, 0.5]], flip=True, divisor=3),  # the flip moves the anchor
    Step(kernel=np.arange(1.0, 17).reshape(4, 4), normalize=True, anchor=(0, 3)),
    Step(kernel=[[1, 3]], normalize="gimp"),  # GIMP divides by 4 and adds 0
])
def test_a_text_file_alone_makes_the_steps_sums(tmp_path, step):
    path = tmp_path / "k.txt"
    save_kernel_file(step, path)
    again = load_kernel_file(path).step()
    np.testing.assert_array_equal(again.apply(PHOTO), step.apply(PHOTO))


def test_what_a_text_file_leaves_out_is_said(tmp_path):
    step = Step(kernel=[[-1, 0, 1]], divisor=2, offset=128, absolute=True, border="wrap")
    notes = save_kernel_file(step, tmp_path / "k.txt")
    assert notes == ("The text holds the weights divided by the divisor, 2, and not the "
                     "offset 128, absolute values, the wrap border.",)
    assert (tmp_path / "k.txt").read_text() == "-1/2    0  1/2\n"
    assert save_kernel_file(Step(kernel=[[1, 2]]), tmp_path / "plain.txt") == ()


def test_a_failed_save_keeps_the_file_that_was_there(tmp_path, monkeypatch):
    path = tmp_path / "k.acf"
    path.write_bytes(b"old")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(KernelFileError, match=r"cannot save kernel file .*no space left"):
        save_kernel_file(Step(kernel=[[1]]), path)
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["k.acf"]
