"""The Qt binding itself: a release that miscounts references crashes the window later."""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem


class _Item(QGraphicsItem):
    def boundingRect(self):
        return QRectF()

    def paint(self, *args):
        pass


def test_virtual_calls_keep_none_and_bools_alive(qapp):
    # PySide6 6.12.0 dropped a reference to None on each of these calls; after enough of
    # them Python freed None itself and aborted ("none_dealloc").
    item = _Item()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        item.setParentItem(None)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a - b > -20 for a, b in zip(after, before, strict=True)), (before, after)
