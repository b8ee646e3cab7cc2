"""Editing shooting days on the Schedule tab: the day dialog, the day menu, and Plan Days…."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from shotgraph.core.edits.days import RemoveDay, UpdateDay
from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.schedule import prompts
from shotgraph.ui.schedule.day_dialog import DayDialog
from shotgraph.ui.schedule.plan_dialog import PlanDialog


@pytest.fixture
def board(window, qtbot):
    window.resize(1600, 1200)
    window.tabs.setCurrentWidget(window.schedule)
    qtbot.waitUntil(lambda: window.schedule.columns["day_1"].header.isVisible())
    return window.schedule


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _open_day_dialog(qtbot, board, day_id: str) -> DayDialog:
    header = board.columns[day_id].header
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton, pos=header.title.geometry().center())
    dialog = board.operations.dialog
    assert isinstance(dialog, DayDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _menu_entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_double_clicking_a_day_heading_edits_it_in_one_undo_step(window, board, qtbot):
    before = window.bridge.document.day("day_1").model_copy(deep=True)
    stack = window.bridge.undo_stack
    count = stack.count()
    dialog = _open_day_dialog(qtbot, board, "day_1")
    assert dialog.date.date() == QDate(2026, 12, 2) and dialog.status.currentData() is False
    dialog.date.setDate(QDate(2026, 12, 9))
    dialog.call.setTime(QTime(6, 30))
    dialog.status.setCurrentIndex(dialog.status.findData(True))
    _ok(qtbot, dialog)
    day = window.bridge.document.day("day_1")
    assert (day.date, day.unit_call, day.final) == (dt.date(2026, 12, 9), dt.time(6, 30), True)
    assert stack.count() == count + 1 and stack.undoText().startswith("Edit Shooting Day")
    column = board.columns["day_1"]
    assert "Final" in column.header.details.text() and "06:30" in column.header.details.text()
    assert list(board.columns) == ["day_2", "day_1"]  # date order
    stack.undo()
    assert window.bridge.document.day("day_1") == before


def test_cancel_changes_nothing_and_locations_are_picked_from_the_project(window, board, qtbot):
    count = window.bridge.undo_stack.count()
    dialog = _open_day_dialog(qtbot, board, "day_2")
    dialog.call.setTime(QTime(5, 0))
    dialog.reject()
    assert window.bridge.undo_stack.count() == count
    dialog = _open_day_dialog(qtbot, board, "day_2")
    names = [dialog.locations.item(k).text() for k in range(dialog.locations.count())]
    assert names == [location.name for location in window.project.locations]
    for k in range(dialog.locations.count()):
        dialog.locations.item(k).setCheckState(Qt.CheckState.Checked)
    assert dialog.messages["location_ids"].isVisible()  # more than the planning limit: said, not refused
    _ok(qtbot, dialog)
    assert set(window.bridge.document.day("day_2").location_ids) == {loc.id for loc in window.project.locations}


def test_too_long_notes_are_refused_beside_the_field(window, board, qtbot):
    count = window.bridge.undo_stack.count()
    dialog = _open_day_dialog(qtbot, board, "day_1")
    dialog.notes.setPlainText("雨" * 20_001)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.messages["notes"].isVisible()
    assert "20,000" in dialog.messages["notes"].text()
    assert window.bridge.undo_stack.count() == count
    dialog.notes.setPlainText("带雨衣")
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and window.bridge.document.day("day_1").notes == "带雨衣"


def test_enter_on_a_focused_day_heading_opens_the_editor(window, board, qtbot):
    header = board.columns["day_2"].header
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert isinstance(board.operations.dialog, DayDialog)
    board.operations.dialog.reject()
    qtbot.keyClick(header, Qt.Key.Key_F2)
    assert isinstance(board.operations.dialog, DayDialog)


def test_the_menu_key_opens_the_day_menu_and_add_day_after_makes_the_next_free_date(window, board, qtbot):
    header = board.columns["day_1"].header
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = board.menus.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions() if a.text()] == ["&Edit Day…", "Mark Call Sheet &Final",
                                                              "&Add Day After", "&Delete Day", "&Plan Days…"]
    _menu_entry(menu, "Add Day After").trigger()
    dates = sorted(day.date for day in window.project.days)
    assert dates == [dt.date(2026, 12, 2), dt.date(2026, 12, 3), dt.date(2026, 12, 4)]
    assert len(board.columns) == 3 and QApplication.focusWidget() is board.columns[
        next(d.id for d in window.project.days if d.date == dt.date(2026, 12, 4))].header


def _day_menu(qtbot, board, day_id: str) -> QMenu:
    header = board.columns[day_id].header
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    return board.menus.menu


def test_mark_call_sheet_final_issues_version_1_in_one_undo_step_and_offers_draft_next(window, board, qtbot):
    stack = window.bridge.undo_stack
    count = stack.count()
    _menu_entry(_day_menu(qtbot, board, "day_1"), "Mark Call Sheet Final").trigger()
    day = window.bridge.document.day("day_1")
    assert day.final and day.version == 1 and day.issued is not None and stack.count() == count + 1
    assert "Final" in board.columns["day_1"].header.details.text()
    _menu_entry(_day_menu(qtbot, board, "day_1"), "Mark Call Sheet Draft").trigger()
    assert not window.bridge.document.day("day_1").final
    stack.undo()
    stack.undo()
    assert window.bridge.document.day("day_1").issued is None


def test_keeping_final_while_changing_the_call_issues_the_next_version(window, board, qtbot):
    _menu_entry(_day_menu(qtbot, board, "day_1"), "Mark Call Sheet Final").trigger()
    dialog = _open_day_dialog(qtbot, board, "day_1")
    assert dialog.status.currentData() is True and "version 1, final" in dialog.version.text()
    dialog.call.setTime(QTime(5, 30))
    _ok(qtbot, dialog)
    day = window.bridge.document.day("day_1")
    assert (day.final, day.version, day.unit_call) == (True, 2, dt.time(5, 30)) and day.issued_before is not None
    assert day.issued.times["General crew call 全体集合"] == "05:30"


def test_a_final_day_changed_since_opens_as_a_draft_that_says_what_final_would_issue(window, board, qtbot):
    _menu_entry(_day_menu(qtbot, board, "day_1"), "Mark Call Sheet Final").trigger()
    window.bridge.push(UpdateDay("day_1", {"unit_call": dt.time(5, 0)}))
    assert "Mark Call Sheet Final" in [a.text().replace("&", "") for a in _day_menu(qtbot, board, "day_1").actions()]
    dialog = _open_day_dialog(qtbot, board, "day_1")
    assert dialog.status.currentData() is False
    assert "Version 1 was final" in dialog.version.text() and "Final issues version 2" in dialog.version.text()
    dialog.reject()


def test_delete_day_asks_first_when_it_has_shots(window, board, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "confirm_delete_day", lambda parent, date, count: asked.append(count) or False)
    board._on_header_menu_requested("day_1", QPoint(0, 0))
    _menu_entry(board.menus.menu, "Delete Day").trigger()
    assert asked and asked[0] > 0 and window.bridge.document.day("day_1")
    monkeypatch.setattr(prompts, "confirm_delete_day", lambda parent, date, count: True)
    _menu_entry(board.menus.day_menu("day_1"), "Delete Day").trigger()
    assert "day_1" not in board.columns
    window.bridge.undo_stack.undo()
    assert "day_1" in board.columns


def test_an_empty_day_is_deleted_without_a_question(window, board, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "confirm_delete_day", lambda *args: pytest.fail("asked about an empty day"))
    _menu_entry(board.menus.day_menu("day_2"), "Add Day After").trigger()
    new = next(d.id for d in window.project.days if d.id not in ("day_1", "day_2"))
    _menu_entry(board.menus.day_menu(new), "Delete Day").trigger()
    assert new not in board.columns


def test_plan_days_suggests_the_first_days_date_and_every_episode(window, board, qtbot):
    qtbot.mouseClick(board.plan_button, Qt.MouseButton.LeftButton)
    dialog = board.operations.dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.first_date.day() == dt.date(2026, 12, 2)
    assert dialog.episode_ids() == [e.id for e in window.project.episodes]
    assert "9 shots to plan" in dialog.episodes.item(1).text()
    dialog.reject()
    assert len(window.project.days) == 2


def test_plan_days_on_a_new_project_suggests_tomorrow(window, qtbot):
    assert window.files.new_project()
    dialog = PlanDialog(window.project, window)
    assert dialog.first_date.day() == dt.date.today() + dt.timedelta(days=1)
    assert dialog.episode_ids() == [e.id for e in window.project.episodes]


def _unscheduled_episodes(project) -> set[str]:
    placed = {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    return {e.id for e in project.episodes for s in e.shots if s.mode is not Mode.AI and s.id not in placed}


def test_plan_days_plans_only_the_ticked_episodes_from_the_chosen_date(window, board, qtbot):
    first, second = (e.id for e in window.project.episodes)
    assert window.bridge.push(RemoveDay("day_1"))  # episode 1 now has unscheduled shots too
    assert _unscheduled_episodes(window.project) == {first, second}
    qtbot.mouseClick(board.plan_button, Qt.MouseButton.LeftButton)
    dialog = board.operations.dialog
    qtbot.mouseClick(next(b for b in dialog.findChildren(type(board.plan_button)) if b.text() == "&None"),
                     Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.isVisible()  # nothing ticked: refused, said why
    dialog.episodes.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.first_date.setDate(QDate(2027, 2, 1))
    count = window.bridge.undo_stack.count()
    _ok(qtbot, dialog)
    assert _unscheduled_episodes(window.project) == {first}
    assert window.bridge.undo_stack.count() == count + 1 and window.bridge.undo_stack.undoText() == "Plan Days"
    new = [d for d in window.project.days if d.id != "day_2"]
    assert new and min(d.date for d in new) == dt.date(2027, 2, 1)


def test_a_new_project_gets_its_first_day_from_the_unscheduled_menu_and_edits_it_by_keyboard(window, qtbot):
    assert window.files.new_project()
    window.tabs.setCurrentWidget(window.schedule)
    board = window.schedule
    assert not board.columns
    board.unscheduled.strips.setFocus()
    qtbot.keyClick(board.unscheduled.strips, Qt.Key.Key_Menu)
    assert [a.text() for a in board.menus.menu.actions()] == ["&Add Day", "&Plan Days…"]
    _menu_entry(board.menus.menu, "Add Day").trigger()
    (day,) = window.project.days
    assert day.date == dt.date.today() + dt.timedelta(days=1)
    header = board.columns[day.id].header
    assert QApplication.focusWidget() is header
    qtbot.keyClick(header, Qt.Key.Key_Return)
    dialog = board.operations.dialog
    assert "This project has no locations yet" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.weather.setText("晴")
    qtbot.keyClick(dialog.weather, Qt.Key.Key_Return)  # Enter confirms the dialog
    assert window.project.days[0].weather == "晴" and not dialog.isVisible()


def test_planning_an_episode_with_nothing_waiting_says_so_and_adds_no_day(window, board, qtbot):
    qtbot.mouseClick(board.plan_button, Qt.MouseButton.LeftButton)
    dialog = board.operations.dialog
    dialog.episodes.item(1).setCheckState(Qt.CheckState.Unchecked)  # episode 1 only: all its shots are on days
    count = window.bridge.undo_stack.count()
    _ok(qtbot, dialog)
    assert "Nothing to plan" in board.status.text() and "those episodes" in board.status.text()
    assert window.bridge.undo_stack.count() == count and len(window.project.days) == 2


def test_every_control_of_the_day_and_plan_dialogs_has_an_accessible_name(window, board, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit)
    for dialog in (DayDialog(window.project, window.bridge.document.day("day_1"), window),
                   PlanDialog(window.project, window)):
        controls = [w for kind in kinds for w in dialog.findChildren(kind)
                    if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]
        assert len(controls) >= 5
        assert [w for w in controls if not w.accessibleName()] == []


def test_a_window_shortcut_on_f2_does_not_take_the_key_from_a_focused_day(window, board, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    elsewhere = []
    action = QAction("Rename", window)
    action.setShortcut(QKeySequence("F2"))
    action.triggered.connect(lambda: elsewhere.append(True))
    window.addAction(action)
    header = board.columns["day_1"].header
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_F2)
    assert isinstance(board.operations.dialog, DayDialog) and not elsewhere



@pytest.fixture
def chinese_window(qtbot):
    """The demo in a Chinese window at 1366 × 768; English comes back afterwards."""
    install_language("zh_CN")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo_project_path())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_language("en")


def test_in_chinese_at_1366_px_a_day_heading_shows_every_location_of_a_long_list(chinese_window, qtbot):
    window = chinese_window
    window.bridge.push(UpdateDay("day_1", {"location_ids": [location.id for location in window.project.locations]}))
    window.tabs.setCurrentWidget(window.schedule)
    header = window.schedule.columns["day_1"].header
    details = header.details
    qtbot.waitUntil(details.isVisible)
    names = [location.name for location in window.project.locations]
    assert len(names) >= 4 and all(name in details.text() for name in names)
    assert details.geometry().right() <= header.width()

    def needed() -> int:
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        return details.fontMetrics().boundingRect(QRect(0, 0, details.width(), 10_000), flags, details.text()).height()
    assert needed() > details.fontMetrics().height()  # the list takes more than one line here
    qtbot.waitUntil(lambda: details.height() >= needed(), timeout=2000)
