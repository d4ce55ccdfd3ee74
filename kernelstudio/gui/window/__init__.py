"""The main window and the controllers it wires together."""

from .main_window import MainWindow

__all__ = ["MainWindow"]
