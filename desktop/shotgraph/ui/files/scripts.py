"""File ▸ Import Script… and Re-import Revised Script…: a screenplay becomes a new project, or a
revised draft comes into the open one as a single undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from shotgraph.core.io.scripts.reimport import ReimportSummary

from .. import script_import

if TYPE_CHECKING:
    from .controller import FileController


class ScriptActions(QObject):
    """The two script entries of the File menu, placed by the controller right after Import Shot List…."""

    def __init__(self, files: FileController) -> None:
        super().__init__(files)
        self.files, self.window, self.bridge = files, files.window, files.bridge
        self.import_action = QAction(self.tr("Import Scri&pt…"), self.window)
        self.import_action.setObjectName("import_script_action")
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.reimport_action = QAction(self.tr("Re-import Re&vised Script…"), self.window)
        self.reimport_action.setObjectName("reimport_script_action")
        self.reimport_action.triggered.connect(self._on_reimport_action_triggered)
        files.menu.addActions([self.import_action, self.reimport_action])
        self.bridge.opened.connect(self._on_bridge_opened)
        self._on_bridge_opened()

    def _on_bridge_opened(self) -> None:
        self.reimport_action.setEnabled(self.bridge.document is not None)

    def _start_folder(self) -> str:
        return str(self.bridge.folder or "")

    def _on_import_action_triggered(self) -> None:
        self.choose_and_import()

    def choose_and_import(self) -> bool:
        """Ask for a script and import it; False when the user cancels anywhere along the way."""
        path = script_import.choose_script(self.window, self._start_folder())
        return path is not None and self.import_script(path)

    def import_script(self, path: Path) -> bool:
        """Preview ``path``, then (after asking about unsaved work) open it as a new, unsaved project."""
        if not script_import.import_script(self.bridge, self.window, path, may_replace=self.files.confirm_discard):
            return False
        self.files.suggest_name(f"{path.stem}.shotgraph")
        project = self.bridge.project
        assert project is not None  # the import opened it
        shots = sum(len(e.shots) for e in project.episodes)
        self.window.statusBar().showMessage(
            self.tr("Imported {count} shot(s) from {file}").format(count=shots, file=path.name), 8000)
        return True

    def _on_reimport_action_triggered(self) -> None:
        path = script_import.choose_script(self.window, self._start_folder())
        if path is not None:
            self.reimport(path)

    def reimport(self, path: Path) -> bool:
        """Bring a revised script into the open project; the status bar then says what changed."""
        summary = script_import.reimport_revised_script(self.bridge, self.window, path)
        if summary is None or summary.is_empty:
            return False
        self.window.statusBar().showMessage(self._summary_text(path, summary), 15000)
        return True

    def _summary_text(self, path: Path, summary: ReimportSummary) -> str:
        return self.tr("Re-imported {file}: {updated} shot(s) updated, {added} added, {flagged} marked as no longer "
                       "in the script; {scenes} scene(s), {episodes} episode(s) and {characters} character(s) added"
                       ).format(file=path.name, updated=len(summary.shots_updated), added=len(summary.shots_added),
                                flagged=len(summary.shots_flagged), scenes=len(summary.scenes_added),
                                episodes=len(summary.episodes_added), characters=len(summary.characters_added))
