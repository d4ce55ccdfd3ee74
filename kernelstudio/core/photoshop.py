"""Photoshop's Custom filter (Filter ▸ Other ▸ Custom) and its .acf files, as steps.

An .acf file is 54 bytes: 27 big-endian signed 16-bit numbers, the 25 weights of a 5×5
grid row after row, then the scale (the divisor, 1 to 9999) and the offset (-9999 to 9999
levels). Photoshop makes each value ``sum(window × weights) / scale + offset``, rounded
and kept within the image's range, with the centre weight over the pixel being made and
the others over its neighbours as they lie: a correlation, as a `Step` without ``flip``.

Photoshop's grid has no border option, no absolute value, opacity, channel choice,
repeats or linear light, so a step that uses them cannot be written (`dumps_acf` says
why); whatever else gives the same picture is folded in: a flip, ``normalize`` (GIMP's
too: its divisor and offset are written), a negative divisor, and a kernel of any size or
anchor whose weights lie within two cells of the anchor.
"""

from __future__ import annotations

import math
import struct
from fractions import Fraction

import numpy as np

from .errors import KernelFileError
from .kernel_text import kernel_to_text
from .kernels import KIND_NAMES
from .stack import STEP_OPTIONS, Step
from .words import QT_TRANSLATE_NOOP, translate

__all__ = ["ACF_SIZE", "MAX_ACF_OFFSET", "MAX_ACF_SCALE", "MAX_ACF_WEIGHT", "dumps_acf",
           "loads_acf"]

#: Bytes in an .acf file.
ACF_SIZE = 54
#: Largest weight magnitude Photoshop's grid takes.
MAX_ACF_WEIGHT = 999
#: Largest scale (divisor); the smallest is 1.
MAX_ACF_SCALE = 9999
#: Largest offset magnitude, in levels.
MAX_ACF_OFFSET = 9999
#: Cells from the centre to the rim of Photoshop's 5×5 grid.
_REACH = 2
_SIDE = 2 * _REACH + 1
_LAYOUT = f">{_SIDE * _SIDE + 2}h"
_NOT_ACF = QT_TRANSLATE_NOOP("errors", "not a Photoshop Custom filter")


def loads_acf(data: bytes) -> Step:
    """The step an .acf file's bytes describe: its kernel, divisor and offset.

    A 5×5 grid whose outer ring is all 0 is read as the 3×3 kernel inside it, which gives
    the same picture with every border but ``valid`` (Photoshop has no ``valid``).

    Raises
    ------
    KernelFileError
        For data of another size, or weights, scale or offset that Photoshop never writes.

    Examples
    --------
    >>> data = struct.pack(">27h", *([0] * 6), 0, -1, 0, 0, 0, -1, 5, -1, 0, 0, 0, -1, 0,
    ...                    *([0] * 6), 1, 0)
    >>> step = loads_acf(data)
    >>> step.kernel.tolist(), step.divisor, step.offset
    ([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]], 1.0, 0.0)
    """
    if len(data) != ACF_SIZE:
        raise KernelFileError(translate("errors", "{not_acf}: it has {data} bytes, and .acf files "
                                                  "have {acf_size}")
                              .format(not_acf=translate("errors", _NOT_ACF), data=len(data),
                                      acf_size=ACF_SIZE))
    *cells, scale, offset = struct.unpack(_LAYOUT, data)
    weights = np.array(cells, dtype=np.float64).reshape(_SIDE, _SIDE)
    big = np.abs(weights) > MAX_ACF_WEIGHT
    if big.any():
        row, col = np.argwhere(big)[0]
        raise KernelFileError(translate("errors", "{not_acf}: its weight at row {row}, column "
                                                  "{column} is {weight}, and Photoshop's lie "
                                                  "between -{max_acf_weight} and {max_acf_weight}")
                              .format(not_acf=translate("errors", _NOT_ACF), row=row + 1,
                                      column=col + 1,
                                      weight=int(weights[row, col]),
                                      max_acf_weight=MAX_ACF_WEIGHT))
    if not 1 <= scale <= MAX_ACF_SCALE:
        raise KernelFileError(translate("errors", "{not_acf}: its scale is {scale}, and "
                                                  "Photoshop's is from 1 to {max_acf_scale}")
                              .format(not_acf=translate("errors", _NOT_ACF), scale=scale,
                                      max_acf_scale=MAX_ACF_SCALE))
    if abs(offset) > MAX_ACF_OFFSET:
        raise KernelFileError(translate("errors", "{not_acf}: its offset is {offset}, and "
                                                  "Photoshop's lies between -{max_acf_offset} and "
                                                  "{max_acf_offset}")
                              .format(not_acf=translate("errors", _NOT_ACF), offset=offset,
                                      max_acf_offset=MAX_ACF_OFFSET))
    ring = np.ones((_SIDE, _SIDE), dtype=bool)
    ring[1:-1, 1:-1] = False
    if not weights[ring].any():
        weights = weights[1:-1, 1:-1]
    return Step(kernel=weights, divisor=float(scale), offset=float(offset))


def dumps_acf(step: Step) -> tuple[bytes, tuple[str, ...]]:
    """The .acf file that makes `step`'s picture in Photoshop, and notes on what differs.

    Returns
    -------
    bytes, tuple of str
        The file's 54 bytes; notes (one sentence each) on what Photoshop may do otherwise,
        which is only ever the pixels near the edge (it has no border option).

    Raises
    ------
    KernelFileError
        Saying why, for a step whose picture Photoshop cannot make: options it has not
        got, weights or a divisor that are not whole numbers (with the factor that makes
        them whole, when there is one), numbers beyond its ranges, or weights more than
        two cells from the anchor.

    Examples
    --------
    >>> data, notes = dumps_acf(Step(kernel=[[1, 2, 1], [2, 4, 2], [1, 2, 1]], divisor=16))
    >>> struct.unpack(">27h", data)[6:9], struct.unpack(">27h", data)[25:], notes
    ((1, 2, 1), (16, 0), ())
    >>> dumps_acf(Step(kernel=[[1 / 16, 1 / 8, 1 / 16]]))
    Traceback (most recent call last):
    ...
    kernelstudio.core.errors.KernelFileError: Photoshop's weights are whole numbers, and the \
weight at row 1, column 1 is 1/16; multiply the weights by 16 and set the divisor to 16, \
which gives the same picture
    """
    _refuse_options(step)
    divisor, offset = step.effective_divisor, step.effective_offset
    _check_numbers(step.kernel, divisor, offset)
    sign = 1 if divisor > 0 else -1  # w / -d is -w / d: the same picture
    top, left = step.weights_and_anchor()[1]  # a flip moves an even kernel's anchor
    weights = step.kernel[::-1, ::-1] if step.flip else step.kernel
    cells = np.argwhere(weights != 0)
    reach = int(np.abs(cells - (top, left)).max()) if len(cells) else 0
    if reach > _REACH:
        rows, cols = weights.shape
        raise KernelFileError(
            translate("errors", "Photoshop's 5×5 grid is centred on the pixel and reaches {reach} "
                                "cells from it; this {rows}×{cols} kernel has weights {reach2} "
                                "cells from its anchor (row {top}, column {left}), so it cannot "
                                "be centred in the grid")
            .format(reach=_REACH, rows=rows, cols=cols, reach2=reach, top=top, left=left))
    grid = np.zeros((_SIDE, _SIDE), dtype=np.int64)
    for row, col in cells:
        grid[row - top + _REACH, col - left + _REACH] = sign * round(weights[row, col])
    data = struct.pack(_LAYOUT, *grid.ravel().tolist(), sign * round(divisor), round(offset))
    notes = ()
    if step.border != "reflect101":
        notes = (f"Photoshop has no border option, so pixels within {max(reach, 1)} of the "
                 f"edge may differ from this step's {step.border} border.",)
    return data, notes


#: Step options whose picture the file makes too (folded into its numbers, or for the
#: border, noted), and alpha weighting, which changes nothing over opaque pixels.
_FOLDED = ("divisor", "offset", "normalize", "flip", "anchor", "border", "cval",
           "alpha_weighting")
#: What Photoshop's Custom filter lacks for each other option, and what to do about it.
_MISSING = {
    "absolute": "absolute values (turn off Absolute value)",
    "channels": "a choice of channels (Photoshop filters those selected in its Channels "
                "panel; set Channels to colour)",
    "opacity": "opacity (Photoshop's Edit ▸ Fade does that after filtering; set Opacity to "
               "100%)",
    "iterations": "repeats (set Iterations to 1, and run the filter again in Photoshop)",
    "linear": "linear light (it filters the values as they are stored)",
}


def _refuse_options(step: Step) -> None:
    """Options whose picture Photoshop cannot make, all named in one error; an option this
    module does not know is refused too, rather than written as if it were not there."""
    missing = [_MISSING.get(option.name, f"option {option.name}") for option in STEP_OPTIONS
               if option.name not in _FOLDED and getattr(step, option.name) != option.default]
    if step.border == "valid":
        missing.append("the valid border, which makes the picture smaller")
    if step.kind != "shared":
        missing.append(f"kernel {KIND_NAMES[step.kind]} (its one grid filters every "
                       "channel)")
    if missing:
        raise KernelFileError("Photoshop's Custom filter has no " + "; no ".join(missing))


def _check_numbers(kernel: np.ndarray, divisor: float, offset: float) -> None:
    """Whole weights, divisor and offset within Photoshop's ranges, or an error saying why."""
    loose = np.argwhere(kernel != np.round(kernel))
    if len(loose) or divisor != round(divisor):
        if len(loose):
            row, col = loose[0]
            problem = (f"Photoshop's weights are whole numbers, and the weight at row "
                       f"{row + 1}, column {col + 1} is {kernel_to_text([[kernel[row, col]]])}")
        else:
            problem = ("Photoshop's scale (the divisor) is a whole number, and this step "
                       f"divides by {kernel_to_text([[divisor]])}")
        raise KernelFileError(problem + _whole_hint(kernel, divisor))
    big = np.argwhere(np.abs(kernel) > MAX_ACF_WEIGHT)
    if len(big):
        row, col = big[0]
        raise KernelFileError(translate("errors", "Photoshop's weights lie between "
                                                  "-{max_acf_weight} and {max_acf_weight}, and "
                                                  "the weight at row {value}, column {value2} is "
                                                  "{value3:g}")
                              .format(max_acf_weight=MAX_ACF_WEIGHT, value=row + 1,
                                      value2=col + 1, value3=kernel[row, col]))
    if not 1 <= abs(divisor) <= MAX_ACF_SCALE:
        raise KernelFileError(translate("errors", "Photoshop's scale (the divisor) is from 1 to "
                                                  "{max_acf_scale}, and this step divides by "
                                                  "{divisor:g}")
                              .format(max_acf_scale=MAX_ACF_SCALE, divisor=divisor))
    if offset != round(offset) or abs(offset) > MAX_ACF_OFFSET:
        raise KernelFileError(translate("errors", "Photoshop's offset is a whole number of levels "
                                                  "from -{max_acf_offset} to {max_acf_offset}, "
                                                  "and this step adds {value}")
                              .format(max_acf_offset=MAX_ACF_OFFSET,
                                      value=kernel_to_text([[offset]])))


def _whole_hint(kernel: np.ndarray, divisor: float) -> str:
    """How to make the weights and divisor whole without changing the picture, if one can."""
    factor = 1
    for value in (divisor, *np.unique(kernel).tolist()):
        fraction = Fraction(value).limit_denominator(MAX_ACF_SCALE)
        if float(fraction) != value:
            return ""
        factor = math.lcm(factor, fraction.denominator)
    scaled = divisor * factor
    if (abs(scaled) > MAX_ACF_SCALE or factor > MAX_ACF_SCALE
            or np.abs(kernel).max() * factor > MAX_ACF_WEIGHT):
        return ""
    return (f"; multiply the weights by {factor} and set the divisor to {scaled:g}, which "
            "gives the same picture")
