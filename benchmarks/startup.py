"""How long a double-click takes: from starting the app to its window on screen.

Starts each command several times on a real X display, as a first start (a fresh home
folder), and times from the moment the process is started to (1) its window being mapped
(xdotool finds it visible) and (2) the sample photo being painted in it (a capture of the
window's middle is no longer flat). Needs xdotool and ImageMagick's ``import``.

    xvfb-run -a -s "-screen 0 1500x950x24 -noreset" python benchmarks/startup.py \\
        dist/kernelstudio/kernelstudio ".venv/bin/kernelstudio"
"""

from __future__ import annotations

import argparse
import io
import os
import shlex
import statistics
import subprocess
import tempfile
import time

import numpy as np
from PIL import Image

_POLL_S = 0.005
_TIMEOUT_S = 30.0


def _visible_window(pid: int) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True)
    windows = found.stdout.split()
    return windows[0] if windows else None


def _painted(window: str) -> bool:
    shot = subprocess.run(["import", "-silent", "-window", window, "png:-"],
                          capture_output=True)
    if shot.returncode != 0 or not shot.stdout:
        return False
    pixels = np.asarray(Image.open(io.BytesIO(shot.stdout)).convert("L"), dtype=float)
    height, width = pixels.shape
    middle = pixels[height // 3 : 2 * height // 3, width // 3 : 2 * width // 3]
    return middle.size > 0 and middle.std() > 20  # the photo, not an empty canvas


def measure(command: list[str]) -> tuple[float, float]:
    """Seconds from start to a visible window, and to the photo painted in it."""
    with tempfile.TemporaryDirectory() as home, open(f"{home}/stderr.txt", "w+") as errors:
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/config",
               "XDG_DATA_HOME": f"{home}/data", "XDG_CACHE_HOME": f"{home}/cache",
               "QT_QPA_PLATFORM": "xcb"}
        start = time.perf_counter()
        # stderr goes to a file: a pipe left unread could fill and stall the app.
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            shown = painted = window = None
            while painted is None:
                now = time.perf_counter() - start
                if now > _TIMEOUT_S or process.poll() is not None:
                    errors.seek(0)
                    raise RuntimeError(f"{shlex.join(command)}: no window after {now:.1f} s\n"
                                       f"{errors.read()}")
                if window is None:
                    window = _visible_window(process.pid)
                    if window is not None:
                        shown = time.perf_counter() - start
                elif _painted(window):
                    painted = time.perf_counter() - start
                time.sleep(_POLL_S)
            return shown, painted
        finally:
            process.terminate()
            process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commands", nargs="+", metavar="COMMAND",
                        help="how to start the app, e.g. dist/kernelstudio/kernelstudio")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        parser.error("needs an X display; run it under xvfb-run")
    print(f"median (min to max) of {args.repeats} first starts, {os.cpu_count()} cores\n")
    print("| command | window shown | photo painted |")
    print("|---|---|---|")
    for text in args.commands:
        command = shlex.split(text)
        measure(command)  # warm the disk cache, as on a second double-click
        runs = [measure(command) for _ in range(args.repeats)]
        cells = []
        for values in zip(*runs, strict=True):
            cells.append(f"{statistics.median(values):.2f} s "
                         f"({min(values):.2f} to {max(values):.2f})")
        print(f"| `{text}` | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
