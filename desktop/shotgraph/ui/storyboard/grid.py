"""The storyboard grid: a list model of shots and an icon-mode view of their 9:16 frames."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QWidget

from shotgraph.core.graph import episode_order
from shotgraph.core.model import Mode, Shot

from ..badges import ShotBadges
from ..bridge import DocumentBridge

THUMB = QSize(108, 192)
ShotRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def mode_label(mode: Mode) -> str:
    """How the editor names a shot's mode."""
    labels = {
        Mode.LIVE: QCoreApplication.translate("Mode", "Live"),
        Mode.AI: QCoreApplication.translate("Mode", "AI"),
        Mode.HYBRID: QCoreApplication.translate("Mode", "Hybrid"),
    }
    return labels[mode]


class ThumbnailCache:
    """Frames scaled to thumbnail size, each read from disk once."""

    def __init__(self) -> None:
        self._pixmaps: dict[Path, QPixmap] = {}
        self._blank: QPixmap | None = None

    def get(self, path: Path | None) -> QPixmap:
        if path is None:
            return self.blank()
        if path not in self._pixmaps:
            image = QPixmap(str(path))
            self._pixmaps[path] = self.blank() if image.isNull() else image.scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        return self._pixmaps[path]

    def blank(self) -> QPixmap:
        """A grey 9:16 card for a shot without a frame (or with one that cannot be read)."""
        if self._blank is None:
            self._blank = QPixmap(THUMB)
            self._blank.fill(QColor("#d9dbe0"))
            painter = QPainter(self._blank)
            painter.setPen(QColor("#9aa0aa"))
            painter.drawRect(0, 0, THUMB.width() - 1, THUMB.height() - 1)
            painter.end()
        return self._blank


class StoryboardModel(QAbstractListModel):
    """The shots of one episode or scene, in creation order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shots: list[Shot] = []
        self._folder: Path | None = None
        self._thumbnails = ThumbnailCache()

    def set_shots(self, shots: list[Shot], folder: Path | None) -> None:
        """Show these shots; frame paths are relative to ``folder``."""
        self.beginResetModel()
        self._shots = list(shots)
        if folder != self._folder:
            self._thumbnails = ThumbnailCache()
        self._folder = folder
        self.endResetModel()

    def shot(self, row: int) -> Shot:
        return self._shots[row]

    def row_of(self, shot_id: str) -> int | None:
        """The row of the shot with this id, None when it is not shown."""
        return next((n for n, shot in enumerate(self._shots) if shot.id == shot_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shots)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        shot = self._shots[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return caption(shot)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(self._frame_path(shot))
        if role == Qt.ItemDataRole.ToolTipRole:
            return shot.description or None
        if role == ShotRole:
            return shot.id
        return None

    def _frame_path(self, shot: Shot) -> Path | None:
        if shot.frame is None or self._folder is None:
            return None
        return self._folder / shot.frame


def caption(shot: Shot) -> str:
    """The two lines under a thumbnail: code and size, then mode and duration."""
    size = shot.camera.size.value if shot.camera.size else "—"
    duration = "—"
    if shot.duration_s is not None:
        duration = QCoreApplication.translate("StoryboardGrid", "{seconds} s").format(seconds=f"{shot.duration_s:g}")
    return f"{shot.code}  {size}\n{mode_label(shot.mode)} · {duration}"


class StoryboardGrid(QListView):
    """Shots as a wrapping grid of 9:16 thumbnails with their captions."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 26, THUMB.height() + 50))
        self.setSpacing(6)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setModel(StoryboardModel(self))
        self.setAccessibleName(self.tr("Storyboard"))
        bridge.episode_changed.connect(self._on_bridge_episode_changed)
        bridge.changed.connect(self._on_bridge_episode_changed)
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        self.selectionModel().selectionChanged.connect(self._on_grid_selection_changed)

    def _on_bridge_episode_changed(self, *_args: object) -> None:
        episode = self._bridge.episode
        self.storyboard().set_shots(episode_order(episode) if episode else [], self._bridge.folder)
        self._on_bridge_selection_changed(None)

    def _on_bridge_selection_changed(self, source: object) -> None:
        if source is self:
            return
        self.selectionModel().blockSignals(True)
        self.clearSelection()
        for shot_id in self._bridge.selected:
            row = self.storyboard().row_of(shot_id)
            if row is not None:
                index = self.storyboard().index(row, 0)
                self.selectionModel().select(index, self.selectionModel().SelectionFlag.Select)
        current = self._bridge.selected[0] if self._bridge.selected else None
        row = self.storyboard().row_of(current) if current else None
        if row is not None:
            self.selectionModel().setCurrentIndex(self.storyboard().index(row, 0),
                                                  self.selectionModel().SelectionFlag.NoUpdate)
            self.scrollTo(self.storyboard().index(row, 0))
        self.selectionModel().blockSignals(False)
        self.viewport().update()

    def _on_grid_selection_changed(self, *_args: object) -> None:
        rows = sorted(index.row() for index in self.selectedIndexes())
        current = self.currentIndex()
        ids = [self.storyboard().shot(r).id for r in rows]
        if current.isValid() and current.row() in rows:
            ids.insert(0, self.storyboard().shot(current.row()).id)
        self._bridge.select(ids, self)

    def select_shot(self, shot_id: str) -> bool:
        """Make the shot with this id current and scroll to it; False when it is not shown."""
        row = self.storyboard().row_of(shot_id)
        if row is None:
            return False
        index = self.storyboard().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def storyboard(self) -> StoryboardModel:
        model = self.model()
        assert isinstance(model, StoryboardModel)
        return model
