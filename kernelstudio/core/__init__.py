"""kernelstudio's core: kernels, presets (built-in and the user's), the convolution engine,
stacks, recipes and files.

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
from .explain import PixelExplanation, StepExplanation, explain_pixel, explain_step
from .imageio import (
    DEFAULT_MAX_PIXELS,
    DEFAULT_QUALITY,
    EXTENSIONS,
    Photo,
    load_image,
    output_format,
    save_image,
    to_8bit,
)
from .insight import (
    KernelFacts,
    feature_map,
    frequency_response,
    kernel_facts,
    luminance,
    response_frequencies,
    response_size,
)
from .kernel_text import (
    kernel_to_numpy,
    kernel_to_text,
    parse_kernel_text,
    parse_weight,
    single_row_hint,
)
from .kernels import (
    MAX_KERNEL_SIZE,
    as_kernel,
    gaussian_kernel,
    gaussian_weights,
    normalize_kernel,
    resize_kernel,
)
from .native import release_free_memory
from .numbers import MAX_NUMBER_TEXT, error_summary, parse_number, real_number, shown
from .presets import PRESETS, Param, Preset, get_preset, parse_preset_spec
from .recipe import dumps_recipe, load_recipe, loads_recipe, save_recipe
from .stack import CHANNELS, MAX_STEPS, STEP_OPTIONS, Stack, Step, channel_names
from .user_presets import (
    MAX_PRESET_NAME,
    PRESETS_FILE,
    UserPresetStore,
    app_data_folder,
    check_preset_name,
    preset_step,
)

__all__ = [
    "BORDERS",
    "CHANNELS",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_QUALITY",
    "EXTENSIONS",
    "MAX_KERNEL_SIZE",
    "MAX_NUMBER_TEXT",
    "MAX_PRESET_NAME",
    "MAX_STEPS",
    "METHODS",
    "PRESETS",
    "PRESETS_FILE",
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
    "UserPresetStore",
    "app_data_folder",
    "as_kernel",
    "channel_names",
    "check_preset_name",
    "convolve",
    "dumps_recipe",
    "error_summary",
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
    "parse_number",
    "parse_preset_spec",
    "parse_weight",
    "preset_step",
    "real_number",
    "release_free_memory",
    "resize_kernel",
    "response_frequencies",
    "response_size",
    "save_image",
    "save_recipe",
    "shown",
    "single_row_hint",
    "to_8bit",
]
