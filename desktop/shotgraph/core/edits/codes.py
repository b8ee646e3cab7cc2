"""Codes edits give and names show: the code of an inserted shot, the number of a shooting day.

A shot inserted after another takes that shot's code plus the next free letter: after 3
comes 3A, then 3B. Days are numbered as the schedule shows them, by date and call: "Day 2".
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from ..model import ShootingDay

if TYPE_CHECKING:
    from ..document import Document


def inserted_code(taken: set[str], after: str) -> str:
    """The code of a shot inserted right after ``after``: 3 → 3A, 3A → 3B, 3Z → 3ZA."""
    letter = after[-1].upper() if after[:-1] and after[-1].upper() in string.ascii_uppercase else ""
    stem = after[:-1] if letter else after
    start = string.ascii_uppercase.index(letter) + 1 if letter else 0
    for candidate in string.ascii_uppercase[start:]:
        if f"{stem}{candidate}" not in taken:
            return f"{stem}{candidate}"
    return inserted_code(taken, f"{after}A") if f"{after}A" in taken else f"{after}A"


def episode_codes(doc: Document, episode_id: str) -> set[str]:
    """Every shot code an episode uses."""
    return {shot.code for shot in doc.index.episodes[episode_id].shots}


def day_number(doc: Document, day: ShootingDay) -> int:
    """The day's place in the schedule, counted from 1 by date and call time."""
    days = sorted(doc.project.days, key=lambda d: (d.date, d.unit_call))
    return next(number for number, other in enumerate(days, start=1) if other.id == day.id)
