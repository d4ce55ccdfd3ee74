"""Can the window open here? Decided before Qt loads, because Qt would abort instead.

Qt picks its platform plugin when the application object is made. If the plugin's shared
libraries do not load, or the display does not answer, Qt aborts the whole process (exit
134) with a message that often blames the wrong library. `check_window` makes Qt's choice
from the environment the way Qt does and checks what that choice needs: a display that
answers, and every shared library of the plugin, found with ``ldd`` (which follows all
dependencies, those of the libraries bundled beside Qt included, the way the loader of
this very process would). It raises `WindowCannotStart` with one line that says what is
missing and how to install it.

Nothing here imports Qt: it runs before Qt loads.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from kernelstudio.core.words import QT_TRANSLATE_NOOP, translate

__all__ = ["PACKAGES", "DisplayUnreachable", "MissingLibraries", "NoDisplay",
           "WindowCannotStart", "check_platform", "check_window", "missing_libraries",
           "platforms_to_try", "qt_folder"]

#: English (context "cli"); messages translate it where they say it.
HEADLESS = QT_TRANSLATE_NOOP("cli", "'kernelstudio apply' works without a window")

#: The plugin file of each platform that needs something of the system.
PLUGINS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}

#: Shared libraries the xcb and Wayland plugins need from the system, with the package that
#: provides each: (Debian and Ubuntu, Fedora). From ``ldd`` on Qt 6.10 and 6.11's plugins.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}

#: Libraries that come with Qt itself: missing, they mean a broken install, not a package.
_QT_OWN = re.compile(r"lib(Qt6|icu|pyside6|shiboken6)")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


class WindowCannotStart(Exception):
    """The window cannot open here; the message (one line) says why and what to do."""


class NoDisplay(WindowCannotStart):
    """No display to open a window on (no DISPLAY or WAYLAND_DISPLAY: over ssh, a server)."""


class DisplayUnreachable(WindowCannotStart):
    """A display is named but does not answer."""


class MissingLibraries(WindowCannotStart):
    """The platform plugin needs shared libraries that are not installed.

    Attributes
    ----------
    platform : str
        Qt's platform name, such as ``"xcb"``.
    libraries : tuple of str
        The missing libraries' file names (sonames), as the loader looked for them.
    """

    def __init__(self, platform: str, libraries: Sequence[str]):
        self.platform = platform
        self.libraries = tuple(libraries)
        super().__init__(_missing_message(platform, self.libraries))


def _missing_message(platform: str, libraries: Sequence[str]) -> str:
    names = ", ".join(libraries)
    own = [name for name in libraries if _QT_OWN.match(name)]
    if own:
        return (translate("cli", "the installation is incomplete: Qt's {platform} platform cannot "
                                 "find {own}, which come with PySide6; reinstall kernelstudio")
                .format(platform=platform, own=', '.join(own)))
    known = [name for name in libraries if name in PACKAGES]
    unknown = [name for name in libraries if name not in PACKAGES]
    hints = []
    if known:
        debian = " ".join(dict.fromkeys(PACKAGES[name][0] for name in known))
        fedora = " ".join(dict.fromkeys(PACKAGES[name][1] for name in known))
        if len(known) > 1:
            hint = translate("cli", "install them with 'sudo apt install {debian}' (Debian, "
                                    "Ubuntu) or 'sudo dnf install {fedora}' (Fedora)")
        else:
            hint = translate("cli", "install it with 'sudo apt install {debian}' (Debian, "
                                    "Ubuntu) or 'sudo dnf install {fedora}' (Fedora)")
        hints.append(hint.format(debian=debian, fedora=fedora))
    for name in unknown:
        hints.append(translate("cli", "install the package that provides {name} ('apt-file "
                                      "search {name}', 'dnf provides \"*/{name}\"')")
                     .format(name=name))
    return (translate("cli", "Qt's {platform} platform needs {names}, not installed here: "
                             "{hints}; {headless}")
            .format(platform=platform, names=names, hints="; ".join(hints),
                    headless=translate("cli", HEADLESS)))


def qt_folder() -> Path | None:
    """PySide6's ``Qt`` folder (plugins and libraries), found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    if getattr(sys, "frozen", False):
        places.append(os.path.join(getattr(sys, "_MEIPASS", ""), "PySide6"))
    for place in places:
        folder = Path(place) / "Qt"
        if (folder / "plugins" / "platforms").is_dir():
            return folder
    return None


def platforms_to_try(environ: Mapping[str, str] | None = None) -> list[str]:
    """The platform plugins Qt will try, in its order, each with a display to go on.

    ``QT_QPA_PLATFORM`` decides when set (``"xcb"``, ``"wayland;xcb"``,
    ``"offscreen:configfile=screen.json"``...). Otherwise, on Linux and other Unix
    desktops, Qt tries Wayland first in a Wayland session and then xcb: here each only if
    its display variable is set, so an empty list means there is no display at all.

    >>> platforms_to_try({"DISPLAY": ":0"})
    ['xcb']
    >>> platforms_to_try({"QT_QPA_PLATFORM": "offscreen:configfile=s.json"})
    ['offscreen']
    """
    environ = os.environ if environ is None else environ
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    if sys.platform == "win32":
        return ["windows"]
    if sys.platform == "darwin":
        return ["cocoa"]
    names = []
    if environ.get("WAYLAND_DISPLAY"):
        names.append("wayland")
    if environ.get("DISPLAY"):
        names.append("xcb")
    return names


def missing_libraries(platform: str, qt: Path | None = None) -> list[str]:
    """The shared libraries `platform`'s plugin needs that the loader cannot find.

    Empty when the platform needs nothing of the system, or when it cannot be told (no
    ``ldd``, as on musl systems, or no PySide6); Qt then reports what it finds itself.
    """
    qt = qt_folder() if qt is None else qt
    ldd = shutil.which("ldd")
    if platform not in PLUGINS or qt is None or ldd is None:
        return []
    plugin = qt / "plugins" / "platforms" / PLUGINS[platform]
    if not plugin.exists():
        raise WindowCannotStart(translate("cli", "the installation is incomplete: Qt's {platform} "
                                                 "platform plugin is not in {plugin_parent}; "
                                                 "reinstall kernelstudio")
                                .format(platform=platform, plugin_parent=plugin.parent))
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                                timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))


def _x_display_answers(display: str) -> bool:
    """Whether the X server of `display` accepts a connection from us (as Qt will ask)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot tell here; Qt will say
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def _wayland_answers(name: str, environ: Mapping[str, str]) -> bool:
    folder = environ.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else os.path.join(folder, name)
    if not folder and not os.path.isabs(name):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True


def check_platform(platform: str, environ: Mapping[str, str] | None = None,
                   *, qt: Path | None = None) -> None:
    """Raise `WindowCannotStart` if Qt's `platform` plugin cannot start here.

    xcb and Wayland are checked (display, libraries); other platforms (``offscreen``,
    ``minimal``, Windows, macOS) need nothing of the system that could be missing.
    """
    environ = os.environ if environ is None else environ
    if platform == "xcb":
        display = environ.get("DISPLAY", "")
        if not display:
            raise NoDisplay(translate("cli", "QT_QPA_PLATFORM asks for xcb but DISPLAY is not "
                                             "set; {headless}")
                            .format(headless=translate("cli", HEADLESS)))
        missing = missing_libraries(platform, qt)
        if missing:
            raise MissingLibraries(platform, missing)
        if not _x_display_answers(display):
            raise DisplayUnreachable(
                translate("cli", "the X display {display!r} (DISPLAY) does not answer: is its X "
                                 "server running, and may you use it (xauth)? {headless}")
                .format(display=display, headless=translate("cli", HEADLESS)))
    elif platform.startswith("wayland"):
        display = environ.get("WAYLAND_DISPLAY", "") or "wayland-0"
        missing = missing_libraries("wayland", qt)
        if missing:
            raise MissingLibraries("wayland", missing)
        if not _wayland_answers(display, environ):
            raise DisplayUnreachable(translate("cli", "the Wayland display {display!r} "
                                                      "(WAYLAND_DISPLAY) does not answer; "
                                                      "{headless}")
                                     .format(display=display, headless=translate("cli", HEADLESS)))


def check_window(environ: Mapping[str, str] | None = None, *, qt: Path | None = None) -> str:
    """The platform the window will open on; raises `WindowCannotStart` if there is none.

    Qt falls back from one platform to the next in its list, so the first that passes
    is the one it will use; when none does, the last one's problem is the one reported
    (xcb's, on a desktop: the one that the README's packages fix).
    """
    environ = os.environ if environ is None else environ
    names = platforms_to_try(environ)
    if not names:
        raise NoDisplay(translate("cli", "there is no display to open the window on (neither "
                                         "DISPLAY nor WAYLAND_DISPLAY is set, as over ssh): use "
                                         "'kernelstudio apply' for headless work, 'ssh -X' to "
                                         "bring the window to your screen, or "
                                         "QT_QPA_PLATFORM=offscreen for 'kernelstudio --selftest'"))
    problem = None
    for name in names:
        try:
            check_platform(name, environ, qt=qt)
        except WindowCannotStart as exc:
            problem = exc
        else:
            return name
    raise problem
