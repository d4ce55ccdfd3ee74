"""A virtual X display (Xvfb) for tests that need Qt's real xcb platform."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from kernelstudio import startup


def skip_unless_xcb_can_run() -> None:
    """Skip the test unless Xvfb and the xcb plugin's system libraries are installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: apt install xvfb)")
    missing = startup.missing_libraries("xcb")
    if missing:
        pytest.skip(f"Qt's xcb platform lacks {', '.join(missing)}")


@contextlib.contextmanager
def running_xvfb(screen: str = "1600x1000x24") -> Iterator[str]:
    """Start Xvfb on a free display; yield its name (":12") once it accepts clients."""
    skip_unless_xcb_can_run()
    read, write = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number when it is ready.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, f"Xvfb did not start (exit {server.poll()})"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=60)
