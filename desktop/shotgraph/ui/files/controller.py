"""The File menu's work: new, open, recent, save, save as, import, close — never losing the user's work.

Saving is atomic (the store writes a temporary file, then replaces); a failed save says why
and leaves the document modified. Unsaved work is autosaved every minute and offered back
after a crash; closing or replacing it asks first; a change made on disk by someone else
is noticed (by the watcher, and at save time) and the user decides whose version wins.
A read-only file is replaced only when the user says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from shotgraph.core.document import Document
from shotgraph.core.io.atomic import ChangedOnDisk, ReadOnlyFile
from shotgraph.core.io.errors import InputError, ShotGraphError
from shotgraph.core.io.fingerprint import Fingerprint, fingerprint_file
from shotgraph.core.io.project_file import ProjectFile
from shotgraph.core.io.recovery import RecoveryFile, discard_recovery, find_recovery
from shotgraph.core.io.shotlist import read_shotlist
from shotgraph.core.model import Episode, Project, Scene, new_id

from ..bridge import DocumentBridge
from . import prompts, recent
from .autosave import Autosaver, is_read_only, origin_of, recovery_for
from .exporting import ExportMenu
from .media import copy_media
from .scripts import ScriptActions
from .watcher import DiskWatcher


def empty_project() -> Project:
    """A new project: one episode with one scene, no title, never saved."""
    scene = Scene(id=new_id("sc"), code="1")
    return Project(id=new_id("pr"), episodes=[Episode(id=new_id("ep"), number=1, scenes=[scene])])


class FileController(QObject):
    """Builds the File menu of ``window`` and keeps its project safe on disk."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge) -> None:
        super().__init__(window)
        self.window, self.bridge = window, bridge
        self._suggested_name = ""
        self.disk: ProjectFile | None = None  # the open project's file, as last read or written
        self._opening: ProjectFile | None = None
        self.autosaver = Autosaver(bridge, self)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.watcher = DiskWatcher(self)
        self.watcher.changed_elsewhere.connect(self._on_watcher_changed_elsewhere)
        self.watcher.deleted.connect(self._on_watcher_deleted)
        self.bridge.opened.connect(self._on_bridge_opened)
        self._build_menu()

    # -- the menu -------------------------------------------------------------------------

    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        keys = QKeySequence.StandardKey
        self.menu = self.window.menuBar().addMenu(self.tr("&File"))
        self.menu.setObjectName("file_menu")
        self.menu.setAccessibleName(self.tr("File menu"))
        self.new_action = self._action(self.tr("&New"), "new_action", self._on_new_action_triggered, keys.New)
        self.open_action = self._action(self.tr("&Open…"), "open_action", self._on_open_action_triggered, keys.Open)
        self.recent_menu = self.menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.setAccessibleName(self.tr("Recent projects"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self.menu.addSeparator()
        self.save_action = self._action(self.tr("&Save"), "save_action", self._on_save_action_triggered, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), "save_as_action", self._on_save_as_action_triggered,
                                           QKeySequence(self.tr("Ctrl+Shift+S")))
        self.menu.addSeparator()
        self.import_action = self._action(self.tr("&Import Shot List…"), "import_shotlist_action",
                                          self._on_import_action_triggered)
        self.scripts = ScriptActions(self)
        self.exports = ExportMenu(self.window, self.bridge, self.menu)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), "quit_action", self.window.close,
                                        QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._on_recent_menu_about_to_show()

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        paths = recent.recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(self.tr("&{number} {name} — {folder}").format(
                number=number % 10, name=path.name, folder=path.parent))
            action.setData(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if not paths:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear Recent Projects")).triggered.connect(self._on_clear_recent_triggered)

    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_recent(Path(str(action.data())))

    def _on_clear_recent_triggered(self) -> None:
        recent.clear()

    def open_recent(self, path: Path) -> bool:
        """Open a remembered project; one that is gone is dropped from the list with a message."""
        if not path.is_file():
            recent.forget(path)
            prompts.say(self.window, self.tr("Project not found"),
                        self.tr("{file} no longer exists. It was removed from the recent projects.").format(file=path))
            return False
        return self.open_file(path)

    # -- opening --------------------------------------------------------------------------

    def _on_new_action_triggered(self) -> None:
        self.new_project()

    def new_project(self) -> bool:
        """Replace the open project (asking first about unsaved work) with an empty untitled one."""
        if not self.confirm_discard():
            return False
        self._suggested_name = ""
        self._show(empty_project(), None, modified=False)
        return True

    def _on_open_action_triggered(self) -> None:
        self.choose_and_open()

    def choose_and_open(self) -> bool:
        """Ask for a project and open it; False when the user cancels or it cannot be opened."""
        path = prompts.choose_project_to_open(self.window, str(self.bridge.folder or ""))
        return path is not None and self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a project file, offering its autosaved work back if ShotGraph crashed with it open."""
        file = ProjectFile(path)
        try:
            project = file.load()
        except ShotGraphError as error:
            prompts.warn(self.window, self.tr("ShotGraph cannot open this project"), str(error))
            return False
        if not self.confirm_discard():
            return False
        recovery = recovery_for(path, project.id)
        restored = self._offer(recovery, path.name) if recovery is not None else None
        self._show(restored or project, path, modified=restored is not None, version=file.version)
        recent.remember(path)
        return True

    def offer_unsaved_recovery(self) -> bool:
        """At start: offer the newest autosave of a project that was never saved (or the read-only demo)."""
        recovery = find_recovery()
        current = self.bridge.project
        if recovery is None or (current is not None and recovery.path.name.startswith(current.id)):
            return False
        restored = self._offer(recovery, self.tr("Untitled"))
        if restored is None or not self.confirm_discard():
            return False
        self._show(restored, origin_of(restored.id), modified=True)
        return True

    def _offer(self, recovery: RecoveryFile, name: str) -> Project | None:
        """The autosaved project if the user restores it; a declined autosave is deleted."""
        try:
            project = recovery.load()
        except ShotGraphError as error:
            prompts.warn(self.window, self.tr("Autosave damaged"), str(error))
            return None
        if prompts.ask_restore(self.window, project.title or name, recovery.modified):
            return project
        try:
            discard_recovery(recovery.project_path, None if recovery.project_path else project.id)
        except ShotGraphError as error:
            self._on_autosaver_failed(str(error))
        return None

    def _show(self, project: Project, path: Path | None, *, modified: bool, version: Fingerprint | None = None) -> None:
        document = Document(project)
        if modified:
            document.mark_unsaved()
        self._opening = ProjectFile(path, version) if path is not None else None
        self.bridge.open(document, path)

    def _on_bridge_opened(self) -> None:
        self._follow_disk(self.bridge.path)
        self.watcher.watch(self.bridge.path)
        self.update_title()

    def _follow_disk(self, path: Path | None) -> None:
        """Remember which version of ``path`` the open project came from (views refreshed: keep it)."""
        opening, self._opening = self._opening, None
        if opening is not None and opening.path == path:
            self.disk = opening
        elif path is None:
            self.disk = None
        elif self.disk is None or self.disk.path != path:
            self.disk = ProjectFile(path, fingerprint_file(path))

    def update_title(self) -> None:
        """"file[*] — project title — ShotGraph", or "Untitled" for a project never saved."""
        project, path = self.bridge.project, self.bridge.path
        name = path.name if path else self.tr("Untitled")
        title = project.title if project else ""
        if title:
            text = self.tr("{name}[*] — {title} — ShotGraph").format(name=name, title=title)
        else:
            text = self.tr("{name}[*] — ShotGraph").format(name=name)
        self.window.setWindowTitle(text)

    # -- saving ---------------------------------------------------------------------------

    def _on_save_action_triggered(self) -> None:
        self.save()

    def _on_save_as_action_triggered(self) -> None:
        self.save_as()

    def save(self) -> bool:
        """Save to the project's file; a project never saved (or read-only) asks where."""
        path = self.bridge.path
        if path is None or is_read_only(path):
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        """Ask for a file and save there; media named by the project are copied to a new folder."""
        if self.bridge.project is None:
            return False
        path = prompts.choose_project_to_save(self.window, self._save_suggestion())
        return self._write(path) if path is not None else False

    def _save_suggestion(self) -> str:
        if self.bridge.path is not None:
            return str(self.bridge.path)
        return str(Path.home() / (self._suggested_name or self.tr("Untitled.shotgraph")))

    def _write(self, path: Path, *, replace_read_only: bool = False, overwrite_changes: bool = False) -> bool:
        project, old_path = self.bridge.project, self.bridge.path
        if project is None:
            return False
        file = self.disk if self.disk is not None and self.disk.path == path else ProjectFile(path)
        try:
            copied = self._copy_media(path)
            file.save(project, replace_read_only=replace_read_only, overwrite_changes=overwrite_changes)
        except ReadOnlyFile as error:
            return prompts.ask_replace_read_only(self.window, Path(error.file or path)) and self._write(
                path, replace_read_only=True, overwrite_changes=overwrite_changes)
        except ChangedOnDisk:
            return self._on_changed_on_disk(path, replace_read_only)
        except ShotGraphError as error:
            prompts.warn(self.window, self.tr("Not saved"), str(error))
            return False
        self.disk = file
        self.autosaver.discard(old_path)
        self.autosaver.discard(path)
        self.bridge.set_path(path)
        self.bridge.mark_saved()
        self.watcher.watch(path)
        recent.remember(path)
        self.update_title()
        message = self.tr("Saved {file}").format(file=path)
        if copied:
            message = self.tr("Saved {file}; {count} media file(s) copied beside it").format(file=path, count=copied)
        self.window.statusBar().showMessage(message, 8000)
        return True

    def _on_changed_on_disk(self, path: Path, replace_read_only: bool) -> bool:
        """Someone saved the file since we read it: the user chooses Overwrite, Save As… or Cancel."""
        self.watcher.accept_current()  # this question answers the watcher's too: ask once
        answer = prompts.ask_overwrite(self.window, path)
        if answer == prompts.OVERWRITE:
            return self._write(path, replace_read_only=replace_read_only, overwrite_changes=True)
        if answer == prompts.SAVE_AS:
            return self.save_as()
        return False

    def _copy_media(self, path: Path) -> int:
        """Copy the project's media when it moves to another folder; how many files were copied."""
        old_folder = self.bridge.folder
        if old_folder is None or old_folder.resolve() == path.parent.resolve():
            return 0
        project = self.bridge.project
        assert project is not None  # only an open project is saved
        result = copy_media(project, old_folder, path.parent)
        if result.missing:
            prompts.say(self.window, self.tr("Media not found"), self.tr(
                "{count} media file(s) the project names were not found under {folder}, so they were not copied. "
                "The first: {first}").format(count=len(result.missing), folder=old_folder, first=result.missing[0]))
        return len(result.copied)

    # -- importing ------------------------------------------------------------------------

    def _on_import_action_triggered(self) -> None:
        self.choose_and_import_shotlist()

    def choose_and_import_shotlist(self) -> bool:
        """Ask for a shot list and import it; False when the user cancels or it cannot be imported."""
        path = prompts.choose_shotlist(self.window, str(self.bridge.folder or ""))
        return path is not None and self.import_shotlist(path)

    def suggest_name(self, name: str) -> None:
        """The file name Save offers for the untitled project just imported."""
        self._suggested_name = name

    def import_shotlist(self, path: Path) -> bool:
        """A shot list becomes a new untitled project; its bad cells are listed, with the option to import the rest."""
        try:
            result = read_shotlist(path)
        except InputError as error:
            result = self._lenient_import(path, error)
        except ShotGraphError as error:
            prompts.warn(self.window, self.tr("Shot list not imported"), str(error))
            return False
        if result is None or not self.confirm_discard():
            return False
        self.suggest_name(f"{path.stem}.shotgraph")
        self._show(result.project, None, modified=True)
        shots = sum(len(e.shots) for e in result.project.episodes)
        self.window.statusBar().showMessage(
            self.tr("Imported {count} shot(s) from {file}").format(count=shots, file=path.name), 8000)
        return True

    def _lenient_import(self, path: Path, error: InputError):
        """The import with its bad cells left out, if the user agrees after seeing each of them."""
        try:
            result = read_shotlist(path, lenient=True)
        except ShotGraphError:
            result = None
        if result is None or not result.skipped:
            prompts.warn(self.window, self.tr("Shot list not imported"), str(error))
            return None
        return result if prompts.ask_lenient_import(self.window, path, result.skipped, result.unlisted) else None

    # -- closing and outside changes -----------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when the open work may be replaced: it is saved, the user saved it, or chose to discard it."""
        if not self.bridge.is_modified:
            return True
        name = self.bridge.path.name if self.bridge.path else self.tr("Untitled")
        answer = prompts.ask_save_changes(self.window, name)
        if answer == prompts.SAVE:
            return self.save()
        if answer == prompts.DISCARD:
            self.autosaver.discard()
            return True
        return False

    def close_requested(self) -> bool:
        """The window is closing: True if it may (the work is saved or let go), after a clean shutdown."""
        if self.bridge.parent() is self.window and not self.confirm_discard():
            return False
        self.exports.stop()
        if self.bridge.parent() is self.window:
            self.autosaver.discard()
        self.autosaver.timer.stop()
        self.watcher.watch(None)
        return True

    def _on_watcher_changed_elsewhere(self, path: Path) -> None:
        if not prompts.ask_reload(self.window, path):
            self._keep_mine(path)
            return
        file = ProjectFile(path)
        try:
            project = file.load()
        except ShotGraphError as error:
            prompts.warn(self.window, self.tr("Cannot reload"), str(error))
            self._keep_mine(path)
            return
        self.autosaver.discard()
        self._show(project, path, modified=False, version=file.version)

    def _keep_mine(self, path: Path) -> None:
        """The user keeps their work over the version on disk: the next save may replace it."""
        if self.disk is not None and self.disk.path == path:
            self.disk.accept_current()
        self._mark_unsaved()

    def _on_watcher_deleted(self, path: Path) -> None:
        prompts.say(self.window, self.tr("Project file deleted"), self.tr(
            "{file} was deleted or moved by another program. Your project is still open: "
            "save it to write the file again.").format(file=path))
        self._mark_unsaved()

    def _mark_unsaved(self) -> None:
        """What is on screen is no longer what is on disk: it counts as unsaved work."""
        self.bridge.mark_unsaved()

    def _on_autosaver_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(self.tr("Autosave failed: {reason}").format(reason=reason), 10000)
