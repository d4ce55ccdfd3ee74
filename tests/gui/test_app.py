"""Automation names, accessibility, the app's identity, and starting the window."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QTabBar,
    QWidget,
)

from kernelstudio import cli
from kernelstudio.core import PRESETS
from kernelstudio.data import resource_path
from kernelstudio.gui import MainWindow, identity, main

NAMED = {
    "canvas": QWidget, "kernelDock": QDockWidget, "stackDock": QDockWidget,
    "kernelTable": QAbstractItemView, "kernelSize": QComboBox, "stackList": QAbstractItemView,
    "stackAdd": QAbstractButton, "stackRemove": QAbstractButton, "stackUp": QAbstractButton,
    "stackDown": QAbstractButton, "insightDock": QDockWidget, "pixelInspector": QDockWidget,
    "featureMaps": QDockWidget,
    **{f"preset-{name}": QAbstractButton for name in PRESETS},
}
ACTIONS = ["actionOpen", "actionExport", "actionSaveRecipe", "actionLoadRecipe", "actionUndo",
           "actionRedo", "actionSplitView", "actionQuit"]


def test_automation_names_exist(window):
    for name, kind in NAMED.items():
        assert window.findChild(kind, name) is not None, name
    for name in ACTIONS:
        assert window.findChild(QAction, name) is not None, name
    assert window.findChild(QAction, "actionSplitView").isCheckable()
    sizes = window.findChild(QComboBox, "kernelSize")
    assert [sizes.itemText(i) for i in range(3)] == ["3×3", "5×5", "7×7"]


def test_every_control_has_a_tooltip_and_an_accessible_name(qtbot, window):
    window.findChild(QAbstractButton, "preset-sharpen").click()  # shows the parameters too
    # Qt's own internals: "qt_" names, and the scroll arrows of the docks' tab bar.
    named = [widget for widget in window.findChildren(QWidget)
             if widget.objectName() and not widget.objectName().startswith("qt_")
             and not isinstance(widget.parent(), QTabBar)]
    assert len(named) > 30
    for widget in named:
        assert widget.toolTip(), widget.objectName()
        assert widget.accessibleName(), widget.objectName()
    for action in window.findChildren(QAction):
        if action.objectName().startswith("action"):
            assert action.toolTip(), action.objectName()


def test_standard_shortcuts(window):
    keys = {name: window.findChild(QAction, name).shortcut().toString()
            for name in ("actionOpen", "actionUndo", "actionRedo", "actionQuit",
                         "actionSaveRecipe", "actionExport")}
    assert keys["actionOpen"] == "Ctrl+O"
    assert keys["actionUndo"] == "Ctrl+Z"
    assert keys["actionQuit"] == "Ctrl+Q"
    assert keys["actionSaveRecipe"] == "Ctrl+S"
    assert keys["actionRedo"]
    assert keys["actionExport"] == "Ctrl+E"


def close_when_shown(qtbot, seen):
    """Close the window that main() opens, once its first result is on screen."""

    def check():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].rendering.result is not None:
            seen.append(windows[0].document.photo.path)
            windows[0].close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)


def test_main_runs_the_window_until_it_closes(qtbot, photo_path):
    seen = []
    close_when_shown(qtbot, seen)
    assert main(str(photo_path)) == 0
    assert seen == [photo_path]


def test_the_command_line_opens_the_window_on_a_file(qtbot, photo_path):
    seen = []
    close_when_shown(qtbot, seen)
    assert cli.main([str(photo_path)]) == 0
    assert seen == [photo_path]


def test_the_icon_ships_at_every_size_and_the_window_carries_it(window):
    sizes = {size.width() for size in identity.icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}
    assert not window.windowIcon().isNull()
    assert window.windowIcon().pixmap(48).toImage().pixelColor(24, 24).alpha() == 255


def test_the_desktop_file_names_the_app_its_icon_and_its_command():
    path = resource_path(f"{identity.APP_ID}.desktop")
    entries = dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines()
                   if "=" in line)
    assert path.read_text(encoding="utf-8").startswith("[Desktop Entry]\n")
    assert entries["Type"] == "Application"
    assert entries["Name"] == identity.DISPLAY_NAME
    assert entries["Icon"] == identity.APP_ID
    assert entries["Exec"].split()[0] == "kernelstudio"
    assert entries["StartupWMClass"] == identity.APPLICATION
    assert entries["Categories"].endswith(";")


def test_the_application_carries_its_names_and_desktop_id():
    code = ("from kernelstudio.gui.app import application; app = application(); "
            "print(app.organizationName(), app.organizationDomain(), app.applicationName(), "
            "app.applicationDisplayName(), app.desktopFileName(), app.windowIcon().isNull())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True,
                            timeout=60)
    assert result.stdout.split() == [identity.ORGANIZATION, identity.ORGANIZATION_DOMAIN,
                                     identity.APPLICATION, identity.DISPLAY_NAME,
                                     identity.APP_ID, "False"]


def start(code_or_module, **env):
    """Run Python with the platform chosen by `env` alone; the finished process."""
    clean = {key: value for key, value in os.environ.items()
             if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    command = ["-m", code_or_module] if code_or_module == "kernelstudio" else ["-c",
                                                                            code_or_module]
    return subprocess.run([sys.executable, *command], capture_output=True, text=True,
                          env={**clean, **env}, timeout=120, check=False)


def test_a_platform_qt_cannot_load_is_one_line_not_an_abort():
    """What the check before Qt cannot foresee still ends in one line and exit 1."""
    result = start("from kernelstudio.gui.app import application; application()",
                   QT_QPA_PLATFORM="nosuch")
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("kernelstudio: the window cannot start on nosuch: ")
    assert 'Could not find the Qt platform plugin "nosuch"' in result.stderr
    assert result.stderr.rstrip().endswith("'kernelstudio apply' works without a window")


def test_the_command_line_with_a_platform_qt_cannot_load_exits_1():
    result = start("kernelstudio", QT_QPA_PLATFORM="nosuch")
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert "no Qt platform plugin could be initialized" in result.stderr


def test_qt_warnings_while_starting_are_still_printed():
    """Qt falls back from a plugin it cannot load to the next; its warning still shows."""
    code = "import kernelstudio.gui.app as a; print(a.application().platformName())"
    result = start(code, QT_QPA_PLATFORM="nosuch;offscreen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["offscreen"]
    assert result.stderr.splitlines() == [
        'qt.qpa.plugin: Could not find the Qt platform plugin "nosuch" in ""']


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="Qt's xcb platform")
def test_qts_blame_on_xcb_cursor_is_left_out_of_the_line():
    """With no display Qt says xcb-cursor0 is needed, whatever is missing: not repeated."""
    result = start("from kernelstudio.gui.app import application; application()",
                   QT_QPA_PLATFORM="xcb")
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert "could not connect to display" in result.stderr
    assert "xcb-cursor0" not in result.stderr
