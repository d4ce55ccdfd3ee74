"""kernelstudio's pixel limit is the only one: Pillow's never refuses what the user allowed."""

import threading
import warnings

import numpy as np
import pytest
from PIL import Image

from kernelstudio.core import TooManyPixelsError, load_image
from kernelstudio.core.pillow import _WARNINGS_LOCK, pillow_call

PILLOWS_LIMIT = Image.MAX_IMAGE_PIXELS


def _one_bit_tiff(path, width, height):
    # 1-bit and Group 4 compressed: a few kilobytes on disk for hundreds of megapixels.
    Image.new("1", (width, height), 1).save(path, compression="group4")
    return path


@pytest.mark.slow
def test_a_182_megapixel_tiff_loads_under_the_default_limit(tmp_path):
    path = _one_bit_tiff(tmp_path / "scan.tif", 14000, 13000)
    pixels = load_image(path).pixels
    assert pixels.shape == (13000, 14000)
    assert pixels[::997, ::991].min() == 255
    assert Image.MAX_IMAGE_PIXELS == PILLOWS_LIMIT
    with pytest.raises(Image.DecompressionBombError):
        Image.open(path)  # other users of Pillow keep Pillow's limit


@pytest.mark.slow
def test_a_250_megapixel_tiff_loads_when_the_limit_allows(tmp_path):
    path = _one_bit_tiff(tmp_path / "scan.tif", 16000, 15625)
    with pytest.raises(TooManyPixelsError, match=r"250\.0 megapixels"):
        load_image(path)
    assert load_image(path, max_pixels=300_000_000).pixels.shape == (15625, 16000)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "BMP", "TIFF", "WEBP"])
def test_pillows_limit_never_applies_to_our_loads(tmp_path, monkeypatch, fmt):
    path = tmp_path / f"photo.{fmt.lower()}"
    Image.fromarray(np.full((60, 50, 3), 90, np.uint8)).save(path, format=fmt)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # 3000 pixels: 30 times over
    assert load_image(path).pixels.shape == (60, 50, 3)
    with pytest.raises(TooManyPixelsError):
        load_image(path, max_pixels=2999)


def test_other_threads_keep_pillows_check_while_we_load(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    outcome = []

    def elsewhere():
        try:
            Image._decompression_bomb_check((100, 100))
        except Image.DecompressionBombError:
            outcome.append("refused")

    with pillow_call():
        Image._decompression_bomb_check((100, 100))  # ours: no error in this thread
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
    assert outcome == ["refused"]
    with pytest.raises(Image.DecompressionBombError):
        Image._decompression_bomb_check((100, 100))


def test_threads_take_turns_and_leave_the_warning_filters_as_they_were():
    before = list(warnings.filters)
    inside, release, order = threading.Event(), threading.Event(), []

    def first():
        with pillow_call():
            order.append("first in")
            inside.set()
            release.wait(60)
            order.append("first out")

    def second():
        inside.wait(60)
        with pillow_call():
            order.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(60)
    assert not _WARNINGS_LOCK.acquire(blocking=False)  # the first one holds it
    release.set()
    for thread in threads:
        thread.join(60)
    assert order == ["first in", "first out", "second in"]
    assert warnings.filters == before
