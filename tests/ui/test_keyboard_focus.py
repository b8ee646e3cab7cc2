"""Working the main window from the keyboard: Tab goes round every control in sight, each named,
and a menu closed with Esc gives the arrow keys back to the view."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from shotgraph.core.graph import episode_order


@dataclass
class Stop:
    """Where one press of Tab put the focus, as the user saw it then."""

    widget: QWidget
    in_sight: bool
    label: str


def label_of(widget: QWidget) -> str:
    """What names a control for the user: its accessible name, its own text, or its label."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex())
    labels = widget.window().findChildren(QLabel)
    return next((label.text() for label in labels if label.buddy() is widget and label.isVisible()), "")


def press_tab(qtbot, backwards: bool = False) -> QWidget:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()  # the focus settles where the user can see it
    return QApplication.focusWidget()


def tab_round(qtbot, view: QWidget, backwards: bool = False) -> list[Stop]:
    """Press Tab from ``view`` until the focus comes round again to its first stop; every stop on the way."""
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: view.hasFocus() or view.isAncestorOf(QApplication.focusWidget()))
    stops: list[Stop] = []
    for _ in range(300):
        focused = press_tab(qtbot, backwards)
        if stops and focused is stops[-1].widget:
            continue  # Tab steps through a date's day, month and year before it leaves
        if any(stop.widget is focused for stop in stops):
            assert focused is stops[0].widget, f"Tab is caught in {label_of(focused) or type(focused).__name__}"
            return stops
        in_sight = focused.isVisible() and not focused.visibleRegion().isEmpty()
        stops.append(Stop(focused, in_sight, label_of(focused)))
    pytest.fail("Tab never came back round")


def reached(view: QWidget, stops: list[Stop]) -> bool:
    return any(stop.widget is view or view.isAncestorOf(stop.widget) for stop in stops)


def open_file_menu(qtbot, window) -> None:
    """Press Alt+F over the focused view and wait until the File menu is on screen."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu)
    # open as a user sees it: headless Qt activates the menu's window a moment after showing it
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.file_menu.windowHandle())


@pytest.fixture
def active(window, qtbot):
    """The demo window, active, with the first shot of episode 1 selected."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.bridge.select([episode_order(window.project.episodes[0])[0].id])
    return window


@pytest.mark.parametrize("view", ["canvas", "grid", "schedule"])
def test_tab_goes_round_every_control_in_sight_and_back_to_the_view(active, qtbot, view):
    start = getattr(active, view)
    active.tabs.setCurrentWidget(start)
    stops = tab_round(qtbot, start)
    assert [stop.label or stop.widget for stop in stops if not stop.in_sight] == []
    assert [stop.widget for stop in stops if not stop.label.strip()] == []
    assert all(reached(widget, stops) for widget in (start, active.tree, active.details, active.findings.table))


def test_shift_tab_goes_round_the_other_way(active, qtbot):
    stops = tab_round(qtbot, active.canvas, backwards=True)
    assert [stop.label or stop.widget for stop in stops if not stop.in_sight] == []
    assert reached(active.canvas, stops) and reached(active.details, stops)


def test_tab_leaves_the_findings_table(active, qtbot):
    table = active.findings.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert not table.isAncestorOf(press_tab(qtbot)) and QApplication.focusWidget() is not table


def test_tab_skips_the_budget_behind_the_findings_and_reaches_it_once_shown(active, qtbot):
    budget = active.budget
    stops = tab_round(qtbot, active.canvas)
    assert not any(budget.isAncestorOf(stop.widget) for stop in stops)
    active.budget_dock.raise_()
    qtbot.waitUntil(lambda: not active.budget_dock.visibleRegion().isEmpty())
    stops = tab_round(qtbot, active.canvas)
    assert any(budget.isAncestorOf(stop.widget) for stop in stops)


def test_after_esc_closes_a_menu_the_arrow_keys_move_between_cards(active, qtbot):
    canvas = active.canvas
    first, second = episode_order(active.project.episodes[0])[:2]
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    open_file_menu(qtbot, active)
    qtbot.keyClick(active.file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert active.bridge.selected == (second.id,) and first.id != second.id
    assert QApplication.activePopupWidget() is None


def test_a_submenu_closed_with_esc_leaves_its_menu_open(active, qtbot):
    active.canvas.setFocus()
    qtbot.waitUntil(active.canvas.hasFocus)
    open_file_menu(qtbot, active)
    recent = next(action.menu() for action in active.file_menu.actions() if action.menu() is not None)
    active.file_menu.setActiveAction(recent.menuAction())
    recent.popup(active.file_menu.mapToGlobal(active.file_menu.rect().topRight()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is recent)
    qtbot.keyClick(recent, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is active.file_menu)
    qtbot.keyClick(active.file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(active.canvas.hasFocus)


@pytest.mark.parametrize("tab", ["project", "episodes", "characters", "people", "locations", "props"])
def test_every_tab_stop_of_the_project_editor_is_in_sight_and_named(window, qtbot, tab):
    editor = window.project_menu.open_editor(tab)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)
    stops = tab_round(qtbot, editor.tabs)
    assert [stop.label or stop.widget for stop in stops if not stop.in_sight] == []
    assert [stop.widget for stop in stops if not stop.label.strip()] == []
    assert reached(editor.pages[tab], stops)


def test_with_nothing_selected_an_arrow_picks_the_leftmost_card(active, qtbot):
    canvas = active.canvas
    active.bridge.select([])
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    cards = canvas.graph_scene.cards
    leftmost = min(cards, key=lambda shot_id: (cards[shot_id].x(), cards[shot_id].y()))
    assert active.bridge.selected == (leftmost,)
    assert leftmost == episode_order(active.project.episodes[0])[0].id
