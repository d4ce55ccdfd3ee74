"""Fuzzing: whatever the input, only kernelstudio's own clear errors come out."""

import contextlib
import io
import json

import numpy as np
from harness import finishes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kernelstudio.core import (
    PRESETS,
    ImageFileError,
    KernelError,
    KernelStudioError,
    PresetError,
    RecipeError,
    Step,
    get_preset,
    load_image,
    loads_recipe,
    parse_kernel_text,
    parse_preset_spec,
)

NUMBER_TEXT = st.sampled_from(["1", "-2", "0.5", "1/16", "−3", "1e3", "nan", "inf", "1/0", "x",
                               "", " ", ";", ",", "\n", "[", "]", "np.array(", ")", "/", "."])


@given(st.one_of(st.text(max_size=200), st.lists(NUMBER_TEXT, max_size=40).map(" ".join)))
def test_kernel_text_parser(text):
    try:
        kernel = parse_kernel_text(text)
    except KernelError:
        return
    assert kernel.ndim == 2
    assert kernel.size >= 1
    assert np.isfinite(kernel).all()


@given(st.text(max_size=120))
def test_preset_spec_parser(text):
    try:
        preset, params = parse_preset_spec(text)
    except PresetError:
        return
    assert preset.kernel(params).ndim == 2


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                         st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12))
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.text(max_size=10), inner, max_size=5)),
    max_leaves=25,
)


@given(st.sampled_from(sorted(PRESETS)), st.dictionaries(
    st.sampled_from(["size", "sigma", "inner", "edge", "corner", "iden", "diag", "outer",
                     "direction", "center", "length", "angle", "amount", "nope"]),
    JSON_VALUES, max_size=4))
def test_preset_parameters(name, params):
    try:
        weights = get_preset(name).kernel(params)
    except PresetError:
        return
    assert np.isfinite(weights).all()


STEP_KEYS = ["kernel", "preset", "params", "divisor", "offset", "normalize", "absolute", "flip",
             "border", "cval", "channels", "opacity", "enabled", "name", "extra"]
STEPS = st.dictionaries(st.sampled_from(STEP_KEYS), JSON_VALUES, max_size=6)
RECIPES = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries({"steps": st.lists(STEPS, max_size=4)},
                          optional={"format": JSON_VALUES, "version": JSON_VALUES}),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(RECIPES)
def test_recipe_loader_on_json_documents(document):
    try:
        stack = loads_recipe(json.dumps(document))
    except RecipeError:
        return
    assert all(isinstance(step, Step) for step in stack.steps)


@given(st.text(max_size=300))
def test_recipe_loader_on_any_text(text):
    with contextlib.suppress(RecipeError):
        loads_recipe(text)


# Extreme numbers: huge exponents, thousands of digits, beyond float range, too small to
# tell from 0. Written as text, as a person or a file writes them (JSON cannot hold them as
# Python values: json.dumps refuses whole numbers past 4300 digits).
DIGITS = st.text("0123456789", min_size=1, max_size=6000)
EXPONENTS = st.one_of(st.integers(-400, 400), st.integers(-10**12, 10**12))
JSON_NUMBERS = st.one_of(
    st.builds("{}{}e{}".format, st.sampled_from(["", "-"]), DIGITS, EXPONENTS),
    st.builds("{}{}.{}e{}".format, st.sampled_from(["", "-"]), DIGITS, DIGITS, EXPONENTS),
    st.builds("{}{}".format, st.sampled_from(["", "-"]), DIGITS),
    st.sampled_from(["1e400", "-1e400", "1e-400", "1e-99999999", "1e99999999", "5e-324",
                     "1.7976931348623157e308", "2.2250738585072014e-308", "0e99999999"]),
)
EXTREME_NUMBERS = st.one_of(
    JSON_NUMBERS,
    st.builds("{}/{}".format, JSON_NUMBERS, JSON_NUMBERS),
    st.sampled_from(["inf", "-inf", "nan", "Infinity", "−inf", "1/1e-400", "1e300/1e-300",
                     "1e-300/1e300", "1_0e1_0", "−1e-99999999"]),
)


def _short_error(call, *args):
    """`call(*args)`, which must finish; a kernelstudio error it raises must be one short
    line, and is returned."""
    try:
        return finishes(call, *args)
    except KernelStudioError as exc:
        message = str(exc)
        assert "\n" not in message
        assert len(message) < 400, message
        return exc


@given(st.lists(st.one_of(EXTREME_NUMBERS, NUMBER_TEXT), min_size=1, max_size=12),
       st.sampled_from([" ", ", ", "; "]))
def test_kernel_text_with_extreme_numbers(values, separator):
    outcome = _short_error(parse_kernel_text, separator.join(values))
    if isinstance(outcome, KernelStudioError):
        assert isinstance(outcome, KernelError)
    else:
        assert np.isfinite(outcome).all()


@given(st.sampled_from(sorted(PRESETS)),
       st.sampled_from(["size", "sigma", "inner", "edge", "length", "angle", "amount",
                        "center", "iden"]),
       EXTREME_NUMBERS)
def test_preset_specs_with_extreme_numbers(name, param, number):
    outcome = _short_error(lambda: get_preset(name).kernel(
        parse_preset_spec(f"{name}:{param}={number}")[1]))
    if isinstance(outcome, KernelStudioError):
        assert isinstance(outcome, (PresetError, KernelError))
    else:
        assert np.isfinite(outcome).all()


RECIPE_TEMPLATES = [
    '{{"steps": [{{"kernel": [[{0}, 1], [1, {0}]]}}]}}',
    '{{"steps": [{{"kernel": [[1]], "divisor": {0}}}]}}',
    '{{"steps": [{{"kernel": [[1]], "offset": {0}, "cval": {0}, "opacity": {0}}}]}}',
    '{{"steps": [{{"preset": "gaussian", "params": {{"size": {0}, "sigma": {0}}}}}]}}',
    '{{"steps": [{{"preset": "motion_blur", "params": {{"length": {0}}}}}]}}',
    '{{"steps": [{{"preset": "sharpen", "params": {{"inner": "{0}"}}}}]}}',
    '{{"version": {0}, "steps": []}}',
    '{{"steps": [{{"kernel": [[1]], "enabled": {0}, "name": {0}}}]}}',
]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RECIPE_TEMPLATES), JSON_NUMBERS)
def test_recipes_with_extreme_numbers(template, number):
    outcome = _short_error(loads_recipe, template.format(number))
    if isinstance(outcome, KernelStudioError):
        assert isinstance(outcome, RecipeError)
    else:
        assert all(np.isfinite(step.kernel).all() for step in outcome.steps)


@given(st.integers(1, 3000), st.sampled_from(["[", '{"a": ', '{"steps": [']))
def test_recipes_nested_deeply(depth, opening):
    closing = {"[": "]", '{"a": ': "}", '{"steps": [': "]}"}[opening]
    outcome = _short_error(loads_recipe, opening * depth + "1" + closing * depth)
    assert isinstance(outcome, RecipeError)


def _valid_files() -> list[bytes]:
    pixels = np.random.default_rng(3).integers(0, 256, (12, 17, 3), dtype=np.uint8)
    files = []
    for fmt, mode, options in [("PNG", "RGB", {}), ("PNG", "I;16", {}), ("JPEG", "RGB", {}),
                               ("BMP", "RGB", {}), ("TIFF", "RGB", {"compression": "tiff_lzw"}),
                               ("WEBP", "RGBA", {"lossless": True}), ("PNG", "P", {})]:
        image = Image.fromarray(pixels)
        image = image.convert(mode) if mode not in ("RGB",) else image
        buffer = io.BytesIO()
        image.save(buffer, format=fmt, **options)
        files.append(buffer.getvalue())
    return files


VALID = _valid_files()


@st.composite
def mutated_files(draw):
    data = bytearray(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["flip", "truncate", "insert", "zero", "append"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "truncate":
            del data[position:]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "zero" and data:
            data[position] = 0
        else:
            data += draw(st.binary(max_size=32))
    return bytes(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_files())
def test_image_loader_on_mutated_files(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "photo.png"
    path.write_bytes(data)
    try:
        photo = load_image(path)
    except ImageFileError as exc:
        message = str(exc)  # a sentence for people, naming the file
        assert "photo.png" in message
        return
    assert photo.pixels.ndim in (2, 3)
    assert photo.pixels.size > 0
