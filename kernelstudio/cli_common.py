"""What the ``kernelstudio`` commands share: their parser, their two kinds of failure,
the types of their numbers, and how they tell files apart and print."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

from kernelstudio.core import KernelStudioError, StepError, parse_number, shown
from kernelstudio.core.files import describe_os_error
from kernelstudio.core.words import translate

__all__ = ["PROG", "InputError", "Parser", "UsageError", "file_id", "option_number", "typed",
           "whole_number", "write_out"]

PROG = "kernelstudio"


class UsageError(Exception):
    """A mistake on the command line; exit status 2."""


class InputError(Exception):
    """An input or output that cannot be used; exit status 1."""


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose mistakes are `UsageError` (one line, exit 2)."""

    def error(self, message):
        raise UsageError(translate("cli", "{message} (see '{prog} --help')")
                         .format(message=message, prog=self.prog))


def typed(parse):
    """`parse` as an argparse type: its `KernelStudioError` becomes argparse's usage error."""
    def convert(text: str):
        try:
            return parse(text)
        except KernelStudioError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return convert


#: An option's number, read as kernel cells and presets read them (argparse's type).
option_number = typed(functools.partial(parse_number, error=StepError))


def whole_number(text: str) -> int:
    """An option's whole number, read as `option_number` reads it (argparse's type)."""
    value = option_number(text)
    if not value.is_integer():
        raise argparse.ArgumentTypeError(translate("cli", "{value} is not a whole number")
                                         .format(value=shown(text.strip())))
    return int(value)


def file_id(path: Path) -> tuple[int, int] | None:
    """What tells one file from another (device, inode); None for no file."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):  # missing, or a name the system refuses
        return None
    return found.st_dev, found.st_ino


def write_out(text: str, what: str) -> None:
    """Write `text` on stdout; `InputError` naming `what` when stdout cannot take it."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away: main stops quietly
    except OSError as exc:  # stdout is a full disk, a closed file...
        raise InputError(translate("cli", "cannot write {what}: {reason}")
                         .format(what=what, reason=describe_os_error(exc))) from None
