"""Importing a script from the editor: a preview of what it makes, then a new project; and
re-importing a revised script into the open project as one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.document import Document
from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.io.scripts import NoHeadingsError, ScriptImport, read_script
from shotgraph.core.io.scripts.reimport import ReimportSummary, reimport_script
from shotgraph.core.model import Language

from .bridge import DocumentBridge
from .script_headings import choose_scene_headings

SCRIPT_FILTER = "*.fountain *.spmd *.txt *.docx"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScriptImport", text)


class ScriptPreview(QDialog):
    """What a script will make: episodes and scenes with their shots, characters, unread lines."""

    def __init__(self, result: ScriptImport, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Script — {name}").format(name=path.name))
        project = result.project
        shots = sum(len(e.shots) for e in project.episodes)
        scenes = sum(len(e.scenes) for e in project.episodes)
        summary = QLabel(self.tr("{title}: {episodes} episodes, {scenes} scenes, {shots} shots, "
                                 "{characters} characters, {locations} locations").format(
            title=project.title, episodes=len(project.episodes), scenes=scenes, shots=shots,
            characters=len(project.characters), locations=len(project.locations)), self)
        summary.setWordWrap(True)
        tabs = QTabWidget(self)
        tabs.addTab(self._scenes(result), self.tr("Scenes"))
        tabs.addTab(self._list(self.tr("Characters"), self._characters(result)), self.tr("Characters"))
        unread = [str(line) for line in result.unread]
        tabs.addTab(self._list(self.tr("Lines not read"), unread),
                    self.tr("Not read ({count})").format(count=len(unread)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.addButton(self.tr("Open as New Project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open as new project"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _scenes(self, result: ScriptImport) -> QTreeWidget:
        """Episodes and their scenes, each with its shots, its cast (who the call sheet will call)
        and its extras."""
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("Episodes and scenes to import"))
        tree.setHeaderLabels([self.tr("Episode / scene"), self.tr("Shots"), self.tr("Cast"), self.tr("Extras")])
        names = {c.id: c.name for c in result.project.characters}
        comma = "、" if result.project.language is Language.ZH else ", "
        for episode in result.project.episodes:
            title = self.tr("Episode {number}").format(number=episode.number)
            item = QTreeWidgetItem(tree, [f"{title} {episode.title}".strip(), str(len(episode.shots))])
            for scene in episode.scenes:
                count = sum(1 for s in episode.shots if s.scene_id == scene.id)
                cast = comma.join(names[c] for c in scene.cast)
                QTreeWidgetItem(item, [scene.heading or scene.code, str(count), cast, str(scene.extras or "")])
        tree.expandToDepth(0)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            tree.resizeColumnToContents(column)
        tree.setColumnWidth(0, min(tree.columnWidth(0), 320))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return tree

    def _characters(self, result: ScriptImport) -> list[str]:
        """Each character's name; a role only ever heard (voice-over, narrator) says it is a voice for post."""
        project = result.project
        present = {c for e in project.episodes for s in e.scenes for c in s.cast}
        present |= {c.character_id for e in project.episodes for s in e.shots for c in s.characters}
        return [c.name if c.id in present else self.tr("{name} — voice for post").format(name=c.name)
                for c in project.characters]

    def _list(self, name: str, lines: list[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.addItems(lines)
        return widget


def choose_script(parent: QWidget, start: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import Script"), start,
                                          _tr("Scripts ({patterns})").format(patterns=SCRIPT_FILTER))
    return Path(name) if name else None


def read_script_or_say(parent: QWidget, path: Path) -> ScriptImport | None:
    """The script's import, or None after one message naming the file and the problem. A script
    without a scene heading ShotGraph knows is read with headings the user teaches from one of its
    lines (None when they cancel)."""
    try:
        return read_script(path)
    except NoHeadingsError as error:
        return choose_scene_headings(parent, path, error)
    except ShotGraphError as error:
        QMessageBox.warning(parent, _tr("ShotGraph cannot import this script"), str(error))
        return None


def import_script(bridge: DocumentBridge, parent: QWidget, path: Path,
                  may_replace: Callable[[], bool] = lambda: True) -> bool:
    """Preview the script, then open what it makes as a new, unsaved project.

    ``may_replace`` is asked once the preview is accepted, before the open project is replaced
    (the File menu asks there about unsaved work); False keeps the open project.
    """
    result = read_script_or_say(parent, path)
    if result is None or ScriptPreview(result, path, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    if not may_replace():
        return False
    document = Document(result.project)
    document.mark_unsaved()
    bridge.open(document, None)
    return True


def reimport_revised_script(bridge: DocumentBridge, parent: QWidget, path: Path) -> ReimportSummary | None:
    """Bring a revised script into the open project after showing what will change."""
    result = read_script_or_say(parent, path)
    if result is None or bridge.document is None:
        return None
    edit, summary = reimport_script(bridge.document, result.script)
    if summary.is_empty:
        QMessageBox.information(parent, _tr("Re-import Script"),
                                _tr("The project already matches {name}.").format(name=path.name))
        return summary
    details = "\n".join(summary.lines())
    answer = QMessageBox.question(parent, _tr("Re-import Script"),
                                  _tr("Bring {name} into the project?\n\n{details}").format(
                                      name=path.name, details=details))
    if answer == QMessageBox.StandardButton.Yes and bridge.push(edit):
        return summary
    return None
