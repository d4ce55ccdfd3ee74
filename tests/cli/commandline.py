"""Running `kernelstudio` as a user does: a subprocess, optionally on a terminal."""

import fcntl
import os
import struct
import subprocess
import sys
import termios


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kernelstudio", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def one_line(result, code) -> str:
    """The one line a failed run wrote on stderr, after checking it exited with `code`."""
    assert result.returncode == code, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("kernelstudio: ")
    return line


def run_on_terminal(*args, columns=0) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal (`columns` wide, if given); the exit status and
    all it wrote there."""
    leader, follower = os.openpty()
    if columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    try:
        process = subprocess.Popen([sys.executable, "-m", "kernelstudio", *map(str, args)],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=follower)
    finally:
        os.close(follower)
    chunks = []
    try:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the other end is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode()
