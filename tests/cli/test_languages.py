"""The command line speaks zh_CN, fr and ja: from the locale, or from ``--lang``.

The mechanism is proven in this process with a small catalogue of our own; the shipped
catalogues are checked through a real ``kernelstudio``, with the expected texts read from
each language's .ts (so those tests pass once translators have finished the entries).
"""

import contextlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pytest
from catalogues import said, shipped, use_folder, write_catalogue

from kernelstudio import cli
from kernelstudio.core import save_image, words

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
LOCALES = {"zh_CN": "zh_CN.UTF-8", "fr": "fr_FR.UTF-8", "ja": "ja_JP.UTF-8"}

WINDOW_DESCRIPTION = ("A desktop image editor built around convolution kernels. With no FILE "
                      "the window opens on the bundled sample photo.")
APPLY_DESCRIPTION = "Apply presets, kernels and recipes, in the order given, to photos."
APPLY_STEPS = "steps (at least one; applied in the order given)"
SEE_HELP = "{message} (see '{prog} --help')"
REQUIRED = "the following arguments are required: %s"
MISSING = "{name} does not exist"

#: A French catalogue of our own, with translations no English text could be mistaken for.
FRENCH = [
    ("argparse", "usage: ", "utilisation : "),
    ("argparse", "options", "réglages"),
    ("argparse", "show this help message and exit", "afficher cette aide et quitter"),
    ("argparse", REQUIRED, "ces arguments sont obligatoires : %s"),
    ("cli", WINDOW_DESCRIPTION, "Un éditeur d'images bâti autour des noyaux de convolution."),
    ("cli", APPLY_DESCRIPTION, "Appliquer préréglages, noyaux et recettes aux photos."),
    ("cli", APPLY_STEPS, "étapes (au moins une ; dans l'ordre donné)"),
    ("cli", "divide sums by N", "diviser les sommes par N"),
    ("cli", "apply the step N times (1 to {most})", "appliquer l'étape N fois (de 1 à {most})"),
    ("cli", SEE_HELP, "{message} (voir « {prog} --help »)"),
    ("cli", "{count} written", "{count} écrites"),
    ("cli", "{count} skipped", "{count} sautées"),
    ("cli", "{counts} in {seconds} s", "{counts} en {seconds} s"),
    ("errors", MISSING, "{name} n'existe pas"),
    ("presets", "Sharpen", "Netteté"),
    ("presets", "Boosts each pixel against its four neighbours.",
     "Renforce chaque pixel face à ses quatre voisins."),
    ("presets", "centre weight", "poids du centre"),
]


def flat(text: str) -> str:
    """`text` with its white space made single spaces (argparse wraps lines its own way)."""
    return " ".join(text.split())


@pytest.fixture
def locale(monkeypatch):
    """Set the locale variables of this process (and the `kernelstudio` it runs)."""
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)

    def set_locale(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
    return set_locale


@pytest.fixture
def french(monkeypatch, tmp_path, locale):
    """Our small French catalogue (and an empty Japanese one), read by this process."""
    write_catalogue(tmp_path / "kernelstudio_fr.ts", "fr", FRENCH)
    write_catalogue(tmp_path / "kernelstudio_ja.ts", "ja", [])
    use_folder(monkeypatch, tmp_path)
    yield
    words.use_translator(None)


def help_of(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as stopped:
        cli.main(list(argv))
    assert stopped.value.code == 0
    return capsys.readouterr().out


def failure_of(capsys, code, *argv) -> str:
    assert cli.main([str(arg) for arg in argv]) == code
    (line,) = capsys.readouterr().err.splitlines()
    return line


# The mechanism, with our own catalogue -----------------------------------------------------

def test_lang_before_the_command_translates_its_help_and_argparse_words(french, capsys):
    text = help_of(capsys, "--lang", "fr", "apply", "--help")
    assert text.startswith("utilisation : kernelstudio apply ")
    assert "Appliquer préréglages, noyaux et recettes aux photos." in text
    assert "réglages:\n" in text
    assert "\noptions:\n" not in text
    assert "afficher cette aide et quitter" in text
    assert "étapes (au moins une ; dans l'ordre donné):" in text
    assert "diviser les sommes par N" in flat(text)
    assert "appliquer l'étape N fois (de 1 à 100)" in flat(text)
    # What the catalogue does not translate stays English.
    assert "take absolute values (for edge detectors)" in flat(text)


def test_the_locale_chooses_the_language_without_lang(french, locale, capsys):
    locale(LANGUAGE="fr:en", LANG="ja_JP.UTF-8")
    text = help_of(capsys, "--help")
    assert text.startswith("utilisation : ")
    assert "Un éditeur d'images bâti autour des noyaux de convolution." in flat(text)


def test_lang_wins_over_the_locale_and_takes_locale_names(french, locale, capsys):
    locale(LANG="ja_JP.UTF-8")
    assert "Appliquer préréglages" in help_of(capsys, "--lang=fr_CA.UTF-8", "apply", "--help")
    locale(LANG="fr_FR.UTF-8")
    english = help_of(capsys, "--lang", "en", "apply", "--help")
    assert english.startswith("usage: ")
    assert APPLY_DESCRIPTION in english


def test_the_window_takes_lang_among_its_own_arguments(french, capsys):
    assert help_of(capsys, "--help", "--lang", "fr").startswith("utilisation : ")


def test_a_usage_error_is_one_line_in_the_language(french, capsys):
    line = failure_of(capsys, 2, "--lang", "fr", "apply")
    assert line == ("kernelstudio: ces arguments sont obligatoires : INPUT, -o/--output "
                    "(voir « kernelstudio apply --help »)")


def test_a_missing_input_is_one_line_in_the_language(french, capsys, tmp_path):
    missing = tmp_path / "nowhere" / "photo.png"
    line = failure_of(capsys, 1, "--lang", "fr", "apply", missing, "-o", tmp_path / "out.png",
                      "--kernel", "1")
    assert line == f"kernelstudio: {missing} n'existe pas"


def test_the_batch_summary_speaks_the_language_with_its_decimal_comma(french, capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    save_image(folder / "a.png", np.zeros((4, 4, 3), np.uint8))
    assert cli.main(["--lang", "fr", "apply", str(folder), "-o", str(tmp_path / "out"),
                     "--kernel", "1"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    prefix, seconds = line.rsplit(" en ", 1)
    assert prefix == "kernelstudio: 1 écrites, 0 sautées"
    assert seconds.endswith(" s")
    assert "," in seconds
    assert "." not in seconds


def test_presets_lists_titles_descriptions_and_parameters_in_the_language(french, capsys):
    assert cli.main(["--lang", "fr", "presets", "sharpen"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("sharpen: Netteté. Renforce chaque pixel face à ses quatre voisins.")
    # Parameter names and values are typed on the command line: never translated.
    assert "inner=5 (-20..20)" in text


def test_an_unfinished_catalogue_speaks_english(french, capsys):
    text = help_of(capsys, "--lang", "ja", "apply", "--help")
    assert text.startswith("usage: kernelstudio apply ")
    assert APPLY_DESCRIPTION in text


@pytest.mark.parametrize("value", ["de", "xx_YY", "C", ""])
def test_a_language_kernelstudio_does_not_speak_is_one_line_and_status_2(french, capsys, value):
    line = failure_of(capsys, 2, "--lang", value, "apply", "--help")
    assert line == (f"kernelstudio: --lang '{value}' is not a language kernelstudio speaks; "
                    "choose one of en, zh_CN, fr, ja")


def test_lang_without_a_value_is_refused(french, capsys):
    assert failure_of(capsys, 2, "--lang").startswith("kernelstudio: --lang '' is not")


def test_english_help_is_the_same_with_lang_en_and_without(french, capsys):
    for argv in (["--help"], ["apply", "--help"], ["learn", "--help"], ["code", "--help"],
                 ["presets", "--help"]):
        assert help_of(capsys, "--lang", "en", *argv) == help_of(capsys, *argv)


def test_the_help_says_where_lang_goes(capsys):
    text = flat(help_of(capsys, "--help"))
    assert "--lang LANGUAGE" in text
    assert "en, zh_CN, fr, ja" in text
    assert "'kernelstudio --lang fr apply ...'" in text


# The shipped catalogues, through a real kernelstudio -----------------------------------------

def run_in(language: str, way: str, *args):
    """Run kernelstudio in `language`, chosen by the locale or by ``--lang``."""
    env = {name: value for name, value in os.environ.items() if name not in LOCALE_VARIABLES}
    if way == "locale":
        env.update(LANGUAGE=language, LANG=LOCALES[language])
        argv = [*map(str, args)]
    else:
        env["LANG"] = "C.UTF-8"
        argv = ["--lang", language, *map(str, args)]
    return subprocess.run([sys.executable, "-m", "kernelstudio", *argv], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


LANGUAGES_AND_WAYS = pytest.mark.parametrize(
    ("language", "way"), [(language, way) for language in LOCALES for way in ("locale", "--lang")])


@LANGUAGES_AND_WAYS
def test_the_window_help_is_in_the_language(language, way):
    catalogue = shipped(language)
    result = run_in(language, way, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(said(catalogue, "argparse", "usage: "))
    assert flat(said(catalogue, "cli", WINDOW_DESCRIPTION)) in flat(result.stdout)


@LANGUAGES_AND_WAYS
def test_the_apply_help_is_in_the_language(language, way):
    catalogue = shipped(language)
    result = run_in(language, way, "apply", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(said(catalogue, "argparse", "usage: "))
    for text in (APPLY_DESCRIPTION, APPLY_STEPS):
        assert flat(said(catalogue, "cli", text)) in flat(result.stdout)


@LANGUAGES_AND_WAYS
def test_a_usage_error_is_one_line_in_the_language_and_status_2(language, way):
    catalogue = shipped(language)
    result = run_in(language, way, "apply")
    assert result.returncode == 2
    message = said(catalogue, "argparse", REQUIRED) % "INPUT, -o/--output"
    expected = said(catalogue, "cli", SEE_HELP).format(message=message,
                                                       prog="kernelstudio apply")
    assert result.stderr.splitlines() == [f"kernelstudio: {expected}"]


@LANGUAGES_AND_WAYS
def test_a_missing_input_is_one_line_in_the_language_and_status_1(language, way, tmp_path):
    catalogue = shipped(language)
    missing = tmp_path / "nowhere" / "photo.png"
    result = run_in(language, way, "apply", missing, "-o", tmp_path / "out.png", "--kernel", "1")
    assert result.returncode == 1
    expected = said(catalogue, "errors", MISSING).format(name=missing)
    assert result.stderr.splitlines() == [f"kernelstudio: {expected}"]


# Every text the command line looks up is one the catalogues get ---------------------------

def test_every_text_the_command_line_looks_up_is_found_by_lupdate(monkeypatch, tmp_path, capsys):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    catalogue = tmp_path / "found.ts"
    subprocess.run([lupdate, "-extensions", "py", Path(cli.__file__).parent, "-ts", catalogue],
                   check=True, capture_output=True, timeout=300)
    found = set(_sources(catalogue))
    looked_up = set()

    def record(context, text):
        looked_up.add((context, text))
        return text

    monkeypatch.setattr("kernelstudio.cli_language.use_catalogue",
                        lambda language: words.use_translator(record))
    photo = tmp_path / "photo.png"
    save_image(photo, np.zeros((4, 4, 3), np.uint8))
    runs = [["--help"], ["apply", "--help"], ["presets", "--help"], ["code", "--help"],
            ["learn", "--help"], ["presets"], ["apply"], ["aply"], ["--lang", "de"],
            ["apply", photo, "-o", tmp_path / "out.png", "--kernel", "1 2 1 2 4 2 1 2 1"],
            ["apply", photo, tmp_path / "missing.png", "-o", tmp_path / "out",
             "--preset", "sharpen", "--quality", "80"],
            ["apply", photo, "-o", tmp_path / "x.png", "--preset", "sharpen:inner=99"],
            ["learn", photo, photo, "-o", tmp_path / "look.json", "--size", "3"],
            ["code", tmp_path / "look.json", "--to", "magick", "--step", "5"]]
    try:
        for argv in runs:
            with contextlib.suppress(SystemExit):
                cli.main([str(arg) for arg in argv])
    finally:
        words.use_translator(None)
    capsys.readouterr()
    assert len(looked_up) > 100
    assert sorted(looked_up - found) == []


def _sources(path):
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source")
