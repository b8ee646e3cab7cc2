"""Starting the editor: FILE (a project, shot list or script), else the last project that still exists, or the demo."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog

from shotgraph.demo import demo_project_path
from shotgraph.ui.app import start
from shotgraph.ui.files import recent
from shotgraph.ui.script_import import ScriptPreview

SHOTLISTS = Path(__file__).parents[1] / "data" / "shotlists"
SCRIPTS = Path(__file__).parents[1] / "data" / "scripts"


def started(qtbot, path):
    window = start(path)
    qtbot.addWidget(window)
    return window


def test_start_opens_the_file_given(tmp_path, qtbot):
    path = tmp_path / "series.shotgraph"
    shutil.copy(demo_project_path(), path)
    window = started(qtbot, path)
    assert window.path == path and window.isVisible()
    assert "series.shotgraph" in window.windowTitle()


def test_start_without_a_file_opens_the_last_project(tmp_path, qtbot):
    path = tmp_path / "last.shotgraph"
    shutil.copy(demo_project_path(), path)
    recent.remember(path)
    assert started(qtbot, None).path == path


def test_start_falls_back_to_the_demo_when_the_last_project_is_gone(tmp_path, qtbot):
    recent.remember(tmp_path / "gone.shotgraph")
    assert started(qtbot, None).path == demo_project_path()


def test_start_with_a_shot_list_imports_it(qtbot):
    window = started(qtbot, SHOTLISTS / "shotlist-en.csv")
    assert window.path is None and window.project.episodes[0].shots


def test_start_with_a_script_previews_it_then_opens_it_as_a_new_project(qtbot, monkeypatch):
    previewed: list[str] = []
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: previewed.append(self.windowTitle()) or
                        QDialog.DialogCode.Accepted)
    window = started(qtbot, SCRIPTS / "契约.txt")
    assert previewed == ["Import Script — 契约.txt"]
    assert window.path is None and window.project.title == "霸总的契约"


def test_start_with_a_script_falls_back_to_the_demo_when_the_preview_is_cancelled(qtbot, monkeypatch):
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert started(qtbot, SCRIPTS / "last-ferry.fountain").path == demo_project_path()
