"""Every preset against the formula it is named for; edge_enhance against Pillow itself."""

import numpy as np
import pytest
from PIL import Image, ImageFilter

from kernelstudio.core import (
    PRESETS,
    PresetError,
    convolve,
    gaussian_kernel,
    get_preset,
    load_image,
    parse_preset_spec,
)
from kernelstudio.data import SAMPLE_PHOTO, resource_path


def kernel(name, **params):
    return get_preset(name).kernel(params)


@pytest.mark.parametrize("iden", [1, 2, -0.5])
def test_identity(iden):
    expected = np.zeros((3, 3))
    expected[1, 1] = iden
    np.testing.assert_array_equal(kernel("identity", iden=iden), expected)


@pytest.mark.parametrize(("i", "e"), [(5, -1), (9, -2), (3, 0.5)])
def test_sharpen(i, e):
    np.testing.assert_array_equal(kernel("sharpen", inner=i, edge=e),
                                  [[0, e, 0], [e, i, e], [0, e, 0]])


def test_sharpen_defaults():
    np.testing.assert_array_equal(kernel("sharpen"), [[0, -1, 0], [-1, 5, -1], [0, -1, 0]])


def test_blur_defaults_and_tuned():
    np.testing.assert_array_equal(kernel("blur"), np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16)
    np.testing.assert_array_equal(kernel("blur", inner=0.5, edge=0.1, corner=0.0),
                                  [[0, 0.1, 0], [0.1, 0.5, 0.1], [0, 0.1, 0]])


@pytest.mark.parametrize("size", [1, 3, 7, 31])
def test_box(size):
    np.testing.assert_allclose(kernel("box", size=size), np.ones((size, size)) / size**2)


@pytest.mark.parametrize(("size", "sigma"), [(5, 0), (3, 0), (11, 2.5)])
def test_gaussian(size, sigma):
    np.testing.assert_array_equal(kernel("gaussian", size=size, sigma=sigma),
                                  gaussian_kernel(size, sigma))


@pytest.mark.parametrize(("d", "i"), [(2, 1), (3, 0.5)])
def test_emboss(d, i):
    np.testing.assert_array_equal(kernel("emboss", diag=d, iden=i),
                                  [[-d, -i, 0], [-i, i, i], [0, i, d]])


def test_outline():
    o, i = -1, 8
    np.testing.assert_array_equal(kernel("outline"), [[o, o, o], [o, i, o], [o, o, o]])
    np.testing.assert_array_equal(kernel("outline", inner=4, outer=-0.5),
                                  np.where(np.eye(3)[1][:, None] * np.eye(3)[1] > 0, 4, -0.5))


@pytest.mark.parametrize(("e", "c"), [(2, 1), (10, 3)])
def test_sobel_directions(e, c):
    top = [[c, e, c], [0, 0, 0], [-c, -e, -c]]
    left = [[c, 0, -c], [e, 0, -e], [c, 0, -c]]
    np.testing.assert_array_equal(kernel("sobel", direction="top", edge=e, corner=c), top)
    np.testing.assert_array_equal(kernel("sobel", direction="bottom", edge=e, corner=c),
                                  -np.array(top))
    np.testing.assert_array_equal(kernel("sobel", direction="left", edge=e, corner=c), left)
    np.testing.assert_array_equal(kernel("sobel", direction="right", edge=e, corner=c),
                                  -np.array(left))


def test_laplacian():
    expected = -np.ones((5, 5))
    expected[2, 2] = 24
    np.testing.assert_array_equal(kernel("laplacian"), expected)
    assert kernel("laplacian", size=3).sum() == 0


def test_unsharp_is_identity_plus_amount_times_detail():
    amount, size, sigma = 1.5, 7, 1.2
    delta = np.zeros((size, size))
    delta[size // 2, size // 2] = 1
    expected = delta + amount * (delta - gaussian_kernel(size, sigma))
    np.testing.assert_allclose(kernel("unsharp", amount=amount, size=size, sigma=sigma), expected)


@pytest.mark.parametrize("length", [1, 2, 5, 9, 30])
def test_motion_blur_horizontal_and_vertical_are_even_lines(length):
    horizontal = kernel("motion_blur", length=length, angle=0)
    assert horizontal.sum() == pytest.approx(1)
    if length % 2:
        np.testing.assert_allclose(horizontal, np.full((1, length), 1 / length))
    else:  # an even length is centred by halving the two end taps
        assert horizontal.shape == (1, length + 1)
        assert horizontal[0, 0] == pytest.approx(horizontal[0, 1] / 2)
    np.testing.assert_allclose(kernel("motion_blur", length=length, angle=90), horizontal.T)


@pytest.mark.parametrize("angle", [0, 30, 45, 100, -60])
def test_motion_blur_is_a_symmetric_line_at_its_angle(angle):
    weights = kernel("motion_blur", length=11, angle=angle)
    assert weights.sum() == pytest.approx(1)
    assert (weights >= 0).all()
    np.testing.assert_allclose(weights, weights[::-1, ::-1], atol=1e-12)  # centred
    opposite = angle - 180 if angle > 0 else angle + 180
    np.testing.assert_allclose(weights, kernel("motion_blur", length=11, angle=opposite),
                               atol=1e-12)
    rows, cols = np.nonzero(weights > 0.5 * weights.max())
    slope = np.polyfit(cols - cols.mean(), -(rows - rows.mean()), 1)[0] if np.ptp(cols) else None
    if slope is not None:  # the heaviest taps lie along the requested direction
        assert np.degrees(np.arctan(slope)) == pytest.approx(((angle + 90) % 180) - 90, abs=8)


def test_edge_enhance_matches_pillow_on_the_sample_photo():
    photo = load_image(resource_path(SAMPLE_PHOTO)).pixels
    for center, pillow_filter, scale in [(10, ImageFilter.EDGE_ENHANCE, 2),
                                         (9, ImageFilter.EDGE_ENHANCE_MORE, 1)]:
        pillow = np.asarray(Image.fromarray(photo).filter(pillow_filter)).astype(int)
        ours = convolve(photo, kernel("edge_enhance", center=center)).astype(int)
        # Pillow copies the outermost pixels unfiltered, so compare the interior.
        pillow, ours = pillow[1:-1, 1:-1], ours[1:-1, 1:-1]
        # Exact sums in integers: scale * value. Pillow rounds ties (x.5) up, OpenCV and
        # kernelstudio round them to even; everywhere else the results must be identical.
        whole = convolve(photo.astype(np.int64), kernel("edge_enhance", center=center) * scale)
        tie = (whole[1:-1, 1:-1] % scale == 1) & (whole[1:-1, 1:-1] > 0)
        tie &= whole[1:-1, 1:-1] < 255 * scale
        np.testing.assert_array_equal(ours[~tie], pillow[~tie])
        assert (np.abs(ours[tie] - pillow[tie]) <= 1).all()


@pytest.mark.parametrize("preset", PRESETS.values(), ids=lambda p: p.name)
def test_every_preset_declares_sound_parameters(preset):
    for param in preset.params:
        assert param.coerce(param.default, preset.name) == param.default
        if param.kind != "choice":
            assert param.minimum <= param.default <= param.maximum
            assert param.step > 0
        assert param.doc
    weights = preset.kernel()
    assert weights.ndim == 2
    assert np.isfinite(weights).all()
    assert preset.title
    assert preset.doc


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("sharpn", "did you mean sharpen"),
        ("sharpen:inner=50", "between -20 and 20"),
        ("sharpen:strength=2", "no parameter 'strength'"),
        ("sharpen:inner", "name=value"),
        ("sharpen:inner=abc", "is not a number"),
        ("sharpen:inner=1,inner=2", "given twice"),
        ("gaussian:size=4", "odd"),
        ("box:size=2.5", "whole number"),
        ("sobel:direction=up", "top, bottom, left, right"),
        ("motion_blur:angle=inf", "not a finite number"),
    ],
)
def test_bad_preset_specs_say_what_is_wrong(spec, message):
    with pytest.raises(PresetError, match=message):
        parse_preset_spec(spec)


def test_preset_spec_parsing():
    preset, params = parse_preset_spec("Motion-Blur: length = 5 , angle=-1/2")
    assert preset.name == "motion_blur"
    assert params == {"length": 5, "angle": -0.5}
    assert parse_preset_spec("sobel:direction=LEFT")[1]["direction"] == "left"
