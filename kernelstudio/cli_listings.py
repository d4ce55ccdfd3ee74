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
        return "\n    ".join(["(rounded)", *lines])
    rows, cols = kernel.shape
    return (f"{rows}×{cols} weights from {kernel.min():.4g} to {kernel.max():.4g}, too wide "
            "to list here")


def presets(argv: Sequence[str]) -> int:
    parser = Parser(prog=f"{PROG} presets",
                     description="List the presets, their parameters and default kernels: "
                                 "the built-in ones, then those saved in the window.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="only these presets")
    args = parser.parse_args(argv)
    store = UserPresetStore()
    user, problems = store.read()
    for problem in problems:
        print(f"{PROG}: note: {problem}", file=sys.stderr)
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
            hidden = (" Its name is a built-in preset's, which --preset picks first; rename it"
                      " in the window." if preset_step(preset, user).preset else "")
            blocks.append(f"{preset}: your preset, saved in the window.{hidden}\n"
                          f"  parameters: none\n    {grid}")
            continue
        params = "  ".join(param.describe() for param in preset.params) or "none"
        options = "  ".join(f"{name}={value:g}" for name, value in preset.options.items())
        blocks.append(f"{preset.name}: {preset.title}. {preset.doc}\n"
                      f"  source: {preset.source}\n"
                      f"  parameters: {params}\n"
                      + (f"  step options: {options}\n" if options else "")
                      + f"    {_listed_grid(preset.kernel())}")
    if user and not args.names:
        blocks.append(f"Your presets are kept in {store.path}.")
    write_out("\n\n".join(blocks) + "\n", "the list")
    return 0


def code(argv: Sequence[str]) -> int:
    parser = Parser(
        prog=f"{PROG} code",
        description="Write a recipe as a script doing what kernelstudio does: Python for\n"
                    "OpenCV, SciPy or PyTorch ('python snippet.py IN OUT'), or a shell\n"
                    "script calling ImageMagick 6 ('sh snippet.sh IN OUT').",
        epilog=(
            "examples:\n"
            f"  {PROG} code look.json --to opencv > snippet.py\n"
            f"  {PROG} code look.json --to magick --step 2 -o snippet.sh\n\n"
            "What a library cannot do is written in NumPy; what ImageMagick cannot do\n"
            "exactly, the script says at its top."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("recipe", metavar="RECIPE", help="a recipe saved by the window")
    parser.add_argument("--to", required=True, choices=tuple(TARGETS),
                        help="the library the script is for")
    parser.add_argument("--step", type=whole_number, metavar="N",
                        help="only step N (from 1; disabled steps count too), not the stack")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the script to FILE (default: print it)")
    args = parser.parse_args(argv)
    try:
        stack = load_recipe(args.recipe)
    except KernelStudioError as exc:
        raise UsageError(str(exc)) from None
    if args.step is not None and not 1 <= args.step <= len(stack.steps):
        raise UsageError(f"--step must be from 1 to {len(stack.steps)}, the steps of "
                          f"{args.recipe}; got {args.step}")
    try:
        code = (stack_to_code(stack, args.to) if args.step is None
                else step_to_code(stack.steps[args.step - 1], args.to))
    except KernelStudioError as exc:
        raise UsageError(f"{args.recipe}: {exc}") from None
    if args.output is None:
        write_out(code, "the script")
        return 0
    if file_id(args.output) is not None and file_id(args.output) == file_id(args.recipe):
        raise UsageError(f"{args.output} is the recipe; write the script to another file")
    try:
        with atomic_write(args.output) as stream:
            stream.write(code.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write {args.output}: {describe_os_error(exc)}") from None
    return 0
