"""Start the editor: FILE, else the last project, else the bundled demo — then offer any crashed work back."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shotgraph.core.io.inputs import SHOTLIST_SUFFIXES
from shotgraph.demo import demo_project_path

from .files import recent
from .main_window import MainWindow
from .preferences import apply_saved_preferences


def start(path: Path | None) -> MainWindow:
    """A shown main window with ``path`` (a project or a shot list), the last project or the demo open.

    Autosaved work left by a crash is offered back: that of the opened project when it
    opens, then that of a project that was never saved.
    """
    window = MainWindow()
    window.show()
    opened = False
    if path is not None and path.suffix.lower() in SHOTLIST_SUFFIXES:
        opened = window.files.import_shotlist(path)
    elif path is not None:
        opened = window.open_project(path)
    else:
        last = recent.last_project()
        opened = last is not None and window.open_project(last)
    if not opened:
        window.open_project(demo_project_path())
    window.files.offer_unsaved_recovery()
    return window


def run(path: Path | None) -> int:
    """Open the editor (see ``start``) and run until its window closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ShotGraph")
    app.setOrganizationName("ShotGraph")
    apply_saved_preferences(app)
    window = start(path)
    window.raise_()
    return app.exec()
