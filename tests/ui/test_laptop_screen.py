"""On a 1366×768 laptop every window fits, and each screen keeps its own layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSettings, QSize, Qt
from PySide6.QtWidgets import QSplitter

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.shotlist import CellProblem
from shotgraph.demo import demo_project_path
from shotgraph.ui import screen_layout
from shotgraph.ui.files.import_errors import ImportErrorsDialog
from shotgraph.ui.findings.waive import WaiveDialog
from shotgraph.ui.help.guide import GuideWindow, guide_file
from shotgraph.ui.help.shortcuts import ShortcutSheet
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.preferences import PreferencesDialog
from shotgraph.ui.renumber import RenumberDialog
from shotgraph.ui.screen_layout import FRAME, ScreenInfo
from shotgraph.ui.script_import import ScriptPreview
from shotgraph.ui.welcome import show_welcome

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "契约.txt"
LAPTOP = ScreenInfo("1366x768", QRect(0, 0, 1366, 728))
"""A 1366×768 laptop screen less a 40-pixel taskbar."""
MONITOR = ScreenInfo("2560x1440", QRect(1366, 0, 2560, 1400))


@pytest.fixture
def screens(monkeypatch):
    """Connect these screens (the first is where new windows open)."""
    def connect(*connected: ScreenInfo) -> None:
        monkeypatch.setattr(screen_layout, "current_screen", lambda widget: connected[0])
        monkeypatch.setattr(screen_layout, "connected_screens", lambda: list(connected))
    return connect


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    yield install_language(request.param)
    install_language("en")


@pytest.fixture
def laptop_window(screens, language, request) -> MainWindow:
    """The demo window, made in ``language`` on a laptop with nothing saved yet."""
    screens(LAPTOP)
    return request.getfixturevalue("window")


def fits_laptop(size: QSize) -> bool:
    """Whether a window this size, with its frame and title bar, fits the laptop's free area."""
    return size.width() + FRAME.width() <= LAPTOP.area.width() and size.height() + FRAME.height() <= 728


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_opens_inside_a_laptop_screen(laptop_window):
    window = laptop_window
    assert fits_laptop(window.size()) and fits_laptop(window.minimumSizeHint())
    assert LAPTOP.area.contains(QRect(window.pos(), window.size() + FRAME))
    assert window.tabs.width() >= window.width() // 2, "the docks leave the graph at least half the window"
    assert window.tabs.height() >= window.height() // 2


def test_every_dialog_fits_a_laptop_screen(laptop_window, qtbot, tmp_path):
    window = laptop_window
    window.bridge.select([episode_order(window.project.episodes[0])[0].id])
    finding = window.findings.model.findings()[0]
    dialogs = [window.project_menu.open_editor("characters"), window.panel_editors.open(window.bridge.selected[0]),
               show_welcome(window), PreferencesDialog(window), ShortcutSheet(window),
               RenumberDialog(window.bridge, window),
               GuideWindow(guide_file("en"), window), WaiveDialog(finding, "zh", window),
               ImportErrorsDialog(tmp_path / "shots.csv", [CellProblem(3, "Lens", "abc", "not a number")] * 40, window),
               ScriptPreview(read_script(SCRIPT), SCRIPT, window)]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        name = dialog.objectName() or type(dialog).__name__
        assert fits_laptop(dialog.size()), f"{name} opens at {dialog.size()}"
        assert fits_laptop(dialog.minimumSizeHint()), f"{name} cannot shrink below {dialog.minimumSizeHint()}"
        dialog.close()


def test_the_panel_editor_shows_the_whole_vertical_frame_on_a_laptop(laptop_window, qtbot):
    window = laptop_window
    editor = window.panel_editors.open(episode_order(window.project.episodes[0])[0].id)
    qtbot.waitExposed(editor)
    canvas = editor.canvas
    assert fits_laptop(editor.size())
    assert editor.rect().contains(QRect(canvas.mapTo(editor, QPoint(0, 0)), canvas.size()))
    frame = canvas.panel_rect()
    assert QRectF(canvas.rect()).contains(frame)
    assert frame.width() / frame.height() == pytest.approx(9 / 16, abs=0.01)
    assert frame.height() >= 400, "the frame is scaled to the room there is, not shrunk to a thumbnail"


def test_each_screen_gets_back_its_own_layout(screens, qtbot):
    screens(LAPTOP)
    laptop = new_window(qtbot)
    laptop.tree_dock.close()
    laptop.close()
    assert isinstance(QSettings().value("window/1366x768/state"), QByteArray)
    screens(MONITOR)
    monitor = new_window(qtbot)
    assert monitor.tree_dock.isVisible(), "the monitor has no layout yet: it starts with every dock"
    monitor.findings_dock.close()
    monitor.close()
    screens(LAPTOP)
    again = new_window(qtbot)
    assert not again.tree_dock.isVisible() and again.findings_dock.isVisible()
    screens(MONITOR)
    again = new_window(qtbot)
    assert again.tree_dock.isVisible() and not again.findings_dock.isVisible()


def test_with_both_screens_connected_the_window_comes_back_as_it_was_on_the_last_one(screens, qtbot):
    screens(MONITOR)
    monitor = new_window(qtbot)
    monitor.budget_dock.close()
    monitor.close()
    screens(LAPTOP, MONITOR)
    again = new_window(qtbot)
    assert not again.budget_dock.isVisible()


def test_a_splitter_keeps_where_it_was_dragged_on_each_screen(screens, qtbot):
    screens(LAPTOP)
    window = new_window(qtbot)
    assert window.open_project(demo_project_path())
    characters = window.project_menu.open_editor("characters").pages["characters"]
    splitter = characters.findChild(QSplitter)
    qtbot.waitExposed(splitter)
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    dragged = splitter.sizes()
    assert dragged[0] > 300
    window.project_menu.editor.close()
    window.close()
    again = new_window(qtbot)
    assert again.open_project(demo_project_path())
    reopened = again.project_menu.open_editor("characters").pages["characters"].findChild(QSplitter)
    qtbot.waitExposed(reopened)
    assert reopened.sizes() == dragged
    screens(MONITOR)
    elsewhere = new_window(qtbot)
    assert elsewhere.open_project(demo_project_path())
    other = elsewhere.project_menu.open_editor("characters").pages["characters"].findChild(QSplitter)
    qtbot.waitExposed(other)
    assert other.sizes()[0] < 300


def test_the_panel_editor_opens_at_the_size_last_left_on_each_screen(screens, window, qtbot):
    shot_id = episode_order(window.project.episodes[0])[0].id
    screens(LAPTOP)
    editor = window.panel_editors.open(shot_id)
    qtbot.waitExposed(editor)
    editor.resize(520, 640)
    editor.close()
    laptop = window.panel_editors.open(shot_id)
    qtbot.waitExposed(laptop)
    assert laptop.size() == QSize(520, 640)
    laptop.close()
    screens(MONITOR)
    monitor = window.panel_editors.open(shot_id)
    qtbot.waitExposed(monitor)
    assert monitor.size() == QSize(900, 960), "nothing saved on the monitor: the editor's own size, which fits there"
