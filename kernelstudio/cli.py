"""The ``kernelstudio`` command: the window, ``apply`` for batch work, ``presets``,
``code`` (a recipe as a script for OpenCV, SciPy, PyTorch or ImageMagick) and ``learn``
(the kernel that turns one photo into another, as a recipe).

Exit status: 0 on success; 2 for a bad command line, kernel text, kernel file, number,
preset, parameter or recipe (nothing is read or written); 1 when an input cannot be read or
filtered or an output cannot be written (a batch goes on with the other files); 130 after
Ctrl+C, 128 + its number after SIGTERM or SIGHUP. Every failure is one line on stderr,
never a traceback. A batch (outputs written to a folder) ends
with one summary line on stderr, after a redrawn progress line when stderr is a terminal;
``--quiet`` leaves only the failures.

Language: ``--lang`` before the command (``kernelstudio --lang fr apply ...``, or anywhere
among the window's arguments) or else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) chooses
the catalogue every text is printed from; see `kernelstudio.cli_language`.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import difflib
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from kernelstudio import __version__
from kernelstudio.cli_batch import apply_all
from kernelstudio.cli_common import (
    PROG,
    InputError,
    Parser,
    UsageError,
    file_id,
    option_number,
    typed,
    whole_number,
)
from kernelstudio.cli_language import choose_language
from kernelstudio.cli_learn import learn
from kernelstudio.cli_listings import code, presets
from kernelstudio.core import (
    DEFAULT_MAX_PIXELS,
    DEFAULT_QUALITY,
    EXTENSIONS,
    QUALITY_FORMATS,
    READ_ONLY_EXTENSIONS,
    STEP_OPTIONS,
    ImageFileError,
    KernelStudioError,
    Stack,
    Step,
    UserPresetStore,
    error_summary,
    load_kernel_file,
    load_recipe,
    output_format,
    preset_step,
    read_kernel_text,
    shown,
    single_row_hint,
)
from kernelstudio.core.files import describe_os_error
from kernelstudio.core.words import translate
from kernelstudio.i18n import LANGUAGES
from kernelstudio.progress import BatchProgress

__all__ = ["main"]

COMMANDS = ("apply", "presets", "code", "learn")
_WORD = re.compile(r"[A-Za-z]+")
#: Messages quote a --preset, --kernel, --kernel-file or --recipe up to this many characters.
_SHOWN_SOURCE = 60
#: ``--format`` names: each format's first extension in `EXTENSIONS` (png, jpg, ...).
FORMATS = {kind: suffix for suffix, kind in reversed(EXTENSIONS.items())}
FORMAT_NAMES = tuple(FORMATS[kind][1:] for kind in dict.fromkeys(EXTENSIONS.values()))


def _format_name(text: str) -> str:
    """A ``--format`` as written (jpeg, TIFF, .png) turned into its name in `FORMAT_NAMES`."""
    suffix = "." + text.strip().lower().lstrip(".")
    return FORMATS[EXTENSIONS[suffix]][1:] if suffix in EXTENSIONS else text


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived; like Ctrl+C it unwinds, so no temporary file stays behind."""


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                      if hasattr(signal, name))
#: The largest --max-megapixels: a million megapixels (a terapixel), beyond any file.
_MOST_MEGAPIXELS = 1e6
#: The signal that stopped the command, once one has.
_STOPPED: list[int] = []


def _say_stopped() -> int:
    print(PROG + ": " + translate("cli", "stopped by {signal}").format(
        signal=signal.Signals(_STOPPED[0]).name), file=sys.stderr)
    return 128 + _STOPPED[0]


@contextlib.contextmanager
def _stopped_by_signals():
    """While the block runs, SIGTERM and SIGHUP stop it as Ctrl+C would.

    Only the first signal stops it: later ones (a closing terminal sends SIGHUP then
    SIGTERM) find the handler still in place and do nothing, so they cannot interrupt the
    clean-up the first one started (setting them to be ignored instead would make Python
    raise for signals already pending).
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals
        return
    _STOPPED.clear()

    def stop(number, frame):
        if not _STOPPED:
            _STOPPED.append(number)
            raise _Stopped(number)

    previous = {number: signal.signal(number, stop) for number in _STOP_SIGNALS}
    try:
        yield
    finally:
        if not _STOPPED:  # once stopped, the process ends with the handler still in place
            for number, handler in previous.items():
                signal.signal(number, handler)


class _AddStep(argparse.Action):
    """Keep --preset, --kernel, --kernel-file and --recipe in the order they were given."""

    def __call__(self, parser, namespace, value, option_string=None):
        sources = getattr(namespace, "sources", None) or []
        sources.append((self.dest, value))
        namespace.sources = sources


def _apply_parser() -> Parser:
    parser = Parser(
        prog=f"{PROG} apply",
        description=translate("cli", "Apply presets, kernels and recipes, in the order given, "
                                     "to photos."),
        epilog=(
            translate("cli", "examples:") + "\n"
            f"  {PROG} apply photo.jpg -o sharp.jpg --preset sharpen\n"
            f"  {PROG} apply photo.jpg -o edges.png --preset sobel:direction=left --abs\n"
            f'  {PROG} apply photo.jpg -o soft.png --kernel "1 2 1; 2 4 2; 1 2 1" --normalize\n'
            f"  {PROG} apply photo.jpg -o im.png --kernel '3x3: 0,-1,0 -1,5,-1 0,-1,0'\n"
            f"  {PROG} apply photo.jpg -o ps.png --kernel-file emboss.acf\n"
            f"  {PROG} apply holiday/ -o done/ --recipe look.json\n"
            f"  {PROG} apply holiday/ -o small/ --preset blur --format jpg --quality 85\n\n"
            + translate(
                "cli",
                "Kernel text: rows separated by ';' or new lines, values by spaces or commas,\n"
                "fractions allowed (1/16); also ImageMagick's 'WxH[+X+Y]: values' (X a column,\n"
                "Y a row: the anchor; nan is weight 0) and G'MIC's '(0,-1,0;-1,5,-1;0,-1,0)'.\n"
                "A kernel per channel is one grid per channel separated by '|'; a kernel across\n"
                "channels separates its output channels by '||' (a grid per input channel in\n"
                "each): --kernel '1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1' --offset 10,0,-5.\n"
                "Offsets and cval are in 8-bit levels (128 = mid-grey).\n"
                "Presets saved in the window work as --preset too, by name.")
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=translate("cli", "photo files, or folders whose photos are all "
                                              "processed"))
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help=translate("cli", "output file; a folder when there are several "
                                              "inputs"))
    steps = parser.add_argument_group(
        translate("cli", "steps (at least one; applied in the order given)"))
    steps.add_argument("--preset", action=_AddStep, metavar="NAME[:param=value,...]",
                       help=translate("cli", "a preset, built-in or saved in the window; see "
                                             "'{prog} presets'").format(prog=PROG))
    steps.add_argument("--kernel", action=_AddStep, metavar="TEXT",
                       help=translate("cli", 'kernel weights, e.g. "0 -1 0; -1 5 -1; 0 -1 0"'))
    steps.add_argument("--kernel-file", action=_AddStep, metavar="FILE",
                       help=translate("cli", "a Photoshop Custom filter (.acf; its divisor and "
                                             "offset too, unless --divisor or --offset say "
                                             "otherwise) or a file of kernel text"))
    steps.add_argument("--recipe", action=_AddStep, metavar="FILE",
                       help=translate("cli", "a recipe saved by the window (its steps keep "
                                             "their own options)"))
    options = parser.add_argument_group(
        translate("cli", "options of every --preset, --kernel and --kernel-file step"))
    for option in sorted(STEP_OPTIONS, key=lambda option: option.metadata["cli_order"]):
        _add_step_option(options, option)
    output = parser.add_argument_group(translate("cli", "files"))
    output.add_argument("--format", type=_format_name, choices=FORMAT_NAMES,
                        help=translate("cli", "write every output in this format (default: "
                                              "each output's extension; in an output folder, "
                                              "each input's)"))
    output.add_argument("--quality", type=whole_number, metavar="Q",
                        help=translate("cli", "JPEG, WebP and AVIF quality, 1 to 100 (default "
                                              "{quality}, as in the window)")
                        .format(quality=DEFAULT_QUALITY))
    output.add_argument("--strip-metadata", action="store_true",
                        help=translate("cli", "do not copy the colour profile and EXIF to the "
                                              "output"))
    output.add_argument("--max-megapixels", type=option_number, default=DEFAULT_MAX_PIXELS / 1e6,
                        metavar="N", help=translate("cli", "refuse larger inputs (default "
                                                           "%(default)g)"))
    output.add_argument("-q", "--quiet", action="store_true",
                        help=translate("cli", "print errors only: no progress, summary or "
                                              "notes"))
    return parser


def _add_step_option(group, option: dataclasses.Field) -> None:
    """An argument for one of `STEP_OPTIONS`; left out, it is None (the step's default)."""
    about = option.metadata
    # The core stores its help texts in English (context "cli"); they are shown here.
    settings = {"help": translate("cli", about["help"]).format(**about.get("help_fields", {}))}
    if "choices" in about:
        settings["choices"] = about["choices"]
    elif "parse" in about:
        settings["type"] = typed(about["parse"])
    elif isinstance(option.default, bool):
        settings.update(action="store_const", const=not option.default)
    elif isinstance(option.default, float):
        settings["type"] = option_number
    elif isinstance(option.default, int):
        settings["type"] = whole_number
    if "metavar" in about:
        settings["metavar"] = about["metavar"]
    if "variants" in about:  # one option, several flags: only one may be given
        group = group.add_mutually_exclusive_group()
    group.add_argument(about.get("flag", f"--{option.name}"), dest=option.name, **settings)
    for flag, (value, help) in about.get("variants", {}).items():
        group.add_argument(flag, dest=option.name, action="store_const", const=value,
                           help=translate("cli", help))


def _build_stack(args) -> tuple[Stack, list[str]]:
    """The stack the steps on the command line make, and notes on how they were read."""
    options = {option.name: getattr(args, option.name) for option in STEP_OPTIONS
               if getattr(args, option.name) is not None}
    sources = getattr(args, "sources", None) or []
    if not sources:
        raise UsageError(translate("cli", "give at least one --preset, --kernel, --kernel-file "
                                          "or --recipe"))
    if options and all(kind == "recipe" for kind, _ in sources):
        raise UsageError(translate("cli", "step options apply to --preset, --kernel and "
                                          "--kernel-file steps; recipes keep their own"))
    typed_too = [f"--{name}" for name in ("divisor", "offset") if name in options]
    if options.get("normalize") == "gimp" and typed_too:
        raise UsageError(translate("cli", "--normalize-gimp sets the divisor and offset itself, "
                                          "as GIMP does; leave out {options}")
                         .format(options=translate("cli", " and ").join(typed_too)))
    steps: list[Step] = []
    notes: list[str] = []
    user: tuple[dict, list[str]] | None = None
    for kind, value in sources:
        try:
            if kind == "preset":
                user = user or UserPresetStore().read()
                steps.append(preset_step(value, user[0], **options))
            elif kind in ("kernel", "kernel_file"):
                read = read_kernel_text if kind == "kernel" else load_kernel_file
                kernel = read(value)
                steps.append(kernel.step(**options))
                given = kernel.options.get("anchor")
                if given is not None and "anchor" in options and given != options["anchor"]:
                    notes.append(f"{_flag(kind)} {shown(value, _SHOWN_SOURCE)}: " + translate(
                        "cli", "--anchor {row},{col} replaces the anchor {given_row},{given_col} "
                               "the kernel gives").format(
                        row=options["anchor"][0], col=options["anchor"][1],
                        given_row=given[0], given_col=given[1]))
                hint = single_row_hint(steps[-1].kernel)
                if hint:
                    notes.append(f"{_flag(kind)} {shown(value, _SHOWN_SOURCE)}: {hint}")
            else:
                steps.extend(load_recipe(value).steps)
        except KernelStudioError as exc:
            # A preset file that could not be read may be why a name is unknown.
            unread = f" ({'; '.join(user[1])})" if kind == "preset" and user and user[1] else ""
            # A kernel file's errors name the file already.
            source = "" if kind == "kernel_file" else f" {shown(value, _SHOWN_SOURCE)}"
            raise UsageError(f"{_flag(kind)}{source}: {exc}{unread}") from None
    return Stack(tuple(steps)), notes


def _flag(kind: str) -> str:
    """The option a step source came from: ``kernel_file`` was ``--kernel-file``."""
    return f"--{kind.replace('_', '-')}"


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; a name the system refuses (too long, ...) is none."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _photos_in(folder: Path) -> list[Path]:
    """The photo files directly inside `folder`, sorted by name; `InputError` if there
    are none or the folder cannot be listed."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InputError(translate("cli", "cannot list the folder {folder}: {reason}").format(
            folder=folder, reason=describe_os_error(exc))) from None
    found = []
    for path in entries:
        try:
            suffix = path.suffix.lower()
            if (suffix in EXTENSIONS or suffix in READ_ONLY_EXTENSIONS) and path.is_file():
                found.append(path)
        except OSError:  # an entry that vanished or cannot be looked at is no photo
            continue
    if not found:
        raise InputError(translate("cli", "the folder {folder} holds no .png, .jpg, .tif, .bmp, "
                                          ".webp, .avif or .heic files").format(folder=folder))
    return found


def _collect_inputs(names: Sequence[str]) -> tuple[list[Path], bool, list[str]]:
    """The input files, whether a folder was among the inputs, and why any folder gave
    none (one line each); `InputError` when no input is left."""
    files: list[Path] = []
    problems: list[str] = []
    had_folder = False
    for name in names:
        path = Path(name)
        if _is_dir(path):
            had_folder = True
            try:
                files.extend(_photos_in(path))
            except InputError as exc:  # the other inputs are still worked on
                problems.append(str(exc))
        else:
            files.append(path)
    if not files:
        raise InputError("; ".join(dict.fromkeys(problems)))
    return files, had_folder, problems


def _plan_outputs(inputs: list[Path], output: str, had_folder: bool,
                  format_name: str | None) -> tuple[list[Path], bool]:
    """The output of each input, and whether they go into a folder (a batch)."""
    out = Path(output)
    to_folder = _is_dir(out) or len(inputs) > 1 or had_folder or output.endswith(("/", os.sep))
    suffix = f".{format_name}" if format_name else None
    if to_folder:
        targets = [out / (path.stem + suffix if suffix else path.name) for path in inputs]
    elif suffix and EXTENSIONS.get(out.suffix.lower()) != EXTENSIONS[suffix]:
        raise UsageError(translate("cli", "--format {format} does not match the output {output} "
                                          "({extension}); name it {name} or leave out --format")
                         .format(format=format_name, output=out,
                                 extension=out.suffix or translate("cli", "no extension"),
                                 name=out.with_suffix(suffix)))
    else:
        targets = [out]
    seen: dict[Path, Path] = {}
    for source, target in zip(inputs, targets, strict=True):
        try:
            output_format(target)
        except ImageFileError as exc:
            hint = ("; " + translate("cli", "--format chooses the outputs' format")
                    if to_folder and not suffix else "")
            raise UsageError(f"{exc}{hint}") from None
        key = Path(os.path.abspath(target))
        if key in seen:
            raise UsageError(translate("cli", "{first} and {second} would both be written to "
                                              "{target}").format(first=seen[key], second=source,
                                                                 target=target))
        seen[key] = source
    sources = {file_id(source) for source in inputs} - {None}
    for target in targets:  # one look at each file, however many there are
        if file_id(target) in sources:
            raise UsageError(translate("cli", "{target} is an input; write the result to another "
                                              "file").format(target=target))
    if to_folder and not _is_dir(out):
        try:
            out.mkdir(parents=True)
        except OSError as exc:
            raise InputError(translate("cli", "cannot create the folder {folder}: {reason}")
                             .format(folder=out, reason=describe_os_error(exc))) from None
    return targets, to_folder


def _failure(source: Path, error: BaseException) -> str:
    """One line saying why `source` was not written."""
    if isinstance(error, ImageFileError):
        return str(error)  # it names the file it could not read or write
    if isinstance(error, MemoryError):
        return translate("cli", "not enough memory to filter {file}").format(file=source)
    if isinstance(error, OSError):
        return f"{source}: {describe_os_error(error)}"
    if isinstance(error, KernelStudioError):
        return f"{source}: {error}"
    return f"{source}: " + _unexpected(error)


def _apply(argv: Sequence[str]) -> int:
    # A kernel such as "-1,0,1" would otherwise be mistaken for an option.
    argv = list(argv)
    for index in range(len(argv) - 2, -1, -1):
        if argv[index] == "--kernel":
            argv[index : index + 2] = [f"--kernel={argv[index + 1]}"]
    args = _apply_parser().parse_args(argv)
    # An empty name (an unset shell variable) would otherwise mean the current folder.
    if "" in args.inputs or not args.output:
        raise UsageError(translate("cli", "an input or output name is empty; give a file or "
                                          "folder"))
    stack, notes = _build_stack(args)
    quality = DEFAULT_QUALITY if args.quality is None else args.quality
    if not 1 <= quality <= 100:
        raise UsageError(translate("cli", "--quality must be from 1 to 100, got {quality}")
                         .format(quality=shown(quality)))
    if not 1e-6 <= args.max_megapixels <= _MOST_MEGAPIXELS:
        raise UsageError(translate("cli", "--max-megapixels must be from 0.000001 (one pixel) to "
                                          "{most}, got {value}")
                         .format(most=f"{_MOST_MEGAPIXELS:g}", value=f"{args.max_megapixels:g}"))
    inputs, had_folder, problems = _collect_inputs(args.inputs)
    targets, batch = _plan_outputs(inputs, args.output, had_folder, args.format)
    if args.quality is not None and not any(
            output_format(target) in QUALITY_FORMATS for target in targets):
        notes.append(translate("cli", "--quality changes JPEG, WebP and AVIF outputs only; "
                                      "--format jpg writes JPEGs"))
    # A single file is no batch: it says nothing unless something goes wrong.
    total = len(inputs) + len(problems)
    with BatchProgress(total, prog=PROG, quiet=args.quiet or not batch) as report:
        def note(text: str) -> None:
            if not args.quiet:
                report.say(f"{PROG}: " + translate("cli", "note: {text}").format(text=text))

        for text in notes:
            note(text)
        for problem in problems:  # a folder that gave nothing counts as one skipped
            report.say(f"{PROG}: {problem}")
            report.finished(written=False)
        def failed(source: Path, exc: Exception) -> None:
            if _STOPPED:  # the stop came where Python wraps errors (a class being made)
                raise _Stopped(_STOPPED[0]) from None
            report.say(f"{PROG}: {_failure(source, exc)}")
            report.finished(written=False)

        apply_all(inputs, targets, stack, max_pixels=round(args.max_megapixels * 1e6),
                  keep_metadata=not args.strip_metadata, quality=quality, report=report,
                  note=note, failed=failed)
        report.finish()
    return 1 if report.skipped else 0


def _window(argv: Sequence[str], language: str | None = None) -> int:
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} [FILE]\n       {PROG} --selftest | --version\n"
              f"       {PROG} apply INPUT... -o OUTPUT [steps]\n"
              f"       {PROG} presets [NAME...]\n"
              f"       {PROG} code RECIPE --to opencv|scipy|pytorch|magick\n"
              f"       {PROG} learn BEFORE AFTER -o RECIPE [--size N|RxC]",
        description=translate("cli", "A desktop image editor built around convolution "
                                     "kernels. With no FILE the window opens on the bundled "
                                     "sample photo."),
        epilog=translate("cli", "'{prog} apply --help', '{prog} presets --help', '{prog} code "
                                "--help' and '{prog} learn --help' describe the commands.")
        .format(prog=PROG),
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "a photo to open"))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=translate("cli", "show program's version number and exit"))
    parser.add_argument("--selftest", action="store_true",
                        help=translate("cli", "check this installation: open the sample, render "
                                              "a three-step recipe, export it, and check that "
                                              "the window can open on this machine's display; "
                                              "exit 0 if all is well"))
    # Taken off the arguments before any parser is built (`choose_language`); here for --help.
    parser.add_argument("--lang", metavar="LANGUAGE",
                        help=translate("cli", "the language of the window and of every command's "
                                              "help and messages: {languages}, or a locale name "
                                              "such as fr_FR (default: the locale's, from "
                                              "LANGUAGE, LC_ALL, LC_MESSAGES or LANG); before "
                                              "a command: '{prog} --lang fr apply ...'")
                        .format(languages=", ".join(LANGUAGES), prog=PROG))
    args = parser.parse_args(argv)
    if args.selftest:
        if args.file:
            raise UsageError(translate("cli", "--selftest takes no FILE; it always uses the "
                                              "sample photo"))
        try:
            from kernelstudio.gui.selftest import run
        except Exception as exc:  # a broken install: Qt or pyqtgraph will not load
            raise InputError(translate("cli", "self-test failed: the window cannot load: "
                                              "{error}").format(error=repr(exc))) from None
        return run()
    from kernelstudio.startup import WindowCannotStart, check_window

    try:  # before Qt loads: Qt aborts the process when its platform cannot start
        check_window()
    except WindowCannotStart as exc:
        raise InputError(translate("cli", "the window cannot start: {reason}")
                         .format(reason=exc)) from None
    try:
        from kernelstudio.gui import main as window  # Qt loads only when the window is wanted
    except ImportError as exc:  # a library Qt itself needs (libEGL, libfontconfig...)
        raise InputError(translate("cli", "the window cannot load: {reason}")
                         .format(reason=exc)) from None

    return window(args.file, language=language)


def _refuse_misspelled_command(argv: Sequence[str]) -> None:
    """A first argument that is no file but nearly a command's name is a typing slip,
    not a photo for the window to open."""
    first = argv[0] if argv else ""
    if not _WORD.fullmatch(first) or os.path.exists(first):
        return
    close = difflib.get_close_matches(first.lower(), COMMANDS, n=1, cutoff=0.6)
    if close:
        raise UsageError(translate("cli", "unknown command {command}; did you mean {close}?")
                         .format(command=repr(first), close=repr(close[0])))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default ``sys.argv[1:]``); returns the exit status."""
    # Pillow and tifffile log damaged TIFFs; unconfigured, Python would print that on
    # stderr beside our own one-line message.
    for name in ("PIL", "tifffile"):
        logging.getLogger(name).addHandler(logging.NullHandler())
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # Before any parser is built: their help is translated as they are made.
        argv, language = choose_language(argv, COMMANDS)
        command = {"apply": _apply, "presets": presets, "code": code, "learn": learn}.get(
            argv[0] if argv else "", _window)
        if command is _window:
            _refuse_misspelled_command(argv)
            return command(argv, language)
        argv = argv[1:]
        with _stopped_by_signals():
            return command(argv)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(PROG + ": " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except _Stopped:
        return _say_stopped()
    except MemoryError:
        print(PROG + ": " + translate("cli", "not enough memory"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`kernelstudio presets | head`); stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a defect of ours: still one line, never a traceback
        if _STOPPED:  # or a signal's stop, wrapped by Python in another error
            return _say_stopped()
        print(f"{PROG}: {_unexpected(exc)}", file=sys.stderr)
        return 1


def _unexpected(error: BaseException) -> str:
    """What a defect of ours says: the error, and a request to report it."""
    return translate("cli", "unexpected error ({error}); please report it").format(
        error=error_summary(error))
