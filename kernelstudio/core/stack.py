"""Steps (one filter with a photo editor's options) and the stack that applies them in order."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from .convolve import check_anchor
from .engine import BORDERS, CancelFlag, ProgressCallback, check_border, check_image
from .errors import ImageError, KernelError, StepError
from .kernels import (
    KIND_NAMES,
    MAX_WEIGHT,
    across_channels,
    as_kernels,
    kernel_kind,
    whole_number,
)
from .numbers import shown
from .passes import channel_indices, levels, run_pass
from .presets import get_preset
from .step_options import (
    CHANNELS,
    MAX_ITERATIONS,
    MAX_OFFSET,
    channel_names,
    checked_anchor,
    checked_channels,
    checked_iterations,
    checked_normalize,
    finite_option,
    flag_option,
    parse_anchor,
    parse_offset,
)
from .words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "CHANNELS",
    "MAX_ITERATIONS",
    "MAX_STEPS",
    "STEP_OPTIONS",
    "Stack",
    "Step",
    "channel_indices",
    "channel_names",
    "levels",
    "parse_anchor",
]

#: Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe,
#: a session) is always read, shown and filtered in bounded time.
MAX_STEPS = 256


def _option(default, cli_order: int, help: str, **cli):
    """A field of `Step` that is one of its options, with what the command line shows.

    `cli` may give the ``flag`` (``--name`` by default; a flag that turns off an option on
    by default), a ``metavar``, ``choices``, a ``parse`` function for its text, and
    ``variants``: more flags, each setting the option to a value of its own, with help.
    The help texts are English templates (context ``"cli"``), translated where shown and
    filled with ``help_fields``.
    """
    return field(default=default, metadata={"cli_order": cli_order, "help": help, **cli})


#: What `_shared` says of each value a step of another kind has one of per channel.
_ONE_PER_CHANNEL = MappingProxyType({
    "effective_divisor": QT_TRANSLATE_NOOP("errors", "a {kind} step has one divisor per "
                                                     "channel; ask for its divisors"),
    "effective_offset": QT_TRANSLATE_NOOP("errors", "a {kind} step has one offset per "
                                                    "channel; ask for its offsets"),
})


@dataclass(frozen=True, eq=False, kw_only=True)
class Step:
    """One filter: a kernel plus the options of GIMP's Convolution Matrix.

    Each output value is ``|sum(window × kernel) / divisor|`` (the bars only with
    ``absolute``) plus ``offset``, mixed with the step's input by ``opacity``, then rounded
    and kept within the image's range; all of it ``iterations`` times.

    Parameters
    ----------
    kernel : array_like, optional
        The weights. May be omitted when `preset` is given; when both are given they must
        agree. ``(kh, kw)`` filters every channel the step filters alike (`kind`
        ``"shared"``); ``(C, kh, kw)`` has a slice for each of the C channels it filters
        (``"per-channel"``, slice i for the i-th of them); ``(C, C, kh, kw)`` makes output
        channel i the sum over input channels j of slice ``[i, j]`` correlated with channel
        j (``"cross-channel"``, PyTorch's ``Conv2d.weight`` layout), so one step can mix
        colours and blur at once.
    preset, params : str and mapping, optional
        The preset the kernel comes from and its parameters, so the kernel can be re-edited.
    divisor : float
        Sums are divided by it (not 0). Ignored in favour of the sum of weights when
        `normalize` is set and that sum is not 0.
    offset : float or tuple of float
        Added after dividing, in 8-bit levels (128 is mid-grey on any image type). A
        per-channel or cross-channel kernel may have one for each output channel (a CNN's
        bias).
    normalize : bool or "gimp"
        True divides by the sum of weights when it is not 0. ``"gimp"`` is GIMP's rule,
        which replaces both divisor and offset: divide by the sum's size (by 1 when it is
        0) and add 0 for a positive sum, half of full scale for a zero sum, full scale for
        a negative one. For a per-channel or cross-channel kernel each output channel has
        its own sum: of its slice, or of all its slices.
    absolute, flip : bool
        Take the absolute value (edge detectors); rotate the kernel 180° for true
        convolution.
    border : str
        A border mode of `convolve`; ``cval`` is the ``constant`` fill in 8-bit levels.
    channels : str
        ``"color"`` (default, alpha untouched), ``"all"``, or letters from ``rgba``.
    opacity : float
        0 to 1; how much of the filtered result replaces the step's input.
    anchor : (int, int) or None
        The kernel cell (row, column, in the kernel as written) that lies over the pixel
        being made; None is OpenCV's centre ``(kh // 2, kw // 2)``. ImageMagick and G'MIC
        anchor even sizes at ``((kh - 1) // 2, (kw - 1) // 2)``. A new kernel of another
        size starts from the centre again.
    iterations : int
        Apply the step this many times (1 to `MAX_ITERATIONS`), rounding between passes.
    linear : bool
        Filter colour in linear light: decode sRGB, filter, encode again, as GEGL (GIMP)
        does. Offset and fill are then levels of light. Alpha is never decoded.
    alpha_weighting : bool
        On images with alpha, weight each colour by its alpha, as ImageMagick does, so
        colour hidden under transparent pixels does not bleed into visible ones. Over
        opaque pixels it changes nothing. Alpha itself is filtered only as `channels` say.
    enabled : bool
        A disabled step is kept in the stack but skipped.
    name : str
        Display name; empty means the preset's title or "Custom kh×kw".
    """

    kernel: np.ndarray | None = None
    preset: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)
    # The options: fields with "help" in their metadata (see STEP_OPTIONS), declared in
    # recipe order; "cli_order" is their order in `kernelstudio apply --help`.
    divisor: float = _option(1.0, 2, QT_TRANSLATE_NOOP("cli", "divide sums by N"), metavar="N")
    offset: float | tuple[float, ...] = _option(
        0.0, 3, QT_TRANSLATE_NOOP("cli", "add after dividing (with a kernel per channel, one "
                                         "each: 10,0,-5)"),
        metavar="LEVEL", parse=parse_offset)
    normalize: bool | str = _option(
        False, 4, QT_TRANSLATE_NOOP("cli", "divide by the sum of weights (when it is not 0)"),
        variants={"--normalize-gimp": ("gimp", QT_TRANSLATE_NOOP(
            "cli", "normalize as GIMP does: divide by the sum's size; add 127.5 levels to a "
                   "zero-sum kernel's result, 255 to a negative-sum one's"))})
    absolute: bool = _option(False, 5, QT_TRANSLATE_NOOP(
        "cli", "take absolute values (for edge detectors)"), flag="--abs")
    flip: bool = _option(False, 6, QT_TRANSLATE_NOOP(
        "cli", "rotate the kernel 180 degrees (true convolution)"))
    border: str = _option("reflect101", 0, QT_TRANSLATE_NOOP(
        "cli", "border mode (default reflect101)"), choices=BORDERS)
    cval: float = _option(0.0, 1, QT_TRANSLATE_NOOP("cli", "fill value for --border constant"),
                           metavar="LEVEL")
    channels: str = _option("color", 8, QT_TRANSLATE_NOOP(
        "cli", "color (default), all, or letters from rgba such as rb"), metavar="C")
    opacity: float = _option(1.0, 7, QT_TRANSLATE_NOOP("cli", "mix with the step's input, 0 to 1"),
                             metavar="X")
    anchor: tuple[int, int] | None = _option(
        None, 9, QT_TRANSLATE_NOOP("cli", "the kernel cell over the pixel, from 0,0 at the top "
                                          "left (default: the centre, kh//2,kw//2)"),
        metavar="ROW,COL", parse=parse_anchor)
    iterations: int = _option(
        1, 10, QT_TRANSLATE_NOOP("cli", "apply the step N times (1 to {most})"), metavar="N",
        help_fields={"most": MAX_ITERATIONS})
    linear: bool = _option(False, 11, QT_TRANSLATE_NOOP(
        "cli", "filter colour in linear light, as GIMP does"))
    alpha_weighting: bool = _option(
        True, 12, QT_TRANSLATE_NOOP("cli", "do not weight colour by alpha (by default, as in "
                                           "ImageMagick, colour hidden under transparent "
                                           "pixels does not bleed into visible ones)"),
        flag="--no-alpha-weighting")
    enabled: bool = True
    name: str = ""

    def __post_init__(self):
        set_ = object.__setattr__
        if self.preset is not None:
            preset = get_preset(self.preset)
            params = preset.resolve(self.params)
            built = preset.kernel(params)
            if self.kernel is not None and not _same_weights(as_kernels(self.kernel), built):
                raise KernelError(
                    translate("errors", "the kernel does not match preset {preset_name} with "
                                        "these parameters; drop the preset or the kernel")
                    .format(preset_name=preset.name)
                )
            set_(self, "preset", preset.name)
            set_(self, "params", MappingProxyType(params))
            set_(self, "kernel", built)
        elif self.kernel is None:
            raise KernelError(translate("errors", "a step needs a kernel or a preset"))
        else:
            if self.params:
                raise StepError(translate(
                    "errors", "params only make sense together with a preset"))
            set_(self, "kernel", as_kernels(self.kernel))
            set_(self, "params", MappingProxyType({}))
        divisor = finite_option(self.divisor, "divisor", -MAX_WEIGHT, MAX_WEIGHT)
        if abs(divisor) < 1 / MAX_WEIGHT:
            raise StepError(translate("errors", "divisor must not be 0 (or closer to 0 than "
                                                "{value:g})").format(value=1 / MAX_WEIGHT))
        set_(self, "divisor", divisor)
        set_(self, "offset", _checked_offset(self.offset, self.slices))
        set_(self, "cval", finite_option(self.cval, "cval", -MAX_OFFSET, MAX_OFFSET))
        set_(self, "opacity", finite_option(self.opacity, "opacity", 0.0, 1.0))
        set_(self, "normalize", checked_normalize(self.normalize))
        for option in ("absolute", "flip", "linear", "alpha_weighting", "enabled"):
            set_(self, option, flag_option(getattr(self, option), option))
        set_(self, "anchor", checked_anchor(self.anchor, self.size))
        set_(self, "iterations", checked_iterations(self.iterations))
        set_(self, "border", check_border(self.border))
        set_(self, "channels", checked_channels(self.channels))
        if not isinstance(self.name, str):
            raise StepError(translate("errors", "name must be text, got {name}")
                            .format(name=shown(self.name)))
        try:  # checked here, so that no photo is read for a step that cannot run
            as_kernels(self.weights_and_anchor()[0])
        except KernelError:
            divisor = min(self.divisors, key=abs)
            by, fix = ((f"the kernel's sum, {divisor:g},", "leave out normalize")
                       if self.normalize and divisor != self.divisor
                       else (f"{divisor:g}", "use a larger divisor"))
            raise StepError(translate("errors", "dividing the weights by {by} makes them too "
                                                "large; {fix}").format(by=by, fix=fix)
                            ) from None

    @classmethod
    def from_preset(cls, name: str, params: Mapping[str, object] | None = None, **options) -> Step:
        """A step running preset `name` with `params`; `options` are the other fields.

        The options the preset comes with (Pillow's scale and offset, as divisor and
        offset) fill in those `options` leave out.

        Examples
        --------
        >>> Step.from_preset("detail").divisor, Step.from_preset("detail", divisor=2).divisor
        (6.0, 2.0)
        """
        return cls(preset=name, params=dict(params or {}),
                   **{**get_preset(name).options, **options})

    def choose(self, **changes) -> Step:
        """A copy with a new preset or kernel chosen (`changes` as for `replace`).

        The other options are kept, except those this step's preset came with (such as
        contour's offset 255): where still as it set them they go back to their defaults,
        so they do not stay behind in a preset that never asked for them. A built-in
        preset in `changes` then sets its own.

        Examples
        --------
        >>> step = Step.from_preset("contour", opacity=0.5).choose(preset="sharpen")
        >>> step.offset, step.opacity
        (0.0, 0.5)
        """
        brought = get_preset(self.preset).options if self.preset is not None else {}
        options = {key: _DEFAULTS[key] for key, value in brought.items()
                   if getattr(self, key) == value}
        if changes.get("preset") is not None:
            options.update(get_preset(changes["preset"]).options)
        return self.replace(**{**options, **changes})

    def replace(self, **changes) -> Step:
        """A copy with `changes` applied.

        A new kernel without a preset makes the step custom; a new preset or new params
        rebuild the kernel (a new preset without params starts from its defaults). A kernel
        of another size drops the anchor, unless `changes` give one; one with another
        number of channel slices keeps offsets per channel only when they are all the same
        (as one offset), else starts from 0.
        """
        reshaping = {"kernel", "preset", "params"} & set(changes)
        if reshaping and "anchor" not in changes and self.anchor is not None:
            step = self.replace(**changes, anchor=None)
            if step.size == self.size:
                step = dataclasses.replace(step, anchor=self.anchor)
            return step
        if reshaping and "offset" not in changes and isinstance(self.offset, tuple):
            common = self.offset[0] if len(set(self.offset)) == 1 else 0.0
            step = self.replace(**changes, offset=common)
            if step.slices == self.slices:
                step = dataclasses.replace(step, offset=self.offset)
            return step
        if "kernel" in changes:
            changes.setdefault("preset", None)
            if changes["preset"] is None:
                changes.setdefault("params", {})
        elif "preset" in changes or "params" in changes:
            if "preset" in changes:
                changes.setdefault("params", {})
            if changes.get("preset", self.preset) is not None:
                changes["kernel"] = None
        return dataclasses.replace(self, **changes)

    def __eq__(self, other):
        if not isinstance(other, Step):
            return NotImplemented
        others = (f.name for f in dataclasses.fields(self) if f.name != "kernel")
        return np.array_equal(self.kernel, other.kernel) and all(
            getattr(self, name) == getattr(other, name) for name in others
        )

    __hash__ = None

    @property
    def title(self) -> str:
        """What the stack panel shows: the name, the preset's title, or "Custom kh×kw"."""
        if self.name:
            return self.name
        if self.preset is not None:
            return get_preset(self.preset).title
        rows, cols = self.size
        return f"Custom {rows}×{cols}" + ("" if self.kind == "shared"
                                          else f" {KIND_NAMES[self.kind]}")

    @property
    def kind(self) -> str:
        """``"shared"``, ``"per-channel"`` or ``"cross-channel"``: see `kernel`."""
        return kernel_kind(self.kernel)

    @property
    def size(self) -> tuple[int, int]:
        """(rows, columns) of the kernel's grid, of each slice of it."""
        return self.kernel.shape[-2:]

    @property
    def slices(self) -> int:
        """How many channels the kernel has a slice for: C, or 1 for a shared kernel."""
        return 1 if self.kernel.ndim == 2 else self.kernel.shape[0]

    def _sums(self) -> np.ndarray:
        """The sum of weights of each output channel, 0.0 where it is 0 but for rounding."""
        flat = self.kernel.reshape(self.slices, -1)
        totals = flat.sum(axis=1)
        return np.where(np.abs(totals) > 1e-12 * np.abs(flat).sum(axis=1), totals, 0.0)

    @property
    def divisors(self) -> tuple[float, ...]:
        """The divisor actually used for each output channel (one for a shared kernel):
        the sum of its weights when normalizing and it is not 0 (the sum's absolute value,
        and 1 for a zero sum, when normalizing as GIMP does)."""
        sums = self._sums()
        if self.normalize == "gimp":
            return tuple(float(abs(total) or 1.0) for total in sums)
        return tuple(float(total) if self.normalize and total else self.divisor
                     for total in sums)

    @property
    def offsets(self) -> tuple[float, ...]:
        """The offset actually added to each output channel (one for a shared kernel), in
        8-bit levels: GIMP's normalizing sets its own."""
        if self.normalize == "gimp":
            return tuple(0.0 if total > 0 else 255.0 if total < 0 else 127.5
                         for total in self._sums())
        if isinstance(self.offset, tuple):
            return self.offset
        return (self.offset,) * self.slices

    @property
    def effective_divisor(self) -> float:
        """The divisor actually used, for a shared kernel (see `divisors`)."""
        return self._shared("effective_divisor", self.divisors)

    @property
    def effective_offset(self) -> float:
        """The offset actually added, in 8-bit levels, for a shared kernel (see `offsets`)."""
        return self._shared("effective_offset", self.offsets)

    def _shared(self, name: str, values: tuple[float, ...]) -> float:
        if self.kind != "shared":
            raise StepError(translate("errors", _ONE_PER_CHANNEL[name]).format(kind=self.kind))
        return values[0]

    @property
    def anchor_cell(self) -> tuple[int, int]:
        """The anchor, or the centre cell it defaults to, in the kernel as written."""
        return check_anchor(self.anchor, self.size)

    def as_kind(self, kind: str, channels: int = 3) -> Step:
        """This step with its kernel of `kind` (see `kernel`), making the same picture.

        A shared kernel becomes a slice for each of the channels the step filters on an
        image of `channels` channels, or their diagonal across channels; a kernel per
        channel becomes the diagonal. Back to fewer grids only where nothing is lost: a
        kernel across channels that mixes no channels becomes one per channel, and equal
        slices (with equal offsets) one shared kernel.

        Raises
        ------
        StepError
            Where the kernel holds more than `kind` can, saying what differs.

        Examples
        --------
        >>> Step(kernel=np.ones((3, 3))).as_kind("cross-channel").kernel.shape
        (3, 3, 3, 3)
        """
        if kind not in KIND_NAMES:
            raise StepError(translate("errors", "a kernel is shared, per-channel or "
                                                "cross-channel, not {kind}")
                            .format(kind=shown(kind)))
        if kind == self.kind:
            return self
        if self.kind == "shared":
            count = max(len(channel_indices(self.channels, channels)), 1)
            grids = np.stack([self.kernel] * count)
        elif self.kind == "cross-channel":
            grids = np.array([self.kernel[index, index] for index in range(self.slices)])
            if not np.array_equal(across_channels(grids, self.slices), self.kernel):
                raise StepError(translate("errors", "the kernel mixes channels (an output channel "
                                                    "takes weight from another input channel), so "
                                                    "it cannot be made {value}; set the grids "
                                                    "between different channels to 0 first")
                                .format(value=KIND_NAMES[kind]))
        else:
            grids = self.kernel
        if kind == "cross-channel":
            return self.replace(kernel=across_channels(grids, len(grids)))
        if kind == "per-channel":
            return self.replace(kernel=grids)
        if any(not np.array_equal(grid, grids[0]) for grid in grids):
            raise StepError(translate("errors", "the channels have different grids, so one shared "
                                                "kernel cannot stand for them; make them equal "
                                                "first"))
        if len(set(self.offsets)) > 1:
            raise StepError(translate("errors", "the channels have different offsets, so one "
                                                "shared kernel cannot stand for them; give them "
                                                "the same offset first"))
        return self.replace(kernel=grids[0])

    def grey_part(self, output: int) -> Step:
        """The shared step that output channel `output` of a kernel across channels is on
        a grey photo, where every input channel is alike: its grids summed, with its
        divisor and offset. What it makes of flat areas is what the channel does to
        brightness. Another kind of step gives `part` of it.

        Examples
        --------
        >>> Step(kernel=np.ones((3, 3, 1, 1)), offset=(1, 2, 3)).grey_part(1).kernel.tolist()
        [[3.0]]
        """
        if self.kind != "cross-channel":
            return self.part(output)
        return dataclasses.replace(self, kernel=self.kernel[output].sum(axis=0), name="",
                                   divisor=self.divisors[output], normalize=False,
                                   offset=self.offsets[output])

    def part(self, output: int, source: int | None = None) -> Step:
        """The shared step that one slice of a per-channel or cross-channel kernel is.

        Slice `output` of a per-channel kernel, or ``[output, source]`` of a cross-channel
        one, with that output channel's divisor and offset and every other option of this
        step; what the window shows and edits one slice at a time. A shared step is its own
        only part.

        Examples
        --------
        >>> step = Step(kernel=np.arange(1, 13).reshape(3, 2, 2), offset=(1, 2, 3))
        >>> part = step.part(1)
        >>> part.kernel.tolist(), part.offset, part.kind
        ([[5.0, 6.0], [7.0, 8.0]], 2.0, 'shared')
        """
        if self.kind == "shared":
            return self
        if self.kind == "per-channel":
            offset = self.offset[output] if isinstance(self.offset, tuple) else self.offset
            return dataclasses.replace(self, kernel=self.kernel[output], offset=offset,
                                       name="")
        if source is None:
            raise StepError(translate("errors", "a slice of a cross-channel kernel is named by "
                                                "its output and its input channel"))
        # The whole output channel's sum decides its divisor, also for one of its slices.
        return dataclasses.replace(self, kernel=self.kernel[output, source], name="",
                                   divisor=self.divisors[output], normalize=False,
                                   offset=self.offsets[output])

    def result_shape(self, shape) -> tuple[int, int]:
        """(rows, columns) of this step's result on an input of `shape`."""
        height, width = (whole_number(side, "image size", ImageError) for side in shape[:2])
        if self.border != "valid":
            return height, width
        rows, cols = self.size
        return height - (rows - 1) * self.iterations, width - (cols - 1) * self.iterations

    @property
    def crop_offset(self) -> tuple[int, int]:
        """(rows, columns) the result is shifted by: the anchor for ``valid``, else (0, 0).

        With border ``valid`` the result is smaller; its pixel (0, 0) is the input's pixel
        at this offset.
        """
        if self.border != "valid":
            return 0, 0
        top, left = self.weights_and_anchor()[1]
        return top * self.iterations, left * self.iterations

    def weights_and_anchor(self) -> tuple[np.ndarray, tuple[int, int]]:
        """The weights to correlate with (each output channel's divided by its divisor,
        flipped if asked) and their anchor."""
        divisors = np.array(self.divisors).reshape((-1,) + (1,) * (self.kernel.ndim - 1))
        weights = self.kernel / (divisors[0] if self.kind == "shared" else divisors)
        rows, cols = self.size
        row, col = self.anchor_cell
        if self.flip:
            return weights[..., ::-1, ::-1], (rows - 1 - row, cols - 1 - col)
        return weights, (row, col)

    def apply(
        self,
        image,
        *,
        cancel: CancelFlag | None = None,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Apply this step (even if disabled) and return a new image of the same type.

        Float images are taken to span 0 to 1. With ``border="valid"`` the result is smaller,
        and untouched channels are cropped to match.
        """
        image = check_image(image)
        levels(image.dtype)
        if self.border == "valid" and self.iterations > 1 and min(
                self.result_shape(image.shape)) < 1:
            rows, cols = self.size
            need = ((rows - 1) * self.iterations + 1, (cols - 1) * self.iterations + 1)
            raise KernelError(
                translate("errors", "border 'valid' takes {last_row} rows and {last_col} columns "
                                    "a pass: {iterations} iterations need an image of at least "
                                    "{need_0}×{need_1}; the image is {image_rows}×{image_cols}")
                .format(last_row=rows - 1, last_col=cols - 1, iterations=self.iterations,
                        need_0=need[0], need_1=need[1], image_rows=image.shape[0],
                        image_cols=image.shape[1]))
        result = image  # every pass returns a new array; the input is never written
        for count in range(self.iterations):
            report = None
            if progress is not None:
                def report(fraction, count=count):
                    progress((count + fraction) / self.iterations)
            result = run_pass(self, result, cancel=cancel, progress=report)
        return result


#: The fields of `Step` that are its options (every field but the kernel, preset, params,
#: enabled and name), in recipe order. Their metadata holds the command line's ``help`` and
#: ``cli_order``, and where needed its ``flag``, ``metavar`` and ``choices``.
STEP_OPTIONS = tuple(option for option in dataclasses.fields(Step) if "help" in option.metadata)
_DEFAULTS = {option.name: option.default for option in STEP_OPTIONS}


def _offset(steps) -> tuple[int, int]:
    """The summed `Step.crop_offset` of `steps`."""
    rows = cols = 0
    for step in steps:
        top, left = step.crop_offset
        rows, cols = rows + top, cols + left
    return rows, cols


def _checked_offset(offset, slices: int) -> float | tuple[float, ...]:
    """A step's offset: one number, or one per channel of a kernel with `slices` of them."""
    if isinstance(offset, (str, bytes)) or not hasattr(offset, "__len__"):
        return finite_option(offset, "offset", -MAX_OFFSET, MAX_OFFSET)
    if slices == 1:
        raise StepError(translate("errors", "one offset per channel needs a kernel per channel (C "
                                            "× rows × columns); this kernel is shared, so give "
                                            "one number, not {offset}")
                        .format(offset=shown(offset)))
    if len(offset) != slices:
        raise StepError(translate("errors", "the kernel has {slices} channel slices, so give one "
                                            "offset or {slices}, not {offset}")
                        .format(slices=slices, offset=len(offset)))
    return tuple(finite_option(value, "offset", -MAX_OFFSET, MAX_OFFSET) for value in offset)


def _same_weights(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-9, atol=1e-12))


@dataclass(frozen=True)
class Stack:
    """Steps applied in order. Between steps values are rounded and kept in range."""

    steps: tuple[Step, ...] = ()

    def __post_init__(self):
        steps = tuple(self.steps)
        if len(steps) > MAX_STEPS:
            raise StepError(translate("errors", "a stack holds at most {max_steps} steps, got "
                                                "{steps}")
                            .format(max_steps=MAX_STEPS, steps=len(steps)))
        for step in steps:
            if not isinstance(step, Step):
                raise StepError(translate("errors", "a stack holds steps, got {name}")
                                .format(name=type(step).__name__))
        object.__setattr__(self, "steps", steps)

    @property
    def enabled_steps(self) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.enabled)

    @property
    def offset(self) -> tuple[int, int]:
        """Where the result's pixel (0, 0) lies in the input (non-zero after ``valid`` steps)."""
        return _offset(self.enabled_steps)

    @property
    def reach(self) -> tuple[int, int]:
        """(rows, columns): how far from a result pixel the input pixels it depends on lie.

        Summed over the enabled steps; a step reaches as far as its kernel extends from the
        anchor. Pixels computed from a crop of the input with this margin around a region
        (or up to the input's edge) are exact inside the region.

        Examples
        --------
        >>> Stack((Step(kernel=np.ones((3, 5))), Step(kernel=np.ones((4, 1))))).reach
        (3, 2)
        """
        rows = cols = 0
        for step in self.enabled_steps:
            (kh, kw), (ay, ax) = step.size, step.weights_and_anchor()[1]
            rows += max(ay, kh - 1 - ay) * step.iterations
            cols += max(ax, kw - 1 - ax) * step.iterations
        return rows, cols

    @property
    def shrinks(self) -> bool:
        """Whether a ``valid`` border makes the result smaller than the input."""
        return any(step.border == "valid" for step in self.enabled_steps)

    @property
    def crops_exactly(self) -> bool:
        """Whether a crop of the input with `reach` as margin around a region gives the
        region's result pixels exactly: no step wraps around to the far edge, and none
        shrinks the result."""
        return not self.shrinks and not any(step.border == "wrap" for step in self.enabled_steps)

    def _check_index(self, index) -> int:
        index = whole_number(index, "step index", StepError)
        if not 0 <= index < len(self.steps):
            raise StepError(translate("errors", "there is no step {index} in a stack of {steps}")
                            .format(index=index, steps=len(self.steps)))
        return index

    def input_offset(self, index) -> tuple[int, int]:
        """Where pixel (0, 0) of the input of step `index` lies in the stack's input.

        `index` counts every step, disabled ones too; only enabled ``valid`` steps before
        it shift the image.

        Examples
        --------
        >>> valid = Step(kernel=np.ones((3, 5)), border="valid")
        >>> Stack((valid, valid.replace(enabled=False), valid)).input_offset(2)
        (1, 2)
        """
        return _offset(step for step in self.steps[: self._check_index(index)] if step.enabled)

    def locate(self, index, row, col, shape) -> tuple[int, int] | None:
        """The pixel of step `index`'s output that lies over pixel (`row`, `col`) of the input.

        Parameters
        ----------
        index : int
            A step of `steps`, disabled ones included (a disabled step is located as if it
            were enabled, as `Step.apply` runs it).
        row, col : int
            A pixel of the stack's input, which has `shape`.
        shape : tuple of int
            The stack's input's shape (rows, columns[, channels]).

        Returns
        -------
        (int, int) or None
            None when the pixel lies outside the input, or when ``valid`` borders (of
            earlier steps or this one) leave it out of the step's output.

        Examples
        --------
        >>> stack = Stack((Step(kernel=np.ones((3, 3)), border="valid"),))
        >>> stack.locate(0, 1, 2, (10, 10)), stack.locate(0, 0, 2, (10, 10))
        ((0, 1), None)
        """
        index = self._check_index(index)
        steps = (*(step for step in self.steps[:index] if step.enabled), self.steps[index])
        return _follow(steps, row, col, shape)

    def result_pixel(self, row, col, shape) -> tuple[int, int] | None:
        """The pixel of the stack's result over pixel (`row`, `col`) of its input (of
        `shape`), or None when it is outside the input or ``valid`` borders leave it out.

        Examples
        --------
        >>> stack = Stack((Step(kernel=np.ones((3, 3)), border="valid"),))
        >>> stack.result_pixel(5, 5, (10, 10)), Stack().result_pixel(0, 9, (10, 10))
        ((4, 4), (0, 9))
        """
        return _follow(self.enabled_steps, row, col, shape)


    def apply(
        self,
        image,
        *,
        cancel: CancelFlag | None = None,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Apply the enabled steps in order to `image`; returns a new array.

        Examples
        --------
        >>> import numpy as np
        >>> photo = np.full((4, 4), 100, dtype=np.uint8)
        >>> Stack((Step.from_preset("identity", {"iden": 2}),)).apply(photo)[0, 0].tolist()
        200
        """
        image = check_image(image)
        levels(image.dtype)
        steps = self.enabled_steps
        if not steps:
            return image.copy()
        result = image  # every step returns a new array; the input is never written
        for index, step in enumerate(steps):
            report = None
            if progress is not None:
                def report(fraction, index=index):
                    progress((index + fraction) / len(steps))
            result = step.apply(result, cancel=cancel, progress=report)
        if progress is not None:
            progress(1.0)
        return result


def _follow(steps, row, col, shape) -> tuple[int, int] | None:
    """Where input pixel (row, col) of an input of `shape` lies after `steps`, or None."""
    row, col = whole_number(row, "row", ImageError), whole_number(col, "column", ImageError)
    height, width = (whole_number(side, "image size", ImageError) for side in shape[:2])
    for step in steps:
        if step.border == "valid":  # the output is smaller, and starts at the anchor
            top, left = step.crop_offset
            row, col = row - top, col - left
            height, width = step.result_shape((height, width))
    # Each valid output lies inside the one before, so checking the last is enough.
    if 0 <= row < height and 0 <= col < width:
        return row, col
    return None
