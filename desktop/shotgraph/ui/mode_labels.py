"""The one word the editor uses for each shot mode, on cards, panels, menus and tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.core.model import Mode


def mode_label(mode: Mode) -> str:
    """``Live``, ``AI`` or ``Hybrid`` in the editor's language."""
    labels = {
        Mode.LIVE: QCoreApplication.translate("Mode", "Live"),
        Mode.AI: QCoreApplication.translate("Mode", "AI"),
        Mode.HYBRID: QCoreApplication.translate("Mode", "Hybrid"),
    }
    return labels[mode]
