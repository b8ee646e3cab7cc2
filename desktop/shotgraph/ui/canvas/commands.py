"""What the canvas's menus and keys do to the project: each is one edit pushed on the bridge."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from shotgraph.core.edits import (
    AddShot,
    DuplicateShot,
    Link,
    Macro,
    RemoveShots,
    SetMode,
    Unlink,
)
from shotgraph.core.edits.base import counted
from shotgraph.core.edits.numbering import inserted_code
from shotgraph.core.graph import episode_order
from shotgraph.core.model import EdgeKind, Mode, new_id

from ..bridge import DocumentBridge
from .style import mode_label


class CanvasCommands(QObject):
    """Edits of the episode on the canvas, and the context menus that offer them."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._parent = parent

    def targets(self, shot_id: str) -> list[str]:
        """The shots a command on ``shot_id``'s card acts on: the selection when the card is in it."""
        selected = list(self._bridge.selected)
        return selected if shot_id in selected else [shot_id]

    # -- edits ----------------------------------------------------------------------------

    def add_shot_after(self, shot_id: str) -> None:
        """A new shot in the same scene, cut in right after this one and selected, coded as an insert:
        after 3 comes 3A, then 3B."""
        document, episode = self._bridge.document, self._bridge.episode
        assert document is not None and episode is not None
        shot = document.shot(shot_id)
        taken = {other.code for other in episode.shots}
        data = {"id": new_id("sh"), "scene_id": shot.scene_id, "code": inserted_code(taken, shot.code)}
        at = next(n for n, s in enumerate(episode.shots) if s.id == shot_id) + 1
        if self._bridge.push(AddShot(episode.id, data, index=at, after=shot_id)):
            self._bridge.select([data["id"]])

    def duplicate(self, shot_ids: Sequence[str]) -> None:
        """Copies right after their originals; the copies are selected."""
        if not shot_ids:
            return
        edits = [DuplicateShot(shot_id) for shot_id in shot_ids]
        edit = edits[0] if len(edits) == 1 else Macro(f"Duplicate {counted(len(edits), 'Shot')}", edits)
        if self._bridge.push(edit):
            self._bridge.select([e.new_shot_id for e in edits])

    def delete(self, shot_ids: Sequence[str]) -> None:
        if shot_ids:
            self._bridge.push(RemoveShots(shot_ids))

    def set_mode(self, shot_ids: Sequence[str], mode: Mode) -> None:
        shots = [s for s in shot_ids if self._bridge.document and self._bridge.document.shot(s).mode is not mode]
        if shots:
            self._bridge.push(SetMode(shots, mode))

    def link(self, kind: EdgeKind, source: str, target: str) -> bool:
        return self._bridge.push(Link(kind, source, target))

    def unlink(self, edge_id: str) -> None:
        self._bridge.push(Unlink(edge_id))

    # -- menus ----------------------------------------------------------------------------

    def card_menu(self, shot_id: str) -> QMenu:
        """The context menu of a shot's card."""
        menu = QMenu(self._parent)
        menu.setAccessibleName(self.tr("Shot menu"))
        ids = self.targets(shot_id)
        self._add(menu, "add_shot_after", self.tr("Add Shot After"), lambda: self.add_shot_after(shot_id))
        self._add(menu, "duplicate", self.tr("Duplicate"), lambda: self.duplicate(ids))
        self._add(menu, "delete", self.tr("Delete"), lambda: self.delete(ids))
        modes = menu.addMenu(self.tr("Set Mode"))
        modes.setObjectName("set_mode")
        for mode in Mode:
            self._add(modes, f"mode_{mode.value}", mode_label(mode), lambda m=mode: self.set_mode(ids, m))
        menu.addMenu(self._plate_menu(menu, shot_id))
        return menu

    def _plate_menu(self, menu: QMenu, shot_id: str) -> QMenu:
        """Add Plate ▸ every other shot of the episode, as the source of this shot's background plate."""
        plates = QMenu(self.tr("Add Plate From"), menu)
        plates.setObjectName("add_plate")
        plates.setAccessibleName(self.tr("Add Plate From"))
        episode = self._bridge.episode
        for shot in episode_order(episode) if episode else []:
            if shot.id != shot_id:
                action = self._add(plates, f"plate_from_{shot.id}", shot.code,
                                   lambda source=shot.id: self.link(EdgeKind.PLATE, source, shot_id))
                action.setToolTip(self.tr("Use shot {code} as the background plate").format(code=shot.code))
        return plates

    def edge_menu(self, edge_id: str) -> QMenu:
        """The context menu of an edge."""
        menu = QMenu(self._parent)
        menu.setAccessibleName(self.tr("Link menu"))
        self._add(menu, "remove_link", self.tr("Remove Link"), lambda: self.unlink(edge_id))
        return menu

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action
