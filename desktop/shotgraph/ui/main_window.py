"""The main window: episodes on the left; Graph, Storyboard and Schedule in the centre; the inspector,
scene diagram and AI takes on the right; findings, budget and generation below; the episode's summary in the
status bar; and the File, Edit, View, Project and Help menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from shotgraph.core.document import Document
from shotgraph.core.model import Project
from shotgraph.core.rules.findings import Finding

from .animatic_preview import install_play_episode_action
from .badges import ShotBadges
from .bridge import REDO_KEYS, DocumentBridge
from .budget import BudgetPanel
from .canvas import GraphCanvas
from .commands import EDIT_MENU, PROJECT_MENU, SEPARATOR, STRIP_MENU, WindowCommands
from .editors import install_project_menu
from .files import FileController
from .findings import FindingsPanel
from .generation import GenerationController
from .help import install_help_menu
from .inspector import Inspector
from .keyboard import install_keyboard_guard
from .legend import install_legend_action
from .panels import install_panel_keys
from .preferences import install_preferences_action
from .project_tree import ProjectTree
from .renumber import install_renumber_action
from .scene_diagram import SceneDiagram
from .schedule import ScheduleBoard
from .screen_layout import dock_sizes, hide_stray_tab_bars, restore_window, save_window
from .sketch import install_panel_editor
from .status import EpisodeSummary
from .storyboard.grid import StoryboardGrid
from .takes import TakesPanel
from .welcome import install_welcome_action
from .wheel_guard import install_wheel_guard

WINDOW_LAYOUT = "window"
"""Where the main window's layouts are saved, one per screen size ("window/1366x768/state")."""


class MainWindow(QMainWindow):
    """One open project: every view follows the bridge's document, episode and selection."""

    def __init__(self, parent: QWidget | None = None, bridge: DocumentBridge | None = None) -> None:
        """``bridge``: an open document to show (with its undo history), as when the language changes."""
        super().__init__(parent)
        install_wheel_guard()  # the wheel scrolls panels, never edits an unfocused field
        install_keyboard_guard()  # Tab leaves tables; Esc out of a menu gives the arrows back to the view
        self.setObjectName("main_window")
        self.bridge = bridge or DocumentBridge(self)
        self.bridge.setParent(self)
        self.badges = ShotBadges(self.bridge, self)
        self.tree = ProjectTree(self.bridge, self)
        self.canvas = GraphCanvas(self.bridge, self.badges, self)
        self.grid = StoryboardGrid(self.bridge, self.badges, self)
        self.details = Inspector(self.bridge, self)
        self.findings = FindingsPanel(self.bridge, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.canvas, self.tr("&Graph"))
        self.tabs.addTab(self.grid, self.tr("&Storyboard"))

        self.schedule = ScheduleBoard(self.bridge, self)
        self.tabs.addTab(self.schedule, self.tr("S&chedule"))
        self.setCentralWidget(self.tabs)
        area = Qt.DockWidgetArea
        self.tree_dock = self._dock("episodes_dock", self.tr("Episodes"), self.tree, area.LeftDockWidgetArea)
        self.details_dock = self._dock("inspector_dock", self.tr("Inspector"), self.details, area.RightDockWidgetArea)
        self.findings_dock = self._dock("findings_dock", self.tr("Findings"), self.findings, area.BottomDockWidgetArea)
        self.budget = BudgetPanel(self.bridge, self)
        self.budget_dock = self._dock("budget_dock", self.tr("Budget"), self.budget, area.BottomDockWidgetArea)
        self.tabifyDockWidget(self.findings_dock, self.budget_dock)
        self.diagram = SceneDiagram(self.bridge, self.badges, self)
        self.diagram_dock = self._dock("diagram_dock", self.tr("Scene Diagram"), self.diagram, area.RightDockWidgetArea)
        self.tabifyDockWidget(self.details_dock, self.diagram_dock)
        self.takes = TakesPanel(self.bridge, self)
        self.takes_dock = self._dock("takes_dock", self.tr("AI Takes"), self.takes, area.RightDockWidgetArea)
        self.tabifyDockWidget(self.diagram_dock, self.takes_dock)
        self.generation = GenerationController(self, self.bridge)
        self.tabifyDockWidget(self.budget_dock, self.generation.dock)
        self.details_dock.raise_()
        self.findings_dock.raise_()
        self.statusBar().addPermanentWidget(EpisodeSummary(self.bridge, self), 1)
        self._build_menus()
        self.findings.finding_activated.connect(self._on_findings_finding_activated)
        self.bridge.edit_failed.connect(self._on_bridge_edit_failed)
        self.bridge.modified_changed.connect(self.setWindowModified)
        self.bridge.opened.connect(self._update_title)
        self.setWindowTitle(self.tr("ShotGraph"))
        self.restore_layout()
        self.bridge.refresh_views()

    @property
    def project(self) -> Project | None:
        return self.bridge.project

    @property
    def document(self) -> Document | None:
        return self.bridge.document

    @property
    def path(self) -> Path | None:
        return self.bridge.path

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        self.files = FileController(self, self.bridge)
        self.file_menu, self.open_action = self.files.menu, self.files.open_action
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.bridge.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.bridge.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(REDO_KEYS)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.commands = WindowCommands(self, self.bridge)  # every command once, shown by every view
        self.commands.add(self.generation.command())
        for view in (self.canvas, self.grid, self.tree):
            view.use_commands(self.commands)
        self.schedule.menus.shot_menu_fillers.append(lambda menu, _ids: self.commands.fill_menu(menu, STRIP_MENU))
        self.commands.fill_menu(self.edit_menu, [*EDIT_MENU, SEPARATOR])
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.tree_dock, self.details_dock, self.diagram_dock, self.takes_dock, self.findings_dock,
                     self.budget_dock, self.generation.dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.canvas.view_actions())  # zoom and fit the Graph tab
        self.legend_action = install_legend_action(self)
        self.play_episode_action = install_play_episode_action(self, self.bridge)
        self.view_menu.addAction(self.takes.compare_action)  # Ctrl+Shift+T, the takes panel's command
        self.panel_actions = install_panel_keys(self)
        self.project_menu = install_project_menu(self)
        self.commands.fill_menu(self.project_menu, [*PROJECT_MENU, SEPARATOR], before=self.project_menu.actions()[0])
        self.commands.fill_menu(self.project_menu, [SEPARATOR, "send_to_generator"])
        self.panel_editors = install_panel_editor(self)
        self.renumber_action = install_renumber_action(self)
        self.edit_menu.addSeparator()
        self.preferences_action = install_preferences_action(self)  # last in the Edit menu
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("help_menu")
        self.help_menu.setAccessibleName(self.tr("Help menu"))
        self.welcome_action = install_welcome_action(self)
        self.help = install_help_menu(self)

    # -- opening --------------------------------------------------------------------------

    def open_project(self, path: Path) -> bool:
        """Load and show a project, asking first about unsaved work; on failure say why and keep what was open."""
        return self.files.open_file(Path(path))

    def show_project(self, project: Project, path: Path | None) -> None:
        """Show ``project`` (read from ``path``, None when never saved) with its first episode current."""
        self.bridge.open(Document(project), path)

    def _update_title(self) -> None:
        self.files.update_title()

    # -- reacting -------------------------------------------------------------------------

    def _on_findings_finding_activated(self, finding: Finding) -> None:
        if finding.shot_ids:
            self.bridge.select(finding.shot_ids)
            self.canvas.frame_shots(finding.shot_ids)

    def _on_bridge_edit_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Cannot do that: {reason}").format(reason=reason), 8000)

    # -- window state ---------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Put back the docks and size the user left on this screen; on a screen new to ShotGraph, fit it."""
        if not restore_window(self, WINDOW_LAYOUT, QSize(1440, 900)):
            left, right, bottom = dock_sizes(self.size())
            self.resizeDocks([self.tree_dock, self.details_dock], [left, right], Qt.Orientation.Horizontal)
            self.resizeDocks([self.findings_dock], [bottom], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: hide_stray_tab_bars(self))  # once the docks are laid out

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close_requested():  # unsaved work: Save / Discard / Cancel
            event.ignore()
            return
        save_window(self, WINDOW_LAYOUT)
        super().closeEvent(event)
