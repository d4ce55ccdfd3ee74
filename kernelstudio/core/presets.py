"""Named, parametric kernels.

Each preset is data: a name, a title, a short description, where it comes from, the family
the window files it under, the parameters it takes (with defaults and the ranges a slider
may offer), a function that lays the weights out as a readable grid, and the step options
it comes with (Pillow's scale and offset, as the step's divisor and offset). Defaults
follow the classic image-kernel tutorials and the programs named as sources.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from . import classic_kernels as classic
from .errors import PresetError
from .kernels import as_kernel, gaussian_kernel
from .numbers import parse_number, real_number, shown
from .words import QT_TRANSLATE_NOOP, either, translate

__all__ = ["FAMILIES", "PRESETS", "Param", "Preset", "get_preset", "parse_preset_spec"]

#: The families presets are filed under, in the order the window shows them. Titles, docs,
#: sources, families and parameter docs are English (context "presets"), translated where shown.
FAMILIES = (QT_TRANSLATE_NOOP("presets", "Blur"), QT_TRANSLATE_NOOP("presets", "Sharpen"),
            QT_TRANSLATE_NOOP("presets", "Edges"), QT_TRANSLATE_NOOP("presets", "Effects"))

ParamValue = float | int | str


@dataclass(frozen=True)
class Param:
    """One tunable parameter of a preset.

    A parameter is a choice (``choices`` given), a whole number (``integer=True``, optionally
    ``odd=True``) or a real number, limited to ``minimum..maximum``; ``step`` is the natural
    increment for a slider or spin box.
    """

    name: str
    default: ParamValue
    minimum: float = 0.0
    maximum: float = 0.0
    step: float = 1.0
    integer: bool = False
    odd: bool = False
    choices: tuple[str, ...] = ()
    doc: str = ""

    @property
    def kind(self) -> str:
        """``"choice"``, ``"int"`` or ``"float"``."""
        if self.choices:
            return "choice"
        return "int" if self.integer else "float"

    def describe(self) -> str:
        """``name=default (range)`` as the command line lists it."""
        if self.choices:
            return f"{self.name}={self.default} ({'|'.join(self.choices)})"
        allowed = f"{_number_text(self.minimum)}..{_number_text(self.maximum)}"
        if self.odd:
            allowed += ", " + translate("presets", "odd")
        return f"{self.name}={_number_text(self.default)} ({allowed})"

    def coerce(self, value, preset: str) -> ParamValue:
        """Return `value` checked and converted, or raise `PresetError` saying why."""
        where = f"{preset}: {self.name}"
        if self.choices:
            # top-left, "top left" and top_left all name the choice top_left.
            text = (value.strip().lower().replace("-", "_").replace(" ", "_")
                    if isinstance(value, str) else None)
            if text not in self.choices:
                choices = ", ".join(self.choices)
                raise PresetError(translate("errors", "{where} must be one of {choices}, got "
                                                      "{value}")
                                  .format(where=where, choices=choices, value=shown(value)))
            return text
        number = _to_number(value, where)
        if self.integer:
            if number != int(number):
                raise PresetError(translate("errors", "{where} must be a whole number, got {value}")
                                  .format(where=where, value=shown(value)))
            number = int(number)
        if not self.minimum <= number <= self.maximum:
            raise PresetError(
                translate("errors", "{where} must be between {minimum} and {maximum}, got {number}")
                .format(where=where, minimum=_number_text(self.minimum),
                        maximum=_number_text(self.maximum), number=_number_text(number))
            )
        if self.odd and number % 2 == 0:
            raise PresetError(translate("errors", "{where} must be odd, got {number}")
                              .format(where=where, number=number))
        return number


#: Whole numbers up to this are written out in full; larger ones as 1e+15.
_PLAIN_WHOLE = 1e15


def _number_text(value: ParamValue) -> str:
    if isinstance(value, str):
        return value
    plain = value == int(value) and abs(value) < _PLAIN_WHOLE
    return str(int(value)) if plain else f"{value:g}"


def _to_number(value, where: str) -> float:
    """Text (as typed, in bounded time) or a real number, as a finite float."""
    if isinstance(value, str):
        return parse_number(value, where, error=PresetError)
    return real_number(value, where, error=PresetError)


@dataclass(frozen=True)
class Preset:
    """A named kernel family: ``build(**params)`` returns the weights as a grid.

    `source` says where the kernel is defined (a program's filter or function, a paper),
    `family` is one of `FAMILIES`, and `options` are the step options a step made from
    the preset starts with (``{"divisor": 6}`` for Pillow's DETAIL, whose scale is 6).
    """

    name: str
    title: str
    doc: str
    build: Callable[..., object]
    params: tuple[Param, ...] = field(default=())
    source: str = ""
    family: str = FAMILIES[0]
    options: Mapping[str, float] = field(default_factory=dict)

    def resolve(self, params: Mapping[str, object] | None = None) -> dict[str, ParamValue]:
        """Fill in defaults and check every value; unknown names raise `PresetError`."""
        given = dict(params or {})
        known = {param.name: param for param in self.params}
        for name in given:
            if name not in known:
                hint = ", ".join(known) if known else translate("errors", "none")
                raise PresetError(
                    translate("errors", "preset {name} has no parameter {name2} (parameters: "
                                        "{hint})")
                    .format(name=self.name, name2=shown(name), hint=hint)
                )
        return {
            name: param.coerce(given.get(name, param.default), self.name)
            for name, param in known.items()
        }

    def kernel(self, params: Mapping[str, object] | None = None, /, **kwargs) -> np.ndarray:
        """The preset's kernel for `params` (a mapping, keyword arguments, or both)."""
        return as_kernel(self.build(**self.resolve({**(params or {}), **kwargs})))


def _identity(iden):
    return [
        [0, 0, 0],
        [0, iden, 0],
        [0, 0, 0],
    ]


def _sharpen(inner, edge):
    i, e = inner, edge
    return [
        [0, e, 0],
        [e, i, e],
        [0, e, 0],
    ]


def _blur(inner, edge, corner):
    i, e, c = inner, edge, corner
    return [
        [c, e, c],
        [e, i, e],
        [c, e, c],
    ]


def _box(size):
    return np.full((size, size), 1.0 / (size * size))


def _gaussian(size, sigma):
    return gaussian_kernel(size, sigma)


def _emboss(diag, iden):
    d, i = diag, iden
    return [
        [-d, -i, 0],
        [-i, i, i],
        [0, i, d],
    ]


def _outline(inner, outer):
    i, o = inner, outer
    return [
        [o, o, o],
        [o, i, o],
        [o, o, o],
    ]


def _edge_enhance(center):
    # Pillow's EDGE_ENHANCE is center=10 (divided by 2); EDGE_ENHANCE_MORE is center=9.
    c = center
    weights = np.array([
        [-1, -1, -1],
        [-1, c, -1],
        [-1, -1, -1],
    ])
    return weights / (c - 8)


def _motion_blur(length, angle):
    """A line `length` pixels long at `angle` degrees (0 = horizontal, counter-clockwise).

    Each cell weighs how much of a one-pixel-wide line covers it: full on the line, fading
    over one pixel across it and over half a pixel at its ends. Weights sum to 1.
    """
    if length == 1:
        return [[1.0]]
    radius = math.ceil(length / 2) + 1
    offsets = np.arange(-radius, radius + 1, dtype=np.float64)
    y, x = np.meshgrid(offsets, offsets, indexing="ij")
    theta = math.radians(angle)
    along = x * math.cos(theta) - y * math.sin(theta)
    across = np.abs(x * math.sin(theta) + y * math.cos(theta))
    weights = np.clip(1 - across, 0, 1) * np.clip(length / 2 + 0.5 - np.abs(along), 0, 1)
    weights[np.abs(weights) < 1e-12] = 0
    # Trim empty rims, top and bottom together and left and right together, so the line
    # stays centred on the anchor.
    while len(weights) > 1 and not weights[[0, -1], :].any():
        weights = weights[1:-1]
    while weights.shape[1] > 1 and not weights[:, [0, -1]].any():
        weights = weights[:, 1:-1]
    return weights / weights.sum()


def _unsharp(amount, size, sigma):
    weights = -amount * gaussian_kernel(size, sigma)
    weights[size // 2, size // 2] += 1 + amount
    return weights


def _weight(name, default, doc, low=-10.0, high=10.0, step=1.0):
    return Param(name, default, low, high, step, doc=doc)


_SIZE_DOC = QT_TRANSLATE_NOOP("presets", "side of the kernel in pixels")


# Each parameter's name is a window word too (context "presets"): marked where it first
# appears, shown translated by the window, typed in English on the command line.
def _odd_size(default, low, doc=_SIZE_DOC):
    return Param(QT_TRANSLATE_NOOP("presets", "size"), default, low, 31, 2, integer=True,
                 odd=True, doc=doc)


_SIGMA = Param(QT_TRANSLATE_NOOP("presets", "sigma"), 0.0, 0.0, 20.0, 0.1,
               doc=QT_TRANSLATE_NOOP("presets", "spread in pixels; 0 picks it from the size"))

def _gabor(**params):
    # "lambda" is OpenCV's name for the wavelength, and a Python keyword.
    return classic.gabor_kernel(params["size"], params["sigma"], params["theta"],
                                params["lambda"], params["gamma"], params["psi"])


def _pillow(*rows):
    """One of Pillow's built-in filters: its weights as written in ImageFilter."""
    return lambda: np.array(rows)


# Pillow's FIND_EDGES and CONTOUR share their weights; CONTOUR adds 255.
_PILLOW_EDGES = _pillow(
    [-1, -1, -1],
    [-1, 8, -1],
    [-1, -1, -1],
)
_SIDES = Param(QT_TRANSLATE_NOOP("presets", "direction"), "top", choices=classic.SIDES,
               doc=QT_TRANSLATE_NOOP("presets", "the side that must be brighter for a positive "
                                                "response"))
_SPREAD = dict(minimum=0.1, maximum=20.0, step=0.1)
_DEGREES = dict(minimum=-180.0, maximum=180.0, step=15.0)
_SETOSA = QT_TRANSLATE_NOOP("presets", "setosa.io Image Kernels")
# Parameter texts several presets share.
_CENTRE = QT_TRANSLATE_NOOP("presets", "centre weight")
_FOUR = QT_TRANSLATE_NOOP("presets", "weight of the four neighbours")

PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset("blur", QT_TRANSLATE_NOOP("presets", "Blur"),
               QT_TRANSLATE_NOOP("presets", "A small 3×3 weighted average."), _blur, (
            _weight(QT_TRANSLATE_NOOP("presets", "inner"), 0.25, _CENTRE, 0.0, 1.0, 0.0625),
            _weight(QT_TRANSLATE_NOOP("presets", "edge"), 0.125, _FOUR, 0.0, 1.0, 0.0625),
            _weight(QT_TRANSLATE_NOOP("presets", "corner"), 0.0625,
                    QT_TRANSLATE_NOOP("presets", "weight of the four corners"), 0.0, 1.0, 0.0625),
        ), _SETOSA, "Blur"),
        Preset("box", QT_TRANSLATE_NOOP("presets", "Box blur"),
               QT_TRANSLATE_NOOP("presets", "The plain average of a square."), _box, (
            _odd_size(3, 1),
        ), QT_TRANSLATE_NOOP("presets", "OpenCV blur (normalised box filter)"), "Blur"),
        Preset("gaussian", QT_TRANSLATE_NOOP("presets", "Gaussian blur"),
               QT_TRANSLATE_NOOP("presets", "A smooth blur with OpenCV's Gaussian."), _gaussian, (
            _odd_size(5, 1),
            _SIGMA,
        ), QT_TRANSLATE_NOOP("presets", "OpenCV getGaussianKernel"), "Blur"),
        Preset("binomial", QT_TRANSLATE_NOOP("presets", "Binomial"),
               QT_TRANSLATE_NOOP("presets", "Pascal's triangle times itself: a Gaussian in "
                                            "whole numbers."), classic.binomial_kernel, (
            _odd_size(5, 1),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick Binomial"), "Blur"),
        Preset("disk", QT_TRANSLATE_NOOP("presets", "Lens blur"),
               QT_TRANSLATE_NOOP("presets", "A disk, as an out-of-focus lens blurs; rim cells "
                                            "weigh the part of them inside the circle."),
               classic.disk_kernel, (
            Param(QT_TRANSLATE_NOOP("presets", "radius"), 3.0, 0.5, 15.0, 0.5,
                  doc=QT_TRANSLATE_NOOP("presets", "radius of the disk in pixels")),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick Disk, with area-weighted rim cells"), "Blur"),
        Preset("motion_blur", QT_TRANSLATE_NOOP("presets", "Motion blur"),
               QT_TRANSLATE_NOOP("presets", "Smears along a line, as a moving camera does."),
               _motion_blur, (
            Param(QT_TRANSLATE_NOOP("presets", "length"), 9, 1, 31, 1, integer=True,
                  doc=QT_TRANSLATE_NOOP("presets", "length of the smear in pixels")),
            Param(QT_TRANSLATE_NOOP("presets", "angle"), 0.0, -180.0, 180.0, 15.0,
                  doc=QT_TRANSLATE_NOOP("presets", "degrees counter-clockwise from horizontal")),
        ), QT_TRANSLATE_NOOP("presets", "kernelstudio (an antialiased line)"), "Blur"),
        Preset("smooth", QT_TRANSLATE_NOOP("presets", "Smooth"),
               QT_TRANSLATE_NOOP("presets", "Pillow's SMOOTH: a centre-weighted 3×3 average "
                                            "(divisor 13)."), _pillow(
            [1, 1, 1],
            [1, 5, 1],
            [1, 1, 1],
        ), (), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.SMOOTH"), "Blur",
               {"divisor": 13.0}),
        Preset("smooth_more", QT_TRANSLATE_NOOP("presets", "Smooth more"),
               QT_TRANSLATE_NOOP("presets", "Pillow's SMOOTH_MORE: a centre-weighted 5×5 "
                                            "average (divisor 100)."), _pillow(
            [1, 1, 1, 1, 1],
            [1, 5, 5, 5, 1],
            [1, 5, 44, 5, 1],
            [1, 5, 5, 5, 1],
            [1, 1, 1, 1, 1],
        ), (), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.SMOOTH_MORE"), "Blur",
               {"divisor": 100.0}),
        Preset("identity", QT_TRANSLATE_NOOP("presets", "Identity"),
               QT_TRANSLATE_NOOP("presets", "Leaves the photo as it is (scaled by iden)."),
               _identity, (
            _weight(QT_TRANSLATE_NOOP("presets", "iden"), 1.0, _CENTRE, step=0.1),
        ), _SETOSA, "Sharpen"),
        Preset("sharpen", QT_TRANSLATE_NOOP("presets", "Sharpen"),
               QT_TRANSLATE_NOOP("presets", "Boosts each pixel against its four neighbours."),
               _sharpen, (
            _weight("inner", 5.0, _CENTRE, -20.0, 20.0),
            _weight("edge", -1.0, _FOUR),
        ), _SETOSA, "Sharpen"),
        Preset("unsharp", QT_TRANSLATE_NOOP("presets", "Unsharp mask"),
               QT_TRANSLATE_NOOP("presets", "Adds back the difference from a Gaussian blur."),
               _unsharp, (
            Param(QT_TRANSLATE_NOOP("presets", "amount"), 1.0, 0.0, 10.0, 0.1,
                  doc=QT_TRANSLATE_NOOP("presets", "how much of the detail to add")),
            _odd_size(5, 3),
            _SIGMA,
        ), QT_TRANSLATE_NOOP("presets", "textbook unsharp mask, with OpenCV's Gaussian"),
               "Sharpen"),
        Preset("edge_enhance", QT_TRANSLATE_NOOP("presets", "Edge enhance"),
               QT_TRANSLATE_NOOP("presets", "Pillow's EDGE_ENHANCE; 9 is EDGE_ENHANCE_MORE."),
               _edge_enhance, (
            _weight(QT_TRANSLATE_NOOP("presets", "center"), 10.0,
                    QT_TRANSLATE_NOOP("presets", "centre weight (sum is center - 8)"), 9.0, 40.0),
        ), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE"),
               "Sharpen"),
        Preset("detail", QT_TRANSLATE_NOOP("presets", "Detail"),
               QT_TRANSLATE_NOOP("presets", "Pillow's DETAIL: a gentle sharpen (divisor 6)."),
               _pillow(
            [0, -1, 0],
            [-1, 10, -1],
            [0, -1, 0],
        ), (), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.DETAIL"), "Sharpen",
               {"divisor": 6.0}),
        Preset("sobel", QT_TRANSLATE_NOOP("presets", "Sobel"),
               QT_TRANSLATE_NOOP("presets", "Responds to edges facing one direction."),
               classic.side_kernel, (
            _SIDES,
            _weight("edge", 2.0, QT_TRANSLATE_NOOP("presets", "weight of the middle taps")),
            _weight("corner", 1.0, QT_TRANSLATE_NOOP("presets", "weight of the corner taps")),
        ), QT_TRANSLATE_NOOP("presets", "OpenCV Sobel (ksize 3); setosa.io Image Kernels"),
               "Edges"),
        Preset("prewitt", QT_TRANSLATE_NOOP("presets", "Prewitt"),
               QT_TRANSLATE_NOOP("presets", "Sobel's edges with equal weights: flatter, "
                                            "noisier."),
               lambda direction: classic.side_kernel(direction, 1, 1), (
            _SIDES,
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick Prewitt"), "Edges"),
        Preset("scharr", QT_TRANSLATE_NOOP("presets", "Scharr"),
               QT_TRANSLATE_NOOP("presets", "Sobel's edges with weights that treat every angle "
                                            "more alike."),
               lambda direction: classic.side_kernel(direction, 10, 3), (
            _SIDES,
        ), QT_TRANSLATE_NOOP("presets", "OpenCV Scharr"), "Edges"),
        Preset("kirsch", QT_TRANSLATE_NOOP("presets", "Kirsch"),
               QT_TRANSLATE_NOOP("presets", "A compass edge: 5 on the three cells facing a "
                                            "direction, -3 on the rest."),
               classic.kirsch_kernel, (
            Param("direction", "top", choices=classic.COMPASS,
                  doc=QT_TRANSLATE_NOOP("presets", "the side or corner that must be brighter "
                                                   "for a positive response")),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick Kirsch"), "Edges"),
        Preset("roberts", QT_TRANSLATE_NOOP("presets", "Roberts"),
               QT_TRANSLATE_NOOP("presets", "The smallest edge detector: a 2×2 diagonal "
                                            "difference."),
               classic.roberts_kernel, (
            Param("direction", "top_left", choices=classic.DIAGONALS,
                  doc=QT_TRANSLATE_NOOP("presets", "the corner that must be brighter for a "
                                                   "positive response")),
        ), QT_TRANSLATE_NOOP("presets", "Roberts cross (1963), as ImageMagick Roberts"), "Edges"),
        Preset("laplacian", QT_TRANSLATE_NOOP("presets", "Laplacian"),
               QT_TRANSLATE_NOOP("presets", "-1 around a centre that balances them: edges only. "
                                            "Size 3 is the 8-neighbour Laplacian (square) or "
                                            "the 4-neighbour one (cross)."),
               classic.laplacian_kernel, (
            _odd_size(5, 3),
            Param(QT_TRANSLATE_NOOP("presets", "form"), "square",
                  choices=(QT_TRANSLATE_NOOP("presets", "square"),
                           QT_TRANSLATE_NOOP("presets", "cross")),
                  doc=QT_TRANSLATE_NOOP("presets", "square: -1 on every other cell; cross: on "
                                                   "the middle row and column")),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick Laplacian:0 (square) and :1 (cross), at "
                                        "size 3"), "Edges"),
        Preset("log", QT_TRANSLATE_NOOP("presets", "LoG"),
               QT_TRANSLATE_NOOP("presets", "Laplacian of Gaussian: edges at one scale, as a "
                                            "Mexican hat; positive weights sum to 1, negative "
                                            "to -1."),
               classic.log_kernel, (
            _odd_size(9, 3),
            Param("sigma", 1.4, doc=QT_TRANSLATE_NOOP(
                "presets", "spread of the Gaussian in pixels; the kernel holds both signs only "
                           "while sigma < (size − 1) / 2, and blurs beyond"), **_SPREAD),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick LoG"), "Edges"),
        Preset("dog", QT_TRANSLATE_NOOP("presets", "DoG"),
               QT_TRANSLATE_NOOP("presets", "Difference of Gaussians: the blur at sigma1 minus "
                                            "the one at sigma2; positive weights sum to 1, "
                                            "negative to -1."),
               classic.dog_kernel, (
            _odd_size(9, 3),
            Param(QT_TRANSLATE_NOOP("presets", "sigma1"), 1.0, doc=QT_TRANSLATE_NOOP(
                "presets", "spread of the positive Gaussian in pixels"), **_SPREAD),
            Param(QT_TRANSLATE_NOOP("presets", "sigma2"), 1.6, doc=QT_TRANSLATE_NOOP(
                "presets", "spread of the negative Gaussian in pixels"), **_SPREAD),
        ), QT_TRANSLATE_NOOP("presets", "ImageMagick DoG, with OpenCV's Gaussians"), "Edges"),
        Preset("outline", QT_TRANSLATE_NOOP("presets", "Outline"),
               QT_TRANSLATE_NOOP("presets", "Highlights large differences between neighbours."),
               _outline, (
            _weight("inner", 8.0, _CENTRE, -50.0, 50.0),
            _weight(QT_TRANSLATE_NOOP("presets", "outer"), -1.0,
                    QT_TRANSLATE_NOOP("presets", "weight of the eight neighbours")),
        ), _SETOSA, "Edges"),
        Preset("find_edges", QT_TRANSLATE_NOOP("presets", "Find edges"),
               QT_TRANSLATE_NOOP("presets", "Pillow's FIND_EDGES: bright lines on black where "
                                            "the photo has edges."),
               _PILLOW_EDGES, (), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.FIND_EDGES"),
               "Edges"),
        Preset("emboss", QT_TRANSLATE_NOOP("presets", "Emboss"),
               QT_TRANSLATE_NOOP("presets", "Makes edges look raised, lit from the top left."),
               _emboss, (
            _weight(QT_TRANSLATE_NOOP("presets", "diag"), 2.0,
                    QT_TRANSLATE_NOOP("presets", "weight of the diagonal corners")),
            _weight("iden", 1.0,
                    QT_TRANSLATE_NOOP("presets", "weight of the centre and its neighbours")),
        ), _SETOSA, "Effects"),
        Preset("contour", QT_TRANSLATE_NOOP("presets", "Contour"),
               QT_TRANSLATE_NOOP("presets", "Pillow's CONTOUR: dark lines on white where the "
                                            "photo has edges (offset 255)."),
               _PILLOW_EDGES, (), QT_TRANSLATE_NOOP("presets", "Pillow ImageFilter.CONTOUR"),
               "Effects", {"offset": 255.0}),
        Preset("gabor", QT_TRANSLATE_NOOP("presets", "Gabor"),
               QT_TRANSLATE_NOOP("presets", "Stripes under a Gaussian: responds to texture at "
                                            "one angle and spacing, like a CNN's first layer."),
               _gabor, (
            _odd_size(21, 3),
            Param("sigma", 4.0, 0.5, 20.0, 0.5,
                  doc=QT_TRANSLATE_NOOP("presets", "spread of the Gaussian in pixels")),
            Param(QT_TRANSLATE_NOOP("presets", "theta"), 0.0, doc=QT_TRANSLATE_NOOP(
                "presets", "degrees, as OpenCV's theta: 0 upright stripes, 90 level ones, "
                           "turning clockwise"), **_DEGREES),
            # From 3: at 2 pixels, the finest wave the grid holds, a 90° phase samples
            # nothing but the wave's zeros.
            Param(QT_TRANSLATE_NOOP("presets", "lambda"), 10.0, 3.0, 64.0, 0.5,
                  doc=QT_TRANSLATE_NOOP("presets", "wavelength of the stripes in pixels")),
            Param(QT_TRANSLATE_NOOP("presets", "gamma"), 0.5, 0.1, 5.0, 0.05,
                  doc=QT_TRANSLATE_NOOP("presets", "aspect: below 1 the stripes are longer than "
                                                   "the Gaussian is wide")),
            Param(QT_TRANSLATE_NOOP("presets", "psi"), 90.0, doc=QT_TRANSLATE_NOOP(
                "presets", "phase in degrees: 0 a bright centre stripe, 90 an edge"), **_DEGREES),
        ), QT_TRANSLATE_NOOP("presets", "OpenCV getGaborKernel (theta and psi in degrees)"),
               "Effects"),
    )
}


def get_preset(name: str) -> Preset:
    """The preset called `name`, or a `PresetError` that suggests the closest names."""
    key = str(name).strip().lower().replace("-", "_").replace(" ", "_")
    if key in PRESETS:
        return PRESETS[key]
    close = difflib.get_close_matches(key, PRESETS, n=3)
    text = (translate("errors", "unknown preset {name}; did you mean {close}? (presets: "
                                "{presets})") if close else
            translate("errors", "unknown preset {name} (presets: {presets})"))
    raise PresetError(text.format(name=shown(name), close=either(close) if close else "",
                                  presets=', '.join(PRESETS)))


def parse_preset_spec(spec: str) -> tuple[Preset, dict[str, ParamValue]]:
    """Parse ``NAME[:param=value,...]`` as the command line writes it.

    Examples
    --------
    >>> preset, params = parse_preset_spec("sobel:direction=left,edge=3")
    >>> preset.name, params["direction"], params["edge"]
    ('sobel', 'left', 3.0)
    """
    name, _, rest = str(spec).partition(":")
    preset = get_preset(name)
    given: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise PresetError(translate("errors", "{preset_name}: write parameters as name=value, "
                                                  "got {item}")
                              .format(preset_name=preset.name, item=shown(item)))
        if key.strip() in given:
            raise PresetError(translate("errors", "{preset_name}: parameter {key} is given twice")
                              .format(preset_name=preset.name, key=shown(key.strip())))
        given[key.strip()] = value.strip()
    return preset, preset.resolve(given)
