"""The kernel dock: presets, their parameters, the kernel table, and the step's options.

A kernel per channel or across channels is edited one slice at a time, chosen beside the
table; the kind of kernel is chosen there too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.core import (
    BORDERS,
    FAMILIES,
    KIND_NAMES,
    MAX_ITERATIONS,
    PRESETS,
    KernelStudioError,
    Step,
    kernel_facts,
    resize_kernel,
)
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.model.document import NEW_STEP, Document
from kernelstudio.gui.model.qt_models import KernelTableModel
from kernelstudio.gui.model.slices import (
    KIND_CHOICES,
    each_grid,
    image_channels,
    slice_choices,
    slice_names,
)
from kernelstudio.gui.model.user_presets import UserPresets
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.controls import ParamControl, SliderSpin, describe_control, scrolling

from .kernel_dialogs import SizeDialog
from .kernel_table import KernelTable
from .kernel_tools import KernelTools

__all__ = ["CHANNEL_CHOICES", "NORMALIZE_CHOICES", "SIZES", "KernelDock"]

#: The sizes offered: odd squares, even squares, rows, columns and rectangles; any other
#: size is one "Other…" away.
SIZES = (*((n, n) for n in (3, 5, 7, 9, 11, 13, 15, 21, 31)), *((n, n) for n in (2, 4, 6, 8)),
         (1, 3), (3, 1), (1, 5), (5, 1), (1, 9), (9, 1), (3, 5), (5, 3))
_OTHER_SIZE = QT_TRANSLATE_NOOP("KernelDock", "Other…")
# Labels marked here, translated where the boxes are filled (context "KernelDock").
NORMALIZE_CHOICES = ((QT_TRANSLATE_NOOP("KernelDock", "Off"), False),
                     (QT_TRANSLATE_NOOP("KernelDock", "By the sum of weights"), True),
                     (QT_TRANSLATE_NOOP("KernelDock", "As GIMP does"), "gimp"))
CHANNEL_CHOICES = ((QT_TRANSLATE_NOOP("KernelDock", "Colour (alpha kept)"), "color"),
                   (QT_TRANSLATE_NOOP("KernelDock", "All, with alpha"), "all"),
                   (QT_TRANSLATE_NOOP("KernelDock", "Red"), "r"),
                   (QT_TRANSLATE_NOOP("KernelDock", "Green"), "g"),
                   (QT_TRANSLATE_NOOP("KernelDock", "Blue"), "b"),
                   (QT_TRANSLATE_NOOP("KernelDock", "Alpha"), "a"))
#: The offset that makes a zero-sum kernel's flat areas mid-grey, and white.
_MID_GREY = 128
_WHITE = 255


class KernelDock(QDockWidget):
    """Edits the selected step; clicking a preset starts a stack when there is none."""

    messageRequested = Signal(str)

    def __init__(self, document: Document, user_presets: UserPresets, parent=None):
        super().__init__(translate("KernelDock", "Kernel"), parent)
        self.setObjectName("kernelDock")
        self.setAccessibleName(self.windowTitle())
        self.setToolTip(translate("KernelDock",
                                  "The selected step: its kernel, preset parameters and options"))
        self._document = document
        self.user_presets = user_presets
        self.tools = KernelTools(document, user_presets, self)
        self.tools.messageRequested.connect(self.messageRequested)
        self._param_preset: str | None = None
        self.param_controls: dict[str, ParamControl] = {}
        self.size_dialog: SizeDialog | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._build_presets())
        self.user_box = QGroupBox(translate("KernelDock", "My presets"))
        self.user_grid = QGridLayout(self.user_box)
        self.user_grid.setSpacing(4)
        layout.addWidget(self.user_box)
        self.hint = QLabel(translate("KernelDock", "No step yet: click a preset to start, or "
                                     "type a kernel with Edit as text (Ctrl+Shift+E)."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        # Below the table, so that parameters coming and going never move the table.
        layout.addWidget(self._build_kernel())
        self.params_box = QGroupBox(translate("KernelDock", "Parameters"))
        self.params_layout = QFormLayout(self.params_box)
        layout.addWidget(self.params_box)
        layout.addWidget(self._build_options())
        layout.addStretch(1)
        self.setWidget(scrolling(body))
        document.currentStepChanged.connect(self._on_document_current_step_changed)
        user_presets.changed.connect(self._on_user_presets_changed)
        self._on_user_presets_changed()
        self.refresh()

    # building ---------------------------------------------------------------------------
    def _build_presets(self) -> QGroupBox:
        """The built-in presets, one tab per family, so that two dozen of them take no
        more room than four rows of buttons."""
        box = QGroupBox(translate("KernelDock", "Presets"))
        column = QVBoxLayout(box)
        self.families = describe_control(
            QTabWidget(), "presetFamilies",
            translate("KernelDock", "Preset families: blur, sharpen, edges, effects"))
        self.families.setDocumentMode(True)
        self.families.setUsesScrollButtons(False)
        for family in FAMILIES:
            page = QWidget()
            grid = QGridLayout(page)
            grid.setSpacing(4)
            grid.setContentsMargins(0, 4, 0, 0)
            members = [preset for preset in PRESETS.values() if preset.family == family]
            for index, preset in enumerate(members):
                title = QCoreApplication.translate("presets", preset.title)
                button = QPushButton(title)
                # The description is whole, its own full stop included: languages end
                # sentences differently.
                describe_control(button, f"preset-{preset.name}", translate(
                    "KernelDock", "{title}: {doc} Source: {source}. Click: the selected step "
                    "becomes {title}. Shift+click: add it as a new step.").format(
                        title=title, doc=QCoreApplication.translate("presets", preset.doc),
                        source=QCoreApplication.translate("presets", preset.source)))
                button.clicked.connect(lambda _=False, name=preset.name:
                                       self.tools.apply_preset(name, add=_adding()))
                grid.addWidget(button, index // 3, index % 3)
            grid.setRowStretch(grid.rowCount(), 1)  # short families keep their rows at the top
            self.families.addTab(page, QCoreApplication.translate("presets", family))
        column.addWidget(self.families)
        return box

    def _build_kernel(self) -> QGroupBox:
        box = QGroupBox(translate("KernelDock", "Kernel"))
        column = QVBoxLayout(box)
        choices = QHBoxLayout()
        self.kernel_size = describe_control(
            QComboBox(), "kernelSize",
            translate("KernelDock", "Kernel size: growing pads with zeros, shrinking crops the "
                      "rim (every slice)"))
        self.kernel_size.activated.connect(self._on_size_activated)
        choices.addWidget(self.kernel_size)
        self.kernel_kind = _choice_box(
            "kernelKind", translate(
                "KernelDock", "Kernel: one shared by the colour channels, one per channel, or "
                "across channels (each output channel sums a grid over every input channel)"),
            [(QCoreApplication.translate("slices", label), kind)
             for label, kind in KIND_CHOICES], self._on_kind_activated)
        choices.addWidget(self.kernel_kind)
        self.kernel_slice = _choice_box(
            "kernelSlice", translate(
                "KernelDock", "Slice: the channel whose grid the table shows and edits "
                "(across channels: output ← input)"), (), self._on_slice_activated)
        choices.addWidget(self.kernel_slice)
        column.addLayout(choices)
        self.model = KernelTableModel(self._document, self)
        self.table = describe_control(
            KernelTable(self.model), "kernelTable",
            translate("KernelDock",
                      "Kernel weights: type numbers or fractions such as 1/16; Ctrl+wheel zooms"))
        self.table.refused.connect(self.messageRequested)
        self.table.anchorChosen.connect(self._on_table_anchor_chosen)
        column.addWidget(self.table)
        self.sum = describe_control(QLabel(), "kernelSum",
                                    translate("KernelDock", "Sum: the sum of the weights"))
        self.sum.setWordWrap(True)
        column.addWidget(self.sum)
        column.addWidget(self._build_edge_hint())
        tools = QGridLayout()
        tools.setSpacing(2)
        for index, action in enumerate(self.tools.actions.values()):
            button = QToolButton()
            button.setDefaultAction(action)
            describe_control(button, f"tool-{action.objectName().removeprefix('action-')}",
                             action.toolTip())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tools.addWidget(button, index // 4, index % 4)
        column.addLayout(tools)
        return box

    def _on_user_presets_changed(self) -> None:
        while self.user_grid.count():
            self.user_grid.takeAt(0).widget().deleteLater()
        names = self.user_presets.names()
        for index, name in enumerate(names):
            button = QPushButton(name)
            describe_control(button, f"userPreset-{name}",
                             translate("KernelDock", "{name}: your preset (right-click to "
                                       "delete). Click: the selected step becomes {name}. "
                                       "Shift+click: add it as a new step.").format(name=name))
            button.clicked.connect(lambda _=False, name=name: self.tools.apply_user_preset(
                name, add=_adding()))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(
                lambda _pos, button=button, name=name: self._user_preset_menu(button, name))
            self.user_grid.addWidget(button, index // 3, index % 3)
        self.user_box.setVisible(bool(names))

    def _user_preset_menu(self, button: QPushButton, name: str) -> None:
        menu = QMenu(button)
        menu.addAction(translate("KernelDock", "Delete “{name}”").format(name=name),
                       lambda: self.tools.delete_preset(name))
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _build_edge_hint(self) -> QWidget:
        """Shown for zero-sum kernels, whatever their options (so nothing moves as they are
        turned on): why the result is mostly black, and two one-click ways out."""
        self.edge_hint = QWidget()
        row = QVBoxLayout(self.edge_hint)
        row.setContentsMargins(0, 0, 0, 0)
        self.edge_text = describe_control(
            QLabel(), "edgeHint",
            translate("KernelDock", "Edges: why an edge detector's result looks as it does"))
        self.edge_text.setWordWrap(True)
        row.addWidget(self.edge_text)
        buttons = QHBoxLayout()
        self.show_both = describe_control(
            QPushButton(translate("KernelDock", "Absolute value")), "edgeAbsolute",
            translate("KernelDock", "Absolute value: show edges of both directions as bright "
                      "lines"))
        self.show_both.setCheckable(True)
        self.show_both.clicked.connect(lambda on: self._edit(
            translate("KernelDock", "Set absolute value") if on
            else translate("KernelDock", "Clear absolute value"), None, absolute=on))
        self.mid_grey = describe_control(
            QPushButton(translate("KernelDock", "Offset {offset}").format(offset=_MID_GREY)),
            "edgeOffset",
            translate("KernelDock", "Offset {offset}: flat areas mid-grey, edges lighter or "
                      "darker (emboss-like)").format(offset=_MID_GREY))
        self.mid_grey.setCheckable(True)
        self.mid_grey.clicked.connect(lambda on: self._edit(
            translate("KernelDock", "Set offset"), None, offset=float(_MID_GREY if on else 0)))
        buttons.addWidget(self.show_both)
        buttons.addWidget(self.mid_grey)
        row.addLayout(buttons)
        return self.edge_hint

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(translate("KernelDock", "Step options"))
        form = QFormLayout(box)
        self.divisor = describe_control(
            numbers.NumberBox(), "stepDivisor",
            translate("KernelDock", "Divisor: sums are divided by it (not 0)"))
        self.divisor.setRange(-1e6, 1e6)
        self.divisor.setDecimals(4)
        self.divisor.setKeyboardTracking(False)
        self.divisor.valueChanged.connect(self._on_divisor_changed)
        form.addRow(translate("KernelDock", "Divisor"), self.divisor)
        self.offset = describe_control(
            numbers.NumberBox(), "stepOffset",
            translate("KernelDock", "Offset: added after dividing, in 8-bit levels (128 = "
                      "grey)"))
        self.offset.setRange(-1000, 1000)
        self.offset.setKeyboardTracking(False)
        self.offset.valueChanged.connect(self._on_offset_changed)
        form.addRow(translate("KernelDock", "Offset"), self.offset)
        self.normalize = _choice_box(
            "stepNormalize", translate(
                "KernelDock", "Normalize: divide by the sum of weights; GIMP's rule also adds "
                "half of white to zero-sum kernels and white to negative ones, in place of "
                "divisor and offset"),
            [(translate("KernelDock", label), value) for label, value in NORMALIZE_CHOICES],
            lambda index: self._edit(translate("KernelDock", "Set normalize"), None,
                                     normalize=self.normalize.itemData(index)))
        form.addRow(translate("KernelDock", "Normalize"), self.normalize)
        self.flags = {}
        for field, label, tip, on_text, off_text in (
            ("absolute", translate("KernelDock", "Absolute value"),
             translate("KernelDock", "Absolute value: keep negative responses (edge "
                       "detectors)"),
             translate("KernelDock", "Set absolute value"),
             translate("KernelDock", "Clear absolute value")),
            ("flip", translate("KernelDock", "Flip (true convolution)"),
             translate("KernelDock", "Flip: rotate the kernel 180 degrees"),
             translate("KernelDock", "Set flip"), translate("KernelDock", "Clear flip")),
            ("linear", translate("KernelDock", "Linear light"),
             translate("KernelDock", "Linear light: filter light rather than sRGB values, as "
                       "GIMP does; blurs keep highlights bright"),
             translate("KernelDock", "Set linear light"),
             translate("KernelDock", "Clear linear light")),
            ("alpha_weighting", translate("KernelDock", "Alpha weighting"),
             translate("KernelDock", "Alpha weighting: colour under transparent pixels does "
                       "not bleed into visible ones, as in ImageMagick (photos with alpha "
                       "only)"),
             translate("KernelDock", "Set alpha weighting"),
             translate("KernelDock", "Clear alpha weighting")),
        ):
            check = describe_control(QCheckBox(label), f"step-{field}", tip)
            check.toggled.connect(lambda on, field=field, texts=(off_text, on_text): self._edit(
                texts[on], None, **{field: on}))
            self.flags[field] = check
            form.addRow(check)
        self.border = describe_control(
            QComboBox(), "stepBorder",
            translate("KernelDock", "Border: how pixels beyond the edge are made up"))
        self.border.addItems(list(BORDERS))  # OpenCV's names, as recipes and the CLI write them
        self.border.currentTextChanged.connect(
            lambda text: self._edit(translate("KernelDock", "Set border"), None, border=text))
        form.addRow(translate("KernelDock", "Border"), self.border)
        self.cval = describe_control(
            numbers.NumberBox(), "stepFill",
            translate("KernelDock", "Fill: the level used beyond the edge with border "
                      "constant"))
        self.cval.setRange(0, 255)
        self.cval.setKeyboardTracking(False)
        self.cval.valueChanged.connect(lambda value: self._edit(
            translate("KernelDock", "Set fill"), "cval", cval=value))
        form.addRow(translate("KernelDock", "Fill"), self.cval)
        self.channels = _choice_box(
            "stepChannels", translate("KernelDock", "Channels: which channels the step filters"),
            [(translate("KernelDock", label), value) for label, value in CHANNEL_CHOICES],
            self._on_channels_activated)
        form.addRow(translate("KernelDock", "Channels"), self.channels)
        self.opacity = SliderSpin(0, 100, 1, integer=True, suffix=" %")
        describe_control(self.opacity, "stepOpacity",
                         translate("KernelDock", "Opacity: how much of the filtered result "
                                   "replaces the step's input"))
        self.opacity.valueEdited.connect(lambda value: self._edit(
            translate("KernelDock", "Set opacity"), "opacity", opacity=value / 100))
        form.addRow(translate("KernelDock", "Opacity"), self.opacity)
        self.iterations = describe_control(
            QSpinBox(), "stepIterations",
            translate("KernelDock", "Iterations: apply the step this many times"))
        self.iterations.setRange(1, MAX_ITERATIONS)
        self.iterations.setKeyboardTracking(False)
        self.iterations.valueChanged.connect(lambda value: self._edit(
            translate("KernelDock", "Set iterations"), "iterations", iterations=value))
        form.addRow(translate("KernelDock", "Iterations"), self.iterations)
        anchor_row = QHBoxLayout()
        self.anchor = describe_control(
            QLabel(), "stepAnchor",
            translate("KernelDock", "Anchor: the kernel cell over the pixel being made; "
                      "Ctrl+click a cell to move it"))
        self.anchor_reset = describe_control(
            QPushButton(translate("KernelDock", "Centre")), "stepAnchorCentre",
            translate("KernelDock", "Centre: put the anchor back on the centre cell"))
        self.anchor_reset.clicked.connect(lambda: self._on_table_anchor_chosen(None))
        anchor_row.addWidget(self.anchor, 1)
        anchor_row.addWidget(self.anchor_reset)
        form.addRow(translate("KernelDock", "Anchor"), anchor_row)
        self._say_refusals(box)
        self.options_box = box
        return box

    def _say_refusals(self, widget: QWidget) -> None:
        """Typed numbers the boxes in `widget` refuse are said in the status bar."""
        for box in widget.findChildren(numbers.NumberBox):
            box.refused.connect(self.messageRequested)

    # editing ----------------------------------------------------------------------------
    def _edit(self, text: str, merge: str | None, **changes) -> None:
        try:
            self._document.edit_current(text, merge, **changes)
        except KernelStudioError as exc:
            self.messageRequested.emit(str(exc))
            self.refresh()

    @Slot(object)
    def _on_table_anchor_chosen(self, cell) -> None:
        step = self._document.current_step
        if step is not None and cell != step.anchor:
            text = translate("KernelDock", "Anchor at the centre") if cell is None else \
                translate("KernelDock", "Anchor at row {row}, column {col}").format(
                    row=cell[0] + 1, col=cell[1] + 1)
            self._edit(text, None, anchor=cell)

    @Slot(float)
    def _on_divisor_changed(self, value: float) -> None:
        if value == 0:
            self.messageRequested.emit(translate("KernelDock", "The divisor cannot be 0"))
            self.refresh()
            return
        self._edit(translate("KernelDock", "Set divisor"), "divisor", divisor=value)

    @Slot(float)
    def _on_offset_changed(self, value: float) -> None:
        step = self._document.current_step
        if step is None or not isinstance(step.offset, tuple):
            self._edit(translate("KernelDock", "Set offset"), "offset", offset=value)
            return
        output = self._document.slice_index[0]  # one offset per output channel
        offsets = list(step.offset)
        offsets[output] = value
        name = slice_names(step, image_channels(self._document.photo))[output]
        self._edit(translate("KernelDock", "Set offset of {channel}").format(channel=name),
                   f"offset:{output}", offset=tuple(offsets))

    @Slot(int)
    def _on_kind_activated(self, index: int) -> None:
        step = self._document.current_step
        kind = self.kernel_kind.itemData(index)
        if step is None or kind == step.kind:
            return
        try:
            changed = step.as_kind(kind, image_channels(self._document.photo) or 3)
        except KernelStudioError as exc:
            self.messageRequested.emit(
                translate("KernelDock", "Cannot make the kernel {kind}: {error}").format(
                    kind=_kind_name(kind), error=exc))
            self.refresh()
            return
        self._document.replace_step(
            self._document.selection, changed,
            translate("KernelDock", "Make the kernel {kind}").format(kind=_kind_name(kind)))

    @Slot(int)
    def _on_slice_activated(self, index: int) -> None:
        self._document.select_slice(*self.kernel_slice.itemData(index))

    @Slot(int)
    def _on_channels_activated(self, index: int) -> None:
        self._edit(translate("KernelDock", "Set channels"), None,
                   channels=self.channels.itemData(index))

    @Slot(int)
    def _on_size_activated(self, index: int) -> None:
        step = self._document.current_step
        if step is None:
            return
        if self.kernel_size.itemData(index) is None:  # Other…
            self._ask_size(step)
            return
        self.resize_kernel_to(*self.kernel_size.itemData(index))

    def _ask_size(self, step: Step) -> None:
        dialog = SizeDialog(*step.size, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.resize_kernel_to(*dialog.size_chosen()))
        dialog.rejected.connect(self.refresh)
        self.size_dialog = dialog
        dialog.open()

    def resize_kernel_to(self, rows: int, cols: int) -> None:
        """Grow (with zeros) or crop the selected kernel (every slice of it) to rows × cols,
        keeping its centre."""
        self.size_dialog = None
        step = self._document.current_step
        if step is None or step.size == (rows, cols):
            self.refresh()
            return
        self._edit(translate("KernelDock", "Resize kernel to {rows}×{cols}").format(
            rows=rows, cols=cols), None,
                   kernel=each_grid(lambda grid: resize_kernel(grid, rows, cols), step.kernel))

    @Slot(str, object)
    def _on_param_edited(self, name: str, value) -> None:
        step = self._document.current_step
        if step is None or step.preset is None:
            return
        self._edit(translate("KernelDock", "Set {parameter}").format(
            parameter=QCoreApplication.translate("presets", name)), f"param:{name}",
            params={**step.params, name: value})

    # showing the document ---------------------------------------------------------------
    @Slot()
    def _on_document_current_step_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the selected step in every control, without echoing edits back."""
        step = self._document.current_step
        part = self._document.current_part  # the slice on show: its sum, offset, edge hint
        for widget in (self.params_box, self.table, self.kernel_size, self.kernel_kind,
                       self.options_box):
            widget.setEnabled(step is not None)
        self.hint.setVisible(step is None)
        for widget in (self.kernel_size, self.kernel_kind, self.table, self.sum):
            widget.setVisible(step is not None)  # the hint says what to do
        self._refresh_params(step)
        self._refresh_size(step)
        which = self._refresh_slices(step)
        # One look at the kernel serves the sum line and the edge hint.
        facts = None if part is None else kernel_facts(part.kernel, part.effective_divisor)
        if facts is not None:
            names = slice_names(step, image_channels(self._document.photo))
            said = numbers.slice_sum_text(step, self._document.slice_index, facts, names)
            self.sum.setText(translate("KernelDock", "Sum (slice {slice}) {sum}").format(
                slice=which, sum=said) if which else
                translate("KernelDock", "Sum {sum}").format(sum=said))
        else:
            self.sum.setText("")
        zero_sum = facts is not None and facts.zero_sum
        self.edge_hint.setVisible(zero_sum)
        if zero_sum:
            self._refresh_edge_hint(part)
        if step is None:
            step = part = NEW_STEP  # greyed out, the options show what a new step starts with
        blockers = [QSignalBlocker(widget) for widget in (
            self.divisor, self.offset, self.border, self.cval, self.channels, self.normalize,
            self.iterations, *self.flags.values())]
        self.divisor.setValue(step.divisor)
        self.offset.setValue(part.offset)
        gimp = step.normalize == "gimp"  # GIMP's rule sets both itself
        self.divisor.setEnabled(not gimp)
        self.offset.setEnabled(not gimp)
        self.normalize.setCurrentIndex(self.normalize.findData(step.normalize))
        self.iterations.setValue(step.iterations)
        row, col = step.anchor_cell
        where = (translate("KernelDock", "Centre (row {row}, column {col})")
                 if step.anchor is None else translate("KernelDock", "Row {row}, column {col}"))
        self.anchor.setText(where.format(row=row + 1, col=col + 1))
        self.anchor_reset.setEnabled(step.anchor is not None)
        self.table.viewport().update()
        for field, check in self.flags.items():
            check.setChecked(getattr(step, field))
        self.border.setCurrentText(step.border)
        self.cval.setValue(step.cval)
        self.cval.setEnabled(step.border == "constant")
        index = self.channels.findData(step.channels)
        if index < 0:
            self.channels.addItem(step.channels.upper(), step.channels)
            index = self.channels.count() - 1
        self.channels.setCurrentIndex(index)
        self.opacity.set_value(round(step.opacity * 100))
        del blockers

    def _refresh_edge_hint(self, step: Step) -> None:
        offset = numbers.general(step.effective_offset)
        white = step.effective_offset >= _WHITE  # contour's offset: edges can only go darker
        if step.absolute and step.effective_offset:
            text = translate("KernelDock", "Absolute value and offset {offset}: flat areas "
                             "white, every edge lighter.") if white else \
                translate("KernelDock", "Absolute value and offset {offset}: flat areas grey, "
                          "every edge lighter.")
        elif step.absolute:
            text = translate("KernelDock", "Absolute value is on: edges show bright whichever "
                             "way the brightness changes; flat areas stay black.")
        elif white:
            text = translate("KernelDock", "Offset {offset}: flat areas are white, edges "
                             "darker.")
        elif step.effective_offset:
            text = translate("KernelDock", "Offset {offset}: flat areas are grey, edges "
                             "lighter or darker.")
        else:
            text = translate("KernelDock", "Flat areas add up to 0, so they turn black and "
                             "only edges show (and only those brightening one way). Show them:")
        self.edge_text.setText(text.format(offset=offset))
        with QSignalBlocker(self.show_both), QSignalBlocker(self.mid_grey):
            self.show_both.setChecked(step.absolute)
            self.mid_grey.setChecked(step.offset == _MID_GREY)

    def _refresh_size(self, step: Step | None) -> None:
        with QSignalBlocker(self.kernel_size):
            self.kernel_size.clear()
            shape = step.size if step is not None else (3, 3)
            sizes = list(SIZES)
            if shape not in sizes:
                sizes.insert(0, shape)
            for rows, cols in sizes:
                self.kernel_size.addItem(f"{rows}×{cols}", (rows, cols))
            self.kernel_size.addItem(translate("KernelDock", _OTHER_SIZE), None)
            self.kernel_size.setCurrentIndex(sizes.index(shape))

    def _refresh_slices(self, step: Step | None) -> str:
        """Show the kind of kernel, and the slices to choose from (none for a shared
        kernel); return the label of the slice on show ('' for a shared kernel)."""
        kind = "shared" if step is None else step.kind
        self.kernel_kind.setCurrentIndex(self.kernel_kind.findData(kind))
        choices = [] if step is None else slice_choices(
            step, image_channels(self._document.photo))
        indices = [index for _, index in choices]
        shown = indices.index(self._document.slice_index) if choices else -1
        with QSignalBlocker(self.kernel_slice):
            self.kernel_slice.clear()
            for label, index in choices:
                self.kernel_slice.addItem(label, index)
            self.kernel_slice.setCurrentIndex(shown)
        self.kernel_slice.setVisible(bool(choices))
        return choices[shown][0] if choices else ""

    def _refresh_params(self, step: Step | None) -> None:
        preset = step.preset if step is not None else None
        if preset != self._param_preset:
            while self.params_layout.rowCount():
                self.params_layout.removeRow(0)
            self.param_controls = {}
            if preset is not None:
                for param in PRESETS[preset].params:
                    control = ParamControl(param)
                    control.valueEdited.connect(self._on_param_edited)
                    self._say_refusals(control)
                    self.params_layout.addRow(QCoreApplication.translate("presets", param.name),
                                              control)
                    self.param_controls[param.name] = control
            self._param_preset = preset
            if preset is not None:  # the selected step's preset in view
                self.families.setCurrentIndex(FAMILIES.index(PRESETS[preset].family))
        self.params_box.setVisible(preset is not None and bool(self.param_controls))
        if preset is not None:
            self.params_box.setTitle(translate("KernelDock", "{preset} parameters").format(
                preset=QCoreApplication.translate("presets", PRESETS[preset].title)))
            for name, control in self.param_controls.items():
                control.set_value(step.params[name])


def _choice_box(name: str, tip: str, choices, slot) -> QComboBox:
    """A described combo box of (label, value) `choices`; choosing one calls `slot` with
    its index."""
    box = describe_control(QComboBox(), name, tip)
    for label, value in choices:
        box.addItem(label, value)
    box.activated.connect(slot)
    return box


def _kind_name(kind: str) -> str:
    """The core's name of a kind of kernel ("per channel"), in the window's language."""
    return QCoreApplication.translate("kernels", KIND_NAMES[kind])


def _adding() -> bool:
    """Whether the preset clicked is to be added as a new step (Shift held)."""
    return bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
