"""Copy as code: the OpenCV, SciPy and ImageMagick scripts, run, against kernelstudio.

Each script is written to a file and run as a user would (``python snippet.py IN OUT``
with this environment's Python; ``sh snippet.sh IN OUT`` for ImageMagick) on crops of the
sample photo, and its output compared with `Stack.apply`: within one level everywhere,
or, where ImageMagick cannot do what kernelstudio does, where it can, with the script's
own comment saying what differs.
"""

import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

from kernelstudio.core import Stack, Step, load_image
from kernelstudio.core.code import stack_to_code
from kernelstudio.data import SAMPLE_PHOTO, resource_path

SHARPEN = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
BLUR = [[1, 2, 1], [2, 4, 2], [1, 2, 1]]
SOBEL = [[1, 2, 1], [0, 0, 0], [-1, -2, -1]]
EMBOSS = [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]
ODD = [[0, 1, 0, 0], [2, 0, 0, 1], [0, 0, 3, 0]]  # uneven, so flips and anchors show
#: A sepia tone (its 3×3 colour matrix) spread over a 3×3 blur: across channels.
SEPIA_3x3 = np.multiply.outer(np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168],
                                        [0.272, 0.534, 0.131]]), np.array(BLUR) / 16)


def _photos() -> dict[str, np.ndarray]:
    """Crops of the sample photo: RGB; RGBA with a transparent band and a ramp of partly
    transparent rows, or opaque but for a soft hole; grey with alpha; and 16-bit grey (the
    photo's grey in the top byte, detail below it)."""
    photo = load_image(resource_path(SAMPLE_PHOTO)).pixels[140:188, 240:304]
    rows, cols = photo.shape[:2]
    alpha = np.clip(np.add.outer(np.arange(rows) * 9, np.arange(cols) * 4) - 120, 0, 255)
    alpha[:, :10] = 0  # a fully transparent band wider than a 5×5 kernel's reach
    grey = photo.mean(axis=2)
    distance = np.hypot(*np.ogrid[-20 : rows - 20, -40 : cols - 40])
    hole = np.clip((distance - 6) * 64, 0, 255)
    return {
        "rgb": photo,
        "rgba": np.dstack([photo, alpha]).astype(np.uint8),
        "rgba-hole": np.dstack([photo, hole]).astype(np.uint8),
        "la": np.dstack([grey, alpha]).astype(np.uint8),
        "grey16": (grey * 257 + photo[..., 0] % 7 * 9).astype(np.uint16),
    }


PHOTOS = _photos()

#: name: (steps, photo); together they use every option of a step.
RECIPES = {
    "sharpen": ([Step(kernel=SHARPEN)], "rgb"),
    "reflect": ([Step(kernel=np.ones((5, 5)), normalize=True, border="reflect")], "rgb"),
    "replicate": ([Step.from_preset("gaussian", border="replicate")], "rgb"),
    "wrap": ([Step(kernel=ODD, divisor=7, border="wrap")], "rgb"),
    "constant": ([Step(kernel=BLUR, divisor=16, border="constant", cval=200)], "rgb"),
    "constant-0": ([Step(kernel=SOBEL, border="constant", offset=128)], "rgb"),
    "valid": ([Step(kernel=ODD, divisor=7, border="valid", iterations=2)], "rgb"),
    "even-anchor": ([Step(kernel=np.ones((4, 4)), divisor=16, anchor=(0, 3),
                          border="replicate")], "rgb"),
    "flip": ([Step(kernel=ODD, divisor=7, flip=True, border="replicate")], "rgb"),
    "iterations": ([Step(kernel=BLUR, divisor=16, iterations=3, border="replicate")], "rgb"),
    "linear": ([Step(kernel=np.ones((5, 5)), normalize=True, linear=True,
                     border="replicate")], "rgb"),
    "weighted-blur": ([Step(kernel=BLUR, divisor=16, border="replicate")], "rgba"),
    "weighted-sharpen": ([Step(kernel=SHARPEN, border="replicate")], "rgba"),
    "unweighted": ([Step(kernel=BLUR, divisor=16, border="replicate",
                         alpha_weighting=False)], "rgba"),
    "opacity": ([Step(kernel=SHARPEN, opacity=0.4, border="replicate")], "rgb"),
    "channels-rb": ([Step(kernel=SHARPEN, channels="rb", border="replicate")], "rgb"),
    "channels-all": ([Step(kernel=BLUR, divisor=16, channels="all",
                           border="replicate")], "rgba"),
    "channels-a": ([Step(kernel=BLUR, divisor=16, channels="a", border="replicate")], "rgba"),
    "absolute": ([Step(kernel=SOBEL, absolute=True, offset=20, border="replicate")], "rgb"),
    "offset": ([Step(kernel=EMBOSS, offset=128, border="replicate")], "rgb"),
    "normalize-gimp": ([Step(kernel=SOBEL, normalize="gimp", border="replicate")], "rgb"),
    "grey-alpha": ([Step(kernel=BLUR, divisor=16, opacity=0.5, border="replicate")], "la"),
    "16-bit": ([Step(kernel=SHARPEN, offset=3, border="replicate")], "grey16"),
    "per-channel": ([Step(kernel=[SHARPEN, BLUR, EMBOSS], divisor=2, offset=(0, 9, 128),
                          border="wrap")], "rgb"),
    "across-channels": ([Step(kernel=SEPIA_3x3, border="valid", offset=(8, 0, -8))], "rgb"),
    "across-weighted": ([Step(kernel=SEPIA_3x3, normalize=True, border="replicate")], "rgba"),
    "across-grey": ([Step(kernel=[[ODD]], flip=True, border="constant", cval=90)], "grey16"),
    # Rounding between steps lets float32 and float64 sums part by a level; a step whose
    # weights' sizes add up to more than 1 (a sharpen) would multiply that, so the later
    # steps here average.
    "stack": ([Step(kernel=EMBOSS, offset=128, border="wrap"),
               Step(kernel=BLUR, divisor=16, linear=True, border="replicate",
                    enabled=False),
               Step(kernel=np.ones((3, 3)), normalize=True, iterations=2, opacity=0.7,
                    border="constant", cval=60),
               Step(kernel=BLUR, divisor=16, border="reflect")], "rgba-hole"),
}
#: OpenCV reads grey + alpha as BGRA; its script says so.
OPENCV_RECIPES = [name for name, (_, photo) in RECIPES.items() if photo != "la"]
#: ImageMagick's script holds kernels shared by the channels only (and says so).
MAGICK_RECIPES = [name for name, (steps, _) in RECIPES.items()
                  if all(step.kind == "shared" for step in steps)]


def _run(tmp_path, name: str, target: str) -> tuple[np.ndarray, np.ndarray, str]:
    """kernelstudio's result for recipe `name`, the script's, and the script."""
    steps, photo = RECIPES[name]
    stack = Stack(tuple(steps))
    source, result = tmp_path / "in.png", tmp_path / "out.tif"
    Image.fromarray(PHOTOS[photo]).save(source)
    code = stack_to_code(stack, target)
    if target == "magick":
        snippet = tmp_path / "snippet.sh"
        command = ["sh", snippet]
    else:
        snippet = tmp_path / "snippet.py"
        command = [sys.executable, snippet]
    snippet.write_text(code, encoding="utf-8")
    done = subprocess.run([*command, source, result], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return stack.apply(load_image(source).pixels), load_image(result).pixels, code


def _levels_apart(ours, theirs) -> np.ndarray:
    assert ours.shape == theirs.shape
    assert ours.dtype == theirs.dtype
    return np.abs(ours.astype(int) - theirs.astype(int))


@pytest.mark.parametrize("name", OPENCV_RECIPES)
def test_opencv_script_matches_within_a_level(tmp_path, name):
    ours, theirs, code = _run(tmp_path, name, "opencv")
    assert _levels_apart(ours, theirs).max() <= 1
    assert "cv2.filter2D(" in code


@pytest.mark.parametrize("name", RECIPES)
def test_scipy_script_matches_within_a_level(tmp_path, name):
    ours, theirs, code = _run(tmp_path, name, "scipy")
    assert _levels_apart(ours, theirs).max() <= 1
    assert "ndimage.correlate(" in code


def test_scripts_reading_with_pillow_refuse_16_bit_colour_and_opencvs_keeps_it(tmp_path):
    import cv2

    deep = np.random.default_rng(16).integers(0, 65536, (12, 14, 3)).astype(np.uint16)
    source, result = tmp_path / "deep.png", tmp_path / "out.png"
    cv2.imwrite(str(source), deep[..., ::-1])  # an independent 16-bit writer, B, G, R
    stack = Stack((Step(kernel=BLUR, normalize=True),))
    for target in ("scipy", "pytorch", "opencv"):
        snippet = tmp_path / f"snippet_{target}.py"
        snippet.write_text(stack_to_code(stack, target), encoding="utf-8")
        if target == "pytorch":
            continue  # not installed here; the script reads as SciPy's does
        done = subprocess.run([sys.executable, snippet, source, result], capture_output=True,
                              text=True, timeout=300, cwd=tmp_path)
        if target == "opencv":
            assert done.returncode == 0, done.stderr
            ours = stack.apply(load_image(source).pixels)
            assert _levels_apart(ours, load_image(result).pixels).max() <= 1
        else:
            assert done.returncode == 1
            assert "16-bit colour, which Pillow reads at 8 bits" in done.stderr
            assert not result.exists()
    assert "16-bit colour" in (tmp_path / "snippet_pytorch.py").read_text()


def _said(code: str) -> str:
    """The comment at the top of an ImageMagick script, as one line."""
    return " ".join(line.lstrip("#- ") for line in code.split("set -e")[0].splitlines())


def _where_comparable(name: str, code: str) -> tuple[np.ndarray, np.ndarray]:
    """Where ImageMagick can match recipe `name`'s result, as masks (rows, cols) for alpha
    and for colour, and so where the script's comment says it differs: near the edges a
    reflect101 border reaches, where opacity mixes values ImageMagick has clipped, and,
    on images with alpha, where its weighting by alpha is not kernelstudio's."""
    steps, photo = RECIPES[name]
    stack = Stack(tuple(steps))
    enabled = stack.enabled_steps
    pixels, said = PHOTOS[photo], _said(code)
    rows, cols = stack.reach
    result = stack.apply(pixels)
    inside = np.ones(result.shape[:2], bool)
    if any(step.border == "reflect101" for step in enabled):
        assert "ImageMagick has no reflect101 border" in said
        inside[:rows] = inside[inside.shape[0] - rows:] = False
        inside[:, :cols] = inside[:, inside.shape[1] - cols:] = False
    if "clipped values beyond black and white" in said:
        assert [step.opacity < 1 for step in enabled] == [True]
        unmixed = Stack((enabled[0].replace(opacity=1),)).apply(pixels)
        inside &= np.all((unmixed > 0) & (unmixed < np.iinfo(unmixed.dtype).max), axis=-1)
    colour = inside.copy()
    if pixels.ndim == 3 and pixels.shape[2] in (2, 4):
        alpha = pixels[..., -1]
        window = (2 * rows + 1, 2 * cols + 1)
        # Windows reach across the image where a border wraps.
        mode = "wrap" if any(step.border == "wrap" for step in enabled) else "nearest"
        if any(step.alpha_weighting and step.channels != "a" for step in enabled):
            assert "ImageMagick makes the colour black" in said
            colour &= ndimage.maximum_filter(alpha, window, mode=mode) > 0
        if "makes the colour of fully transparent pixels black" in said:
            colour &= result[..., -1] > 0
        if "Partly transparent pixels differ" in said:
            colour &= ndimage.minimum_filter(alpha, window, mode=mode) == 255
    return inside, colour


@pytest.mark.skipif(shutil.which("convert-im6.q16") is None,
                    reason="ImageMagick 6 (convert-im6.q16) is not installed")
@pytest.mark.parametrize("name", MAGICK_RECIPES)
def test_magick_script_matches_where_imagemagick_can(tmp_path, name):
    ours, theirs, code = _run(tmp_path, name, "magick")
    inside, colour = _where_comparable(name, code)
    apart = _levels_apart(ours, theirs)
    if apart.ndim == 2:
        apart = apart[..., None]
    if apart.shape[2] in (2, 4):
        assert apart[..., -1][inside].max() <= 1
        apart = apart[..., :-1]
    assert colour.sum() > apart.shape[0] * apart.shape[1] / 4  # enough left to compare
    assert apart[colour].max() <= 1
