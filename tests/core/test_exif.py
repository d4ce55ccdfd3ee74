"""EXIF never fails a load or a save, and only the photo's metadata is carried over."""

import io

import hostile_exif
import numpy as np
import pytest
from PIL import Image, TiffImagePlugin

from kernelstudio.core import load_image, save_image

FORMATS = ["JPEG", "PNG", "WEBP", "TIFF"]
OUTPUTS = [".png", ".jpg", ".tif", ".webp", ".bmp"]
SUB_BLOCKS_LEFT_OUT = ("{}: TIFF could not hold this photo's camera settings and GPS "
                       "(EXIF sub-blocks); they were left out")
CLEARLY_BROKEN = ["truncated", "past-end", "huge-count"]


def exif_of(path) -> Image.Exif:
    with Image.open(path) as image:
        return image.getexif()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", [*hostile_exif.CASES, "garbage"])
def test_hostile_exif_never_fails_a_load_or_a_save(tmp_path, capfd, fmt, case):
    path = tmp_path / f"photo.{fmt.lower()}"
    path.write_bytes(hostile_exif.photo_file(fmt, case))
    photo = load_image(path)
    np.testing.assert_allclose(photo.pixels, hostile_exif.PIXELS, atol=2)
    damaged = [note for note in photo.notes if "EXIF data" in note]
    assert len(damaged) <= 1
    if case in CLEARLY_BROKEN or (case == "garbage" and fmt != "JPEG"):
        (note,) = damaged
        assert note.startswith(f"the EXIF data of {path} is damaged; ")
        assert note.endswith("left out of what is carried to outputs")
    if photo.exif is not None:  # what is left reads back, and is only what was sound
        carried = Image.Exif()
        carried.load(photo.exif)
        assert carried.get(0x010F) == "cam" or fmt == "TIFF"
    for suffix in OUTPUTS:
        notes = save_image(tmp_path / f"out{suffix}", photo.pixels, exif=photo.exif)
        if suffix != ".tif":
            assert notes == ()
        else:  # libtiff cannot write EXIF sub-blocks
            assert notes in ((), (SUB_BLOCKS_LEFT_OUT.format(tmp_path / "out.tif"),))
        assert load_image(tmp_path / f"out{suffix}").pixels.shape == photo.pixels.shape
    assert capfd.readouterr() == ("", "")


def test_exif_in_a_tiffs_sub_block_is_read_while_the_file_is_open(tmp_path):
    exif = Image.Exif()
    exif[0x010F] = "kernelstudio camera"
    exif.get_ifd(0x8769)[0x9003] = "2026:01:02 03:04:05"  # DateTimeOriginal
    Image.fromarray(hostile_exif.PIXELS).save(tmp_path / "in.tif", exif=exif.tobytes())
    photo = load_image(tmp_path / "in.tif")
    assert photo.notes == ()
    for suffix in (".jpg", ".png", ".webp"):
        assert save_image(tmp_path / f"out{suffix}", photo.pixels, exif=photo.exif) == ()
        carried = exif_of(tmp_path / f"out{suffix}")
        assert carried[0x010F] == "kernelstudio camera"
        assert carried.get_ifd(0x8769)[0x9003] == "2026:01:02 03:04:05"
    notes = save_image(tmp_path / "out.tif", photo.pixels, exif=photo.exif)
    assert notes == (SUB_BLOCKS_LEFT_OUT.format(tmp_path / "out.tif"),)
    assert exif_of(tmp_path / "out.tif")[0x010F] == "kernelstudio camera"


STRUCTURAL = {256: 999, 257: 999, 258: (8, 8, 8), 259: 5, 262: 2, 273: (8,), 277: 3,
              278: 7, 279: (100,), 284: 1, 317: 2, 322: 16, 323: 16, 513: 4000, 514: 300,
              530: (2, 1)}


@pytest.mark.parametrize("source", ["in.tif", "in.jpg"])
def test_structural_tags_of_the_source_are_not_carried(tmp_path, source):
    pixels = hostile_exif.PIXELS
    if source == "in.tif":  # a TIFF's own IFD holds its strips, compression, ...
        Image.fromarray(pixels).save(tmp_path / source, compression="tiff_lzw",
                                     tiffinfo={305: "kernelstudio", 282: 300.0})
    else:  # a JPEG whose EXIF block claims them anyway
        exif = Image.Exif()
        exif[305] = "kernelstudio"
        for tag, value in STRUCTURAL.items():
            exif[tag] = value
        Image.fromarray(pixels).save(tmp_path / source, exif=exif.tobytes())
    photo = load_image(tmp_path / source)
    for suffix in (".jpg", ".png", ".webp", ".tif"):
        save_image(tmp_path / f"out{suffix}", photo.pixels, exif=photo.exif)
        carried = Image.Exif()
        carried.load(photo.exif)
        assert carried[305] == "kernelstudio"
        assert not set(carried) & set(STRUCTURAL)
        assert exif_of(tmp_path / f"out{suffix}")[305] == "kernelstudio"
        assert load_image(tmp_path / f"out{suffix}").pixels.shape == pixels.shape


@pytest.mark.parametrize(("tag", "value"), [
    (282, TiffImagePlugin.IFDRational(0, 0)),  # libtiff: 'Bad value nan for XResolution'
    (0x013E, TiffImagePlugin.IFDRational(1, 3)),  # WhitePoint needs two values
])
def test_exif_that_libtiff_refuses_is_left_out_with_a_note(tmp_path, capfd, tag, value):
    exif = Image.Exif()
    exif[305] = "kernelstudio"
    exif[tag] = value
    notes = save_image(tmp_path / "out.tif", hostile_exif.PIXELS, exif=exif.tobytes())
    assert notes == (f"{tmp_path / 'out.tif'}: TIFF could not hold this photo's EXIF data; "
                     "it was written without it",)
    np.testing.assert_array_equal(load_image(tmp_path / "out.tif").pixels,
                                  hostile_exif.PIXELS)
    assert capfd.readouterr() == ("", "")
    assert [p.name for p in tmp_path.iterdir()] == ["out.tif"]


def test_exif_too_long_for_jpeg_is_left_out_with_a_note(tmp_path):
    exif = Image.Exif()
    exif[0x010E] = "x" * 70000  # ImageDescription beyond JPEG's 64 KB segment
    notes = save_image(tmp_path / "out.jpg", hostile_exif.PIXELS, exif=exif.tobytes())
    assert notes == (f"{tmp_path / 'out.jpg'}: JPEG could not hold this photo's EXIF data; "
                     "it was written without it",)
    assert len(exif_of(tmp_path / "out.jpg")) == 0


def test_damaged_exif_given_to_a_save_is_left_out_with_a_note(tmp_path):
    notes = save_image(tmp_path / "out.png", hostile_exif.PIXELS,
                       exif=hostile_exif.exif_block("past-end")[:20])
    assert len(notes) == 1
    assert "the EXIF data given is damaged" in notes[0]
    assert io.BytesIO((tmp_path / "out.png").read_bytes()).read(8) == b"\x89PNG\r\n\x1a\n"


_BIG_ENDIAN_ORIENTATION = (b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\x00\x01"
                           b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00\x00\x00\x00\x00")


def _exif(tags) -> bytes:
    exif = Image.Exif()
    for tag, value in tags.items():
        exif[tag] = value
    return exif.tobytes()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
@pytest.mark.parametrize("block", [
    _exif({0x0112: 6}), _exif({0x0100: 4, 0x0101: 4}), _BIG_ENDIAN_ORIENTATION,
], ids=["orientation", "sizes", "big-endian-orientation"])
def test_exif_with_nothing_to_carry_is_not_called_damaged(tmp_path, fmt, block):
    path = tmp_path / f"photo.{fmt.lower()}"
    Image.fromarray(hostile_exif.PIXELS).save(path, fmt, exif=block)
    photo = load_image(path)
    assert photo.notes == ()
    assert photo.exif is None
