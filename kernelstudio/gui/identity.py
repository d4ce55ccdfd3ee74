"""Who the application is: its names, its desktop id and its icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kernelstudio.data import resource_path

__all__ = ["APPLICATION", "APP_ID", "DISPLAY_NAME", "ORGANIZATION", "ORGANIZATION_DOMAIN",
           "icon"]

ORGANIZATION = "kernelstudio"
ORGANIZATION_DOMAIN = "kernelstudio.org"
APPLICATION = "kernelstudio"
DISPLAY_NAME = "kernelstudio"
#: Reverse-DNS id: the name of the .desktop file, the macOS bundle id, the Wayland app id.
APP_ID = "org.kernelstudio.KernelStudio"
_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon() -> QIcon:
    """The application icon, drawn at each size it ships in."""
    result = QIcon()
    for size in _ICON_SIZES:
        result.addFile(str(resource_path(f"icons/kernelstudio-{size}.png")))
    return result
