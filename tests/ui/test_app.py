"""Starting the editor: FILE, else the last project if it still exists, else the demo."""

from __future__ import annotations

import shutil
from pathlib import Path

from shotgraph.demo import demo_project_path
from shotgraph.ui.app import start
from shotgraph.ui.files import recent

SHOTLISTS = Path(__file__).parents[1] / "data" / "shotlists"


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
