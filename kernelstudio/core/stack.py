"""Steps (one filter with a photo editor's options) and the stack that applies them in order."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from .convolve import fill_value
from .engine import (
    BORDERS,
    CancelFlag,
    ProgressCallback,
    check_border,
    check_image,
    correlate,
    output_shape,
)
from .errors import ImageError, KernelError, StepError
from .kernels import MAX_WEIGHT, as_kernel, whole_number
from .numbers import real_number, shown
from .presets import get_preset

__all__ = [
    "CHANNELS",
    "MAX_STEPS",
    "STEP_OPTIONS",
    "Stack",
    "Step",
    "channel_indices",
    "channel_names",
    "levels",
]

#: Named channel selections; any combination of the letters r, g, b and a works too.
CHANNELS = ("color", "all")
_LETTERS = "rgba"
_MAX_OFFSET = 1e6
#: Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe,
#: a session) is always read, shown and filtered in bounded time.
MAX_STEPS = 256


def _check_channels(channels) -> str:
    if not isinstance(channels, str):
        raise StepError(f"channels must be text such as 'color', 'all' or 'rb', got "
                        f"{shown(channels)}")
    text = channels.strip().lower()
    letters_ok = text and set(text) <= set(_LETTERS) and len(set(text)) == len(text)
    if text not in CHANNELS and not letters_ok:
        raise StepError(
            f"channels must be 'color', 'all' or letters from r, g, b, a (such as 'rb'), "
            f"got {shown(channels)}"
        )
    return text


def channel_indices(channels: str, count: int) -> list[int]:
    """Indices of the channels a step filters in an image with `count` channels.

    One channel is gray; two are gray and alpha; three are RGB; four are RGBA; any other
    count has no alpha. ``color`` leaves alpha alone, ``all`` includes it, and letters
    pick channels (on gray images r, g and b all mean the gray channel).
    """
    has_alpha = count in (2, 4)
    colour = list(range(count - 1 if has_alpha else count))
    if channels == "color":
        return colour
    if channels == "all" or count > 4:
        return list(range(count))
    picked = set()
    for letter in channels:
        if letter == "a":
            if has_alpha:
                picked.add(count - 1)
        elif count >= 3:
            picked.add(_LETTERS.index(letter))
        else:
            picked.add(0)
    return sorted(picked)


def channel_names(count: int) -> tuple[str, ...]:
    """The letters of the channels of an image with `count` channels.

    One or two channels are "L" (grey) and "A"; three or four "R", "G", "B" and "A";
    channels beyond the letters are numbered from 1: "5", "6"...

    Examples
    --------
    >>> channel_names(2), channel_names(6)
    (('L', 'A'), ('R', 'G', 'B', 'A', '5', '6'))
    """
    letters = "LA" if count <= 2 else "RGBA"
    return tuple(letters[index] if index < len(letters) else str(index + 1)
                 for index in range(count))


def levels(dtype: np.dtype) -> float:
    """Full scale of an image type: 255, 65535, or 1.0 for float images."""
    if dtype == np.uint8:
        return 255.0
    if dtype == np.uint16:
        return 65535.0
    if dtype in (np.float32, np.float64):
        return 1.0
    raise ImageError(f"steps filter uint8, uint16, float32 and float64 images, not {dtype}")


def _finite(value, name: str, low: float, high: float) -> float:
    number = real_number(value, name, error=StepError)
    if not low <= number <= high:
        raise StepError(f"{name} must be between {low:g} and {high:g}, got {number:g}")
    return number


def _flag(value, name: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise StepError(f"{name} must be true or false, got {shown(value)}")
    return bool(value)


def _option(default, cli_order: int, help: str, **cli):
    """A field of `Step` that is one of its options, with what the command line shows.

    `cli` may give the ``flag`` (``--name`` by default), a ``metavar`` and ``choices``.
    """
    return field(default=default, metadata={"cli_order": cli_order, "help": help, **cli})


@dataclass(frozen=True, eq=False, kw_only=True)
class Step:
    """One filter: a kernel plus the options of GIMP's Convolution Matrix.

    Each output value is ``|sum(window × kernel) / divisor|`` (the bars only with
    ``absolute``) plus ``offset``, mixed with the step's input by ``opacity``, then rounded
    and kept within the image's range.

    Parameters
    ----------
    kernel : array_like, optional
        The weights. May be omitted when `preset` is given; when both are given they must agree.
    preset, params : str and mapping, optional
        The preset the kernel comes from and its parameters, so the kernel can be re-edited.
    divisor : float
        Sums are divided by it (not 0). Ignored in favour of the sum of weights when
        `normalize` is set and that sum is not 0.
    offset : float
        Added after dividing, in 8-bit levels (128 is mid-grey on any image type).
    normalize, absolute, flip : bool
        Divide by the sum of weights; take the absolute value (edge detectors); rotate the
        kernel 180° for true convolution.
    border : str
        A border mode of `convolve`; ``cval`` is the ``constant`` fill in 8-bit levels.
    channels : str
        ``"color"`` (default, alpha untouched), ``"all"``, or letters from ``rgba``.
    opacity : float
        0 to 1; how much of the filtered result replaces the step's input.
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
    divisor: float = _option(1.0, 2, "divide sums by N", metavar="N")
    offset: float = _option(0.0, 3, "add after dividing", metavar="LEVEL")
    normalize: bool = _option(False, 4, "divide by the sum of weights (when it is not 0)")
    absolute: bool = _option(False, 5, "take absolute values (for edge detectors)", flag="--abs")
    flip: bool = _option(False, 6, "rotate the kernel 180 degrees (true convolution)")
    border: str = _option("reflect101", 0, "border mode (default reflect101)", choices=BORDERS)
    cval: float = _option(0.0, 1, "fill value for --border constant", metavar="LEVEL")
    channels: str = _option("color", 8, "color (default), all, or letters from rgba such as rb",
                            metavar="C")
    opacity: float = _option(1.0, 7, "mix with the step's input, 0 to 1", metavar="X")
    enabled: bool = True
    name: str = ""

    def __post_init__(self):
        set_ = object.__setattr__
        if self.preset is not None:
            preset = get_preset(self.preset)
            params = preset.resolve(self.params)
            built = preset.kernel(params)
            if self.kernel is not None and not _same_weights(as_kernel(self.kernel), built):
                raise KernelError(
                    f"the kernel does not match preset {preset.name} with these parameters; "
                    "drop the preset or the kernel"
                )
            set_(self, "preset", preset.name)
            set_(self, "params", MappingProxyType(params))
            set_(self, "kernel", built)
        elif self.kernel is None:
            raise KernelError("a step needs a kernel or a preset")
        else:
            if self.params:
                raise StepError("params only make sense together with a preset")
            set_(self, "kernel", as_kernel(self.kernel))
            set_(self, "params", MappingProxyType({}))
        divisor = _finite(self.divisor, "divisor", -MAX_WEIGHT, MAX_WEIGHT)
        if abs(divisor) < 1 / MAX_WEIGHT:
            raise StepError(f"divisor must not be 0 (or closer to 0 than {1 / MAX_WEIGHT:g})")
        set_(self, "divisor", divisor)
        set_(self, "offset", _finite(self.offset, "offset", -_MAX_OFFSET, _MAX_OFFSET))
        set_(self, "cval", _finite(self.cval, "cval", -_MAX_OFFSET, _MAX_OFFSET))
        set_(self, "opacity", _finite(self.opacity, "opacity", 0.0, 1.0))
        for option in ("normalize", "absolute", "flip", "enabled"):
            set_(self, option, _flag(getattr(self, option), option))
        set_(self, "border", check_border(self.border))
        set_(self, "channels", _check_channels(self.channels))
        if not isinstance(self.name, str):
            raise StepError(f"name must be text, got {shown(self.name)}")
        try:  # checked here, so that no photo is read for a step that cannot run
            as_kernel(self.weights_and_anchor()[0])
        except KernelError:
            summed = self.normalize and self.effective_divisor != self.divisor
            by, fix = ((f"the kernel's sum, {self.effective_divisor:g},", "leave out normalize")
                       if summed else (f"{self.effective_divisor:g}", "use a larger divisor"))
            raise StepError(f"dividing the weights by {by} makes them too large; {fix}"
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
        rebuild the kernel (a new preset without params starts from its defaults).
        """
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
        rows, cols = self.kernel.shape
        return f"Custom {rows}×{cols}"

    @property
    def effective_divisor(self) -> float:
        """The divisor actually used: the sum of weights when normalizing and it is not 0."""
        total = float(self.kernel.sum())
        if self.normalize and abs(total) > 1e-12 * float(np.abs(self.kernel).sum()):
            return total
        return self.divisor

    @property
    def crop_offset(self) -> tuple[int, int]:
        """(rows, columns) the result is shifted by: the anchor for ``valid``, else (0, 0).

        With border ``valid`` the result is smaller; its pixel (0, 0) is the input's pixel
        at this offset.
        """
        if self.border != "valid":
            return 0, 0
        return self.weights_and_anchor()[1]

    def weights_and_anchor(self) -> tuple[np.ndarray, tuple[int, int]]:
        """The weights to correlate with (divided, flipped if asked) and their anchor."""
        weights = self.kernel / self.effective_divisor
        rows, cols = weights.shape
        if self.flip:
            return weights[::-1, ::-1], (rows - 1 - rows // 2, cols - 1 - cols // 2)
        return weights, (rows // 2, cols // 2)

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
        full_scale = levels(image.dtype)
        weights, (ay, ax) = self.weights_and_anchor()
        flat = image.ndim == 2
        planes = image[..., None] if flat else image
        chosen = channel_indices(self.channels, planes.shape[2])
        if len(chosen) == planes.shape[2]:
            source = planes
        elif chosen and chosen[-1] - chosen[0] + 1 == len(chosen):  # neighbours: a view
            source = planes[..., chosen[0] : chosen[-1] + 1]
        else:
            source = planes[..., chosen]
        offset = self.offset * full_scale / 255
        valid = self.border == "valid"

        def finish(values: np.ndarray, rows: slice, cols: slice) -> np.ndarray:
            if self.absolute:
                np.abs(values, out=values)
            if offset:
                values += values.dtype.type(offset)
            if self.opacity < 1:
                if valid:  # output (r, c) sits over input (r + ay, c + ax)
                    rows = slice(rows.start + ay, rows.stop + ay)
                    cols = slice(cols.start + ax, cols.stop + ax)
                before = source[rows, cols].astype(values.dtype)
                values -= before
                values *= values.dtype.type(self.opacity)
                values += before
            return values

        if not chosen:  # such as "a" on a photo without alpha: there is nothing to filter
            shape = output_shape(planes.shape, weights.shape, self.border)
            filtered = np.empty((*shape, 0), image.dtype)
        else:
            filtered = correlate(
                source,
                weights,
                border=self.border,
                cval=fill_value(self.cval * full_scale / 255, image.dtype),
                anchor=(ay, ax),
                out_dtype=image.dtype,
                clip=(0.0, full_scale),
                finish=finish,
                cancel=cancel,
                progress=progress,
            )
        if source is planes:
            result = filtered
        else:
            if valid:
                height, width = filtered.shape[:2]
                result = planes[ay : ay + height, ax : ax + width].copy()
            else:
                result = planes.copy()
            result[..., chosen] = filtered
        return result[..., 0] if flat else result


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


def _same_weights(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-9, atol=1e-12))


@dataclass(frozen=True)
class Stack:
    """Steps applied in order. Between steps values are rounded and kept in range."""

    steps: tuple[Step, ...] = ()

    def __post_init__(self):
        steps = tuple(self.steps)
        if len(steps) > MAX_STEPS:
            raise StepError(f"a stack holds at most {MAX_STEPS} steps, got {len(steps)}")
        for step in steps:
            if not isinstance(step, Step):
                raise StepError(f"a stack holds steps, got {type(step).__name__}")
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
            (kh, kw), (ay, ax) = step.kernel.shape, step.weights_and_anchor()[1]
            rows += max(ay, kh - 1 - ay)
            cols += max(ax, kw - 1 - ax)
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
            raise StepError(f"there is no step {index} in a stack of {len(self.steps)}")
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
            (kh, kw), (ay, ax) = step.kernel.shape, step.crop_offset
            row, col = row - ay, col - ax
            height, width = height - kh + 1, width - kw + 1
    # Each valid output lies inside the one before, so checking the last is enough.
    if 0 <= row < height and 0 <= col < width:
        return row, col
    return None
