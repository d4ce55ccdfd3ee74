"""What the screen draws: conversion to premultiplied BGRA, halved levels, previews."""

import numpy as np
import pytest

from kernelstudio.gui.work.pictures import halve, make_picture, preview_source, to_bgra

RNG = np.random.default_rng(12)


def reference_bgra(pixels):
    """Premultiplied BGRA the slow, obvious way, in floats."""
    pixels = pixels.astype(np.float64)
    if pixels.ndim == 2:
        pixels = pixels[..., None]
    count = pixels.shape[2]
    colour = pixels[..., [2, 1, 0]] if count >= 3 else np.repeat(pixels[..., :1], 3, axis=2)
    alpha = pixels[..., -1:] if count in (2, 4) else np.full((*pixels.shape[:2], 1), 255.0)
    return np.dstack([colour * alpha / 255, alpha])


@pytest.mark.parametrize("shape", [(37, 53), (37, 53, 1), (37, 53, 2), (37, 53, 3), (37, 53, 4)],
                         ids=["L", "L1", "LA", "RGB", "RGBA"])
def test_every_layout_converts_to_premultiplied_bgra(qapp, shape):
    pixels = RNG.integers(0, 256, shape, dtype=np.uint8)
    ours = to_bgra(pixels).astype(int)
    assert np.abs(ours - reference_bgra(pixels)).max() <= 1


def test_sixteen_bit_and_float_images_display_as_eight_bit(qapp):
    deep = RNG.integers(0, 65536, (20, 30), dtype=np.uint16)
    assert np.abs(to_bgra(deep)[..., 0].astype(int) - deep / 257).max() <= 1
    colour = RNG.integers(0, 65536, (20, 30, 4), dtype=np.uint16)
    assert np.abs(to_bgra(colour).astype(int) - reference_bgra(np.rint(colour / 257))).max() <= 1
    floats = RNG.random((20, 30, 3))
    assert np.abs(to_bgra(floats)[..., 2].astype(int) - floats[..., 0] * 255).max() <= 1


def test_halving_averages_two_by_two_blocks_across_band_edges(qapp):
    bgra = to_bgra(RNG.integers(0, 256, (600, 301, 3), dtype=np.uint8))
    half = halve(bgra).astype(float)
    blocks = bgra[:600, :300].astype(float).reshape(300, 2, 150, 2, 4).mean(axis=(1, 3))
    assert half.shape == (300, 150, 4)
    assert np.abs(half - blocks).max() <= 1.5


def test_large_pictures_get_halved_levels(qapp):
    picture = make_picture(RNG.integers(0, 256, (1500, 2300, 3), dtype=np.uint8), origin=(2, 3))
    sizes = [(level.width(), level.height()) for level in picture.levels]
    assert sizes == [(2300, 1500), (1150, 750), (575, 375)]  # halved while over 1024
    assert picture.origin == (2, 3)
    assert make_picture(np.zeros((10, 10), np.uint8)).levels[0].width() == 10


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.float32])
def test_preview_source_averages_blocks_to_under_the_limit(dtype):
    pixels = (RNG.random((1700, 1300, 3)) * (255 if dtype == np.uint8 else 1)).astype(dtype)
    small, factor = preview_source(pixels)
    assert factor == 2
    assert small.dtype == dtype
    expected = pixels[:1700, :1300].astype(float).reshape(850, 2, 650, 2, 3).mean(axis=(1, 3))
    assert np.abs(small.astype(float) - expected).max() <= (1 if dtype == np.uint8 else 1e-6)
    tiny = RNG.integers(0, 256, (100, 100), dtype=np.uint8)
    assert preview_source(tiny) == (tiny, 1)
