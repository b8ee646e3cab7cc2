"""The document: the one owner of an open project, through which every change goes.

``apply(edit)`` runs an edit and tells observers what changed; the document keeps its
own undo history, or lets an outside undo stack (Qt's) drive ``apply``/``revert``.
It knows the saved state, so undoing back to it clears the modified flag.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from weakref import WeakKeyDictionary

from .changes import Changes
from .edits.base import Edit, EditError
from .graph import EpisodeGraphs
from .index import ProjectIndex
from .model import (
    Character,
    Edge,
    Episode,
    Location,
    Person,
    Project,
    Prop,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    Waiver,
    WardrobeLook,
    find_problems,
    new_id,
)

Observer = Callable[[Changes], None]


class Document:
    """An open project, its id indexes, undo history, observers and saved state."""

    def __init__(self, project: Project | None = None) -> None:
        """Open a project that passes ``find_problems`` (a ValueError names the first problem)."""
        self._project = project if project is not None else Project(id=new_id("pr"))
        problems = find_problems(self._project, limit=1)
        if problems:
            raise ValueError(f"the project cannot be opened: {problems[0]}")
        self.index = ProjectIndex(self._project)
        """Id lookups; edits change the project through its methods, others only read it."""
        self.graphs = EpisodeGraphs(self._project, self.index)
        """Each episode's graph and episode order, current whenever an observer hears of a change."""
        self._observers: list[Observer] = []
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._numbers = itertools.count(1)
        self._revision = 0
        self._saved_revision = 0
        self._trail: list[int] = []
        self._after: WeakKeyDictionary[Edit, int] = WeakKeyDictionary()

    @property
    def project(self) -> Project:
        """The project; read it freely, change it only through edits."""
        return self._project

    # -- observers ------------------------------------------------------------------------

    def subscribe(self, callback: Observer) -> Callable[[], None]:
        """Call ``callback(changes)`` after every change; returns the function that stops it."""
        self._observers.append(callback)

        def unsubscribe() -> None:
            if callback in self._observers:
                self._observers.remove(callback)

        return unsubscribe

    def _notify(self, changes: Changes) -> None:
        if changes:
            self.graphs.update(changes)
            for callback in list(self._observers):
                callback(changes)

    # -- applying edits -------------------------------------------------------------------

    def apply(self, edit: Edit, *, record: bool = True) -> Changes:
        """Run an edit; with ``record`` it joins the document's undo history.

        An outside undo stack passes ``record=False`` and later calls ``revert(edit)``
        and ``apply(edit, record=False)`` again for its own undo and redo.
        """
        changes = self._run(edit)
        if record:
            self._undo.append(edit)
            self._redo.clear()
        self._notify(changes)
        return changes

    def revert(self, edit: Edit) -> Changes:
        """Undo an edit applied last (outside undo stacks undo in reverse order too)."""
        changes = edit.undo(self)
        self._revision = self._trail.pop() if self._trail else 0
        self._notify(changes)
        return changes

    def undo(self) -> Changes:
        """Undo the last recorded edit."""
        if not self._undo:
            raise EditError("there is nothing to undo")
        changes = self.revert(self._undo[-1])
        self._redo.append(self._undo.pop())
        return changes

    def redo(self) -> Changes:
        """Apply again the last undone edit."""
        if not self._redo:
            raise EditError("there is nothing to redo")
        changes = self._run(self._redo[-1])
        self._undo.append(self._redo.pop())
        self._notify(changes)
        return changes

    def _run(self, edit: Edit) -> Changes:
        """Redo an edit and move to the revision it leads to (the same one each time)."""
        changes = edit.redo(self)
        self._trail.append(self._revision)
        if edit not in self._after:
            self._after[edit] = next(self._numbers)
        self._revision = self._after[edit]
        return changes

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        """Name of the edit Undo would revert (``Move 3 Shots``), or ``""``."""
        return str(self._undo[-1].name) if self._undo else ""

    @property
    def redo_text(self) -> str:
        return str(self._redo[-1].name) if self._redo else ""

    def clear_history(self) -> None:
        """Forget the undo and redo history (after loading, for instance)."""
        self._undo.clear()
        self._redo.clear()

    # -- saved state ----------------------------------------------------------------------

    @property
    def revision(self) -> int:
        """Identifies the current state: equal revisions mean the same project content."""
        return self._revision

    @property
    def is_modified(self) -> bool:
        """Whether the project differs from the state last marked saved."""
        return self._revision != self._saved_revision

    def mark_saved(self) -> None:
        self._saved_revision = self._revision

    def mark_unsaved(self) -> None:
        """The content is not in any file yet (an import): it counts as modified until saved."""
        self._saved_revision = -1

    # -- lookups --------------------------------------------------------------------------

    def shot(self, shot_id: str) -> Shot:
        return self.index.shots[shot_id]

    def episode(self, episode_id: str) -> Episode:
        return self.index.episodes[episode_id]

    def episode_of(self, shot_id: str) -> Episode:
        """The episode a shot, scene or edge belongs to."""
        for table in (self.index.shot_episode, self.index.scene_episode, self.index.edge_episode):
            if shot_id in table:
                return table[shot_id]
        raise KeyError(shot_id)

    def scene(self, scene_id: str) -> Scene:
        return self.index.scenes[scene_id]

    def edge(self, edge_id: str) -> Edge:
        return self.index.edges[edge_id]

    def shot_by_code(self, episode_id: str, code: str) -> Shot | None:
        shot_id = self.index.codes.get((episode_id, code))
        return None if shot_id is None else self.index.shots[shot_id]

    def shots_of_scene(self, scene_id: str) -> list[Shot]:
        """The scene's shots in the episode's creation order."""
        members = self.index.scene_shots[scene_id]
        return [s for s in self.index.scene_episode[scene_id].shots if s.id in members] if members else []

    def edges_of(self, shot_id: str) -> list[Edge]:
        """Every edge from or to a shot."""
        return self.index.edges_of(shot_id)

    def edge_between(self, kind: str, source: str, target: str) -> Edge | None:
        edge_id = self.index.edge_keys.get((kind, source, target))
        return None if edge_id is None else self.index.edges[edge_id]

    def character(self, character_id: str) -> Character:
        return self.index.catalogue["characters"][character_id]

    def wardrobe_look(self, look_id: str) -> WardrobeLook:
        return self.index.catalogue["wardrobe"][look_id]

    def prop(self, prop_id: str) -> Prop:
        return self.index.catalogue["props"][prop_id]

    def location(self, location_id: str) -> Location:
        return self.index.catalogue["locations"][location_id]

    def person(self, person_id: str) -> Person:
        return self.index.catalogue["people"][person_id]

    def day(self, day_id: str) -> ShootingDay:
        return self.index.catalogue["days"][day_id]

    def waiver(self, waiver_id: str) -> Waiver:
        return self.index.catalogue["waivers"][waiver_id]

    def setup(self, setup_id: str) -> Setup:
        return self.index.setups[setup_id]

    def day_of_setup(self, setup_id: str) -> ShootingDay:
        return self.index.setup_day[setup_id]

    def setup_of(self, shot_id: str) -> Setup | None:
        """The setup a shot is scheduled on, if any."""
        setup_id = self.index.shot_setup.get(shot_id)
        return None if setup_id is None else self.index.setups[setup_id]
