"""``kernelstudio --selftest`` passes on a working install and names what broke otherwise."""

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from xserver import running_xvfb

import kernelstudio.core
from kernelstudio import cli, startup
from kernelstudio.core import load_image
from kernelstudio.gui import selftest
from kernelstudio.gui.appdata import data_folder
from kernelstudio.gui.work import worker


def test_selftest_passes_and_reports_each_check(capsys):
    assert cli.main(["--selftest"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("kernelstudio ")
    assert [line.split()[0] for line in out[2:]] == ["ok"] * 5 + ["self-test"]
    assert "three-step recipe" in out[4]
    assert "16-bit colour PNG and TIFF read back exactly" in out[6]
    assert out[-1].startswith("self-test passed in ")
    assert not QStandardPaths.isTestModeEnabled()  # left as it was found


def test_selftest_touches_no_settings_or_session_of_the_user(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))  # where Qt's test mode puts its folders
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert selftest.run() == 0
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_wrong_engine_fails_with_the_reason(monkeypatch, capsys):
    real = kernelstudio.core.convolve

    def off_by_a_little(image, kernel, **options):
        return real(image, kernel, **options) + 1e-3

    monkeypatch.setattr(kernelstudio.core, "convolve", off_by_a_little)
    assert cli.main(["--selftest"]) == 1
    captured = capsys.readouterr()
    assert "FAIL  the auto engine is off by 0.001" in captured.out
    assert captured.err.startswith("kernelstudio: self-test failed: the auto engine")
    assert captured.out.splitlines()[-1].startswith("self-test failed in ")


def test_an_export_the_window_reports_as_failed_fails_the_selftest(monkeypatch, capsys):
    def full_disk(path, *args, **kwargs):
        raise kernelstudio.core.ImageFileError(f"cannot write {path}: No space left on device")

    monkeypatch.setattr(worker, "save_image", full_disk)
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "FAIL  exporting: the window reported " in out
    assert "No space left on device" in out


def test_a_bundle_without_a_heic_decoder_fails_the_selftest(monkeypatch, capsys):
    import pi_heif

    monkeypatch.setattr(pi_heif, "libheif_info", lambda: {"decoders": {}})
    assert selftest.run() == 1
    assert "FAIL  HEIC photos cannot be read: libheif has no HEVC decoder" in \
        capsys.readouterr().out


def test_without_stdout_the_report_goes_to_the_app_data_folder(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run() == 0
    report = data_folder() / selftest.REPORT_NAME
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("self-test passed")
    assert len(lines) == 8


def test_selftest_takes_no_file(capsys):
    assert cli.main(["--selftest", "photo.png"]) == 2
    assert "--selftest takes no FILE" in capsys.readouterr().err


@pytest.mark.slow
def test_selftest_runs_with_no_screen_and_no_platform_chosen(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "kernelstudio", "--selftest"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt platform offscreen" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("self-test passed")
    assert not (tmp_path / "config").exists()  # no settings written for the user


def test_the_exported_sample_is_what_the_core_makes(tmp_path, capsys):
    """The checks compare against something real: the recipe changes the photo a lot."""
    checks = selftest._Run(tmp_path)
    try:
        checks.open_sample()
        checks.render_recipe()
        checks.export()
    finally:
        checks.close()
    photo = checks.expected
    original = load_image(kernelstudio.data.resource_path("coffee.png")).pixels
    assert photo.shape == original.shape
    assert np.mean(np.abs(photo.astype(int) - original)) > 10
    assert np.array_equal(load_image(tmp_path / "selftest-export.png").pixels, photo)
    assert QCoreApplication.applicationName() == "kernelstudio"


def test_a_window_that_cannot_load_fails_the_selftest_in_one_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "kernelstudio.gui.selftest", None)  # import fails
    assert cli.main(["--selftest"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kernelstudio: self-test failed: the window cannot load: ")
    assert err.count("\n") == 1


@pytest.fixture
def desktop(monkeypatch):
    """The platform left to Qt's default, as on a user's desktop (Qt stays on offscreen)."""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Unix desktops only")
def test_with_no_display_the_report_says_so_and_passes(desktop, capsys):
    assert selftest.run() == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("skip  the window's platform: no display here (neither DISPLAY "
                              "nor WAYLAND_DISPLAY is set); the checks above ran on offscreen")
    assert out[-1].startswith("self-test passed in ")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Unix desktops only")
def test_a_desktop_platform_missing_libraries_fails_with_the_packages(desktop, capsys):
    desktop.setenv("DISPLAY", ":0")
    desktop.setattr(startup, "missing_libraries",
                    lambda platform, qt=None: ["libxcb-icccm.so.4", "libxcb-cursor.so.0"])
    assert selftest.run() == 1
    captured = capsys.readouterr()
    fail = captured.out.splitlines()[-2]
    assert fail.startswith("FAIL  the window cannot open on xcb: Qt's xcb platform needs "
                           "libxcb-icccm.so.4, libxcb-cursor.so.0")
    assert "'sudo apt install libxcb-icccm4 libxcb-cursor0'" in fail
    assert "'sudo dnf install xcb-util-wm xcb-util-cursor'" in fail
    assert captured.err.startswith("kernelstudio: self-test failed: the window cannot open on")


def selftest_process(tmp_path, **env):
    clean = {key: value for key, value in os.environ.items()
             if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                 XDG_DATA_HOME=str(tmp_path / "data"), **env)
    return subprocess.run([sys.executable, "-m", "kernelstudio", "--selftest"],
                          capture_output=True, text=True, env=clean, timeout=300)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform")
def test_on_a_desktop_the_selftest_opens_the_window_on_its_platform(tmp_path):
    with running_xvfb("1280x720x24") as display:
        result = selftest_process(tmp_path, DISPLAY=display)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "Qt platform offscreen" in lines[1]
    assert lines[-2].startswith(f"ok    the window opens on xcb (display {display}): the "
                                "self-test passed there too and showed the window (")
    assert not (tmp_path / "config").exists()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform")
def test_on_xcb_the_selftest_shows_the_window(tmp_path):
    with running_xvfb() as display:
        result = selftest_process(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "Qt platform xcb" in lines[1]
    assert [line.split()[0] for line in lines[2:]] == ["ok"] * 5 + ["self-test"]
    assert " and showed it on xcb (" in lines[3]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform")
def test_a_desktop_display_that_does_not_answer_fails_the_selftest(tmp_path):
    result = selftest_process(tmp_path, DISPLAY=":4999")
    assert result.returncode == 1
    assert "FAIL  the window cannot open on xcb: " in result.stdout
    assert result.stderr.count("\n") == 1
