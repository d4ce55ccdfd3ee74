"""The window's docks: kernel, stack, insight, pixel inspector and feature maps."""
