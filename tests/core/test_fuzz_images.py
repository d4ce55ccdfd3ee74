"""Fuzzing files: a damaged image of any format, loaded, filtered and saved in every format,
gives kernelstudio's own errors only: no other exception, no warning, nothing on stderr."""

import io
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

import cv2
import hostile_exif
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms

from kernelstudio.core import KernelStudioError, Stack, Step, load_image, save_image

_ROWS, _COLUMNS = np.mgrid[0:12, 0:16]
_RGB = np.dstack([_ROWS * 20, _COLUMNS * 15, (_ROWS + _COLUMNS) * 9]).astype(np.uint8)
_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _frames(fmt: str, **options) -> bytes:
    images = [Image.fromarray(np.roll(_RGB, shift, axis=1)) for shift in range(3)]
    return _encoded(images[0], fmt, save_all=True, append_images=images[1:], **options)


def _heic() -> dict[str, bytes]:
    """A HEIC seed, when libheif's heif-enc is here to write one (CI installs it)."""
    if shutil.which("heif-enc") is None:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        source, heic = Path(folder) / "in.png", Path(folder) / "in.heic"
        Image.fromarray(_RGB).save(source)
        subprocess.run(["heif-enc", "-q", "80", "-o", heic, source], check=True,
                       capture_output=True, timeout=120)
        return {"heic": heic.read_bytes()}


_DEEP = (_RGB.astype(np.uint16) * 257)[..., ::-1]  # OpenCV takes BGR
_EXIF = hostile_exif.exif_block("truncated")
SEEDS = {
    "png": _encoded(Image.fromarray(_RGB), "PNG", icc_profile=_ICC),
    "png16": _encoded(Image.fromarray((_ROWS * 4000).astype(np.uint16)), "PNG"),
    "palette": _encoded(Image.fromarray(_RGB).quantize(8), "PNG", transparency=0),
    "apng": _frames("PNG", duration=[30, 60, 90], loop=2),
    "jpeg": _encoded(Image.fromarray(_RGB), "JPEG", exif=_EXIF, quality=90),
    "cmyk": _encoded(Image.fromarray(_RGB).convert("CMYK"), "JPEG"),
    "bmp": _encoded(Image.fromarray(_RGB), "BMP"),
    "tiff": _encoded(Image.fromarray(_RGB), "TIFF", compression="tiff_lzw"),
    "pages": _frames("TIFF"),
    "exif-tiff": hostile_exif.tiff_file("huge-count"),
    "webp": _encoded(Image.fromarray(_RGB), "WEBP", exif=_EXIF),
    "animated-webp": _frames("WEBP", duration=[30, 60, 90], lossless=True),
    "png16-rgb": cv2.imencode(".png", _DEEP)[1].tobytes(),
    "tiff16-rgb": cv2.imencode(".tif", _DEEP)[1].tobytes(),
    "avif": _encoded(Image.fromarray(_RGB), "AVIF", exif=_EXIF, icc_profile=_ICC),
    **_heic(),
}
STACK = Stack((Step.from_preset("sharpen"),))
OUTPUTS = (".png", ".jpg", ".tif", ".webp", ".bmp", ".avif")


@st.composite
def damaged(draw) -> bytes:
    """A seed with 1 to 4 bytes flipped, inserted or deleted, or cut short; past the first
    16 bytes (which only decide the format) but for a flip there now and then."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "flip", "insert", "delete", "truncate", "head"]))
        at = draw(st.integers(16, max(16, len(data) - 1)))
        if kind == "head":
            data[draw(st.integers(0, 15))] ^= 1 << draw(st.integers(0, 7))
        elif kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 8))]
        else:
            del data[at:]
    return bytes(data)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=200, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=damaged())
def test_damaged_files_give_only_our_errors(folder, capfd, data):
    source = folder / "in.bin"
    source.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            photo = load_image(source, max_pixels=1_000_000)
        except KernelStudioError:
            assert capfd.readouterr() == ("", "")
            return
        assert all(frame.shape == photo.pixels.shape for frame in photo.more_frames)
        result = STACK.apply(photo.pixels)
        frames = tuple(STACK.apply(frame) for frame in photo.more_frames)
        for suffix in OUTPUTS:
            try:
                notes = save_image(folder / f"out{suffix}", result, more_frames=frames,
                                   timing=photo.timing, icc_profile=photo.icc_profile,
                                   exif=photo.exif)
            except KernelStudioError:
                continue
            assert all(isinstance(note, str) and "\n" not in note for note in notes)
            assert load_image(folder / f"out{suffix}").pixels.shape[:2] == result.shape[:2]
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_seed_is_a_good_file(tmp_path, name):
    # The fuzzer starts from files that load: its failures are about the damage.
    (tmp_path / "in.bin").write_bytes(SEEDS[name])
    photo = load_image(tmp_path / "in.bin")
    size = hostile_exif.PIXELS.shape[:2] if name == "exif-tiff" else _RGB.shape[:2]
    assert photo.pixels.shape[:2] == size
    assert len(photo.more_frames) == (2 if name in ("apng", "pages", "animated-webp") else 0)
