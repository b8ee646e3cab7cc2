"""Start the editor: one QApplication, one main window, a project or the bundled demo."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shotgraph.core.io.errors import ShotGraphError
from shotgraph.demo import demo_project_path

from .main_window import MainWindow
from .preferences import apply_saved_preferences


def run(path: Path | None) -> int:
    """Open ``path`` (or the demo when None) in a main window and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ShotGraph")
    app.setOrganizationName("ShotGraph")
    apply_saved_preferences(app)
    window = MainWindow()
    window.show()
    try:
        window.open_project(path if path is not None else demo_project_path())
    except ShotGraphError as error:
        window.show_error(error)
    return app.exec()
