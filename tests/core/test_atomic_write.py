"""atomic_write never replaces what is not a file, and leaves no temporary behind."""

import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from kernelstudio.core import ImageFileError, save_image
from kernelstudio.core.files import NotAFileError, atomic_write

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _write(path, data=b"new"):
    with atomic_write(path) as stream:
        stream.write(data)


def test_a_fifo_is_refused_and_left_alone(tmp_path):
    fifo = tmp_path / "out.png"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="pipe"):
        _write(fifo)
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_link_to_a_device_is_refused_and_left_alone(tmp_path):
    link = tmp_path / "out.png"
    link.symlink_to(os.devnull)
    with pytest.raises(ImageFileError, match=r"out\.png: is a device, not a file"):
        save_image(link, np.zeros((2, 2), np.uint8))
    assert os.readlink(link) == os.devnull
    assert os.path.exists(os.devnull)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_fifo_that_appears_while_writing_is_left_alone(tmp_path):
    target = tmp_path / "out.png"

    def write_while_a_fifo_appears():
        with atomic_write(target) as stream:
            stream.write(b"new")
            os.mkfifo(target)

    with pytest.raises(NotAFileError, match="pipe"):
        write_while_a_fifo_appears()
    assert target.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_link_to_a_file_still_writes_through(tmp_path):
    (tmp_path / "real.png").write_bytes(b"old")
    (tmp_path / "out.png").symlink_to(tmp_path / "real.png")
    _write(tmp_path / "out.png")
    assert (tmp_path / "real.png").read_bytes() == b"new"
    assert (tmp_path / "out.png").is_symlink()


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True, timeout=60)
    return int(child.stdout)


def test_leftovers_of_dead_runs_are_removed_and_nothing_else(tmp_path):
    dead, alive = _dead_pid(), os.getppid()
    names = {
        f".out.png.{dead}.abcd1234.part": False,        # ours, its run is over: removed
        f".out.png.{alive}.abcd1234.part": True,        # a live process's: kept
        f".out.png.{os.getpid()}.abcd1234.part": True,  # this process's: kept
        ".out.png.abcd1234.part": True,                 # no pid: not our name
        f".out.png.{dead}.abcd1234.part.bak": True,
        f".other.png.{dead}.abcd1234.part": True,       # another output's
        f"out.png.{dead}.abcd1234.part": True,
    }
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    os.mkfifo(tmp_path / f".out.png.{dead}.zzzz9999.part")  # not a regular file: kept
    _write(tmp_path / "out.png")
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {name for name, kept in names.items() if kept} | {
        "out.png", f".out.png.{dead}.zzzz9999.part"}


def test_the_temporary_is_named_with_the_pid_and_removed_on_an_error(tmp_path):
    seen = []

    def write_and_fail():
        with atomic_write(tmp_path / "out.png") as stream:
            stream.write(b"partial")
            seen.extend(tmp_path.iterdir())
            raise OSError("the disk said no")

    with pytest.raises(OSError, match="the disk said no"):
        write_and_fail()
    (temporary,) = seen
    assert temporary.name.startswith(f".out.png.{os.getpid()}.")
    assert temporary.name.endswith(".part")
    assert list(tmp_path.iterdir()) == []


WRITER = textwrap.dedent("""
    import os, signal, sys, time
    from kernelstudio.core.files import atomic_write

    def on_signal(number, frame):
        raise SystemExit(128 + number)   # what the command line does

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    with atomic_write(sys.argv[1]) as stream:
        stream.write(b"half")
        stream.flush()
        print("writing", flush=True)
        while True:
            time.sleep(0.05)
""")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_removes_the_temporary(tmp_path, number):
    (tmp_path / "out.png").write_bytes(b"old")
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "out.png")],
                             stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert child.stdout.readline() == "writing\n"
        assert len(list(tmp_path.iterdir())) == 2
        child.send_signal(number)
        assert child.wait(timeout=60) == 128 + number
    finally:
        child.kill()
        child.stdout.close()
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]
    assert (tmp_path / "out.png").read_bytes() == b"old"


def test_a_killed_runs_temporary_is_removed_by_the_next_save(tmp_path):
    (tmp_path / "out.png").write_bytes(b"old")
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "out.png")],
                             stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert child.stdout.readline() == "writing\n"
        child.kill()
        child.wait(timeout=60)
    finally:
        child.stdout.close()
    assert len(list(tmp_path.iterdir())) == 2
    _write(tmp_path / "out.png")
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


@pytest.mark.parametrize("stem", ["a" * 246, "é" * 124], ids=["250 characters", "252 bytes"])
def test_a_long_legal_name_is_written_through_a_short_temporary(tmp_path, stem):
    target = tmp_path / f"{stem}.png"
    seen = []

    def write_and_look():
        with atomic_write(target) as stream:
            stream.write(b"new")
            seen.extend(tmp_path.iterdir())

    write_and_look()
    (temporary,) = seen
    assert len(os.fsencode(temporary.name)) <= 255
    assert temporary.name.startswith(f".{stem[:100]}")
    assert temporary.name.endswith(f".{os.getpid()}.{temporary.name[-13:-5]}.part")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    save_image(target, np.zeros((2, 2), np.uint8))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_leftovers_of_a_long_name_are_removed_and_no_other_names(tmp_path):
    dead = _dead_pid()
    long_name, other_name = "a" * 246 + ".png", "a" * 246 + ".tif"
    temporaries = {}
    for name in (long_name, other_name):
        with atomic_write(tmp_path / name) as stream:
            stream.write(b"x")
            (temporary,) = (p.name for p in tmp_path.iterdir() if p.suffix == ".part")
            temporaries[name] = temporary.replace(f".{os.getpid()}.", f".{dead}.")
    for temporary in temporaries.values():
        (tmp_path / temporary).write_bytes(b"x")
    _write(tmp_path / long_name)
    assert {p.name for p in tmp_path.iterdir()} == {long_name, other_name,
                                                    temporaries[other_name]}
