"""Every action of the window's menus, declared in one place, and the menus built from them.

An action is data here: its key, automation name, text, shortcut, tooltip and menu. The
window says what each key does (`build` takes a slot per key); undo and redo come from
the undo stack and the Kernel menu's tools from the kernel tools, but they are placed here
too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.translation import translate

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
MENUS = {"file": QT_TRANSLATE_NOOP("Actions", "&File"),
         "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
         "view": QT_TRANSLATE_NOOP("Actions", "&View"),
         "kernel": QT_TRANSLATE_NOOP("Actions", "&Kernel"),
         "help": QT_TRANSLATE_NOOP("Actions", "&Help")}

# The texts are marked here and translated in `build` (context "Actions").
ACTIONS = (
    ActionSpec("open", "actionOpen", QT_TRANSLATE_NOOP("Actions", "&Open…"), "file",
               _KEY.Open, QT_TRANSLATE_NOOP("Actions", "Open a photo")),
    ActionSpec("export", "actionExport", QT_TRANSLATE_NOOP("Actions", "&Export…"), "file",
               "Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Export the full-resolution result"),
               separator_before=True),
    ActionSpec("save_recipe", "actionSaveRecipe",
               QT_TRANSLATE_NOOP("Actions", "&Save Recipe…"), "file", _KEY.Save,
               QT_TRANSLATE_NOOP("Actions", "Save the stack as a recipe")),
    ActionSpec("load_recipe", "actionLoadRecipe",
               QT_TRANSLATE_NOOP("Actions", "&Load Recipe…"), "file", "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Replace the stack with a saved recipe")),
    # Qt's standard Quit key is empty on some platforms; Ctrl+Q is Cmd+Q on macOS.
    ActionSpec("quit", "actionQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", "Ctrl+Q",
               QT_TRANSLATE_NOOP("Actions", "Quit kernelstudio"), separator_before=True),
    ActionSpec("undo", "actionUndo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", _KEY.Undo,
               provided=True),
    ActionSpec("redo", "actionRedo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", _KEY.Redo,
               provided=True),
    ActionSpec("copy_step_code", "actionCopyStepAsCode",
               QT_TRANSLATE_NOOP("Actions", "Copy Step as C&ode…"), "edit", None,
               QT_TRANSLATE_NOOP("Actions", "Copy as code: the selected step as an OpenCV, "
                                 "SciPy, PyTorch or ImageMagick script"),
               separator_before=True),
    ActionSpec("copy_stack_code", "actionCopyStackAsCode",
               QT_TRANSLATE_NOOP("Actions", "Copy Stack as Co&de…"), "edit", None,
               QT_TRANSLATE_NOOP("Actions", "Copy as code: the whole stack as an OpenCV, "
                                 "SciPy, PyTorch or ImageMagick script")),
    ActionSpec("preferences", "actionPreferences",
               QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "edit", _KEY.Preferences,
               QT_TRANSLATE_NOOP("Actions", "The largest photo to open; metadata on export; "
                                 "the language"),
               separator_before=True),
    ActionSpec("cancel", "actionCancel", QT_TRANSLATE_NOOP("Actions", "&Cancel Work"), "edit",
               "Esc", QT_TRANSLATE_NOOP("Actions", "Stop the filtering, opening or export "
                                        "running")),
    ActionSpec("import_kernel", "actionImportKernel",
               QT_TRANSLATE_NOOP("Actions", "&Import kernel…"), "kernel",
               tip=QT_TRANSLATE_NOOP("Actions", "Import kernel: a Photoshop Custom filter "
                                     "(.acf) or kernel text into the selected step")),
    ActionSpec("export_kernel", "actionExportKernel",
               QT_TRANSLATE_NOOP("Actions", "E&xport kernel…"), "kernel",
               tip=QT_TRANSLATE_NOOP("Actions", "Export kernel: the selected step's kernel as "
                                     "a Photoshop Custom filter (.acf) or kernel text")),
    ActionSpec("learn_kernel", "actionLearnKernel",
               QT_TRANSLATE_NOOP("Actions", "&Learn from example…"), "kernel",
               tip=QT_TRANSLATE_NOOP("Actions", "Learn from example: the kernel that turns "
                                     "the photo into an image you have")),
    ActionSpec("train_kernel", "actionTrainKernel",
               QT_TRANSLATE_NOOP("Actions", "&Train like a CNN…"), "kernel",
               tip=QT_TRANSLATE_NOOP("Actions", "Train like a CNN: watch gradient descent "
                                     "find a kernel from random weights")),
    ActionSpec("split", "actionSplitView", QT_TRANSLATE_NOOP("Actions", "&Split View"), "view",
               "Ctrl+\\", QT_TRANSLATE_NOOP("Actions", "Before on the left of the line, "
                                            "after on the right (hold \\ for the original)"),
               checkable=True),
    ActionSpec("fit", "actionFit", QT_TRANSLATE_NOOP("Actions", "&Fit"), "view", "Ctrl+0",
               QT_TRANSLATE_NOOP("Actions", "Fit the photo in the window")),
    ActionSpec("actual", "actionActualSize", QT_TRANSLATE_NOOP("Actions", "&100%"), "view",
               "Ctrl+1", QT_TRANSLATE_NOOP("Actions", "One photo pixel per screen pixel")),
    ActionSpec("zoom_in", "actionZoomIn", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "view",
               _KEY.ZoomIn),
    ActionSpec("zoom_out", "actionZoomOut", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), "view",
               _KEY.ZoomOut),
    ActionSpec("getting_started", "actionGettingStarted",
               QT_TRANSLATE_NOOP("Actions", "&Getting Started"), "help", _KEY.HelpContents,
               QT_TRANSLATE_NOOP("Actions", "Getting started: what a kernel is, and the first "
                                 "minute")),
    ActionSpec("shortcuts", "actionShortcuts",
               QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help", "Ctrl+/",
               QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts: every key the window "
                                 "answers to")),
    ActionSpec("about", "actionAbout", QT_TRANSLATE_NOOP("Actions", "&About kernelstudio"),
               "help", separator_before=True),
)


def build(window: QMainWindow, slots: dict[str, Callable], provided: dict[str, QAction],
          docks: Sequence, kernel_sections: Sequence[Sequence[QAction]],
          ) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """The window's actions by key and its menus by key, added to its menu bar.

    `slots` gives what each key does (a checkable action's slot gets the new state);
    `provided` the actions made elsewhere. The File menu holds ``Open Recent`` after
    Open; the View menu ends with each dock's show/hide action.
    """
    menus = {key: window.menuBar().addMenu(QCoreApplication.translate("Actions", title))
             for key, title in MENUS.items()}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = QCoreApplication.translate("Actions", spec.text)
        action = provided[spec.key] if spec.provided else QAction(text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if not spec.provided:
            tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else \
                text.replace("&", "").rstrip("…")
            action.setToolTip(tip)
            action.setStatusTip(action.toolTip())
            action.setCheckable(spec.checkable)
            (action.toggled if spec.checkable else action.triggered).connect(slots[spec.key])
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        window.addAction(action)  # shortcuts work with the menu bar hidden too
        actions[spec.key] = action
        if spec.key == "open":
            recent = menus["file"].addMenu(translate("Actions", "Open &Recent"))
            recent.setObjectName("menuRecent")
            recent.setToolTip(translate("Actions", "Photos opened lately"))
            recent.setAccessibleName(recent.title().replace("&", ""))
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
