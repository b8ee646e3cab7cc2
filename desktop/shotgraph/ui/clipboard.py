"""The system clipboard, used so that ShotGraph still ends cleanly after a Copy.

Data made in Python and handed to the clipboard is deleted by Qt only after Python has shut down
when the program ends, and that deletion crashes the process. So whatever ShotGraph put there and
still holds there is taken back while Python runs: when the application is about to quit, or at the
latest when the interpreter exits.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from .application import running_application

_placed: dict[str, int] = {}
"""The address of the data ShotGraph last put on the clipboard (under "data")."""


def put_on_clipboard(mime: QMimeData) -> None:
    """Hand ``mime`` to the system clipboard; it is taken back before the program ends."""
    app = running_application()
    if not _placed:
        app.aboutToQuit.connect(take_back_clipboard)
        atexit.register(take_back_clipboard)
    app.clipboard().setMimeData(mime)
    _placed["data"] = _address(mime)


def take_back_clipboard() -> None:
    """Clear the clipboard if it still holds what ShotGraph put there (another program's copy stays)."""
    app = QGuiApplication.instance()
    placed = _placed.pop("data", None)
    if not isinstance(app, QGuiApplication) or placed is None:
        return
    held = app.clipboard().mimeData()
    if held is not None and _address(held) == placed:
        app.clipboard().clear()


def _address(mime: QMimeData) -> int:
    return shiboken6.getCppPointer(mime)[0]
