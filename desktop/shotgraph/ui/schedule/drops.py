"""What a drop on the stripboard does, as one core edit (pure: no widgets).

Whatever the user places by hand becomes pinned, so planning never moves it again.
A setup left without shots by a drag is removed in the same step.
"""

from __future__ import annotations

from collections.abc import Iterable

from shotgraph.core.edits.base import Edit, EditName, Macro
from shotgraph.core.edits.days import (
    MoveSetup,
    MoveShotsToDay,
    MoveShotsToSetup,
    RemoveSetup,
    UnscheduleShots,
    UpdateSetup,
)
from shotgraph.core.model import Project, new_id

SETUPS, SHOTS = "setups", "shots"
"""The two kinds of things a drag carries."""


def _setup_days(project: Project) -> dict[str, tuple[str, int]]:
    """Each setup's day id and position on it."""
    return {setup.id: (day.id, k) for day in project.days for k, setup in enumerate(day.setups)}


def _emptied(project: Project, shot_ids: Iterable[str], keep: str | None = None) -> list[Edit]:
    """Removal of the setups every shot of which leaves (but not ``keep``)."""
    leaving = set(shot_ids)
    return [RemoveSetup(setup.id) for day in project.days for setup in day.setups
            if setup.id != keep and setup.shot_ids and set(setup.shot_ids) <= leaving]


def move_setup(project: Project, setup_id: str, day_id: str, row: int) -> Edit | None:
    """Put a setup at ``row`` of a day (the row it is dropped on, counted before it leaves); pins it."""
    here = _setup_days(project).get(setup_id)
    if here is None:
        return None
    if here[0] == day_id and here[1] < row:
        row -= 1
    if here == (day_id, row):
        return None
    return Macro(EditName("Move Setup"), [MoveSetup(setup_id, day_id, row), UpdateSetup(setup_id, {"pinned": True})])


def setups_to_day(project: Project, setup_ids: list[str], day_id: str) -> Edit | None:
    """Put setups at the end of a day, in the order given; pins them. None when all are there already."""
    here = _setup_days(project)
    moving = [s for s in setup_ids if s in here and here[s][0] != day_id]
    if not moving:
        return None
    return Macro(EditName("Move Setup"), [step for setup_id in moving for step in (
        MoveSetup(setup_id, day_id), UpdateSetup(setup_id, {"pinned": True}))])


def shots_to_setup(project: Project, shot_ids: list[str], setup_id: str) -> Edit:
    """Schedule shots on a setup (at its end); pins the setup."""
    return Macro(EditName("Schedule Shots"), [*_emptied(project, shot_ids, keep=setup_id),
                                              MoveShotsToSetup(shot_ids, setup_id),
                                              UpdateSetup(setup_id, {"pinned": True})])


def shots_to_day(project: Project, shot_ids: list[str], day_id: str) -> Edit:
    """Schedule shots on a day, in a new pinned setup at its end."""
    setup_id = new_id("su")
    return Macro(EditName("Schedule Shots"), [*_emptied(project, shot_ids),
                                              MoveShotsToDay(shot_ids, day_id, setup_id=setup_id),
                                              UpdateSetup(setup_id, {"pinned": True})])


def unschedule(project: Project, kind: str, ids: list[str]) -> Edit | None:
    """Take shots, or whole setups, off the schedule."""
    if kind == SHOTS:
        return Macro(EditName("Unschedule Shots"), [UnscheduleShots(ids), *_emptied(project, ids)])
    setups = {setup.id: setup for day in project.days for setup in day.setups}
    shot_ids = [i for setup_id in ids if setup_id in setups for i in setups[setup_id].shot_ids]
    removals = [RemoveSetup(setup_id) for setup_id in ids if setup_id in setups]
    return Macro(EditName("Unschedule Shots"), [UnscheduleShots(shot_ids), *removals]) if removals else None
