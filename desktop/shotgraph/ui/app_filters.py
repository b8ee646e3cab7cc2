"""Event filters that watch the whole application, each installed once however often asked."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

Filter = TypeVar("Filter", bound=QObject)


def install_once(kind: type[Filter], name: str, app: QCoreApplication | None = None) -> Filter:
    """The application's one filter of ``kind`` (made and installed on first call, found after)."""
    app = app or QCoreApplication.instance()
    assert app is not None, "filters watch a running application"
    found = app.findChild(kind, name)
    if found is None:
        found = kind(app)
        found.setObjectName(name)
        app.installEventFilter(found)
    return found
