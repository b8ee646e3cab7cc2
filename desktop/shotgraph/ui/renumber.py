"""Renumbering the current episode's shots under a scheme, with a preview before applying
(Edit ▸ Renumber Shots…)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.edits.numbering import RenumberShots, Scheme, renumbered
from shotgraph.core.model import Episode

from .bridge import DocumentBridge


class RenumberDialog(QDialog):
    """Choose a scheme, see every shot's old and new code, apply as one undo step."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        episode = bridge.episode
        assert episode is not None
        self._episode: Episode = episode
        self.setWindowTitle(self.tr("Renumber Episode {number}").format(number=episode.number))
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Numbering scheme"))
        for text, scheme in ((self.tr("1, 2, 3 … through the episode"), Scheme.SEQUENTIAL),
                             (self.tr("1A, 1B … scene number and letter"), Scheme.LETTERS),
                             (self.tr("3-1, 3-2 … scene and shot"), Scheme.SCENE_SHOT)):
            self.scheme.addItem(text, scheme.value)
        self.preview = QTableWidget(0, 2, self)
        self.preview.setAccessibleName(self.tr("Old and new shot codes"))
        self.preview.setHorizontalHeaderLabels([self.tr("Now"), self.tr("After")])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("Renumber"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Scheme"), self.scheme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.scheme.currentIndexChanged.connect(self._on_scheme_changed)
        self._on_scheme_changed()
        self.resize(420, 520)

    def codes(self) -> dict[str, str]:
        """New code by shot id under the chosen scheme."""
        assert self._bridge.document is not None
        return renumbered(self._bridge.document, self._episode, Scheme(self.scheme.currentData()))

    def _on_scheme_changed(self, *_args: object) -> None:
        codes = self.codes()
        shots = self._bridge.episode_order(self._episode)
        self.preview.setRowCount(len(shots))
        for row, shot in enumerate(shots):
            self.preview.setItem(row, 0, QTableWidgetItem(shot.code))
            self.preview.setItem(row, 1, QTableWidgetItem(codes[shot.id]))

    def accept(self) -> None:
        if self._bridge.push(RenumberShots(self._episode.id, self.codes())):
            super().accept()


def renumber_current_episode(bridge: DocumentBridge, parent: QWidget) -> bool:
    """Open the dialog for the current episode; True when the shots were renumbered."""
    if bridge.episode is None:
        return False
    dialog = RenumberDialog(bridge, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class RenumberAction(QAction):
    """Edit ▸ Renumber Shots…: the dialog for the episode on show; disabled while there is none."""

    def __init__(self, bridge: DocumentBridge, window: QMainWindow) -> None:
        super().__init__(self.tr("&Renumber Shots…"), window)
        self._bridge, self._window = bridge, window
        self.triggered.connect(self._on_action_triggered)
        bridge.episode_changed.connect(self._on_bridge_episode_changed)
        self.setEnabled(bridge.episode is not None)

    def _on_action_triggered(self) -> None:
        renumber_current_episode(self._bridge, self._window)

    def _on_bridge_episode_changed(self, episode_id: str) -> None:
        self.setEnabled(bool(episode_id))


def install_renumber_action(window) -> RenumberAction:
    """Add Edit ▸ Renumber Shots… to a main window."""
    action = RenumberAction(window.bridge, window)
    window.edit_menu.addAction(action)
    return action
