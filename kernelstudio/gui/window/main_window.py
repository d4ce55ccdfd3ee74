"""The main window: canvas, docks, menus, status bar, and the glue to the worker."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
)

from kernelstudio import __version__
from kernelstudio.core import KernelStudioError, Step, load_recipe, output_format, save_recipe
from kernelstudio.data import SAMPLE_PHOTO, resource_path

from . import identity, preferences
from .canvas import Canvas
from .document import Document
from .feature_maps import FeatureMaps
from .insight_dock import InsightDock
from .inspector import PixelInspector
from .kernel_dock import KernelDock
from .session import (
    Session,
    clear_session,
    is_running,
    log_exception,
    read_session,
    start_log,
    write_session,
)
from .stack_dock import StackDock
from .user_presets import UserPresets
from .worker import LoadedPhoto, Renderer

__all__ = ["MainWindow"]

_IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)"
_RECIPE_FILTER = "Recipes (*.json);;All files (*)"
_RECENT_LIMIT = 10
#: Edits arriving closer together than this become one render request.
_DEBOUNCE_MS = 30
#: The session is saved this long after the last edit, and at least this often.
_AUTOSAVE_DELAY_MS = 1000
_AUTOSAVE_PERIOD_MS = 120_000
_UNDO_LIMIT = 1000


class MainWindow(QMainWindow):
    """kernelstudio's window, on the photo at `image_path` (the bundled sample if None)."""

    #: Emitted on the UI thread each time the full-resolution result of the current stack
    #: is on screen.
    resultReady = Signal()
    #: The first (preview) pixels of a new render are on screen.
    previewShown = Signal()
    #: A photo finished loading and is shown.
    photoOpened = Signal(str)
    #: An export was written.
    exported = Signal(str)

    def __init__(self, image_path: str | os.PathLike | None = None, parent=None):
        super().__init__(parent)
        if not QCoreApplication.organizationName():
            QCoreApplication.setOrganizationName(identity.ORGANIZATION)
            QCoreApplication.setApplicationName(identity.APPLICATION)
        self.setObjectName("mainWindow")
        self.setWindowIcon(identity.icon())
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.document = Document(self)
        self.document.undo_stack.setUndoLimit(_UNDO_LIMIT)
        self.renderer = Renderer(self)
        self.loaded: LoadedPhoto | None = None
        self.result: np.ndarray | None = None
        self.error_dialog: QMessageBox | None = None
        self._pending_load = 0
        self._photo_replaced = False
        self.canvas = Canvas(self)
        self.canvas.setMinimumSize(320, 240)
        self.setCentralWidget(self.canvas)
        self.user_presets = UserPresets(self)
        self.kernel_dock = KernelDock(self.document, self.user_presets, self)
        self.stack_dock = StackDock(self.document, self)
        self.insight_dock = InsightDock(self.document, self)
        self.inspector = PixelInspector(self.document, self.renderer, self.canvas, self)
        self.feature_maps = FeatureMaps(self.document, self.renderer, self.user_presets, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.kernel_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.stack_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.insight_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.inspector)
        self.tabifyDockWidget(self.inspector, self.feature_maps)
        self.inspector.raise_()
        self._build_status_bar()
        self._build_actions()
        self._render_timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._render_timer.timeout.connect(self._on_render_timer_timeout)
        self._autosave_timer = QTimer(self, singleShot=True, interval=_AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        self._periodic_save = QTimer(self, interval=_AUTOSAVE_PERIOD_MS)
        self._periodic_save.timeout.connect(self._on_autosave_timer_timeout)
        self._periodic_save.start()
        self._connect()
        self._restore_settings()
        QApplication.instance().installEventFilter(self)
        start_log()
        if self.user_presets.problems:
            self.show_error("Some presets were left out", "Some saved presets could not be "
                            "read: " + "; ".join(self.user_presets.problems))
        left_behind = read_session()
        self._open(str(image_path) if image_path is not None else str(resource_path(SAMPLE_PHOTO)))
        if left_behind is not None and not is_running(left_behind.pid):
            QTimer.singleShot(0, lambda: self._offer_restore(left_behind))

    # building -----------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.size_label = QLabel()
        self.zoom_label = QLabel()
        self.pixel_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%p%  (Esc cancels)")
        self.progress.setAccessibleName("Progress")
        self.progress.hide()
        for widget, name, tip in (
            (self.pixel_label, "pixelLabel", "The pixel under the cursor, before and after"),
            (self.size_label, "sizeLabel", "Size of the photo in pixels"),
            (self.zoom_label, "zoomLabel", "Zoom: screen pixels per photo pixel"),
            (self.progress, "progress", "Work in progress; press Esc to cancel"),
        ):
            widget.setObjectName(name)
            widget.setToolTip(tip)
            widget.setAccessibleName(tip.split(",")[0].split(":")[0])
            bar.addPermanentWidget(widget)

    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(action.toolTip())
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        files = menu.addMenu("&File")
        self.action_open = self._action("actionOpen", "&Open…", self._on_open_triggered,
                                        QKeySequence.StandardKey.Open, "Open a photo")
        files.addAction(self.action_open)
        self.recent_menu = files.addMenu("Open &Recent")
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.setToolTip("Photos opened lately")
        self.recent_menu.setAccessibleName("Open Recent")
        files.addSeparator()
        self.action_export = self._action("actionExport", "&Export…", self._on_export_triggered,
                                          "Ctrl+E", "Export the full-resolution result")
        self.action_save_recipe = self._action(
            "actionSaveRecipe", "&Save Recipe…", self._on_save_recipe_triggered,
            QKeySequence.StandardKey.Save, "Save the stack as a recipe")
        self.action_load_recipe = self._action(
            "actionLoadRecipe", "&Load Recipe…", self._on_load_recipe_triggered, "Ctrl+L",
            "Replace the stack with a saved recipe")
        for action in (self.action_export, self.action_save_recipe, self.action_load_recipe):
            files.addAction(action)
        files.addSeparator()
        # Qt's standard Quit key is empty on some platforms; Ctrl+Q is Cmd+Q on macOS.
        self.action_quit = self._action("actionQuit", "&Quit", self.close, "Ctrl+Q",
                                        "Quit kernelstudio")
        files.addAction(self.action_quit)

        edit = menu.addMenu("&Edit")
        self.action_undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.action_redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        for action, name, key in ((self.action_undo, "actionUndo", QKeySequence.StandardKey.Undo),
                                  (self.action_redo, "actionRedo", QKeySequence.StandardKey.Redo)):
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            edit.addAction(action)
            self.addAction(action)
        edit.addSeparator()
        self.action_preferences = self._action(
            "actionPreferences", "&Preferences…", self._on_preferences_triggered,
            QKeySequence.StandardKey.Preferences, "The largest photo to open; metadata on export")
        edit.addAction(self.action_preferences)
        self.action_cancel = self._action("actionCancel", "&Cancel Work", self._on_cancel_triggered,
                                          "Esc", "Stop the filtering, opening or export running")
        edit.addAction(self.action_cancel)

        view = menu.addMenu("&View")
        self.action_split = self._action(
            "actionSplitView", "&Split View", self._on_split_toggled, "Ctrl+\\",
            "Before on the left of the line, after on the right (hold \\ for the original)",
            checkable=True)
        self.action_fit = self._action("actionFit", "&Fit", self.canvas.fit, "Ctrl+0",
                                       "Fit the photo in the window")
        self.action_actual = self._action("actionActualSize", "&100%",
                                          lambda: self.canvas.set_zoom(1.0), "Ctrl+1",
                                          "One photo pixel per screen pixel")
        self.action_zoom_in = self._action("actionZoomIn", "Zoom &In",
                                           lambda: self.canvas.set_zoom(self.canvas.zoom() * 2),
                                           QKeySequence.StandardKey.ZoomIn)
        self.action_zoom_out = self._action("actionZoomOut", "Zoom &Out",
                                            lambda: self.canvas.set_zoom(self.canvas.zoom() / 2),
                                            QKeySequence.StandardKey.ZoomOut)
        for action in (self.action_split, self.action_fit, self.action_actual,
                       self.action_zoom_in, self.action_zoom_out):
            view.addAction(action)
        view.addSeparator()
        for dock in (self.kernel_dock, self.stack_dock, self.insight_dock, self.inspector,
                     self.feature_maps):
            view.addAction(dock.toggleViewAction())

        self.kernel_menu = menu.addMenu("&Kernel")
        for name, action in self.kernel_dock.tools.actions.items():
            if name in ("copyText", "savePreset"):
                self.kernel_menu.addSeparator()
            self.kernel_menu.addAction(action)
            self.addAction(action)

        help_menu = menu.addMenu("&Help")
        about = self._action("actionAbout", "&About kernelstudio", self._on_about_triggered)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.document.stackChanged.connect(self._schedule_render)
        for signal in (self.document.stackChanged, self.document.currentStepChanged,
                       self.document.photoChanged):
            signal.connect(self._autosave_timer.start)
        self.kernel_dock.presetClicked.connect(self._on_preset_clicked)
        self.kernel_dock.messageRequested.connect(self._on_message_requested)
        self.kernel_dock.tools.errorRaised.connect(self.show_error)
        self.feature_maps.messageRequested.connect(self._on_message_requested)
        self.resultReady.connect(self.inspector.request)
        worker = self.renderer.worker
        worker.previewReady.connect(self._on_worker_preview_ready)
        worker.resultReady.connect(self._on_worker_result_ready)
        worker.renderFailed.connect(self._on_worker_render_failed)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.loaded.connect(self._on_worker_loaded)
        worker.loadFailed.connect(self._on_worker_load_failed)
        worker.exported.connect(self._on_worker_exported)
        worker.exportFailed.connect(self._on_worker_export_failed)
        self.canvas.pixelHovered.connect(self._on_canvas_pixel_hovered)
        self.canvas.zoomChanged.connect(self._on_canvas_zoom_changed)

    # settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is None or not self.restoreState(state):
            # First start: narrow side panels, once the window has its size.
            QTimer.singleShot(0, self._first_layout)
        split = settings.value("view/split", True, type=bool)
        self.action_split.setChecked(split)
        self.canvas.set_split_view(split)
        self._rebuild_recent_menu()

    def _first_layout(self) -> None:
        self.resizeDocks([self.stack_dock, self.kernel_dock], [330, 380],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.stack_dock, self.insight_dock], [170, 600],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.inspector], [215], Qt.Orientation.Vertical)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("view/split", self.action_split.isChecked())

    def recent_files(self) -> list[str]:
        return [str(path) for path in QSettings().value("files/recent", [], type=list) if path]

    def _remember(self, path: str) -> None:
        path = os.path.abspath(path)
        recent = [path] + [old for old in self.recent_files() if old != path]
        QSettings().setValue("files/recent", recent[:_RECENT_LIMIT])
        QSettings().setValue("files/folder", os.path.dirname(path))
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, path=path: self.open_photo(path))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _folder(self) -> str:
        return QSettings().value("files/folder", str(Path.home()), type=str)

    # photos -------------------------------------------------------------------------------
    def _open(self, path: str) -> None:
        self._pending_load = self.renderer.load(path, preferences.max_pixels())
        self.statusBar().showMessage(f"Opening {os.path.basename(path)}…")

    def open_photo(self, path: str) -> None:
        """Open `path` as the user asked: after asking about unsaved changes."""
        if self._confirm_discard("opening another photo"):
            self._open(path)

    @Slot()
    def _on_open_triggered(self) -> None:
        if not self._confirm_discard("opening another photo"):
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open photo", self._folder(), _IMAGE_FILTER)
        if path:
            self._open(path)

    @Slot(int, object)
    def _on_worker_loaded(self, number: int, loaded: LoadedPhoto) -> None:
        if number != self._pending_load:
            return  # a later open replaced this one
        self.loaded = loaded
        self.result = None
        self._photo_replaced = True
        self.document.set_photo(loaded.photo)
        self.canvas.set_original(loaded.display)
        height, width = loaded.photo.pixels.shape[:2]
        self.size_label.setText(f"{width}×{height}")
        self.setWindowTitle(f"{loaded.photo.path.name} — kernelstudio")
        self.statusBar().showMessage(f"Opened {loaded.photo.path}", 4000)
        if os.path.abspath(loaded.photo.path) != os.path.abspath(resource_path(SAMPLE_PHOTO)):
            self._remember(str(loaded.photo.path))
        self._start_render()
        if loaded.photo.notes:
            self.show_message("About this photo", "\n\n".join(loaded.photo.notes),
                              QMessageBox.Icon.Information)
        self.photoOpened.emit(str(loaded.photo.path))

    @Slot(int, str, str)
    def _on_worker_load_failed(self, number: int, path: str, message: str) -> None:
        if number != self._pending_load:
            return
        if "megapixels" in message:
            message += " (Edit ▸ Preferences sets the limit)"
        self.show_error("Cannot open photo", message)
        if self.loaded is None:  # nothing on screen yet: fall back to the sample
            self._open(str(resource_path(SAMPLE_PHOTO)))

    # rendering ----------------------------------------------------------------------------
    @Slot()
    def _schedule_render(self) -> None:
        self._render_timer.start()

    @Slot()
    def _on_render_timer_timeout(self) -> None:
        self._start_render()

    def _start_render(self) -> None:
        if self.loaded is not None:
            self.renderer.render(self.document.stack, self.loaded, self.canvas.visible_rect())

    @Slot(int, object)
    def _on_worker_preview_ready(self, generation: int, picture) -> None:
        if generation == self.renderer.generation:
            self.canvas.set_result(picture)
            self.previewShown.emit()

    @Slot(int, object, object)
    def _on_worker_result_ready(self, generation: int, pixels, picture) -> None:
        if generation != self.renderer.generation:
            return  # an older render finished after a newer request: never shown
        self.result = pixels
        self.canvas.set_result(picture)
        if self._photo_replaced:  # the old photo's pixels and pictures are all let go now
            self._photo_replaced = False
            self.renderer.release_memory()
        self.statusBar().showMessage("Ready", 2000)
        self.resultReady.emit()

    @Slot(int, str)
    def _on_worker_render_failed(self, generation: int, message: str) -> None:
        if generation == self.renderer.generation:
            self.show_error("Cannot apply the stack", message)

    @Slot()
    def _on_cancel_triggered(self) -> None:
        pending = self._render_timer.isActive() or self.progress.isVisible()
        self._render_timer.stop()
        self.renderer.cancel()
        self.progress.hide()
        if pending:
            self.statusBar().showMessage(
                "Cancelled: the result shown is out of date until the next edit", 8000)

    @Slot(str, float)
    def _on_worker_progressed(self, what: str, fraction: float) -> None:
        self.progress.setFormat(f"{what} %p%  (Esc cancels)")
        self.progress.setValue(round(fraction * 100))
        self.progress.show()

    @Slot(str)
    def _on_worker_finished(self, _what: str) -> None:
        self.progress.hide()

    # presets and edits --------------------------------------------------------------------
    @Slot(str)
    def _on_preset_clicked(self, name: str) -> None:
        document = self.document
        if document.current_step is None:
            document.insert_step(len(document.stack.steps), Step(preset=name),
                                 f"Add {Step(preset=name).title}")
        else:
            document.edit_current(f"Preset {Step(preset=name).title}", preset=name)

    @Slot(str)
    def _on_message_requested(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    # files --------------------------------------------------------------------------------
    @Slot()
    def _on_export_triggered(self) -> None:
        if self.loaded is None:
            return
        photo = self.loaded.photo
        suggestion = os.path.join(self._folder(), f"{photo.path.stem}-kernelstudio.png")
        path, _ = QFileDialog.getSaveFileName(self, "Export result", suggestion, _IMAGE_FILTER)
        if not path:
            return
        try:
            kind = output_format(path)
        except KernelStudioError as exc:
            self.show_error("Cannot export", str(exc))
            return
        if os.path.exists(path) and os.path.samefile(path, photo.path):
            answer = QMessageBox.question(
                self, "Replace the original?",
                f"{path} is the photo you opened. Replace it with the result? The original "
                "cannot be brought back.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        quality = QSettings().value("export/quality", 92, type=int)
        if kind in ("JPEG", "WEBP"):
            quality, ok = QInputDialog.getInt(self, "Export quality", f"{kind} quality (1 to 100):",
                                              quality, 1, 100)
            if not ok:
                return
            QSettings().setValue("export/quality", quality)
        self.renderer.export(self.document.stack, photo, path, quality,
                             preferences.strip_metadata())
        self.statusBar().showMessage(f"Exporting {os.path.basename(path)}…")

    @Slot(str)
    def _on_worker_exported(self, path: str) -> None:
        QSettings().setValue("files/folder", os.path.dirname(os.path.abspath(path)))
        self.statusBar().showMessage(f"Exported {path}", 6000)
        self.exported.emit(path)

    @Slot(str, str)
    def _on_worker_export_failed(self, path: str, message: str) -> None:
        self.show_error("Export failed", message)

    @Slot()
    def _on_save_recipe_triggered(self) -> None:
        self.save_recipe()

    def save_recipe(self) -> bool:
        """Ask where, save the stack; True if it was saved."""
        path, _ = QFileDialog.getSaveFileName(self, "Save recipe",
                                              os.path.join(self._folder(), "recipe.json"),
                                              _RECIPE_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        try:
            save_recipe(self.document.stack, path)
        except KernelStudioError as exc:
            self.show_error("Cannot save recipe", str(exc))
            return False
        self.document.undo_stack.setClean()
        self.statusBar().showMessage(f"Saved recipe {path}", 6000)
        return True

    @Slot()
    def _on_load_recipe_triggered(self) -> None:
        if not self._confirm_discard("loading a recipe"):
            return
        path, _ = QFileDialog.getOpenFileName(self, "Load recipe", self._folder(), _RECIPE_FILTER)
        if path:
            self.load_recipe(path)

    def load_recipe(self, path: str) -> None:
        try:
            stack = load_recipe(path)
        except KernelStudioError as exc:
            self.show_error("Cannot load recipe", str(exc))
            return
        self.document.edit(stack, 0 if stack.steps else -1, f"Load recipe {Path(path).name}")
        self.document.undo_stack.setClean()
        self.statusBar().showMessage(f"Loaded recipe {path}", 6000)

    def _confirm_discard(self, doing: str) -> bool:
        """Before `doing` something, offer to save unsaved changes; False means stop."""
        if self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"The stack has changes that are not saved in a recipe. Save them before {doing}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_recipe()
        return answer == QMessageBox.StandardButton.Discard

    # dialogs ------------------------------------------------------------------------------
    def show_error(self, title: str, message: str) -> None:
        """A window-modal error dialog that does not stop the event loop."""
        self.show_message(title, message, QMessageBox.Icon.Warning)

    def show_message(self, title: str, message: str, icon: QMessageBox.Icon) -> None:
        """A window-modal message (kept in `error_dialog`) that does not block."""
        if self.error_dialog is not None:
            self.error_dialog.close()
        dialog = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        dialog.setObjectName("errorDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_error_dialog_finished)
        self.error_dialog = dialog
        dialog.open()

    @Slot()
    def _on_error_dialog_finished(self) -> None:
        self.error_dialog = None

    def report_exception(self, kind, error, trace) -> None:
        """For sys.excepthook: log an unexpected error, show it, and keep running."""
        error = error if error is not None else kind()
        error.__traceback__ = trace
        log = log_exception(error, "in the window")
        self.show_error("Something went wrong",
                        f"Unexpected error: {error!r}\n\nkernelstudio keeps running; the "
                        f"details are in {log}.")

    @Slot()
    def _on_preferences_triggered(self) -> None:
        dialog = preferences.Preferences(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    # session ------------------------------------------------------------------------------
    @Slot()
    def _on_autosave_timer_timeout(self) -> None:
        photo = str(self.loaded.photo.path) if self.loaded is not None else None
        try:
            write_session(Session(photo, self.document.stack, self.document.selection))
        except OSError as exc:  # a full disk must not interrupt editing
            self.statusBar().showMessage(f"Could not autosave the session: {exc}", 6000)

    def _offer_restore(self, session: Session) -> None:
        count = len(session.stack.steps)
        answer = QMessageBox.question(
            self, "Restore the last session?",
            f"kernelstudio did not close normally last time. Restore the stack of {count} "
            f"step{'s' if count != 1 else ''}" + (f" and the photo {session.photo}"
                                                   if session.photo else "") + "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            clear_session()
            return
        self.document.edit(session.stack, session.selection, "Restore session")
        if session.photo and os.path.exists(session.photo):
            self._open(session.photo)
        elif session.photo:
            self.show_error("Photo not found", f"{session.photo} is gone; the stack is "
                            "restored on the photo open now.")

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, "About kernelstudio",
                          f"kernelstudio {__version__}\nAn image editor built around "
                          "convolution kernels.")

    # view ---------------------------------------------------------------------------------
    @Slot(bool)
    def _on_split_toggled(self, on: bool) -> None:
        self.canvas.set_split_view(on)

    @Slot(int, int)
    def _on_canvas_pixel_hovered(self, column: int, row: int) -> None:
        if column < 0 or self.loaded is None:
            self.pixel_label.setText("")
            return
        before = self.loaded.photo.pixels[row, column]
        text = f"x {column}, y {row}   before {_values(before)}"
        if self.result is not None:
            top, left = self.document.stack.offset
            r, c = row - top, column - left
            if 0 <= r < self.result.shape[0] and 0 <= c < self.result.shape[1]:
                text += f"   after {_values(self.result[r, c])}"
        self.pixel_label.setText(text)

    @Slot(float)
    def _on_canvas_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom:.0%}" if zoom >= 0.1 else f"{zoom:.1%}")

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
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        if not self._confirm_discard("opening what was dropped"):
            return
        if files[0].lower().endswith(".json"):
            self.load_recipe(files[0])
        else:
            self._open(files[0])

    # closing ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self._confirm_discard("closing"):
            event.ignore()
            return
        self._save_settings()
        self._autosave_timer.stop()
        self._periodic_save.stop()
        clear_session()  # a clean close: nothing to restore next time
        QApplication.instance().removeEventFilter(self)
        self.renderer.shutdown()
        super().closeEvent(event)


def _values(pixel) -> str:
    values = np.atleast_1d(pixel)
    if values.dtype.kind == "f":
        return " ".join(f"{value:.3f}" for value in values)
    return " ".join(str(int(value)) for value in values)
