"""kernelstudio's window (PySide6 and pyqtgraph); see `MainWindow` and `main`."""

import pyqtgraph as pg

# Once, before any pyqtgraph image item exists: arrays are (row, column), as everywhere else.
pg.setConfigOptions(imageAxisOrder="row-major")

from .app import main  # noqa: E402 - after the pyqtgraph configuration
from .window import MainWindow  # noqa: E402

__all__ = ["MainWindow", "main"]
