"""Guards for tests of code that must never block."""

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
