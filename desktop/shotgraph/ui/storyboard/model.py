"""The storyboard's list model: the current episode's shots in episode order.

It follows the document through the bridge's ``Changes`` records: a field edit updates only
the rows it names, added and removed shots are inserted and removed, and the rows are
reordered only when edges changed. Frames are read in the background (``ui.thumbnails``): a
panel shows its placeholder until its frame is ready, then only that row repaints. Dragged panels
carry their shot ids; dropped shot ids become one ``ReorderShots`` edit, dropped files a new frame
for the panel under them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QPixmap

from shotgraph.core.changes import Changes
from shotgraph.core.model import Shot

from ..badges import ShotBadges
from ..bridge import DocumentBridge
from ..thumbnails import ThumbnailLoader
from .delegate import THUMB
from .labels import badge_label, caption, spoken
from .reorder import dropped, reorder_edit
from .roles import BadgeRole, PanelRole, ShotRole

SHOTS_MIME = "application/x-shotgraph-shot-ids"
_Index = QModelIndex | QPersistentModelIndex
FrameDropper = Callable[[str, list[QUrl]], bool]


class StoryboardModel(QAbstractListModel):
    """One row per shot of the bridge's episode, in episode order."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent=None) -> None:
        super().__init__(parent)
        self._bridge, self._badges = bridge, badges
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self.thumbnails = ThumbnailLoader(THUMB, _screen_ratio(), self)
        self._folder: Path | None = None
        self._frame_paths: dict[str, Path] = {}
        self.frame_dropper: FrameDropper | None = None
        """Called with a shot id and the dropped file URLs (the view shows any message)."""
        bridge.opened.connect(self._on_bridge_opened)
        bridge.episode_changed.connect(self.reload)
        self.thumbnails.ready.connect(self._on_thumbnails_ready)
        bridge.changed.connect(self._on_bridge_changed)
        badges.badges_changed.connect(self._on_badges_changed)

    # -- reading --------------------------------------------------------------------------

    def shot(self, row: int) -> Shot:
        assert self._bridge.document is not None
        return self._bridge.document.shot(self._ids[row])

    def shot_ids(self) -> list[str]:
        """The shown shots' ids in episode order."""
        return list(self._ids)

    def row_of(self, shot_id: str) -> int | None:
        """The row of the shot with this id, None when it is not shown."""
        return self._rows.get(shot_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._bridge.document is None:
            return None
        shot_id = self._ids[index.row()]
        shot = self._bridge.document.index.shots.get(shot_id)
        if shot is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return caption(shot)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get(self._frame_path(shot), shot_id) or QPixmap()
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (caption(shot), badge_label(self._badges.badge(shot_id))) if t)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken(shot, self._badges.badge(shot_id))
        return {ShotRole: shot_id, PanelRole: shot, BadgeRole: self._badges.badge(shot_id)}.get(role)

    def _frame_path(self, shot: Shot) -> Path | None:
        """The frame's file (made once per frame name: panels ask for it at every paint)."""
        folder = self._bridge.folder
        if not shot.frame or folder is None:
            return None
        if folder != self._folder:
            self._folder, self._frame_paths = folder, {}
            self.thumbnails.folder = folder
        path = self._frame_paths.get(shot.frame)
        if path is None:
            path = self._frame_paths[shot.frame] = folder / shot.frame
        return path

    # -- following the document -----------------------------------------------------------

    def reload(self, *_args: object) -> None:
        """Show the bridge's episode from scratch (a project was opened or another episode chosen)."""
        self.beginResetModel()
        episode = self._bridge.episode
        self._ids = [shot.id for shot in self._bridge.episode_order(episode)] if episode else []
        self._reindex()
        self.thumbnails.cancel_pending()
        self.endResetModel()

    def _on_bridge_opened(self) -> None:
        self.thumbnails.clear()
        self.reload()

    def _on_thumbnails_ready(self, _path: Path, shot_ids: frozenset[str]) -> None:
        for shot_id in shot_ids:
            row = self._rows.get(shot_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])

    def _on_bridge_changed(self, changes: Changes) -> None:
        episode = self._bridge.episode
        if episode is None:
            return
        if changes.touches_order(episode.id):
            self._follow_order([shot.id for shot in self._bridge.episode_order(episode)])
        self._refresh_rows(changes.shots)

    def _on_badges_changed(self, shot_ids: set[str]) -> None:
        self._refresh_rows(shot_ids, forget_frames=False)

    def _refresh_rows(self, shot_ids, forget_frames: bool = True) -> None:
        for shot_id in shot_ids:
            row = self._rows.get(shot_id)
            if row is not None:
                if forget_frames:
                    self.thumbnails.forget(self._frame_path(self.shot(row)))
                self.dataChanged.emit(self.index(row), self.index(row))

    def _follow_order(self, new_ids: list[str]) -> None:
        """Remove, reorder and insert rows until they are ``new_ids``."""
        wanted = set(new_ids)
        for row in range(len(self._ids) - 1, -1, -1):
            if self._ids[row] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        present = set(self._ids)
        kept = [shot_id for shot_id in new_ids if shot_id in present]
        if kept != self._ids:
            self._move_rows(kept)
        for row, shot_id in enumerate(new_ids):
            if row >= len(self._ids) or self._ids[row] != shot_id:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, shot_id)
                self.endInsertRows()
        self._reindex()

    def _move_rows(self, order: list[str]) -> None:
        """Put the same rows in a new order, keeping selections and the current panel on their shots."""
        self.layoutAboutToBeChanged.emit()
        new_rows = {shot_id: row for row, shot_id in enumerate(order)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(new_rows[self._ids[i.row()]]) for i in old])
        self._ids = order
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._rows = {shot_id: row for row, shot_id in enumerate(self._ids)}

    # -- drag and drop --------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    def mimeTypes(self) -> list[str]:
        return [SHOTS_MIME, "text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._ids[row] for row in sorted({i.row() for i in indexes if i.isValid()})]
        data.setData(SHOTS_MIME, QByteArray("\n".join(ids).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        """Dragged panels go before ``row`` (or the panel ``parent``); files become ``parent``'s frame."""
        if data.hasFormat(SHOTS_MIME):
            ids = bytes(data.data(SHOTS_MIME).data()).decode().split()
            position = row if row >= 0 else parent.row() if parent.isValid() else len(self._ids)
            return self.move_shots(ids, position)
        if data.hasUrls() and parent.isValid() and self.frame_dropper is not None:
            return self.frame_dropper(self._ids[parent.row()], data.urls())
        return False

    def move_shots(self, shot_ids: list[str], position: int) -> bool:
        """Put these shots before the shot at ``position`` in one undoable edit; False when nothing moved."""
        return self.push_order(dropped(self._ids, [s for s in shot_ids if s in self._rows], position))

    def push_order(self, new_ids: list[str]) -> bool:
        """Make ``new_ids`` (the same shots) the cut order with one ``ReorderShots``."""
        edit = reorder_edit(self._ids, new_ids)
        return edit is not None and self._bridge.push(edit)


def _screen_ratio() -> float:
    """Device pixels per panel pixel, so frames stay sharp on high-density screens."""
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen else 1.0
