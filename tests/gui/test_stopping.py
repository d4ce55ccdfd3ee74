"""Stopping the real window mid-work, in a process of its own (`window_driver.py`).

Quit, SIGTERM, SIGHUP and SIGINT end the window with exit status 0 whatever the worker is doing:
the worker is cancelled and waited for, never destroyed while it runs (Qt would abort,
exit 134), and an export being written is finished, so no temporary file is left.
"""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kernelstudio.core import load_image, save_image

DRIVER = Path(__file__).with_name("window_driver.py")


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "photo.png"
    save_image(path, np.random.default_rng(3).integers(0, 256, (600, 800, 3), dtype=np.uint8))
    return path


def drive(tmp_path, *args):
    """Run a driver scenario with its own settings and data folders; the finished process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(DRIVER), *map(str, args)], capture_output=True,
                            text=True, env=env, timeout=180, check=False, cwd=tmp_path)
    assert "QThread: Destroyed" not in result.stderr
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def test_the_command_line_on_a_fifo_shows_the_message_and_quits(tmp_path):
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    result = drive(tmp_path, "open", fifo)
    assert f"DIALOG Cannot open photo | {fifo} is a pipe (FIFO), not a file" in result.stdout


@pytest.mark.slow
def test_quit_while_a_photo_is_still_being_read_waits_for_it(tmp_path, photo):
    result = drive(tmp_path, "quit-while", "load", photo)
    assert "QUIT during load" in result.stdout


def test_quit_during_a_long_render_exits_cleanly(tmp_path, photo):
    result = drive(tmp_path, "quit-while", "render", photo)
    assert "QUIT during render" in result.stdout


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_while_the_export_filters_closes_and_writes_nothing(tmp_path, photo, name):
    out = tmp_path / "out.png"
    result = drive(tmp_path, "signal", name, "filter", photo, out)
    assert "SIGNAL while filtering" in result.stdout
    assert not out.exists()
    assert leftovers(tmp_path) == []
    # The stack was not saved in a recipe: it is kept for the next start to offer back.
    assert list((tmp_path / "data").rglob("session-*.json"))


def test_a_signal_while_the_export_is_written_finishes_the_file(tmp_path, photo):
    out = tmp_path / "out.png"
    result = drive(tmp_path, "signal", "SIGTERM", "save", photo, out)
    assert "SAVING while closing" in result.stdout
    assert load_image(out).pixels.shape == (600, 800, 3)
    assert leftovers(tmp_path) == []



@pytest.mark.parametrize("what", ["question", "file"])
def test_a_signal_while_a_dialog_asks_closes_the_window(tmp_path, photo, what):
    result = drive(tmp_path, "signal-while-asking", what, photo)
    assert f"SIGNAL while asking ({what})" in result.stdout
    assert "ANSWERED; window shown: False" in result.stdout
