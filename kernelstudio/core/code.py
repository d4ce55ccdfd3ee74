"""Copy as code: a step or a stack as a runnable script that does what kernelstudio does.

For learners moving from kernelstudio to code: `stack_to_code` writes a Python script for
OpenCV, SciPy or PyTorch (``python snippet.py IN OUT``) or a shell script calling
ImageMagick (``sh snippet.sh IN OUT``). The scripts never import kernelstudio. Every option
the library has no word for is written out in NumPy; what ImageMagick cannot do exactly is
said in a comment at the top of its script.

The Python scripts are put together in `kernelstudio.core.code_python`, keeping only the
code for the options the stack uses; ImageMagick's in `kernelstudio.core.code_magick`.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import code_magick, code_python
from .code_steps import one_line
from .errors import KernelStudioError
from .kernels import KIND_NAMES
from .stack import Stack, Step
from .words import translate

__all__ = ["TARGETS", "CodeError", "Target", "stack_to_code", "step_to_code"]


@dataclass(frozen=True)
class Target:
    """A library code is written for: its name, how its script is run, what it needs."""

    title: str
    run: str  # the command running a script saved as the file it names
    needs: str  # how to install what the script imports or calls

    @property
    def file(self) -> str:
        """The name the script is saved under in `run`."""
        return self.run.split()[1]


#: The targets, by the name ``--to`` takes.
TARGETS = {
    "opencv": Target("OpenCV", "python snippet.py IN OUT",
                     "pip install opencv-python-headless numpy"),
    "scipy": Target("SciPy", "python snippet.py IN OUT", "pip install scipy numpy pillow"),
    "pytorch": Target("PyTorch", "python snippet.py IN OUT", "pip install torch numpy pillow"),
    "magick": Target("ImageMagick", "sh snippet.sh IN OUT", "apt install imagemagick (Debian, "
                     "Ubuntu)"),
}


class CodeError(KernelStudioError, ValueError):
    """Code asked for an unknown target, or for a stack with no step to run."""


def _check(target) -> str:
    if target not in TARGETS:
        raise CodeError(translate("errors", "unknown target {target!r}; choose one of {targets}")
                        .format(target=target, targets=', '.join(TARGETS)))
    return target


def step_to_code(step: Step, target: str) -> str:
    """A script applying `step` (enabled or not) once, with its iterations, for `target`.

    Examples
    --------
    >>> script = step_to_code(Step.from_preset("box"), "scipy")
    >>> "ndimage.correlate(" in script and "import kernelstudio" not in script
    True
    """
    return _script([step], one_line(step.title), _check(target))


def stack_to_code(stack: Stack, target: str) -> str:
    """A script applying the enabled steps of `stack` in order, for `target`.

    Parameters
    ----------
    stack : Stack
        At least one of its steps must be enabled.
    target : {"opencv", "scipy", "pytorch", "magick"}
        The library: a Python script (``python snippet.py IN OUT``) for the first three, a
        shell script calling ImageMagick 6's ``convert-im6.q16`` (``sh snippet.sh IN OUT``)
        for ``magick``.

    Returns
    -------
    str
        The script. Python scripts read 8-bit grey, grey + alpha, RGB or RGBA images and
        16-bit grey ones, and match kernelstudio's result within one level.

    Raises
    ------
    CodeError
        For an unknown target or a stack without enabled steps.
    """
    target = _check(target)
    steps = list(stack.enabled_steps)
    if not steps:
        raise CodeError(translate("errors", "the stack has no enabled step to write as code"))
    titles = [one_line(step.title) for step in steps]
    title = titles[0] if len(titles) == 1 else f"a stack of {len(titles)} steps"
    return _script(steps, title, target)


def _script(steps: list[Step], title: str, target: str) -> str:
    for number, step in enumerate(steps, 1):
        which = (translate("errors", "the step") if len(steps) == 1
                 else translate("errors", "step {number}").format(number=number))
        kind = translate("kernels", KIND_NAMES[step.kind])
        if step.kind != "shared" and target == "magick":
            raise CodeError(translate("errors", "the ImageMagick script holds kernels shared by "
                                                "the channels; {which} has a kernel {kind}: copy "
                                                "it as Python code")
                            .format(which=which, kind=kind))
        if step.kind != "shared" and (step.channels == "all" or "a" in step.channels):
            raise CodeError(translate("errors", "copy as code writes kernels {kind} for colour "
                                                "channels; {which} filters alpha with one too")
                            .format(kind=kind, which=which))
    if target == "magick":
        return code_magick.script(steps, title, TARGETS[target].run)
    return code_python.script(steps, title, target, TARGETS[target])

