"""``kernelstudio code``: a recipe as a script, printed or written, run as a user runs it."""

import os
import subprocess
import sys

import numpy as np
import pytest
from commandline import run

from kernelstudio.core import Stack, Step, load_image, save_image, save_recipe
from kernelstudio.core.code import stack_to_code, step_to_code
from kernelstudio.data import SAMPLE_PHOTO, resource_path

STACK = Stack((Step.from_preset("sharpen", border="replicate"),
               Step.from_preset("emboss", enabled=False),
               Step(kernel=np.ones((3, 3)), normalize=True, opacity=0.5)))


@pytest.fixture
def recipe(tmp_path):
    path = tmp_path / "look.json"
    save_recipe(STACK, path)
    return path


def one_line(result, code) -> str:
    assert result.returncode == code, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("kernelstudio: ")
    return line


def test_code_prints_a_script_that_does_what_the_recipe_does(tmp_path, recipe):
    result = run("code", recipe, "--to", "scipy")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == stack_to_code(STACK, "scipy")
    script, photo, out = tmp_path / "snippet.py", tmp_path / "in.png", tmp_path / "out.png"
    script.write_text(result.stdout, encoding="utf-8")
    pixels = load_image(resource_path(SAMPLE_PHOTO)).pixels[:60, :80]
    save_image(photo, pixels)
    subprocess.run([sys.executable, script, photo, out], check=True, timeout=120)
    apart = load_image(out).pixels.astype(int) - STACK.apply(pixels).astype(int)
    assert np.abs(apart).max() <= 1


def test_code_writes_one_step_to_a_file(tmp_path, recipe):
    target = tmp_path / "snippet.sh"
    result = run("code", recipe, "--to", "magick", "--step", "2", "-o", target)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert target.read_text(encoding="utf-8") == step_to_code(STACK.steps[1], "magick")


@pytest.mark.parametrize(("args", "said"), [
    (["missing.json", "--to", "opencv"], "cannot read recipe missing.json"),
    (["{recipe}", "--to", "cuda"], "invalid choice: 'cuda'"),
    (["{recipe}"], "the following arguments are required: --to"),
    (["{recipe}", "--to", "scipy", "--step", "4"], "--step must be from 1 to 3"),
    (["{recipe}", "--to", "scipy", "--step", "1.5"], "is not a whole number"),
    (["{bad}", "--to", "scipy"], "is not a text file"),
    (["{empty}", "--to", "pytorch"], "has no enabled step"),
    (["{recipe}", "--to", "scipy", "-o", "{recipe}"], "is the recipe; write the script"),
])
def test_code_refuses_bad_input_in_one_line(tmp_path, recipe, args, said):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00")
    empty = tmp_path / "empty.json"
    save_recipe(Stack((Step(kernel=[[1]], enabled=False),)), empty)
    before = recipe.read_bytes()
    names = {"recipe": recipe, "bad": bad, "empty": empty}
    line = one_line(run("code", *(arg.format(**names) for arg in args)), 2)
    assert said in line
    assert recipe.read_bytes() == before


def test_code_says_in_one_line_when_the_script_cannot_be_written(tmp_path, recipe):
    line = one_line(run("code", recipe, "--to", "opencv", "-o", tmp_path / "no" / "x.py"), 1)
    assert "cannot write" in line
    assert "no such file or directory" in line


def test_code_help_names_the_targets_and_an_example():
    result = run("code", "--help")
    assert result.returncode == 0
    for word in ("opencv", "scipy", "pytorch", "magick", "kernelstudio code look.json"):
        assert word in result.stdout
    assert "code RECIPE --to" in run("--help").stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_code_onto_a_full_disk_is_one_line(recipe):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "kernelstudio", "code", recipe,
                                 "--to", "opencv"], stdout=full, stderr=subprocess.PIPE,
                                text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr == "kernelstudio: cannot write the script: no space left on device\n"
