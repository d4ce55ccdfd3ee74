"""kernelstudio's core: kernels, presets, the convolution engine, stacks, recipes and files.

NumPy and Pillow only; nothing here imports Qt.
"""

from .convolve import convolve
from .engine import BORDERS, METHODS
from .errors import (
    BorderError,
    Cancelled,
    ImageError,
    ImageFileError,
    KernelError,
    KernelStudioError,
    MethodError,
    PresetError,
    RecipeError,
    StepError,
    TooManyPixelsError,
)
from .explain import StepExplanation, explain_step
from .imageio import (
    DEFAULT_MAX_PIXELS,
    EXTENSIONS,
    Photo,
    load_image,
    output_format,
    save_image,
    to_8bit,
)
from .insight import (
    KernelFacts,
    PixelExplanation,
    explain_pixel,
    feature_map,
    frequency_response,
    kernel_facts,
    luminance,
    response_frequencies,
    response_size,
)
from .kernels import (
    MAX_KERNEL_SIZE,
    as_kernel,
    gaussian_kernel,
    gaussian_weights,
    kernel_to_numpy,
    kernel_to_text,
    normalize_kernel,
    parse_kernel_text,
    resize_kernel,
)
from .native import release_free_memory
from .presets import PRESETS, Param, Preset, get_preset, parse_preset_spec
from .recipe import dumps_recipe, load_recipe, loads_recipe, save_recipe
from .stack import CHANNELS, STEP_OPTIONS, Stack, Step, channel_names

__all__ = [
    "BORDERS",
    "CHANNELS",
    "DEFAULT_MAX_PIXELS",
    "EXTENSIONS",
    "MAX_KERNEL_SIZE",
    "METHODS",
    "PRESETS",
    "STEP_OPTIONS",
    "BorderError",
    "Cancelled",
    "ImageError",
    "ImageFileError",
    "KernelError",
    "KernelFacts",
    "KernelStudioError",
    "MethodError",
    "Param",
    "Photo",
    "PixelExplanation",
    "Preset",
    "PresetError",
    "RecipeError",
    "Stack",
    "Step",
    "StepError",
    "StepExplanation",
    "TooManyPixelsError",
    "as_kernel",
    "channel_names",
    "convolve",
    "dumps_recipe",
    "explain_pixel",
    "explain_step",
    "feature_map",
    "frequency_response",
    "gaussian_kernel",
    "gaussian_weights",
    "get_preset",
    "kernel_facts",
    "kernel_to_numpy",
    "kernel_to_text",
    "load_image",
    "load_recipe",
    "loads_recipe",
    "luminance",
    "normalize_kernel",
    "output_format",
    "parse_kernel_text",
    "parse_preset_spec",
    "release_free_memory",
    "resize_kernel",
    "response_frequencies",
    "response_size",
    "save_image",
    "save_recipe",
    "to_8bit",
]
