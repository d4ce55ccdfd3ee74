"""Kernel ▸ Learn from example: which kernel turns the photo into the image the user has?

The "before" is the open photo or, with a step selected, that step's input (what the
steps above it make of the photo); the "after" is an image the user chooses or drops here,
read on the worker as File ▸ Open reads a photo. Learn finds the kernel in least squares
(`kernelstudio.core.learn_kernel`) on the worker, with progress, and Esc stops it; the
result is the kernel as a heat map, the fit's figures and warning, and the residual as a
picture. The Train like a CNN tab finds the same kernel by gradient descent
(`train_view`). Either adds its step to the stack in one undoable edit, where the step's
input is the before it was learned from.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.core import BORDERS, LEARN_MODES, Step
from kernelstudio.core.learn import MAX_LEARNED_WEIGHTS, fit_figures
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.appdata import preferences
from kernelstudio.gui.docks.learn_views import KernelSlices, Pair, PictureView
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.slices import image_channels
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.controls import describe_control
from kernelstudio.gui.widgets.drops import accept_files, dropped_files
from kernelstudio.gui.work.learning import AfterJob, Learned, LearnJob, TrainingJob, TrainJob
from kernelstudio.gui.work.worker import Worker

from .files import open_filter
from .messages import Messages
from .train_view import TrainView

__all__ = ["LEARN_SIZES", "LearnDialog"]

#: The rows and columns offered: up to the largest square kernel the core learns (a larger
#: one, or one across channels over its limit, is refused by the core, saying why).
LEARN_SIZES = (1, math.isqrt(MAX_LEARNED_WEIGHTS))
_DEFAULT_SIZE = 5
#: What each mode is called in the list (the data is the core's name); the texts are
#: marked here and translated where shown (context "LearnDialog"), as are the next ones.
_MODE_TEXTS = {"shared": QT_TRANSLATE_NOOP("LearnDialog", "shared"),
               "per-channel": QT_TRANSLATE_NOOP("LearnDialog", "per channel"),
               "cross-channel": QT_TRANSLATE_NOOP("LearnDialog", "across channels")}
#: The dialog's title when a job of each kind fails.
_FAILED = {AfterJob: QT_TRANSLATE_NOOP("LearnDialog", "Cannot read the after image"),
           LearnJob: QT_TRANSLATE_NOOP("LearnDialog", "Cannot learn the kernel"),
           TrainingJob: QT_TRANSLATE_NOOP("LearnDialog", "Cannot train the kernel"),
           TrainJob: QT_TRANSLATE_NOOP("LearnDialog", "Training stopped")}
#: The name of a step added from the dialog, by how its kernel was found.
_ADDED = {"Learned": QT_TRANSLATE_NOOP("LearnDialog", "Learned from {file}"),
          "Trained": QT_TRANSLATE_NOOP("LearnDialog", "Trained from {file}")}


def _tr(text: str) -> str:
    """A text marked above, translated."""
    return QCoreApplication.translate("LearnDialog", text)


class LearnDialog(QDialog):
    """Learn from example and Train like a CNN, over the window's document and worker."""

    def __init__(self, document: Document, worker: Worker, parent=None):
        super().__init__(parent)
        self.setObjectName("learnDialog")
        self.setWindowTitle(translate("LearnDialog", "Learn from example"))
        self.setAcceptDrops(True)
        self._document = document
        self._worker = worker
        self.messages = Messages(self)
        self.after_path: str | None = None
        self.after = None  # the after image's Photo
        self.learned: Learned | None = None
        self._learned_pair: Pair | None = None
        self._reading: AfterJob | None = None
        self._learning: LearnJob | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._pair_box())
        self.tabs = describe_control(
            QTabWidget(), "learnTabs",
            translate("LearnDialog", "Learn or train: least squares at once, or step by step"))
        self.tabs.addTab(self._learn_tab(), translate("LearnDialog", "&Learn from example"))
        self.train_view = TrainView(worker, self.pair, self._add, self)
        self.tabs.addTab(self.train_view, translate("LearnDialog", "&Train like a CNN"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        room = (parent or self).screen().availableGeometry()
        self.resize(min(1000, room.width() * 9 // 10), min(680, room.height() * 9 // 10))
        worker.afterRead.connect(self._on_worker_after_read)
        worker.learned.connect(self._on_worker_learned)
        worker.failed.connect(self._on_worker_failed)
        worker.progressed.connect(self._on_worker_progressed)
        worker.jobFinished.connect(self._on_worker_job_finished)
        document.photoChanged.connect(self._show_before)
        document.currentStepChanged.connect(self._show_before)
        self._show_before()
        self._show_after()
        self._show_result()

    # building -----------------------------------------------------------------------------
    def _pair_box(self) -> QGroupBox:
        box = QGroupBox(translate("LearnDialog", "Example: before and after"))
        form = QFormLayout(box)
        self.before_label = describe_control(
            QLabel(), "learnBefore",
            translate("LearnDialog", "Before: the open photo, or the selected step's input"))
        self.before_label.setWordWrap(True)
        form.addRow(translate("LearnDialog", "Before:"), self.before_label)
        after = QHBoxLayout()
        self.after_label = describe_control(
            QLabel(), "learnAfter",
            translate("LearnDialog", "After: the image the kernel should make from before"))
        self.after_label.setWordWrap(True)
        after.addWidget(self.after_label, 1)
        self.choose = describe_control(
            QPushButton(translate("LearnDialog", "&Choose…")), "learnChooseAfter",
            translate("LearnDialog", "Choose the after image (or drop it on this window)"))
        after.addWidget(self.choose)
        form.addRow(translate("LearnDialog", "After:"), after)
        options = QHBoxLayout()
        self.rows = describe_control(QSpinBox(), "learnRows",
                                     translate("SizeDialog", "Rows: the kernel's height"))
        self.cols = describe_control(QSpinBox(), "learnColumns",
                                     translate("SizeDialog", "Columns: the kernel's width"))
        for spin in (self.rows, self.cols):
            spin.setRange(*LEARN_SIZES)
            spin.setValue(_DEFAULT_SIZE)
        self.mode = describe_control(
            QComboBox(), "learnMode",
            translate("LearnDialog", "Mode: one kernel for every colour channel (shared), one "
                      "for each (per channel), or every channel from every channel (across "
                      "channels, as a CNN layer)"))
        for mode in LEARN_MODES:
            self.mode.addItem(_tr(_MODE_TEXTS[mode]), mode)
        self.border = describe_control(
            QComboBox(), "learnBorder",
            translate("LearnDialog", "Border: how the after image was made at the edges"))
        self.border.addItems(list(BORDERS))  # OpenCV's names, as recipes and the CLI write them
        self.offset = describe_control(
            QCheckBox(translate("LearnDialog", "O&ffset")), "learnOffset",
            translate("LearnDialog", "Offset: also learn a constant added after the kernel (a "
                      "network's bias)"))
        self.offset.setChecked(True)
        for index, (text, widget) in enumerate((
                (translate("LearnDialog", "Size:"), self.rows), ("×", self.cols),
                (translate("LearnDialog", "Mode:"), self.mode),
                (translate("LearnDialog", "Border:"), self.border))):
            label = QLabel(text)
            label.setBuddy(widget)
            options.addWidget(label)
            options.addWidget(widget)
            options.addSpacing(4 if index == 0 else 12)
        options.addWidget(self.offset)
        options.addStretch(1)
        form.addRow(translate("LearnDialog", "Kernel:"), options)
        self.choose.clicked.connect(self._on_choose_clicked)
        return box

    def _learn_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        run = QHBoxLayout()
        self.learn_button = describe_control(
            QPushButton(translate("LearnDialog", "L&earn")), "learnRun",
            translate("LearnDialog", "Learn: find the kernel turning before into after (Esc "
                      "stops it)"))
        self.learn_button.setDefault(True)
        run.addWidget(self.learn_button)
        self.progress = describe_control(QProgressBar(), "learnProgress",
                                         translate("LearnDialog", "Progress of the learning"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        run.addWidget(self.progress, 1)
        self.said = describe_control(QLabel(), "learnSaid",
                                     translate("LearnDialog", "What Learn did"))
        run.addWidget(self.said, 1)
        layout.addLayout(run)
        pictures = QHBoxLayout()
        self.kernel_view = KernelSlices(translate("LearnDialog", "Learned kernel:"),
                                        "learnedKernel")
        pictures.addWidget(self.kernel_view, 2)
        residual = QVBoxLayout()
        self.residual_caption = describe_control(
            QLabel(), "learnResidualCaption",
            translate("LearnDialog", "What the residual's colours mean"))
        self.residual_caption.setWordWrap(True)
        residual.addWidget(self.residual_caption)
        self.residual = PictureView(
            "learnResidual",
            translate("LearnDialog",
                      "Residual: after minus the fit; white where the kernel explains after"))
        residual.addWidget(self.residual, 1)
        pictures.addLayout(residual, 3)
        layout.addLayout(pictures, 1)
        facts = QFormLayout()
        self.fit_label = describe_control(
            QLabel(), "learnFit",
            translate("LearnDialog", "Fit: PSNR, RMSE and R² of the learned step"))
        self.warning_label = describe_control(
            QLabel(), "learnWarning",
            translate("LearnDialog", "Verdict: whether the kernel can be trusted"))
        self.offset_label = describe_control(
            QLabel(), "learnOffsetValue", translate("LearnDialog", "Offset: the constant learned"))
        for title, label in ((translate("LearnDialog", "Fit:"), self.fit_label),
                             (translate("LearnDialog", "Verdict:"), self.warning_label),
                             (translate("LearnDialog", "Offset:"), self.offset_label)):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(title, label)
        bottom = QHBoxLayout()
        bottom.addLayout(facts, 1)
        self.add_button = describe_control(
            QPushButton(translate("LearnDialog", "&Add to stack")), "learnAddToStack",
            translate("LearnDialog", "Add to stack: the learned kernel as a new step where its "
                      "input is the before image (one undoable edit)"))
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.learn_button.clicked.connect(self.learn)
        self.add_button.clicked.connect(self._on_add_clicked)
        return tab

    # the pair -----------------------------------------------------------------------------
    def _before_steps(self) -> tuple[tuple[Step, ...], int]:
        """The enabled steps above the selected one, and where a learned step goes (the
        selected step's place; the top with none selected)."""
        document = self._document
        if document.current_step is None:
            return (), 0
        above = document.stack.steps[: document.selection]
        return tuple(step for step in above if step.enabled), document.selection

    def _before_shape(self) -> tuple[int, int] | None:
        photo = self._document.photo
        if photo is None:
            return None
        shape = photo.pixels.shape[:2]
        for step in self._before_steps()[0]:
            shape = step.result_shape(shape)
        return shape

    @Slot()
    def _show_before(self) -> None:
        photo, shape = self._document.photo, self._before_shape()
        if photo is None:
            self.before_label.setText(translate("LearnDialog", "No photo is open: open one with "
                                                "File ▸ Open first."))
            return
        size = translate("LearnDialog", "{width}×{height} pixels").format(width=shape[1],
                                                                          height=shape[0])
        if self._document.current_step is None:
            self.before_label.setText(translate("LearnDialog", "the open photo, {file} ({size})")
                                      .format(file=photo.path.name, size=size))
        else:
            self.before_label.setText(translate(
                "LearnDialog", "the input of step {number}, {title}: what the steps above it "
                "make of {file} ({size})").format(
                    number=self._document.selection + 1,
                    title=step_title(self._document.current_step), file=photo.path.name,
                    size=size))

    def read_after(self, path: str) -> None:
        """Read the after image at `path` on the worker; the dialog shows it when read."""
        self.after_path = str(path)
        self._reading = self._worker.read_after(self.after_path, preferences.max_pixels())
        self.after_label.setText(translate("LearnDialog", "Reading {file}…").format(
            file=os.path.basename(path)))

    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QSettings().value("files/folder", os.path.expanduser("~"), type=str)
        path, _ = QFileDialog.getOpenFileName(
            self, translate("LearnDialog", "Choose the after image"), folder, open_filter())
        if path:
            self.read_after(path)

    @Slot(object, object)
    def _on_worker_after_read(self, job: AfterJob, photo) -> None:
        if job is not self._reading:
            return
        shape, (height, width) = self._before_shape(), photo.pixels.shape[:2]
        if shape is not None and shape != (height, width):
            self.messages.show_error(
                translate("LearnDialog", "The images differ in size"),
                translate("LearnDialog", "{file} is {width}×{height} pixels, but before is "
                          "{before_width}×{before_height}. The after image must be made from "
                          "before, at its size.").format(
                              file=photo.path.name, width=width, height=height,
                              before_width=shape[1], before_height=shape[0]))
            self._show_after()  # the one chosen before, if any, stays
            return
        self.after = photo
        self._show_after()

    def _show_after(self) -> None:
        if self.after is None:
            self.after_label.setText(translate("LearnDialog", "Not chosen yet: Choose…, or drop an "
                                               "image file here."))
            return
        height, width = self.after.pixels.shape[:2]
        self.after_label.setText(translate("LearnDialog", "{file} ({width}×{height} pixels)")
                                 .format(file=self.after.path.name, width=width, height=height))

    def pair(self) -> Pair | None:
        """What to learn from, as chosen now; None after saying what is missing."""
        photo = self._document.photo
        if photo is None:
            self.messages.show_error(
                translate("LearnDialog", "No photo is open"),
                translate("LearnDialog", "Open a photo first (File ▸ Open): the kernel is "
                          "learned from it and an image made from it."))
            return None
        if self.after is None:
            self.messages.show_error(
                translate("LearnDialog", "No after image"),
                translate("LearnDialog", "Choose the after image first (Choose…, or drop the "
                          "file on this window)."))
            return None
        steps, index = self._before_steps()
        return Pair(photo=photo, steps=steps, after=self.after.pixels,
                    size=(self.rows.value(), self.cols.value()),
                    mode=self.mode.currentData(), border=self.border.currentText(),
                    offset=self.offset.isChecked(), index=index,
                    after_name=self.after.path.name)

    # learning -----------------------------------------------------------------------------
    @Slot()
    def learn(self) -> None:
        """Learn the kernel of the pair chosen, on the worker."""
        pair = self.pair()
        if pair is None:
            return
        self.cancel_learning()
        self._learned_pair = pair
        self._learning = self._worker.learn(**pair.job_fields())
        self.progress.setValue(0)
        self.progress.show()
        self.said.setText(translate("LearnDialog", "Learning… (Esc stops it)"))
        self.learn_button.setEnabled(False)

    def learning(self) -> bool:
        return self._learning is not None

    def cancel_learning(self) -> None:
        if self._learning is not None:
            self._learning.cancel.set()
            self._learning = None
            self.said.setText(translate("LearnDialog", "Stopped; nothing was learned."))
        self.progress.hide()
        self.learn_button.setEnabled(True)

    @Slot(object, object)
    def _on_worker_learned(self, job: LearnJob, learned: Learned) -> None:
        if job is not self._learning:
            return
        self.learned = learned
        self.said.setText(translate("LearnDialog", "Learned a {rows}×{cols} kernel ({mode}).")
                          .format(rows=job.size[0], cols=job.size[1],
                                  mode=_tr(_MODE_TEXTS[job.mode])))
        self._show_result()

    @Slot(object, float)
    def _on_worker_progressed(self, job, fraction: float) -> None:
        if job is self._learning:
            self.progress.setValue(round(fraction * 1000))

    @Slot(object)
    def _on_worker_job_finished(self, job) -> None:
        if job is self._learning:
            self._learning = None
            self.progress.hide()
            self.learn_button.setEnabled(True)

    @Slot(object, object)
    def _on_worker_failed(self, job, error) -> None:
        title = _FAILED.get(type(job))
        title = title and _tr(title)
        training = job in (self.train_view.setup_job(), self.train_view.batch_job())
        if title is None or not (training or job in (self._reading, self._learning)):
            return
        if training:
            self.train_view.stop()  # not the same failure again, batch after batch
        if job is self._reading:
            self._show_after()
        if job is self._learning:
            self.said.setText(translate("LearnDialog", "Nothing was learned."))
        self.messages.show_error(title, str(error))

    def _show_result(self) -> None:
        learned = self.learned
        self.add_button.setEnabled(learned is not None)
        if learned is None:
            self.kernel_view.set_step(None, None)
            self.residual.set_picture(None)
            self.residual_caption.setText(translate("LearnDialog", "Residual: after minus the "
                                                    "fit, once learned."))
            for label in (self.fit_label, self.warning_label, self.offset_label):
                label.setText("—")
            return
        fit = learned.fit
        self.kernel_view.set_step(fit.step, image_channels(self._learned_pair.photo))
        self.residual.set_picture(learned.residual)
        self.residual_caption.setText(translate(
            "LearnDialog", "Residual, after minus the fit: white 0, red where after is brighter, "
            "blue darker, full colour at ±{limit} levels.").format(
                limit=numbers.short(learned.limit)))
        self.fit_label.setText(fit_figures(fit.rmse, fit.psnr, fit.r2))
        if fit.warning:
            self.warning_label.setText(translate("LearnDialog", "<b>Not to be trusted</b>: "
                                                 "{warning}.").format(warning=fit.warning))
        else:
            self.warning_label.setText(translate("LearnDialog", "A kernel explains the change: "
                                                 "the step makes the after image again."))
        offsets = fit.offset if isinstance(fit.offset, tuple) else (fit.offset,)
        self.offset_label.setText(translate("LearnDialog", "{offsets} levels").format(
            offsets=", ".join(f"{round(value, 2) + 0.0:.2f}" for value in offsets)))

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.learned is not None and self._learned_pair is not None:
            self._add(self.learned.fit.step, self._learned_pair, "Learned")

    def _add(self, step: Step, pair: Pair, verb: str) -> None:
        """Put `step` in the stack where its input is `pair`'s before, as one edit."""
        name = _tr(_ADDED[verb]).format(file=pair.after_name)
        self._document.insert_step(pair.index, step.replace(name=name),
                                   translate("LearnDialog", "Add {name}").format(name=name))

    # Esc, closing, dropping ---------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        # Esc stops what runs; with nothing running it closes the dialog.
        if event.key() == Qt.Key.Key_Escape and (self.learning() or self.train_view.busy()
                                                 or self.train_view.running):
            self.cancel_learning()
            self.train_view.stop()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.cancel_learning()
        self.train_view.stop()
        super().done(result)

    def dragEnterEvent(self, event) -> None:
        accept_files(event)

    def dropEvent(self, event) -> None:
        files = dropped_files(event)
        if files:
            self.read_after(files[0])
