"""AI takes of the current shot side by side: add a generated image, mark the chosen one.

Each take shows its image (for a video take, its poster image when one is set), seed and
note; the chosen take is starred and named so. Adding a take counts one more "card draw"
in the shot's takes tried, which the budget uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
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
from shotgraph.core.model import Mode, Shot, Take, new_id

from .bridge import DocumentBridge
from .media import MediaError, decode_picture, import_image, media_picture

THUMB = QSize(135, 240)
TakeRole = Qt.ItemDataRole.UserRole + 1


class TakesPanel(QWidget):
    """The takes of the current AI or hybrid shot."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
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
        buttons = QHBoxLayout()
        for button in (self.add_button, self.choose_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.takes, 1)
        layout.addLayout(buttons)
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
        if shot is None:
            self.heading.setText(self.tr("Select an AI or hybrid shot to compare its takes."))
        else:
            self.heading.setText(self.tr("{code}: {count} takes kept, {tried} tried").format(
                code=shot.code, count=len(shot.ai.takes), tried=shot.ai.takes_tried))
            for take in shot.ai.takes:
                self.takes.addItem(self._item(shot, take))
        self._update_buttons()

    def _item(self, shot: Shot, take: Take) -> QListWidgetItem:
        chosen = take.id == shot.ai.chosen_take_id
        lines = [("★ " + self.tr("chosen")) if chosen else self.tr("take")]
        if take.seed is not None:
            lines.append(self.tr("seed {seed}").format(seed=take.seed))
        if take.video and not take.image:
            lines.append(self.tr("video: {name}").format(name=Path(take.video).name))
        if take.note:
            lines.append(take.note)
        item = QListWidgetItem(QIcon(self._thumbnail(take)), "\n".join(lines))
        item.setData(TakeRole, take.id)
        return item

    def _thumbnail(self, take: Take) -> QPixmap:
        """The take's picture (read as every project picture is: see ``ui.media``), or a grey placeholder."""
        picture = media_picture(self._bridge.folder, take.image) if take.image else None
        image = decode_picture(picture, THUMB) if picture is not None else QImage()
        if image.isNull():
            placeholder = QPixmap(THUMB)
            placeholder.fill(QColor("#d9dbe0"))
            return placeholder
        return QPixmap.fromImage(image)

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(self.shot() is not None)
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
        return self._bridge.push(UpdateShot(shot.id, {"ai": ai}, text="Add AI Take"))

    def _on_add_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add Take Image"), str(self._bridge.folder or ""),
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if name:
            self.add_take(Path(name))

    def _on_choose_clicked(self, *_args: object) -> None:
        shot, take_id = self.shot(), self._picked()
        if shot is not None and take_id is not None:
            ai = shot.ai.model_copy(update={"chosen_take_id": take_id})
            self._bridge.push(UpdateShot(shot.id, {"ai": ai}, text="Choose AI Take"))

    def _on_remove_clicked(self) -> None:
        shot, take_id = self.shot(), self._picked()
        if shot is not None and take_id is not None:
            chosen = None if shot.ai.chosen_take_id == take_id else shot.ai.chosen_take_id
            takes = [t for t in shot.ai.takes if t.id != take_id]
            ai = shot.ai.model_copy(update={"takes": takes, "chosen_take_id": chosen})
            self._bridge.push(UpdateShot(shot.id, {"ai": ai}, text="Remove AI Take"))
