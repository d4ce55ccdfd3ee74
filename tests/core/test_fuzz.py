"""Fuzzing: whatever the input, only kernelstudio's own clear errors come out."""

import contextlib
import io
import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kernelstudio.core import (
    PRESETS,
    ImageFileError,
    KernelError,
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
