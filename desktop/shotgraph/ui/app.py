"""Start the editor: FILE, else the last project, else the bundled demo — then offer any crashed work back
and, on a first run, welcome the user."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shotgraph.core.io.inputs import SHOTLIST_SUFFIXES, is_script
from shotgraph.demo import demo_project_path

from .files import recent
from .keyboard import install_keyboard_guard
from .main_window import MainWindow
from .preferences import apply_saved_preferences
from .welcome import show_welcome, shown_at_startup
from .wheel_guard import install_wheel_guard


def start(path: Path | None) -> MainWindow:
    """A shown main window with ``path`` (a project, a shot list or a script), the last project or the demo open.

    Autosaved work left by a crash is offered back: that of the opened project when it
    opens, then that of a project that was never saved. Without ``path``, the welcome view
    is shown over the editor on a first run (no last project to reopen) or when the user
    asked for it at every start.
    """
    window = MainWindow()
    window.show()
    window.raise_()  # before any question or the welcome, which must stay above it
    first_run = path is None and recent.last_project() is None
    if not _open_start_file(window, path):
        window.open_project(demo_project_path())
    window.files.offer_unsaved_recovery()
    if path is None and (first_run or shown_at_startup()):
        show_welcome(window)
    return window


def _open_start_file(window: MainWindow, path: Path | None) -> bool:
    """Open ``path`` (a script through its import preview), else the last project; False if nothing opened."""
    if path is not None and is_script(path):
        return window.files.scripts.import_script(path)
    if path is not None and path.suffix.lower() in SHOTLIST_SUFFIXES:
        return window.files.import_shotlist(path)
    if path is not None:
        return window.open_project(path)
    last = recent.last_project()
    return last is not None and window.open_project(last)


def run(path: Path | None) -> int:
    """Open the editor (see ``start``) and run until its window closes."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("ShotGraph")
    app.setOrganizationName("ShotGraph")
    apply_saved_preferences(app)
    install_wheel_guard(app)
    install_keyboard_guard(app)
    start(path)
    return app.exec()
