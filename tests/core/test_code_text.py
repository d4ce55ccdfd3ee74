"""Copy as code: what the scripts say, read without running them.

The weights a script holds are read back (Python's by evaluating its ``STEPS`` list, the
shell script's from its kernel strings) and compared bit for bit with the weights the
step correlates with; a script only holds the code its steps need.
"""

import ast
import re

import numpy as np
import pytest

from kernelstudio.core import Stack, Step, gaussian_kernel
from kernelstudio.core.code import TARGETS, CodeError, stack_to_code, step_to_code

PYTHON = [target for target in TARGETS if target != "magick"]
RNG = np.random.default_rng(14)
KERNELS = {
    "whole over a divisor": Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor=16),
    "gaussian 17×17": Step(kernel=gaussian_kernel(17, 3.0)),
    "random floats, flipped": Step(kernel=RNG.normal(size=(4, 6)), flip=True, anchor=(0, 5)),
    "normalized by a float sum": Step(kernel=RNG.random((3, 3)), normalize=True),
    "gimp on a negative sum": Step(kernel=[[-1, -2, 0], [0, 1, 0]], normalize="gimp"),
    "thirds": Step(kernel=np.full((3, 3), 1 / 3)),
    "large, written as decimals": Step(kernel=RNG.random((70, 70))),
}


def _python_steps(code: str) -> list[dict]:
    """The ``STEPS`` list of a Python script, evaluated with NumPy only."""
    tree = ast.parse(code)
    (assignment,) = [node for node in tree.body if isinstance(node, ast.Assign)
                     and [target.id for target in node.targets] == ["STEPS"]]
    return eval(compile(ast.Expression(assignment.value), "STEPS", "eval"), {"np": np})


def _magick_weights(code: str) -> list[tuple[np.ndarray, tuple[int, int]]]:
    """Each kernel of an ImageMagick script as weights (its scale applied) and anchor."""
    found = []
    kernels = re.findall(r"kernel_\d+='(\d+)x(\d+)\+(\d+)\+(\d+):([^']*)'", code)
    scales = re.findall(r"convolve:scale=([-\d.e]+)", code)
    for (cols, rows, col, row, cells), scale in zip(kernels, scales + ["1"] * len(kernels),
                                                    strict=False):
        values = np.array([float(cell) for cell in cells.split()]).reshape(int(rows), int(cols))
        found.append((values, float(scale), (int(row), int(col))))
    return found


@pytest.mark.parametrize("target", PYTHON)
@pytest.mark.parametrize("name", KERNELS)
def test_python_weights_and_anchor_are_exactly_the_steps(name, target):
    step = KERNELS[name]
    (written,) = _python_steps(step_to_code(step, target))
    weights, anchor = step.weights_and_anchor()
    assert written["weights"].dtype == np.float64
    assert np.array_equal(written["weights"], weights)
    assert written["anchor"] == anchor


@pytest.mark.parametrize("name", KERNELS)
def test_magick_kernel_is_the_steps_weights(name):
    step = KERNELS[name]
    code = step_to_code(step, "magick")
    ((cells, scale, anchor),) = _magick_weights(code)
    weights, expected_anchor = step.weights_and_anchor()
    assert anchor == expected_anchor
    if "convolve:scale=" in code:  # whole numbers over the divisor
        assert np.array_equal(cells / step.effective_divisor, weights)
        assert scale == pytest.approx(1 / step.effective_divisor, rel=1e-15)
    else:
        assert np.array_equal(cells, weights)


def test_whole_weights_are_written_over_their_divisor():
    code = step_to_code(KERNELS["whole over a divisor"], "opencv")
    assert "[1, 2, 1],\n            [2, 4, 2]," in code
    assert "], dtype=np.float64) / 16," in code
    assert "'3x3+1+1:\n  1 2 1\n  2 4 2\n  1 2 1'" in step_to_code(
        KERNELS["whole over a divisor"], "magick")


@pytest.mark.parametrize("target", TARGETS)
def test_scripts_never_use_kernelstudio(target):
    stack = Stack(tuple(KERNELS.values()))
    code = stack_to_code(stack, target)
    if target == "magick":
        assert code.startswith("#!/bin/sh\n")
        assert "python" not in code
        return
    tree = ast.parse(code)
    modules = {alias.name.split(".")[0] for node in ast.walk(tree)
               if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom)}
    assert "kernelstudio" not in modules
    assert modules <= {"sys", "numpy", "cv2", "scipy", "PIL", "torch"}


@pytest.mark.parametrize("target", PYTHON)
def test_a_plain_step_gets_no_code_for_options_it_does_not_use(target):
    code = step_to_code(Step(kernel=[[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
                             alpha_weighting=False), target)
    for unused in ("def to_linear", "def channel_indices", "def inside", "def finish",
                   "coverage", '"iterations"', '"fill"', "copyMakeBorder", "np.pad"):
        assert unused not in code
    assert code.count("\n") < 120


@pytest.mark.parametrize("target", PYTHON)
def test_every_option_gets_its_code(target):
    stack = Stack((Step(kernel=np.ones((2, 3)), normalize=True, border="valid", linear=True,
                        iterations=2, absolute=True, offset=4, opacity=0.5, channels="ra"),
                   Step(kernel=[[1, 2]], border="constant", cval=9, flip=True)))
    code = stack_to_code(stack, target)
    for needed in ("def to_linear", "def to_srgb", "def channel_indices", "def inside",
                   "np.abs(sums)", 'step["offset"]', 'step["opacity"]', "coverage",
                   'range(step["iterations"])', '"fill": 9,', '"channels": "ra",'):
        assert needed in code
    compile(code, "snippet.py", "exec")


def test_pytorch_shows_the_weight_tensor_of_a_grouped_convolution():
    code = step_to_code(Step(kernel=np.ones((3, 3)), border="reflect"), "pytorch")
    assert "F.conv2d(batch, kernel, groups=channels)" in code
    assert "(channels, 1, kh, kw)" in code
    assert 'mode="symmetric"' in code  # F.pad has no border repeating the edge pixel


def test_magick_says_what_it_cannot_do():
    plain = step_to_code(Step(kernel=np.ones((3, 3)), normalize=True, border="replicate",
                              alpha_weighting=False), "magick")
    assert "reflect101" not in plain
    assert "16 bits between" not in plain
    assert "-virtual-pixel Edge" in plain
    assert "PNG32:" in plain
    assert "-channel RGB -morphology Correlate" in plain
    mirrored = step_to_code(Step(kernel=np.ones((3, 5)), iterations=2, alpha_weighting=False),
                            "magick")
    said = " ".join(mirrored.split())
    assert "no reflect101 border" in said
    assert "less than 2 rows or 4 columns" in said
    assert "16 bits between steps and iterations" in said
    assert "Correlate:2" in mirrored


def test_magick_says_its_constant_border_weights_opaque_images():
    code = step_to_code(Step(kernel=np.ones((3, 3)), normalize=True, border="constant",
                             cval=60), "magick")
    said = " ".join(line.lstrip("#- ") for line in code.splitlines())
    assert "by the alpha of the constant border (its fill)" in said
    white = step_to_code(Step(kernel=np.ones((3, 3)), border="constant", cval=255), "magick")
    assert "constant border" not in white


def test_magick_writes_absolute_values_as_two_clipped_halves():
    code = step_to_code(Step(kernel=[[-1, 0, 1]], absolute=True, offset=10), "magick")
    assert "-define convolve:scale=-1" in code
    assert "-fx 'u[1] + u[2] + 0.0392156862745098'" in code


def test_a_disabled_step_can_be_written_but_an_empty_stack_cannot():
    step = Step(kernel=[[1]], enabled=False)
    assert "STEPS = [" in step_to_code(step, "scipy")
    with pytest.raises(CodeError, match="no enabled step"):
        stack_to_code(Stack((step,)), "scipy")
    with pytest.raises(CodeError, match="unknown target 'cuda'"):
        step_to_code(step, "cuda")


@pytest.mark.parametrize("target", TARGETS)
def test_a_step_named_like_code_stays_a_comment(target):
    name = 'x"""\nimport os; os.remove("precious")\n\\N\x00 `rm -rf ~` $(true)\t' + "y" * 80
    code = step_to_code(Step(kernel=[[1]], name=name), target)
    assert "\x00" not in code
    if target == "magick":
        quoted = [line for line in code.splitlines() if "precious" in line]
        assert quoted
        assert all(line.startswith("# ") for line in quoted)
        return
    tree = ast.parse(code)
    assert "precious" in ast.get_docstring(tree)
    # Comments are not in the tree: past the docstring, the name is nowhere.
    assert not any("precious" in ast.dump(node) for node in tree.body[1:])


@pytest.mark.parametrize("target", PYTHON)
def test_kernels_per_channel_and_across_channels_are_written_exactly(target):
    steps = [Step(kernel=RNG.normal(size=(3, 2, 3)), normalize=True, offset=(1, 2.5, 3)),
             Step(kernel=RNG.normal(size=(3, 3, 2, 2)), flip=True, offset=4)]
    for step in steps:
        code = step_to_code(step, target)
        compile(code, "snippet.py", "exec")
        (written,) = _python_steps(code)
        weights, anchor = step.weights_and_anchor()
        assert np.array_equal(written["weights"], weights)
        assert written["anchor"] == anchor
        assert np.array_equal(np.broadcast_to(written["offset"], (3,)), step.offsets)
        assert "def correlate_grids(" in code


def test_imagemagick_and_alpha_refuse_kernels_of_several_grids():
    with pytest.raises(CodeError, match="copy it as Python code"):
        step_to_code(Step(kernel=np.ones((3, 3, 3))), "magick")
    with pytest.raises(CodeError, match="filters alpha with one too"):
        step_to_code(Step(kernel=np.ones((4, 3, 3)), channels="all"), "opencv")
