"""AI takes of the current shot side by side: add a generated image, mark the chosen one, compare them.

Each take shows its image (for a video take, its poster image when one is set, else its first frame),
number, seed and note, and where it came from in its tooltip; the chosen take is framed and starred.
The heading counts the takes kept and the draws tried. Adding a take counts one more "card draw" in the
shot's draws tried, which the budget uses. Compare Takes… opens them large, side by side.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.edits import UpdateShot
from shotgraph.core.edits.base import EditName
from shotgraph.core.model import Mode, Shot, Take, new_id

from .bridge import DocumentBridge
from .media import MediaError, import_image
from .take_edits import choose_take, remove_take
from .take_posters import TakePosters, tile_pixmap
from .take_text import seed_text, take_provenance, take_title, takes_heading
from .takes_compare import compare_takes_action

THUMB = QSize(135, 240)
TakeRole = Qt.ItemDataRole.UserRole + 1


class TakesPanel(QWidget):
    """The takes of the current AI or hybrid shot."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.posters = TakePosters(THUMB, self.devicePixelRatioF(), self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.takes = QListWidget(self)
        self.takes.setAccessibleName(self.tr("AI takes of the shot"))
        self.takes.setViewMode(QListWidget.ViewMode.IconMode)
        self.takes.setIconSize(THUMB)
        self.takes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.takes.setMovement(QListWidget.Movement.Static)
        self.takes.setWordWrap(True)
        self.takes.setSpacing(8)
        self.add_button = self._button(self.tr("Add Take Image…"), self._on_add_clicked)
        self.choose_button = self._button(self.tr("Mark Chosen"), self._on_choose_clicked)
        self.remove_button = self._button(self.tr("Remove Take"), self._on_remove_clicked)
        self.compare_action = compare_takes_action(bridge, self)
        self.addAction(self.compare_action)
        self.compare_button = self._button(self.compare_action.text(), self.compare_action.trigger)
        self.compare_button.setToolTip(self.compare_action.statusTip())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.choose_button, self.remove_button):
            buttons.addWidget(button)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_button)
        compare.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.takes, 1)
        layout.addLayout(buttons)
        layout.addLayout(compare)
        self.posters.ready.connect(self._update_pictures)
        self.takes.itemDoubleClicked.connect(self._on_choose_clicked)
        self.takes.currentItemChanged.connect(self._update_buttons)
        for signal in (bridge.opened, bridge.selection_changed, bridge.changed):
            signal.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def shot(self) -> Shot | None:
        """The current shot when it is AI or hybrid."""
        shot = self._bridge.current_shot
        return shot if shot is not None and shot.mode is not Mode.LIVE else None

    def refresh(self, *_args: object) -> None:
        shot = self.shot()
        self.takes.clear()
        self.posters.set_folder(self._bridge.folder)
        if shot is None:
            self.heading.setText(self.tr("Select an AI or hybrid shot to compare its takes."))
        else:
            self.heading.setText(takes_heading(shot))
            for number, take in enumerate(shot.ai.takes, start=1):
                self.takes.addItem(self._item(shot, number, take))
        self._update_buttons()

    def _item(self, shot: Shot, number: int, take: Take) -> QListWidgetItem:
        chosen = take.id == shot.ai.chosen_take_id
        lines = [take_title(number, chosen)]
        if take.seed is not None:
            lines.append(seed_text(take))
        if take.video and not take.image:
            lines.append(self.tr("video: {name}").format(name=Path(take.video).name))
        if take.note:
            lines.append(take.note)
        item = QListWidgetItem(self._icon(shot, take), "\n".join(lines))
        item.setData(TakeRole, take.id)
        project = self._bridge.project
        assert project is not None  # a shot is shown
        item.setToolTip(take_provenance(take, project.budget.currency))
        return item

    def _icon(self, shot: Shot, take: Take) -> QIcon:
        """The take's picture (read in the background, see ``ui.take_posters``), or a card saying why not."""
        chosen = take.id == shot.ai.chosen_take_id
        return QIcon(tile_pixmap(self.posters.take(take), THUMB, self.posters.ratio, chosen))

    def _update_pictures(self) -> None:
        shot = self.shot()
        if shot is None:
            return
        for row in range(self.takes.count()):
            take_id = self.takes.item(row).data(TakeRole)
            take = next((t for t in shot.ai.takes if t.id == take_id), None)
            if take is not None:
                self.takes.item(row).setIcon(self._icon(shot, take))

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(self.shot() is not None)
        self.compare_action.setEnabled(self.shot() is not None)
        self.compare_button.setEnabled(self.shot() is not None)
        picked = self.takes.currentItem() is not None
        self.choose_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    def _picked(self) -> str | None:
        item = self.takes.currentItem()
        return item.data(TakeRole) if item is not None else None

    def add_take(self, image: Path) -> bool:
        """Copy ``image`` into the project as a new take of the current shot (one undo step)."""
        shot = self.shot()
        if shot is None:
            return False
        try:
            relative = import_image(image, self._bridge.folder, "takes", shot.code)
        except MediaError as error:
            QMessageBox.warning(self, self.tr("Cannot add this take"), str(error))
            return False
        takes = [*shot.ai.takes, Take(id=new_id("tk"), image=relative)]
        tried = max(shot.ai.takes_tried, len(shot.ai.takes)) + 1
        ai = shot.ai.model_copy(update={"takes": takes, "takes_tried": tried})
        return self._bridge.push(UpdateShot(shot.id, {"ai": ai}, EditName("Add AI Take")))

    def _on_add_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add Take Image"), str(self._bridge.folder or ""),
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if name:
            self.add_take(Path(name))

    def _on_choose_clicked(self, *_args: object) -> None:
        shot, take_id = self.shot(), self._picked()
        if shot is not None and take_id is not None:
            choose_take(self._bridge, shot.id, take_id)

    def _on_remove_clicked(self) -> None:
        shot, take_id = self.shot(), self._picked()
        if shot is not None and take_id is not None:
            remove_take(self._bridge, shot.id, take_id)
