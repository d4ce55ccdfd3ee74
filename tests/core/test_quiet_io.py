"""Libraries never talk on stderr, and a full disk is called a full disk, in every format."""

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
import warnings

import numpy as np
import pytest
from PIL import Image

from kernelstudio.core import ImageFileError, load_image, save_image, to_8bit
from kernelstudio.core import saving as saving_module

RNG = np.random.default_rng(12)
NOISE = RNG.integers(0, 256, (300, 400, 3), dtype=np.uint8)
SUFFIXES = [".png", ".jpg", ".tif", ".webp", ".bmp"]


def test_to_8bit_and_flattening_raise_no_numpy_warnings(tmp_path, capfd):
    wild = np.array([[np.nan, np.inf, -np.inf, 1e300, -1e300, 0.5]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert to_8bit(wild).tolist() == [[0, 255, 0, 255, 0, 128]]
        single = np.array([[np.nan, np.inf, -np.inf, 3e38, -3e38, 0.5]], np.float32)
        assert to_8bit(single).tolist() == [[0, 255, 0, 255, 0, 128]]
        rgba = np.dstack([np.dstack([wild] * 3), np.full_like(wild, np.nan)])
        for suffix in SUFFIXES:
            save_image(tmp_path / f"out{suffix}", rgba)
    assert capfd.readouterr() == ("", "")


def test_pillows_warnings_on_save_stay_quiet(tmp_path, capfd):
    exif = Image.Exif()
    exif[270] = (1, 2, 3)  # Pillow warns: 'tag 270 had too many entries'
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        block = exif.tobytes()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for suffix in SUFFIXES:
            save_image(tmp_path / f"out{suffix}", NOISE[:8, :8], exif=block)
    assert capfd.readouterr() == ("", "")


@contextlib.contextmanager
def _full_disk(path):
    # /dev/full fails every write with ENOSPC, as a full disk does: through Python's
    # writes and through the ones libtiff and libjpeg make on the descriptor themselves.
    with open("/dev/full", "r+b") as stream:
        yield stream


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_full_disk_says_no_space_left_in_every_format(tmp_path, monkeypatch, capfd, suffix):
    monkeypatch.setattr(saving_module, "atomic_write", _full_disk)
    with pytest.raises(ImageFileError) as caught:
        save_image(tmp_path / f"out{suffix}", NOISE)
    assert str(caught.value) == f"cannot write {tmp_path / f'out{suffix}'}: no space left on device"
    assert capfd.readouterr() == ("", "")


FILL = textwrap.dedent("""
    import sys
    import numpy as np
    from kernelstudio.core import ImageFileError, save_image
    noise = np.random.default_rng(1).integers(0, 256, (600, 800, 3), dtype=np.uint8)
    (tiny,) = sys.argv[1:]
    for suffix in (".tif", ".png", ".jpg", ".webp", ".bmp"):
        try:
            save_image(f"{tiny}/out{suffix}", noise)
        except ImageFileError as exc:
            print(exc)
""")


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_a_small_filesystem_filling_up_mid_file(tmp_path):
    # A 256 KB tmpfs in a private user and mount namespace: no root needed where
    # unprivileged user namespaces are allowed, and nothing outside the test is filled.
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    script = f"mount -t tmpfs -o size=256k kernelstudio {tiny} && exec \"$0\" -c \"$1\" {tiny}"
    run = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script,
                          sys.executable, FILL], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    if "mount" in run.stderr or "unshare" in run.stderr:
        pytest.skip(f"this system does not allow a private tmpfs: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines == [f"cannot write {tiny}/out{suffix}: no space left on device"
                     for suffix in (".tif", ".png", ".jpg", ".webp", ".bmp")]


def test_hostile_tiffs_leave_stderr_clean(tmp_path, capfd):
    import samples

    for name in ("samples.tif", "badtag.tif"):
        with pytest.raises(ImageFileError):
            load_image(samples.make(tmp_path, name))
    assert capfd.readouterr() == ("", "")
