"""Guards for tests of code that must never block, or grow, on a hostile file."""

import os
import subprocess
import sys
import textwrap
import threading

import pytest


def finishes(function, *args, seconds: float = 60.0):
    """Call ``function(*args)`` on a daemon thread and return its result (or raise its error).

    A harness guard, not a timed assertion: a call that would block forever (a read from
    a FIFO, a lock that is never released) fails the test instead of hanging the suite.
    """
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except BaseException as exc:  # handed to the test's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"{getattr(function, '__name__', function)} was still blocked after "
                    f"{seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def truncated(data: bytes) -> bytes:
    """The first two thirds of a file: what a download cut short leaves."""
    return data[: len(data) * 2 // 3]


_BOMB = textwrap.dedent("""
    import sys
    from kernelstudio.core import TooManyPixelsError, load_image
    def resident(field):
        with open("/proc/self/status") as status:
            return int(next(l for l in status if l.startswith(field)).split()[1]) * 1024
    before = resident("VmRSS:")
    try:
        load_image(sys.argv[1])
    except TooManyPixelsError as exc:
        print(resident("VmHWM:") - before, exc)
""")


def refused_in_bounded_memory(path) -> str:
    """The message of a fresh process refusing `path` with `TooManyPixelsError`, after
    checking that the process grew by less than 32 MB on the way (Linux: reads /proc)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, "-c", _BOMB, str(path)], capture_output=True,
                         text=True, timeout=120, env=env, check=True)
    grown, message = run.stdout.split(" ", 1)
    assert int(grown) < 32 * 2**20, f"grew by {int(grown) / 2**20:.0f} MiB"
    return message
