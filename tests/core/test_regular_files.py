"""Readers refuse FIFOs, devices and folders before reading, and never block on them."""

import os
import socket

import pytest
from harness import finishes

from kernelstudio.core import ImageFileError, RecipeError, load_image, load_recipe
from kernelstudio.core.files import NotAFileError, open_regular
from kernelstudio.core.user_presets import UserPresetStore

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


@pytest.fixture
def fifo(tmp_path):
    """A FIFO with no writer: opening it for reading the usual way would wait forever."""
    path = tmp_path / "photo.png"
    os.mkfifo(path)
    return path


def test_open_regular_names_what_the_path_is(fifo, tmp_path):
    with pytest.raises(NotAFileError, match="pipe"):
        finishes(open_regular, fifo)
    with pytest.raises(NotAFileError, match="device"):
        open_regular(os.devnull)
    with pytest.raises(IsADirectoryError):
        open_regular(tmp_path)
    (tmp_path / "plain").write_bytes(b"abc")
    with open_regular(tmp_path / "plain") as stream:
        assert stream.read() == b"abc"


def test_loading_a_fifo_is_refused_with_one_line(fifo):
    with pytest.raises(ImageFileError, match=r"pipe \(FIFO\), not a file") as caught:
        finishes(load_image, fifo)
    assert "\n" not in str(caught.value)
    with pytest.raises(ImageFileError, match="device"):
        load_image(os.devnull)


def test_a_recipe_that_is_a_fifo_is_refused(fifo):
    with pytest.raises(RecipeError, match="pipe"):
        finishes(load_recipe, fifo)


def test_a_presets_file_that_is_a_fifo_is_left_out(tmp_path):
    store = UserPresetStore(tmp_path)
    os.mkfifo(store.path)
    presets, problems = finishes(store.read)
    assert presets == {}
    assert len(problems) == 1
    assert "pipe" in problems[0]


def test_a_socket_is_named_as_one(tmp_path):
    path = tmp_path / "photo.png"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(os.fspath(path))
        with pytest.raises(NotAFileError, match="is a socket, not a file"):
            finishes(open_regular, path)
        with pytest.raises(ImageFileError, match=r"photo\.png is a socket, not a file; open a"):
            finishes(load_image, path)
    finally:
        server.close()


def test_pillow_never_reopens_the_file_by_its_name(tmp_path, monkeypatch):
    """An uncompressed TIFF is one raw tile, which Pillow maps from the file's name if it
    knows it: that second open would skip the regular-file check."""
    import builtins

    import numpy as np
    from PIL import Image

    path = tmp_path / "raw.tif"
    Image.fromarray(np.arange(64 * 48, dtype=np.uint16).reshape(48, 64) % 251
                    ).convert("L").save(path)
    real = builtins.open

    def guarded(file, *args, **kwargs):
        assert os.fspath(file) != os.fspath(path), "the photo was opened a second time"
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    assert load_image(path).pixels.shape == (48, 64)


def test_read_regular_reads_up_to_its_limit_and_no_further(tmp_path, fifo):
    from kernelstudio.core.files import FileTooLargeError, read_regular

    (tmp_path / "small").write_bytes(b"x" * 10)
    assert read_regular(tmp_path / "small", 10) == b"x" * 10
    with pytest.raises(FileTooLargeError, match="larger than"):
        read_regular(tmp_path / "small", 9)
    with pytest.raises(NotAFileError):
        finishes(read_regular, fifo, 10)
