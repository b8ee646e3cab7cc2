"""The layers of a panel: which are visible, how opaque, and which one strokes go to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSlider, QVBoxLayout, QWidget

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from .layers import PanelLayer

LAYER_TITLES = {
    "reference": QT_TRANSLATE_NOOP("PanelLayers", "Reference"),
    "sketch": QT_TRANSLATE_NOOP("PanelLayers", "Sketch"),
    "notes": QT_TRANSLATE_NOOP("PanelLayers", "Notes"),
}


def layer_title(name: str) -> str:
    """How the editor names a layer (the three standard ones translated, others as saved)."""
    return QCoreApplication.translate("PanelLayers", LAYER_TITLES[name]) if name in LAYER_TITLES else name


class LayersPanel(QWidget):
    """A checkable list of layers (ticked = visible, current = active) and the current layer's opacity."""

    active_changed = Signal(int)
    visibility_changed = Signal(int, bool)
    opacity_changed = Signal(int, float)
    """Sent when the user lets go of the opacity slider (one saved change, not one per step)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Layers (ticked layers are visible)"))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setAccessibleName(self.tr("Opacity of the active layer"))
        self.opacity_label = QLabel(self.tr("Opacity"), self)
        self.opacity_label.setBuddy(self.opacity)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.opacity_label)
        layout.addWidget(self.opacity)
        self._filling = False
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.opacity.sliderReleased.connect(self._on_opacity_released)
        self.opacity.valueChanged.connect(self._on_opacity_value_changed)

    def show_layers(self, layers: list[PanelLayer], active: int) -> None:
        """Show the layers top first without echoing any signal."""
        self._filling = True
        self.list.clear()
        for layer in reversed(layers):
            item = QListWidgetItem(layer_title(layer.name), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(self._row(active))
        self.opacity.setValue(round(layers[active].opacity * 100) if layers else 100)
        self._filling = False

    def _row(self, index: int) -> int:
        """Rows list the top layer first; layer indexes count from the bottom."""
        return self.list.count() - 1 - index

    def _on_list_current_row_changed(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.active_changed.emit(self._row(row))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            visible = item.checkState() == Qt.CheckState.Checked
            self.visibility_changed.emit(self._row(self.list.row(item)), visible)

    def _on_opacity_released(self) -> None:
        if not self._filling:
            self.opacity_changed.emit(self._row(self.list.currentRow()), self.opacity.value() / 100)

    def _on_opacity_value_changed(self, _value: int) -> None:
        """Keyboard steps on the slider save at once; a drag saves when released."""
        if not self._filling and not self.opacity.isSliderDown():
            self._on_opacity_released()
