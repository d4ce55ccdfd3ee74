"""Small compound controls used by the docks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSlider,
    QStyle,
    QWidget,
)

from kernelstudio.core import Param
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.numbers import NumberBox

__all__ = ["LazyDock", "ParamControl", "SliderSpin", "ask", "describe_control", "scrolling",
           "widest_cell"]


def ask(parent: QWidget, title: str, question: str, *, default_yes: bool = False) -> bool:
    """A Yes/No question; True for Yes. The default button is No unless `default_yes`."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, question, yes | no,
                                yes if default_yes else no) == yes


#: Cells whose text `widest_cell` measures at most: a 64×64 grid in full, larger ones by sample.
_MEASURED_CELLS = 4096


def widest_cell(table: QAbstractItemView) -> int:
    """The width in pixels of the widest text `table`'s model shows (0 when empty).

    A grid of more than `_MEASURED_CELLS` cells (a 255×255 kernel has 65025) is measured
    on that many cells spread evenly over it, so that fitting it takes a fraction of a
    second, not seconds; a cell wider than all of those is elided, and its tooltip says it.
    """
    model, metrics = table.model(), table.fontMetrics()
    rows, cols = model.rowCount(), model.columnCount()
    cells = range(rows * cols)
    if len(cells) > _MEASURED_CELLS:
        cells = range(0, len(cells), -(-len(cells) // _MEASURED_CELLS))
    return max((metrics.horizontalAdvance(str(model.data(model.index(*divmod(cell, cols)))))
                for cell in cells), default=0)


def describe_control(widget: QWidget, name: str, tip: str) -> QWidget:
    """Give `widget` its object name, accessible name and tooltip; returns it."""
    widget.setObjectName(name)
    # The name is the tip's first words, up to a colon (full width in Chinese and Japanese).
    words = tip.replace("\uff1a", ":").split(":")[0].split(".")[0].split("\u3002")[0]
    widget.setAccessibleName(words)
    widget.setToolTip(tip)
    return widget


class _VerticalScroll(QScrollArea):
    """Scrolls up and down only: never narrower than its contents' narrowest layout."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = body.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a scroll area that resizes it, for a dock that may be made short: it
    scrolls up and down, and the dock cannot be made narrower than `body` needs, so
    nothing is ever cut at the side."""
    scroll = _VerticalScroll()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    return scroll


class LazyDock(QDockWidget):
    """A dock whose contents are worked out only while it can be seen.

    Subclasses implement `refresh`; `refresh_when_visible` runs it now if the dock is on
    screen, or once it is shown or brought to the front of its tabs.
    """

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self._stale = True
        # isVisible() stays true for a dock behind another's tab; visibilityChanged does not.
        self._seen = False
        self.visibilityChanged.connect(self._on_visibility_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def seen(self) -> bool:
        """Whether the dock is on screen (shown, and in front of its tabs)."""
        return self._seen

    @Slot()
    def refresh_when_visible(self) -> None:
        if self.seen():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        self._seen = visible
        if visible and self._stale:
            self._stale = False
            self.refresh()


class SliderSpin(QWidget):
    """A slider and a spin box showing one number; `valueEdited` when the user changes it."""

    valueEdited = Signal(float)

    def __init__(self, minimum: float, maximum: float, step: float, *, integer: bool,
                 decimals: int = 3, suffix: str = "", parent=None):
        super().__init__(parent)
        self._step = step
        self.spin = NumberBox(integer=integer)
        if not integer:
            self.spin.setDecimals(decimals)
        self.spin.setRange(minimum, maximum)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((maximum - minimum) / step))
        self._minimum = minimum
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.spin.valueChanged.connect(self._on_spin_value_changed)

    def value(self) -> float:
        return self.spin.value()

    def set_value(self, value: float) -> None:
        """Show `value` without emitting `valueEdited`."""
        with QSignalBlocker(self.spin), QSignalBlocker(self.slider):
            self.spin.setValue(value)
            self.slider.setValue(round((value - self._minimum) / self._step))

    def setToolTip(self, text: str) -> None:  # keep both halves explained
        super().setToolTip(text)
        self.slider.setToolTip(text)
        self.spin.setToolTip(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.slider.setAccessibleName(translate("SliderSpin", "{name} slider").format(name=name))
        self.spin.setAccessibleName(name)

    @Slot(int)
    def _on_slider_value_changed(self, position: int) -> None:
        value = self._minimum + position * self._step
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self.valueEdited.emit(self.spin.value())

    @Slot(float)
    def _on_spin_value_changed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(round((value - self._minimum) / self._step))
        self.valueEdited.emit(value)


class ParamControl(QWidget):
    """The control a preset parameter declares: choices, or a ranged number.

    The parameter's name, its help and its choices are shown in the window's language
    (context "presets"); the values edited are the core's own.
    """

    valueEdited = Signal(str, object)  # parameter name, value

    def __init__(self, param: Param, parent=None):
        super().__init__(parent)
        self.param = param
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if param.choices:
            self.editor = QComboBox()
            for index, choice in enumerate(param.choices):
                shown = QCoreApplication.translate("presets", choice)
                self.editor.addItem(shown, choice)
                if shown != choice:  # the command line takes the English value
                    self.editor.setItemData(index, choice, Qt.ItemDataRole.ToolTipRole)
            self.editor.currentIndexChanged.connect(self._on_choice_changed)
        else:
            self.editor = SliderSpin(param.minimum, param.maximum, param.step,
                                     integer=param.integer)
            self.editor.valueEdited.connect(self._on_number_edited)
        layout.addWidget(self.editor)
        name = QCoreApplication.translate("presets", param.name)
        doc = QCoreApplication.translate("presets", param.doc)
        if name == param.name:
            tip = translate("ParamControl", "{name}: {doc}").format(name=name, doc=doc)
        else:  # a translated name: the tip gives the one the command line takes
            tip = translate("ParamControl", "{name} ({english}): {doc}").format(
                name=name, english=param.name, doc=doc)
        describe_control(self, f"param-{param.name}", tip)
        self.editor.setToolTip(self.toolTip())
        self.editor.setAccessibleName(name)

    def set_value(self, value) -> None:
        if isinstance(self.editor, QComboBox):
            with QSignalBlocker(self.editor):
                self.editor.setCurrentIndex(self.editor.findData(str(value)))
        else:
            self.editor.set_value(float(value))

    @Slot(int)
    def _on_choice_changed(self, index: int) -> None:
        self.valueEdited.emit(self.param.name, self.editor.itemData(index))

    @Slot(float)
    def _on_number_edited(self, value: float) -> None:
        self.valueEdited.emit(self.param.name, int(value) if self.param.integer else value)
