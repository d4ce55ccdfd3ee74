"""The files controller: open, export, recipes, kernel files, recent photos, and unsaved
changes.

Everything that reads or writes a user's file from the window goes through here. Photos,
recipes and kernel files are read, and results exported, on the worker thread, so no file
(a huge one, a hostile one) can freeze the window; whatever fails is one dialog, titled for
what failed, with the core's one-line message, and leaves the photo and the stack as they
were.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from kernelstudio.core import (
    DEFAULT_QUALITY,
    EXTENSIONS,
    QUALITY_FORMATS,
    READ_ONLY_EXTENSIONS,
    KernelFile,
    KernelStudioError,
    Stack,
    TooManyPixelsError,
    dumps_acf,
    output_format,
    save_kernel_file,
    save_recipe,
)
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.data import SAMPLE_PHOTO, is_sample_photo, resource_path
from kernelstudio.gui.appdata import preferences
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets.controls import ask
from kernelstudio.gui.work.jobs import ExportJob, KernelFileJob, LoadedPhoto, LoadJob, RecipeJob
from kernelstudio.gui.work.worker import Worker

from .messages import Messages
from .render import RenderController

__all__ = ["FilesController"]


# File dialogs' filters: the words are translated, the patterns in brackets are not.
def _images(suffixes) -> str:
    """A file dialog's filter for these extensions (Qt matches them in any case)."""
    patterns = " ".join(f"*{suffix}" for suffix in suffixes)
    return translate("FilesController", "Images ({patterns})").format(patterns=patterns) + \
        ";;" + _all_files()


def _all_files() -> str:
    return translate("FilesController", "All files (*)")


def open_filter() -> str:
    """The filter of the dialogs that open an image (any that kernelstudio reads)."""
    return _images([*EXTENSIONS, *READ_ONLY_EXTENSIONS])


def _recipe_filter() -> str:
    return translate("FilesController", "Recipes (*.json)") + ";;" + _all_files()


def _acf_filter() -> str:
    return translate("FilesController", "Photoshop Custom filters (*.acf)")


def _text_filter() -> str:
    return translate("FilesController", "Kernel text (*.txt)")


def _kernel_filter() -> str:
    return ";;".join((translate("FilesController", "Kernels (*.acf *.txt)"), _acf_filter(),
                      _text_filter(), _all_files()))


_RECENT_LIMIT = 10
#: The dialog's title when a job of each kind fails (translated where shown).
_FAILED = {LoadJob: QT_TRANSLATE_NOOP("FilesController", "Cannot open photo"),
           ExportJob: QT_TRANSLATE_NOOP("FilesController", "Cannot export"),
           RecipeJob: QT_TRANSLATE_NOOP("FilesController", "Cannot load recipe"),
           KernelFileJob: QT_TRANSLATE_NOOP("FilesController", "Cannot import the kernel")}
#: What `confirm_discard` asks, by what is about to happen.
_DISCARDING = {
    "opening another photo": QT_TRANSLATE_NOOP(
        "FilesController", "The stack has changes that are not saved in a recipe. Save them "
        "before opening another photo?"),
    "loading a recipe": QT_TRANSLATE_NOOP(
        "FilesController", "The stack has changes that are not saved in a recipe. Save them "
        "before loading a recipe?"),
    "opening what was dropped": QT_TRANSLATE_NOOP(
        "FilesController", "The stack has changes that are not saved in a recipe. Save them "
        "before opening what was dropped?"),
    "closing": QT_TRANSLATE_NOOP(
        "FilesController", "The stack has changes that are not saved in a recipe. Save them "
        "before closing?"),
}


class FilesController(QObject):
    """Opens photos and recipes into the document, exports its result, remembers files."""

    #: A photo finished loading and is shown.
    photoOpened = Signal(str)
    #: An export was written.
    exported = Signal(str)
    #: A recipe was read and is now the stack.
    recipeLoaded = Signal(str)
    #: A kernel file was read into the selected step (or a new one).
    kernelImported = Signal(str)
    #: The selected step's kernel was written to a kernel file.
    kernelExported = Signal(str)

    def __init__(self, window: QMainWindow, document: Document, worker: Worker,
                 render: RenderController, messages: Messages, recent_menu: QMenu):
        super().__init__(window)
        self._window = window
        self._document = document
        self._worker = worker
        self._render = render
        self._messages = messages
        self.recent_menu = recent_menu
        worker.loaded.connect(self._on_worker_loaded)
        worker.recipeLoaded.connect(self._on_worker_recipe_loaded)
        worker.kernelFileLoaded.connect(self._on_worker_kernel_file_loaded)
        worker.exported.connect(self._on_worker_exported)
        worker.failed.connect(self._on_worker_failed)

    def _say(self, message: str, timeout: int = 6000) -> None:
        self._window.statusBar().showMessage(message, timeout)

    # photos -------------------------------------------------------------------------------
    def open(self, path: str | None) -> None:
        """Open `path` (the sample photo if None) without asking about unsaved changes."""
        path = str(path) if path is not None else str(resource_path(SAMPLE_PHOTO))
        self._worker.load(path, preferences.max_pixels())
        self._say(translate("FilesController", "Opening {file}…").format(
            file=os.path.basename(path)), 0)

    def open_photo(self, path: str) -> None:
        """Open `path` as the user asked: after asking about unsaved changes."""
        if self.confirm_discard("opening another photo"):
            self.open(path)

    @Slot()
    def open_dialog(self) -> None:
        if not self.confirm_discard("opening another photo"):
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("FilesController", "Open photo"), _folder(), open_filter())
        if path:
            self.open(path)

    @Slot(object, object)
    def _on_worker_loaded(self, _job: LoadJob, loaded: LoadedPhoto) -> None:
        photo = loaded.photo
        self._render.show_photo(loaded)  # so photoChanged finds the new photo's render state
        self._document.set_photo(photo)
        self._window.setWindowTitle(translate("FilesController", "{file} — kernelstudio")
                                    .format(file=photo.path.name))
        self._say(translate("FilesController", "Opened {path}").format(path=photo.path), 4000)
        if not is_sample_photo(photo.path):
            self._remember(str(photo.path))
        if photo.notes:
            self._messages.show_message(translate("FilesController", "About this photo"),
                                        "\n\n".join(photo.notes),
                                        QMessageBox.Icon.Information)
        self.photoOpened.emit(str(photo.path))

    @Slot(object, object)
    def _on_worker_failed(self, job, error) -> None:
        title = _FAILED.get(type(job))
        if title is None:  # another controller's job
            return
        title = QCoreApplication.translate("FilesController", title)
        message = str(error)
        if isinstance(error, TooManyPixelsError):
            message += translate("FilesController", " (Edit ▸ Preferences sets the limit)")
        self._window.statusBar().clearMessage()  # not "Opening…" under the dialog
        self._messages.show_error(title, message)
        if (isinstance(job, LoadJob) and self._document.photo is None
                and not is_sample_photo(job.path)):
            self.open(None)  # nothing on screen yet: fall back to the sample, once

    # export -------------------------------------------------------------------------------
    @Slot()
    def export_dialog(self) -> None:
        photo = self._document.photo
        if photo is None:
            return
        suggestion = os.path.join(_folder(), f"{photo.path.stem}-kernelstudio.png")
        path, _ = QFileDialog.getSaveFileName(
            self._window, translate("FilesController", "Export result"), suggestion,
            _images(EXTENSIONS))
        if not path:
            return
        try:
            kind = output_format(path)
        except KernelStudioError as exc:
            self._messages.show_error(translate("FilesController", "Cannot export"), str(exc))
            return
        if os.path.exists(path) and os.path.samefile(path, photo.path) and not ask(
                self._window, translate("FilesController", "Replace the original?"),
                translate("FilesController", "{path} is the photo you opened. Replace it with "
                          "the result? The original cannot be brought back.").format(path=path)):
            return
        quality = QSettings().value("export/quality", DEFAULT_QUALITY, type=int)
        if kind in QUALITY_FORMATS:
            quality, ok = QInputDialog.getInt(
                self._window, translate("FilesController", "Export quality"),
                translate("FilesController", "{format} quality (1 to 100):").format(format=kind),
                quality, 1, 100)
            if not ok:
                return
            QSettings().setValue("export/quality", quality)
        self._worker.export(self._document.stack, photo, path, quality,
                            preferences.strip_metadata())
        self._say(translate("FilesController", "Exporting {file}…").format(
            file=os.path.basename(path)), 0)

    @Slot(object, str, object)
    def _on_worker_exported(self, _job: ExportJob, path: str, notes: tuple[str, ...]) -> None:
        QSettings().setValue("files/folder", os.path.dirname(os.path.abspath(path)))
        self._say(translate("FilesController", "Exported {path}").format(path=path))
        if notes:
            self._messages.show_message(translate("FilesController", "About this export"),
                                        "\n\n".join(notes),
                                        QMessageBox.Icon.Information)
        self.exported.emit(path)

    # recipes ------------------------------------------------------------------------------
    @Slot()
    def save_recipe(self) -> bool:
        """Ask where, save the stack; True if it was saved."""
        path, _ = QFileDialog.getSaveFileName(self._window,
                                              translate("FilesController", "Save recipe"),
                                              os.path.join(_folder(), "recipe.json"),
                                              _recipe_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        try:
            save_recipe(self._document.stack, path)
        except KernelStudioError as exc:
            self._messages.show_error(translate("FilesController", "Cannot save recipe"),
                                      str(exc))
            return False
        self._document.undo_stack.setClean()
        self._say(translate("FilesController", "Saved recipe {path}").format(path=path))
        return True

    @Slot()
    def load_recipe_dialog(self) -> None:
        if not self.confirm_discard("loading a recipe"):
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("FilesController", "Load recipe"), _folder(),
            _recipe_filter())
        if path:
            self.load_recipe(path)

    def load_recipe(self, path: str) -> None:
        """Replace the stack with the recipe at `path`, as one undoable edit, once the
        worker has read it (`recipeLoaded`); a recipe asked for later wins."""
        self._worker.load_recipe(str(path))
        self._say(translate("FilesController", "Loading recipe {file}…").format(
            file=os.path.basename(path)), 0)

    @Slot(object, object)
    def _on_worker_recipe_loaded(self, job: RecipeJob, stack: Stack) -> None:
        self._document.edit(stack, 0 if stack.steps else -1,
                            translate("FilesController", "Load recipe {file}").format(
                                file=Path(job.path).name))
        self._document.undo_stack.setClean()
        self._say(translate("FilesController", "Loaded recipe {path}").format(path=job.path))
        self.recipeLoaded.emit(job.path)

    # kernel files -------------------------------------------------------------------------
    @Slot()
    def import_kernel_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("FilesController", "Import kernel"), _folder(),
            _kernel_filter())
        if path:
            self.import_kernel(path)

    def import_kernel(self, path: str) -> None:
        """Read the .acf or kernel text file at `path` into the selected step (a new step
        when none is selected), as one undoable edit, once the worker has read it."""
        self._worker.load_kernel_file(str(path))
        self._say(translate("FilesController", "Importing kernel {file}…").format(
            file=os.path.basename(path)), 0)

    @Slot(object, object)
    def _on_worker_kernel_file_loaded(self, job: KernelFileJob, loaded: KernelFile) -> None:
        document = self._document
        text = translate("FilesController", "Import kernel {file}").format(
            file=Path(job.path).name)
        try:
            if document.current_step is None:
                document.add_step(loaded.step(name=loaded.name), text)
            else:  # offsets per channel stay only if the new kernel has their channels
                document.replace_step(document.selection, document.current_step.replace(
                    kernel=loaded.kernel, name=loaded.name, **loaded.options), text)
        except KernelStudioError as exc:
            self._window.statusBar().clearMessage()
            self._messages.show_error(translate("FilesController", "Cannot import the kernel"),
                                      f"{job.path}: {exc}")
            return
        self._say(translate("FilesController", "Imported {path} into step {number}").format(
            path=job.path, number=document.selection + 1))
        self.kernelImported.emit(job.path)

    @Slot()
    def export_kernel_dialog(self) -> None:
        """Ask where, and write the selected step's kernel as an .acf file or kernel text;
        a step that Photoshop cannot hold is refused, saying why."""
        step = self._document.current_step
        if step is None:
            return
        try:  # suggest what the step can be written as
            dumps_acf(step)
            suffix, chosen = ".acf", _acf_filter()
        except KernelStudioError:
            suffix, chosen = ".txt", _text_filter()
        suggestion = os.path.join(_folder(), step_title(step) + suffix)
        path, chosen = QFileDialog.getSaveFileName(
            self._window, translate("FilesController", "Export kernel"), suggestion,
            _kernel_filter(), chosen)
        if not path:
            return
        if not Path(path).suffix:
            path += ".txt" if chosen == _text_filter() else ".acf"
        try:
            notes = save_kernel_file(step, path)
        except KernelStudioError as exc:
            other = (translate("FilesController", "\n\nKernel text (.txt) holds any kernel.")
                     if Path(path).suffix.lower() == ".acf" else "")
            self._messages.show_error(translate("FilesController", "Cannot export the kernel"),
                                      f"{exc}.{other}")
            return
        self._say(translate("FilesController", "Exported the kernel to {path}").format(path=path))
        if notes:
            self._messages.show_message(translate("FilesController", "About this kernel file"),
                                        "\n\n".join(notes),
                                        QMessageBox.Icon.Information)
        self.kernelExported.emit(path)

    def confirm_discard(self, doing: str) -> bool:
        """Before `doing` something (a key of `_DISCARDING`), offer to save unsaved changes;
        False means stop."""
        if self._document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self._window, translate("FilesController", "Unsaved changes"),
            QCoreApplication.translate("FilesController", _DISCARDING[doing]),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_recipe()
        return answer == QMessageBox.StandardButton.Discard

    def open_dropped(self, files: list[str]) -> None:
        """What was dropped on the window: a recipe (.json) loads, anything else opens."""
        if not files or not self.confirm_discard("opening what was dropped"):
            return
        if files[0].lower().endswith(".json"):
            self.load_recipe(files[0])
        else:
            self.open(files[0])

    # recent photos ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return [str(path) for path in QSettings().value("files/recent", [], type=list) if path]

    def _remember(self, path: str) -> None:
        path = os.path.abspath(path)
        recent = [path] + [old for old in self.recent_files() if old != path]
        QSettings().setValue("files/recent", recent[:_RECENT_LIMIT])
        QSettings().setValue("files/folder", os.path.dirname(path))
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        """The Open Recent menu, from the settings."""
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, path=path: self.open_photo(path))
        self.recent_menu.setEnabled(bool(self.recent_files()))


def _folder() -> str:
    """The folder file dialogs start in: where the last photo came from or went to."""
    return QSettings().value("files/folder", str(Path.home()), type=str)
