"""The editor window opened on the demo, shared by the UI tests."""

from __future__ import annotations

import pytest

from shotgraph.demo import demo_project_path
from shotgraph.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo_project_path())
    window.show()
    qtbot.waitExposed(window)
    return window
