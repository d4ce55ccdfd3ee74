"""Recipes: round trips, readability, and a clear error for every way one can be wrong."""

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kernelstudio.core import (
    BORDERS,
    MAX_STEPS,
    PRESETS,
    RecipeError,
    Stack,
    Step,
    dumps_recipe,
    load_recipe,
    loads_recipe,
    save_recipe,
)
from kernelstudio.core import recipe as recipe_module

STACK = Stack((
    Step(preset="gaussian", params={"size": 7, "sigma": 1.5}, name="Soften"),
    Step(kernel=[[1 / 3, -0.1], [2.5, 0]], divisor=2, offset=128, normalize=True, absolute=True,
         flip=True, border="constant", cval=10, channels="rb", opacity=0.3, enabled=False),
    Step(preset="sobel", params={"direction": "left"}),
))


def test_round_trip_through_text_and_file(tmp_path):
    assert loads_recipe(dumps_recipe(STACK)) == STACK
    path = tmp_path / "look.json"
    save_recipe(STACK, path)
    assert load_recipe(path) == STACK


def test_recipe_text_is_versioned_and_readable():
    text = dumps_recipe(STACK)
    data = json.loads(text)
    assert data["format"] == "kernelstudio-recipe"
    assert data["version"] == 3
    rows = "\n        [1, 0, -1],\n        [2, 0, -2],\n        [1, 0, -1]\n      "
    assert f'"kernel": [{rows}]' in text
    assert '"params": {"direction": "left", "edge": 2, "corner": 1}' in text
    assert data["steps"][2]["params"] == {"direction": "left", "edge": 2, "corner": 1}
    assert data["steps"][0]["name"] == "Soften"


def test_minimal_hand_written_recipes_use_defaults():
    stack = loads_recipe('{"steps": [{"kernel": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]},'
                         ' {"preset": "box", "params": {"size": 5}}]}')
    assert stack.steps[0] == Step(kernel=Step(preset="sharpen").kernel)
    assert stack.steps[1].kernel.shape == (5, 5)
    assert stack.steps[1].border == "reflect101"


@st.composite
def steps(draw):
    if draw(st.booleans()):
        preset = draw(st.sampled_from(sorted(PRESETS)))
        fields = {"preset": preset}
    else:
        rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
        values = draw(st.lists(st.floats(-1e3, 1e3), min_size=rows * cols, max_size=rows * cols))
        fields = {"kernel": np.array(values).reshape(rows, cols)}
        if draw(st.booleans()):
            fields["anchor"] = (draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1)))
    return Step(
        **fields,
        divisor=draw(st.floats(0.5, 100)),
        offset=draw(st.floats(-255, 255)),
        normalize=draw(st.sampled_from([False, True, "gimp"])),
        iterations=draw(st.integers(1, 100)),
        linear=draw(st.booleans()),
        alpha_weighting=draw(st.booleans()),
        absolute=draw(st.booleans()),
        flip=draw(st.booleans()),
        border=draw(st.sampled_from(BORDERS)),
        cval=draw(st.floats(0, 255)),
        channels=draw(st.sampled_from(["color", "all", "r", "gba"])),
        opacity=draw(st.floats(0, 1)),
        enabled=draw(st.booleans()),
        name=draw(st.text(max_size=12)),
    )


@given(st.lists(steps(), max_size=4))
def test_any_stack_round_trips_exactly(step_list):
    stack = Stack(tuple(step_list))
    assert loads_recipe(dumps_recipe(stack)) == stack


def test_version_1_recipes_load_without_alpha_weighting_and_give_the_same_pixels():
    # Written by kernelstudio 0.1 before alpha weighting: colour blurred as it was stored.
    old = ('{"format": "kernelstudio-recipe", "version": 1, "steps": [{"kernel": '
           '[[1, 1, 1], [1, 1, 1], [1, 1, 1]], "normalize": true}]}')
    step = loads_recipe(old).steps[0]
    assert not step.alpha_weighting
    photo = np.zeros((5, 5, 4), np.uint8)
    photo[..., 1] = 255  # green everywhere, hidden but for the middle pixel
    photo[2, 2] = (255, 0, 0, 255)
    blurred = step.apply(photo)
    assert blurred[2, 2].tolist() == [28, 227, 0, 255]  # (255 + 8 × 0) / 9, (8 × 255) / 9
    again = loads_recipe(dumps_recipe(loads_recipe(old)))
    assert again.steps[0] == step  # written as version 3 with alpha weighting still off
    assert loads_recipe(old.replace('"version": 1', '"version": 2')).steps[0].alpha_weighting


def test_version_2_options_are_written_and_read():
    stack = Stack((Step(kernel=np.ones((2, 2)), anchor=(0, 0), iterations=3, linear=True,
                        normalize="gimp", alpha_weighting=False),))
    data = json.loads(dumps_recipe(stack))["steps"][0]
    assert (data["anchor"], data["iterations"], data["linear"], data["normalize"],
            data["alpha_weighting"]) == ([0, 0], 3, True, "gimp", False)
    assert loads_recipe(dumps_recipe(stack)) == stack


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON at line 1, column 2"),
        ('{"steps": [}', "not valid JSON at line 1"),
        ("[]", "must be a JSON object"),
        ("{}", "needs a 'steps' list"),
        ('{"steps": {}}', "needs a 'steps' list"),
        ('{"steps": [3]}', "step 1 must be an object"),
        ('{"steps": [{"kernel": [[1]], "opactiy": 1}]}',
         "unknown key 'opactiy'; did you mean 'opacity'"),
        ('{"steps": [{"border": "wrap"}]}', "step 1 needs a 'kernel' or a 'preset'"),
        ('{"steps": [{"kernel": [[1]]}, {"preset": "sharpn"}]}', "step 2: unknown preset"),
        ('{"steps": [{"preset": "box", "params": {"size": 4}}]}', "step 1: box: size must be odd"),
        ('{"steps": [{"preset": "box", "params": [5]}]}', "params must be an object"),
        ('{"steps": [{"kernel": [[1]], "params": {"size": 3}}]}', "params need a preset"),
        ('{"steps": [{"preset": 5}]}', "preset must be a name"),
        ('{"steps": [{"preset": "sharpen", "kernel": [[1]]}]}', "does not match preset sharpen"),
        ('{"steps": [{"kernel": [[NaN]]}]}', "NaN is not a number a recipe may hold"),
        ('{"steps": [{"kernel": [[1e999]]}]}', "finite"),
        ('{"steps": [{"kernel": [[1, 2], [3]]}]}', "same length"),
        ('{"steps": [{"kernel": [["1/16"]]}]}', "must be numbers"),
        ('{"steps": [{"kernel": []}]}', "2-D"),
        ('{"steps": [{"kernel": [[1]], "divisor": 0}]}', "divisor must not be 0"),
        ('{"steps": [{"kernel": [[1]], "divisor": "2"}]}', "divisor must be a number"),
        ('{"steps": [{"kernel": [[1]], "enabled": "yes"}]}', "enabled must be true or false"),
        ('{"steps": [{"kernel": [[1]], "border": "mirror"}]}', "unknown border 'mirror'"),
        ('{"steps": [{"kernel": [[1]], "opacity": 2}]}', "opacity must be between 0 and 1"),
        ('{"steps": [{"kernel": [[1]], "channels": "rgbx"}]}', "channels must be"),
        ('{"version": 4, "steps": []}', "version 4, made by a newer kernelstudio"),
        ('{"version": "1", "steps": []}', "version must be a whole number"),
        ('{"format": "gimp", "steps": []}', "not a kernelstudio recipe"),
        ('{"steps": [], "extra": 1}', "unknown recipe key 'extra'"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ],
)
def test_bad_recipes_name_what_is_wrong(text, message):
    with pytest.raises(RecipeError, match=message.replace("(", r"\(").replace("[", r"\[")):
        loads_recipe(text)


def test_bad_recipe_files(tmp_path):
    with pytest.raises(RecipeError, match=r"cannot read recipe .*missing\.json"):
        load_recipe(tmp_path / "missing.json")
    with pytest.raises(RecipeError, match="cannot read recipe"):
        load_recipe(tmp_path)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(RecipeError, match="not a text file"):
        load_recipe(binary)
    broken = tmp_path / "broken.json"
    broken.write_text('{"steps": [{"kernel": [[1]], "opacity": -1}]}')
    with pytest.raises(RecipeError, match=r"broken.json: step 1: opacity"):
        load_recipe(broken)


def test_huge_files_are_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(recipe_module, "MAX_RECIPE_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text(" " * 101 + "{}")
    with pytest.raises(RecipeError, match="larger than"):
        load_recipe(big)


def test_a_failed_save_leaves_the_old_recipe_intact(tmp_path, monkeypatch):
    path = tmp_path / "look.json"
    save_recipe(Stack((Step(preset="sharpen"),)), path)
    before = path.read_bytes()

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(RecipeError, match="no space left on device"):
        save_recipe(STACK, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["look.json"]


def test_a_recipe_of_too_many_steps_is_refused_before_any_step_is_read():
    text = json.dumps({"steps": [{"preset": "emboss"}] * 300_000})
    with pytest.raises(RecipeError, match=f"at most {MAX_STEPS} steps, got 300000"):
        loads_recipe(text)
