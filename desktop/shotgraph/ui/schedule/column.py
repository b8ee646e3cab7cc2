"""One column of the stripboard: a shooting day (or the unscheduled shots) and its strips.

Strips are setups, with their shots as rows under them. A drag carries setups or shots
as ShotGraph's own data; the drop asks the board for the edit, so Qt never moves items
itself: the board refills every column from the project after the edit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.planning.summary import DaySummary

from .drops import SETUPS, SHOTS
from .header import DayHeader, is_menu_key
from .strips import OVER_COLOUR, STRIP_TEXT, day_details, day_heading, shot_text, strip_colour, strip_text

MIME = "application/x-shotgraph-schedule"
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 330

Dropped = Callable[[str, list[str], "str | None", "str | None", int], bool]
"""The board's handler: (kind, ids, day id or None for unscheduled, target setup id, row)."""


def payload(kind: str, ids: list[str]) -> QMimeData:
    """What a drag of setups or shots carries."""
    data = QMimeData()
    data.setData(MIME, json.dumps({"kind": kind, "ids": ids}).encode("utf-8"))
    return data


def read_payload(data: QMimeData) -> tuple[str, list[str]] | None:
    if not data.hasFormat(MIME):
        return None
    try:
        content = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
        return str(content["kind"]), [str(i) for i in content["ids"]]
    except (ValueError, KeyError, TypeError):
        return None


class StripDelegate(QStyledItemDelegate):
    """Rows as the default, with a rule under each so strips of one colour stay apart."""

    RULE = QColor("#8a8a8a")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        painter.save()
        painter.setPen(self.RULE)
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 4)


class StripTree(QTreeWidget):
    """The strips of one column; drops become edits through ``dropped``.

    ``menu_requested`` carries where a menu should open (global coordinates) and whether it
    is for the selected rows (True) or for the column's empty space (False).
    """

    menu_requested = Signal(QPoint, bool)

    def __init__(self, day_id: str | None, dropped: Dropped, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_id, self._dropped = day_id, dropped
        self.setHeaderHidden(True)
        self.setRootIsDecorated(day_id is not None)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(True)
        self.setItemDelegate(StripDelegate(self))

    # -- what the selection means ---------------------------------------------------------

    def chosen(self) -> tuple[str, list[str]] | None:
        """What a menu acts on: the selected strips when the current row is a strip, else the selected shots."""
        current = self.currentItem()
        items = self._selected_in_order()
        if current is not None and current not in items:
            items = [current]
        if not items:
            return None
        kind = (current or items[0]).data(0, KIND_ROLE)
        return kind, [item.data(0, ID_ROLE) for item in items if item.data(0, KIND_ROLE) == kind]

    def selected_shot_ids(self) -> list[str]:
        """The shots of the selected rows (a strip stands for its shots), the current row's first."""
        items = self._selected_in_order()
        current = self.currentItem()
        if current in items:
            items.remove(current)
            items.insert(0, current)
        return list(dict.fromkeys(shot for item in items for shot in _shots_of(item)))

    def _selected_in_order(self) -> list[QTreeWidgetItem]:
        found, iterator = [], QTreeWidgetItemIterator(self, QTreeWidgetItemIterator.IteratorFlag.Selected)
        while iterator.value():
            found.append(iterator.value())
            iterator += 1
        return found

    def highlight(self, shot_ids: set[str]) -> QTreeWidgetItem | None:
        """Select the rows of these shots (a strip when all its shots are in) and make the first current."""
        self.clearSelection()
        first: QTreeWidgetItem | None = None
        for item in _top_level_items(self):
            shots = _shots_of(item)
            if shots and set(shots) <= shot_ids:
                rows = [item]
            else:
                rows = [child for child in _children(item) if child.data(0, ID_ROLE) in shot_ids]
                item.setExpanded(item.isExpanded() or bool(rows))
            for row in rows:
                row.setSelected(True)
            first = first or (rows[0] if rows else None)
        if first is not None:
            self.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollToItem(first)
        return first

    # -- keyboard and menus -----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """The menu keys open this list's menu even when a window command uses them."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_menu_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_menu_key(event):
            self._request_menu_at_current()
            event.accept()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._request_menu_at_current()
            return
        on_row = self.itemAt(self.viewport().mapFromGlobal(event.globalPos())) is not None
        self.menu_requested.emit(event.globalPos(), on_row)

    def _request_menu_at_current(self) -> None:
        """From the keyboard the menu is for the current row, opened beside it."""
        item = self.currentItem()
        rect = self.visualItemRect(item) if item is not None else self.viewport().rect()
        self.menu_requested.emit(self.viewport().mapToGlobal(rect.center()), item is not None)

    # -- drag and drop ----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        """Setups when a strip is dragged (the first one's kind decides), else the shots."""
        kind = items[0].data(0, KIND_ROLE) if items else SHOTS
        return payload(kind, [item.data(0, ID_ROLE) for item in items if item.data(0, KIND_ROLE) == kind])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if read_payload(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if read_payload(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        content = read_payload(event.mimeData())
        if content is None:
            event.ignore()
            return
        setup_id, row = self.target(event.position().toPoint())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._dropped(content[0], content[1], self.day_id, setup_id, row)

    def target(self, point: QPoint) -> tuple[str | None, int]:
        """The setup under the point (if any) and the strip row a setup dropped there takes."""
        item = self.itemAt(point)
        if item is None:
            return None, self.topLevelItemCount()
        strip = item.parent() or item
        row = self.indexOfTopLevelItem(strip)
        if strip is item and point.y() > self.visualItemRect(item).center().y():
            row += 1
        return (strip.data(0, ID_ROLE) if strip.data(0, KIND_ROLE) == SETUPS else None), row


class DayColumn(QFrame):
    """A day's heading (date, "Day X of Y", length against the maximum) over its strips."""

    def __init__(self, day_id: str | None, dropped: Dropped, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_id = day_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.header = DayHeader(day_id is not None, self)
        self.title, self.length = self.header.title, self.header.length
        self.strips = StripTree(day_id, dropped, self)
        if day_id is None:  # a day's column is named with its date when filled
            self.strips.setAccessibleName(self.tr("Unscheduled shots"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.strips, 1)

    @property
    def over(self) -> bool:
        return self.length.property("over") is True

    def show_day(self, summary: DaySummary, shot_codes: dict[str, tuple[str, str]],
                 location_names: dict[str, str]) -> None:
        title, length = day_heading(summary)
        self.header.details.setText(day_details(summary.day, location_names))
        self.header.details.show()
        self.title.setText(title)
        self.length.setText(length)
        self.length.setProperty("over", summary.over)
        self.length.setStyleSheet(f"color: {OVER_COLOUR}; font-weight: bold;" if summary.over else "")
        self.strips.setAccessibleName(self.tr("Strips of shooting day {date}").format(date=summary.day.date))
        status = self.tr("final") if summary.day.final else self.tr("draft")
        self.header.setAccessibleName(self.tr("Shooting day {date}, day {number} of {total}, {status}").format(
            date=summary.day.date, number=summary.number, total=summary.of, status=status))
        self.strips.clear()
        for row in summary.setups:
            strip = QTreeWidgetItem([strip_text(row)])
            strip.setData(0, ID_ROLE, row.setup_id)
            strip.setData(0, KIND_ROLE, SETUPS)
            strip.setBackground(0, QBrush(strip_colour(row)))
            strip.setForeground(0, QBrush(STRIP_TEXT))
            for shot_id in row.shot_ids:
                code, scene = shot_codes.get(shot_id, (shot_id, ""))
                strip.addChild(_shot_item(shot_id, shot_text(code, scene)))
            self.strips.addTopLevelItem(strip)

    def show_unscheduled(self, shots: list[tuple[str, str]]) -> None:
        """The pooled shots, each (shot id, text)."""
        self.title.setText(self.tr("Unscheduled"))
        self.length.setText(self.tr("{count} live or hybrid shots on no day").format(count=len(shots)) if shots
                            else self.tr("Every live and hybrid shot is on a day"))
        self.strips.clear()
        for shot_id, text in shots:
            self.strips.addTopLevelItem(_shot_item(shot_id, text))


def _top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's rows at the top, in order (Qt gives None only for a row out of range)."""
    return [item for k in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(k)) is not None]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The rows under ``item``, in order."""
    return [child for k in range(item.childCount()) if (child := item.child(k)) is not None]


def _shots_of(item: QTreeWidgetItem) -> list[str]:
    if item.data(0, KIND_ROLE) == SETUPS:
        return [child.data(0, ID_ROLE) for child in _children(item)]
    return [item.data(0, ID_ROLE)]


def _shot_item(shot_id: str, text: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setData(0, ID_ROLE, shot_id)
    item.setData(0, KIND_ROLE, SHOTS)
    return item
