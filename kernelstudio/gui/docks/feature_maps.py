"""The feature-map view: a bank of kernels on the photo, side by side, like a CNN layer.

Each tile is the photo, grey and shrunk to `work.worker.FEATURE_SIDE` pixels, correlated with one
kernel (`kernelstudio.core.feature_map`), with an optional ReLU, stride and 2×2 max
pooling as a CNN applies them. Red is a positive response, blue a negative one; maps
with nothing below zero are drawn in grey. Clicking a tile adds its kernel to the stack.
A step of the stack with a kernel per channel or across channels gives a tile for each of
its grids.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kernelstudio.core import PRESETS, Step
from kernelstudio.core.words import QT_TRANSLATE_NOOP
from kernelstudio.gui.model.document import Document
from kernelstudio.gui.model.slices import image_channels, slice_choices
from kernelstudio.gui.model.user_presets import UserPresets
from kernelstudio.gui.translation import step_title, translate
from kernelstudio.gui.widgets import numbers
from kernelstudio.gui.widgets.colors import diverging, grey, to_qimage
from kernelstudio.gui.widgets.controls import LazyDock, describe_control
from kernelstudio.gui.work.jobs import FeatureJob
from kernelstudio.gui.work.worker import Worker

__all__ = ["BANKS", "FeatureMaps", "bank_steps"]

_TILE = 150
#: The banks offered, by key: what the menu says (translated as the menu is filled).
BANKS = {
    "sobel": QT_TRANSLATE_NOOP("FeatureMaps", "Sobel, four directions"),
    "classic": QT_TRANSLATE_NOOP("FeatureMaps", "Outline, emboss, sharpen, blur"),
    "presets": QT_TRANSLATE_NOOP("FeatureMaps", "Every preset"),
    "stack": QT_TRANSLATE_NOOP("FeatureMaps", "The steps of the stack, each on its own"),
}


def bank_steps(bank: str, document: Document, user: UserPresets) -> list[Step]:
    """The steps whose kernels make up `bank`."""
    if bank == "sobel":
        return [Step(preset="sobel", params={"direction": side})
                for side in ("top", "bottom", "left", "right")]
    if bank == "classic":
        return [Step(preset=name) for name in
                ("outline", "emboss", "sharpen", "blur", "laplacian", "identity")]
    if bank == "presets":
        return [Step.from_preset(name) for name in PRESETS] + user.steps()
    steps = []
    count = image_channels(document.photo)
    for step in document.stack.steps:  # a grey picture has one channel: one grid a tile
        steps += [step.part(*index).replace(name=translate(
                      "FeatureMaps", "{title}, slice {slice}").format(title=step_title(step),
                                                                    slice=label))
                  for label, index in slice_choices(step, count)] or [step]
    return steps


def _tile_title(step: Step) -> str:
    if step.preset == "sobel":
        return translate("FeatureMaps", "Sobel {direction}").format(
            direction=QCoreApplication.translate("presets", step.params["direction"]))
    return step_title(step)


class FeatureMaps(LazyDock):
    """A grid of feature maps; a click on one adds its kernel to the stack."""

    #: Emitted when new tiles are on show (tests wait for it).
    mapsShown = Signal()
    messageRequested = Signal(str)

    def __init__(self, document: Document, worker: Worker, user_presets: UserPresets,
                 parent=None):
        super().__init__(translate("FeatureMaps", "Feature maps"), parent)
        self.setObjectName("featureMaps")
        self.setAccessibleName(self.windowTitle())
        self.setToolTip(translate("FeatureMaps", "A bank of kernels on the photo, side by side, "
                                  "as a CNN layer sees it"))
        self._document = document
        self._worker = worker
        self._user_presets = user_presets
        self.steps: list[Step] = []
        self.source: np.ndarray | None = None
        self.maps: list[np.ndarray] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        options = QHBoxLayout()
        self.bank = describe_control(QComboBox(), "featureBank",
                                     translate("FeatureMaps", "Bank: the kernels to compare"))
        for key, title in BANKS.items():
            self.bank.addItem(QCoreApplication.translate("FeatureMaps", title), key)
        self.bank.activated.connect(self.refresh_when_visible)
        options.addWidget(self.bank)
        self.relu = describe_control(
            QCheckBox(translate("FeatureMaps", "ReLU")), "featureRelu",
            translate("FeatureMaps", "ReLU: set negative responses to 0, as a CNN does"))
        self.relu.toggled.connect(self.refresh_when_visible)
        options.addWidget(self.relu)
        options.addWidget(QLabel(translate("FeatureMaps", "Stride")))
        self.stride = describe_control(
            QSpinBox(), "featureStride",
            translate("FeatureMaps", "Stride: keep every n-th pixel of each map"))
        self.stride.setRange(1, 4)
        self.stride.valueChanged.connect(self.refresh_when_visible)
        options.addWidget(self.stride)
        self.pool = describe_control(
            QCheckBox(translate("FeatureMaps", "2×2 max-pool")), "featurePool",
            translate("FeatureMaps", "Max-pool: keep the largest value of each 2×2 block"))
        self.pool.toggled.connect(self.refresh_when_visible)
        options.addWidget(self.pool)
        self.status = describe_control(QLabel(), "featureStatus",
                                       translate("FeatureMaps", "What the tiles show"))
        self.status.setWordWrap(True)
        options.addWidget(self.status, 1)
        layout.addLayout(options)
        self.tiles = describe_control(
            QListWidget(), "featureTiles",
            translate("FeatureMaps", "Feature maps: click one to add its kernel to the stack"))
        self.tiles.setViewMode(QListView.ViewMode.IconMode)
        self.tiles.setIconSize(QSize(_TILE, _TILE))
        self.tiles.setGridSize(QSize(_TILE + 24, _TILE + 44))
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setMovement(QListView.Movement.Static)
        self.tiles.setWordWrap(True)
        self.tiles.setMinimumHeight(_TILE // 2)  # it scrolls; the dock may be short
        self.tiles.itemClicked.connect(self._on_tiles_item_clicked)
        layout.addWidget(self.tiles, 1)
        self.setWidget(body)
        worker.featuresReady.connect(self._on_worker_features_ready)
        worker.failed.connect(self._on_worker_failed)
        document.photoChanged.connect(self.refresh_when_visible)
        document.stackChanged.connect(self._on_document_stack_changed)
        user_presets.changed.connect(self.refresh_when_visible)

    # requests ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the maps of the chosen bank with the chosen options."""
        photo = self._document.photo
        self.steps = bank_steps(self.bank.currentData(), self._document, self._user_presets)
        if photo is None or not self.steps:
            self.tiles.clear()
            self.maps = []
            self.status.setText(translate("FeatureMaps", "The stack is empty: add steps to "
                                          "compare them.") if photo is not None else "")
            self.mapsShown.emit()
            return
        kernels = [step.weights_and_anchor()[0] for step in self.steps]
        self.status.setText(translate("FeatureMaps", "Working…"))
        self._worker.features(photo, kernels, self.relu.isChecked(), self.stride.value(),
                              self.pool.isChecked())

    @Slot()
    def _on_document_stack_changed(self) -> None:
        if self.bank.currentData() == "stack":
            self.refresh_when_visible()

    # showing ----------------------------------------------------------------------------
    @Slot(object, object, object)
    def _on_worker_features_ready(self, _job: FeatureJob, source, maps) -> None:
        self.source, self.maps = source, list(maps)
        self.tiles.clear()
        for step, values in zip(self.steps, self.maps, strict=True):
            negative = bool((values < 0).any())
            rgb = diverging(values) if negative else grey(values)
            picture = QPixmap.fromImage(to_qimage(rgb)).scaled(
                _TILE, _TILE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation)  # sharp pixels show the stride
            height, width = values.shape
            item = QListWidgetItem(QIcon(picture), f"{_tile_title(step)}\n{width}×{height}")
            item.setData(Qt.ItemDataRole.UserRole, step)
            item.setToolTip(translate("FeatureMaps", "{title}: {width}×{height}, values {low} "
                                      "to {high}. Click to add it to the stack.").format(
                                          title=_tile_title(step), width=width, height=height,
                                          low=numbers.short(values.min()),
                                          high=numbers.short(values.max())))
            self.tiles.addItem(item)
        height, width = source.shape
        self.status.setText(translate("FeatureMaps", "Photo in grey at {width}×{height}; red > 0, "
                                      "blue < 0").format(width=width, height=height))
        self.mapsShown.emit()

    @Slot(object, object)
    def _on_worker_failed(self, job, error) -> None:
        if isinstance(job, FeatureJob):
            self.tiles.clear()
            self.maps = []
            self.status.setText(str(error))
            self.messageRequested.emit(str(error))

    @Slot(QListWidgetItem)
    def _on_tiles_item_clicked(self, item: QListWidgetItem) -> None:
        step = item.data(Qt.ItemDataRole.UserRole)
        self._document.add_step(step.replace(enabled=True), translate(
            "FeatureMaps", "Add {title}").format(title=_tile_title(step)))

