"""``kernelstudio --selftest`` passes on a working install and names what broke otherwise."""

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

import kernelstudio.core
from kernelstudio import cli
from kernelstudio.core import load_image
from kernelstudio.gui import selftest
from kernelstudio.gui.appdata import data_folder
from kernelstudio.gui.work import worker


def test_selftest_passes_and_reports_each_check(capsys):
    assert cli.main(["--selftest"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("kernelstudio ")
    assert [line.split()[0] for line in out[2:]] == ["ok"] * 4 + ["self-test"]
    assert "three-step recipe" in out[4]
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


def test_without_stdout_the_report_goes_to_the_app_data_folder(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run() == 0
    report = data_folder() / selftest.REPORT_NAME
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("self-test passed")
    assert len(lines) == 7


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
