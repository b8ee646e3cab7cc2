"""File menu: save and reopen, Save As, New, recent projects, shot-list import, closing with unsaved work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from shotgraph.core.edits import UpdateShot
from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.ui.files import prompts, recent

SHOTLISTS = Path(__file__).parents[1] / "data" / "shotlists"


def edit_first_shot(window, notes: str = "雨夜补拍 retake in the rain") -> None:
    shot = window.project.episodes[0].shots[0]
    assert window.bridge.push(UpdateShot(shot.id, {"notes": notes}))


def test_save_then_reopen_gives_the_same_project(opened, demo_copy, qtbot):
    edit_first_shot(opened)
    assert opened.isWindowModified()
    qtbot.keyClick(opened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not opened.bridge.is_modified and not opened.isWindowModified()
    saved = opened.project.model_dump()
    assert opened.open_project(demo_copy)
    assert opened.project.model_dump() == saved
    assert opened.project.episodes[0].shots[0].notes == "雨夜补拍 retake in the rain"


def test_save_as_to_a_new_folder_copies_the_media_it_names(opened, tmp_path, monkeypatch):
    target = tmp_path / "elsewhere" / "霓虹之下.shotgraph"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: target)
    edit_first_shot(opened)
    opened.files.save_as_action.trigger()
    assert opened.path == target and not opened.bridge.is_modified
    assert load_project(target).model_dump() == opened.project.model_dump()
    frame = opened.project.episodes[0].shots[0].frame
    assert frame and (target.parent / frame).is_file()
    assert "霓虹之下.shotgraph" in opened.windowTitle()


def test_a_failed_save_says_why_and_keeps_the_work_unsaved(opened, demo_copy, monkeypatch):
    said = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: said.append(text))

    def full_disk(path, data, **options):
        raise OutputError(path, "could not save (No space left on device); the previous file is unchanged")

    monkeypatch.setattr("shotgraph.core.io.store.replace_file", full_disk)
    before = demo_copy.read_bytes()
    edit_first_shot(opened)
    opened.files.save_action.trigger()
    assert len(said) == 1 and "No space left on device" in said[0] and str(demo_copy) in said[0]
    assert opened.bridge.is_modified and demo_copy.read_bytes() == before


def test_saving_the_bundled_demo_asks_where(window, tmp_path, monkeypatch):
    target = tmp_path / "mine.shotgraph"
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: target)
    before = demo_project_path().read_bytes()
    edit_first_shot(window)
    window.files.save_action.trigger()
    assert window.path == target and target.is_file()
    assert demo_project_path().read_bytes() == before


def test_new_gives_an_untitled_project_with_one_episode_and_scene(opened):
    opened.files.new_action.trigger()
    project = opened.project
    assert opened.path is None and project.title == ""
    assert len(project.episodes) == 1 and len(project.episodes[0].scenes) == 1 and not project.episodes[0].shots
    assert opened.windowTitle().startswith("Untitled")
    assert not opened.bridge.is_modified


def test_recent_projects_newest_first_and_a_missing_one_is_dropped_with_a_message(window, demo_copy, tmp_path,
                                                                                 monkeypatch):
    other = tmp_path / "other.shotgraph"
    shutil.copy(demo_copy, other)
    window.open_project(demo_copy)
    window.open_project(other)
    window.files.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.files.recent_menu.actions() if a.data()]
    assert "other.shotgraph" in names[0] and "demo.shotgraph" in names[1]
    other.unlink()
    said = []
    monkeypatch.setattr(prompts, "say", lambda parent, title, text: said.append(text))
    window.files.recent_menu.actions()[0].trigger()
    assert said and "other.shotgraph" in said[0]
    assert recent.recent_files()[0] == demo_copy and other not in recent.recent_files()
    window.files.recent_menu.aboutToShow.emit()
    window.files.recent_menu.actions()[0].trigger()
    assert window.path == demo_copy


def test_importing_a_good_shot_list_opens_it_as_a_new_unsaved_project(window, monkeypatch):
    monkeypatch.setattr(prompts, "choose_shotlist", lambda *args: SHOTLISTS / "shotlist-en.csv")
    window.files.import_action.trigger()
    assert window.path is None and window.bridge.is_modified
    assert sum(len(e.shots) for e in window.project.episodes) > 0


def broken_shotlist(tmp_path) -> Path:
    lines = (SHOTLISTS / "shotlist-en.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",50,", ",fifty,", 1)
    lines[3] = lines[3].replace(",3,", ",three seconds,", 1)
    path = tmp_path / "broken.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_broken_shot_list_lists_each_bad_cell_and_keeps_the_open_project(opened, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "ask_lenient_import", lambda parent, path, problems, *more: shown.extend(problems))
    before = opened.project
    assert not opened.files.import_shotlist(broken_shotlist(tmp_path))
    assert [(p.row, p.column) for p in shown] == [(3, "Focal Length"), (4, "Length")]
    assert opened.project is before


def test_a_broken_shot_list_imports_the_rest_when_asked(window, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "ask_lenient_import", lambda *args: True)
    assert window.files.import_shotlist(broken_shotlist(tmp_path))
    shots = {s.code: s for e in window.project.episodes for s in e.shots}
    assert shots["1B"].camera.lens_mm is None and shots["1C"].camera.lens_mm == 50


def test_the_import_errors_dialog_names_row_column_value_and_problem(window, tmp_path, monkeypatch):
    from shotgraph.core.io.shotlist import read_shotlist

    path = broken_shotlist(tmp_path)
    problems = read_shotlist(path, lenient=True).skipped
    dialog = prompts.import_errors_box(window, path, problems)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(3)] == ["3", "Focal Length", "fifty"]
    assert dialog.lenient_button.accessibleName()


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(opened, qtbot, monkeypatch):
    answers = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: answers.append(name) or prompts.CANCEL)
    edit_first_shot(opened)
    opened.close()
    assert answers == ["demo.shotgraph"] and opened.isVisible()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: prompts.DISCARD)
    opened.files.quit_action.trigger()
    assert not opened.isVisible()


def test_closing_with_save_writes_the_work_first(opened, demo_copy, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: prompts.SAVE)
    edit_first_shot(opened, "收工前保存")
    opened.close()
    assert not opened.isVisible()
    assert load_project(demo_copy).episodes[0].shots[0].notes == "收工前保存"


def test_opening_another_project_over_unsaved_work_asks_first(opened, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: prompts.CANCEL)
    edit_first_shot(opened)
    assert not opened.open_project(demo_project_path())
    assert opened.project.episodes[0].shots[0].notes == "雨夜补拍 retake in the rain"


def test_file_menu_actions_have_their_shortcuts(window):
    files = window.files
    assert files.save_action.shortcut().toString() == "Ctrl+S"
    assert files.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert files.open_action.shortcut().toString() == "Ctrl+O"
    assert files.quit_action.shortcut().toString() == "Ctrl+Q"
    assert files.menu.accessibleName() and files.recent_menu.accessibleName()
