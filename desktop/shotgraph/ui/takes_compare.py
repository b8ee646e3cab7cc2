"""Compare Takes: one AI or hybrid shot's takes side by side, large enough to judge, to circle one.

The shot's storyboard frame comes first, then every take in its order, each labelled with its number,
seed, model, compute seconds and cost; the chosen one is framed and starred. The arrow keys move between
takes; Return or Space (or a double-click) chooses the focused one, Delete removes it, Esc closes. Each
is one undo step, and Undo and Redo work here as in the main window. The view follows every change of
the project, wherever it was made, and closes when its shot goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.changes import Changes
from shotgraph.core.model import Mode, Shot

from .bridge import REDO_KEYS, DocumentBridge
from .screen_layout import fit_to_screen
from .take_edits import choose_take, remove_take
from .take_posters import Poster, TakePosters, tile_pixmap
from .take_text import take_facts, take_provenance, take_title, takes_heading

COMPARE_KEYS = QKeySequence("Ctrl+Shift+T")
POSTER_BOX = QSize(340, 340)
"""The square a poster fits in; its shape follows the project's delivery format."""
TakeRole = Qt.ItemDataRole.UserRole + 1
"""The take id of a tile; None on the storyboard frame's."""
CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class TakeTiles(QListWidget):
    """The frame and the takes as tiles in rows that wrap; Return, Space and Delete act on the focused take."""

    choose_requested = Signal(str)
    remove_requested = Signal(str)

    def current_take(self) -> str | None:
        item = self.currentItem()
        return item.data(TakeRole) if item is not None else None

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """The arrows and Home move between takes only: the storyboard frame is there to compare with."""
        index = super().moveCursor(action, modifiers)
        if index.isValid() and index.row() == 0 and self.count() > 1:
            return self.currentIndex() if self.currentRow() > 0 else self.model().index(1, 0)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        take_id = self.current_take()
        if event.key() in CHOOSE_KEYS and not event.modifiers():
            if take_id is not None:
                self.choose_requested.emit(take_id)
            event.accept()
        elif event.key() in REMOVE_KEYS and not event.modifiers():
            if take_id is not None:
                self.remove_requested.emit(take_id)
            event.accept()
        else:
            super().keyPressEvent(event)


class CompareTakesDialog(QDialog):
    """The takes of the shot ``shot_id`` side by side."""

    def __init__(self, bridge: DocumentBridge, shot_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_takes")
        self._bridge, self.shot_id = bridge, shot_id
        self.posters = TakePosters(_poster_box(bridge), self.devicePixelRatioF(), self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tiles = self._tiles()
        self.hint = QLabel(self.tr("Arrows move between takes · Return or Space chooses · Delete removes · "
                                   "Esc closes"), self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.choose_button = self._button(buttons, self.tr("Choose Take"), self._on_choose_clicked)
        self.remove_button = self._button(buttons, self.tr("Remove Take"), self._on_remove_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tiles, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._add_undo_keys()
        self.posters.ready.connect(self._update_pictures)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.opened.connect(self.close)
        fit_to_screen(self, QSize(1180, 760))
        self.refresh()

    def _tiles(self) -> TakeTiles:
        tiles = TakeTiles(self)
        tiles.setAccessibleName(self.tr("Storyboard frame and takes"))
        tiles.setViewMode(QListWidget.ViewMode.IconMode)
        tiles.setIconSize(self.posters.box)
        tiles.setGridSize(self._grid_size())
        tiles.setResizeMode(QListWidget.ResizeMode.Adjust)
        tiles.setMovement(QListWidget.Movement.Static)
        tiles.setWordWrap(True)
        tiles.itemDoubleClicked.connect(self._on_tiles_double_clicked)
        tiles.currentItemChanged.connect(self._update_buttons)
        tiles.choose_requested.connect(self.choose)
        tiles.remove_requested.connect(self.remove)
        return tiles

    def _grid_size(self) -> QSize:
        lines = QFontMetrics(self.font()).lineSpacing() * 5  # a title and up to three facts, with room
        return QSize(self.posters.box.width() + 24, self.posters.box.height() + lines + 24)

    def _button(self, box: QDialogButtonBox, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _add_undo_keys(self) -> None:
        """Undo and Redo answer here too: the main window's keys do not reach a window of its own."""
        undo = self._bridge.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._bridge.undo_stack.createRedoAction(self)
        redo.setShortcuts(REDO_KEYS)
        self.addActions([undo, redo])

    def shot(self) -> Shot | None:
        document = self._bridge.document
        return document.index.shots.get(self.shot_id) if document is not None else None

    def take_ids(self) -> list[str]:
        """The takes shown, in order (the frame's tile comes first and is not one)."""
        return [self.tiles.item(row).data(TakeRole) for row in range(1, self.tiles.count())]

    def refresh(self) -> None:
        """Show the shot as it is now, the focus staying on the take it was on (or the next one)."""
        shot = self.shot()
        if shot is None:
            return
        self.setWindowTitle(self.tr("Compare Takes: {code}").format(code=shot.code))
        self.heading.setText(takes_heading(shot))
        self.posters.set_folder(self._bridge.folder)
        focused, row = self.tiles.current_take(), max(self.tiles.currentRow(), 1)
        self.tiles.clear()
        self.tiles.addItem(self._frame_tile(shot))
        for number in range(1, len(shot.ai.takes) + 1):
            self.tiles.addItem(self._take_tile(shot, number))
        ids = self.take_ids()
        if ids:
            self.tiles.setCurrentRow(ids.index(focused) + 1 if focused in ids else min(row, len(ids)))
        self._update_buttons()

    def _frame_tile(self, shot: Shot) -> QListWidgetItem:
        item = QListWidgetItem(self.tr("Storyboard frame"))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(TakeRole, None)
        item.setIcon(self._icon(self.posters.frame(shot.frame), chosen=False))
        return item

    def _take_tile(self, shot: Shot, number: int) -> QListWidgetItem:
        take = shot.ai.takes[number - 1]
        chosen = take.id == shot.ai.chosen_take_id
        project = self._bridge.project
        assert project is not None  # a shot is shown
        currency = project.budget.currency
        width = self.posters.box.width() + 16
        metrics = QFontMetrics(self.tiles.font())
        lines = [take_title(number, chosen), *take_facts(take, currency)]
        text = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)
        item = QListWidgetItem(self._icon(self.posters.take(take), chosen), text)
        item.setData(TakeRole, take.id)
        item.setToolTip(take_provenance(take, currency))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
        return item

    def _icon(self, poster: Poster, chosen: bool) -> QIcon:
        return QIcon(tile_pixmap(poster, self.posters.box, self.posters.ratio, chosen))

    def _update_pictures(self) -> None:
        """Pictures read in the background have arrived: redraw the tiles."""
        shot = self.shot()
        if shot is None:
            return
        self.tiles.item(0).setIcon(self._icon(self.posters.frame(shot.frame), chosen=False))
        for row, take in enumerate(shot.ai.takes, start=1):
            if row < self.tiles.count():
                self.tiles.item(row).setIcon(self._icon(self.posters.take(take), take.id == shot.ai.chosen_take_id))

    def _update_buttons(self, *_args: object) -> None:
        picked = self.tiles.current_take() is not None
        self.choose_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    def choose(self, take_id: str) -> bool:
        """Circle the take (one undo step)."""
        return choose_take(self._bridge, self.shot_id, take_id)

    def remove(self, take_id: str) -> bool:
        """Remove the take (one undo step)."""
        return remove_take(self._bridge, self.shot_id, take_id)

    def _on_choose_clicked(self) -> None:
        if (take_id := self.tiles.current_take()) is not None:
            self.choose(take_id)

    def _on_remove_clicked(self) -> None:
        if (take_id := self.tiles.current_take()) is not None:
            self.remove(take_id)

    def _on_tiles_double_clicked(self, item: QListWidgetItem) -> None:
        if (take_id := item.data(TakeRole)) is not None:
            self.choose(take_id)

    def _on_bridge_changed(self, changes: Changes) -> None:
        if self.shot_id in changes.shots_removed or self.shot() is None:
            self.close()
        elif self.shot_id in changes.shots or changes.settings:
            self.refresh()


def _poster_box(bridge: DocumentBridge) -> QSize:
    """The poster's size: the delivery format's shape inside ``POSTER_BOX``."""
    project = bridge.project
    if project is None or project.delivery.width <= 0 or project.delivery.height <= 0:
        return QSize(POSTER_BOX)
    return QSize(project.delivery.width, project.delivery.height).scaled(POSTER_BOX, Qt.AspectRatioMode.KeepAspectRatio)


def open_compare_takes(bridge: DocumentBridge, parent: QWidget | None) -> CompareTakesDialog | None:
    """Open Compare Takes on the current shot when it is AI or hybrid; None otherwise."""
    shot = bridge.current_shot
    if shot is None or shot.mode is Mode.LIVE:
        return None
    dialog = CompareTakesDialog(bridge, shot.id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.tiles.setFocus()
    return dialog


def compare_takes_action(bridge: DocumentBridge, parent: QWidget) -> QAction:
    """View ▸ Compare Takes… (Ctrl+Shift+T): the current shot's takes side by side."""
    action = QAction(QCoreApplication.translate("CompareTakesDialog", "Compare Takes…"), parent)
    action.setObjectName("compare_takes_action")
    action.setShortcut(COMPARE_KEYS)
    action.setStatusTip(QCoreApplication.translate(
        "CompareTakesDialog", "Show the current AI shot's storyboard frame and takes side by side to choose one"))
    action.triggered.connect(lambda _checked=False: open_compare_takes(bridge, parent.window()))
    return action
