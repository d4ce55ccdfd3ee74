"""The classic named presets against OpenCV, SciPy, float64 formulas and Pillow itself."""

import math

import cv2
import numpy as np
import pytest
from PIL import Image, ImageFilter
from scipy import integrate, ndimage, special

from kernelstudio.core import (
    PRESETS,
    STEP_OPTIONS,
    PresetError,
    Stack,
    Step,
    convolve,
    get_preset,
    load_image,
    loads_recipe,
    parse_preset_spec,
)
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels
GREY = PHOTO.astype(np.float64).mean(axis=2)
NEW = ("prewitt", "scharr", "kirsch", "roberts", "log", "dog", "binomial", "gabor", "disk",
       "contour", "detail", "smooth", "smooth_more", "find_edges")


def kernel(name, **params):
    return get_preset(name).kernel(params)


def unit_lobes(weights):
    """The stated LoG/DoG scaling, written out again: positives sum to 1, negatives to -1."""
    weights = np.asarray(weights, dtype=np.float64)
    positive = np.where(weights > 0, weights, 0)
    negative = np.where(weights < 0, weights, 0)
    return positive / positive.sum() + negative / -negative.sum()


# OpenCV: dx=1 is positive where the right is brighter, dy=1 where the bottom is.
@pytest.mark.parametrize(("name", "ksize"), [("sobel", 3), ("scharr", cv2.FILTER_SCHARR)])
def test_sobel_and_scharr_are_opencvs_derivative_kernels(name, ksize):
    for direction, (dx, dy) in {"right": (1, 0), "bottom": (0, 1)}.items():
        kx, ky = cv2.getDerivKernels(dx, dy, ksize, ktype=cv2.CV_64F)
        np.testing.assert_array_equal(kernel(name, direction=direction), np.outer(ky, kx))
        opposite = {"right": "left", "bottom": "top"}[direction]
        np.testing.assert_array_equal(kernel(name, direction=opposite), -np.outer(ky, kx))


def test_sobel_and_scharr_filter_the_photo_as_opencv_does():
    for name, filtered in [("scharr", lambda dx, dy: cv2.Scharr(GREY, cv2.CV_64F, dx, dy)),
                           ("sobel", lambda dx, dy: cv2.Sobel(GREY, cv2.CV_64F, dx, dy))]:
        np.testing.assert_allclose(convolve(GREY, kernel(name, direction="right")),
                                   filtered(1, 0), atol=1e-9)
        np.testing.assert_allclose(convolve(GREY, kernel(name, direction="bottom")),
                                   filtered(0, 1), atol=1e-9)


def test_prewitt_is_a_box_across_a_central_difference():
    np.testing.assert_array_equal(kernel("prewitt", direction="right"),
                                  np.outer([1, 1, 1], [-1, 0, 1]))
    np.testing.assert_array_equal(kernel("prewitt", direction="top"),
                                  np.outer([1, 0, -1], [1, 1, 1]))


@pytest.mark.parametrize(("size", "sigma", "theta", "wavelength", "gamma", "psi"), [
    (21, 4.0, 0.0, 10.0, 0.5, 90.0),   # the defaults
    (21, 4.0, 0.0, 10.0, 0.5, 0.0),
    (15, 3.0, 45.0, 8.0, 0.75, 30.0),
    (31, 6.5, 100.0, 12.5, 2.0, -60.0),
    (9, 2.0, -135.0, 4.0, 1.0, 180.0),
    (3, 0.5, 170.0, 3.0, 0.1, -15.0),
])
def test_gabor_is_opencvs(size, sigma, theta, wavelength, gamma, psi):
    ours = kernel("gabor", size=size, sigma=sigma, theta=theta, gamma=gamma, psi=psi,
                  **{"lambda": wavelength})
    # OpenCV takes theta and psi in radians; the preset in degrees.
    theirs = cv2.getGaborKernel((size, size), sigma, math.radians(theta), wavelength, gamma,
                                math.radians(psi), ktype=cv2.CV_64F)
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)


def test_gabor_theta_turns_the_stripes():
    upright = kernel("gabor", psi=0)
    middle = upright.shape[0] // 2
    assert np.ptp(upright[middle, :]) > 1  # the wave runs along the rows
    np.testing.assert_allclose(kernel("gabor", psi=0, theta=90), upright.T, atol=1e-12)


@pytest.mark.parametrize(("size", "sigma"), [(9, 1.4), (5, 1.0), (15, 2.5), (31, 4.0)])
def test_log_is_scipys_laplace_of_gaussian_with_unit_lobes(size, sigma):
    impulse = np.zeros((size, size))
    impulse[size // 2, size // 2] = 1
    # SciPy's 1-D Gaussians are normalised over their radius; with the radius the kernel's,
    # its impulse response is the sampled Laplacian of Gaussian (centre negative).
    response = ndimage.gaussian_laplace(impulse, sigma, mode="constant", radius=size // 2)
    ours = kernel("log", size=size, sigma=sigma)
    np.testing.assert_allclose(ours, unit_lobes(-response), rtol=0, atol=1e-12)
    assert ours[size // 2, size // 2] == ours.max()
    assert ours.max() > 0
    assert ours.sum() == pytest.approx(0, abs=1e-12)


def test_a_log_window_too_small_for_its_ring_is_a_blur():
    weights = kernel("log", size=3, sigma=2)
    assert (weights > 0).all()
    assert weights.sum() == pytest.approx(1)


@pytest.mark.parametrize(("size", "sigma1", "sigma2"), [(9, 1.0, 1.6), (5, 0.8, 2.0),
                                                        (15, 3.0, 1.5)])
def test_dog_is_two_normalised_gaussians_differenced(size, sigma1, sigma2):
    offsets = np.arange(size) - size // 2
    squared = np.add.outer(offsets**2, offsets**2)

    def gaussian(sigma):
        weights = np.exp(-squared / (2 * sigma * sigma))
        return weights / weights.sum()

    ours = kernel("dog", size=size, sigma1=sigma1, sigma2=sigma2)
    np.testing.assert_allclose(ours, unit_lobes(gaussian(sigma1) - gaussian(sigma2)),
                               rtol=0, atol=1e-12)
    assert (ours[size // 2, size // 2] > 0) == (sigma1 < sigma2)


@pytest.mark.parametrize("size", [1, 3, 5, 9, 31])
def test_binomial_is_pascals_triangle(size):
    row = special.comb(size - 1, np.arange(size), exact=False)
    np.testing.assert_array_equal(kernel("binomial", size=size),
                                  np.outer(row, row) / np.outer(row, row).sum())


def _covered(radius, top, left):
    """The area of the unit cell at (top, left) inside the circle, by SciPy's quadrature."""
    def height(x):
        half = math.sqrt(max(radius * radius - x * x, 0.0))
        return max(0.0, min(top + 1, half) - max(top, -half))
    area, _ = integrate.quad(height, left, left + 1, epsabs=1e-13,
                             points=[x for x in (-radius, radius) if left < x < left + 1])
    return area


@pytest.mark.parametrize("radius", [0.5, 1.0, 1.5, 2.3, 3.7, 6.0])
def test_disk_weighs_each_cell_by_the_area_it_covers(radius):
    weights = kernel("disk", radius=radius)
    half = weights.shape[0] // 2
    expected = np.array([[_covered(radius, row - half - 0.5, col - half - 0.5)
                          for col in range(2 * half + 1)] for row in range(2 * half + 1)])
    assert expected.sum() == pytest.approx(math.pi * radius * radius, rel=1e-9)
    np.testing.assert_allclose(weights, expected / expected.sum(), rtol=0, atol=1e-10)
    assert (expected[[0, -1], :] > 0).any()  # no empty rim: the kernel is as small as it can be


def test_disk_grows_smoothly_with_the_radius():
    # A rim cell fills up against the (always full) centre cell as the radius grows.
    rim = [weights[0, 2] / weights[2, 2]
           for weights in (kernel("disk", radius=radius) for radius in (2.0, 2.1, 2.2, 2.3))]
    assert rim == sorted(rim)
    assert len(set(rim)) == 4


@pytest.mark.parametrize(("name", "pillow", "margin"), [
    ("contour", ImageFilter.CONTOUR, 1),
    ("find_edges", ImageFilter.FIND_EDGES, 1),
    ("detail", ImageFilter.DETAIL, 1),
    ("smooth", ImageFilter.SMOOTH, 1),
    ("smooth_more", ImageFilter.SMOOTH_MORE, 2),
])
def test_pillow_built_ins_match_pillow_on_the_photo(name, pillow, margin):
    step = Step.from_preset(name)
    theirs = np.asarray(Image.fromarray(PHOTO).filter(pillow)).astype(int)
    ours = Stack((step,)).apply(PHOTO).astype(int)
    # Pillow copies its outer 1 (3×3) or 2 (5×5) pixels unfiltered: compare the interior.
    inner = (slice(margin, -margin), slice(margin, -margin))
    ours, theirs = ours[inner], theirs[inner]
    # Pillow rounds halves up, kernelstudio (as OpenCV) to even: where the exact sum over
    # the divisor ends in .5 they may differ by one level; everywhere else not at all.
    whole = convolve(PHOTO.astype(np.int64), step.kernel)[inner]
    tie = 2 * (whole % int(step.divisor)) == step.divisor
    np.testing.assert_array_equal(ours[~tie], theirs[~tie])
    assert (np.abs(ours[tie] - theirs[tie]) <= 1).all()
    assert tie.any() == (step.divisor in (6, 100))  # 13 is odd, 1 never leaves a half


def test_contour_is_dark_lines_on_white():
    flat = np.full((8, 8, 3), 90, np.uint8)
    assert (Stack((Step.from_preset("contour"),)).apply(flat) == 255).all()


@pytest.mark.parametrize("name", NEW)
def test_every_new_preset_has_a_source_and_a_family(name):
    preset = get_preset(name)
    assert preset.source
    assert preset.family in ("Blur", "Sharpen", "Edges", "Effects")
    assert set(preset.options) <= {option.name for option in STEP_OPTIONS}


@pytest.mark.parametrize("preset", PRESETS.values(), ids=lambda p: p.name)
def test_every_preset_builds_at_its_range_ends_and_every_choice(preset):
    for param in preset.params:
        values = param.choices or (param.minimum, param.maximum)
        for value in values:
            weights = preset.kernel({param.name: value})
            assert np.isfinite(weights).all(), (param.name, value)
            assert np.abs(weights).sum() > 0, (param.name, value)


@pytest.mark.parametrize(("spec", "message"), [
    ("prewitt:direction=top_left", "top, bottom, left, right"),
    ("prewitt:edge=2", "no parameter 'edge'"),
    ("scharr:direction=up", "must be one of"),
    ("kirsch:direction=north", "top, top_right, right"),
    ("roberts:direction=top", "top_left, top_right, bottom_left, bottom_right"),
    ("laplacian:form=diamond", "square, cross"),
    ("log:sigma=0", "between 0.1 and 20"),
    ("log:size=8", "odd"),
    ("dog:sigma1=1.6", "must differ"),
    ("dog:sigma2=-1", "between 0.1 and 20"),
    ("binomial:size=33", "between 1 and 31"),
    ("gabor:gamma=0", "between 0.1 and 5"),
    ("gabor:lambda=2", "between 3 and 64"),
    ("gabor:theta=400", "between -180 and 180"),
    ("gabor:psi=nan", "not a finite number"),
    ("disk:radius=0", "between 0.5 and 15"),
    ("contour:size=3", r"no parameter 'size' \(parameters: none\)"),
])
def test_bad_parameters_of_the_new_presets_say_what_is_wrong(spec, message):
    def build():
        preset, params = parse_preset_spec(spec)
        return Step.from_preset(preset.name, params)

    with pytest.raises(PresetError, match=message):
        build()


def test_directions_may_be_written_with_a_hyphen_or_a_space():
    assert parse_preset_spec("kirsch:direction=Top-Right")[1]["direction"] == "top_right"
    assert get_preset("roberts").resolve({"direction": "bottom left"}) == {
        "direction": "bottom_left"}


@pytest.mark.parametrize("size", [3, 5, 7])
def test_recipes_saved_before_the_form_parameter_give_the_same_laplacian(size):
    (step,) = loads_recipe(
        f'{{"steps": [{{"preset": "laplacian", "params": {{"size": {size}}}}}]}}').steps
    expected = -np.ones((size, size))
    expected[size // 2, size // 2] = size * size - 1
    np.testing.assert_array_equal(step.kernel, expected)
    assert step.params["form"] == "square"


def test_the_laplacians_cross_form():
    np.testing.assert_array_equal(kernel("laplacian", size=3, form="cross"),
                                  [[0, -1, 0], [-1, 4, -1], [0, -1, 0]])
    five = kernel("laplacian", size=5, form="cross")
    assert five[2, 2] == 8
    assert (five[2] == -1).sum() == 4
    assert (five[0, 0], five[0, 2]) == (0, -1)


def test_a_preset_brings_its_step_options_and_what_is_given_wins():
    assert Step.from_preset("contour").offset == 255
    assert Step.from_preset("contour", offset=10).offset == 10
    assert Step.from_preset("smooth").divisor == 13
    assert Step(preset="smooth").divisor == 1  # a recipe's step is as written


def test_choosing_another_preset_takes_the_old_ones_options_away():
    contour = Step.from_preset("contour", opacity=0.5, border="wrap")
    sharpen = contour.choose(preset="sharpen")
    assert (sharpen.offset, sharpen.opacity, sharpen.border) == (0, 0.5, "wrap")
    assert contour.replace(offset=40).choose(preset="sharpen").offset == 40  # the user's own
    assert Step.from_preset("detail").choose(preset="smooth").divisor == 13
    assert Step.from_preset("detail").choose(kernel=np.ones((1, 3))).divisor == 1
    assert Step.from_preset("sharpen", offset=7).choose(preset="detail").offset == 7


@pytest.mark.parametrize("size", [3, 5, 9, 31])
def test_log_holds_both_signs_only_while_sigma_is_under_half_its_width_as_its_doc_says(size):
    def signs(sigma):
        kernel = Step.from_preset("log", {"size": size, "sigma": sigma}).kernel
        return bool((kernel > 1e-12).any()), bool((kernel < -1e-12).any())

    assert signs((size - 1) / 2 * 0.98) == (True, True)
    assert False in signs((size - 1) / 2)
    assert "sigma < (size − 1) / 2" in next(
        param.doc for param in get_preset("log").params if param.name == "sigma")
