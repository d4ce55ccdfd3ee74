"""Train like a CNN: the kernel of a pair found by gradient descent from random weights,
drawn as it learns.

The worker runs the training a batch of updates at a time (`kernelstudio.core.Trainer`)
and sends back where it got; this view draws it (the loss falling, the kernel taking
shape, its result on the photo, its distance from the exact least-squares kernel) and asks
for the next batch a moment later, so the window stays free between batches. Pause stops
asking, Step asks for one batch, and the speed is the number of updates in a batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.gui.docks.learn_views import KernelSlices, Pair, PictureView
from kernelstudio.gui.model.slices import image_channels
from kernelstudio.gui.translation import translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.colors import SOFT_NEGATIVE
from kernelstudio.gui.widgets.controls import describe_control
from kernelstudio.gui.work.learning import Progress, Training, TrainingJob, TrainJob
from kernelstudio.gui.work.worker import Worker

__all__ = ["SPEEDS", "TrainView"]

#: Updates in a batch, for each position of the speed slider.
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500)
_DEFAULT_SPEED = 3  # 10 updates a batch
#: The pause between a batch drawn and the next asked for (ms): about 30 frames a second,
#: and the window's own work (renders, input) gets the worker between batches.
_FRAME_MS = 30
#: The heavy ball's share of the last update, as networks are usually trained: plain
#: gradient descent crawls along the long valleys of image problems.
MOMENTUM = 0.9
#: The plot's floor: the loss of an exact fit reaches 0, which a log scale cannot show.
_FLOOR = 1e-12
#: The training pauses by itself once the weights are this close to the exact ones.
_ARRIVED = 1e-6


class TrainView(QWidget):
    """The Train like a CNN tab. `pair()` gives what to train on, or None (having said
    why); `added(step, pair)` puts the trained step in the stack."""

    #: A batch was drawn (for tests and the status of the dialog).
    progressed = Signal()

    def __init__(self, worker: Worker, pair: Callable[[], Pair | None],
                 added: Callable, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._pair_source = pair
        self._added = added
        self.pair: Pair | None = None  # what the training on show learns
        self.training: Training | None = None
        self.progress: Progress | None = None
        self.running = False
        self._setup: TrainingJob | None = None
        self._batch: TrainJob | None = None
        self._losses: list[float] = []
        self._next = QTimer(self, singleShot=True, interval=_FRAME_MS)
        self._next.timeout.connect(self._request)
        self._build()
        worker.trainingReady.connect(self._on_worker_training_ready)
        worker.trained.connect(self._on_worker_trained)
        worker.jobFinished.connect(self._on_worker_job_finished)
        self._show_state()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(translate("TrainView", "A network is not told its kernels: it starts from "
                                 "random weights and nudges them, again and again, down the "
                                 "slope of its error. Here the same happens to one kernel, on "
                                 "your photo."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        controls = QHBoxLayout()
        self.start = describe_control(QPushButton(translate("TrainView", "&Start")), "trainStart",
                                      translate("TrainView", "Start: from new random weights"))
        self.pause = describe_control(QPushButton(translate("TrainView", "&Pause")), "trainPause",
                                      translate("TrainView", "Pause or resume the training"))
        self.step = describe_control(
            QPushButton(translate("TrainView", "S&tep")), "trainStep",
            translate("TrainView", "Step: one batch of updates, then pause"))
        self.speed = describe_control(
            QSlider(Qt.Orientation.Horizontal), "trainSpeed",
            translate("TrainView", "Speed: updates in each batch drawn"))
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(_DEFAULT_SPEED)
        self.speed.setPageStep(1)
        self.speed.setMaximumWidth(160)
        self.speed_label = QLabel()
        self.momentum = describe_control(
            QCheckBox(translate("TrainView", "&Momentum")), "trainMomentum",
            translate("TrainView", "Momentum: each update carries {momentum} of the last one "
                      "along, as networks are trained; much faster, though the loss may rise for "
                      "a while").format(momentum=numbers.general(MOMENTUM)))
        self.momentum.setChecked(True)
        for widget in (self.start, self.pause, self.step):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(QLabel(translate("TrainView", "Speed:")))
        controls.addWidget(self.speed)
        controls.addWidget(self.speed_label)
        controls.addWidget(self.momentum)
        controls.addStretch(1)
        layout.addLayout(controls)

        grid = QGridLayout()
        self.plot = describe_control(
            pg.PlotWidget(), "trainLoss",
            translate("TrainView", "Loss: the mean squared error after each update"))
        self.plot.setBackground("w")
        self.plot.setLogMode(y=True)
        self.plot.setLabel("left", translate("TrainView", "loss (levels²)"))
        self.plot.setLabel("bottom", translate("TrainView", "update"))
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setMinimumSize(240, 160)
        self.curve = self.plot.plot(pen=pg.mkPen(SOFT_NEGATIVE, width=2))
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.kernel_view = KernelSlices(translate("TrainView", "Kernel now:"), "trainKernel")
        self.preview = PictureView(
            "trainPreview",
            translate("TrainView", "Result now: the current kernel on the photo (shrunk)"))
        grid.addWidget(QLabel(translate("TrainView", "Loss, falling:")), 0, 0)
        grid.addWidget(self.plot, 1, 0)
        grid.addWidget(self.kernel_view, 0, 1, 2, 1)
        grid.addWidget(QLabel(translate("TrainView", "Its result on the photo:")), 0, 2)
        grid.addWidget(self.preview, 1, 2)
        for column, stretch in enumerate((3, 2, 3)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)
        self.status = describe_control(
            QLabel(), "trainStatus",
            translate("TrainView", "Training: the update, the loss and the distance to the "
                      "exact kernel"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        self.exact = describe_control(
            QLabel(), "trainExact",
            translate("TrainView", "Exact answer: what least squares finds in one go"))
        self.exact.setWordWrap(True)
        bottom.addWidget(self.exact, 1)
        self.add = describe_control(
            QPushButton(translate("TrainView", "&Add to stack")), "trainAddToStack",
            translate("TrainView", "Add to stack: the kernel as trained so far, as a new step "
                      "where its input is the before image"))
        bottom.addWidget(self.add)
        layout.addLayout(bottom)
        self.start.clicked.connect(self._on_start_clicked)
        self.pause.clicked.connect(self._on_pause_clicked)
        self.step.clicked.connect(self._on_step_clicked)
        self.speed.valueChanged.connect(self._show_speed)
        self.add.clicked.connect(self._on_add_clicked)
        self._show_speed()

    # what the user does -------------------------------------------------------------------
    def losses(self) -> list[float]:
        """The loss before the first update and after each one since, as plotted."""
        return list(self._losses)

    def updates_per_batch(self) -> int:
        return SPEEDS[self.speed.value()]

    def setup_job(self) -> TrainingJob | None:
        """The job setting the training up, while it runs."""
        return self._setup

    def batch_job(self) -> TrainJob | None:
        """The batch on its way, if any."""
        return self._batch

    def busy(self) -> bool:
        """Whether the training is being set up (the summing, which Esc stops)."""
        return self._setup is not None

    def stop(self) -> None:
        """Stop everything: the setup (Esc, or the dialog closing) or the running."""
        if self._setup is not None:
            self._setup.cancel.set()
            self._setup = None
        self.running = False
        self._next.stop()
        self._show_state()

    @Slot()
    def _on_start_clicked(self) -> None:
        pair = self._pair_source()
        if pair is None:
            return
        self.stop()
        self.pair, self.training, self.progress = pair, None, None
        self._setup = self._worker.start_training(**pair.job_fields())
        self.status.setText(translate("TrainView",
                                      "Adding up the photo's products of pixels (once)…"))
        self._show_state()

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self.training is None:
            return
        self.running = not self.running
        if self.running:
            self._request()
        else:
            self._next.stop()
        self._show_state()

    @Slot()
    def _on_step_clicked(self) -> None:
        if self.training is None:
            return
        self.running = False
        self._next.stop()
        self._request(force=True)
        self._show_state()

    @Slot()
    def _show_speed(self) -> None:
        count = self.updates_per_batch()
        self.speed_label.setText(
            translate("TrainView", "{count} updates a batch").format(count=count) if count > 1
            else translate("TrainView", "1 update a batch"))

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.progress is not None and self.pair is not None:
            self._added(self.progress.step, self.pair, "Trained")

    # the batches --------------------------------------------------------------------------
    @Slot()
    def _request(self, force: bool = False) -> None:
        """Ask for the next batch, unless one is on its way."""
        if self.training is None or self._batch is not None or not (self.running or force):
            return
        momentum = MOMENTUM if self.momentum.isChecked() else 0.0
        self._batch = self._worker.train(self.training, self.updates_per_batch(), momentum,
                                         len(self._losses))

    @Slot(object, object, object)
    def _on_worker_training_ready(self, job: TrainingJob, training: Training,
                                  progress: Progress) -> None:
        if job is not self._setup:
            return
        self._setup = None
        self.training = training
        self._losses = []
        self.exact.setText(translate("TrainView", "Exact answer, found in one go by least "
                                     "squares: {verdict}").format(verdict=progress.exact.verdict))
        self._show(progress)
        self.running = True
        self._request()
        self._show_state()

    @Slot(object, object)
    def _on_worker_trained(self, job: TrainJob, progress: Progress) -> None:
        if job is not self._batch or job.training is not self.training:
            return  # another view's, or the last batch of a training started again
        self._show(progress)
        if progress.distance <= _ARRIVED and self.running:
            self.running = False
            self._show_state()
            self.status.setText(translate("TrainView", "{status}. It has reached the exact "
                                          "kernel, so it pauses.").format(
                                              status=self.status.text()))

    @Slot(object)
    def _on_worker_job_finished(self, job) -> None:
        if job is self._batch:
            self._batch = None
            if self.running:
                self._next.start()
        elif job is self._setup:  # it ended without a training: failed or cancelled
            self._setup = None
            self.status.setText(translate("TrainView", "Not started."))
            self._show_state()

    def _show(self, progress: Progress) -> None:
        self.progress = progress
        self._losses.extend(progress.losses)
        losses = np.maximum(np.array(self._losses), _FLOOR)
        self.curve.setData(np.arange(len(losses)), losses)
        self.kernel_view.set_step(progress.step, image_channels(self.pair.photo))
        self.preview.set_picture(progress.picture)
        self.status.setText(translate(
            "TrainView", "Update {update}: loss {loss} levels² (mean squared error); distance to "
            "the exact kernel {distance} (root mean square of the weights' differences)").format(
                update=numbers.whole(progress.iteration),
                loss=numbers.short(progress.loss), distance=numbers.short(progress.distance)))
        self.progressed.emit()

    def _show_state(self) -> None:
        trained = self.training is not None
        self.start.setText(translate("TrainView", "&Start again") if trained
                           else translate("TrainView", "&Start"))
        self.pause.setText(translate("TrainView", "&Resume") if trained and not self.running
                           else translate("TrainView", "&Pause"))
        self.pause.setEnabled(trained)
        self.step.setEnabled(trained)
        self.add.setEnabled(self.progress is not None)
        if not trained and self._setup is None:
            self.status.setText(translate("TrainView", "Start trains the kernel from random "
                                          "weights, on the before and after above."))
