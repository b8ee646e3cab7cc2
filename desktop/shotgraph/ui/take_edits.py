"""Choosing and removing a take of a shot, one undo step each, from the AI Takes panel or the compare view."""

from __future__ import annotations

from shotgraph.core.edits import UpdateShot
from shotgraph.core.edits.base import EditName

from .bridge import DocumentBridge


def choose_take(bridge: DocumentBridge, shot_id: str, take_id: str) -> bool:
    """Circle ``take_id`` as the shot's take for the cut (Choose AI Take); False when nothing changed."""
    shot = bridge.document.index.shots.get(shot_id) if bridge.document is not None else None
    if shot is None or shot.ai.chosen_take_id == take_id or all(t.id != take_id for t in shot.ai.takes):
        return False
    ai = shot.ai.model_copy(update={"chosen_take_id": take_id})
    return bridge.push(UpdateShot(shot.id, {"ai": ai}, EditName("Choose AI Take")))


def remove_take(bridge: DocumentBridge, shot_id: str, take_id: str) -> bool:
    """Remove the take (Remove AI Take); the draws tried keep counting it, and a removed chosen take
    leaves the shot with none chosen."""
    shot = bridge.document.index.shots.get(shot_id) if bridge.document is not None else None
    if shot is None or all(t.id != take_id for t in shot.ai.takes):
        return False
    chosen = None if shot.ai.chosen_take_id == take_id else shot.ai.chosen_take_id
    takes = [t for t in shot.ai.takes if t.id != take_id]
    ai = shot.ai.model_copy(update={"takes": takes, "chosen_take_id": chosen})
    return bridge.push(UpdateShot(shot.id, {"ai": ai}, EditName("Remove AI Take")))
