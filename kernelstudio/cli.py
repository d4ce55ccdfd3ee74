"""The ``kernelstudio`` command: the window, ``apply`` for batch work, and ``presets``.

Exit status: 0 on success; 2 for a bad command line, kernel text, preset, parameter or
recipe (nothing is read or written); 1 when an input cannot be read or an output cannot
be written. Every failure is one line on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kernelstudio import __version__
from kernelstudio.core import (
    DEFAULT_MAX_PIXELS,
    EXTENSIONS,
    PRESETS,
    STEP_OPTIONS,
    ImageFileError,
    KernelStudioError,
    Stack,
    Step,
    get_preset,
    kernel_to_text,
    load_image,
    load_recipe,
    output_format,
    parse_kernel_text,
    parse_preset_spec,
    save_image,
)

__all__ = ["main"]

PROG = "kernelstudio"


class _UsageError(Exception):
    """A mistake on the command line; exit status 2."""


class _InputError(Exception):
    """An input or output that cannot be used; exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise _UsageError(f"{message} (see '{self.prog} --help')")


class _AddStep(argparse.Action):
    """Keep --preset, --kernel and --recipe in the order they were given."""

    def __call__(self, parser, namespace, value, option_string=None):
        sources = getattr(namespace, "sources", None) or []
        sources.append((self.dest, value))
        namespace.sources = sources


def _apply_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} apply",
        description="Apply presets, kernels and recipes, in the order given, to photos.",
        epilog=(
            "examples:\n"
            f"  {PROG} apply photo.jpg -o sharp.jpg --preset sharpen\n"
            f"  {PROG} apply photo.jpg -o edges.png --preset sobel:direction=left --abs\n"
            f'  {PROG} apply photo.jpg -o soft.png --kernel "1 2 1; 2 4 2; 1 2 1" --normalize\n'
            f"  {PROG} apply holiday/ -o done/ --recipe look.json\n\n"
            "Kernel text: rows separated by ';' or new lines, values by spaces or commas,\n"
            "fractions allowed (1/16). Offsets and cval are in 8-bit levels (128 = mid-grey)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="photo files, or folders whose photos are all processed")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="output file; a folder when there are several inputs")
    steps = parser.add_argument_group("steps (at least one; applied in the order given)")
    steps.add_argument("--preset", action=_AddStep, metavar="NAME[:param=value,...]",
                       help=f"a preset, see '{PROG} presets'")
    steps.add_argument("--kernel", action=_AddStep, metavar="TEXT",
                       help='kernel weights, e.g. "0 -1 0; -1 5 -1; 0 -1 0"')
    steps.add_argument("--recipe", action=_AddStep, metavar="FILE",
                       help="a recipe saved by the window (its steps keep their own options)")
    options = parser.add_argument_group("options of every --preset and --kernel step")
    for option in sorted(STEP_OPTIONS, key=lambda option: option.metadata["cli_order"]):
        _add_step_option(options, option)
    output = parser.add_argument_group("files")
    output.add_argument("--quality", type=int, default=95, metavar="Q",
                        help="JPEG and WebP quality, 1 to 100 (default 95)")
    output.add_argument("--strip-metadata", action="store_true",
                        help="do not copy the colour profile and EXIF to the output")
    output.add_argument("--max-megapixels", type=float, default=DEFAULT_MAX_PIXELS / 1e6,
                        metavar="N", help="refuse larger inputs (default %(default)g)")
    return parser


def _add_step_option(group, option: dataclasses.Field) -> None:
    """An argument for one of `STEP_OPTIONS`; left out, it is None (the step's default)."""
    about = option.metadata
    settings = {"help": about["help"]}
    if "choices" in about:
        settings["choices"] = about["choices"]
    elif isinstance(option.default, bool):
        settings.update(action="store_const", const=True)
    elif isinstance(option.default, float):
        settings["type"] = float
    if "metavar" in about:
        settings["metavar"] = about["metavar"]
    group.add_argument(about.get("flag", f"--{option.name}"), dest=option.name, **settings)


def _build_stack(args) -> Stack:
    options = {option.name: getattr(args, option.name) for option in STEP_OPTIONS
               if getattr(args, option.name) is not None}
    sources = getattr(args, "sources", None) or []
    if not sources:
        raise _UsageError("give at least one --preset, --kernel or --recipe")
    if options and all(kind == "recipe" for kind, _ in sources):
        raise _UsageError(
            "step options apply to --preset and --kernel steps; recipes keep their own"
        )
    steps: list[Step] = []
    for kind, value in sources:
        try:
            if kind == "preset":
                preset, params = parse_preset_spec(value)
                steps.append(Step(preset=preset.name, params=params, **options))
            elif kind == "kernel":
                steps.append(Step(kernel=parse_kernel_text(value), **options))
            else:
                steps.extend(load_recipe(value).steps)
        except KernelStudioError as exc:
            raise _UsageError(f"--{kind} {value!r}: {exc}") from None
    return Stack(tuple(steps))


def _collect_inputs(names: Sequence[str]) -> tuple[list[Path], bool]:
    """The input files, and whether a folder was among the inputs."""
    files: list[Path] = []
    had_folder = False
    for name in names:
        path = Path(name)
        if path.is_dir():
            had_folder = True
            found = sorted(
                p for p in path.iterdir() if p.suffix.lower() in EXTENSIONS and p.is_file()
            )
            if not found:
                raise _InputError(
                    f"the folder {name} holds no .png, .jpg, .tif, .bmp or .webp files"
                )
            files.extend(found)
        else:
            files.append(path)
    return files, had_folder


def _plan_outputs(inputs: list[Path], output: str, had_folder: bool) -> list[Path]:
    out = Path(output)
    to_folder = out.is_dir() or len(inputs) > 1 or had_folder or output.endswith(("/", os.sep))
    targets = [out / path.name for path in inputs] if to_folder else [out]
    seen: dict[Path, Path] = {}
    for source, target in zip(inputs, targets, strict=True):
        try:
            output_format(target)
        except ImageFileError as exc:
            raise _UsageError(str(exc)) from None
        key = Path(os.path.abspath(target))
        if key in seen:
            raise _UsageError(f"{seen[key]} and {source} would both be written to {target}")
        seen[key] = source
    for source in inputs:
        for target in targets:
            if source.exists() and target.exists() and os.path.samefile(source, target):
                raise _UsageError(f"{target} is an input; write the result to another file")
    if to_folder and not out.is_dir():
        try:
            out.mkdir(parents=True)
        except OSError as exc:
            raise _InputError(f"cannot create the folder {out}: {exc.strerror or exc}") from None
    return targets


def _apply(argv: Sequence[str]) -> int:
    # A kernel such as "-1,0,1" would otherwise be mistaken for an option.
    argv = list(argv)
    for index in range(len(argv) - 2, -1, -1):
        if argv[index] == "--kernel":
            argv[index : index + 2] = [f"--kernel={argv[index + 1]}"]
    args = _apply_parser().parse_args(argv)
    stack = _build_stack(args)
    if not 1 <= args.quality <= 100:
        raise _UsageError(f"--quality must be from 1 to 100, got {args.quality}")
    if not args.max_megapixels > 0:
        raise _UsageError(f"--max-megapixels must be positive, got {args.max_megapixels:g}")
    inputs, had_folder = _collect_inputs(args.inputs)
    targets = _plan_outputs(inputs, args.output, had_folder)
    failures = 0
    for source, target in zip(inputs, targets, strict=True):
        try:
            photo = load_image(source, max_pixels=int(args.max_megapixels * 1e6))
            for note in photo.notes:
                print(f"{PROG}: note: {note}", file=sys.stderr)
            result = stack.apply(photo.pixels)
            keep = not args.strip_metadata
            save_image(target, result, quality=args.quality,
                       icc_profile=photo.icc_profile if keep else None,
                       exif=photo.exif if keep else None)
        except ImageFileError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


def _presets(argv: Sequence[str]) -> int:
    parser = _Parser(prog=f"{PROG} presets",
                     description="List the presets, their parameters and default kernels.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="only these presets")
    args = parser.parse_args(argv)
    try:
        chosen = [get_preset(name) for name in args.names] or list(PRESETS.values())
    except KernelStudioError as exc:
        raise _UsageError(str(exc)) from None
    blocks = []
    for preset in chosen:
        params = "  ".join(param.describe() for param in preset.params) or "none"
        grid = kernel_to_text(preset.kernel(), multiline=True).replace("\n", "\n    ")
        blocks.append(f"{preset.name}: {preset.title}. {preset.doc}\n"
                      f"  parameters: {params}\n    {grid}")
    print("\n\n".join(blocks))
    return 0


def _window(argv: Sequence[str]) -> int:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [FILE]\n       {PROG} --selftest | --version\n"
              f"       {PROG} apply INPUT... -o OUTPUT [steps]\n"
              f"       {PROG} presets [NAME...]",
        description="A desktop image editor built around convolution kernels. With no FILE "
                    "the window opens on the bundled sample photo.",
        epilog=f"'{PROG} apply --help' and '{PROG} presets --help' describe the commands.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a photo to open")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation: open the sample, render a "
                             "three-step recipe, export it, and check that the window can "
                             "open on this machine's display; exit 0 if all is well")
    args = parser.parse_args(argv)
    if args.selftest:
        if args.file:
            raise _UsageError("--selftest takes no FILE; it always uses the sample photo")
        try:
            from kernelstudio.gui.selftest import run
        except Exception as exc:  # a broken install: Qt or pyqtgraph will not load
            raise _InputError(f"self-test failed: the window cannot load: {exc!r}") from None
        return run()
    from kernelstudio.startup import WindowCannotStart, check_window

    try:  # before Qt loads: Qt aborts the process when its platform cannot start
        check_window()
    except WindowCannotStart as exc:
        raise _InputError(f"the window cannot start: {exc}") from None
    try:
        from kernelstudio.gui import main as window  # Qt loads only when the window is wanted
    except ImportError as exc:  # a library Qt itself needs (libEGL, libfontconfig...)
        raise _InputError(f"the window cannot load: {exc}") from None

    return window(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default ``sys.argv[1:]``); returns the exit status."""
    # Pillow logs damaged TIFFs at error level; unconfigured, Python would print that on
    # stderr beside our own one-line message.
    logging.getLogger("PIL").addHandler(logging.NullHandler())
    argv = list(sys.argv[1:] if argv is None else argv)
    command = {"apply": _apply, "presets": _presets}.get(argv[0] if argv else "", _window)
    if command is not _window:
        argv = argv[1:]
    try:
        return command(argv)
    except _UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except _InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print(f"{PROG}: not enough memory", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`kernelstudio presets | head`); stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
