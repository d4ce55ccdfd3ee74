"""One output pixel worked out, value by value: of `convolve`, and of a whole `Step`.

These are for teaching and inspecting, in float64, beside the engine rather than inside it:
they read the same border cells the engine gathers (`border_indices`) and the same options
`Step.apply` uses, so what they show is what the filter did.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from .convolve import check_anchor, fill_value
from .engine import border_indices, check_border, check_image, output_shape, value_range
from .errors import ImageError
from .kernels import across_channels, as_kernel, whole_number
from .light import decode_srgb, encode_srgb
from .passes import MIN_COVERAGE, alpha_index, check_slices, levels, weighs_by_alpha
from .stack import Step, channel_names
from .words import translate

__all__ = ["PixelExplanation", "StepExplanation", "explain_pixel", "explain_step"]


def _cells(array: np.ndarray, shape: tuple[int, int], row, col, border: str,
           anchor: tuple[int, int], fill: float) -> tuple:
    """The cells a kernel of `shape` reads for output pixel (`row`, `col`), border applied.

    `array` is a checked image, 2-D or 3-D. Returns ``row, col, top, left`` (ints) and the
    read-only ``rows, cols, outside, window`` of `PixelExplanation` (the window has the
    image's channel axis, if any).
    """
    height, width = output_shape(array.shape, shape, border)
    row, col = whole_number(row, "row", ImageError), whole_number(col, "column", ImageError)
    if not (0 <= row < height and 0 <= col < width):
        raise ImageError(
            translate("errors", "pixel (row {row}, column {col}) lies outside the "
                                "{height}×{width} result")
            .format(row=row, col=col, height=height, width=width)
        )
    ay, ax = anchor
    top, left = (row, col) if border == "valid" else (row - ay, col - ax)
    kh, kw = shape
    rows, rows_outside = border_indices(top, top + kh, array.shape[0], border)
    cols, cols_outside = border_indices(left, left + kw, array.shape[1], border)
    outside = rows_outside[:, None] | cols_outside[None, :]
    window = array[np.ix_(rows, cols)].astype(np.float64)
    if border == "constant":
        window[outside] = fill
    _freeze(rows, cols, outside, window)
    return row, col, top, left, rows, cols, outside, window


def _freeze(*parts) -> None:
    for part in parts:
        if isinstance(part, np.ndarray):
            part.flags.writeable = False


@dataclass(frozen=True, eq=False)
class PixelExplanation:
    """How `convolve` makes one output pixel; see `explain_pixel`.

    The arrays are read-only. ``window``, ``products`` are (kh, kw) for a 2-D image and
    (kh, kw, C) for a 3-D one; ``total`` and ``value`` are scalars or (C,) arrays likewise.
    ``rows`` and ``cols`` are always valid image indices: for ``constant`` the cells marked
    ``outside`` read no pixel (they hold the fill value) and their index is the nearest edge.
    """

    row: int
    col: int
    top: int
    left: int
    weights: np.ndarray
    window: np.ndarray
    products: np.ndarray
    total: np.floating | np.ndarray
    value: np.generic | np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    outside: np.ndarray


def explain_pixel(image, kernel, row, col, *, border="reflect101", cval=0.0,
                  anchor=None) -> PixelExplanation:
    """Work out output pixel (`row`, `col`) of `convolve` step by step, as tutorials draw it.

    ``out[row, col] = sum(kernel[i, j] * image[top + i, left + j])`` with the window's
    top-left ``(top, left) = (row - ay, col - ax)``, or ``(row, col)`` for ``valid`` (whose
    smaller output starts where the whole kernel fits). Cells beyond the image are made up
    by `border` exactly as `convolve` does.

    Parameters
    ----------
    image, kernel, border, cval, anchor
        As for `convolve`.
    row, col : int
        A pixel of `convolve`'s output for this border.

    Returns
    -------
    PixelExplanation
        The window, the products, their ``total`` in float64 and the ``value`` `convolve`
        stores (rounded to nearest, ties to even, and saturated for integer images).
        `convolve` sums uint8 and float32 images in float32, so its result may differ from
        ``value`` by one level where the exact total lies within float32 rounding of a tie.

    Raises
    ------
    ImageError
        For a bad image, or a pixel that is not a whole number inside the output.
    KernelError, BorderError
        As `convolve` does.

    Examples
    --------
    >>> import numpy as np
    >>> explain = explain_pixel(np.arange(25).reshape(5, 5), np.arange(9).reshape(3, 3), 1, 1)
    >>> explain.window.tolist()
    [[0.0, 1.0, 2.0], [5.0, 6.0, 7.0], [10.0, 11.0, 12.0]]
    >>> float(explain.total)
    312.0
    """
    array = check_image(image)
    weights = as_kernel(kernel)
    check_border(border)
    fill = fill_value(cval, array.dtype)
    anchor = check_anchor(anchor, weights.shape)
    row, col, top, left, rows, cols, outside, window = _cells(array, weights.shape, row, col,
                                                              border, anchor, fill)
    products = window * (weights if array.ndim == 2 else weights[..., None])
    total = products.sum(axis=(0, 1))
    limits = value_range(array.dtype)
    value = total if limits is None else np.clip(np.rint(total), *limits)
    value = value.astype(array.dtype)
    _freeze(products, total, value)
    return PixelExplanation(row, col, top, left, weights, window, products, total, value,
                            rows, cols, outside)




@dataclass(frozen=True, eq=False)
class StepExplanation:
    """How `Step.apply` makes one output pixel; see `explain_step`. Arrays are read-only.

    Attributes
    ----------
    row, col : int
        The pixel of the step's output.
    channels, names : tuple
        The input channels the step filters (indices) and their letters ("R", "G", "B",
        "A"; "L", "A" for grey; "5", "6"... beyond).
    weights : ndarray, (kh, kw), (C, kh, kw) or (C, C, kh, kw)
        The kernel as correlated, of the step's `~Step.kind`: rotated 180° for ``flip``,
        not divided by the divisor.
    anchor : (int, int)
        The cell of `weights` that lies over the output pixel's own input pixel.
    top, left : int
        The window's top-left in the step's input; negative beyond the top or left edge.
    rows, cols, outside : ndarray
        As in `PixelExplanation`: the input rows and columns read (always valid indices),
        and the cells beyond the image, which hold the ``constant`` fill instead.
    window, products : ndarray, (kh, kw, C)
        The input values under the kernel (border applied; with ``linear``, colour in
        linear light, in the image's levels) and them times `weights` (and times
        `opacity` for colour weighted by alpha); for a cross-channel kernel, each output
        channel's products summed over the input channels. With several ``iterations``, the last
        pass's: its input is the result of the passes before.
    opacity : ndarray, (kh, kw), or None
        With alpha weighting, the alpha (0 to 1) of the window's pixels, which weights
        their colour; None when the step does not weight by alpha.
    stages : tuple of (str, ndarray)
        The arithmetic in order, each value (C,) float64, and only the stages the step's
        options call for: ``"sum"``, ``"divide"``, ``"alpha"`` (divided by the share of
        the kernel over visible pixels; a window all transparent keeps the input's
        colour), ``"absolute"``, ``"offset"``, ``"opacity"``, ``"encode"`` (from linear
        light back to sRGB), then always ``"round"`` (to nearest, ties to even, for
        integer images; then kept within 0..`full_scale`).
    value : ndarray, (C,), or None
        What the step actually stored there, in the image's type (None when asked
        ``with_value=False``). It may differ from the ``"round"`` stage by one level where
        the float32 engine meets a tie differently.
    full_scale : float
        255, 65535 or 1.0; ``offset`` and ``cval`` are in 8-bit levels scaled by it / 255.
    integer : bool
        True for uint8 and uint16 images.
    """

    row: int
    col: int
    channels: tuple[int, ...]
    names: tuple[str, ...]
    weights: np.ndarray
    anchor: tuple[int, int]
    top: int
    left: int
    rows: np.ndarray
    cols: np.ndarray
    outside: np.ndarray
    window: np.ndarray
    products: np.ndarray
    opacity: np.ndarray | None
    stages: tuple[tuple[str, np.ndarray], ...]
    value: np.ndarray | None
    full_scale: float
    integer: bool


def _stages(step: Step, total: np.ndarray, before: np.ndarray, full_scale: float,
            integer: bool, coverage: np.ndarray, encoded: np.ndarray
            ) -> tuple[tuple[str, np.ndarray], ...]:
    """The values after each thing `step` does to the sums, in `Step.apply`'s order.

    `coverage` is each channel's alpha coverage (1 where not weighted by alpha); `encoded`
    marks the channels filtered in linear light, encoded to sRGB at the end.
    """
    stages = [("sum", total)]
    value = total
    hidden = coverage <= MIN_COVERAGE  # a window all transparent keeps the input's colour

    def stage(key: str, values: np.ndarray) -> None:
        nonlocal value
        value = np.where(hidden, value, values)
        stages.append((key, value))

    divisors, offsets = np.array(step.divisors), np.array(step.offsets)
    if (divisors != 1).any():
        stage("divide", value / divisors)
    if (coverage != 1).any():
        value = np.where(hidden, before, value / np.where(hidden, 1, coverage))
        stages.append(("alpha", value))
    if step.absolute:
        stage("absolute", np.abs(value))
    if offsets.any():
        stage("offset", value + offsets * full_scale / 255)
    if step.opacity < 1:
        stage("opacity", before + step.opacity * (value - before))
    if encoded.any():
        light = np.clip(value, 0.0, full_scale) / full_scale
        value = np.where(encoded, encode_srgb(light) * full_scale, value)
        stages.append(("encode", value))
    stages.append(("round", np.clip(np.rint(value) if integer else value, 0.0, full_scale)))
    _freeze(*(values for _, values in stages))
    return tuple(stages)


def _stored_value(step: Step, array: np.ndarray, row: int, col: int, chosen: list[int],
                  output) -> np.ndarray:
    """What ``step.apply(array)`` (`output`, computed if None) stored at (row, col)."""
    if output is None:
        output = step.apply(array)
    output = np.asarray(output)
    expected = step.result_shape(array.shape) + array.shape[2:]
    if output.shape != expected or output.dtype != array.dtype:
        raise ImageError(
            translate("errors", "output must be the step's {array_dtype} result of shape "
                                "{expected}, got {output_dtype} of shape {output_shape}")
            .format(array_dtype=array.dtype, expected=expected, output_dtype=output.dtype,
                    output_shape=output.shape)
        )
    return (output if output.ndim == 3 else output[..., None])[row, col, chosen]


def explain_step(step: Step, image, row, col, *, output=None,
                 with_value: bool = True) -> StepExplanation:
    """Work out pixel (`row`, `col`) of ``step.apply(image)`` stage by stage.

    The window under the (flipped, if asked) kernel, its products and their sum, then the
    step's divide, absolute value, offset and opacity mix, each only if the step does it,
    and the rounding into the image's range; beside them the value the step really stored.
    A disabled step is explained as if enabled, as `Step.apply` runs it.

    Parameters
    ----------
    step : Step
        The step.
    image : array_like
        The step's input: uint8, uint16, float32 or float64, 2-D or 3-D.
    row, col : int
        A pixel of the step's output. For border ``valid`` the output is smaller: its pixel
        (0, 0) lies over input pixel ``step.crop_offset``.
    output : ndarray, optional
        ``step.apply(image)``, when the caller has it already; computed when omitted.
    with_value : bool
        False leaves ``value`` None and skips the step's full output (the stages are all
        worked out from the window), for a caller that does not show it.

    Returns
    -------
    StepExplanation
        Always with a channel axis (C,), also for 2-D images.

    Raises
    ------
    ImageError
        For a bad image, a pixel that is not a whole number inside the output, or an
        `output` of another shape or type than the step makes.
    StepError, KernelError
        As `Step.apply` raises them.

    Examples
    --------
    >>> import numpy as np
    >>> photo = np.array([[10, 20, 30], [40, 50, 60], [70, 80, 90]], np.uint8)
    >>> step = Step(kernel=np.ones((3, 3)), normalize=True, offset=3)
    >>> explained = explain_step(step, photo, 1, 1)
    >>> explained.window[..., 0].tolist()
    [[10.0, 20.0, 30.0], [40.0, 50.0, 60.0], [70.0, 80.0, 90.0]]
    >>> [(key, values.tolist()) for key, values in explained.stages]
    [('sum', [450.0]), ('divide', [50.0]), ('offset', [53.0]), ('round', [53.0])]
    >>> explained.names, explained.value.tolist()
    (('L',), [53])
    """
    array = check_image(image)
    full_scale = levels(array.dtype)
    integer = array.dtype.kind in "ui"
    planes = array if array.ndim == 3 else array[..., None]
    source = planes
    if step.iterations > 1:  # the last pass, on what the others made
        source = dataclasses.replace(step, iterations=step.iterations - 1).apply(planes)
    anchor = step.weights_and_anchor()[1]
    weights = step.kernel[..., ::-1, ::-1] if step.flip else step.kernel
    fill = fill_value(step.cval * full_scale / 255, array.dtype)
    row, col, top, left, rows, cols, outside, window = _cells(source, step.size, row, col,
                                                              step.border, anchor, fill)
    count = planes.shape[2]
    chosen = check_slices(step, count)
    across = across_channels(weights, len(chosen))
    alpha = alpha_index(count)
    colour = np.array([index != alpha for index in chosen], bool)
    encoded = colour if step.linear else np.zeros_like(colour)
    ay, ax = top + anchor[0], left + anchor[1]  # the input pixel under the anchor
    before = source[ay, ax].astype(np.float64)
    window = window.copy()
    if step.linear:  # in linear light, in the image's own levels; the fill is light
        light = [index for index in range(count) if index != alpha]
        window[..., light] = decode_srgb(window[..., light] / full_scale) * full_scale
        if step.border == "constant":
            window[outside] = fill
        before[light] = decode_srgb(before[light] / full_scale) * full_scale
    opacity = None
    coverage = np.ones(len(chosen))
    if weighs_by_alpha(step, source, chosen):
        opacity = window[..., alpha] / full_scale
        magnitudes = np.abs(across).sum(axis=1)  # (C, kh, kw): all inputs of an output
        shares = (magnitudes * opacity).sum(axis=(1, 2)) / magnitudes.sum(axis=(1, 2))
        coverage[colour] = shares[colour]
    window = window[..., chosen]
    weighted = window.copy()  # the values the weights multiply
    if opacity is not None:
        weighted[..., colour] *= opacity[..., None]
    if step.kind == "cross-channel":  # each output's products, summed over its inputs
        products = np.einsum("hwj,ijhw->hwi", weighted, across)
    else:
        products = weighted * (weights[..., None] if step.kind == "shared"
                               else np.moveaxis(weights, 0, -1))
    before = before[chosen]
    stages = _stages(step, products.sum(axis=(0, 1)), before, full_scale, integer, coverage,
                     encoded)
    value = _stored_value(step, array, row, col, chosen, output) if with_value else None
    _freeze(window, products, *(() if value is None else (value,)),
            *(() if opacity is None else (opacity,)))
    return StepExplanation(
        row=row, col=col, channels=tuple(chosen),
        names=tuple(channel_names(count)[index] for index in chosen),
        weights=weights, anchor=anchor, top=top, left=left, rows=rows, cols=cols,
        outside=outside, window=window, products=products, opacity=opacity,
        stages=stages, value=value, full_scale=full_scale, integer=integer,
    )
