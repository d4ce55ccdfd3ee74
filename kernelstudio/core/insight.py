"""Looking inside a kernel: one pixel worked out, its frequency response, facts in plain words.

Each answers a question a person learning convolution asks ("what does this kernel do?", "what
does a CNN filter see?"), with `convolve`'s conventions. How one pixel is made is worked out
in `kernelstudio.core.explain`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .convolve import convolve
from .engine import check_image
from .errors import ImageError, KernelError
from .kernels import as_kernel, whole_number
from .words import QT_TRANSLATE_NOOP, decimal, translate

__all__ = [
    "DEFAULT_RESPONSE_SIZE",
    "KernelFacts",
    "feature_map",
    "frequency_response",
    "kernel_facts",
    "luminance",
    "response_frequencies",
    "response_size",
]

#: Side of a frequency response for kernels up to this size; larger ones double it.
DEFAULT_RESPONSE_SIZE = 64
#: Largest side of a frequency response.
MAX_RESPONSE_SIZE = 1024
#: Largest CNN stride `feature_map` takes.
MAX_STRIDE = 16
#: Relative tolerance for "zero", "equal" and "symmetric" in `kernel_facts`.
_TOLERANCE = 1e-9
#: ITU-R BT.601 luma weights, as Pillow's "L" conversion and OpenCV's RGB2GRAY use.
_LUMA = np.array([0.299, 0.587, 0.114])


def _response_size(size, smallest: int) -> int:
    size = whole_number(size, "size", KernelError)
    if not smallest <= size <= MAX_RESPONSE_SIZE:
        low = f"{smallest} (the kernel's longer side)" if smallest > 1 else f"{smallest}"
        raise KernelError(translate("errors", "size must be between {low} and "
                                              "{max_response_size}, got {size}")
                          .format(low=low, max_response_size=MAX_RESPONSE_SIZE, size=size))
    return size


def response_size(kernel) -> int:
    """The side `frequency_response` gives `kernel` by default.

    64, or for kernels longer than that the next power of two that holds the longer side.

    Examples
    --------
    >>> response_size(np.ones((3, 5))), response_size(np.ones((1, 65)))
    (64, 128)
    """
    longest = max(as_kernel(kernel).shape)
    size = DEFAULT_RESPONSE_SIZE
    while size < longest:
        size *= 2
    return size


def response_frequencies(size) -> np.ndarray:
    """The axis values of a `frequency_response` of `size`, in cycles per pixel.

    ``np.fft.fftshift(np.fft.fftfreq(size))``: from -0.5 up, with 0 at ``size // 2``.

    Examples
    --------
    >>> response_frequencies(4).tolist()
    [-0.5, -0.25, 0.0, 0.25]
    """
    return np.fft.fftshift(np.fft.fftfreq(_response_size(size, 1)))


def frequency_response(kernel, size=None) -> np.ndarray:
    """How strongly the kernel passes each spatial frequency: ``|DFT|`` of the weights.

    The kernel is zero-padded (at the bottom right) to `size`×`size` and transformed;
    the result is shifted so the zero frequency (flat areas: its value is the sum of the
    weights) sits at ``[size // 2, size // 2]``. Axis values are `response_frequencies`:
    rows are vertical and columns horizontal frequencies, in cycles per pixel.

    Parameters
    ----------
    kernel : array_like
        The weights.
    size : int, optional
        Side of the result, from the kernel's longer side up to 1024; by default
        `response_size` of the kernel.

    Returns
    -------
    ndarray of float64, shape (size, size)

    Examples
    --------
    >>> response = frequency_response(np.full((3, 3), 1 / 9), size=8)
    >>> round(float(response[4, 4]), 12)
    1.0
    """
    weights = as_kernel(kernel)
    if size is None:
        size = response_size(weights)
    size = _response_size(size, max(weights.shape))
    return np.fft.fftshift(np.abs(np.fft.fft2(weights, s=(size, size))))


@dataclass(frozen=True)
class KernelFacts:
    """What a kernel does, in numbers and in plain words; see `kernel_facts`."""

    total: float
    gain: float
    zero_sum: bool
    brightness: str
    rank: int
    separable: bool
    symmetries: tuple[str, ...]
    description: str

    @property
    def symmetric(self) -> bool:
        """True if the kernel has at least one of the four symmetries."""
        return bool(self.symmetries)


def _number(value: float) -> str:
    """Up to three significant digits, no exponent, no trailing zeros, typographic minus."""
    text = np.format_float_positional(float(f"{value:.3g}"), trim="-")
    return decimal(text).replace("-", "\u2212")


def _weight(value: float) -> str:
    """A weight as the sentences write it: ``%g``, the language's decimal point, a true minus."""
    return decimal(f"{value:g}").replace("-", "\u2212")


def _brightness(gain: float, zero_sum: bool) -> str:
    if zero_sum:
        return translate("insight", "flat areas go to 0 (black): responds to edges only")
    if abs(gain - 1) <= _TOLERANCE:
        return translate("insight", "keeps brightness")
    if gain < 0:
        return translate("insight", "inverts brightness: flat areas × {gain}").format(
            gain=_number(gain))
    if gain > 1:
        return translate("insight", "brightens by {percent}%").format(
            percent=_number((gain - 1) * 100))
    return translate("insight", "darkens by {percent}%").format(percent=_number((1 - gain) * 100))


def _same(a: np.ndarray, b: np.ndarray, tolerance: float) -> bool:
    return bool(np.abs(a - b).max() <= tolerance)


def _move(count: int, towards: str) -> str:
    """``3 pixels up`` and the like: `count` pixels `towards` one of up, down, left, right."""
    if count == 1:
        texts = {"up": translate("insight", "{count} pixel up"),
                 "down": translate("insight", "{count} pixel down"),
                 "left": translate("insight", "{count} pixel left"),
                 "right": translate("insight", "{count} pixel right")}
    else:
        texts = {"up": translate("insight", "{count} pixels up"),
                 "down": translate("insight", "{count} pixels down"),
                 "left": translate("insight", "{count} pixels left"),
                 "right": translate("insight", "{count} pixels right")}
    return texts[towards].format(count=count)


def _describe(weights: np.ndarray, zero_sum: bool, tolerance: float) -> str:
    kh, kw = weights.shape
    ay, ax = kh // 2, kw // 2
    nonzero = np.argwhere(weights != 0)
    if len(nonzero) == 0:
        return translate("insight", "Blank: every pixel becomes 0 (black)")
    if len(nonzero) == 1:
        (y, x), weight = nonzero[0], weights[tuple(nonzero[0])]
        unit = abs(weight - 1) <= _TOLERANCE
        if (y, x) == (ay, ax):
            if unit:
                return translate("insight", "Identity: every pixel stays as it is")
            return translate("insight", "Scales every pixel by {weight}").format(
                weight=_weight(weight))
        # Correlation reads out[r] = in[r + dy]: the picture moves against the offset.
        dy, dx = int(y - ay), int(x - ax)
        moves = [_move(abs(dy), "up" if dy > 0 else "down") if dy else "",
                 _move(abs(dx), "left" if dx > 0 else "right") if dx else ""]
        moves = [move for move in moves if move]
        if len(moves) == 2:
            moves = [translate("insight", "{first} and {second}").format(first=moves[0],
                                                                         second=moves[1])]
        if unit:
            return translate("insight", "Shifts the photo by {moves}").format(moves=moves[0])
        return translate("insight", "Shifts the photo by {moves}, scaled by {weight}").format(
            moves=moves[0], weight=_weight(weight))
    if (weights >= 0).all():
        flat = (weights > 0).all() and _same(weights, weights.max(), tolerance)
        # A single row or column of equal weights is a motion blur, not a box.
        if flat and min(kh, kw) > 1:
            if kh == kw:
                text = translate("insight", "Box blur: the plain average of a {rows}×{cols} square")
            else:
                text = translate("insight", "Box blur: the plain average of a {rows}×{cols} "
                                            "rectangle")
            return text.format(rows=kh, cols=kw)
        return translate("insight", "Blur (low-pass): a weighted average of the neighbourhood")
    if (weights <= 0).all():
        return translate("insight", "Inverted blur: minus a weighted average of the "
                                    "neighbourhood")
    anchor = weights[ay, ax]
    others = weights.copy()
    others[ay, ax] = 0
    if zero_sum:
        if _same(weights, -weights[::-1], tolerance):
            return translate("insight", "Edge detector for horizontal edges (brightness "
                                        "changing from top to bottom)")
        if _same(weights, -weights[:, ::-1], tolerance):
            return translate("insight", "Edge detector for vertical edges (brightness changing "
                                        "from left to right)")
        if _same(weights, -weights[::-1, ::-1], tolerance):
            return translate("insight", "Edge detector for diagonal edges")
        if anchor != 0 and (np.sign(others) != np.sign(anchor)).all():
            return translate("insight", "Laplacian-like edge detector: outlines edges in every "
                                        "direction")
        return translate("insight", "Edge detector (high-pass): flat areas go to 0, changes "
                                    "stand out")
    if others.any() and _same(others, -others[::-1, ::-1], tolerance):
        return translate("insight", "Emboss: a directional edge added to the photo, so edges "
                                    "look raised")
    if anchor > 0 and (others <= 0).all():
        return translate("insight", "Sharpen (high-boost): the photo plus its edges")
    return translate("insight", "Custom: a mix of positive and negative weights")


def kernel_facts(kernel, divisor=1.0) -> KernelFacts:
    """Facts about a kernel that a person choosing or editing one wants to know.

    Parameters
    ----------
    kernel : array_like
        The weights.
    divisor : float
        What sums are divided by (as a step's divisor); it changes only ``gain`` and
        ``brightness``.

    Returns
    -------
    KernelFacts
        ``total`` (sum of weights) and ``gain`` (total / divisor: what a flat area is
        multiplied by); ``zero_sum`` (an edge detector); ``brightness`` and
        ``description`` in plain words; ``rank`` and ``separable`` (rank <= 1: it can run
        as a column pass and a row pass); the ``symmetries`` it has, from "mirror
        left-right", "mirror top-bottom", "180° rotation" and "transpose" (square only).

    Examples
    --------
    >>> facts = kernel_facts([[1, 2, 1], [0, 0, 0], [-1, -2, -1]])
    >>> facts.description
    'Edge detector for horizontal edges (brightness changing from top to bottom)'
    >>> facts.separable, facts.symmetries
    (True, ('mirror left-right',))
    """
    weights = as_kernel(kernel)
    try:
        divisor = float(divisor)
    except (TypeError, ValueError):
        raise KernelError(translate("errors", "divisor must be a number, got {divisor!r}")
                          .format(divisor=divisor)) from None
    if not np.isfinite(divisor) or divisor == 0:
        raise KernelError(translate("errors", "divisor must be a finite number other than 0, got "
                                              "{divisor}").format(divisor=divisor))
    total = float(weights.sum())
    gain = total / divisor
    if not np.isfinite(gain):
        raise KernelError(translate("errors", "divisor {divisor:g} makes the gain too large")
                          .format(divisor=divisor))
    zero_sum = abs(total) <= _TOLERANCE * max(1.0, float(np.abs(weights).sum()))
    if zero_sum:  # 0 but for rounding (a Gabor's cosines): said as 0
        total = gain = 0.0
    singular = np.linalg.svd(weights, compute_uv=False)
    rank = int((singular > _TOLERANCE * singular[0]).sum()) if singular[0] > 0 else 0
    tolerance = _TOLERANCE * float(np.abs(weights).max())
    # Named in English, as data: the window translates them where it shows them.
    mirrors = {
        QT_TRANSLATE_NOOP("insight", "mirror left-right"): weights[:, ::-1],
        QT_TRANSLATE_NOOP("insight", "mirror top-bottom"): weights[::-1],
        QT_TRANSLATE_NOOP("insight", "180° rotation"): weights[::-1, ::-1],
    }
    if weights.shape[0] == weights.shape[1]:
        mirrors[QT_TRANSLATE_NOOP("insight", "transpose")] = weights.T
    symmetries = tuple(name for name, image in mirrors.items()
                       if _same(weights, image, tolerance))
    return KernelFacts(total=total, gain=gain, zero_sum=zero_sum,
                       brightness=_brightness(gain, zero_sum), rank=rank,
                       separable=rank <= 1, symmetries=symmetries,
                       description=_describe(weights, zero_sum, tolerance))


def luminance(image) -> np.ndarray:
    """A photo's brightness as a 2-D float64 image, 0 (black) to 1 (white).

    Integer images are divided by their type's maximum (255 for uint8, 65535 for uint16);
    float images are taken as they are. Grey images stay, grey + alpha keeps the grey, and
    RGB or RGBA become ``0.299 R + 0.587 G + 0.114 B`` (alpha ignored).

    Examples
    --------
    >>> luminance(np.array([[[255, 0, 0], [255, 255, 255]]], np.uint8)).tolist()
    [[0.299, 1.0]]
    """
    array = check_image(image)
    scale = np.iinfo(array.dtype).max if array.dtype.kind in "ui" else 1.0
    planes = array if array.ndim == 3 else array[..., None]
    channels = planes.shape[2]
    if channels > 4:
        raise ImageError(translate("errors", "luminance needs 1 to 4 channels (grey to RGBA), got "
                                             "{channels}").format(channels=channels))
    if channels <= 2:
        grey = planes[..., 0].astype(np.float64)
    else:
        grey = planes[..., :3].astype(np.float64) @ _LUMA
    return grey / scale


def feature_map(image, kernel, *, relu=False, stride=1, pool=False,
                border="reflect101") -> np.ndarray:
    """What one filter of a CNN layer makes of a grey image.

    The image (its values as they are, in float64; pass `luminance` of a photo) is
    correlated with `kernel` by `convolve`, unclipped; then every `stride`-th row and
    column is kept from the first (``[::stride, ::stride]``), negatives are set to 0 if
    `relu`, and 2×2 blocks are replaced by their maximum if `pool` (stride 2, an odd last
    row or column dropped, as PyTorch's ``MaxPool2d(2)``).

    Returns
    -------
    ndarray of float64, 2-D

    Raises
    ------
    ImageError
        For an image that is not 2-D, or a map too small to pool.
    KernelError, BorderError
        For a bad kernel, stride (a whole number from 1 to 16) or border.

    Examples
    --------
    A vertical edge seen by a horizontal difference, then with stride 2:

    >>> edge = np.tile([0.0, 0.0, 1.0, 1.0], (4, 1))
    >>> feature_map(edge, [[-1, 0, 1]])[0]
    array([0., 1., 1., 0.])
    >>> feature_map(edge, [[-1, 0, 1]], stride=2)
    array([[0., 1.],
           [0., 1.]])
    """
    array = check_image(image)
    if array.ndim != 2:
        raise ImageError(translate("errors", "feature maps are made from a 2-D grey image, got "
                                             "shape {array_shape}").format(array_shape=array.shape))
    stride = whole_number(stride, "stride", KernelError)
    if not 1 <= stride <= MAX_STRIDE:
        raise KernelError(translate("errors", "stride must be between 1 and {max_stride}, got "
                                              "{stride}")
                          .format(max_stride=MAX_STRIDE, stride=stride))
    values = convolve(array.astype(np.float64), kernel, border=border)[::stride, ::stride]
    if relu:
        values = np.maximum(values, 0)
    if pool:
        height, width = values.shape
        if height < 2 or width < 2:
            raise ImageError(translate("errors", "2×2 max pooling needs a map at least 2×2, got "
                                                 "{height}×{width}")
                             .format(height=height, width=width))
        height, width = height // 2 * 2, width // 2 * 2
        blocks = values[:height, :width].reshape(height // 2, 2, width // 2, 2)
        values = blocks.max(axis=(1, 3))
    return values
