"""The errors kernelstudio raises on purpose.

Every message is written for the person who has to fix the input: it names what is wrong and,
where it helps, what would be right.
"""

from __future__ import annotations

__all__ = [
    "BorderError",
    "Cancelled",
    "ImageError",
    "ImageFileError",
    "KernelError",
    "KernelFileError",
    "KernelStudioError",
    "KernelTextError",
    "MethodError",
    "PresetError",
    "RecipeError",
    "StepError",
    "TooManyPixelsError",
]


class KernelStudioError(Exception):
    """Base class of every error raised on purpose by kernelstudio."""


class KernelError(KernelStudioError, ValueError):
    """A kernel is not usable: wrong shape, empty, too large, NaN/infinite weights or bad text."""


class KernelTextError(KernelError):
    """Kernel text that is not a grid of numbers, with the place at fault.

    Attributes
    ----------
    row, column : int or None
        The kernel row and column (1-based) the problem is in, None where the problem is not
        in one (or in one grid of several, which the row alone does not locate).
    """

    def __init__(self, message: str, *, row: int | None = None, column: int | None = None):
        super().__init__(message)
        self.row = row
        self.column = column


class KernelFileError(KernelStudioError, ValueError):
    """A kernel file that cannot be read or written, or a step its format cannot hold."""


class BorderError(KernelStudioError, ValueError):
    """An unknown border mode."""


class MethodError(KernelStudioError, ValueError):
    """An unknown computation method."""


class ImageError(KernelStudioError, ValueError):
    """An array that is not an image kernelstudio can filter."""


class PresetError(KernelStudioError, ValueError):
    """An unknown preset, or a parameter that the preset does not take or does not allow."""


class StepError(KernelStudioError, ValueError):
    """A step option out of its allowed range (divisor, opacity, channels, ...)."""


class RecipeError(KernelStudioError, ValueError):
    """A recipe document that cannot be read or does not describe a valid stack."""


class ImageFileError(KernelStudioError, OSError):
    """An image file that cannot be read or written."""


class TooManyPixelsError(ImageFileError):
    """An image file with more pixels than the caller's limit; refused before decoding."""


class Cancelled(KernelStudioError):
    """Filtering stopped because the caller's ``cancel`` flag was set."""
