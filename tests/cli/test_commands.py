"""The user's presets on the command line, misspelled commands, and kernel text hints."""

import json

import numpy as np
import pytest
from commandline import one_line, run

from kernelstudio import cli
from kernelstudio.core import (
    PRESETS,
    Stack,
    Step,
    UserPresetStore,
    load_image,
    parse_kernel_text,
    save_image,
    words,
)
from kernelstudio.data import SAMPLE_PHOTO, resource_path

PHOTO = load_image(resource_path(SAMPLE_PHOTO)).pixels[:90, :120]
TILTED = np.array([[1.0, 2, 0], [0, 1 / 3, 0], [0, -1, -2]])


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, PHOTO)
    return path


@pytest.fixture
def saved():
    """Presets as the window saves them (this test's app-data folder, see conftest)."""
    store = UserPresetStore()
    store.save("Tilted edge", TILTED)
    store.save("Soft", np.full((3, 3), 1 / 9))
    return store


def test_presets_lists_the_users_presets_after_the_built_in_ones(saved):
    result = run("presets")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    assert text.index("unsharp: ") < text.index("Tilted edge: your preset") < text.index(
        "Soft: your preset")
    assert f"Your presets are kept in {saved.path}." in text
    one = run("presets", "tilted EDGE")
    assert one.stdout.startswith("Tilted edge: your preset, saved in the window.\n"
                                 "  parameters: none\n")
    np.testing.assert_array_equal(parse_kernel_text("\n".join(one.stdout.splitlines()[2:])),
                                  TILTED)


def test_without_user_presets_the_list_is_the_built_in_one():
    text = run("presets").stdout
    assert "your preset" not in text
    assert text.count("\n  parameters: ") == len(PRESETS)


def test_apply_runs_a_user_preset_with_the_step_options(saved, photo, tmp_path):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, "--preset", "tilted edge", "--abs", "--offset", 10,
                 "--preset", "sharpen")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    expected = Stack((Step(kernel=TILTED, absolute=True, offset=10),
                      Step(preset="sharpen", absolute=True, offset=10))).apply(PHOTO)
    np.testing.assert_array_equal(load_image(out).pixels, expected)


def test_a_built_in_preset_wins_over_a_user_preset_of_its_name(app_data, photo, tmp_path):
    # An older window could save such a name; the file keeps it, --preset picks the built-in.
    app_data.mkdir(parents=True)
    (app_data / "presets.json").write_text(json.dumps(
        [{"name": "Sharpen", "kernel": "0 0 0; 0 2 0; 0 0 0"}]))
    out = tmp_path / "out.png"
    assert run("apply", photo, "-o", out, "--preset", "Sharpen").returncode == 0
    np.testing.assert_array_equal(load_image(out).pixels,
                                  Stack((Step(preset="sharpen"),)).apply(PHOTO))
    listed = run("presets").stdout
    assert "Sharpen: your preset, saved in the window. Its name is a built-in preset's" in listed


def test_parameters_on_a_user_preset_are_refused(saved, photo, tmp_path):
    line = one_line(run("apply", photo, "-o", tmp_path / "o.png", "--preset", "Soft:size=5"), 2)
    assert "'Soft' is your own preset, a fixed kernel; it takes no parameters" in line
    assert not (tmp_path / "o.png").exists()


def test_an_unknown_preset_suggests_the_users_too(saved, photo, tmp_path):
    line = one_line(run("apply", photo, "-o", tmp_path / "o.png", "--preset", "Tilted edgy"), 2)
    assert "did you mean 'Tilted edge'?" in line
    assert "yours: 'Tilted edge', 'Soft'" in line
    line = one_line(run("presets", "sofft"), 2)
    assert "did you mean 'Soft'?" in line


def test_a_damaged_presets_file_is_reported_not_fatal(app_data, photo, tmp_path):
    app_data.mkdir(parents=True)
    (app_data / "presets.json").write_text("{ not json")
    listed = run("presets")
    assert listed.returncode == 0
    assert "box: Box blur." in listed.stdout
    note = one_line(listed, 0)
    assert note.startswith("kernelstudio: note: ")
    assert "presets.json is damaged" in note
    assert run("apply", photo, "-o", tmp_path / "a.png", "--preset", "box").stderr == ""
    line = one_line(run("apply", photo, "-o", tmp_path / "b.png", "--preset", "Soft"), 2)
    assert "unknown preset 'Soft'" in line
    assert "presets.json is damaged" in line  # the likely reason


@pytest.mark.parametrize(("typed", "meant"), [("aply", "apply"), ("Apply", "apply"),
                                              ("appyl", "apply"), ("preset", "presets"),
                                              ("prests", "presets")])
def test_a_misspelled_command_gets_a_suggestion(tmp_path, typed, meant):
    result = run(typed, "x.jpg", "-o", "y.jpg", "--preset", "box", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"kernelstudio: unknown command '{typed}'; did you mean '{meant}'?\n"


@pytest.mark.parametrize("argv", [["photo.jpg"], ["holiday"], ["aply"], ["--selftest"], []])
def test_files_and_words_unlike_a_command_still_go_to_the_window(tmp_path, monkeypatch, argv):
    (tmp_path / "aply").write_bytes(b"a photo without an extension")  # a file wins
    monkeypatch.chdir(tmp_path)
    opened = []
    monkeypatch.setattr(cli, "_window", lambda args, language: opened.append(args) or 0)
    assert cli.main(argv) == 0
    assert opened == [argv]


@pytest.mark.parametrize(("argv", "left", "language"), [
    (["--lang", "fr", "photo.jpg"], ["photo.jpg"], "fr"),
    (["photo.jpg", "--lang=ja_JP.UTF-8"], ["photo.jpg"], "ja"),
    (["--lang", "zh_TW"], [], "zh_CN"),
    (["photo.jpg"], ["photo.jpg"], None),  # the window follows the locale itself
])
def test_the_window_gets_the_language_lang_names(monkeypatch, argv, left, language):
    opened = []
    monkeypatch.setattr(cli, "_window", lambda args, language: opened.append((args, language)) or 0)
    try:
        assert cli.main(argv) == 0
    finally:
        words.use_translator(None)
    assert opened == [(left, language)]


def test_kernel_text_on_one_row_of_nine_is_used_as_given_with_a_note(photo, tmp_path):
    out = tmp_path / "out.png"
    result = run("apply", photo, "-o", out, "--kernel", "1 2 1 2 4 2 1 2 1", "--normalize")
    assert result.returncode == 0
    (note,) = result.stderr.splitlines()
    assert note == ("kernelstudio: note: --kernel '1 2 1 2 4 2 1 2 1': read as one row of 9 "
                    "values (1×9); for a 3×3 kernel separate the rows with ';', as in "
                    '"1 2 1; 2 4 2; 1 2 1"')
    expected = Stack((Step(kernel=[[1, 2, 1, 2, 4, 2, 1, 2, 1]], normalize=True),)).apply(PHOTO)
    np.testing.assert_array_equal(load_image(out).pixels, expected)


@pytest.mark.parametrize(("kernel", "notes"), [("1 2 1", 0), ("1 2 1; 2 4 2; 1 2 1", 0),
                                               (" ".join(["1/25"] * 25), 1)])
def test_only_a_single_row_of_a_square_count_gets_the_note(photo, tmp_path, kernel, notes):
    result = run("apply", photo, "-o", tmp_path / "o.png", "--kernel", kernel)
    assert result.returncode == 0
    assert result.stderr.count("note:") == notes
    assert run("apply", photo, "-o", tmp_path / "q.png", "--kernel", kernel,
               "--quiet").stderr == ""
