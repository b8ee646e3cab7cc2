"""The main window: project tree on the left, storyboard in the centre, shot details on the right,
findings below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QSplitter, QWidget

from shotgraph.core.document import Document
from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Episode, Project
from shotgraph.core.rules.checker import Checker
from shotgraph.core.rules.findings import Finding

from .findings import FindingsPanel
from .project_tree import ProjectTree
from .shot_details import ShotDetails
from .storyboard.grid import StoryboardGrid


class MainWindow(QMainWindow):
    """One open project, browsed by episode and scene."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.document: Document | None = None
        self.checker: Checker | None = None
        self.path: Path | None = None
        self._episode: Episode | None = None
        self.tree = ProjectTree(self)
        self.grid = StoryboardGrid(self)
        self.details = ShotDetails(self)
        self.findings = FindingsPanel(self)
        self._build_layout()
        self._build_findings_dock()
        self._build_menus()
        self.tree.place_selected.connect(self._on_tree_place_selected)
        self.findings.finding_activated.connect(self._on_findings_finding_activated)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.setWindowTitle(self.tr("ShotGraph"))
        self.resize(1400, 900)

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.tree, self.grid, self.details):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 740, 360])
        self.setCentralWidget(splitter)

    def _build_findings_dock(self) -> None:
        self.findings_dock = QDockWidget(self.tr("Findings"), self)
        self.findings_dock.setObjectName("findings_dock")
        self.findings_dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.resizeDocks([self.findings_dock], [260], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.findings_dock.toggleViewAction())

    def open_project(self, path: Path) -> bool:
        """Load and show a project; on failure say why in a message box and keep what was open."""
        try:
            project = load_project(path)
        except ShotGraphError as error:
            self.show_error(error)
            return False
        self.show_project(project, Path(path))
        return True

    def show_project(self, project: Project, path: Path | None) -> None:
        """Show ``project`` (read from ``path``) with its first episode selected."""
        self.project, self.path = project, path
        self.document = Document(project)
        self.checker = Checker(self.document)
        self.checker.attach(self.document)
        self.findings.set_checker(self.checker, project.language)
        title = project.title or (path.stem if path else "")
        self.setWindowTitle(self.tr("{title} — ShotGraph").format(title=title))
        self.tree.show_project(project)
        self.grid.storyboard().set_shots([], None)
        self.details.show_nothing()
        self.tree.select_episode(0)

    def show_error(self, error: ShotGraphError) -> None:
        QMessageBox.critical(self, self.tr("ShotGraph cannot open this project"), str(error))

    def _on_open_action_triggered(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Project"), start, self.tr("ShotGraph projects (*.shotgraph)"))
        if name:
            self.open_project(Path(name))

    def _on_tree_place_selected(self, episode_id: str, scene_id: str) -> None:
        assert self.project is not None
        episode = next(e for e in self.project.episodes if e.id == episode_id)
        shots = [s for s in episode.shots if not scene_id or s.scene_id == scene_id]
        self._episode = episode
        self.grid.storyboard().set_shots(shots, self.path.parent if self.path else None)
        self.details.show_nothing()

    def _on_findings_finding_activated(self, finding: Finding) -> None:
        episode = self._episode_of(finding)
        if episode is None:
            return
        self.tree.select_episode_id(episode.id)
        if finding.shot_ids:
            self.grid.select_shot(finding.shot_ids[0])

    def _episode_of(self, finding: Finding) -> Episode | None:
        """The episode holding the finding's first shot, else the one with its number."""
        assert self.project is not None
        episodes = self.project.episodes
        if finding.shot_ids:
            first = finding.shot_ids[0]
            owner = next((e for e in episodes if any(s.id == first for s in e.shots)), None)
            if owner is not None:
                return owner
        return next((e for e in episodes if e.number == finding.episode), None)

    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.project is None or self._episode is None:
            self.details.show_nothing()
            return
        self.details.show_shot(self.project, self._episode, self.grid.storyboard().shot(current.row()))
