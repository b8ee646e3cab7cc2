"""Shot commands: add a shot after or before the current one (or at the end of the chosen scene),
duplicate, delete, set the mode, take a plate from another shot, and remove a link.

Each pushes one edit, so each is one step on Edit ▸ Undo; new shots are selected so the
inspector shows them at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from shotgraph.core.edits import DuplicateShot, Link, Macro, RemoveShots, SetMode, Unlink
from shotgraph.core.edits.base import Edit, counted_name
from shotgraph.core.edits.placing import (
    add_shot_edit,
    first_shot_edit,
    slot_after,
    slot_before,
    slot_in_episode,
    slot_in_scene,
)
from shotgraph.core.model import EdgeKind, Mode

from ..mode_labels import mode_label
from .registry import Command, CommandRegistry

MODE_COMMANDS = {Mode.LIVE: "mode_live", Mode.AI: "mode_ai", Mode.HYBRID: "mode_hybrid"}


class ShotCommands(QObject):
    """Defines the shot commands on a registry; ``edge_id`` is the link the edge menu was opened on."""

    def __init__(self, registry: CommandRegistry) -> None:
        super().__init__(registry)
        self._registry, self._bridge = registry, registry.bridge
        self.edge_id = ""
        has_shots = self._has_selection
        self.mode_menu = QMenu(self.tr("Set Mode"), registry.window)
        self.mode_menu.setObjectName("set_mode_menu")
        self.plate_menu = QMenu(self.tr("Add Plate From"), registry.window)
        self.plate_menu.setObjectName("add_plate_menu")
        self.plate_menu.setAccessibleName(self.tr("Add Plate From"))
        self.plate_menu.aboutToShow.connect(self._on_plate_menu_about_to_show)
        for command in (
            Command("add_shot", self.tr("Add Shot"), self.add_shot, self._has_episode, ("Ins",),
                    self.tr("Add a shot after the current shot, or at the end of the chosen scene")),
            Command("add_shot_before", self.tr("Add Shot Before"), self.add_shot_before, has_shots,
                    ("Shift+Ins",), self.tr("Add a shot before the current shot")),
            Command("duplicate", self.tr("&Duplicate"), self.duplicate, has_shots, ("Ctrl+D",),
                    self.tr("Copy the selected shots right after themselves")),
            Command("delete", self.tr("De&lete"), self.delete, has_shots, ("Del", "Backspace"),
                    self.tr("Remove the selected shots and their links")),
            Command("set_mode", self.tr("Set Mode"), None, has_shots, menu=self.mode_menu),
            Command("add_plate", self.tr("Add Plate From"), None, self._has_one_shot,
                    tip=self.tr("Use another shot of the episode as this shot's background plate"),
                    menu=self.plate_menu),
            Command("remove_link", self.tr("Remove Link"), self.remove_link, self._has_edge),
        ):
            registry.add(command)
        for mode, name in MODE_COMMANDS.items():
            action = registry.add(Command(name, mode_label(mode), partial(self.set_mode, mode), has_shots))
            self.mode_menu.addAction(action)
        registry.relabel_with(self._relabel)

    # -- when ------------------------------------------------------------------------------

    def _has_episode(self) -> bool:
        return self._bridge.episode is not None

    def _has_selection(self) -> bool:
        return bool(self._bridge.selected)

    def _has_one_shot(self) -> bool:
        return len(self._bridge.selected) == 1

    def _has_edge(self) -> bool:
        document = self._bridge.document
        return document is not None and self.edge_id in document.index.edges

    def _relabel(self) -> None:
        """Add Shot says where the shot goes: after the current shot, or at the end of a scene."""
        scene = self._bridge.current_scene
        if self._bridge.scene_id and scene is not None:
            text = self.tr("Add Shot to Scene {code}").format(code=scene.code)
        elif self._bridge.current_shot is not None:
            text = self.tr("Add Shot After")
        else:
            text = self.tr("Add Shot")
        self._registry.action("add_shot").setText(text)

    # -- what ------------------------------------------------------------------------------

    def add_shot(self) -> None:
        """After the current shot; at the end of the chosen scene; else at the end of the episode
        (its first shot, with Scene 1 when it has no scene yet)."""
        document, bridge = self._bridge.document, self._bridge
        assert document is not None and bridge.episode is not None
        if bridge.scene_id:
            edit, shot_id = add_shot_edit(document, slot_in_scene(document, bridge.scene_id))
        elif bridge.current_shot is not None:
            edit, shot_id = add_shot_edit(document, slot_after(document, bridge.current_shot.id))
        else:
            slot = slot_in_episode(document, bridge.episode.id)
            edit, shot_id = (add_shot_edit(document, slot) if slot is not None
                             else first_shot_edit(document, bridge.episode.id))
        self._push_and_select(edit, [shot_id])

    def add_shot_before(self) -> None:
        document, shot = self._bridge.document, self._bridge.current_shot
        assert document is not None and shot is not None
        edit, shot_id = add_shot_edit(document, slot_before(document, shot.id))
        self._push_and_select(edit, [shot_id])

    def duplicate(self) -> None:
        """Copies right after their originals; the copies are selected."""
        edits = [DuplicateShot(shot_id) for shot_id in self._bridge.selected]
        name = counted_name(len(edits), "Duplicate Shot", "Duplicate {n} Shots")
        edit = edits[0] if len(edits) == 1 else Macro(name, edits)
        self._push_and_select(edit, [e.new_shot_id for e in edits])

    def delete(self) -> None:
        self._bridge.push(RemoveShots(self._bridge.selected))

    def set_mode(self, mode: Mode) -> None:
        document = self._bridge.document
        assert document is not None
        shots = [s for s in self._bridge.selected if document.shot(s).mode is not mode]
        if shots:
            self._bridge.push(SetMode(shots, mode))

    def add_plate(self, source: str) -> None:
        """``source`` supplies the current shot's background plate."""
        shot = self._bridge.current_shot
        if shot is not None:
            self._bridge.push(Link(EdgeKind.PLATE, source, shot.id))

    def remove_link(self) -> None:
        self._bridge.push(Unlink(self.edge_id))

    def _push_and_select(self, edit: Edit, shot_ids: list[str]) -> None:
        if self._bridge.push(edit):
            self._bridge.select(shot_ids)

    # -- the plate picker ------------------------------------------------------------------

    def plate_sources(self) -> list[tuple[str, str]]:
        """(shot id, "12 · AI") for each shot that can supply the current shot's plate: the other
        shots of its episode not already supplying it."""
        shot, episode, document = self._bridge.current_shot, self._bridge.episode, self._bridge.document
        if shot is None or episode is None or document is None:
            return []
        taken = {e.source for e in document.edges_of(shot.id) if e.kind is EdgeKind.PLATE and e.target == shot.id}
        return [(other.id, f"{other.code} · {mode_label(other.mode)}") for other in self._bridge.episode_order(episode)
                if other.id != shot.id and other.id not in taken]

    def _on_plate_menu_about_to_show(self) -> None:
        self.plate_menu.clear()
        sources = self.plate_sources()
        for shot_id, label in sources:
            action = self.plate_menu.addAction(label)
            action.setObjectName(f"plate_from_{shot_id}")
            action.triggered.connect(lambda _checked=False, source=shot_id: self.add_plate(source))
        if not sources:
            self.plate_menu.addAction(self.tr("No other shot can supply a plate")).setEnabled(False)
