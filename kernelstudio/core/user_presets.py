"""The user's own presets: kernels saved in the window, shared with the command line.

They live in one file, ``presets.json``, in the app-data folder, the folder Qt's
``QStandardPaths.AppDataLocation`` names for kernelstudio, found here without Qt. Each preset
is kept as kernel text, so it reads back bit for bit. A damaged file never stops anything:
what can be read is used, and the rest is described in ``problems``.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from .errors import KernelStudioError, PresetError
from .files import FileTooLargeError, atomic_write, describe_os_error, read_regular
from .kernel_text import kernel_to_text, parse_kernel_text
from .numbers import read_json, shown
from .presets import PRESETS, get_preset, parse_preset_spec
from .stack import Step
from .words import either, translate

__all__ = [
    "MAX_PRESET_NAME",
    "PRESETS_FILE",
    "UserPresetStore",
    "app_data_folder",
    "check_preset_name",
    "preset_step",
]

ORGANIZATION = APPLICATION = "kernelstudio"
PRESETS_FILE = "presets.json"
#: Where the old contents of a file that could not be read go when the store is next written.
DAMAGED_FILE = "presets.damaged.json"
MAX_PRESET_NAME = 40
#: How many of the user's presets (or problems with them) a message lists by name.
_LISTED = 10
#: A presets file larger than this is not one the window wrote.
MAX_PRESETS_BYTES = 16 * 2**20
_VERSION = 1


def app_data_folder(
    *, environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Path:
    """kernelstudio's app-data folder, as Qt's ``AppDataLocation`` names it; not created.

    Linux and BSD: ``$XDG_DATA_HOME`` (default ``~/.local/share``), macOS:
    ``~/Library/Application Support``, Windows: ``%APPDATA%``; each followed by
    ``kernelstudio/kernelstudio``. The environment is read at each call.

    Examples
    --------
    >>> app_data_folder(environ={"XDG_DATA_HOME": "/data"}, platform="linux").as_posix()
    '/data/kernelstudio/kernelstudio'
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    if platform.startswith("win"):
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData/Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        # The XDG spec says a relative path is to be ignored.
        xdg = environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def _tidy_name(name) -> str:
    if not isinstance(name, str) or not name.strip():
        raise PresetError(translate("errors", "a preset needs a name"))
    name = " ".join(name.split())
    if len(name) > MAX_PRESET_NAME:
        raise PresetError(translate("errors", "a preset name may have at most {max_preset_name} "
                                              "characters").format(max_preset_name=MAX_PRESET_NAME))
    return name


def _is_built_in(name: str) -> bool:
    try:
        get_preset(name)
    except PresetError:
        return False
    return True


def check_preset_name(name) -> str:
    """`name` with its spaces tidied, or a `PresetError` saying why it cannot be saved.

    Examples
    --------
    >>> check_preset_name("  My   box ")
    'My box'
    >>> try:
    ...     check_preset_name("Sharpen")
    ... except PresetError as exc:
    ...     print(exc)
    'Sharpen' is the name of a built-in preset; choose another name
    """
    name = _tidy_name(name)
    if _is_built_in(name):
        raise PresetError(translate("errors", "{name!r} is the name of a built-in preset; choose "
                                              "another name").format(name=name))
    return name


class UserPresetStore:
    """The presets file in `folder` (default: `app_data_folder` at each use).

    Every change reads the file again first, so two windows, or a window and a hand edit,
    do not undo each other's presets.
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        self._folder = None if folder is None else Path(folder)

    @property
    def path(self) -> Path:
        return (app_data_folder() if self._folder is None else self._folder) / PRESETS_FILE

    def read(self) -> tuple[dict[str, np.ndarray], list[str]]:
        """The presets in the order saved, and a sentence for each thing that was left out."""
        presets, problems, _ = self._read()
        return presets, problems

    def _read(self) -> tuple[dict[str, np.ndarray], list[str], bool]:
        path = self.path
        try:
            raw = read_regular(path, MAX_PRESETS_BYTES).decode("utf-8-sig")  # a BOM is fine
        except FileNotFoundError:
            return {}, [], False
        except FileTooLargeError:
            return {}, [translate("errors", "{path} is larger than {megabytes} MB; its presets "
                                            "were left out")
                        .format(path=path, megabytes=MAX_PRESETS_BYTES // 2**20)], True
        except UnicodeDecodeError:
            return {}, [translate("errors", "cannot read {path}: not UTF-8 text")
                        .format(path=path)], True
        except OSError as exc:
            return {}, [translate("errors", "cannot read {path}: {reason}")
                        .format(path=path, reason=describe_os_error(exc))], True
        try:
            document = read_json(
                raw, PresetError,
                not_held=translate("errors", "{name} is not a number a presets file may hold; "
                                             "use finite numbers"),
                too_deep=translate("errors", "the presets file is nested too deeply to be a "
                                             "presets file"))
        except PresetError as exc:
            return {}, [translate("errors", "{path} is damaged ({exc}); its presets were left "
                                            "out").format(path=path, exc=exc)], True
        entries = document.get("presets") if isinstance(document, dict) else document
        if not isinstance(entries, list):
            return {}, [translate("errors", "{path} holds no list of presets; they were left "
                                            "out").format(path=path)], True
        return (*_read_entries(entries), False)

    def save(self, name: str, kernel) -> str:
        """Add preset `name` (replacing one of that name in place); returns the name kept."""
        name = check_preset_name(name)
        text = kernel_to_text(kernel)
        presets, problems, damaged = self._read()
        presets[name] = parse_kernel_text(text)
        self._write(presets, damaged or bool(problems))
        return name

    def remove(self, name: str) -> bool:
        """Delete preset `name`; False if there was none."""
        presets, problems, damaged = self._read()
        if presets.pop(name, None) is None:
            return False
        self._write(presets, damaged or bool(problems))
        return True

    def add(self, entries: Iterable[dict]) -> list[str]:
        """Add entries as the old settings held them (``{"name", "kernel"}`` dicts), keeping
        presets already in the file; returns a sentence for each entry left out."""
        found, skipped = _read_entries(list(entries))
        presets, problems, damaged = self._read()
        added = {name: kernel for name, kernel in found.items() if name not in presets}
        if added:
            self._write({**presets, **added}, damaged or bool(problems))
        return skipped

    def _write(self, presets: Mapping[str, np.ndarray], keep_old: bool) -> None:
        path = self.path
        document = {"version": _VERSION, "presets": [
            {"name": name, "kernel": kernel_to_text(kernel)} for name, kernel in presets.items()
        ]}
        data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if keep_old and path.exists():
                # What could not be read is set aside, not thrown away.
                os.replace(path, path.with_name(DAMAGED_FILE))
            with atomic_write(path) as stream:
                stream.write(data)
        except OSError as exc:
            raise PresetError(translate("errors", "cannot save the presets in {path}: {exc}")
                              .format(path=path, exc=describe_os_error(exc))
                              ) from None


def _read_entries(entries: list) -> tuple[dict[str, np.ndarray], list[str]]:
    presets: dict[str, np.ndarray] = {}
    problems: list[str] = []
    for entry in entries:
        try:
            if not isinstance(entry, dict):
                raise PresetError(translate("errors", "expected a name and a kernel, got {entry}")
                                  .format(entry=shown(entry)))
            name = _tidy_name(entry.get("name"))
            if name in presets:
                raise PresetError(translate("errors", "{name} is there twice; the first was kept")
                                  .format(name=shown(name)))
            presets[name] = parse_kernel_text(entry.get("kernel"))
        except KernelStudioError as exc:
            problems.append(translate("errors", "a saved preset was left out: {exc}")
                            .format(exc=exc))
    if len(problems) > _LISTED:  # a damaged file must not fill the screen
        problems[_LISTED:] = [translate("errors", "{count} more saved presets were left out")
                              .format(count=len(problems) - _LISTED)]
    return presets, problems


def _find_user_preset(name: str, names: Iterable[str]) -> str | None:
    """The saved name that `name` means: the same words, in any case."""
    names = list(names)
    wanted = " ".join(name.split())
    if wanted in names:
        return wanted
    folded = [saved for saved in names if saved.casefold() == wanted.casefold()]
    return folded[0] if len(folded) == 1 else None


def preset_step(spec: str, user: Mapping[str, np.ndarray], **options) -> Step:
    """The step ``--preset SPEC`` asks for, with `options` (border, opacity, ...).

    A built-in preset is looked up first, with its parameters (``NAME:param=value,...``);
    then one of the `user` presets, which are fixed kernels and take no parameters.

    Examples
    --------
    >>> preset_step("box", {}).preset
    'box'
    >>> preset_step("my box", {"My box": np.ones((3, 3)) / 9}).name
    'My box'
    """
    spec = str(spec)
    name, colon, rest = spec.partition(":")
    if _is_built_in(name) or not user:
        preset, params = parse_preset_spec(spec)
        return Step.from_preset(preset.name, params, **options)
    found = _find_user_preset(spec, user)  # a saved name may hold a colon
    if found is None and colon:
        found = _find_user_preset(name, user)
        if found is not None and rest.strip():
            raise PresetError(translate("errors", "{found!r} is your own preset, a fixed kernel; "
                                                  "it takes no parameters, got {rest}")
                              .format(found=found, rest=shown(rest.strip())))
    if found is None:
        close = difflib.get_close_matches(name.strip(), [*PRESETS, *user], n=3)
        yours = [shown(saved) for saved in list(user)[:_LISTED]]
        if len(user) > _LISTED:
            yours.append(translate("errors", "and {count} more").format(count=len(user) - _LISTED))
        if close:
            text = translate("errors", "unknown preset {name}; did you mean {close}? (presets: "
                                       "{presets}; yours: {yours}; 'kernelstudio presets' lists "
                                       "them)")
        else:
            text = translate("errors", "unknown preset {name} (presets: {presets}; yours: "
                                       "{yours}; 'kernelstudio presets' lists them)")
        raise PresetError(text.format(name=shown(name.strip()), presets=', '.join(PRESETS),
                                      yours=', '.join(yours),
                                      close=either(map(repr, close)) if close else ""))
    return Step(kernel=user[found], name=found, **options)
