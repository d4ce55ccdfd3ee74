"""Outputs that cannot be written are refused in one line before any work or writing."""

import numpy as np
import pytest

from kernelstudio.core import ImageFileError, load_image, save_image
from kernelstudio.core.imageio import check_output


@pytest.mark.parametrize(("suffix", "largest"), [(".jpg", 65500), (".jpeg", 65500),
                                                 (".webp", 16383)])
@pytest.mark.parametrize("axis", [0, 1])
def test_sides_beyond_the_format_are_refused_before_writing(tmp_path, suffix, largest, axis):
    path = tmp_path / f"out{suffix}"
    shape = [1, 1]
    shape[axis] = largest + 1
    with pytest.raises(ImageFileError) as caught:
        check_output(path, tuple(shape))
    kind = "JPEG" if suffix != ".webp" else "WEBP"
    message = (f"cannot write {path}: {kind} holds at most {largest}×{largest} pixels and "
               f"the image is {shape[1]}×{shape[0]}; choose .png or .tif")
    assert str(caught.value) == message
    with pytest.raises(ImageFileError, match="holds at most"):
        save_image(path, np.zeros(shape, np.uint8))
    assert list(tmp_path.iterdir()) == []
    shape[axis] = largest
    assert check_output(path, (*shape, 3)) == kind
    save_image(path, np.zeros(shape, np.uint8))
    assert load_image(path).pixels.shape[axis] == largest


@pytest.mark.parametrize("suffix", [".png", ".tif", ".bmp"])
def test_other_formats_take_wide_images(tmp_path, suffix):
    assert check_output(tmp_path / f"out{suffix}", (1, 70000)) in ("PNG", "TIFF", "BMP")


def test_a_missing_folder_or_unknown_extension_is_refused_first(tmp_path):
    with pytest.raises(ImageFileError, match=r"the folder .* does not exist"):
        check_output(tmp_path / "nowhere" / "out.png", (2, 2))
    with pytest.raises(ImageFileError, match="cannot tell the format"):
        check_output(tmp_path / "out.gif", (2, 2))
