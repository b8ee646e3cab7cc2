"""New cut orders for the storyboard: a set of shots dropped at a place, or nudged one place.

The edit passes ``ReorderShots`` only the span between the first and the last shot whose place
changed, so cuts outside that span are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from shotgraph.core.edits import ReorderShots


def dropped(order: Sequence[str], shot_ids: Iterable[str], position: int) -> list[str]:
    """``order`` with the shots (kept in their relative order) moved before the shot at ``position``."""
    chosen = set(shot_ids)
    block = [s for s in order if s in chosen]
    before = [s for s in order[:position] if s not in chosen]
    after = [s for s in order[position:] if s not in chosen]
    return before + block + after


def nudged(order: Sequence[str], shot_ids: Iterable[str], step: int) -> list[str]:
    """``order`` with each chosen shot one place earlier (``step`` -1) or later (+1), where there is room."""
    chosen = set(shot_ids)
    new = list(order)
    rows = range(len(new)) if step < 0 else range(len(new) - 1, -1, -1)
    for row in rows:
        other = row + step
        if new[row] in chosen and 0 <= other < len(new) and new[other] not in chosen:
            new[row], new[other] = new[other], new[row]
    return new


def reorder_edit(old: Sequence[str], new: Sequence[str]) -> ReorderShots | None:
    """The one undoable edit turning cut order ``old`` into ``new``; None when they are the same."""
    changed = [row for row, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if not changed:
        return None
    return ReorderShots(new[changed[0]:changed[-1] + 1])
