"""The user's presets file: where it is, exact round trips, damaged files, lookups."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from kernelstudio.core import (
    PRESETS,
    PresetError,
    Step,
    UserPresetStore,
    app_data_folder,
    check_preset_name,
    preset_step,
)
from kernelstudio.core import user_presets as module

EXACT = np.array([[1 / 16, 0.1, 1e-7], [-2, 1 / 3, 3]])


@pytest.mark.parametrize(("platform", "environ", "expected"), [
    ("linux", {"HOME": "/home/ann", "XDG_DATA_HOME": "/data"}, "/data"),
    ("linux", {"HOME": "/home/ann"}, "/home/ann/.local/share"),
    ("linux", {"HOME": "/home/ann", "XDG_DATA_HOME": ""}, "/home/ann/.local/share"),
    ("linux", {"HOME": "/home/ann", "XDG_DATA_HOME": "rel/data"}, "/home/ann/.local/share"),
    ("freebsd14", {"HOME": "/home/ann"}, "/home/ann/.local/share"),
    ("darwin", {"HOME": "/Users/ann", "XDG_DATA_HOME": "/data"},
     "/Users/ann/Library/Application Support"),
    ("win32", {"HOME": "C:/Users/ann", "APPDATA": "D:/Roaming"}, "D:/Roaming"),
    ("win32", {"HOME": "C:/Users/ann"}, "C:/Users/ann/AppData/Roaming"),
])
def test_the_folder_is_where_qt_puts_app_data(platform, environ, expected):
    folder = app_data_folder(environ=environ, platform=platform)
    assert folder == Path(expected) / "kernelstudio" / "kernelstudio"


def test_the_folder_follows_the_environment_at_each_call(tmp_path, monkeypatch):
    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "one"))
    store = UserPresetStore()
    store.save("Mine", EXACT)
    assert (tmp_path / "one" / "kernelstudio" / "kernelstudio" / "presets.json").is_file()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "two"))
    assert store.read() == ({}, [])


def test_presets_read_back_exactly_in_the_order_saved(tmp_path):
    store = UserPresetStore(tmp_path)
    assert store.save("  Soft   one ", EXACT) == "Soft one"
    store.save("Second", [[1, 2]])
    store.save("Soft one", -EXACT)  # replaced where it stood
    presets, problems = UserPresetStore(tmp_path).read()
    assert problems == []
    assert list(presets) == ["Soft one", "Second"]
    np.testing.assert_array_equal(presets["Soft one"], -EXACT)
    document = json.loads((tmp_path / "presets.json").read_text(encoding="utf-8"))
    assert document["presets"][1] == {"name": "Second", "kernel": "1 2"}


def test_the_old_settings_format_a_plain_list_is_read(tmp_path):
    (tmp_path / "presets.json").write_text('[{"name": "Old", "kernel": "1/2 1/2"}]')
    presets, problems = UserPresetStore(tmp_path).read()
    assert problems == []
    np.testing.assert_array_equal(presets["Old"], [[0.5, 0.5]])


@pytest.mark.parametrize(("name", "words"), [
    ("", "needs a name"), ("   ", "needs a name"), (None, "needs a name"),
    ("x" * 41, "at most 40 characters"),
    ("Sharpen", "built-in preset"), ("motion blur", "built-in preset"),
    ("EDGE-ENHANCE", "built-in preset"),
])
def test_names_that_cannot_be_saved(tmp_path, name, words):
    with pytest.raises(PresetError, match=words):
        UserPresetStore(tmp_path).save(name, EXACT)
    assert not (tmp_path / "presets.json").exists()


def test_names_like_a_preset_but_not_one_can_be_saved():
    assert check_preset_name("My sharpen") == "My sharpen"
    assert check_preset_name("Box blur") == "Box blur"  # a title, not a name


@pytest.mark.parametrize(("content", "words"), [
    (b"not json", "is damaged"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b'{"presets": 3}', "holds no list of presets"),
    (b'"text"', "holds no list of presets"),
])
def test_a_damaged_file_gives_problems_and_is_kept_aside_at_the_next_save(tmp_path, content,
                                                                         words):
    path = tmp_path / "presets.json"
    path.write_bytes(content)
    store = UserPresetStore(tmp_path)
    presets, problems = store.read()
    assert presets == {}
    assert len(problems) == 1
    assert words in problems[0]
    assert str(path) in problems[0]
    store.save("New", EXACT)
    assert (tmp_path / "presets.damaged.json").read_bytes() == content
    assert list(store.read()[0]) == ["New"]


def test_bad_entries_are_left_out_one_by_one(tmp_path):
    (tmp_path / "presets.json").write_text(json.dumps({"presets": [
        {"name": "ok", "kernel": "1 2; 3 4"}, {"name": "bad", "kernel": "1 x"}, 7,
        {"name": "", "kernel": "1"}, {"kernel": "1"}, {"name": "no kernel"},
        {"name": "ok", "kernel": "5"}, {"name": "nan", "kernel": "nan"},
    ]}))
    presets, problems = UserPresetStore(tmp_path).read()
    assert list(presets) == ["ok"]
    np.testing.assert_array_equal(presets["ok"], [[1, 2], [3, 4]])
    assert len(problems) == 7
    assert all(problem.startswith("a saved preset was left out: ") for problem in problems)
    assert "there twice" in problems[5]


def test_thousands_of_bad_entries_give_a_few_lines(tmp_path):
    (tmp_path / "presets.json").write_text(json.dumps({"presets": [7] * 3000}))
    presets, problems = UserPresetStore(tmp_path).read()
    assert presets == {}
    assert len(problems) == 11
    assert problems[-1] == "2990 more saved presets were left out"


def test_an_unknown_name_among_thousands_of_presets_is_a_short_message():
    user = {f"mine {number}": np.ones((1, 1)) for number in range(2000)}
    with pytest.raises(PresetError) as caught:
        preset_step("nothing like it", user)
    message = str(caught.value)
    assert "'mine 9', and 1990 more; 'kernelstudio presets' lists them" in message
    assert len(message) < 600


def test_a_folder_in_place_of_the_file_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "presets.json").mkdir()
    presets, problems = UserPresetStore(tmp_path).read()
    assert presets == {}
    assert "cannot read" in problems[0]


def test_a_failed_write_leaves_the_old_file_and_says_why(tmp_path, monkeypatch):
    store = UserPresetStore(tmp_path)
    store.save("Kept", EXACT)
    before = (tmp_path / "presets.json").read_bytes()
    real = module.atomic_write

    def full_disk(path):
        with real(path) as stream:
            stream.write(b"half")
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "atomic_write", full_disk)
    with pytest.raises(PresetError, match=r"cannot save the presets in .*: no space left"):
        store.save("New", EXACT)
    assert (tmp_path / "presets.json").read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["presets.json"]


def test_two_stores_on_one_file_keep_each_others_presets(tmp_path):
    window, other_window = UserPresetStore(tmp_path), UserPresetStore(tmp_path)
    window.save("One", EXACT)
    other_window.save("Two", EXACT)
    window.remove("One")
    assert list(window.read()[0]) == ["Two"]
    assert window.remove("One") is False


def test_adding_old_entries_keeps_what_the_file_has(tmp_path):
    store = UserPresetStore(tmp_path)
    store.save("Same", [[1]])
    skipped = store.add([{"name": "Same", "kernel": "2"}, {"name": "New", "kernel": "3"},
                         {"name": "Bad", "kernel": "x"}])
    assert len(skipped) == 1
    presets, _ = store.read()
    assert {name: kernel.tolist() for name, kernel in presets.items()} == {
        "Same": [[1]], "New": [[3]]}


USER = {"My box": np.full((3, 3), 1 / 9), "a:b": np.array([[1.0, -1]])}


def test_built_in_presets_come_first_with_their_parameters():
    step = preset_step("sobel:direction=left", {"sobel": np.ones((1, 1))}, absolute=True)
    assert step == Step(preset="sobel", params={"direction": "left"}, absolute=True)


@pytest.mark.parametrize("spec", ["My box", "my box", "  MY   BOX "])
def test_user_presets_are_found_by_their_words_in_any_case(spec):
    step = preset_step(spec, USER, opacity=0.5)
    assert step == Step(kernel=USER["My box"], name="My box", opacity=0.5)


def test_a_user_preset_name_may_hold_a_colon():
    assert preset_step("a:b", USER).name == "a:b"


def test_a_user_preset_takes_no_parameters():
    with pytest.raises(PresetError, match="'My box' is your own preset, a fixed kernel; it "
                                          "takes no parameters, got 'size=5'"):
        preset_step("my box:size=5", USER)


def test_an_unknown_name_suggests_built_in_and_user_presets():
    with pytest.raises(PresetError, match=r"did you mean 'My box'\?.*yours: 'My box', 'a:b'"):
        preset_step("My bax", USER)
    with pytest.raises(PresetError, match="did you mean sharpen"):  # no user presets
        preset_step("sharpn", {})
    assert len(PRESETS) > 3


def test_a_file_with_a_byte_order_mark_reads_as_a_recipe_does(tmp_path):
    (tmp_path / "presets.json").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"presets": [{"name": "ok", "kernel": "1 2"}]}).encode())
    presets, problems = UserPresetStore(tmp_path).read()
    assert (list(presets), problems) == (["ok"], [])
