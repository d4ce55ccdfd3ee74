"""Recipes: a stack saved as a small, versioned JSON document a person can read and edit.

A recipe looks like this (every step key but ``kernel``/``preset`` may be left out)::

    {
      "format": "kernelstudio-recipe",
      "version": 2,
      "steps": [
        {
          "preset": "sharpen",
          "params": {"inner": 5, "edge": -1},
          "kernel": [
            [0, -1, 0],
            [-1, 5, -1],
            [0, -1, 0]
          ],
          "border": "reflect101",
          "opacity": 1
        }
      ]
    }

A step gives its ``kernel`` (rows of numbers), or a ``preset`` with ``params``, or both, in
which case they must agree.

A kernel per channel is a list of such grids, one per channel the step filters, and a
kernel across channels a list (one per output channel) of lists (one per input channel)
of grids; such a step's ``offset`` may be a list, one per output channel.

Version 2 added ``anchor``, ``iterations``, ``linear``, ``alpha_weighting`` and
``"normalize": "gimp"``; version 3 added kernels per channel and across channels. Version
1 recipes load as they were made: without alpha weighting, which version 2 turns on by
default.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

from .errors import KernelStudioError, RecipeError
from .files import atomic_write, describe_os_error, read_file
from .numbers import read_json, shown
from .stack import MAX_STEPS, STEP_OPTIONS, Stack, Step
from .words import translate

__all__ = [
    "RECIPE_FORMAT",
    "RECIPE_VERSION",
    "dumps_recipe",
    "load_recipe",
    "loads_recipe",
    "save_recipe",
    "stack_from_dict",
    "stack_to_dict",
]

RECIPE_FORMAT = "kernelstudio-recipe"
RECIPE_VERSION = 3
#: Recipes larger than this are refused before parsing (a 255×255 kernel is about 1 MB).
MAX_RECIPE_BYTES = 32 * 1024 * 1024

_OPTIONS = tuple(option.name for option in STEP_OPTIONS)
_STEP_KEYS = ("name", "enabled", "preset", "params", "kernel", *_OPTIONS)


def _plain(value):
    """JSON-friendly value: whole floats written as integers for readability, in lists as
    deep as they go."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _step_to_dict(step: Step) -> dict:
    data: dict = {}
    if step.name:
        data["name"] = step.name
    data["enabled"] = step.enabled
    if step.preset is not None:
        data["preset"] = step.preset
        data["params"] = {key: _plain(value) for key, value in step.params.items()}
    data["kernel"] = _plain(step.kernel.tolist())
    for option in _OPTIONS:
        data[option] = _plain(getattr(step, option))
    return data


def stack_to_dict(stack: Stack) -> dict:
    """The recipe document for `stack`, as plain Python data."""
    return {
        "format": RECIPE_FORMAT,
        "version": RECIPE_VERSION,
        "steps": [_step_to_dict(step) for step in stack.steps],
    }


def _step_from_dict(data, number: int, version: int) -> Step:
    where = translate("errors", "step {number}").format(number=number)
    if not isinstance(data, dict):
        raise RecipeError(translate("errors", "{where} must be an object with keys such as "
                                              "'kernel' or 'preset'").format(where=where))
    for key in data:
        if key not in _STEP_KEYS:
            close = difflib.get_close_matches(str(key), _STEP_KEYS, n=1)
            text = (translate("errors", "{where}: unknown key {key}; did you mean {close}?")
                    if close else translate("errors", "{where}: unknown key {key}"))
            raise RecipeError(text.format(where=where, key=shown(key),
                                          close=repr(close[0]) if close else ""))
    if "kernel" not in data and "preset" not in data:
        raise RecipeError(translate("errors", "{where} needs a 'kernel' or a 'preset'")
                          .format(where=where))
    preset = data.get("preset")
    if preset is not None and not isinstance(preset, str):
        raise RecipeError(translate("errors", "{where}: preset must be a name such as 'sharpen', "
                                              "got {preset}")
                          .format(where=where, preset=shown(preset)))
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise RecipeError(translate("errors", "{where}: params must be an object such as "
                                              "{{\"size\": 5}}").format(where=where))
    if params and preset is None:
        raise RecipeError(translate("errors", "{where}: params need a preset").format(where=where))
    fields = {key: data[key] for key in ("name", "enabled", *_OPTIONS) if key in data}
    if version < 2:  # made before colour was weighted by alpha
        fields.setdefault("alpha_weighting", False)
    try:
        return Step(kernel=data.get("kernel"), preset=preset, params=params, **fields)
    except KernelStudioError as exc:
        raise RecipeError(translate("errors", "{where}: {exc}")
                          .format(where=where, exc=exc)) from None


def stack_from_dict(data) -> Stack:
    """Build a stack from a recipe document; `RecipeError` names what is wrong."""
    if not isinstance(data, dict):
        raise RecipeError(translate("errors", "a recipe must be a JSON object with a 'steps' list"))
    if data.get("format", RECIPE_FORMAT) != RECIPE_FORMAT:
        raise RecipeError(translate("errors", "this is not a kernelstudio recipe (format is "
                                              "{data_format})")
                          .format(data_format=shown(data['format'])))
    version = data.get("version", RECIPE_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RecipeError(translate("errors", "recipe version must be a whole number from 1, got "
                                              "{version}").format(version=shown(version)))
    if version > RECIPE_VERSION:
        raise RecipeError(
            translate("errors", "this recipe is version {version}, made by a newer kernelstudio; "
                                "this one reads up to version {recipe_version}")
            .format(version=version, recipe_version=RECIPE_VERSION)
        )
    unknown = sorted(set(data) - {"format", "version", "steps"})
    if unknown:
        raise RecipeError(translate("errors", "unknown recipe key {unknown_0} (keys: format, "
                                              "version, steps)")
                          .format(unknown_0=shown(unknown[0])))
    steps = data.get("steps")
    if not isinstance(steps, list):
        raise RecipeError(translate("errors", "a recipe needs a 'steps' list"))
    if len(steps) > MAX_STEPS:  # before any is read
        raise RecipeError(translate("errors", "a recipe holds at most {max_steps} steps, got "
                                              "{steps}")
                          .format(max_steps=MAX_STEPS, steps=len(steps)))
    return Stack(tuple(_step_from_dict(step, number, version)
                       for number, step in enumerate(steps, 1)))


def _format(value, indent: str = "") -> str:
    """JSON with two-space indents, but lists and objects of plain values on one line."""
    inner = indent + "  "
    items = value.values() if isinstance(value, dict) else value
    nested = isinstance(value, (dict, list)) and any(
        isinstance(item, (dict, list)) for item in items
    )
    if isinstance(value, dict) and nested:
        items = [f"{inner}{json.dumps(key)}: {_format(item, inner)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and nested:
        items = [inner + _format(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    return json.dumps(value, allow_nan=False)


def dumps_recipe(stack: Stack) -> str:
    """`stack` as recipe text."""
    return _format(stack_to_dict(stack)) + "\n"


def loads_recipe(text: str) -> Stack:
    """Parse recipe text into a stack; its numbers are read as `parse_number` reads them."""
    return stack_from_dict(read_json(
        text, RecipeError,
        not_held=translate("errors", "{name} is not a number a recipe may hold; use finite "
                                     "numbers"),
        too_deep=translate("errors", "the recipe is nested too deeply to be a recipe")))


def load_recipe(path: str | os.PathLike) -> Stack:
    """Read the recipe at `path`; every problem is a `RecipeError` naming the file."""
    name = os.fspath(path)
    raw = read_file(path, MAX_RECIPE_BYTES, RecipeError,
                    cannot_read=translate("errors", "cannot read recipe {name}: {exc}"),
                    too_large=translate("errors", "{name} is larger than {megabytes} MB; not a "
                                                  "recipe"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RecipeError(translate("errors", "{name} is not a text file; recipes are UTF-8 JSON")
                          .format(name=name)) from None
    try:
        return loads_recipe(text)
    except RecipeError as exc:
        raise RecipeError(translate("errors", "{name}: {exc}").format(name=name, exc=exc)) from None


def save_recipe(stack: Stack, path: str | os.PathLike) -> None:
    """Write `stack` as a recipe to `path`, atomically."""
    text = dumps_recipe(stack).encode("utf-8")
    try:
        with atomic_write(path) as stream:
            stream.write(text)
    except OSError as exc:
        raise RecipeError(translate("errors", "cannot save recipe {path}: {exc}")
                          .format(path=Path(path), exc=describe_os_error(exc))) from None
