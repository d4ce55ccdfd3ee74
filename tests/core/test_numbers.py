"""The one number reader: what people type is read, extremes are refused in bounded time."""

import json
import re
from fractions import Fraction

import numpy as np
import pytest
from harness import finishes

from kernelstudio.core import (
    MAX_NUMBER_TEXT,
    KernelError,
    PresetError,
    RecipeError,
    Step,
    StepError,
    get_preset,
    loads_recipe,
    parse_kernel_text,
    parse_number,
    parse_preset_spec,
    real_number,
    shown,
)
from kernelstudio.core.numbers import read_json

#: Longest message any refusal below may give.
SHORT = 200
#: What the recipe reader says of numbers JSON has and recipes do not, and of deep nesting.
RECIPE_NOT_HELD = "{name} is not a number a recipe may hold; use finite numbers"
RECIPE_TOO_DEEP = "the recipe is nested too deeply to be a recipe"


@pytest.mark.parametrize(("text", "value"), [
    ("2", 2.0), ("-0.5", -0.5), (" 1/16 ", 0.0625), ("\u22123", -3.0), ("1e-3", 0.001),
    ("+.5", 0.5), ("1_000", 1000.0), ("1.5/3", 0.5), ("-1/-4", 0.25), ("1 / 8", 0.125),
    ("0e-999999999", 0.0), ("-0", -0.0), ("5e-324", 5e-324), ("1.7976931348623157e308",
                                                              1.7976931348623157e308),
])
def test_what_people_type_is_read(text, value):
    assert parse_number(text) == value


def test_a_fraction_of_whole_numbers_is_rounded_once_from_its_exact_value():
    # float(2**60 + 1) / float(3) rounds twice; the exact quotient rounds once.
    text = f"{2**60 + 1}/3"
    assert parse_number(text) == float(Fraction(2**60 + 1, 3))


EXTREMES = {
    "huge negative exponent": ("1e-99999999", "closer to 0 than any number can be"),
    "huge exponent": ("1e99999999", "not a finite number"),
    "beyond float": ("1e400", "not a finite number"),
    "fraction beyond float": ("1e300/1e-300", "not a finite number"),
    "fraction that reads as 0": ("1e-300/1e300", "closer to 0"),
    "thousands of digits": ("9" * 5000, "too long for a number"),
    "long decimal": ("0." + "1" * 64, "too long for a number"),
    "infinity": ("inf", "not a finite number"),
    "minus infinity": ("\u2212Infinity", "not a finite number"),
    "nan": ("NaN", "not a finite number"),
    "word": ("lots", "is not a number"),
    "two slashes": ("1/2/3", "is not a number"),
    "hex": ("0x10", "is not a number"),
    "digits of another script": ("\u0661e-400", "is not a number"),
    "by zero": ("1/0", "divides by zero"),
    "by a zero decimal": ("1/0.0e5", "divides by zero"),
    "empty": ("", "is not a number"),
}


@pytest.mark.parametrize(("text", "message"), EXTREMES.values(), ids=EXTREMES)
def test_extremes_are_refused_quickly_with_a_short_message(text, message):
    with pytest.raises(StepError, match=message) as caught:
        finishes(lambda: parse_number(text, "--divisor", error=StepError))
    said = str(caught.value)
    assert len(said) < SHORT
    assert "\n" not in said
    assert "(--divisor)" in said


def test_the_text_bound_counts_the_number_not_the_spaces_around_it():
    number = "1" * MAX_NUMBER_TEXT
    assert parse_number(f"   {number}   ") == float(number)
    with pytest.raises(KernelError, match="at most 64 characters"):
        parse_number(number + "1")


def test_a_value_that_is_not_text_is_refused():
    with pytest.raises(KernelError, match="is not text"):
        parse_number(3)


@pytest.mark.parametrize(("value", "message"), [
    (True, "must be a number, got True"),
    ("2", "must be a number, got '2'"),
    ([1], "must be a number"),
    (10**400, "a whole number of 401 digits"),
    (2**1024 - 1, "must be a finite number"),  # beyond the largest float, by less than one bit
    (float("inf"), "must be a finite number"),
    (np.float32("nan"), "must be a finite number"),
])
def test_real_numbers_refuse_what_is_not_a_finite_float(value, message):
    with pytest.raises(StepError, match=message):
        real_number(value, "opacity", error=StepError)


def test_real_numbers_take_python_and_numpy_numbers():
    assert real_number(np.int64(3), "size") == 3.0
    assert real_number(10**300, "size") == 1e300


def test_messages_quote_long_values_cut_short():
    assert shown("x" * 100) == repr("x" * 24 + "…")
    assert shown(10**5000) == "a whole number of 5001 digits"
    assert len(shown([10**5000, "y" * 1000, {"a": [[[1]]]}] * 100)) < SHORT


@pytest.mark.parametrize(("text", "message"), [
    ("[1e400]", "not a finite number"),
    ("[" + "9" * 5000 + "]", "5000 digits is too long"),
    ("[-1e-99999999]", "closer to 0"),
    ("[Infinity]", "Infinity is not a number a recipe may hold"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("[1,", "not valid JSON at line 1"),
])
def test_json_numbers_are_bounded_too(text, message):
    with pytest.raises(RecipeError, match=message) as caught:
        finishes(lambda: read_json(text, RecipeError, not_held=RECIPE_NOT_HELD,
                                   too_deep=RECIPE_TOO_DEEP))
    assert len(str(caught.value)) < SHORT


def test_json_reads_back_what_it_writes():
    values = [5e-324, 1.7976931348623157e308, -0.0, 2**53, 0.1]
    assert read_json(json.dumps(values), RecipeError, not_held=RECIPE_NOT_HELD,
                     too_deep=RECIPE_TOO_DEEP) == values


# The places that read numbers all use the reader: the same extremes, the same refusals.

def test_preset_parameters_are_read_in_bounded_time():
    with pytest.raises(PresetError, match="closer to 0"):
        finishes(parse_preset_spec, "gaussian:sigma=1e-99999999")


@pytest.mark.parametrize(("spec", "message"), [
    ("gaussian:size=1e300", "between 1 and 31, got 1e+300"),
    ("box:size=99999999999", "between 1 and 31, got 99999999999"),
    ("motion_blur:length=1e308", "between 1 and 31, got 1e+308"),
    ("box:size=" + "9" * 5000, "too long for a number"),
])
def test_overflowing_preset_parameters_are_short_preset_errors(spec, message):
    with pytest.raises(PresetError, match=re.escape(message)) as caught:
        parse_preset_spec(spec)
    assert len(str(caught.value)) < SHORT


@pytest.mark.parametrize("sigma", ["1e-320", "1e-200", "1e-160", "0.01"])
def test_a_tiny_sigma_makes_a_sharp_gaussian_not_a_division_by_zero(sigma):
    preset, params = parse_preset_spec(f"unsharp:sigma={sigma}")
    centre_only = np.zeros((5, 5))
    centre_only[2, 2] = 1
    np.testing.assert_array_equal(preset.kernel(params), centre_only)


def test_preset_parameters_given_as_values_are_checked_as_numbers():
    with pytest.raises(PresetError, match="a whole number of 5001 digits"):
        get_preset("box").kernel(size=10**5000)
    with pytest.raises(PresetError, match="must be one of top, bottom"):
        get_preset("sobel").kernel(direction=10**5000)


def test_step_options_refuse_numbers_beyond_float_range():
    with pytest.raises(StepError, match="divisor must be a finite number"):
        Step(kernel=[[1]], divisor=10**400)


def test_kernel_text_cells_are_read_in_bounded_time():
    with pytest.raises(KernelError, match=r"\(row 1, column 2\) is closer to 0"):
        finishes(parse_kernel_text, "1 1e-99999999 1")


@pytest.mark.parametrize(("document", "message"), [
    ('{"steps": [{"kernel": [[1e400]]}]}', "not a finite number"),
    ('{"steps": [{"preset": "box", "params": {"size": 1e-99999999}}]}', "closer to 0"),
    ('{"steps": [{"kernel": [[1]], "divisor": ' + "9" * 5000 + "}]}", "too long"),
    ('{"steps": [{"preset": "box", "params": {"size": "1e-99999999"}}]}', "closer to 0"),
    ('{"steps": [{"kernel": [[1]], "opacity": ' + "[" * 500 + "]" * 500 + "}]}", "opacity"),
    ('{"format": "' + "x" * 5000 + '", "steps": []}', "format is 'xxxx"),
    ('{"steps": [{"kernel": ' + "[" * 40 + "1" + "]" * 40 + "}]}", "got 40 dimensions"),
])
def test_recipes_refuse_extreme_numbers_with_short_recipe_errors(document, message):
    with pytest.raises(RecipeError, match=message) as caught:
        finishes(loads_recipe, document)
    assert len(str(caught.value)) < SHORT
