"""Kernel tools: turn, mirror, negate and normalize the selected kernel; copy, paste, save.

Each is a QAction (the kernel dock shows them as buttons, the Kernel menu lists them with
their shortcuts) and each change is one undoable edit of the selected step. The turns,
mirrors and negation change every slice of a kernel per channel or across channels alike.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from kernelstudio.core import (
    KIND_NAMES,
    KernelFile,
    KernelStudioError,
    Step,
    StepError,
    kernel_to_numpy,
    kernel_to_text,
    normalize_kernel,
    read_kernel_text,
)
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.docks.kernel_dialogs import KernelTextDialog
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.slices import each_grid, image_channels, slice_label
from kernelstudio.gui.model.user_presets import UserPresets
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets.controls import ask

__all__ = ["TRANSFORMS", "KernelTools"]

#: name: (button text, tooltip, undo text, error title, shortcut, what it does to the
#: weights); the texts are marked here and translated as the actions are made.
TRANSFORMS: dict[str, tuple[str, str, str, str, str, Callable[[np.ndarray], np.ndarray]]] = {
    "rotateLeft": (
        QT_TRANSLATE_NOOP("KernelTools", "⟲ 90°"),
        QT_TRANSLATE_NOOP("KernelTools", "Rotate left: turn the kernel 90° counter-clockwise"),
        QT_TRANSLATE_NOOP("KernelTools", "Rotate kernel left"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot rotate kernel left"),
        "Ctrl+Alt+Left", lambda k: np.rot90(k, 1)),
    "rotateRight": (
        QT_TRANSLATE_NOOP("KernelTools", "⟳ 90°"),
        QT_TRANSLATE_NOOP("KernelTools", "Rotate right: turn the kernel 90° clockwise"),
        QT_TRANSLATE_NOOP("KernelTools", "Rotate kernel right"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot rotate kernel right"),
        "Ctrl+Alt+Right", lambda k: np.rot90(k, -1)),
    "flipHorizontal": (
        QT_TRANSLATE_NOOP("KernelTools", "⇆ Flip"),
        QT_TRANSLATE_NOOP("KernelTools", "Flip horizontally: mirror the kernel left to right"),
        QT_TRANSLATE_NOOP("KernelTools", "Flip kernel left to right"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot flip kernel left to right"),
        "Ctrl+Alt+H", np.fliplr),
    "flipVertical": (
        QT_TRANSLATE_NOOP("KernelTools", "⇅ Flip"),
        QT_TRANSLATE_NOOP("KernelTools", "Flip vertically: mirror the kernel top to bottom"),
        QT_TRANSLATE_NOOP("KernelTools", "Flip kernel top to bottom"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot flip kernel top to bottom"),
        "Ctrl+Alt+V", np.flipud),
    "transpose": (
        QT_TRANSLATE_NOOP("KernelTools", "Transpose"),
        QT_TRANSLATE_NOOP("KernelTools",
                          "Transpose: swap rows and columns (mirror along the diagonal)"),
        QT_TRANSLATE_NOOP("KernelTools", "Transpose kernel"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot transpose kernel"),
        "Ctrl+Alt+T", np.transpose),
    "negate": (
        QT_TRANSLATE_NOOP("KernelTools", "Negate"),
        QT_TRANSLATE_NOOP("KernelTools", "Negate: change the sign of every weight"),
        QT_TRANSLATE_NOOP("KernelTools", "Negate kernel"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot negate kernel"),
        "Ctrl+Alt+N", np.negative),
    "normalize": (
        QT_TRANSLATE_NOOP("KernelTools", "Normalize"),
        QT_TRANSLATE_NOOP("KernelTools", "Normalize: make the weights sum to 1 (for a zero-sum "
                          "kernel, the positive weights)"),
        QT_TRANSLATE_NOOP("KernelTools", "Normalize kernel"),
        QT_TRANSLATE_NOOP("KernelTools", "Cannot normalize kernel"),
        "Ctrl+Alt+1", normalize_kernel),
}


class KernelTools(QObject):
    """The actions on the selected kernel; errors go to `errorRaised` as (title, text)."""

    messageRequested = Signal(str)
    errorRaised = Signal(str, str)

    def __init__(self, document: Document, user_presets: UserPresets, parent: QWidget):
        super().__init__(parent)
        self._document = document
        self._user_presets = user_presets
        self._parent = parent
        self.text_dialog: KernelTextDialog | None = None
        self.actions: dict[str, QAction] = {}
        for name, (text, tip, undo, failed, shortcut, transform) in TRANSFORMS.items():
            self._add(name, _tr(text), _tr(tip), shortcut,
                      lambda undo=undo, failed=failed, transform=transform:
                      self.transform(_tr(undo), transform, _tr(failed)))
        self._add("copyText", translate("KernelTools", "Copy"),
                  translate("KernelTools", "Copy kernel: as text, the way the command line and "
                            "Paste read it"), "Ctrl+Shift+C", self.copy_text)
        self._add("copyNumpy", translate("KernelTools", "Copy NumPy"),
                  translate("KernelTools", "Copy as NumPy: an np.array(...) expression"),
                  "Ctrl+Alt+C", self.copy_numpy)
        self._add("paste", translate("KernelTools", "Paste"),
                  translate("KernelTools", "Paste kernel: from text such as '0 -1 0; -1 5 -1; "
                            "0 -1 0' or an np.array(...)"), "Ctrl+Shift+V", self.paste)
        self._add("editText", translate("KernelTools", "Edit as text…"),
                  translate("KernelTools", "Edit as text: every weight at once, as the "
                            "command line's kernel text (any size)"), "Ctrl+Shift+E",
                  self.edit_text)
        self._add("savePreset", translate("KernelTools", "Save as preset…"),
                  translate("KernelTools", "Save as preset: keep this kernel among My "
                            "presets"), None, self.save_preset)
        # The groups a menu separates: what changes the weights, text and the clipboard,
        # presets.
        names = (tuple(TRANSFORMS), ("editText", "copyText", "copyNumpy", "paste"),
                 ("savePreset",))
        self.sections = tuple(tuple(self.actions[name] for name in group) for group in names)
        document.currentStepChanged.connect(self._on_document_current_step_changed)
        self._on_document_current_step_changed()

    def _add(self, name: str, text: str, tip: str, shortcut, slot) -> None:
        action = QAction(text, self._parent)
        action.setObjectName(f"action-{name}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        self.actions[name] = action

    @Slot()
    def _on_document_current_step_changed(self) -> None:
        selected = self._document.current_step is not None
        for name, action in self.actions.items():
            action.setEnabled(selected or name in ("paste", "editText"))

    # tools ------------------------------------------------------------------------------
    def transform(self, text: str, function: Callable[[np.ndarray], np.ndarray],
                  failed: str = "") -> None:
        """Replace the selected kernel with `function` of it, as one undoable edit named
        `text`; an error is shown under the title `failed`."""
        step = self._document.current_step
        if step is None:
            return
        try:
            if function is normalize_kernel and step.kind == "cross-channel":
                raise StepError(translate(
                    "KernelTools", "an output channel's grids sum together, so no one grid is "
                    "made to sum to 1; set Step options ▸ Normalize, which divides each output "
                    "channel by the sum of its grids"))
            self._document.edit_current(text, kernel=each_grid(function, step.kernel))
        except KernelStudioError as exc:
            self.errorRaised.emit(failed or text, str(exc))

    def edit_text(self) -> None:
        """Open the kernel text editor on the selected kernel (or an empty one)."""
        step = self._document.current_step
        if step is None:
            dialog = KernelTextDialog(None, self._parent)
        elif step.kind != "shared":  # ImageMagick's strings hold one grid; the anchor stays
            dialog = KernelTextDialog(step.kernel, self._parent)
        else:
            dialog = KernelTextDialog(step.kernel, self._parent, anchor=step.anchor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_text_dialog_accepted(dialog.kernel_file))
        self.text_dialog = dialog
        dialog.open()

    def _on_text_dialog_accepted(self, loaded: KernelFile) -> None:
        self.text_dialog = None
        try:
            self._put(loaded, translate("KernelTools", "Add {size} kernel"),
                      translate("KernelTools", "Edit {size} kernel as text"))
        except KernelStudioError as exc:
            self.errorRaised.emit(translate("KernelTools", "Cannot use the kernel"), str(exc))

    def _put(self, loaded: KernelFile, adding: str, editing: str) -> None:
        """`loaded`'s kernel (and anchor, if it gives one) into the selected step, or as a
        new step; `adding` and `editing` are the undo texts, with ``{size}`` as rows×cols."""
        rows, cols = loaded.kernel.shape[-2:]
        document = self._document
        if document.current_step is None:
            document.add_step(loaded.step(), adding.format(size=f"{rows}×{cols}"))
        else:
            document.replace_step(document.selection, document.current_step.replace(
                kernel=loaded.kernel, **loaded.options), editing.format(size=f"{rows}×{cols}"))

    def copy_text(self) -> None:
        step = self._document.current_step
        if step is not None:
            QGuiApplication.clipboard().setText(kernel_to_text(step.kernel))
            self.messageRequested.emit(translate("KernelTools", "Copied the kernel as text"))

    def copy_numpy(self) -> None:
        step = self._document.current_step
        if step is None:
            return
        if step.kind != "shared":
            self.errorRaised.emit(
                translate("KernelTools", "Cannot copy as NumPy"),
                translate("KernelTools", "Copy as NumPy writes one grid, and this kernel is "
                          "{kind}, with {count} grids. Copy (as text) holds them all, and Paste "
                          "and the command line read it back.").format(
                              kind=QCoreApplication.translate("kernels", KIND_NAMES[step.kind]),
                              count=step.kernel.size // (step.size[0] * step.size[1])))
            return
        QGuiApplication.clipboard().setText(kernel_to_numpy(step.kernel))
        self.messageRequested.emit(translate("KernelTools",
                                             "Copied the kernel as a NumPy expression"))

    def paste(self) -> None:
        """The clipboard's kernel text into the selected step, or as a new step."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.errorRaised.emit(translate("KernelTools", "Cannot paste a kernel"),
                                  translate("KernelTools", "The clipboard holds no text."))
            return
        try:
            loaded = read_kernel_text(text)
        except KernelStudioError as exc:
            shown = text.strip() if len(text.strip()) <= 80 else text.strip()[:77] + "…"
            self.errorRaised.emit(translate("KernelTools", "Cannot paste a kernel"),
                                  translate("KernelTools", "The clipboard holds “{text}”, which "
                                            "is not a kernel: {error}").format(text=shown,
                                                                                error=exc))
            return
        try:
            pasting = translate("KernelTools", "Paste {size} kernel")
            self._put(loaded, pasting, pasting)
        except KernelStudioError as exc:  # such as a divisor that makes the weights too large
            self.errorRaised.emit(translate("KernelTools", "Cannot paste a kernel"), str(exc))

    # user presets -----------------------------------------------------------------------
    def save_preset(self) -> None:
        """Ask for a name and keep the selected kernel (divisor folded in) as a preset; of
        a kernel per channel or across channels, the slice on show (a preset is one grid)."""
        step = self._document.current_step
        if step is None:
            return
        part = self._document.current_part
        label = slice_label(step, self._document.slice_index,
                            image_channels(self._document.photo))
        name, problem = self._suggested_name(step), ""
        while True:  # a name that cannot be used is asked for again, saying why
            name, ok = QInputDialog.getText(
                self._parent, translate("KernelTools", "Save as preset"),
                problem + translate("KernelTools", "Name of the new preset:"), text=name)
            if not ok:
                return
            try:
                name = self._user_presets.check_name(name)
                break
            except KernelStudioError as exc:
                problem = f"{str(exc)[0].upper()}{str(exc)[1:]}.\n\n"
        if name in self._user_presets.names() and not ask(
                self._parent, translate("KernelTools", "Replace the preset?"),
                translate("KernelTools", "There is already a preset called “{name}”. "
                          "Replace it?").format(name=name)):
            return
        try:
            self._user_presets.save(name, part.kernel / part.effective_divisor)
        except KernelStudioError as exc:
            self.errorRaised.emit(translate("KernelTools", "Cannot save the preset"), str(exc))
            return
        said = translate("KernelTools", "Saved slice {slice} of the kernel (a preset is one "
                         "grid) as the preset “{name}”") if label else \
            translate("KernelTools", "Saved the kernel as the preset “{name}”")
        self.messageRequested.emit(said.format(slice=label, name=name))

    def _suggested_name(self, step: Step) -> str:
        """The step's title, or for a built-in preset (whose names are taken) "My …"."""
        try:
            return self._user_presets.check_name(step.title)
        except KernelStudioError:
            title = step_title(step)
            return translate("KernelTools", "My {title}").format(
                title=title[0].lower() + title[1:])

    def apply_preset(self, name: str, *, add: bool = False) -> None:
        """Put built-in preset `name` into the selected step (its options kept, as
        `Step.choose` keeps them), or add it as a new step after it (with `add`, or when no
        step is selected) with the options the preset brings."""
        self._use(Step.from_preset(name), add, preset=name)

    def apply_user_preset(self, name: str, *, add: bool = False) -> None:
        """As `apply_preset`, for the user's preset `name`."""
        kernel = self._user_presets.kernel(name)
        self._use(Step(kernel=kernel, name=name), add, kernel=kernel, name=name)

    def _use(self, step: Step, add: bool, **changes) -> None:
        """Add `step`, or make `changes` to the selected step as choosing a preset does
        (`Step.choose`); say which in the status bar."""
        document = self._document
        current = document.current_step
        if add or current is None:
            document.add_step(step, translate("KernelTools", "Add {title}").format(
                title=step_title(step)))
            self.messageRequested.emit(translate(
                "KernelTools", "Added {title} as step {number} of {count}").format(
                    title=step_title(step), number=document.selection + 1,
                    count=len(document.stack.steps)))
        else:  # a kernel per channel gives way to the preset's one, and so its offsets
            chosen = current.choose(**changes)
            document.replace_step(document.selection, chosen, translate(
                "KernelTools", "Preset {title}").format(title=step_title(step)))
            lost = (translate("KernelTools", " Its offsets per channel differed, so the offset "
                              "is now 0 (Undo brings them back).")
                    if len(set(current.offsets)) > 1 and chosen.slices == 1
                    and current.normalize != "gimp" else "")
            self.messageRequested.emit(translate(
                "KernelTools", "Step {number} is now {title} (it was {was}); Shift+click a "
                "preset to add a step instead.").format(
                    number=document.selection + 1, title=step_title(step), was=step_title(current))
                + lost)

    def delete_preset(self, name: str) -> None:
        if not ask(self._parent, translate("KernelTools", "Delete the preset?"),
                   translate("KernelTools", "Delete the preset “{name}”? Steps that use its "
                             "kernel keep it.").format(name=name)):
            return
        try:
            self._user_presets.remove(name)
        except KernelStudioError as exc:  # the presets file could not be written
            self.errorRaised.emit(translate("KernelTools", "Cannot delete the preset"), str(exc))
            return
        self.messageRequested.emit(translate("KernelTools", "Deleted the preset “{name}”")
                                   .format(name=name))


def _tr(text: str) -> str:
    """A text marked in TRANSFORMS, translated."""
    return QCoreApplication.translate("KernelTools", text)
