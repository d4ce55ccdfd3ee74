"""learn_kernel: the kernels kernelstudio, OpenCV, ImageMagick and G'MIC applied are found
again, clipped pixels do not bias the fit, and effects that are not kernels are named."""

import io
import subprocess
import threading

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

import kernelstudio.core.learn as learn
from kernelstudio.core import (
    Cancelled,
    ImageError,
    KernelError,
    Step,
    learn_kernel,
    load_image,
)
from kernelstudio.core.engine import border_indices
from kernelstudio.core.learn import NormalEquations
from kernelstudio.data import SAMPLE_PHOTO, resource_path
from tests.peers import GMIC, MAGICK, gmic_correlate, needs

FULL = load_image(resource_path(SAMPLE_PHOTO)).pixels
PHOTO = FULL[60:316, 150:406].copy()  # 256 × 256, with dark and bright detail
RNG = np.random.default_rng(15)
SIZES = [3, 5, (3, 7), 4]
MODES = ["shared", "per-channel", "cross-channel"]
CV2_BORDERS = {"reflect101": cv2.BORDER_REFLECT_101, "reflect": cv2.BORDER_REFLECT,
               "replicate": cv2.BORDER_REPLICATE, "constant": cv2.BORDER_CONSTANT}


def shape_of(size):
    return (size, size) if isinstance(size, int) else size


def known_kernel(size, mode, rng=RNG):
    """A kernel of `mode` that keeps a photo mostly in range: near a centred delta."""
    kh, kw = shape_of(size)
    delta = np.zeros((kh, kw))
    delta[kh // 2, kw // 2] = 1
    if mode == "shared":
        return delta + rng.normal(0, 0.08, (kh, kw))
    if mode == "per-channel":
        return delta + rng.normal(0, 0.08, (3, kh, kw))
    kernel = rng.normal(0, 0.04, (3, 3, kh, kw))
    kernel[np.arange(3), np.arange(3)] += delta
    return kernel


def with_opencv(image, kernel, mode, border="reflect101"):
    """`kernel` applied with cv2.filter2D, sums in float64, rounded to 8 bits."""
    planes = image.astype(np.float64)

    def one(plane, weights):
        return cv2.filter2D(plane, cv2.CV_64F, weights, borderType=CV2_BORDERS[border])

    if mode == "shared":
        out = one(planes, kernel)
    elif mode == "per-channel":
        out = np.dstack([one(planes[..., c], kernel[c]) for c in range(3)])
    else:
        out = np.dstack([sum(one(planes[..., j], kernel[i, j]) for j in range(3))
                         for i in range(3)])
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def assert_recovered(fit, kernel, before, after, tolerance=0.01):
    assert fit.kernel.shape == np.shape(kernel)
    assert np.abs(fit.kernel - kernel).max() <= tolerance
    assert fit.warning is None, fit.warning
    again = fit.step.apply(before)
    assert np.abs(again.astype(int) - after).max() <= 1


# The normal equations, against a float64 reference that builds every window ---------------

def reference_systems(before, after, size, mode, border, offset):
    """G and h of every system, from all the windows as one big matrix."""
    kh, kw = shape_of(size)
    height, width, channels = before.shape
    ay, ax = kh // 2, kw // 2
    if border == "valid":
        padded, target = before.astype(float), after[ay : height - kh + 1 + ay,
                                                      ax : width - kw + 1 + ax]
    else:
        rows, rows_out = border_indices(-ay, height - ay + kh - 1, height, border)
        cols, cols_out = border_indices(-ax, width - ax + kw - 1, width, border)
        padded = before[np.ix_(rows, cols)].astype(float)
        if border == "constant":
            padded[rows_out] = 0
            padded[:, cols_out] = 0
        target = after
    out_h, out_w = target.shape[:2]
    windows = np.empty((out_h, out_w, channels, kh, kw))
    for i in range(kh):
        for j in range(kw):
            windows[:, :, :, i, j] = padded[i : i + out_h, j : j + out_w]

    def system(design, values):
        kept = (values > 0) & (values < 255)
        design, values = design[kept], values[kept].astype(float)
        if offset:
            design = np.hstack([design, np.ones((len(design), 1))])
        return design.T @ design, design.T @ values

    if mode == "shared":
        parts = [system(windows[:, :, c].reshape(-1, kh * kw), target[..., c].ravel())
                 for c in range(channels)]
        return [(sum(g for g, _ in parts), sum(h for _, h in parts))]
    if mode == "per-channel":
        return [system(windows[:, :, c].reshape(-1, kh * kw), target[..., c].ravel())
                for c in range(channels)]
    # rows of the kernel, then input channels, then columns: NormalEquations' order
    design = windows.transpose(0, 1, 3, 2, 4).reshape(out_h * out_w, -1)
    return [system(design, target[..., c].ravel()) for c in range(channels)]


@settings(max_examples=60, deadline=None)
@given(height=st.integers(1, 24), width=st.integers(1, 24), kh=st.integers(1, 6),
       kw=st.integers(1, 6), mode=st.sampled_from(MODES),
       border=st.sampled_from(["reflect101", "reflect", "replicate", "wrap", "constant",
                               "valid"]),
       offset=st.booleans(), seed=st.integers(0, 2**32 - 1))
def test_normal_equations_equal_the_reference_exactly(height, width, kh, kw, mode, border,
                                                      offset, seed):
    if border == "valid" and (height < kh or width < kw):
        return
    rng = np.random.default_rng(seed)
    before = rng.integers(0, 256, (height, width, 3)).astype(np.uint8)
    after = rng.integers(0, 256, (height, width, 3)).astype(np.uint8)
    problem = NormalEquations(before, after, (kh, kw), mode=mode, border=border,
                              offset=offset)
    for (gram, right), mine, my_right in zip(
            reference_systems(before, after, (kh, kw), mode, border, offset),
            problem.grams, problem.rights, strict=True):
        np.testing.assert_array_equal(mine, gram)  # whole numbers: exact in float64
        np.testing.assert_array_equal(my_right, right)


@pytest.mark.parametrize("block_bytes", [1500, 40_000])
@pytest.mark.parametrize("mode", MODES)
def test_the_sums_do_not_depend_on_the_blocks(monkeypatch, block_bytes, mode):
    before, after = PHOTO[:90, :110], PHOTO[90:180, 100:210]
    whole = NormalEquations(before, after, (5, 3), mode=mode)
    monkeypatch.setattr(learn, "_BLOCK_BYTES", block_bytes)
    blocks = NormalEquations(before, after, (5, 3), mode=mode)
    for mine, theirs in zip(blocks.grams + blocks.rights, whole.grams + whole.rights,
                            strict=True):
        np.testing.assert_array_equal(mine, theirs)


def test_solution_is_the_least_squares_solution():
    before = RNG.integers(0, 256, (40, 50, 3)).astype(np.uint8)
    after = RNG.integers(0, 256, (40, 50, 3)).astype(np.uint8)
    fit = learn_kernel(before, after, 3, mode="per-channel")
    for channel in range(3):
        gram, right = reference_systems(before, after, 3, "per-channel", "reflect101",
                                        True)[channel]
        expected = np.linalg.solve(gram, right)
        np.testing.assert_allclose(fit.kernel[channel].ravel(), expected[:-1], atol=1e-9)
        assert fit.offset[channel] == pytest.approx(expected[-1], abs=1e-7)


# Known kernels found again ----------------------------------------------------------------

@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", MODES)
def test_kernels_applied_by_kernelstudio_are_found(size, mode):
    kernel = known_kernel(size, mode)
    offset = 3.0 if mode == "shared" else (2.0, -1.5, 4.0)
    after = Step(kernel=kernel, offset=offset).apply(PHOTO)
    fit = learn_kernel(PHOTO, after, size, mode=mode)
    assert_recovered(fit, kernel, PHOTO, after)
    assert np.allclose(fit.offset, offset, atol=0.15)
    assert fit.step.kind == mode
    assert fit.size == shape_of(size)
    assert fit.mode == mode
    assert fit.rmse < 0.5
    assert fit.r2 > 0.9999
    assert fit.psnr > 50
    assert fit.residual.shape == PHOTO.shape
    assert fit.residual.dtype == np.float32


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("border", ["reflect101", "replicate"])
def test_kernels_applied_by_opencv_are_found(size, mode, border):
    kernel = known_kernel(size, mode)
    after = with_opencv(PHOTO, kernel, mode, border)
    fit = learn_kernel(PHOTO, after, size, mode=mode, border=border, offset=False)
    assert_recovered(fit, kernel, PHOTO, after)
    assert fit.offset == (0.0 if mode == "shared" else (0.0,) * 3)


def test_the_residual_is_after_minus_the_step():
    kernel = known_kernel(3, "shared")
    after = with_opencv(PHOTO, kernel, "shared")
    fit = learn_kernel(PHOTO, after, 3)
    made = fit.step.apply(PHOTO).astype(np.float32)
    np.testing.assert_array_equal(fit.residual, after.astype(np.float32) - made)
    assert fit.rmse == pytest.approx(np.sqrt(np.mean(fit.residual.astype(float) ** 2)))


@needs(MAGICK)
@pytest.mark.parametrize("size", [3, 5, (3, 5)])
def test_kernels_applied_by_imagemagick_are_found(tmp_path, size):
    # ImageMagick's Convolve rotates the kernel 180°; Edge is replicate; PPM rounds.
    kh, kw = shape_of(size)
    kernel = known_kernel(size, "shared")
    source, out = tmp_path / "before.png", tmp_path / "after.ppm"
    Image.fromarray(PHOTO).save(source)
    text = f"{kw}x{kh}: " + " ".join(",".join(f"{v:.17g}" for v in row) for row in kernel)
    subprocess.run([MAGICK, source, "-virtual-pixel", "Edge", "-define", "convolve:scale=1",
                    "-morphology", "Convolve", text, f"PPM:{out}"], check=True, timeout=120)
    after = np.asarray(Image.open(out))
    fit = learn_kernel(PHOTO, after, size, border="replicate")
    assert_recovered(fit, kernel[::-1, ::-1], PHOTO, after)


@needs(GMIC)
@pytest.mark.parametrize("size", [3, 5])
def test_kernels_applied_by_gmic_are_found(tmp_path, size):
    kernel = np.round(known_kernel(size, "shared"), 3)
    source = tmp_path / "before.png"
    Image.fromarray(PHOTO).save(source)
    matrix = "(" + ";".join(",".join(f"{v:g}" for v in row) for row in kernel) + ")"
    after = gmic_correlate(source, matrix, tmp_path / "after.png")
    fit = learn_kernel(PHOTO, after, size, border="replicate")
    # G'MIC rounds halves up where kernelstudio rounds them to even: re-applied within 1.
    assert_recovered(fit, kernel, PHOTO, after)


def test_clipped_pixels_do_not_bias_the_fit():
    kernel = np.array([[-1, -1, -1], [-1, 12, -1], [-1, -1, -1]]) / 2.5
    after = with_opencv(PHOTO, kernel, "shared")
    clipped = np.mean((after == 0) | (after == 255))
    assert clipped > 0.15  # a sharpen that clips heavily
    fit = learn_kernel(PHOTO, after, 3)
    assert_recovered(fit, kernel, PHOTO, after)
    # Fitted through the clipped pixels too, the same kernel would come out wrong.
    gram, right = reference_systems(PHOTO, np.where(after == 255, 254, np.maximum(after, 1)),
                                    3, "shared", "reflect101", True)[0]
    naive = np.linalg.solve(gram, right)[:-1].reshape(3, 3)
    assert np.abs(naive - kernel).max() > 0.05


def test_other_borders_and_valid():
    kernel = known_kernel(5, "shared")
    for border in ["reflect", "wrap", "constant"]:
        after = Step(kernel=kernel, border=border).apply(PHOTO)
        assert_recovered(learn_kernel(PHOTO, after, 5, border=border), kernel, PHOTO, after)
    after = Step(kernel=kernel, border="valid").apply(PHOTO)
    framed = PHOTO.copy()
    framed[2:-2, 2:-2] = after
    fit = learn_kernel(PHOTO, framed, 5, border="valid")
    assert np.abs(fit.kernel - kernel).max() <= 0.01
    assert fit.warning is None
    assert not fit.residual[:2].any()
    assert fit.step.border == "valid"


@pytest.mark.parametrize("kind", ["gray", "rgba", "uint16", "float32"])
def test_other_images(kind):
    kernel = known_kernel(3, "shared")
    before = {"gray": PHOTO[..., 1], "uint16": PHOTO.astype(np.uint16) * 257,
              "float32": PHOTO.astype(np.float32) / 255,
              "rgba": np.dstack([PHOTO, RNG.integers(0, 256, PHOTO.shape[:2])]).astype(
                  np.uint8)}[kind]
    after = Step(kernel=kernel, alpha_weighting=False).apply(before)
    fit = learn_kernel(before, after, 3)
    assert np.abs(fit.kernel - kernel).max() <= 0.01
    assert fit.warning is None
    assert fit.residual.shape == before.shape
    if kind == "rgba":  # alpha is neither fitted nor changed
        assert np.array_equal(fit.step.apply(before)[..., 3], before[..., 3])
    per = learn_kernel(before, after, 3, mode="per-channel")
    assert per.kernel.shape[0] == (1 if kind == "gray" else 3)


# Effects that are not kernels -----------------------------------------------------------

def _jpeg(image, quality):
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, "JPEG", quality=quality)
    return np.asarray(Image.open(buffer))


NOT_KERNELS = {
    "gamma": (lambda: np.rint(255 * (PHOTO / 255) ** 1.8).astype(np.uint8), "tone change"),
    "brighter curve": (lambda: np.rint(255 * (PHOTO / 255) ** 0.6).astype(np.uint8),
                       "tone change"),
    "median": (lambda: cv2.medianBlur(PHOTO, 5), "median-like"),
    "shift": (lambda: FULL[67:323, 157:413].copy(), "do not line up"),
    "resize": (lambda: cv2.resize(FULL[60:400, 150:500], None, fx=1.03, fy=1.03,
                                  interpolation=cv2.INTER_AREA)[:256, :256].copy(),
               "moved differently"),
    "noise": (lambda: np.clip(PHOTO + np.random.default_rng(1).normal(0, 6, PHOTO.shape)
                              + 0.5, 0, 255).astype(np.uint8), "random noise"),
    "unrelated": (lambda: np.random.default_rng(2).integers(0, 256, PHOTO.shape).astype(
        np.uint8), "unrelated"),
    "grey": (lambda: np.repeat(cv2.cvtColor(PHOTO, cv2.COLOR_RGB2GRAY)[..., None], 3, 2),
             "cross-channel"),
    "too small": (lambda: Step(kernel=np.ones((7, 7)) / 49).apply(PHOTO), "larger kernel"),
    "cropped apart": (lambda: FULL[61:317, 151:407].copy(), "near its edges"),
}


@pytest.mark.parametrize("name", NOT_KERNELS)
def test_effects_that_are_not_kernels_are_named(name):
    make, words = NOT_KERNELS[name]
    fit = learn_kernel(PHOTO, make(), 3)
    assert fit.warning is not None
    assert words in fit.warning, fit.warning
    assert f"R² {fit.r2:.4f}" in fit.warning or f"R² {fit.r2:.2f}" in fit.warning
    assert fit.warning in fit.verdict


def test_a_cross_channel_mix_is_a_kernel_in_that_mode():
    grey = np.repeat(cv2.cvtColor(PHOTO, cv2.COLOR_RGB2GRAY)[..., None], 3, 2)
    fit = learn_kernel(PHOTO, grey, 1, mode="cross-channel")
    assert fit.warning is None
    assert np.allclose(fit.kernel[0, :, 0, 0], [0.299, 0.587, 0.114], atol=0.01)


def test_lossy_compression_is_not_called_exact():
    after = _jpeg(Step(kernel=np.ones((3, 3)) / 9).apply(PHOTO), 80)
    fit = learn_kernel(PHOTO, after, 3)
    assert "lossy compression" in fit.warning
    assert np.abs(fit.kernel - 1 / 9).max() < 0.05  # still close: the best guess


def test_plain_images_do_not_crash_and_say_why():
    flat = np.full((40, 50, 3), 100, np.uint8)
    fit = learn_kernel(flat, flat, 3)
    assert "too little detail" in fit.warning
    assert np.isfinite(fit.kernel).all()
    clipped = learn_kernel(flat, np.full_like(flat, 255), 3, mode="per-channel")
    assert "clipped" in clipped.warning
    assert not clipped.kernel.any()


# Refusals, cancelling, progress -----------------------------------------------------------

@pytest.mark.parametrize(("before", "after", "error", "words"), [
    (PHOTO, PHOTO[:100], ImageError, "same size"),
    (PHOTO, PHOTO[..., 0], ImageError, "same channels"),
    (PHOTO, np.dstack([PHOTO, PHOTO[..., :1]]), ImageError, "same channels"),
    (PHOTO.astype(np.int32), PHOTO, ImageError, "uint8"),
])
def test_images_that_do_not_match_are_refused(before, after, error, words):
    with pytest.raises(error, match=words):
        learn_kernel(before, after, 3)


@pytest.mark.parametrize(("size", "mode"), [(0, "shared"), (256, "shared"), ("3", "shared"),
                                            ((3, 3, 3), "shared"), (3, "stacked")])
def test_bad_sizes_and_modes_are_refused(size, mode):
    with pytest.raises(KernelError):
        learn_kernel(PHOTO, PHOTO, size, mode=mode)


@pytest.mark.parametrize(("size", "mode", "words"), [
    (255, "shared", "a 255×255 kernel has 65025 weights"),
    ((32, 33), "per-channel", "a 32×33 kernel has 1056 weights"),
    (19, "cross-channel", "a 19×19 kernel from each of 3 channels has 1083 weights"),
])
def test_kernels_too_large_to_learn_are_refused_before_summing(size, mode, words):
    # Summing 255×255 would need G of 65026² float64 entries (34 GB) per system.
    progress = []
    with pytest.raises(KernelError, match=f"{words} to learn, more than the 1024"):
        learn_kernel(PHOTO, PHOTO, size, mode=mode, progress=progress.append)
    assert progress == []


def test_the_largest_kernel_learning_takes():
    small = PHOTO[:40, :50]
    fit = learn_kernel(small, small, 32, mode="per-channel")
    assert fit.kernel.shape == (3, 32, 32)
    assert learn_kernel(small, small, 18, mode="cross-channel").kernel.shape == (3, 3, 18, 18)


def test_cancel_and_progress():
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        learn_kernel(PHOTO, PHOTO, 3, cancel=cancel)
    seen = []
    learn_kernel(PHOTO, PHOTO, 3, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
