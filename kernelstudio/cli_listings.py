"""``kernelstudio presets`` (the presets, their sources and kernels) and ``kernelstudio code``
(a recipe as a script for OpenCV, SciPy, PyTorch or ImageMagick)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np

from kernelstudio.cli_common import (
    PROG,
    InputError,
    Parser,
    UsageError,
    file_id,
    whole_number,
    write_out,
)
from kernelstudio.core import (
    PRESETS,
    KernelStudioError,
    UserPresetStore,
    get_preset,
    kernel_to_text,
    load_recipe,
    preset_step,
)
from kernelstudio.core.code import TARGETS, stack_to_code, step_to_code
from kernelstudio.core.files import atomic_write, describe_os_error
from kernelstudio.core.words import translate

__all__ = ["code", "presets"]

#: How wide a preset's kernel may be listed before it is rounded or summed up.
_LISTED_WIDTH = 100


def _listed_grid(kernel: np.ndarray) -> str:
    """The kernel as the list shows it: exact while its rows fit the width, else rounded
    to 4 significant digits, else summed up in a line."""
    text = kernel_to_text(kernel, multiline=True)
    if max(map(len, text.splitlines())) <= _LISTED_WIDTH:
        return text.replace("\n", "\n    ")
    # Weights a millionth of the largest are rounding noise (cos 90° and the like).
    kernel = np.where(np.abs(kernel) < 1e-6 * np.abs(kernel).max(), 0.0, kernel)
    cells = [[f"{value:.4g}" for value in row] for row in kernel]
    width = max(len(cell) for row in cells for cell in row)
    lines = [" ".join(cell.rjust(width) for cell in row) for row in cells]
    if len(lines[0]) <= _LISTED_WIDTH:
        return "\n    ".join([translate("cli", "(rounded)"), *lines])
    rows, cols = kernel.shape
    return translate("cli", "{rows}×{cols} weights from {low} to {high}, too wide to list "
                            "here").format(rows=rows, cols=cols, low=f"{kernel.min():.4g}",
                                           high=f"{kernel.max():.4g}")


def _parameters(text: str) -> str:
    return translate("cli", "parameters: {parameters}").format(parameters=text)


def presets(argv: Sequence[str]) -> int:
    parser = Parser(prog=f"{PROG} presets",
                     description=translate("cli", "List the presets, their parameters and "
                                                  "default kernels: the built-in ones, then "
                                                  "those saved in the window."))
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=translate("cli", "only these presets"))
    args = parser.parse_args(argv)
    store = UserPresetStore()
    user, problems = store.read()
    for problem in problems:
        print(f"{PROG}: " + translate("cli", "note: {text}").format(text=problem),
              file=sys.stderr)
    if args.names:
        try:
            steps = [preset_step(name, user) for name in args.names]
        except KernelStudioError as exc:
            raise UsageError(str(exc)) from None
        chosen = [get_preset(step.preset) if step.preset else step.name for step in steps]
    else:
        chosen = [*PRESETS.values(), *user]
    blocks = []
    for preset in chosen:
        if isinstance(preset, str):  # one of the user's
            grid = kernel_to_text(user[preset], multiline=True).replace("\n", "\n    ")
            said = (translate("cli", "{name}: your preset, saved in the window. Its name is a "
                                     "built-in preset's, which --preset picks first; rename it "
                                     "in the window.")
                    if preset_step(preset, user).preset else
                    translate("cli", "{name}: your preset, saved in the window."))
            blocks.append(said.format(name=preset)
                          + f"\n  {_parameters(translate('cli', 'none'))}\n    {grid}")
            continue
        params = ("  ".join(param.describe() for param in preset.params)
                  or translate("cli", "none"))
        options = "  ".join(f"{name}={value:g}" for name, value in preset.options.items())
        blocks.append(translate("cli", "{name}: {title}. {doc}").format(
                          name=preset.name, title=translate("presets", preset.title),
                          doc=translate("presets", preset.doc)) + "\n"
                      "  " + translate("cli", "source: {source}").format(
                          source=translate("presets", preset.source)) + "\n"
                      f"  {_parameters(params)}\n"
                      + ("  " + translate("cli", "step options: {options}").format(
                          options=options) + "\n" if options else "")
                      + f"    {_listed_grid(preset.kernel())}")
    if user and not args.names:
        blocks.append(translate("cli", "Your presets are kept in {folder}.")
                      .format(folder=store.path))
    write_out("\n\n".join(blocks) + "\n", translate("cli", "the list"))
    return 0


def code(argv: Sequence[str]) -> int:
    parser = Parser(
        prog=f"{PROG} code",
        description=translate(
            "cli", "Write a recipe as a script doing what kernelstudio does: Python for\n"
                   "OpenCV, SciPy or PyTorch ('python snippet.py IN OUT'), or a shell\n"
                   "script calling ImageMagick 6 ('sh snippet.sh IN OUT')."),
        epilog=(
            translate("cli", "examples:") + "\n"
            f"  {PROG} code look.json --to opencv > snippet.py\n"
            f"  {PROG} code look.json --to magick --step 2 -o snippet.sh\n\n"
            + translate("cli", "What a library cannot do is written in NumPy; what ImageMagick "
                               "cannot do\nexactly, the script says at its top.")
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("recipe", metavar="RECIPE",
                        help=translate("cli", "a recipe saved by the window"))
    parser.add_argument("--to", required=True, choices=tuple(TARGETS),
                        help=translate("cli", "the library the script is for"))
    parser.add_argument("--step", type=whole_number, metavar="N",
                        help=translate("cli", "only step N (from 1; disabled steps count too), "
                                              "not the stack"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=translate("cli", "write the script to FILE (default: print it)"))
    args = parser.parse_args(argv)
    try:
        stack = load_recipe(args.recipe)
    except KernelStudioError as exc:
        raise UsageError(str(exc)) from None
    if args.step is not None and not 1 <= args.step <= len(stack.steps):
        raise UsageError(translate("cli", "--step must be from 1 to {count}, the steps of "
                                          "{recipe}; got {step}")
                         .format(count=len(stack.steps), recipe=args.recipe, step=args.step))
    try:
        code = (stack_to_code(stack, args.to) if args.step is None
                else step_to_code(stack.steps[args.step - 1], args.to))
    except KernelStudioError as exc:
        raise UsageError(f"{args.recipe}: {exc}") from None
    if args.output is None:
        write_out(code, translate("cli", "the script"))
        return 0
    if file_id(args.output) is not None and file_id(args.output) == file_id(args.recipe):
        raise UsageError(translate("cli", "{output} is the recipe; write the script to another "
                                          "file").format(output=args.output))
    try:
        with atomic_write(args.output) as stream:
            stream.write(code.encode("utf-8"))
    except OSError as exc:
        raise InputError(translate("cli", "cannot write {what}: {reason}")
                         .format(what=args.output, reason=describe_os_error(exc))) from None
    return 0
