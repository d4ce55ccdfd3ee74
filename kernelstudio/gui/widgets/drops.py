"""Files dragged from a file manager and dropped on a window or dialog."""

from __future__ import annotations

__all__ = ["accept_files", "dropped_files"]


def accept_files(event) -> None:
    """Take a drag (a ``dragEnterEvent``) that carries local files; leave any other."""
    if any(url.isLocalFile() for url in event.mimeData().urls()):
        event.acceptProposedAction()


def dropped_files(event) -> list[str]:
    """The local files of a drop (a ``dropEvent``), which is accepted when there are any."""
    files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
    if files:
        event.acceptProposedAction()
    return files
