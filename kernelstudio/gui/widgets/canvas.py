"""The canvas: the photo before and after, split by a line the user drags, with zoom and pan.

Built on pyqtgraph's ViewBox (wheel zoom around the cursor, drag to pan). The pictures are
drawn by `ImageLayer`, which paints finished `Picture` buffers (made in the worker thread)
and picks the halved copy that suits the zoom, so setting a 24-megapixel result costs the
UI thread almost nothing.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QLabel

from kernelstudio.gui.translation import translate
from kernelstudio.gui.work.pictures import Picture

__all__ = ["Canvas", "ImageLayer"]

class ImageLayer(QGraphicsItem):
    """Draws a `Picture` over the image pixels it covers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._picture: Picture | None = None
        self._images: list[QImage] = []
        self._rect = QRectF()

    def set_picture(self, picture: Picture | None) -> None:
        self.prepareGeometryChange()
        self._picture = picture
        self._images = [] if picture is None else list(picture.levels)
        if picture is None:
            self._rect = QRectF()
        else:
            top, left = picture.origin
            self._rect = QRectF(left, top, picture.width * picture.scale,
                                picture.height * picture.scale)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._images:
            return
        # Screen pixels per image pixel decide the level: the largest halving that still
        # has at least one of its pixels per screen pixel.
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        on_screen = zoom * self._picture.scale
        index = 0 if on_screen >= 1 else min(int(math.log2(1 / on_screen)), len(self._images) - 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, on_screen < 1)
        painter.drawImage(self._rect, self._images[index])


class Canvas(pg.GraphicsView):
    """The photo with its result; emits the image pixel under the cursor and the zoom."""

    pixelHovered = Signal(int, int)  # row, col; -1, -1 when off the photo
    pixelClicked = Signal(int, int)  # row, col of a left click on the photo
    zoomChanged = Signal(float)  # screen pixels per image pixel

    def __init__(self, parent=None):
        super().__init__(parent, background=QColor(58, 58, 58))
        self.setObjectName("canvas")
        self.setAccessibleName(translate("Canvas", "Photo canvas"))
        self.setToolTip(translate("Canvas", "The photo: wheel to zoom, drag to pan, drag the line "
                                  "to compare; hold \\ to see the original"))
        self.view = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self.view.setDefaultPadding(0.02)
        self.setCentralItem(self.view)
        self.before = ImageLayer()
        self.view.addItem(self.before)
        # The result is drawn inside a clipping rectangle that starts at the split line.
        self._clip = QGraphicsRectItem()
        self._clip.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self._clip.setPen(QPen(Qt.PenStyle.NoPen))
        self.view.addItem(self._clip)
        self.after = ImageLayer(self._clip)
        self.split = pg.InfiniteLine(angle=90, movable=True,
                                     pen=pg.mkPen((255, 255, 255, 200), width=2),
                                     hoverPen=pg.mkPen((255, 210, 90), width=3))
        self.split.setZValue(10)
        self.view.addItem(self.split)
        # The pixels a kernel reads for the inspected pixel, and that pixel.
        self.window_marker = self._marker(QPen(QColor(255, 210, 90), 0, Qt.PenStyle.DashLine))
        self.pixel_marker = self._marker(QPen(QColor(255, 210, 90), 0))
        self._labels = [self._corner_label(translate("Canvas", "Before")),
                        self._corner_label(translate("Canvas", "After"))]
        self._size = (0, 0)
        self._split_on = True
        self._showing_original = False
        self.split.sigPositionChanged.connect(self._on_split_moved)
        self.view.sigRangeChanged.connect(self._on_view_range_changed)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def viewportEvent(self, event) -> bool:
        # The tooltip explains the canvas from its margins; over the photo it would hide
        # the very pixels being looked at.
        if event.type() == QEvent.Type.ToolTip and self._pixel_at(
                self.mapToScene(event.pos()))[0] >= 0:
            event.ignore()
            return True
        return super().viewportEvent(event)

    def _marker(self, pen: QPen) -> QGraphicsRectItem:
        pen.setCosmetic(True)
        pen.setWidth(2)
        marker = QGraphicsRectItem()
        marker.setPen(pen)
        marker.setZValue(20)
        marker.hide()
        self.view.addItem(marker)
        return marker

    def set_marker(self, row: int, col: int, window: QRectF | None) -> None:
        """Outline pixel (row, col) and the `window` of pixels (in photo pixels) it reads."""
        self.pixel_marker.setRect(QRectF(col, row, 1, 1))
        self.pixel_marker.show()
        if window is None:
            self.window_marker.hide()
        else:
            self.window_marker.setRect(window)
            self.window_marker.show()

    def clear_marker(self) -> None:
        self.pixel_marker.hide()
        self.window_marker.hide()

    def _corner_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("QLabel { color: white; background: rgba(0, 0, 0, 110);"
                            " padding: 2px 6px; border-radius: 3px; }")
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.adjustSize()
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        labels = getattr(self, "_labels", None)  # pyqtgraph resizes before __init__ ends
        if labels:
            before, after = labels
            before.move(8, 8)
            after.move(self.width() - after.width() - 8, 8)

    # photo and result -----------------------------------------------------------------
    def set_original(self, picture: Picture) -> None:
        """Show a new photo; the result is cleared and the view fits the photo."""
        self._size = (picture.height, picture.width)
        self.before.set_picture(picture)
        self.after.set_picture(None)
        self.split.setBounds((0, picture.width))
        self.split.setValue(picture.width / 2)
        self._update_clip()
        self.fit()

    def set_result(self, picture: Picture | None) -> None:
        self.after.set_picture(picture)

    # split view -------------------------------------------------------------------------
    def set_split_view(self, on: bool) -> None:
        """With the split off the result covers the whole photo."""
        self._split_on = on
        self.split.setVisible(on and not self._showing_original)
        for label in self._labels:
            label.setVisible(on and not self._showing_original)
        self._update_clip()

    def split_view(self) -> bool:
        return self._split_on

    def set_split_position(self, col: float) -> None:
        """Put the split line at photo column `col`."""
        self.split.setValue(min(max(col, 0.0), float(self._size[1])))

    def show_original(self, on: bool) -> None:
        """While on (a key held down), only the original is shown."""
        self._showing_original = on
        self.after.setVisible(not on)
        self.split.setVisible(self._split_on and not on)
        for label in self._labels:
            label.setVisible(self._split_on and not on)

    def showing_original(self) -> bool:
        return self._showing_original

    def after_area(self) -> QRectF:
        """Where the result may be drawn, in photo pixels: right of the split line, or all."""
        return self._clip.rect()

    def _update_clip(self) -> None:
        height, width = self._size
        start = self.split.value() if self._split_on else 0.0
        margin = max(height, width, 1) * 2  # results of 'valid' steps sit inside the photo
        self._clip.setRect(QRectF(start, -margin, width + margin - start, height + 2 * margin))

    @Slot(object)
    def _on_split_moved(self, _line=None) -> None:
        self._update_clip()

    # zoom -------------------------------------------------------------------------------
    def fit(self) -> None:
        height, width = self._size
        if width and height:
            self.view.setRange(QRectF(0, 0, width, height), padding=0.02)

    def zoom(self) -> float:
        """Screen pixels per image pixel (the view's width over the photo width it shows)."""
        shown = self.view.viewRect().width()
        return self.view.width() / shown if shown > 0 else 1.0

    def set_zoom(self, zoom: float) -> None:
        """Zoom around the centre of the view (1.0 is 100%)."""
        center = self.view.viewRect().center()
        size = self.view.size()
        half_w, half_h = size.width() / zoom / 2, size.height() / zoom / 2
        self.view.setRange(QRectF(center.x() - half_w, center.y() - half_h, 2 * half_w,
                                  2 * half_h), padding=0)

    def visible_rect(self) -> tuple[int, int, int, int]:
        """(top, left, bottom, right) of the photo pixels in view, clipped to the photo."""
        rect = self.view.viewRect()
        height, width = self._size
        top, left = max(0, math.floor(rect.top())), max(0, math.floor(rect.left()))
        bottom, right = min(height, math.ceil(rect.bottom())), min(width, math.ceil(rect.right()))
        return top, left, max(top, bottom), max(left, right)

    @Slot(object, object)
    def _on_view_range_changed(self, _view=None, _range=None) -> None:
        self.zoomChanged.emit(self.zoom())

    def _pixel_at(self, position: QPointF) -> tuple[int, int]:
        """(row, col) of the photo pixel at a scene position; (-1, -1) off the photo."""
        point = self.view.mapSceneToView(position)
        x, y = math.floor(point.x()), math.floor(point.y())
        height, width = self._size
        if 0 <= y < height and 0 <= x < width:
            return y, x
        return -1, -1

    @Slot(object)
    def _on_scene_mouse_moved(self, position: QPointF) -> None:
        self.pixelHovered.emit(*self._pixel_at(position))

    @Slot(object)
    def _on_scene_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.split.mouseHovering:
            return
        row, col = self._pixel_at(event.scenePos())
        if row >= 0:
            self.pixelClicked.emit(row, col)
