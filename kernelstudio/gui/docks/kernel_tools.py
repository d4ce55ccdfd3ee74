"""Kernel tools: turn, mirror, negate and normalize the selected kernel; copy, paste, save.

Each is a QAction (the kernel dock shows them as buttons, the Kernel menu lists them with
their shortcuts) and each change is one undoable edit of the selected step. The turns,
mirrors and negation change every slice of a kernel per channel or across channels alike.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot
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
from kernelstudio.gui.docks.kernel_dialogs import KernelTextDialog
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.slices import each_grid, image_channels, slice_label
from kernelstudio.gui.model.user_presets import UserPresets
from kernelstudio.gui.widgets.controls import ask

__all__ = ["TRANSFORMS", "KernelTools"]

#: name: (button text, tooltip, undo text, shortcut, what it does to the weights)
TRANSFORMS: dict[str, tuple[str, str, str, str, Callable[[np.ndarray], np.ndarray]]] = {
    "rotateLeft": ("⟲ 90°", "Rotate left: turn the kernel 90° counter-clockwise",
                   "Rotate kernel left", "Ctrl+Alt+Left", lambda k: np.rot90(k, 1)),
    "rotateRight": ("⟳ 90°", "Rotate right: turn the kernel 90° clockwise",
                    "Rotate kernel right", "Ctrl+Alt+Right", lambda k: np.rot90(k, -1)),
    "flipHorizontal": ("⇆ Flip", "Flip horizontally: mirror the kernel left to right",
                       "Flip kernel left to right", "Ctrl+Alt+H", np.fliplr),
    "flipVertical": ("⇅ Flip", "Flip vertically: mirror the kernel top to bottom",
                     "Flip kernel top to bottom", "Ctrl+Alt+V", np.flipud),
    "transpose": ("Transpose", "Transpose: swap rows and columns (mirror along the diagonal)",
                  "Transpose kernel", "Ctrl+Alt+T", np.transpose),
    "negate": ("Negate", "Negate: change the sign of every weight",
               "Negate kernel", "Ctrl+Alt+N", np.negative),
    "normalize": ("Normalize", "Normalize: make the weights sum to 1 (for a zero-sum kernel, "
                  "the positive weights)", "Normalize kernel", "Ctrl+Alt+1", normalize_kernel),
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
        for name, (text, tip, undo_text, shortcut, transform) in TRANSFORMS.items():
            self._add(name, text, tip, shortcut,
                      lambda undo_text=undo_text, transform=transform:
                      self.transform(undo_text, transform))
        self._add("copyText", "Copy", "Copy kernel: as text, the way the command line and "
                  "Paste read it", "Ctrl+Shift+C", self.copy_text)
        self._add("copyNumpy", "Copy NumPy", "Copy as NumPy: an np.array(...) expression",
                  "Ctrl+Alt+C", self.copy_numpy)
        self._add("paste", "Paste", "Paste kernel: from text such as '0 -1 0; -1 5 -1; "
                  "0 -1 0' or an np.array(...)", "Ctrl+Shift+V", self.paste)
        self._add("editText", "Edit as text…", "Edit as text: every weight at once, as the "
                  "command line's kernel text (any size)", "Ctrl+Shift+E", self.edit_text)
        self._add("savePreset", "Save as preset…", "Save as preset: keep this kernel "
                  "among My presets", None, self.save_preset)
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
    def transform(self, text: str, function: Callable[[np.ndarray], np.ndarray]) -> None:
        """Replace the selected kernel with `function` of it, as one undoable edit."""
        step = self._document.current_step
        if step is None:
            return
        try:
            if function is normalize_kernel and step.kind == "cross-channel":
                raise StepError("an output channel's grids sum together, so no one grid is "
                                "made to sum to 1; set Step options ▸ Normalize, which "
                                "divides each output channel by the sum of its grids")
            self._document.edit_current(text, kernel=each_grid(function, step.kernel))
        except KernelStudioError as exc:
            self.errorRaised.emit(f"Cannot {text[0].lower()}{text[1:]}", str(exc))

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
            self._put(loaded, "Add {size} kernel", "Edit {size} kernel as text")
        except KernelStudioError as exc:
            self.errorRaised.emit("Cannot use the kernel", str(exc))

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
            self.messageRequested.emit("Copied the kernel as text")

    def copy_numpy(self) -> None:
        step = self._document.current_step
        if step is None:
            return
        if step.kind != "shared":
            self.errorRaised.emit(
                "Cannot copy as NumPy",
                f"Copy as NumPy writes one grid, and this kernel is {KIND_NAMES[step.kind]}, "
                f"with {step.kernel.size // (step.size[0] * step.size[1])} grids. Copy (as "
                "text) holds them all, and Paste and the command line read it back.")
            return
        QGuiApplication.clipboard().setText(kernel_to_numpy(step.kernel))
        self.messageRequested.emit("Copied the kernel as a NumPy expression")

    def paste(self) -> None:
        """The clipboard's kernel text into the selected step, or as a new step."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.errorRaised.emit("Cannot paste a kernel", "The clipboard holds no text.")
            return
        try:
            loaded = read_kernel_text(text)
        except KernelStudioError as exc:
            shown = text.strip() if len(text.strip()) <= 80 else text.strip()[:77] + "…"
            self.errorRaised.emit("Cannot paste a kernel",
                                  f"The clipboard holds “{shown}”, which is not a kernel: {exc}")
            return
        try:
            self._put(loaded, "Paste {size} kernel", "Paste {size} kernel")
        except KernelStudioError as exc:  # such as a divisor that makes the weights too large
            self.errorRaised.emit("Cannot paste a kernel", str(exc))

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
            name, ok = QInputDialog.getText(self._parent, "Save as preset",
                                            f"{problem}Name of the new preset:", text=name)
            if not ok:
                return
            try:
                name = self._user_presets.check_name(name)
                break
            except KernelStudioError as exc:
                problem = f"{str(exc)[0].upper()}{str(exc)[1:]}.\n\n"
        if name in self._user_presets.names() and not ask(
                self._parent, "Replace the preset?",
                f"There is already a preset called “{name}”. Replace it?"):
            return
        try:
            self._user_presets.save(name, part.kernel / part.effective_divisor)
        except KernelStudioError as exc:
            self.errorRaised.emit("Cannot save the preset", str(exc))
            return
        which = f"slice {label} of the kernel (a preset is one grid)" if label else "the kernel"
        self.messageRequested.emit(f"Saved {which} as the preset “{name}”")

    def _suggested_name(self, step: Step) -> str:
        """The step's title, or for a built-in preset (whose names are taken) "My …"."""
        try:
            return self._user_presets.check_name(step.title)
        except KernelStudioError:
            return f"My {step.title[0].lower()}{step.title[1:]}"

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
            document.add_step(step, f"Add {step.title}")
            self.messageRequested.emit(f"Added {step.title} as step {document.selection + 1}"
                                       f" of {len(document.stack.steps)}")
        else:  # a kernel per channel gives way to the preset's one, and so its offsets
            chosen = current.choose(**changes)
            document.replace_step(document.selection, chosen, f"Preset {step.title}")
            lost = (" Its offsets per channel differed, so the offset is now 0 (Undo brings "
                    "them back)." if len(set(current.offsets)) > 1 and chosen.slices == 1
                    and current.normalize != "gimp" else "")
            self.messageRequested.emit(
                f"Step {document.selection + 1} is now {step.title} (it was {current.title}); "
                f"Shift+click a preset to add a step instead.{lost}")

    def delete_preset(self, name: str) -> None:
        if not ask(self._parent, "Delete the preset?",
                   f"Delete the preset “{name}”? Steps that use its kernel keep it."):
            return
        try:
            self._user_presets.remove(name)
        except KernelStudioError as exc:  # the presets file could not be written
            self.errorRaised.emit("Cannot delete the preset", str(exc))
            return
        self.messageRequested.emit(f"Deleted the preset “{name}”")
