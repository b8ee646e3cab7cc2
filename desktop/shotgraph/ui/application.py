"""The running QApplication, typed: PySide6 hands it back as an optional QCoreApplication."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_application() -> QApplication:
    """The editor's QApplication; windows, menus and the clipboard all need it made first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "ShotGraph's interface needs a QApplication"
    return app
