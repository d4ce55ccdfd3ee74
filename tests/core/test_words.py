"""The core's texts go through its one translation hook, fields and decimal point included."""

import pytest

from kernelstudio.core import PRESETS, PresetError, get_preset, kernel_facts, words
from kernelstudio.core.stack import STEP_OPTIONS

FRENCH = {
    ("insight", "brightens by {percent}%"): "éclaircit de {percent} %",
    ("insight", "Scales every pixel by {weight}"): "Multiplie chaque pixel par {weight}",
    ("insight", "{count} pixels up"): "{count} pixels vers le haut",
    ("insight", "{count} pixel left"): "{count} pixel vers la gauche",
    ("insight", "{first} and {second}"): "{first} et {second}",
    ("errors", "{first} or {second}"): "{first} ou {second}",
    ("insight", "Shifts the photo by {moves}"): "Décale la photo de {moves}",
    ("errors", "{where} must be between {minimum} and {maximum}, got {number}"):
        "{where} doit être entre {minimum} et {maximum}, pas {number}",
}


@pytest.fixture
def french():
    words.use_translator(lambda context, text: FRENCH.get((context, text), text), ",")
    yield
    words.use_translator(None)


def test_english_until_a_translator_is_installed():
    assert kernel_facts([[1.255]]).brightness == "brightens by 25.5%"
    assert words.decimal("2.5") == "2.5"


def test_insight_sentences_are_translated_with_the_decimal_comma(french):
    assert kernel_facts([[1.255]]).brightness == "éclaircit de 25,5 %"
    assert kernel_facts([[2.5]]).description == "Multiplie chaque pixel par 2,5"
    assert kernel_facts([[-0.5]]).description == "Multiplie chaque pixel par \u22120,5"


def test_a_shift_is_said_from_translated_parts(french):
    # The one weight sits two rows below the centre and one column right: the photo moves
    # up by two and left by one.
    kernel = [[0] * 3 for _ in range(5)]
    kernel[4][2] = 1
    assert kernel_facts(kernel).description == (
        "Décale la photo de 2 pixels vers le haut et 1 pixel vers la gauche")


def test_an_error_is_translated_with_its_fields(french):
    with pytest.raises(PresetError) as raised:
        get_preset("sharpen").kernel(inner=99)
    assert str(raised.value) == "sharpen: inner doit être entre -20 et 20, pas 99"


def test_symmetry_names_stay_english_data_whatever_the_language(french):
    assert kernel_facts([[1, 2, 1], [0, 0, 0], [-1, -2, -1]]).symmetries == ("mirror left-right",)


def test_stored_texts_are_english_and_are_what_the_catalogue_is_looked_up_by(french):
    # Titles and help texts are stored in English: translated where they are shown.
    assert get_preset("sharpen").title == "Sharpen"
    assert all(preset.title.isascii() for preset in PRESETS.values())
    helps = {option.name: option.metadata["help"] for option in STEP_OPTIONS}
    assert helps["iterations"] == "apply the step N times (1 to {most})"
    assert helps["divisor"] == "divide sums by N"


def test_did_you_mean_offers_its_names_in_the_language(french):
    with pytest.raises(PresetError) as caught:
        get_preset("sharpn")
    assert "did you mean sharpen ou unsharp ou scharr?" in str(caught.value)
