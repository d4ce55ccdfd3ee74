"""The ImageMagick script of `kernelstudio.core.code`: one ``convert-im6.q16`` command.

Each step is a ``-morphology Correlate`` with the step's weights, its anchor as the
kernel's origin, ``-virtual-pixel`` for the border and ``-define convolve:scale/bias`` for
the divisor and offset. What one correlation cannot do (absolute values, opacity, colour
weighted by alpha while alpha is kept) goes through ``-fx``, which combines the step's
input (``u[0]``) with filtered copies of it (``u[1]``, ``u[2]``). What ImageMagick 6 cannot
do exactly, the script says at its top (as measured on Debian's ImageMagick 6.9.11 Q16).
"""

from __future__ import annotations

import numpy as np

from .code_steps import filters_colour, grid, number_text, one_line, weighs, weights_text
from .stack import Stack, Step

__all__ = ["PROGRAM", "script"]

#: The command the script runs: Debian's name for ImageMagick 6's convert.
PROGRAM = "convert-im6.q16"
#: One 8-bit level in ImageMagick's 16-bit units (what bias and colours are written in).
_LEVEL = 257
#: ImageMagick's settings before the command changes them.
_DEFAULTS = {"scale": "1", "bias": "0"}
_BORDERS = {"reflect101": "Mirror", "reflect": "Mirror", "replicate": "Edge", "wrap": "Tile",
            "constant": "Background"}


def _letters(channels: str) -> str:
    """A step's channels as ImageMagick's -channel names them."""
    return {"color": "RGB", "all": "RGBA"}.get(channels, channels.upper())


def script(steps: list[Step], title: str, run: str) -> str:
    """The shell script running `steps` (at least one) through ImageMagick; `run` says how
    it is run."""
    title = title[:1].upper() + title[1:]
    lines = [f"# {title} as an ImageMagick command, written by kernelstudio.", "#",
             f"# Run:  {run}", "#",
             f"# It runs {PROGRAM}, Debian's name for ImageMagick 6's convert; with",
             "# ImageMagick 7, write magick instead.", "#",
             "# Where the result differs from kernelstudio's:"]
    for note in _differences(steps):
        lines += _comment(note, "# - ", "#   ")
    lines += ["", "set -e", ""]
    command = [f'{PROGRAM} "$1"']
    settings: dict[str, str] = {}
    for number, step in enumerate(steps, 1):
        lines += _kernel(step, number)
        command += _step(step, number, settings)
    command.append('"$2"')
    if any(_mixes(step) for step in steps):
        lines += _comment(_HOW_FX, "# ", "# ")
    return "\n".join(["#!/bin/sh", *lines, " \\\n  ".join(command)]) + "\n"


_HOW_FX = ("Each \\( -clone 0 ... \\) filters a copy of the image; -fx then makes every pixel "
           "of the -channel channels from the image (u[0]) and its filtered copies (u[1], "
           "u[2]), leaving the other channels as they were.")


def _comment(text: str, first: str, rest: str, width: int = 88) -> list[str]:
    lines, line = [], first
    for word in text.split():
        if len(line) > len(rest) and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest + word
        else:
            line = f"{line}{'' if line in (first, rest) else ' '}{word}"
    return [*lines, line]


def _kernel(step: Step, number: int) -> list[str]:
    """The shell variable holding step `number`'s kernel, with a comment saying what it is."""
    rows, cols = step.kernel.shape
    row, col = step.weights_and_anchor()[1]
    cells, _ = weights_text(step, fractions=False)
    about = (f"Step {number}: {one_line(step.title)}. Its weights are {cols} wide and {rows} high; "
             f"+{col}+{row} puts the anchor at column {col}, row {row} (from 0 at the top left).")
    return [*_comment(about, "# ", "# "), f"kernel_{number}='{cols}x{rows}+{col}+{row}:",
            *grid(cells, "  ")[:-1], grid(cells, "  ")[-1] + "'", ""]


def _set(settings: dict[str, str], name: str, value: str) -> list[str]:
    """The words changing setting `name` to `value`, if it is not set so already: a
    setting lasts for the rest of the command. (Set back to a default, never unset: once
    an image is read, ``+define`` would leave the image's own copy in place.)"""
    if settings.get(name, _DEFAULTS.get(name)) == value:
        return []
    settings[name] = value
    if name in ("virtual-pixel", "background"):
        return [f"-{name}", value]
    return [f"-define convolve:{name}={value}"]


def _step(step: Step, number: int, settings: dict[str, str]) -> list[str]:
    """The lines of the command that run step `number`."""
    _, divisor = weights_text(step, fractions=False)
    scale = "1" if divisor is None else number_text(1 / divisor)
    offset = step.effective_offset
    words = []
    if step.border in _BORDERS:  # valid pads nothing
        words += _set(settings, "virtual-pixel", _BORDERS[step.border])
    if step.border == "constant":
        level = min(max(round(step.cval * _LEVEL), 0), 65535)
        words += _set(settings, "background", f"'#{level:04x}{level:04x}{level:04x}{level:04x}'")
    words += _set(settings, "scale", scale)
    words += _set(settings, "bias", "0" if step.absolute or not offset else
                  number_text(offset * _LEVEL))
    colour = filters_colour(step)
    lines = ["-colorspace RGB"] if step.linear and colour else []  # sRGB to linear light
    if words:
        lines.append(" ".join(words))
    weighted = weighs(step)
    morph = "RGBA,Sync" if weighted else _letters(step.channels)
    kernel = f'"$kernel_{number}"'
    if not _mixes(step):
        repeat = f":{step.iterations}" if step.iterations > 1 else ""
        lines.append(f"-channel {morph} -morphology Correlate{repeat} {kernel} +channel")
    else:
        for _ in range(step.iterations):
            lines += _combined(step, morph, kernel, scale, settings)
    if step.border == "valid":
        lines.append(_crop(step))
    if step.linear and colour:
        lines.append("-colorspace sRGB")
    return lines


def _mixes(step: Step) -> bool:
    """Whether `step` needs more than one correlation: filtered copies mixed by ``-fx``
    (for absolute values, opacity, or colour weighted by alpha while alpha is kept)."""
    return step.absolute or step.opacity < 1 or (weighs(step) and step.channels != "all")


def _combined(step: Step, morph: str, kernel: str, scale: str,
              settings: dict[str, str]) -> list[str]:
    """One pass that filters copies of the input and combines them with ``-fx``."""

    def copy(factor: str) -> str:
        return " ".join(["\\( -clone 0", *_set(settings, "scale", factor),
                         f"-channel {morph} -morphology Correlate {kernel} \\)"])

    lines = [copy(scale)]
    value = "u[1]"
    if step.absolute:  # ImageMagick clips below 0: |x| is what x and -x keep above it
        lines.append(copy(number_text(-float(scale))))
        value = "u[1] + u[2]"
        if step.effective_offset:
            value += f" + {number_text(step.effective_offset / 255)}"
    if step.opacity < 1:
        value = f"u[0] + {number_text(step.opacity)} * ({value} - u[0])"
    lines.append(f"-channel {_letters(step.channels)} -fx '{value}' +channel")
    return lines


def _crop(step: Step) -> str:
    """Border ``valid``: cut off what lies less than the kernel's reach from the edges."""
    rows, cols = step.kernel.shape
    top, left = step.crop_offset
    bottom = (rows - 1) * step.iterations - top
    right = (cols - 1) * step.iterations - left
    words = []
    if top or left:
        words.append(f"-gravity NorthWest -chop {left}x{top}")
    if bottom or right:
        words.append(f"-gravity SouthEast -chop {right}x{bottom}")
    return " ".join([*words, "+gravity +repage"])


def _differences(steps: list[Step]) -> list[str]:
    """What the script does otherwise than kernelstudio, one sentence each."""
    notes = []
    mirrored = [number for number, step in enumerate(steps, 1) if step.border == "reflect101"]
    rows, cols = Stack(tuple(steps)).reach
    if mirrored and (rows or cols):
        notes.append(f"ImageMagick has no reflect101 border: its Mirror repeats the edge pixel, "
                     f"as kernelstudio's reflect does, so for {_steps(mirrored)} the pixels less "
                     f"than {_count(rows, 'row')} or {_count(cols, 'column')} from the edges "
                     "differ.")
    if sum(step.iterations for step in steps) > 1:
        notes.append("ImageMagick keeps 16 bits between steps and iterations where kernelstudio "
                     "rounds to the image's levels: 8-bit results may differ by a level.")
    notes.append("ImageMagick writes 8-bit PNG files with the fractions of levels dropped, where "
                 "kernelstudio rounds them: name OUT .tif or .bmp (or PNG32:OUT.png, which adds "
                 "alpha) to have them rounded.")
    notes += _weighting(steps)
    mixed = [number for number, step in enumerate(steps, 1) if _mixes(step)]
    if mixed:
        notes.append(f"On images with alpha, the -fx of {_steps(mixed)} makes the colour of "
                     "fully transparent pixels black; kernelstudio keeps it (they stay "
                     "invisible).")
    for number, step in enumerate(steps, 1):
        notes += _step_differences(step, number)
    return notes


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def _steps(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"step {numbers[0]}"
    return "steps " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def _weighting(steps: list[Step]) -> list[str]:
    weighted = [number for number, step in enumerate(steps, 1) if weighs(step)]
    if not weighted:
        return []
    inexact = []
    for number in weighted:
        weights = steps[number - 1].weights_and_anchor()[0]
        if (np.any(weights < 0) or not np.isclose(weights.sum(), 1)
                or steps[number - 1].effective_offset):
            inexact.append(number)
    notes = [f"On images with alpha, where every pixel under the kernel of {_steps(weighted)} "
             "is fully transparent, ImageMagick makes the colour black; kernelstudio keeps it."]
    filled = [number for number in weighted if steps[number - 1].border == "constant"
              and steps[number - 1].cval < 255]
    if filled:
        notes.append(f"On fully opaque images with alpha, ImageMagick weights the colour of "
                     f"{_steps(filled)} by the alpha of the constant border (its fill), where "
                     "kernelstudio, with nothing transparent, does not weight: pixels near the "
                     "edges differ.")
    if inexact:
        notes.append(f"On images with alpha, {_steps(inexact)} "
                     f"weight{'s' if len(inexact) == 1 else ''} colour by alpha otherwise: "
                     "ImageMagick divides by the sum of weight × alpha (and so scales the offset "
                     "too), kernelstudio by the share of the weights over visible pixels; they "
                     "agree only for weights of 0 or more summing to 1, without an offset. "
                     "Partly transparent pixels differ.")
    return notes


def _step_differences(step: Step, number: int) -> list[str]:
    notes = []
    letters = set(step.channels) & set("rgb") if step.channels not in ("color", "all") else set()
    if letters:
        notes.append(f"On grey images, step {number}'s -channel {_letters(step.channels)} filters "
                     "only that one of the grey's three equal values, making the image colour; "
                     "kernelstudio filters the grey.")
    if step.effective_offset and (step.channels == "all" or "a" in step.channels):
        notes.append(f"ImageMagick adds step {number}'s offset to transparency, not to alpha: "
                     "alpha differs.")
    weights = step.weights_and_anchor()[0]
    overshoots = np.any(weights < 0) or weights.sum() > 1 or step.effective_offset
    if step.opacity < 1 and overshoots:
        notes.append(f"Step {number} is mixed by opacity after ImageMagick has clipped values "
                     "beyond black and white; kernelstudio mixes first, so strong edges differ.")
    if step.linear:
        notes.append(f"ImageMagick keeps step {number}'s linear light in 16 bits: on 16-bit images "
                     "dark values may differ by a few 16-bit levels (kernelstudio uses floats).")
    if step.border == "constant" and not float(step.cval).is_integer():
        notes.append(f"On 8-bit images kernelstudio rounds step {number}'s fill to "
                     f"{min(max(round(step.cval), 0), 255)} levels; ImageMagick fills with "
                     f"{number_text(step.cval)}.")
    return notes
