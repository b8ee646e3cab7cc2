"""File ▸ Import Script… and Re-import Revised Script…: a new project from a script, a revised draft in one step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from shotgraph.core.edits import UpdateShot
from shotgraph.core.graph import episode_order
from shotgraph.demo import demo_project_path
from shotgraph.ui import script_import
from shotgraph.ui.files import prompts
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.script_import import ScriptPreview

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "契约.txt"


@pytest.fixture
def choose(monkeypatch):
    """The file the Import Script dialog will return (None: the user cancelled it)."""
    chosen: list[Path | None] = [SCRIPT]
    monkeypatch.setattr(script_import, "choose_script", lambda *args: chosen[-1])
    return chosen


@pytest.fixture
def preview_answer(monkeypatch):
    answers = [QDialog.DialogCode.Accepted]
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: answers[-1])
    return answers


@pytest.fixture
def revised(tmp_path) -> Path:
    path = tmp_path / "revised.txt"
    path.write_text(SCRIPT.read_text(encoding="utf-8").replace("陈墨：签了它。", "陈墨：签字吧。"), encoding="utf-8")
    return path


def dialogue_of_episode_two(window) -> list[str]:
    return [shot.dialogue for shot in episode_order(window.project.episodes[1])]


def test_the_script_entries_follow_import_shot_list(window):
    names = [action.objectName() for action in window.file_menu.actions()]
    start = names.index("import_shotlist_action")
    assert names[start + 1:start + 3] == ["import_script_action", "reimport_script_action"]
    assert window.files.scripts.import_action.text() == "Import Scri&pt…"


def test_import_script_opens_it_as_a_new_unsaved_project(window, choose, preview_answer, monkeypatch):
    window.files.scripts.import_action.trigger()
    assert window.project.title == "霸总的契约" and window.path is None and window.bridge.is_modified
    assert window.tree.topLevelItemCount() == 2
    assert window.statusBar().currentMessage() == "Imported 15 shot(s) from 契约.txt"
    offered: list[str] = []
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda parent, start: offered.append(start))
    window.files.save_action.trigger()
    assert Path(offered[0]).name == "契约.shotgraph"


def test_import_script_asks_about_unsaved_work_and_cancel_keeps_it(window, choose, preview_answer, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: asked.append(name) or prompts.CANCEL)
    shot = window.project.episodes[0].shots[0]
    assert window.bridge.push(UpdateShot(shot.id, {"notes": "补拍"}))
    window.files.scripts.import_action.trigger()
    assert asked == ["demo.shotgraph"]
    assert window.path == demo_project_path() and window.project.episodes[0].shots[0].notes == "补拍"


@pytest.mark.parametrize("cancelled", ["file dialog", "preview"])
def test_cancelling_the_import_leaves_the_open_project_unchanged(window, choose, preview_answer, cancelled):
    before = window.project.model_dump()
    if cancelled == "file dialog":
        choose.append(None)
    else:
        preview_answer.append(QDialog.DialogCode.Rejected)
    window.files.scripts.import_action.trigger()
    assert window.path == demo_project_path() and window.project.model_dump() == before
    assert not window.bridge.is_modified


def test_reimport_applies_a_revised_script_as_one_undo_step(window, choose, preview_answer, revised, monkeypatch):
    window.files.scripts.import_action.trigger()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    choose.append(revised)
    window.files.scripts.reimport_action.trigger()
    assert "陈墨：签字吧。" in dialogue_of_episode_two(window)
    assert window.statusBar().currentMessage().startswith("Re-imported revised.txt: 1 shot(s) updated, 0 added")
    assert window.undo_action.text() == "Undo Re-import Script"
    window.undo_action.trigger()
    assert "陈墨：签了它。" in dialogue_of_episode_two(window)


def test_declining_the_reimport_changes_nothing(window, choose, preview_answer, revised, monkeypatch):
    window.files.scripts.import_action.trigger()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    before, steps = window.project.model_dump(), window.bridge.undo_stack.count()
    choose.append(revised)
    window.files.scripts.reimport_action.trigger()
    assert window.project.model_dump() == before and window.bridge.undo_stack.count() == steps


def test_reimport_is_disabled_until_a_project_is_open(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.files.scripts.reimport_action.isEnabled()
    assert window.open_project(demo_project_path())
    assert window.files.scripts.reimport_action.isEnabled()
