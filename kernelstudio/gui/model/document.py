"""The document: the photo, the stack being built, which step (and slice) is selected,
and undo.

The stack is the core's immutable `Stack`; every edit replaces it through an undo command
that also remembers the selection, so undo and redo bring back exactly what the user
saw. Widgets never keep their own copy of a kernel: they read `current_step` and call
the edit methods here. Of a kernel per channel or across channels the window shows and
edits one slice at a time, `slice_index`, chosen beside the kernel table.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kernelstudio.core import MAX_STEPS, Photo, Stack, Step
from kernelstudio.gui.translation import step_title, translate

__all__ = ["NEW_STEP", "Document"]

#: What Add puts in the stack, and what the greyed options show with no step selected.
NEW_STEP = Step(preset="identity")

_MERGE_IDS = itertools.count(1000)
_MERGEABLE: dict[str, int] = {}


def _merge_id(key: str) -> int:
    """A stable undo-merge id for edits of one kind (a slider dragged, a field typed in)."""
    if key not in _MERGEABLE:
        _MERGEABLE[key] = next(_MERGE_IDS)
    return _MERGEABLE[key]


class _StackEdit(QUndoCommand):
    """Replace the stack and selection; undo puts the old ones back."""

    def __init__(self, document: Document, stack: Stack, selection: int, text: str,
                 merge: str | None = None):
        super().__init__(text)
        self._document = document
        self._before = (document.stack, document.selection)
        self._after = (stack, selection)
        self._merge = merge

    def redo(self) -> None:
        self._document._set(*self._after)

    def undo(self) -> None:
        self._document._set(*self._before)

    def id(self) -> int:
        return _merge_id(self._merge) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _StackEdit) or other._merge != self._merge:
            return False
        self._after = other._after
        return True


class Document(QObject):
    """Holds the photo and the stack; every stack edit goes through `undo_stack`."""

    photoChanged = Signal()
    stackChanged = Signal()
    #: The selected step, what it holds, or the slice of it on show changed: controls
    #: showing it must refresh.
    currentStepChanged = Signal()
    #: An edit was not made; the text says why, for the status bar.
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.photo: Photo | None = None
        self.stack = Stack()
        self.selection = -1
        self._slice = (0, 0)  # (output, input) channel; kept while other steps are selected

    # reading ----------------------------------------------------------------------------
    @property
    def current_step(self) -> Step | None:
        if 0 <= self.selection < len(self.stack.steps):
            return self.stack.steps[self.selection]
        return None

    @property
    def slice_index(self) -> tuple[int, ...]:
        """Which grid of the selected step's kernel is on show, as an index into it:
        ``()`` for a shared kernel (or no step), ``(output,)`` per channel, ``(output,
        input)`` across channels (see `kernelstudio.gui.model.slices`)."""
        step = self.current_step
        if step is None or step.kind == "shared":
            return ()
        output, source = (min(channel, step.slices - 1) for channel in self._slice)
        return (output,) if step.kind == "per-channel" else (output, source)

    @property
    def current_part(self) -> Step | None:
        """The grid on show of the selected step, as the shared step it is (`Step.part`)."""
        step = self.current_step
        index = self.slice_index
        return step.part(*index) if index else step

    # changing without undo ----------------------------------------------------------------
    def set_photo(self, photo: Photo) -> None:
        self.photo = photo
        self.photoChanged.emit()

    def select(self, index: int) -> None:
        self._set(self.stack, index)

    def select_slice(self, output: int, source: int | None = None) -> None:
        """Show and edit the grid of output channel `output` (from input channel `source`,
        across channels; the same channel when not given)."""
        chosen = (output, output if source is None else source)
        if chosen != self._slice:
            before = self.slice_index
            self._slice = chosen
            if self.slice_index != before:
                self.currentStepChanged.emit()

    def _set(self, stack: Stack, selection: int) -> None:
        selection = selection if 0 <= selection < len(stack.steps) else -1
        stack_changed = stack is not self.stack
        selection_changed = selection != self.selection
        self.stack, self.selection = stack, selection
        if stack_changed:
            self.stackChanged.emit()
        if stack_changed or selection_changed:
            self.currentStepChanged.emit()

    # undoable edits -----------------------------------------------------------------------
    def edit(self, stack: Stack, selection: int, text: str, merge: str | None = None) -> None:
        """Replace the whole stack (and selection) as one undoable edit."""
        self.undo_stack.push(_StackEdit(self, stack, selection, text, merge))

    def replace_step(self, index: int, step: Step, text: str, merge: str | None = None) -> None:
        steps = list(self.stack.steps)
        steps[index] = step
        key = f"{merge}@{index}" if merge else None
        self.edit(Stack(tuple(steps)), index, text, key)

    def edit_current(self, text: str, merge: str | None = None, **changes) -> None:
        """Change fields of the selected step (see `Step.replace`)."""
        step = self.current_step
        if step is not None:
            self.replace_step(self.selection, step.replace(**changes), text, merge)

    def insert_step(self, index: int, step: Step, text: str) -> None:
        """Insert `step` at `index`; a full stack refuses it (`refused` says why)."""
        if len(self.stack.steps) >= MAX_STEPS:
            self.refused.emit(translate("Document", "A stack holds at most {count} steps; remove "
                                        "one first.").format(count=MAX_STEPS))
            return
        steps = list(self.stack.steps)
        steps.insert(index, step)
        self.edit(Stack(tuple(steps)), index, text)

    def add_step(self, step: Step, text: str) -> None:
        """Insert `step` after the selected one (at the end when none is selected)."""
        index = self.selection + 1 if self.selection >= 0 else len(self.stack.steps)
        self.insert_step(index, step, text)

    def remove_step(self, index: int) -> None:
        steps = list(self.stack.steps)
        removed = steps.pop(index)
        selection = min(index, len(steps) - 1)
        self.edit(Stack(tuple(steps)), selection,
                  translate("Document", "Remove {title}").format(title=step_title(removed)))

    def move_step(self, index: int, target: int) -> None:
        """Move the step at `index` so that it ends up at position `target`."""
        steps = list(self.stack.steps)
        target = max(0, min(target, len(steps) - 1))
        if target == index:
            return
        step = steps.pop(index)
        steps.insert(target, step)
        self.edit(Stack(tuple(steps)), target,
                  translate("Document", "Move {title}").format(title=step_title(step)))
