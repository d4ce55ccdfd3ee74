"""What a batch of ``kernelstudio apply`` says while it runs and when it ends.

On a terminal one progress line (files done / total, the current file, the time left) is
redrawn in place with ``\\r`` and wiped before anything else is printed, so errors and
notes always get lines of their own. Every batch ends with one summary line, terminal or
not. Nothing here knows about images: the command line reports what it does.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from kernelstudio.core.words import decimal, translate

__all__ = ["BatchProgress", "duration_left"]

#: Redraws within a file come at most this often (seconds); a new file always redraws.
_REDRAW_EVERY = 0.1


def duration_left(seconds: float) -> str:
    """``about 5 s left`` and the like, rounded up so the last seconds never say 0.

    Examples
    --------
    >>> duration_left(4.2), duration_left(150), duration_left(4000)
    ('about 5 s left', 'about 3 min left', 'about 1 h 7 min left')
    """
    if seconds < 60:
        return translate("cli", "about {seconds} s left").format(
            seconds=max(1, math.ceil(seconds)))
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return translate("cli", "about {minutes} min left").format(minutes=minutes)
    return translate("cli", "about {hours} h {minutes} min left").format(
        hours=minutes // 60, minutes=minutes % 60)


class BatchProgress:
    """Progress and summary of a batch of `total` files, written to `stream` (stderr).

    Use it as a context manager, so the progress line is wiped whatever happens. `live`
    (default: whether `stream` is a terminal) turns the progress line on; `quiet` turns
    it and the summary off. `say` prints a line of its own (an error or a note).
    """

    def __init__(self, total: int, *, prog: str, stream: TextIO | None = None,
                 live: bool | None = None, quiet: bool = False,
                 clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.written = 0
        self.skipped = 0
        self._prog = prog
        self._stream = sys.stderr if stream is None else stream
        self._quiet = quiet
        self._live = not quiet and (_is_terminal(self._stream) if live is None else live)
        self._clock = clock
        self._started = clock()
        self._drawn = 0  # characters on the progress line now
        self._last_draw = -math.inf
        self._name = ""
        self._fraction = 0.0

    def __enter__(self) -> BatchProgress:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self._wipe()
        if kind is not None and not issubclass(kind, Exception):  # stopped: Ctrl+C, a signal
            self.finish()

    @property
    def done(self) -> int:
        return self.written + self.skipped

    def start(self, name: str) -> None:
        """The next file, called `name`, is being worked on."""
        self._name = name
        self._fraction = 0.0
        self._draw(force=True)

    def advance(self, fraction: float) -> None:
        """The current file is `fraction` (0 to 1) done."""
        self._fraction = min(max(float(fraction), 0.0), 1.0)
        self._draw()

    def finished(self, *, written: bool) -> None:
        """The current file was written, or skipped."""
        if written:
            self.written += 1
        else:
            self.skipped += 1
        self._fraction = 0.0

    def say(self, line: str) -> None:
        """Print `line` on a line of its own; the progress line comes back at the next redraw."""
        self._wipe()
        print(line, file=self._stream, flush=True)

    def summary(self) -> str:
        """``3 written, 1 skipped in 2.5 s`` (and how many were not reached, if any)."""
        parts = [translate("cli", "{count} written").format(count=self.written),
                 translate("cli", "{count} skipped").format(count=self.skipped)]
        if self.done < self.total:
            parts.append(translate("cli", "{count} not done").format(
                count=self.total - self.done))
        return translate("cli", "{counts} in {seconds} s").format(
            counts=", ".join(parts),
            seconds=decimal(f"{self._clock() - self._started:.1f}"))

    def finish(self) -> None:
        """Wipe the progress line and print the summary (unless quiet)."""
        self._wipe()
        if not self._quiet:
            print(f"{self._prog}: {self.summary()}", file=self._stream, flush=True)

    def line(self) -> str:
        """The progress line as it is drawn now, cut to the terminal's width."""
        return self._fit(_terminal_width(self._stream) - 1)

    def _fit(self, width: int) -> str:
        counts = f"{self._prog}: " + translate("cli", "{done}/{total} done").format(
            done=self.done, total=self.total)
        percent = f" {round(self._fraction * 100)}%" if self._fraction else ""
        left = self._time_left()
        now = translate("cli", "now {name}")
        room = width - len(f"{counts}, {now.format(name=percent)}, {left}")
        name = self._name
        if len(name) > room:  # keep the end of the name: it tells files apart
            name = "..." + name[len(name) - room + 3:] if room > 10 else ""
        current = [now.format(name=name + percent)] if name else []
        return ", ".join([counts, *current, left])[:width]

    def _time_left(self) -> str:
        progress = self.done + self._fraction
        elapsed = self._clock() - self._started
        if progress <= 0 or elapsed <= 0:
            return translate("cli", "estimating the time left")
        return duration_left(elapsed / progress * (self.total - progress))

    def _draw(self, *, force: bool = False) -> None:
        if not self._live:
            return
        now = self._clock()
        if not force and now - self._last_draw < _REDRAW_EVERY:
            return
        self._last_draw = now
        text = self.line()
        self._stream.write("\r" + text.ljust(self._drawn))
        self._stream.flush()
        self._drawn = len(text)

    def _wipe(self) -> None:
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


def _terminal_width(stream) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns >= 20 else 80
