"""The Python scripts of `kernelstudio.core.code`: OpenCV, SciPy and PyTorch.

A script is written for the steps it runs: the library filters (``correlate``), NumPy
does the rest of a step's options (``apply_step``), and only the code for options some
step uses is written, so a plain sharpen stays a short script.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .code_libraries import correlate
from .code_steps import grid, number_text, one_line, weighs, weights_text
from .stack import Step

if TYPE_CHECKING:
    from .code import Target

__all__ = ["script"]

_IMPORTS = {
    "opencv": ["import cv2", "import numpy as np"],
    "scipy": ["import numpy as np", "from PIL import Image, ImageOps", "from scipy import ndimage"],
    "pytorch": ["import numpy as np", "import torch", "import torch.nn.functional as F",
                "from PIL import Image, ImageOps"],
}
#: What each key of a step's dictionary means, said once above the steps.
_KEYS = {
    "weights": "what kernelstudio correlates with: the kernel over its divisor (turned 180° "
               "for flip)",
    "grids": "rows × cols: one kernel for every channel; channels × rows × cols: one per "
             "channel; outputs × inputs × rows × cols: each output channel sums a kernel over "
             "every input channel (the layout of PyTorch's Conv2d.weight)",
    "anchor": "the (row, col) of the weight that lies over the pixel being made",
    "border": "how pixels beyond the edge are made up",
    "fill": "the constant border's value, in 8-bit levels (128 is mid-grey at any depth)",
    "offset": "added after dividing, in 8-bit levels",
    "absolute": "take the sums' absolute values (edge detectors)",
    "opacity": "how much of the result replaces the step's input, 0 to 1",
    "channels": '"color" (all but alpha), "all", or letters from "rgba"',
    "linear": "filter light (sRGB decoded), not the encoded values, as GIMP does",
    "alpha_weighting": "weight colour by alpha, so colour under transparent pixels does not "
                       "bleed into visible ones",
    "iterations": "how many times the step runs, rounded in between",
}


@dataclass(frozen=True)
class _Uses:
    """Which options the steps use, and so which code the script needs."""

    borders: frozenset[str]
    fill: bool  # a constant border of a fill other than 0
    channels: bool  # channels other than "color"
    alpha: bool  # some step filters alpha
    linear: bool
    weighting: bool
    absolute: bool
    offset: bool
    opacity: bool
    iterations: bool
    slices: bool  # some step has a kernel per channel or across channels

    @classmethod
    def of(cls, steps: list[Step]) -> _Uses:
        return cls(
            borders=frozenset(step.border for step in steps),
            fill=any(step.border == "constant" and step.cval != 0 for step in steps),
            channels=any(step.channels != "color" for step in steps),
            alpha=any(step.channels == "all" or "a" in step.channels
                      for step in steps if step.channels != "color"),
            linear=any(step.linear for step in steps),
            weighting=any(weighs(step) for step in steps),
            absolute=any(step.absolute for step in steps),
            offset=any(any(step.offsets) for step in steps),
            opacity=any(step.opacity < 1 for step in steps),
            iterations=any(step.iterations > 1 for step in steps),
            slices=any(step.kind != "shared" for step in steps),
        )

    @property
    def finish(self) -> bool:
        return self.absolute or self.offset or self.opacity

    @property
    def valid(self) -> bool:
        return "valid" in self.borders


def script(steps: list[Step], title: str, target: str, about: Target) -> str:
    """The Python script for `target` (`about` it) running `steps` (at least one)."""
    uses = _Uses.of(steps)
    imports = "\n".join(["import sys", "", *_IMPORTS[target]])
    head = [_docstring(title, target, about, uses), imports, _steps(steps, uses)]
    parts = [
        "\n\n".join(head),
        *_helpers(target, uses),
        _apply_step(uses),
        _main(uses, about.run),
    ]
    return "\n\n\n".join(part.strip("\n") for part in parts if part) + "\n"


def _docstring(title: str, target: str, about: Target, uses: _Uses) -> str:
    linear = " and 8-bit images' linear light in 16 bits" if uses.linear else ""
    notes = [f"It matches kernelstudio's result within one level: kernelstudio sums 8-bit "
             f"images in float32{linear}, this script in float64."]
    if target == "opencv":
        notes.append("OpenCV reads grey + alpha as RGBA, and photos as stored: not turned "
                     "upright by their EXIF orientation, as kernelstudio turns them.")
    title = _quote(title[:1].upper() + title[1:])
    return "\n".join([
        f'"""{title} as {about.title} code, written by kernelstudio.',
        "",
        f"Run:  {about.run}",
        "",
        "IN may be an 8-bit grey, grey + alpha, RGB or RGBA image, or a 16-bit grey one; OUT",
        "is written in the format its name ends in.",
        *(line for note in notes for line in ("", *_wrap(note, 88))),
        '"""',
    ])


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def _keys(uses: _Uses) -> list[str]:
    keys = ["weights", *["grids"] * uses.slices, "anchor", "border"]
    flags = {"fill": uses.fill, "offset": uses.offset, "absolute": uses.absolute,
             "opacity": uses.opacity, "channels": uses.channels, "linear": uses.linear,
             "alpha_weighting": uses.weighting, "iterations": uses.iterations}
    return keys + [key for key, used in flags.items() if used]


def _steps(steps: list[Step], uses: _Uses) -> str:
    keys = _keys(uses)
    lines = ["# The steps, applied in order. In each:"]
    for key in keys:
        lines.extend("#   " * (not index) + "#     " * bool(index) + part for index, part in
                     enumerate(_wrap(f"{key}: {_KEYS[key]}", 82)))
    keys = [key for key in keys if key != "grids"]  # said above, not a key of its own
    lines.append("STEPS = [")
    for number, step in enumerate(steps, 1):
        lines.extend(_step(step, number, keys))
    lines.append("]")
    return "\n".join(lines)


def _step(step: Step, number: int, keys: list[str]) -> list[str]:
    rows, cols = step.size
    offsets = step.offsets
    values = {
        "anchor": repr(step.weights_and_anchor()[1]),
        "border": f'"{step.border}"',
        "fill": number_text(step.cval),
        "offset": (number_text(offsets[0]) if len(set(offsets)) == 1 else
                   "np.array([" + ", ".join(number_text(value) for value in offsets) + "])"),
        "absolute": repr(step.absolute),
        "opacity": number_text(step.opacity),
        "channels": f'"{step.channels}"',
        "linear": repr(step.linear),
        "alpha_weighting": repr(weighs(step)),
        "iterations": str(step.iterations),
    }
    title = one_line(step.title)
    size = "" if title.startswith(f"Custom {rows}×{cols}") else f" ({rows}×{cols})"
    lines = ["    {", f"        # Step {number}: {title}{size}", *_weights(step)]
    lines += [f'        "{key}": {values[key]},' for key in keys[1:]]
    return [*lines, "    },"]


def _weights(step: Step) -> list[str]:
    """The lines of a step's ``"weights"``: a grid, or nested grids (a kernel per channel or
    across channels, each output channel's over its own divisor)."""
    if step.kind == "shared":
        cells, divisor = weights_text(step)
        over = "" if divisor is None else f" / {number_text(divisor)}"
        return ['        "weights": np.array([',
                *grid(cells, " " * 12, start="[", sep=", ", end="],"),
                f"        ], dtype=np.float64){over},"]
    weights = step.weights_and_anchor()[0]
    lines = ['        "weights": np.array([']

    def nest(part: np.ndarray, depth: int) -> None:
        indent = " " * (12 + 4 * depth)
        if part.ndim == 2:
            lines.extend(grid([[number_text(value) for value in row] for row in part],
                              indent, start="[", sep=", ", end="],"))
            return
        for inner in part:
            lines.append(indent + "[")
            nest(inner, depth + 1)
            lines.append(indent + "],")

    nest(weights, 0)
    return [*lines, "        ], dtype=np.float64),"]


def _helpers(target: str, uses: _Uses) -> list[str]:
    reading = _OPENCV_FILES if target == "opencv" else _PILLOW_FILES
    helpers = [reading, correlate(target, uses.borders, uses.fill)]
    if uses.slices:
        helpers.append(_SLICES.replace(", *fill", ", fill" if uses.fill else ""))
    if uses.valid:
        helpers.append(_INSIDE)
    if uses.channels:
        helpers.append(_CHANNELS)
    if uses.linear:
        helpers.append(_LINEAR)
    if uses.finish:
        helpers.append(_finish(uses))
    return helpers


_PILLOW_FILES = '''
def read_image(path):
    """`path` as an array (rows, cols, channels): 8-bit grey, grey + alpha, RGB or RGBA,
    or 16-bit grey; turned upright as its EXIF orientation says. 16-bit colour is refused."""
    with Image.open(path) as picture:
        # Pillow reads 16-bit colour at 8 bits: stop rather than lose half of each value.
        if not picture.mode.startswith("I") and ";16" in str(picture.tile[:1]):
            sys.exit(f"{path} has 16-bit colour, which Pillow reads at 8 bits; the OpenCV "
                     "script keeps all 16")
        picture = ImageOps.exif_transpose(picture)
    if picture.mode.startswith("I;16"):  # 16-bit grey
        pixels = np.asarray(picture, dtype=np.uint16)
    else:
        if picture.mode not in ("L", "LA", "RGB", "RGBA"):  # palette, CMYK...
            picture = picture.convert("RGBA" if picture.has_transparency_data else "RGB")
        pixels = np.asarray(picture)
    return pixels.reshape(pixels.shape[0], pixels.shape[1], -1)


def write_image(path, image):
    """Write `image` (rows, cols, channels) in the format the end of `path` names."""
    Image.fromarray(image[..., 0] if image.shape[2] == 1 else image).save(path)
'''

_OPENCV_FILES = '''
def read_image(path):
    """`path` as an array (rows, cols, channels) of 8 or 16 bits, in R, G, B(, A) order."""
    pixels = cv2.imread(path, cv2.IMREAD_UNCHANGED)  # as stored: 16 bits and alpha kept
    if pixels is None:
        sys.exit(f"cannot read {path}")
    if pixels.ndim == 2:
        return pixels[..., None]
    # OpenCV keeps colour as B, G, R; turned round, the channel letters mean what they say.
    turn = cv2.COLOR_BGR2RGB if pixels.shape[2] == 3 else cv2.COLOR_BGRA2RGBA
    return cv2.cvtColor(pixels, turn)


def write_image(path, image):
    """Write `image` (rows, cols, channels) in the format the end of `path` names."""
    if image.shape[2] == 1:
        image = image[..., 0]
    elif image.shape[2] >= 3:
        turn = cv2.COLOR_RGB2BGR if image.shape[2] == 3 else cv2.COLOR_RGBA2BGRA
        image = cv2.cvtColor(image, turn)
    if not cv2.imwrite(path, image):
        sys.exit(f"cannot write {path}")
'''

_SLICES = '''
def correlate_grids(planes, weights, anchor, border, *fill):
    """`planes` correlated with `weights` of any layout (see the steps): one grid for every
    channel; a grid per channel; or, across channels, each output channel the sum of every
    input channel correlated with its grid."""
    if weights.ndim == 2:
        return correlate(planes, weights, anchor, border, *fill)
    if weights.ndim == 3:
        return np.concatenate([correlate(planes[..., [index]], grid, anchor, border, *fill)
                               for index, grid in enumerate(weights)], axis=2)
    return np.concatenate([sum(correlate(planes[..., [index]], grid, anchor, border, *fill)
                               for index, grid in enumerate(grids)) for grids in weights],
                          axis=2)


def coverage_of(opacity, weights, anchor, border, *fill):
    """Each output channel's share of its weights (their sizes, over every input channel)
    that lies over visible pixels: the `opacity` correlated with them, scaled to sum 1."""
    sizes = np.abs(weights) if weights.ndim < 4 else np.abs(weights).sum(axis=1)
    sizes = sizes.reshape(-1, *sizes.shape[-2:])
    return np.concatenate([correlate(opacity, grid / grid.sum(), anchor, border, *fill)
                           for grid in sizes], axis=2)
'''

_INSIDE = '''
def inside(planes, shape, anchor):
    """The part of `planes` where a kernel of `shape`, at `anchor`, lies wholly inside it:
    border "valid" makes only those pixels."""
    rows = planes.shape[0] - shape[0] + 1
    cols = planes.shape[1] - shape[1] + 1
    return planes[anchor[0] : anchor[0] + rows, anchor[1] : anchor[1] + cols]
'''

_CHANNELS = '''
def channel_indices(channels, count, alpha):
    """The channels a step filters in an image of `count` channels, `alpha` the last or None.

    "color" is every channel but alpha, "all" every one; letters pick channels, and on grey
    images r, g and b all mean the grey one.
    """
    if channels == "color":
        return [index for index in range(count) if index != alpha]
    if channels == "all":
        return list(range(count))
    picked = set()
    for letter in channels:
        if letter == "a":
            if alpha is not None:
                picked.add(alpha)
        else:
            picked.add("rgb".index(letter) if count >= 3 else 0)
    return sorted(picked)
'''

_LINEAR = '''
def to_linear(values, full):
    """sRGB-encoded values (0 to full) as the light they stand for, on the same scale."""
    encoded = values / full
    light = np.where(encoded <= 0.04045, encoded / 12.92, ((encoded + 0.055) / 1.055) ** 2.4)
    return light * full


def to_srgb(light, full):
    """Light (0 to full; beyond is clipped) encoded as sRGB, on the same scale."""
    light = np.clip(light / full, 0, 1)
    encoded = np.where(light <= 0.0031308, light * 12.92, 1.055 * light ** (1 / 2.4) - 0.055)
    return encoded * full
'''


def _fill(uses: _Uses, value: str = "fill") -> str:
    """The fill argument of a ``correlate`` call, if any step needs one."""
    return f", {value}" if uses.fill else ""


def _finish_arguments(uses: _Uses) -> str:
    return ", ".join(["sums", *["before"] * uses.opacity, "step", *["full"] * uses.offset])


def _finish(uses: _Uses) -> str:
    lines = [f"def finish({_finish_arguments(uses)}):",
             '    """The options that come after the sums, in kernelstudio\'s order."""']
    if uses.absolute:
        lines += ['    if step["absolute"]:', "        sums = np.abs(sums)"]
    if uses.offset:
        lines.append('    sums = sums + step["offset"] * full / 255  # from 8-bit levels')
    if uses.opacity:
        lines.append('    return before + step["opacity"] * (sums - before)  # mixed with input')
    else:
        lines.append("    return sums")
    return "\n".join(lines)


def _apply_step(uses: _Uses) -> str:
    fill = _fill(uses)
    call = "correlate_grids" if uses.slices else "correlate"
    if uses.slices:
        coverage = [f"            coverage = coverage_of(opacity, weights, anchor, border"
                    f"{_fill(uses, 'fill / full')})"]
    else:
        coverage = ["            shares = np.abs(weights) / np.abs(weights).sum()",
                    "            coverage = correlate(opacity, shares, anchor, border"
                    f"{_fill(uses, 'fill / full')})"]
    lines = [
        "def apply_step(image, step):",
        '    """One pass of `step` over `image` (rows, cols, channels): a new image of its',
        '    type."""',
        "    full = np.iinfo(image.dtype).max  # 255 for 8-bit images, 65535 for 16-bit ones",
        "    values = image.astype(np.float64)",
        "    count = values.shape[2]",
        "    alpha = count - 1 if count in (2, 4) else None  # grey + alpha and RGBA end in alpha",
    ]
    if uses.channels:
        lines += ['    picked = channel_indices(step["channels"], count, alpha)',
                  "    colour = [index for index in picked if index != alpha]"]
    else:
        lines.append("    colour = [index for index in range(count) if index != alpha]")
    lines.append('    weights, anchor, border = step["weights"], step["anchor"], step["border"]')
    if uses.fill:
        lines.append('    fill = min(max(round(step["fill"] * full / 255), 0), full)  '
                     "# in the image's levels")
    lines.append("    result = values.copy()")
    crop = []
    if uses.valid:
        lines += ['    if border == "valid":  # only pixels whose window lies inside the image',
                  "        result = inside(result, weights.shape[-2:], anchor)"]
        crop = ['        if border == "valid":',
                "            before = inside(before, weights.shape[-2:], anchor)"]
    keep = uses.opacity or uses.weighting  # `before` is wanted after the sums
    lines += ["    if colour:", "        before = values[..., colour]"]
    if uses.linear:
        lines += ['        if step["linear"]:  # filter light, not its sRGB encoding',
                  "            before = to_linear(before, full)"]
    if uses.weighting:
        lines += [
            '        weigh = step["alpha_weighting"] and alpha is not None and '
            "values[..., alpha].min() < full",
            "        if weigh:",
            "            # Colour counts as much as its pixel is opaque: filter colour × alpha,",
            "            # then divide by the coverage, the share of the weights over visible",
            "            # pixels.",
            "            opacity = values[..., [alpha]] / full",
            f"            sums = {call}(before * opacity, weights, anchor, border"
            f"{_fill(uses, 'fill * fill / full')})",
            *coverage,
            "            seen = coverage > 1e-6  # else nothing under the kernel is visible",
            "            sums = np.divide(sums, coverage, out=sums, where=seen)",
            "        else:",
            f"            sums = {call}(before, weights, anchor, border{fill})",
        ]
    else:
        lines.append(f"        sums = {call}(before, weights, anchor, border{fill})")
    if keep:
        lines += crop
    lines.append(f"        after = finish({_finish_arguments(uses)})" if uses.finish
                 else "        after = sums")
    if uses.weighting:
        lines += ["        if weigh:  # where nothing is visible, the colour stays as it was",
                  "            after = np.where(seen, after, before)"]
    if uses.linear:
        lines += ['        if step["linear"]:', "            after = to_srgb(after, full)"]
    lines.append("        result[..., colour] = after")
    if uses.alpha:
        lines += ["    if alpha in picked:  # alpha as it is: never weighted nor decoded",
                  "        before = values[..., [alpha]]",
                  f"        sums = correlate(before, weights, anchor, border{fill})"]
        if uses.opacity:
            lines += crop
        lines.append(f"        result[..., [alpha]] = finish({_finish_arguments(uses)})"
                     if uses.finish else "        result[..., [alpha]] = sums")
    lines += ["    # Rounded (halves to even) and kept in range, as kernelstudio does each pass.",
              "    return np.clip(np.rint(result), 0, full).astype(image.dtype)"]
    return "\n".join(lines)


def _main(uses: _Uses, usage: str) -> str:
    if uses.iterations:
        loop = ["    for step in STEPS:",
                '        for _ in range(step["iterations"]):',
                "            image = apply_step(image, step)"]
    else:
        loop = ["    for step in STEPS:", "        image = apply_step(image, step)"]
    return "\n".join([
        "def main():",
        "    if len(sys.argv) != 3:",
        f'        sys.exit("usage: {usage}")',
        "    image = read_image(sys.argv[1])",
        *loop,
        "    write_image(sys.argv[2], image)",
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ])
