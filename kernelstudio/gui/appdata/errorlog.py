"""The error log: unexpected errors with their tracebacks, and what Pillow says of damaged files."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import data_folder

__all__ = ["LOG_NAME", "log_exception", "logger", "start_log"]

LOG_NAME = "kernelstudio.log"

logger = logging.getLogger("kernelstudio")

_handler: RotatingFileHandler | None = None


def start_log() -> Path:
    """Send kernelstudio's and Pillow's log messages to the log file in the data folder."""
    global _handler
    path = data_folder() / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    if _handler is not None:  # the data folder moved (tests do that): follow it
        for name in ("kernelstudio", "PIL"):
            logging.getLogger(name).removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8",
                                   delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.INFO)
    logging.getLogger("PIL").addHandler(_handler)  # what Pillow says about damaged files
    return path


def log_exception(error: BaseException, where: str) -> Path:
    """Write `error` with its traceback to the log file; returns the file's path."""
    path = start_log()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    logger.error("%s\n%s", where, text.rstrip())
    return path
