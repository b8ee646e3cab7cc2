"""The editor window opened on the demo, shared by the UI tests, with settings kept apart per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from shotgraph.demo import demo_project_path
from shotgraph.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path, qapp):
    """Every test starts with empty QSettings in its own folder, never the user's."""
    QCoreApplication.setOrganizationName("ShotGraphTests")
    QCoreApplication.setApplicationName("ShotGraph")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture(autouse=True)
def quiet_files(tmp_path, monkeypatch):
    """Autosaves go to the test's folder; closing an edited window discards instead of asking."""
    monkeypatch.setenv("SHOTGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("shotgraph.ui.files.prompts.ask_save_changes", lambda *args: "discard")


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo_project_path())
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def demo_copy(tmp_path) -> Path:
    """A copy of the demo with its media, free to be saved over."""
    shutil.copytree(demo_project_path().parent, tmp_path / "demo")
    return tmp_path / "demo" / "demo.shotgraph"


@pytest.fixture
def opened(window, demo_copy):
    """The window with the demo copy open."""
    assert window.open_project(demo_copy)
    return window
