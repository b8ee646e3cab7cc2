"""The project tree: episodes and their scenes, the way a director finds a part of the series."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from shotgraph.core.model import Episode, Project, Scene

PlaceRole = Qt.ItemDataRole.UserRole + 1


class ProjectTree(QTreeWidget):
    """Episodes at the top level, scenes below; says which one the user picked."""

    place_selected = Signal(str, str)
    """Episode id and scene id ("" for the whole episode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.itemSelectionChanged.connect(self._on_tree_selection_changed)

    def show_project(self, project: Project) -> None:
        """List the project's episodes and scenes, nothing selected."""
        self.clear()
        for episode in project.episodes:
            item = QTreeWidgetItem(self, [self._episode_text(episode)])
            item.setData(0, PlaceRole, (episode.id, ""))
            for scene in episode.scenes:
                child = QTreeWidgetItem(item, [self._scene_text(scene)])
                child.setData(0, PlaceRole, (episode.id, scene.id))
        self.expandAll()

    def select_episode(self, row: int) -> None:
        """Select the episode at ``row`` (its whole storyboard)."""
        if 0 <= row < self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(row))

    def select_episode_id(self, episode_id: str) -> None:
        """Select the episode with this id (its whole storyboard), unless it is selected already."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, PlaceRole) == (episode_id, "") and item is not self.currentItem():
                self.setCurrentItem(item)

    def _episode_text(self, episode: Episode) -> str:
        number = self.tr("Episode {number}").format(number=episode.number)
        return f"{number} · {episode.title}" if episode.title else number

    def _scene_text(self, scene: Scene) -> str:
        scene_label = self.tr("Scene {code}").format(code=scene.code)
        return f"{scene_label}  {scene.heading}" if scene.heading else scene_label

    def _on_tree_selection_changed(self) -> None:
        items = self.selectedItems()
        if items:
            episode_id, scene_id = items[0].data(0, PlaceRole)
            self.place_selected.emit(episode_id, scene_id)
