"""Pushing a dialog's edit and hearing why it was refused, so the dialog can stay open and say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.core.edits import Edit

from ..bridge import DocumentBridge


def push_or_explain(bridge: DocumentBridge, edit: Edit) -> str:
    """Push ``edit`` as one undo step; "" when it was made, else the reason the bridge gave."""
    reasons: list[str] = []
    bridge.edit_failed.connect(reasons.append)
    try:
        made = bridge.push(edit)
    finally:
        bridge.edit_failed.disconnect(reasons.append)
    return "" if made else (reasons[-1] if reasons else QCoreApplication.translate("", "no project is open"))
