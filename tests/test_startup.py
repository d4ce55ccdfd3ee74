"""Before Qt loads: the window's platform is checked, and a failure is one line, not an abort."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xserver import running_xvfb, skip_unless_xcb_can_run

from kernelstudio import startup

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                                reason="Qt's xcb plugin and ldd are Linux things")
#: The environment variables that choose Qt's platform, all removed.
NO_SCREEN = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


def environment(**values):
    env = {key: value for key, value in os.environ.items() if key not in NO_SCREEN}
    return {**env, **values}


def window(env, code=None):
    """Start the window as ``kernelstudio`` does (or run `code`); the finished process."""
    command = ["-m", "kernelstudio"] if code is None else ["-c", code]
    return subprocess.run([sys.executable, *command], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def one_line_exit_1(result) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("kernelstudio: the window cannot start: ")
    return result.stderr


@pytest.fixture
def fake_soname_plugin(tmp_path):
    """A Qt folder whose xcb plugin needs libxcb-nonex.so.4 instead of libxcb-icccm.so.4.

    The plugin is a copy of the real one with that one name changed in its list of needed
    libraries; the libraries beside it are the real ones, so the system's loader (through
    ldd) finds everything else, exactly as it would for the real plugin.
    """
    qt = startup.qt_folder()
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    data = plugin.read_bytes()
    assert data.count(b"libxcb-icccm.so.4\0") == 1
    fake = tmp_path / "Qt"
    (fake / "plugins" / "platforms").mkdir(parents=True)
    (fake / "plugins" / "platforms" / "libqxcb.so").write_bytes(
        data.replace(b"libxcb-icccm.so.4\0", b"libxcb-nonex.so.4\0"))
    (fake / "lib").symlink_to(qt / "lib")
    return fake


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Unix desktops only")
@pytest.mark.parametrize(("env", "expected"), [
    ({}, []),
    ({"DISPLAY": ":0"}, ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen:configfile=screen.json"}, ["offscreen"]),
])
def test_the_platforms_are_tried_in_qts_order(env, expected):
    assert startup.platforms_to_try(env) == expected


def test_platforms_with_no_screen_need_nothing():
    assert startup.check_window({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert startup.check_window({"QT_QPA_PLATFORM": "minimal"}) == "minimal"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Unix desktops only")
def test_no_display_is_one_line_that_points_to_apply():
    stderr = one_line_exit_1(window(environment()))
    assert "there is no display" in stderr
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in stderr
    assert "'kernelstudio apply'" in stderr
    assert "ssh -X" in stderr
    assert "QT_QPA_PLATFORM=offscreen" in stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Unix desktops only")
def test_xcb_asked_for_without_a_display_is_one_line():
    stderr = one_line_exit_1(window(environment(QT_QPA_PLATFORM="xcb")))
    assert "QT_QPA_PLATFORM asks for xcb but DISPLAY is not set" in stderr
    assert "'kernelstudio apply'" in stderr
    with pytest.raises(startup.NoDisplay):
        startup.check_window({"QT_QPA_PLATFORM": "xcb"})


def test_the_message_names_the_packages_for_debian_and_fedora():
    error = startup.MissingLibraries("xcb", ["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                             "libxcb-shape.so.0", "libxcb-randr.so.0"])
    text = str(error)
    assert text.startswith("Qt's xcb platform needs libxcb-icccm.so.4, libxcb-keysyms.so.1, ")
    assert "'sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0'" in text
    assert "'sudo dnf install xcb-util-wm xcb-util-keysyms libxcb'" in text  # each package once
    assert text.endswith("'kernelstudio apply' works without a window")
    assert "\n" not in text
    assert error.libraries == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-shape.so.0",
                               "libxcb-randr.so.0")


#: The packages README's "Try it" installs for Qt's xcb platform.
README_DEBIAN = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
                 "libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 "
                 "libfontconfig1 libdbus-1-3")
README_FEDORA = ("xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil "
                 "libxcb libxkbcommon-x11 libglvnd-egl libglvnd-glx fontconfig dbus-libs")


def test_the_readme_packages_are_the_ones_the_check_names():
    sonames = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
               "libxcb-image.so.0", "libxcb-render-util.so.0", "libxcb-shape.so.0",
               "libxcb-randr.so.0", "libxcb-xkb.so.1", "libxkbcommon-x11.so.0", "libEGL.so.1",
               "libGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3"]
    text = str(startup.MissingLibraries("xcb", sonames))
    assert f"'sudo apt install {README_DEBIAN}'" in text
    assert f"'sudo dnf install {README_FEDORA}'" in text


@linux_only
def test_the_loader_finds_which_library_is_missing(fake_soname_plugin):
    missing = startup.missing_libraries("xcb", fake_soname_plugin)
    assert "libxcb-nonex.so.4" in missing
    assert "libxcb-icccm.so.4" not in missing
    with pytest.raises(startup.MissingLibraries) as raised:
        startup.check_window({"DISPLAY": ":0"}, qt=fake_soname_plugin)
    assert "libxcb-nonex.so.4" in raised.value.libraries
    assert "'apt-file search libxcb-nonex.so.4'" in str(raised.value)


@linux_only
def test_a_missing_library_is_one_line_with_the_packages_not_an_abort(fake_soname_plugin):
    code = ("import sys; from pathlib import Path; import kernelstudio.startup as s; "
            f"s.qt_folder = lambda: Path({str(fake_soname_plugin)!r}); "
            "s.PACKAGES['libxcb-nonex.so.4'] = ('libxcb-nonex4', 'xcb-util-nonex'); "
            "from kernelstudio.cli import main; sys.exit(main([]))")
    stderr = one_line_exit_1(window(environment(DISPLAY=":0"), code))
    assert "Qt's xcb platform needs libxcb-nonex.so.4" in stderr
    assert "'sudo apt install libxcb-nonex4' (Debian, Ubuntu)" in stderr
    assert "'sudo dnf install xcb-util-nonex' (Fedora)" in stderr
    assert "'kernelstudio apply' works without a window" in stderr


@linux_only
def test_a_plugin_without_qts_own_libraries_asks_for_a_reinstall(tmp_path):
    qt = startup.qt_folder()
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(qt / "plugins" / "platforms" / "libqxcb.so", platforms)
    with pytest.raises(startup.MissingLibraries) as raised:
        startup.check_platform("xcb", {"DISPLAY": ":0"}, qt=tmp_path)
    assert "libQt6XcbQpa.so.6" in raised.value.libraries
    assert str(raised.value).endswith("which come with PySide6; reinstall kernelstudio")
    (platforms / "libqxcb.so").unlink()
    with pytest.raises(startup.WindowCannotStart, match="plugin is not in"):
        startup.check_platform("xcb", {"DISPLAY": ":0"}, qt=tmp_path)


@linux_only
def test_a_display_that_does_not_answer_is_one_line():
    skip_unless_xcb_can_run()
    display = next(f":{n}" for n in range(4242, 5000)
                   if not Path(f"/tmp/.X11-unix/X{n}").exists())
    with pytest.raises(startup.DisplayUnreachable, match=f"the X display '{display}'"):
        startup.check_window({"DISPLAY": display})
    stderr = one_line_exit_1(window(environment(DISPLAY=display)))
    assert "does not answer" in stderr


@linux_only
def test_a_display_that_answers_is_where_the_window_opens():
    with running_xvfb() as display:
        assert startup.check_window({"DISPLAY": display}) == "xcb"
        assert startup.check_window({"DISPLAY": display, "WAYLAND_DISPLAY": "nowhere-9",
                                     "XDG_RUNTIME_DIR": "/nonexistent"}) == "xcb"


def test_the_check_loads_no_qt():
    code = "import sys, kernelstudio.startup; print('\\n'.join(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60).stdout.split()
    assert not {name.split(".")[0] for name in loaded} & {"PySide6", "shiboken6", "pyqtgraph"}
