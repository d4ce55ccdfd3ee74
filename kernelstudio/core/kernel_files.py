"""Kernel files: Photoshop Custom filters (.acf) and kernel text, read and written.

A file whose name ends in ``.acf`` is Photoshop's (see `photoshop`): a kernel with its
divisor and offset. Any other file is kernel text, as ``--kernel`` and the window's
Paste take it (`parse_kernel_spec`: kernelstudio's rows, NumPy's brackets, ImageMagick's
``3x3: ...`` with its origin, G'MIC's ``(...)`` matrix): a kernel, and an anchor when
ImageMagick's origin moves it. Written as text, a step's kernel is divided by its
divisor (and flipped, if it flips), so that the text alone makes the picture.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import numpy as np

from .convolve import check_anchor
from .errors import KernelFileError, KernelStudioError
from .files import atomic_write, describe_os_error, read_file
from .kernel_text import kernel_to_magick, kernel_to_text, parse_kernel_spec
from .photoshop import ACF_SIZE, dumps_acf, loads_acf
from .stack import Step
from .words import translate

__all__ = ["ACF_SUFFIX", "MAX_KERNEL_FILE_BYTES", "KernelFile", "kernel_file_text",
           "load_kernel_file", "read_kernel_text", "save_kernel_file"]

#: Files named so are Photoshop Custom filters; any other name is kernel text.
ACF_SUFFIX = ".acf"
#: Larger files are refused unread: a 255×255 kernel of 64-character numbers is 4.2 MB.
MAX_KERNEL_FILE_BYTES = 8 * 2**20


@dataclass(frozen=True, eq=False)
class KernelFile:
    """What a kernel file holds: a kernel, the step options its format has, and a name.

    `options` are an .acf file's ``divisor`` and ``offset`` (with ``normalize`` off and
    the centre ``anchor``, as Photoshop has them), or a text file's ``anchor`` when it gives
    one; `name` is the file's name without its extension.
    """

    kernel: np.ndarray
    options: Mapping[str, object] = field(default_factory=dict)
    name: str = ""

    def __post_init__(self):
        object.__setattr__(self, "options", MappingProxyType(dict(self.options)))

    def step(self, **options) -> Step:
        """A step of this kernel with the file's options, where `options` do not say
        otherwise."""
        return Step(kernel=self.kernel, **{**self.options, **options})


def load_kernel_file(path: str | os.PathLike) -> KernelFile:
    """Read the .acf or kernel text file at `path`.

    Raises
    ------
    KernelFileError
        Naming the file and what is wrong with it; the file is read only if it is a
        regular file (never a FIFO or a device) of at most `MAX_KERNEL_FILE_BYTES`.
    """
    name = os.fspath(path)
    raw = read_file(path, MAX_KERNEL_FILE_BYTES, KernelFileError,
                    cannot_read=translate("errors", "cannot read kernel file {name}: {exc}"),
                    too_large=translate("errors", "{name} is larger than {megabytes} MB; not a "
                                                  "kernel file"))
    stem = Path(name).stem
    try:
        if Path(name).suffix.lower() == ACF_SUFFIX:
            step = loads_acf(raw)
            # Photoshop's arithmetic is all in the file: its divisor is used, and its grid
            # is centred on the pixel.
            options = {"divisor": step.divisor, "offset": step.offset, "normalize": False,
                       "anchor": None}
            return KernelFile(step.kernel, options, stem)
        return read_kernel_text(_text(raw), stem)
    except KernelStudioError as exc:
        raise KernelFileError(translate("errors", "{name}: {exc}")
                              .format(name=name, exc=exc)) from None


def read_kernel_text(text: str, name: str = "") -> KernelFile:
    """Kernel text (`parse_kernel_spec`) as a `KernelFile`: its anchor, if it gives one, is
    its option.

    Examples
    --------
    >>> dict(read_kernel_text("2x1: 1 1").options)
    {'anchor': (0, 0)}
    """
    kernel, anchor = parse_kernel_spec(text)
    return KernelFile(kernel, {} if anchor is None else {"anchor": anchor}, name)


def _text(raw: bytes) -> str:
    try:
        if b"\0" not in raw:  # text has no NUL bytes; an .acf file's zeros are
            return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    hint = f" (a Photoshop Custom filter is named {ACF_SUFFIX})" if len(raw) == ACF_SIZE else ""
    raise KernelFileError(translate("errors", "not kernel text (UTF-8), nor named .acf as "
                                              "Photoshop's Custom filters are{hint}")
                          .format(hint=hint))


def kernel_file_text(step: Step) -> tuple[str, tuple[str, ...]]:
    """`step`'s kernel as the text of a kernel file, and notes on what the text leaves out.

    The weights are divided by the divisor in use and flipped if the step flips, so the
    text alone makes the step's sums; a kernel whose anchor is not its centre cell is
    written as ImageMagick's ``WxH+X+Y:`` string, which holds it.

    Examples
    --------
    >>> print(kernel_file_text(Step(kernel=[[1, 2, 1]], divisor=4, offset=128))[0], end="")
    1/4 1/2 1/4
    >>> kernel_file_text(Step(kernel=[[1, 2, 1]], divisor=4, offset=128))[1]
    ('The text holds the weights divided by the divisor, 4, and not the offset 128.',)
    """
    weights, anchor = step.weights_and_anchor()
    if anchor == check_anchor(None, step.size):
        text = kernel_to_text(weights, multiline=True)
    else:
        text = kernel_to_magick(weights, anchor, multiline=True)
    offsets = ", ".join(f"{offset:g}" for offset in step.offsets)
    left_out = [description for description, lost in (
        (f"the offset{'s' if step.slices > 1 else ''} {offsets}", any(step.offsets)),
        ("absolute values", step.absolute),
        (f"the {step.border} border", step.border != "reflect101"),
        (f"the channels {step.channels!r}", step.channels != "color"),
        (f"the opacity {step.opacity:.0%}", step.opacity < 1),
        (f"{step.iterations} iterations", step.iterations > 1),
        ("linear light", step.linear),
        ("alpha weighting off", not step.alpha_weighting),
    ) if lost]
    said = []
    if any(divisor != 1 for divisor in step.divisors):
        divisors = [f"{divisor:g}" for divisor in dict.fromkeys(step.divisors)]
        said.append(f"the weights divided by the divisor{'s' if len(divisors) > 1 else ''}, "
                    + ", ".join(divisors))
    if step.flip:
        said.append("the kernel flipped")
    notes = []
    if said or left_out:
        holds = f"The text holds {' and '.join(said)}" if said else "The text holds the weights"
        lost = f", and not {', '.join(left_out)}" if left_out else ""
        notes.append(f"{holds}{lost}.")
    return text + "\n", tuple(notes)


def save_kernel_file(step: Step, path: str | os.PathLike) -> tuple[str, ...]:
    """Write `step`'s kernel to `path`: an .acf file if it is named so, else kernel text.

    Nothing is written when the step cannot be: the file that was there is kept.

    Returns
    -------
    tuple of str
        Notes on what the file does not hold (see `dumps_acf` and `kernel_file_text`).

    Raises
    ------
    KernelFileError
        Saying why the step cannot be written in that format, or the file not written.
    """
    if Path(path).suffix.lower() == ACF_SUFFIX:
        data, notes = dumps_acf(step)
    else:
        text, notes = kernel_file_text(step)
        data = text.encode("utf-8")
    try:
        with atomic_write(path) as stream:
            stream.write(data)
    except OSError as exc:
        raise KernelFileError(translate("errors", "cannot save kernel file {path}: {exc}")
                              .format(path=Path(path), exc=describe_os_error(exc))
                              ) from None
    return notes
