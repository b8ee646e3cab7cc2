"""Importing a script from the editor: the preview, the new project, and a revised script's re-import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QMessageBox, QTreeWidget

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script
from shotgraph.ui.script_import import ScriptPreview, import_script, reimport_revised_script

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "契约.txt"


@pytest.fixture
def accept_dialogs(monkeypatch):
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def test_the_preview_lists_episodes_scenes_characters_and_unread_lines(qtbot, tmp_path):
    script = tmp_path / "stray.txt"
    script.write_text("开拍前请确认道具。\n" + SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")
    preview = ScriptPreview(read_script(script), script)
    qtbot.addWidget(preview)
    tree = preview.findChild(QTreeWidget)
    assert tree.topLevelItemCount() == 2 and tree.topLevelItem(0).childCount() == 3
    assert tree.topLevelItem(0).child(0).text(0) == "1-1 日 内 总裁办公室"
    labels = [label.text() for label in preview.findChildren(QLabel)]
    assert any("2 episodes, 5 scenes, 15 shots, 3 characters" in text for text in labels)
    lists = {widget.accessibleName(): widget for widget in preview.findChildren(QListWidget)}
    assert lists["Lines not read"].item(0).text() == "line 1: outside any scene: 开拍前请确认道具。"
    assert lists["Characters"].count() == 3


def test_import_opens_the_script_as_a_new_unsaved_project(window, accept_dialogs):
    assert import_script(window.bridge, window, SCRIPT)
    assert window.project.title == "霸总的契约" and window.bridge.path is None
    assert window.bridge.is_modified and window.tree.topLevelItemCount() == 2


def test_a_script_that_cannot_be_read_says_why_and_keeps_the_project(window, monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    broken = tmp_path / "broken.fountain"
    broken.write_bytes(b"\x00\x01")
    assert not import_script(window.bridge, window, broken)
    assert len(said) == 1 and "broken.fountain" in said[0] and window.project.title == "霓虹之下"


def test_a_revised_script_comes_in_as_one_undoable_step(window, accept_dialogs, tmp_path):
    import_script(window.bridge, window, SCRIPT)
    revised = tmp_path / "revised.txt"
    revised.write_text(SCRIPT.read_text(encoding="utf-8").replace("陈墨：签了它。", "陈墨：签字吧。"), encoding="utf-8")
    summary = reimport_revised_script(window.bridge, window, revised)
    assert summary is not None and len(summary.shots_updated) == 1
    assert "陈墨：签字吧。" in [s.dialogue for s in episode_order(window.project.episodes[1])]
    assert window.undo_action.text() == "Undo Re-import Script"
    window.bridge.undo_stack.undo()
    assert "陈墨：签了它。" in [s.dialogue for s in episode_order(window.project.episodes[1])]


def test_the_preview_shows_each_scenes_cast_and_extras_and_which_roles_are_voices(qtbot):
    script = SCRIPT.parent / "chinese" / "老宅-分行.txt"
    preview = ScriptPreview(read_script(script), script)
    qtbot.addWidget(preview)
    tree = preview.findChild(QTreeWidget)
    first = tree.topLevelItem(0)
    assert [first.child(i).text(2) for i in range(first.childCount())] == ["张三、李四", "张三、李四", "张三"]
    lists = {widget.accessibleName(): widget for widget in preview.findChildren(QListWidget)}
    characters = [lists["Characters"].item(i).text() for i in range(lists["Characters"].count())]
    assert characters == ["张三", "李四", "旁白 — voice for post", "王五"]
