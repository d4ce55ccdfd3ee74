"""Where the window goes on its screen: a first start's size, and a window brought back
onto the screen when its remembered place is off it (a monitor unplugged since)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["PREFERRED", "bring_onto_screen", "fit_screen", "on_screen"]

#: The smallest size a first start gives the window without maximising it, and how much
#: of a larger screen it takes.
PREFERRED = QSize(1400, 900)
_SCREEN_SHARE = 0.92


def _area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def on_screen(window: QWidget) -> bool:
    """Whether the whole window, its frame included, lies on its screen's free area."""
    return _area(window).contains(window.frameGeometry())


def fit_screen(window: QWidget) -> None:
    """Most of the screen, centred, from `PREFERRED` up; on a smaller screen, all of it
    (maximised)."""
    area = _area(window)
    if area.width() < PREFERRED.width() or area.height() < PREFERRED.height():
        window.setGeometry(area)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    frame = window.frameGeometry().size() - window.geometry().size()
    size = (area.size() * _SCREEN_SHARE).expandedTo(PREFERRED).boundedTo(area.size() - frame)
    window.resize(size)
    window.move(area.center() - QPoint(size.width() // 2, size.height() // 2))


def bring_onto_screen(window: QWidget) -> None:
    """Move a shown window that reaches over an edge back onto its screen (or fit it when
    it is larger than the screen). Only a shown window knows its frame."""
    if on_screen(window) or window.isMaximized():
        return
    area, frame = _area(window), window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        fit_screen(window)
        return
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    window.move(x, y)
