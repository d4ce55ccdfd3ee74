"""``kernelstudio learn``: the kernel that turns one photo into another, saved as a recipe."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from kernelstudio.cli_common import PROG, InputError, Parser, UsageError, file_id, typed
from kernelstudio.core import (
    BORDERS,
    LEARN_MODES,
    ImageError,
    KernelError,
    KernelStudioError,
    Stack,
    learn_kernel,
    load_image,
    save_recipe,
    shown,
)
from kernelstudio.core.learn import fit_figures, kernel_size
from kernelstudio.core.words import translate

__all__ = ["learn"]

_SIZE = re.compile(r"\s*(\d+)\s*(?:[x×]\s*(\d+)\s*)?", re.IGNORECASE)


def _size(text: str) -> tuple[int, int]:
    """``5`` or ``3x7`` (rows × columns) as a kernel size (argparse's type)."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise KernelError(translate("cli", "a size is a whole number such as 5, or rows x "
                                           "columns such as 3x7, not {text}")
                          .format(text=shown(text)))
    rows = int(match.group(1))
    return kernel_size(rows if match.group(2) is None else (rows, int(match.group(2))))


def learn(argv: Sequence[str]) -> int:
    parser = Parser(
        prog=f"{PROG} learn",
        description=translate(
            "cli", "Find the kernel that best turns BEFORE into AFTER (least squares) and\n"
                   "save it as a recipe that '{prog} apply --recipe' uses on other photos.\n"
                   "The fit (PSNR, RMSE, R²), and a warning when AFTER does not look made\n"
                   "by a kernel, are printed on stderr.").format(prog=PROG),
        epilog=(
            translate("cli", "examples:") + "\n"
            f"  {PROG} learn photo.png edited.png -o look.json\n"
            f"  {PROG} learn photo.png edited.png -o look.json --size 3x7 --mode per-channel\n"
            f"  {PROG} apply other.jpg -o other-edited.jpg --recipe look.json\n\n"
            + translate("cli", "Exit status: 0 when the recipe was written (a poor fit too, "
                               "with a warning),\n2 for a bad command line, 1 for photos that "
                               "cannot be read or do not match.")
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("before", metavar="BEFORE",
                        help=translate("cli", "the photo as it was"))
    parser.add_argument("after", metavar="AFTER",
                        help=translate("cli", "the same photo after the effect"))
    parser.add_argument("-o", "--output", required=True, metavar="RECIPE",
                        help=translate("cli", "the recipe to write (JSON)"))
    parser.add_argument("--size", type=typed(_size), default=(5, 5), metavar="N|RxC",
                        help=translate("cli", "the kernel's size: 5, or rows x columns such as "
                                              "3x7 (default 5; at most 32x32, or 18x18 across "
                                              "three channels)"))
    parser.add_argument("--mode", choices=LEARN_MODES, default="shared",
                        help=translate("cli", "one kernel for all colour channels (shared, the "
                                              "default), one per channel, or one from every "
                                              "channel to every channel (cross-channel: mixes "
                                              "colours)"))
    parser.add_argument("--border", choices=BORDERS, default="reflect101",
                        help=translate("cli", "the border AFTER was made with (default "
                                              "reflect101)"))
    parser.add_argument("--no-offset", dest="offset", action="store_false",
                        help=translate("cli", "do not fit a constant added after the kernel"))
    args = parser.parse_args(argv)
    # An empty name (an unset shell variable) would otherwise mean the current folder.
    if "" in (args.before, args.after, args.output):
        raise UsageError(translate("cli", "a photo or recipe name is empty; give a file"))
    target = file_id(args.output)
    if target is not None and target in {file_id(args.before), file_id(args.after)}:
        raise UsageError(translate("cli", "{output} is an input; write the recipe to another "
                                          "file").format(output=args.output))
    photos = []
    for name in (args.before, args.after):
        try:
            photo = load_image(name)
        except KernelStudioError as exc:  # it names the file
            raise InputError(str(exc)) from None
        for text in photo.notes:
            print(f"{PROG}: " + translate("cli", "note: {text}").format(text=text),
                  file=sys.stderr)
        photos.append(photo.pixels)
    try:
        fit = learn_kernel(*photos, args.size, mode=args.mode, border=args.border,
                           offset=args.offset)
    except ImageError as exc:
        raise InputError(f"{args.before} and {args.after}: {exc}") from None
    except KernelError as exc:  # a size too large to learn for these photos' channels
        raise UsageError(f"--size: {exc}") from None
    try:
        save_recipe(Stack((fit.step,)), args.output)
    except KernelStudioError as exc:
        raise InputError(str(exc)) from None
    rows, cols = fit.size
    print(f"{PROG}: " + translate("cli", "wrote {output}, a {rows}×{cols} {mode} kernel: "
                                         "{figures}").format(
        output=args.output, rows=rows, cols=cols, mode=fit.mode,
        figures=fit_figures(fit.rmse, fit.psnr, fit.r2)), file=sys.stderr)
    if fit.warning:
        print(f"{PROG}: " + translate("cli", "warning: {text}").format(text=fit.warning),
              file=sys.stderr)
    return 0
