"""Every action of the window's menus, declared in one place, and the menus built from them.

An action is data here: its key, automation name, text, shortcut, tooltip and menu. The
window says what each key does (`build` takes a slot per key); undo and redo come from
the undo stack and the Kernel menu's tools from the kernel tools, but they are placed here
too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

__all__ = ["ACTIONS", "MENUS", "ActionSpec", "build"]

_KEY = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One menu entry. `shortcut` is a standard key or text such as ``"Ctrl+E"``."""

    key: str
    name: str  # the automation (object) name
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False
    #: Created by someone else (the undo stack); only named, keyed and placed here.
    provided: bool = False
    separator_before: bool = False


#: The menus, by key, in the menu bar's order.
MENUS = {"file": "&File", "edit": "&Edit", "view": "&View", "kernel": "&Kernel",
         "help": "&Help"}

ACTIONS = (
    ActionSpec("open", "actionOpen", "&Open…", "file", _KEY.Open, "Open a photo"),
    ActionSpec("export", "actionExport", "&Export…", "file", "Ctrl+E",
               "Export the full-resolution result", separator_before=True),
    ActionSpec("save_recipe", "actionSaveRecipe", "&Save Recipe…", "file", _KEY.Save,
               "Save the stack as a recipe"),
    ActionSpec("load_recipe", "actionLoadRecipe", "&Load Recipe…", "file", "Ctrl+L",
               "Replace the stack with a saved recipe"),
    # Qt's standard Quit key is empty on some platforms; Ctrl+Q is Cmd+Q on macOS.
    ActionSpec("quit", "actionQuit", "&Quit", "file", "Ctrl+Q", "Quit kernelstudio",
               separator_before=True),
    ActionSpec("undo", "actionUndo", "&Undo", "edit", _KEY.Undo, provided=True),
    ActionSpec("redo", "actionRedo", "&Redo", "edit", _KEY.Redo, provided=True),
    ActionSpec("copy_step_code", "actionCopyStepAsCode", "Copy Step as C&ode…", "edit", None,
               "Copy as code: the selected step as an OpenCV, SciPy, PyTorch or ImageMagick "
               "script", separator_before=True),
    ActionSpec("copy_stack_code", "actionCopyStackAsCode", "Copy Stack as Co&de…", "edit", None,
               "Copy as code: the whole stack as an OpenCV, SciPy, PyTorch or ImageMagick "
               "script"),
    ActionSpec("preferences", "actionPreferences", "&Preferences…", "edit", _KEY.Preferences,
               "The largest photo to open; metadata on export", separator_before=True),
    ActionSpec("cancel", "actionCancel", "&Cancel Work", "edit", "Esc",
               "Stop the filtering, opening or export running"),
    ActionSpec("import_kernel", "actionImportKernel", "&Import kernel…", "kernel",
               tip="Import kernel: a Photoshop Custom filter (.acf) or kernel text into the "
                   "selected step"),
    ActionSpec("export_kernel", "actionExportKernel", "E&xport kernel…", "kernel",
               tip="Export kernel: the selected step's kernel as a Photoshop Custom filter "
                   "(.acf) or kernel text"),
    ActionSpec("learn_kernel", "actionLearnKernel", "&Learn from example…", "kernel",
               tip="Learn from example: the kernel that turns the photo into an image you "
                   "have"),
    ActionSpec("train_kernel", "actionTrainKernel", "&Train like a CNN…", "kernel",
               tip="Train like a CNN: watch gradient descent find a kernel from random "
                   "weights"),
    ActionSpec("split", "actionSplitView", "&Split View", "view", "Ctrl+\\",
               "Before on the left of the line, after on the right (hold \\ for the original)",
               checkable=True),
    ActionSpec("fit", "actionFit", "&Fit", "view", "Ctrl+0", "Fit the photo in the window"),
    ActionSpec("actual", "actionActualSize", "&100%", "view", "Ctrl+1",
               "One photo pixel per screen pixel"),
    ActionSpec("zoom_in", "actionZoomIn", "Zoom &In", "view", _KEY.ZoomIn),
    ActionSpec("zoom_out", "actionZoomOut", "Zoom &Out", "view", _KEY.ZoomOut),
    ActionSpec("getting_started", "actionGettingStarted", "&Getting Started", "help",
               _KEY.HelpContents, "Getting started: what a kernel is, and the first minute"),
    ActionSpec("shortcuts", "actionShortcuts", "&Keyboard Shortcuts", "help", "Ctrl+/",
               "Keyboard shortcuts: every key the window answers to"),
    ActionSpec("about", "actionAbout", "&About kernelstudio", "help", separator_before=True),
)


def build(window: QMainWindow, slots: dict[str, Callable], provided: dict[str, QAction],
          docks: Sequence, kernel_sections: Sequence[Sequence[QAction]],
          ) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """The window's actions by key and its menus by key, added to its menu bar.

    `slots` gives what each key does (a checkable action's slot gets the new state);
    `provided` the actions made elsewhere. The File menu holds ``Open Recent`` after
    Open; the View menu ends with each dock's show/hide action.
    """
    menus = {key: window.menuBar().addMenu(title) for key, title in MENUS.items()}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = provided[spec.key] if spec.provided else QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if not spec.provided:
            action.setToolTip(spec.tip or spec.text.replace("&", "").rstrip("…"))
            action.setStatusTip(action.toolTip())
            action.setCheckable(spec.checkable)
            (action.toggled if spec.checkable else action.triggered).connect(slots[spec.key])
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        window.addAction(action)  # shortcuts work with the menu bar hidden too
        actions[spec.key] = action
        if spec.key == "open":
            recent = menus["file"].addMenu("Open &Recent")
            recent.setObjectName("menuRecent")
            recent.setToolTip("Photos opened lately")
            recent.setAccessibleName("Open Recent")
            menus["recent"] = recent
    menus["view"].addSeparator()
    for dock in docks:
        menus["view"].addAction(dock.toggleViewAction())
    for section in kernel_sections:
        if menus["kernel"].actions():  # after the files, and between the tools' groups
            menus["kernel"].addSeparator()
        for action in section:
            menus["kernel"].addAction(action)
            window.addAction(action)
    return actions, menus
