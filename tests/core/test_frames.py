"""Animations and multi-page files keep every frame where the output can hold them."""

import numpy as np
import pytest
from PIL import Image

from kernelstudio.core import TooManyPixelsError, imageio, load_image, save_image
from kernelstudio.core.frames import MAX_FRAMES, Timing

_ROWS, _COLUMNS = np.mgrid[0:24, 0:32]
# Smooth, so that lossy WebP keeps them close; each frame different from the others.
FRAMES = [np.dstack([_ROWS * 8 + 20 * index, _COLUMNS * 6, np.full((24, 32), 60 * index)])
          .astype(np.uint8) for index in range(4)]
DURATIONS = (40.0, 80.0, 120.0, 160.0)


def _animation(path, fmt, frames=FRAMES, **options):
    images = [Image.fromarray(frame) for frame in frames]
    if fmt == "PNG":
        options |= {"duration": list(DURATIONS), "loop": 3}
    elif fmt == "WEBP":
        options |= {"duration": [int(d) for d in DURATIONS], "loop": 3, "lossless": True}
    images[0].save(path, fmt, save_all=True, append_images=images[1:], **options)
    return path


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF"])
def test_every_frame_is_loaded(tmp_path, fmt):
    photo = load_image(_animation(tmp_path / f"in.{fmt.lower()}", fmt))
    np.testing.assert_array_equal(photo.pixels, FRAMES[0])
    assert len(photo.more_frames) == 3
    for frame, expected in zip(photo.more_frames, FRAMES[1:], strict=True):
        np.testing.assert_array_equal(frame, expected)
    if fmt == "TIFF":
        assert photo.timing is None
    else:
        assert photo.timing == Timing(DURATIONS, 3)


@pytest.mark.parametrize("source", ["PNG", "WEBP", "TIFF"])
@pytest.mark.parametrize("suffix", [".png", ".webp", ".tif"])
def test_frames_and_timing_survive_a_round_trip(tmp_path, source, suffix):
    photo = load_image(_animation(tmp_path / f"in.{source.lower()}", source))
    out = tmp_path / f"out{suffix}"
    assert save_image(out, photo.pixels, more_frames=photo.more_frames,
                      timing=photo.timing) == ()
    again = load_image(out)
    assert len(again.more_frames) == 3
    tolerance = 3 if suffix == ".webp" else 0  # lossy WebP
    for frame, expected in zip((again.pixels, *again.more_frames), FRAMES, strict=True):
        assert np.abs(frame.astype(int) - expected).mean() <= tolerance
    if suffix != ".tif":
        expected = photo.timing or Timing((100.0,) * 4, 0)
        assert again.timing == expected


@pytest.mark.parametrize("suffix", [".jpg", ".bmp"])
def test_one_frame_formats_are_told_about(tmp_path, suffix):
    photo = load_image(_animation(tmp_path / "in.png", "PNG"))
    out = tmp_path / f"out{suffix}"
    notes = save_image(out, photo.pixels, more_frames=photo.more_frames, timing=photo.timing)
    assert notes == (f"{out} holds one frame; only the first of 4 was written",)
    assert load_image(out).more_frames == ()


def test_the_pixel_limit_counts_every_frame(tmp_path):
    path = _animation(tmp_path / "in.png", "PNG")
    with pytest.raises(TooManyPixelsError, match=r"32×24 pixels × 4 frames \(0\.0 megapixels"):
        load_image(path, max_pixels=24 * 32 * 4 - 1)
    assert len(load_image(path, max_pixels=24 * 32 * 4).more_frames) == 3


PAGES = [FRAMES[0], FRAMES[1][:10, :20], FRAMES[2][..., 0], FRAMES[3]]  # sizes and kinds


def test_pages_of_other_sizes_and_kinds_are_kept_and_written_to_tiff(tmp_path):
    photo = load_image(_animation(tmp_path / "in.tif", "TIFF", frames=PAGES))
    assert photo.notes == ()
    for page, expected in zip((photo.pixels, *photo.more_frames), PAGES, strict=True):
        np.testing.assert_array_equal(page, expected)
    assert save_image(tmp_path / "out.tif", photo.pixels, more_frames=photo.more_frames) == ()
    again = load_image(tmp_path / "out.tif")
    for page, expected in zip((again.pixels, *again.more_frames), PAGES, strict=True):
        np.testing.assert_array_equal(page, expected)


@pytest.mark.parametrize("suffix", [".png", ".webp"])
def test_pages_of_other_sizes_make_an_animation_of_the_first_with_a_note(tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    notes = save_image(out, PAGES[0], more_frames=PAGES[1:])
    kind = suffix[1:].upper()
    assert notes == (f"{out}: the pages differ in size or kind, which an animated {kind} "
                     "cannot hold; only the first of 4 was written",)
    assert load_image(out).more_frames == ()


def test_the_pixel_limit_counts_every_page_at_its_own_size(tmp_path):
    pages = [FRAMES[0][:2, :2], FRAMES[1]]
    path = _animation(tmp_path / "in.tif", "TIFF", frames=pages)
    with pytest.raises(TooManyPixelsError, match=r"is 2 pages of up to 32×24 pixels"):
        load_image(path, max_pixels=24 * 32 + 3)
    assert len(load_image(path, max_pixels=24 * 32 + 4).more_frames) == 1


def _tiny_animation(path, count: int):
    """An animated PNG of `count` frames of 2×1 pixels, each unlike the one before."""
    images = [Image.new("RGB", (2, 1), (index % 256, 0, 0)) for index in range(count)]
    images[0].save(path, save_all=True, append_images=images[1:], duration=20)
    return path


def test_an_animation_of_more_than_max_frames_loads_its_first_max_frames(tmp_path):
    path = _tiny_animation(tmp_path / "in.png", MAX_FRAMES + 1)
    photo = load_image(path)
    assert len(photo.more_frames) == MAX_FRAMES - 1
    assert len(photo.timing.durations) == MAX_FRAMES
    assert photo.notes == (f"{path} has more than {MAX_FRAMES} frames; only the first "
                           f"{MAX_FRAMES} are edited and written",)
    exactly = _tiny_animation(tmp_path / "exactly.png", MAX_FRAMES)
    assert load_image(exactly).notes == ()


@pytest.mark.parametrize("fmt", ["TIFF", "WEBP"])
def test_pages_beyond_the_frame_limit_are_not_read(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(imageio, "MAX_FRAMES", 3)
    path = _animation(tmp_path / f"in.{fmt.lower()}", fmt, frames=FRAMES)
    photo = load_image(path)
    for frame, expected in zip((photo.pixels, *photo.more_frames), FRAMES[:3], strict=True):
        np.testing.assert_array_equal(frame, expected)
    assert photo.notes == (f"{path} has more than 3 frames; only the first 3 are edited "
                           "and written",)
    three = _animation(tmp_path / f"three.{fmt.lower()}", fmt, frames=FRAMES[:3])
    assert load_image(three).notes == ()


def test_orientation_turns_every_frame(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = load_image(_animation(tmp_path / "in.webp", "WEBP", exif=exif.tobytes()))
    for frame, expected in zip((photo.pixels, *photo.more_frames), FRAMES, strict=True):
        np.testing.assert_array_equal(frame, np.rot90(expected, -1))


@pytest.mark.parametrize(("durations", "written"), [
    ((65535000.0, 20000000.0, 1.0), (16777215.0, 16777215.0, 1.0)),
    # Longer in all than libwebp's timestamps hold: each frame gets its share of that.
    ((16777215.0,) * 130, ((2**31 - 1) // 130 * 1.0,) * 130),
])
def test_frames_longer_than_webp_holds_are_shortened_and_written(tmp_path, durations,
                                                                  written):
    frames = [FRAMES[index % 4][:2, :2] for index in range(len(durations))]
    out = tmp_path / "out.webp"
    assert save_image(out, frames[0], more_frames=frames[1:],
                      timing=Timing(durations, 0)) == ()
    again = load_image(out)
    assert len(again.more_frames) == len(durations) - 1
    assert again.timing.durations == written


def test_a_later_page_converted_on_reading_is_told_about(tmp_path):
    pages = [Image.fromarray(FRAMES[0]), Image.fromarray(FRAMES[1]).convert("CMYK")]
    pages[0].save(tmp_path / "in.tif", save_all=True, append_images=pages[1:])
    photo = load_image(tmp_path / "in.tif")
    assert photo.more_frames[0].shape == (24, 32, 3)
    assert photo.notes == (f"{tmp_path / 'in.tif'} is CMYK; it is shown, filtered and "
                           "exported as RGB",)


def test_a_save_of_more_than_max_frames_writes_the_first_max_frames(tmp_path):
    frames = [np.full((1, 2, 3), index % 256, np.uint8) for index in range(MAX_FRAMES + 2)]
    out = tmp_path / "out.tif"
    notes = save_image(out, frames[0], more_frames=frames[1:])
    assert notes == (f"{out}: only the first {MAX_FRAMES} of {MAX_FRAMES + 2} frames were "
                     "written",)
    again = load_image(out)
    assert (len(again.more_frames), again.notes) == (MAX_FRAMES - 1, ())


def test_a_loop_count_beyond_what_webp_holds_plays_forever(tmp_path):
    frames = [np.full((4, 4, 3), 80 * index, np.uint8) for index in range(3)]
    out = tmp_path / "out.webp"
    save_image(out, frames[0], more_frames=frames[1:], timing=Timing((50.0,) * 3, loop=70_000))
    assert load_image(out).timing.loop == 0
