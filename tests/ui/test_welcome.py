"""The welcome view: shown on a first run and from Help ▸ Welcome; each choice opens through the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from shotgraph.core.edits import UpdateShot
from shotgraph.demo import demo_project_path
from shotgraph.ui import script_import
from shotgraph.ui.app import start
from shotgraph.ui.files import prompts, recent
from shotgraph.ui.script_import import ScriptPreview
from shotgraph.ui.welcome import WelcomeView, show_welcome

DATA = Path(__file__).parents[1] / "data"
SCRIPT = DATA / "scripts" / "契约.txt"
SHOTLIST = DATA / "shotlists" / "shotlist-en.csv"


@pytest.fixture
def welcome(window) -> WelcomeView:
    window.welcome_action.trigger()
    view = window.findChild(WelcomeView)
    assert view is not None and view.isVisible()
    return view


def started(qtbot, path=None):
    window = start(path)
    qtbot.addWidget(window)
    return window


def welcome_of(window) -> WelcomeView | None:
    view = window.findChild(WelcomeView)
    return view if view is not None and view.isVisible() else None


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_first_start_opens_the_demo_with_the_welcome_over_it(qtbot):
    window = started(qtbot)
    assert window.path == demo_project_path()
    view = welcome_of(window)
    assert view is not None and view.windowTitle() == "Welcome to ShotGraph"
    assert not view.startup_box.isChecked()


def test_a_start_with_a_last_project_goes_straight_to_it(qtbot, demo_copy):
    recent.remember(demo_copy)
    window = started(qtbot)
    assert window.path == demo_copy and welcome_of(window) is None


def test_a_start_with_a_file_does_not_welcome(qtbot, demo_copy):
    assert welcome_of(started(qtbot, demo_copy)) is None


def test_show_at_startup_brings_the_welcome_back_at_every_start(qtbot, demo_copy):
    first = started(qtbot)
    box = welcome_of(first).startup_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    recent.remember(demo_copy)
    second = started(qtbot)
    assert second.path == demo_copy
    view = welcome_of(second)
    assert view is not None and view.startup_box.isChecked()


def test_welcome_is_first_in_the_help_menu(window):
    assert window.help_menu.actions()[0] is window.welcome_action
    assert window.welcome_action.text() == "&Welcome"


def test_every_choice_has_a_name_for_screen_readers(welcome):
    names = [button.accessibleName() for button in
             (welcome.demo_button, welcome.new_button, welcome.open_button, welcome.shotlist_button,
              welcome.script_button)]
    assert names == ["Explore the demo project", "New project", "Open a project", "Import a shot list",
                     "Import a script"]
    assert welcome.recent_list.accessibleName() == "Recent projects"
    assert welcome.startup_box.accessibleName() == "Show the welcome at startup"


def test_explore_the_demo_when_it_is_open_just_closes(window, welcome, qtbot):
    click(qtbot, welcome.demo_button)
    assert not welcome.isVisible() and window.path == demo_project_path()


def test_explore_the_demo_opens_it_over_another_project(window, demo_copy, qtbot):
    assert window.open_project(demo_copy)
    view = show_welcome(window)
    click(qtbot, view.demo_button)
    assert window.path == demo_project_path() and not view.isVisible()


def test_new_project_opens_an_untitled_one_and_closes(window, welcome, qtbot):
    click(qtbot, welcome.new_button)
    assert window.path is None and not window.project.episodes[0].shots
    assert not welcome.isVisible()


def test_enter_on_a_focused_choice_picks_it(window, welcome, qtbot):
    assert welcome.focusWidget() is welcome.demo_button
    welcome.new_button.setFocus()
    qtbot.keyClick(welcome.new_button, Qt.Key.Key_Return)
    assert window.path is None and not welcome.isVisible()


def test_cancelling_the_unsaved_work_question_keeps_the_welcome_and_the_work(window, welcome, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: prompts.CANCEL)
    shot = window.project.episodes[0].shots[0]
    assert window.bridge.push(UpdateShot(shot.id, {"notes": "补拍"}))
    click(qtbot, welcome.new_button)
    assert welcome.isVisible() and window.path == demo_project_path()
    assert window.project.episodes[0].shots[0].notes == "补拍"


def test_open_asks_for_a_project_and_opens_it(window, welcome, demo_copy, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "choose_project_to_open", lambda *args: demo_copy)
    click(qtbot, welcome.open_button)
    assert window.path == demo_copy and not welcome.isVisible()
    assert recent.recent_files()[0] == demo_copy


def test_cancelling_the_open_dialog_keeps_the_welcome(window, welcome, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "choose_project_to_open", lambda *args: None)
    click(qtbot, welcome.open_button)
    assert welcome.isVisible() and window.path == demo_project_path()


def test_import_a_shot_list_makes_a_new_project(window, welcome, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "choose_shotlist", lambda *args: SHOTLIST)
    click(qtbot, welcome.shotlist_button)
    assert window.path is None and window.project.episodes[0].shots and not welcome.isVisible()


def test_import_a_script_previews_it_and_makes_a_new_project(window, welcome, qtbot, monkeypatch):
    monkeypatch.setattr(script_import, "choose_script", lambda *args: SCRIPT)
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    click(qtbot, welcome.script_button)
    assert window.project.title == "霸总的契约" and window.path is None and not welcome.isVisible()


def test_a_cancelled_script_preview_keeps_the_welcome(window, welcome, qtbot, monkeypatch):
    monkeypatch.setattr(script_import, "choose_script", lambda *args: SCRIPT)
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: QDialog.DialogCode.Rejected)
    click(qtbot, welcome.script_button)
    assert welcome.isVisible() and window.path == demo_project_path()


def test_enter_on_a_recent_project_opens_it(window, demo_copy, qtbot):
    recent.remember(demo_copy)
    view = show_welcome(window)
    assert view.recent_list.currentItem().text() == f"demo.shotgraph in {demo_copy.parent}"
    view.recent_list.setFocus()
    qtbot.keyClick(view.recent_list, Qt.Key.Key_Return)
    assert window.path == demo_copy and not view.isVisible()


def test_double_clicking_a_recent_project_opens_it(window, demo_copy, qtbot):
    recent.remember(demo_copy)
    view = show_welcome(window)
    rows = [Path(view.recent_list.item(row).toolTip()) for row in range(view.recent_list.count())]
    rect = view.recent_list.visualItemRect(view.recent_list.item(rows.index(demo_copy)))
    qtbot.mouseClick(view.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.path == demo_copy and not view.isVisible()


def test_a_missing_recent_project_says_so_and_leaves_the_list(window, tmp_path, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(prompts, "say", lambda parent, title, text: said.append(text))
    gone = tmp_path / "gone.shotgraph"
    recent.remember(gone)
    view = show_welcome(window)
    view.recent_list.setCurrentRow(0)
    view.recent_list.setFocus()
    qtbot.keyClick(view.recent_list, Qt.Key.Key_Return)
    assert len(said) == 1 and str(gone) in said[0]
    assert gone not in recent.recent_files()
    assert view.isVisible() and window.path == demo_project_path()
    assert all(Path(view.recent_list.item(row).toolTip()) != gone for row in range(view.recent_list.count()))


def test_without_recent_projects_the_welcome_says_so(qtbot):
    window = started(qtbot)
    recent.clear()
    view = show_welcome(window)
    assert view.no_recent.isVisible() and not view.recent_list.isVisible()
