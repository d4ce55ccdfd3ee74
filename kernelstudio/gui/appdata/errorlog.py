"""The error log: unexpected errors with their tracebacks, and what Pillow says of damaged files."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler

from kernelstudio.core.files import describe_os_error
from kernelstudio.gui.translation import translate

from . import data_folder

__all__ = ["LOG_NAME", "log_exception", "logger", "start_log"]

LOG_NAME = "kernelstudio.log"

logger = logging.getLogger("kernelstudio")

_handler: logging.Handler | None = None
#: The libraries whose log lines go to the same file.
_LIBRARIES = ("PIL", "tifffile")
_where = ""


def start_log() -> str:
    """Send kernelstudio's and Pillow's log messages to the log file in the data folder.

    Returns where they go, in words for a person: the file's path or, if the data folder
    cannot be made (a file of its name), the error output, which then gets them.
    """
    global _handler, _where
    try:
        path = data_folder() / LOG_NAME
        where = str(path)
    except OSError as exc:
        path = None
        where = translate("ErrorLog", "the error output (the app-data folder {folder} cannot "
                          "hold a log: {error})").format(folder=exc.filename,
                                                         error=describe_os_error(exc))
    if _handler is not None and where == _where:
        return where
    if _handler is not None:  # the data folder moved (tests do that): follow it
        for name in ("kernelstudio", *_LIBRARIES):
            logging.getLogger(name).removeHandler(_handler)
        _handler.close()
    _handler = (logging.StreamHandler() if path is None else
                RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8",
                                    delay=True))
    _where = where
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.INFO)
    for name in _LIBRARIES:  # what Pillow and tifffile say about damaged files
        logging.getLogger(name).addHandler(_handler)
    return where


def log_exception(error: BaseException, where: str) -> str:
    """Write `error` with its traceback to the log; where it went (see `start_log`)."""
    log = start_log()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    logger.error("%s\n%s", where, text.rstrip())
    return log
