"""kernelstudio: a desktop image editor built around convolution kernels."""

__version__ = "0.1.0"

__all__ = ["__version__"]
