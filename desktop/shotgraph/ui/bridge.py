"""The open document as Qt sees it: its changes as signals, its edits on a QUndoStack.

Every view reads the project from ``bridge.project``, changes it only with
``bridge.push(edit)`` and refreshes from the ``changed`` signal's Changes record, asking the
record what it means to it (``changes.touches_order(episode_id)``…). What is worked out from the
project (episode graphs and order, findings, findings by shot) views read from ``bridge.derived``.
The bridge also holds what the views share: the current episode, the selected shots and the
scene chosen as the place to work in (in the episode tree or on a scene band).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from shotgraph.core.changes import Changes
from shotgraph.core.derived import DerivedState
from shotgraph.core.document import Document
from shotgraph.core.edits import Edit, EditError
from shotgraph.core.gcpause import set_aside_open_project
from shotgraph.core.model import Episode, PendingJob, Project, Scene, Shot
from shotgraph.core.rules.checker import Checker, FindingsDelta

from .edit_labels import edit_label

REDO_KEYS = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
"""Redo answers both usual keys, whatever the platform's own habit (⌘ stands for Ctrl on macOS)."""


class UndoCommand(QUndoCommand):
    """One core edit on Qt's undo stack; the document does the work, Qt keeps the order."""

    def __init__(self, document: Document, edit: Edit, done: Callable[[], None]) -> None:
        """``done`` runs after each undo and redo: an edit that changed nothing still moves the
        document away from (or back to) its saved state, and the window title must say so."""
        super().__init__(edit_label(edit))
        self.edit = edit
        self._document = document
        self._done = done
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # pushed after the bridge applied it once
            self._applied = False
            return
        self._document.apply(self.edit, record=False)
        self._done()

    def undo(self) -> None:
        self._document.revert(self.edit)
        self._done()


class DocumentBridge(QObject):
    """One open project for all the views: document, derived state, undo stack, episode, selection."""

    opened = Signal()
    """A project was opened (or a new one made): views rebuild from scratch."""
    changed = Signal(object)
    """The ``Changes`` record of an edit, its undo or its redo."""
    findings_changed = Signal(object)
    """The ``FindingsDelta`` the checker computed after a change."""
    episode_changed = Signal(str)
    """The id of the episode the views show now ("" when there is none)."""
    selection_changed = Signal(object)
    """The object that changed the selection (None for the bridge itself)."""
    edit_failed = Signal(str)
    """Why an edit could not be made, in words for the user."""
    modified_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.derived: DerivedState | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.episode_id = ""
        self.selected: tuple[str, ...] = ()
        self.scene_id = ""
        """The scene chosen as the place (tree or scene band); "" once shots are selected otherwise."""
        self._was_modified = False

    # -- the document ---------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.document.project if self.document else None

    @property
    def checker(self) -> Checker | None:
        """The open project's findings, kept current."""
        return self.derived.checker if self.derived else None

    @property
    def folder(self) -> Path | None:
        """The folder media paths are relative to (the project file's), None for an unsaved project."""
        return self.path.parent if self.path else None

    def open(self, document: Document, path: Path | None) -> None:
        """Show ``document`` (read from ``path``) with its first episode current and nothing selected."""
        if self.derived is not None:
            self.derived.close()
        self.undo_stack.clear()
        self.document, self.path = document, path
        self.derived = DerivedState(document)
        self.derived.subscribe(self._on_derived_changed)
        self.episode_id = document.project.episodes[0].id if document.project.episodes else ""
        self.selected, self.scene_id = (), ""
        self._was_modified = document.is_modified
        self.opened.emit()
        self.episode_changed.emit(self.episode_id)
        self.selection_changed.emit(None)
        self.modified_changed.emit(self._was_modified)
        set_aside_open_project(len(document.index.shots))  # with what the views built for it

    def refresh_views(self) -> None:
        """Say again what ``open`` says, so views built later (a window in another language) fill themselves."""
        if self.document is not None:
            self.opened.emit()
            self.episode_changed.emit(self.episode_id)
            self.selection_changed.emit(None)
            self.modified_changed.emit(self._was_modified)

    def set_path(self, path: Path) -> None:
        """The project now lives at ``path`` (after Save As); media paths follow it."""
        self.path = path

    def mark_saved(self) -> None:
        if self.document is not None:
            self.document.mark_saved()
            self._emit_modified()

    def mark_unsaved(self) -> None:
        """The project no longer matches its file (changed or deleted elsewhere): it counts as modified."""
        if self.document is not None:
            self.document.mark_unsaved()
            self._emit_modified()

    def keep_jobs(self, jobs: list[PendingJob]) -> None:
        """Record the draws in flight with the project: bookkeeping of what the server holds, never an
        undo step; the project counts as changed until it is saved."""
        if self.document is not None:
            self.document.project.generation.jobs[:] = jobs
            self.mark_unsaved()

    @property
    def is_modified(self) -> bool:
        return self.document is not None and self.document.is_modified

    def push(self, edit: Edit) -> bool:
        """Apply ``edit`` and put it on the undo stack; False (and ``edit_failed``) when it cannot be made."""
        if self.document is None:
            return False
        try:
            self.document.apply(edit, record=False)
        except EditError as error:
            self.edit_failed.emit(str(error))
            return False
        self.undo_stack.push(UndoCommand(self.document, edit, self._emit_modified))
        self._emit_modified()
        return True

    def _on_derived_changed(self, changes: Changes, delta: FindingsDelta) -> None:
        if delta:
            self.findings_changed.emit(delta)
        self._follow_removals(changes)
        self.changed.emit(changes)
        self._emit_modified()

    def _emit_modified(self) -> None:
        if self.is_modified != self._was_modified:
            self._was_modified = self.is_modified
            self.modified_changed.emit(self._was_modified)

    def _follow_removals(self, changes: Changes) -> None:
        """Drop removed shots from the selection; leave a removed episode for the first one."""
        assert self.document is not None
        if self.scene_id and self.scene_id not in self.document.index.scenes:
            self.scene_id = ""
        if self.episode_id and self.episode_id not in self.document.index.episodes:
            episodes = self.document.project.episodes
            self.episode_id = episodes[0].id if episodes else ""
            self.selected, self.scene_id = (), ""
            self.episode_changed.emit(self.episode_id)
            self.selection_changed.emit(None)
        elif changes.shots_removed and set(self.selected) & changes.shots_removed:
            self.selected = tuple(s for s in self.selected if s not in changes.shots_removed)
            self.selection_changed.emit(None)

    # -- episode and selection ------------------------------------------------------------

    @property
    def episode(self) -> Episode | None:
        """The episode the views show."""
        if self.document is None or not self.episode_id:
            return None
        return self.document.index.episodes.get(self.episode_id)

    def set_episode(self, episode_id: str) -> None:
        """Show another episode; the selection is cleared."""
        if episode_id == self.episode_id:
            return
        self.episode_id = episode_id
        self.selected, self.scene_id = (), ""
        self.episode_changed.emit(episode_id)
        self.selection_changed.emit(None)

    def select(self, shot_ids: Iterable[str], source: QObject | None = None) -> None:
        """Select these shots (the first is the current one), switching to their episode if needed."""
        assert self.document is not None
        ids = tuple(dict.fromkeys(s for s in shot_ids if s in self.document.index.shots))
        if ids:
            self.set_episode(self.document.index.shot_episode[ids[0]].id)
            ids = tuple(s for s in ids if self.document.index.shot_episode[s].id == self.episode_id)
        if ids != self.selected:
            self.selected, self.scene_id = ids, ""
            self.selection_changed.emit(source)

    def choose_scene(self, scene_id: str, source: QObject | None = None) -> None:
        """Make a scene the place to work in: its episode shows and its shots are selected;
        new and pasted shots go at its end until other shots are selected."""
        assert self.document is not None
        self.set_episode(self.document.index.scene_episode[scene_id].id)
        self.selected = tuple(shot.id for shot in self.document.shots_of_scene(scene_id))
        self.scene_id = scene_id
        self.selection_changed.emit(source)

    def episode_order(self, episode: Episode | None = None) -> list[Shot]:
        """The shots of ``episode`` (the current one when None) in episode order, from the
        document's graphs: read-only, worked out once per change of the cut."""
        episode = episode or self.episode
        if self.document is None or episode is None:
            return []
        return self.document.graphs.order(episode)

    @property
    def current_scene(self) -> Scene | None:
        """The scene of the current shot, else the scene chosen as the place."""
        if self.document is None:
            return None
        shot = self.current_shot
        scene_id = shot.scene_id if shot is not None else self.scene_id
        return self.document.index.scenes.get(scene_id) if scene_id else None

    @property
    def current_shot(self) -> Shot | None:
        """The first selected shot."""
        return self.document.shot(self.selected[0]) if self.selected and self.document else None

    def selected_shots(self) -> list[Shot]:
        assert self.document is not None
        return [self.document.shot(s) for s in self.selected]

