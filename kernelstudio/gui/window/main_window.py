"""The main window: where the canvas and the docks sit, and the wiring between the parts.

The window decides nothing itself. The document holds the photo and the stack; the
worker computes; the controllers beside this module open and export files
(`FilesController`), keep the canvas rendered (`RenderController`), autosave
(`AutosaveController`) and show messages (`Messages`); `actions` declares the menus.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QMessageBox

from kernelstudio import __version__
from kernelstudio.gui import identity
from kernelstudio.gui.appdata import preferences
from kernelstudio.gui.appdata.errorlog import start_log
from kernelstudio.gui.docks.feature_maps import FeatureMaps
from kernelstudio.gui.docks.insight_dock import InsightDock
from kernelstudio.gui.docks.inspector import PixelInspector
from kernelstudio.gui.docks.kernel_dock import KernelDock
from kernelstudio.gui.docks.stack_dock import StackDock
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.user_presets import UserPresets
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets.canvas import Canvas
from kernelstudio.gui.widgets.drops import accept_files, dropped_files
from kernelstudio.gui.widgets.status_bar import StatusBar
from kernelstudio.gui.work.worker import Worker

from . import actions, placement
from .autosave import AutosaveController
from .code_dialog import CodeDialog
from .files import FilesController
from .help import HelpPage
from .learn_dialog import LearnDialog
from .messages import Messages
from .render import RenderController

__all__ = ["MainWindow"]

_UNDO_LIMIT = 1000



class MainWindow(QMainWindow):
    """kernelstudio's window; `start` opens a photo in it (the bundled sample if None)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        if not QCoreApplication.organizationName():
            QCoreApplication.setOrganizationName(identity.ORGANIZATION)
            QCoreApplication.setApplicationName(identity.APPLICATION)
        self.setObjectName("mainWindow")
        self.setWindowIcon(identity.icon())
        self.setAcceptDrops(True)
        self.resize(placement.PREFERRED)
        self.document = Document(self)
        self.document.undo_stack.setUndoLimit(_UNDO_LIMIT)
        self.worker = Worker(self)
        self.messages = Messages(self)
        self.preferences_dialog: preferences.Preferences | None = None
        self._hovered: tuple[int, int] | None = None  # (row, col) under the cursor
        self._unasked = False  # closing on a signal: no question about unsaved changes
        self.help_page: HelpPage | None = None
        self.code_dialog: CodeDialog | None = None
        self.learn_dialog: LearnDialog | None = None
        self.canvas = Canvas(self)
        self.canvas.setMinimumSize(320, 240)
        self.setCentralWidget(self.canvas)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.document.refused.connect(lambda why: self.status.showMessage(why, 6000))
        self.user_presets = UserPresets(self, load=False)  # read in start()
        self.kernel_dock = KernelDock(self.document, self.user_presets, self)
        self.stack_dock = StackDock(self.document, self)
        self.insight_dock = InsightDock(self.document, self)
        self.inspector = PixelInspector(self.document, self.worker, self.canvas, self)
        self.feature_maps = FeatureMaps(self.document, self.worker, self.user_presets, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.kernel_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.stack_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.insight_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.inspector)
        self.tabifyDockWidget(self.inspector, self.feature_maps)
        self.inspector.raise_()
        self.rendering = RenderController(self.document, self.worker, self.canvas, self)
        self.qactions, self.menus = actions.build(
            self, self._slots(), self._undo_actions(),
            (self.kernel_dock, self.stack_dock, self.insight_dock, self.inspector,
             self.feature_maps), self.kernel_dock.tools.sections)
        self.files = FilesController(self, self.document, self.worker, self.rendering,
                                     self.messages, self.menus["recent"])
        self.autosave = AutosaveController(self, self.document, self.files, self.messages)
        self._connect()

    def _slots(self) -> dict:
        canvas = self.canvas
        return {
            "open": lambda: self.files.open_dialog(),
            "export": lambda: self.files.export_dialog(),
            "save_recipe": lambda: self.files.save_recipe(),
            "load_recipe": lambda: self.files.load_recipe_dialog(),
            "import_kernel": lambda: self.files.import_kernel_dialog(),
            "export_kernel": lambda: self.files.export_kernel_dialog(),
            "learn_kernel": lambda: self._show_learning(0),
            "train_kernel": lambda: self._show_learning(1),
            "quit": self.close,
            "copy_step_code": lambda: self._show_code("step"),
            "copy_stack_code": lambda: self._show_code("stack"),
            "preferences": self._on_preferences_triggered,
            "cancel": self._on_cancel_triggered,
            "split": canvas.set_split_view,
            "fit": canvas.fit,
            "actual": lambda: canvas.set_zoom(1.0),
            "zoom_in": lambda: canvas.set_zoom(canvas.zoom() * 2),
            "zoom_out": lambda: canvas.set_zoom(canvas.zoom() / 2),
            "getting_started": self._on_getting_started_triggered,
            "shortcuts": self._on_shortcuts_triggered,
            "about": self._on_about_triggered,
        }

    def _undo_actions(self) -> dict:
        stack = self.document.undo_stack
        return {"undo": stack.createUndoAction(self, translate("Actions", "&Undo")),
                "redo": stack.createRedoAction(self, translate("Actions", "&Redo"))}

    def _connect(self) -> None:
        self.kernel_dock.messageRequested.connect(self._on_message_requested)
        self.kernel_dock.tools.errorRaised.connect(self.messages.show_error)
        self.feature_maps.messageRequested.connect(self._on_message_requested)
        self.rendering.resultReady.connect(self._on_render_result_ready)
        self.rendering.resultReady.connect(self._show_pixel)
        self.rendering.resultReady.connect(self.inspector.request)
        self.rendering.failed.connect(self.messages.show_error)
        self.files.photoOpened.connect(self._on_files_photo_opened)
        self.worker.progressed.connect(self.status.show_progress)
        self.worker.jobFinished.connect(self.status.end_progress)
        self.canvas.pixelHovered.connect(self._on_canvas_pixel_hovered)
        self.canvas.zoomChanged.connect(self.status.show_zoom)
        self.stack_dock.offer(self.qactions["copy_step_code"], self.qactions["copy_stack_code"])
        self.document.currentStepChanged.connect(self._on_document_current_step_changed)
        self._on_document_current_step_changed()

    def start(self, image_path=None) -> None:
        """Restore the last layout, report unreadable user presets, open the photo, and
        offer back the sessions of windows that did not close."""
        start_log()
        self._restore_settings()
        QApplication.instance().installEventFilter(self)
        self.user_presets.load()
        self.files.rebuild_recent_menu()
        if self.user_presets.problems:
            self.messages.show_error(
                translate("MainWindow", "Some presets were left out"),
                translate("MainWindow", "Some saved presets could not be read: {problems}")
                .format(problems="; ".join(self.user_presets.problems)))
        self.autosave.start()
        self.files.open(image_path)

    # settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if (geometry is None or not self.restoreGeometry(geometry)
                or not placement.on_screen(self)):
            placement.fit_screen(self)
        state = settings.value("window/state")
        if state is None or not self.restoreState(state):
            # First start: narrow side panels, once the window has its size.
            QTimer.singleShot(0, self._first_layout)
        split = settings.value("view/split", True, type=bool)
        self.qactions["split"].setChecked(split)
        self.canvas.set_split_view(split)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        placement.bring_onto_screen(self)

    def _first_layout(self) -> None:
        # Side panels as narrow as their contents allow and the inspector short, so the
        # canvas gets most of the room at any screen size.
        width, height = self.width(), self.height()
        self.resizeDocks([self.stack_dock, self.kernel_dock],
                         [min(300, width // 5), min(380, width // 4)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.stack_dock, self.insight_dock], [height // 5, height],
                         Qt.Orientation.Vertical)
        # A quarter of the height at most: a 5×5 neighbourhood fits at 1280×720.
        self.resizeDocks([self.inspector], [min(215, height // 4 + 12)], Qt.Orientation.Vertical)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("view/split", self.qactions["split"].isChecked())

    # wiring -------------------------------------------------------------------------------
    @Slot(str)
    def _on_files_photo_opened(self, _path: str) -> None:
        height, width = self.document.photo.pixels.shape[:2]
        self.status.show_size(height, width)

    @Slot()
    def _on_document_current_step_changed(self) -> None:
        selected = self.document.current_step is not None
        for key in ("export_kernel", "copy_step_code"):
            self.qactions[key].setEnabled(selected)

    @Slot()
    def _on_render_result_ready(self) -> None:
        if not self.status.currentMessage():  # what an edit said stays readable
            self.status.showMessage(translate("MainWindow", "Ready"), 2000)

    @Slot()
    def _on_cancel_triggered(self) -> None:
        pending = self.rendering.cancel() or self.status.progress_shown()
        self.worker.cancel()
        self.status.clear_progress()
        if pending:
            self.status.showMessage(
                translate("MainWindow",
                          "Cancelled: the result shown is out of date until the next edit"), 8000)

    @Slot(str)
    def _on_message_requested(self, message: str) -> None:
        self.status.showMessage(message, 6000)

    def _show_code(self, scope: str) -> None:
        """Open Copy as code on `scope` ("step" or "stack"), or turn the open one to it."""
        if self.code_dialog is None:
            dialog = CodeDialog(self.document, scope, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda: setattr(self, "code_dialog", None))
            self.code_dialog = dialog
        else:
            self.code_dialog.set_scope(scope)
        self.code_dialog.show()
        self.code_dialog.activateWindow()  # in front, if it was open behind the window

    def _show_learning(self, tab: int) -> None:
        """Open Learn from example on `tab` (0 learn, 1 train), or bring the open one up."""
        if self.learn_dialog is None:
            dialog = LearnDialog(self.document, self.worker, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda: setattr(self, "learn_dialog", None))
            self.learn_dialog = dialog
        self.learn_dialog.tabs.setCurrentIndex(tab)
        self.learn_dialog.show()
        self.learn_dialog.activateWindow()

    @Slot()
    def _on_preferences_triggered(self) -> None:
        dialog = preferences.Preferences(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    @Slot()
    def _on_getting_started_triggered(self) -> None:
        self._show_page(HelpPage.getting_started(self))

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        self._show_page(HelpPage.shortcuts(self.actions(), self))

    def _show_page(self, page: HelpPage) -> None:
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.finished.connect(lambda: setattr(self, "help_page", None))
        self.help_page = page
        page.show()

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About kernelstudio"),
                          translate("MainWindow", "kernelstudio {version}\nAn image editor "
                                    "built around convolution kernels.").format(
                                        version=__version__))

    @Slot(int, int)
    def _on_canvas_pixel_hovered(self, row: int, col: int) -> None:
        self._hovered = (row, col) if row >= 0 else None
        self._show_pixel()

    @Slot()
    def _show_pixel(self) -> None:
        """The hovered pixel before and after, the after value from the latest result."""
        photo = self.document.photo
        if self._hovered is None or photo is None:
            self.status.clear_pixel()
            return
        row, col = self._hovered
        if not (row < photo.pixels.shape[0] and col < photo.pixels.shape[1]):
            self.status.clear_pixel()  # a pixel of the photo open before
            return
        self.status.show_pixel(row, col, photo.pixels[row, col],
                               self.rendering.result_at(row, col))

    def eventFilter(self, watched, event) -> bool:
        # Holding backslash shows the original, wherever the focus is (but in text fields).
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and \
                event.key() == Qt.Key.Key_Backslash and not event.isAutoRepeat() and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier and self.isActiveWindow():
            focus = QApplication.focusWidget()
            if not isinstance(focus, (QLineEdit, QAbstractSpinBox)):
                self.canvas.show_original(event.type() == QEvent.Type.KeyPress)
                return True
        return super().eventFilter(watched, event)

    # drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        accept_files(event)

    def dropEvent(self, event) -> None:
        files = dropped_files(event)
        if files:
            self.files.open_dropped(files)

    # closing ------------------------------------------------------------------------------
    def close_unasked(self) -> None:
        """Close as Quit does, without the question about unsaved changes (SIGTERM,
        SIGHUP: nobody may be there to answer). Unsaved changes stay in the autosaved
        session, which the next start offers to restore; so do the sessions a restore
        question on screen was asking about (closing it is no answer)."""
        self._unasked = True
        # A question or file dialog on screen runs an event loop of its own: cancel it,
        # so that what asked goes on (and a close that asked goes on closing).
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal():
                widget.close()
        self.close()  # does nothing inside a close already under way

    def closeEvent(self, event) -> None:
        if (not self._unasked and not self.files.confirm_discard("closing")
                and not self._unasked):  # unless a signal came while it asked
            event.ignore()
            return
        self._save_settings()
        # Closed by a signal, unsaved changes stay in the session for the next start.
        self.autosave.stop(keep=self._unasked and not self.document.undo_stack.isClean())
        QApplication.instance().removeEventFilter(self)
        # Gone from the screen at once, even while an export finishes its save.
        self.hide()
        self.worker.shutdown()
        super().closeEvent(event)
