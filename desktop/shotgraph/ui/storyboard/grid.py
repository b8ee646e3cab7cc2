"""The storyboard grid: the current episode's shots as 9:16 panels in episode order.

Panels are selected with the mouse or keyboard (synced with the other views through the
bridge), opened for drawing with Enter or a double-click (``activated``), dragged to reorder the
cut, and take an image file dropped on them as their frame.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDrag, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from ..badges import ShotBadges
from ..bridge import DocumentBridge
from ..commands import CommandRegistry
from ..commands.menus import EMPTY_MENU, SHOT_MENU, by_keyboard, opens_context_menu
from .delegate import PanelDelegate
from .dropping import DropTarget, drop_target
from .frames import drop_frame
from .labels import caption
from .model import StoryboardModel
from .reorder import nudged
from .roles import ShotRole

__all__ = ["StoryboardGrid", "StoryboardModel", "caption", "ShotRole"]

_NUDGES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class StoryboardGrid(QListView):
    """Shots as a wrapping grid of storyboard panels."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._drop: DropTarget | None = None
        self.commands: CommandRegistry | None = None
        self.context_menu: QMenu | None = None
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.viewport().setAcceptDrops(True)  # a static icon-mode list turns it off
        self.setItemDelegate(PanelDelegate(self))
        model = StoryboardModel(bridge, badges, self)
        model.frame_dropper = self._on_model_frame_dropped
        self.setModel(model)
        self.setAccessibleName(self.tr("Storyboard"))
        self.setAccessibleDescription(self.tr(
            "Shots in cut order. Press Enter or double-click a panel to draw it; drag panels or press "
            "Ctrl+Shift+Left or Right to reorder; drop an image on a panel to make it the frame."))
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        self.selectionModel().selectionChanged.connect(self._on_grid_selection_changed)

    def use_commands(self, commands: CommandRegistry) -> None:
        """Offer the window's commands in the panels' context menus and answer their keys here."""
        self.commands = commands
        commands.attach([self])

    def storyboard(self) -> StoryboardModel:
        model = self.model()
        assert isinstance(model, StoryboardModel)
        return model

    def select_shot(self, shot_id: str) -> bool:
        """Make the shot with this id current and scroll to it; False when it is not shown."""
        row = self.storyboard().row_of(shot_id)
        if row is None:
            return False
        index = self.storyboard().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    # -- selection ------------------------------------------------------------------------

    def _on_bridge_selection_changed(self, source: object) -> None:
        if source is self:
            return
        model, selection = self.storyboard(), self.selectionModel()
        selection.blockSignals(True)
        self.clearSelection()
        rows = [r for r in (model.row_of(s) for s in self._bridge.selected) if r is not None]
        for row in rows:
            selection.select(model.index(row, 0), selection.SelectionFlag.Select)
        if rows:
            selection.setCurrentIndex(model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)
            self.scrollTo(model.index(rows[0], 0))
        selection.blockSignals(False)
        self.viewport().update()

    def _on_grid_selection_changed(self, *_args: object) -> None:
        self._bridge.select(self._selected_ids(), self)

    def _selected_ids(self) -> list[str]:
        """The selected shots in episode order, the current one first."""
        rows = sorted(index.row() for index in self.selectedIndexes())
        ids = [self.storyboard().shot_ids()[r] for r in rows]
        current = self.currentIndex()
        if current.isValid() and current.row() in rows:
            ids.insert(0, current.data(ShotRole))
        return list(dict.fromkeys(ids))

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        command = self.commands.key_command(QKeySequence(event.keyCombination())) if self.commands else None
        if command is not None and self.commands is not None:
            self.commands.trigger(command)  # the shortcut map passed it on (a disabled command)
        elif opens_context_menu(event):
            self.open_context_menu(None)
        elif key in _NUDGES and modifiers & _CTRL_SHIFT == _CTRL_SHIFT:
            self.move_selected(_NUDGES[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._make_current(self.currentIndex())
            self.activated.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_selected(self, step: int) -> bool:
        """Move the selected panels one place earlier (-1) or later (+1) as one undoable edit."""
        model = self.storyboard()
        return model.push_order(nudged(model.shot_ids(), self._selected_ids(), step))

    def _make_current(self, index: QModelIndex) -> None:
        """The panel under the cursor becomes the current shot, keeping the selection it belongs to."""
        ids = self._selected_ids()
        shot_id = index.data(ShotRole)
        self._bridge.select([shot_id, *ids] if shot_id in ids else [shot_id], None)

    # -- context menu ---------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.open_context_menu(None if by_keyboard(event) else event.pos())

    def open_context_menu(self, at: QPoint | None) -> QMenu | None:
        """The menu of the panel at ``at`` (None: the current panel, from the keyboard), or of the
        empty storyboard; the panel becomes the selection first when it is not in it."""
        if self.commands is None:
            return None
        index = self.currentIndex() if at is None else self.indexAt(at)
        names: tuple[str, ...]
        if index.isValid():
            if index.data(ShotRole) not in self._bridge.selected:
                self._bridge.select([index.data(ShotRole)])
            at, names, title = self.visualRect(index).center(), SHOT_MENU, self.tr("Panel menu")
        else:
            self._bridge.select([])
            at, names, title = at or self.viewport().rect().center(), EMPTY_MENU, self.tr("Storyboard menu")
        self.context_menu = self.commands.context_menu(names, self, title)
        self.context_menu.popup(self.viewport().mapToGlobal(at))
        return self.context_menu

    # -- drag and drop --------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:
        indexes = sorted(self.selectedIndexes(), key=QModelIndex.row)
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.storyboard().mimeData(indexes))
        picture = self.viewport().grab(self.visualRect(indexes[0]))
        drag.setPixmap(picture.scaledToWidth(max(1, picture.width() // 2),
                                             Qt.TransformationMode.SmoothTransformation))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event) -> None:
        self._drop = drop_target(self, event.mimeData(), event.position().toPoint())
        if self._drop is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.MoveAction if self._drop.reorder else Qt.DropAction.CopyAction)
            event.accept()
        self._scroll_near_edge(event.position().toPoint().y())
        self.viewport().update()

    def _scroll_near_edge(self, y: int) -> None:
        """Scroll while a drag hovers near the top or bottom, so a panel can be carried down a long episode."""
        margin = self.autoScrollMargin()
        if y < margin or y > self.viewport().height() - margin:
            self.startAutoScroll()
        else:
            self.stopAutoScroll()

    def dragLeaveEvent(self, event) -> None:
        self._drop = None
        self.stopAutoScroll()
        self.viewport().update()

    def dropEvent(self, event) -> None:
        target = drop_target(self, event.mimeData(), event.position().toPoint())
        self._drop = None
        self.stopAutoScroll()
        self.viewport().update()
        if target is None:
            event.ignore()
            return
        model = self.storyboard()
        parent = QModelIndex() if target.reorder else model.index(target.row, 0)
        row = target.row if target.reorder else -1
        action = Qt.DropAction.MoveAction if target.reorder else Qt.DropAction.CopyAction
        event.setDropAction(action)
        event.accept()
        model.dropMimeData(event.mimeData(), action, row, 0, parent)

    def _on_model_frame_dropped(self, shot_id: str, urls) -> bool:
        return drop_frame(self, self._bridge, shot_id, urls)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop is not None:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            self._drop.paint(painter, self)
            painter.end()

