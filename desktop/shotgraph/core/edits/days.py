"""Edits of the shooting schedule: days, their setups, and which shots a setup films."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..model import Setup, ShootingDay, new_id
from .base import (
    Assign,
    Compound,
    Edit,
    EditError,
    EditName,
    check_new_id,
    counted_name,
    listed,
    require,
    shot_codes,
    validated,
    validated_new,
)
from .checks import check_locations, check_schedulable
from .codes import day_number
from .records import AddRecord, RecordEdit, RemoveRecord, UpdateRecord, checked_position

if TYPE_CHECKING:
    from ..document import Document


class _DayEdit(RecordEdit):
    kind, model, noun = "days", ShootingDay, "Shooting Day"
    patterns = ("Add Shooting Day {date}", "Edit Shooting Day {date}", "Remove Shooting Day {date}")
    first_patterns = ("Edit Shooting Day", "Remove Shooting Day")
    fixed = ("setups",)

    def named(self, pattern: str, record: ShootingDay) -> EditName:
        return EditName(pattern, date=record.date.isoformat())

    def check(self, doc: Document, record: ShootingDay, old: ShootingDay | None) -> None:
        check_locations(doc, record.location_ids)
        if old is None:
            for setup in record.setups:
                check_new_id(doc, setup.id)
            if len({s.id for s in record.setups}) != len(record.setups):
                raise EditError("the setups of a day need distinct ids")
            check_schedulable(doc, [i for s in record.setups for i in s.shot_ids])


class AddDay(_DayEdit, AddRecord):
    """Add a shooting day, with any setups it already has."""


class UpdateDay(_DayEdit, UpdateRecord):
    """Change a day's date, call time, locations, weather, notes or final mark."""


class RemoveDay(_DayEdit, RemoveRecord):
    """Remove a day; the shots of its setups become unscheduled."""


def _day_changes(doc: Document, setup: Setup) -> Changes:
    return Changes.of(days=[doc.index.setup_day[setup.id].id])


def set_setup_shots(doc: Document, setup: Setup, shot_ids: list[str]) -> Assign:
    """Step: give a setup a new list of shots."""
    return Assign(setup, {"shot_ids": shot_ids}, _day_changes(doc, setup))


def unschedule_steps(doc: Document, shot_ids: Iterable[str]) -> list[Edit]:
    """Steps taking shots off the setups they are on."""
    leaving = set(shot_ids)
    setups = dict.fromkeys(doc.index.shot_setup[s] for s in leaving if s in doc.index.shot_setup)
    steps: list[Edit] = []
    for setup_id in setups:
        setup = doc.index.setups[setup_id]
        steps.append(set_setup_shots(doc, setup, [s for s in setup.shot_ids if s not in leaving]))
    return steps


class InsertSetup:
    """Step: put a setup into a day at a position."""

    name = EditName("Add Setup")

    def __init__(self, day: ShootingDay, position: int, setup: Setup) -> None:
        self.day, self.position, self.setup = day, position, setup

    def redo(self, doc: Document) -> Changes:
        doc.index.insert_setup(self.day, self.position, self.setup)
        return Changes.of(days=[self.day.id])

    def undo(self, doc: Document) -> Changes:
        doc.index.remove_setup(self.setup.id)
        return Changes.of(days=[self.day.id])


class DeleteSetup:
    """Step: take a setup out of its day; undo puts it back in its place."""

    name = EditName("Remove Setup")

    def __init__(self, setup_id: str) -> None:
        self.setup_id = setup_id
        self._removed: tuple[ShootingDay, int, Setup] | None = None

    def redo(self, doc: Document) -> Changes:
        setup = require(doc.index.setups, self.setup_id, "setup")
        day = doc.index.setup_day[setup.id]
        self._removed = (day, doc.index.remove_setup(setup.id), setup)
        return Changes.of(days=[day.id])

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        day, position, setup = self._removed
        doc.index.insert_setup(day, position, setup)
        return Changes.of(days=[day.id])


class AddSetup(Compound):
    """Add a setup to a day (at the end unless ``index`` says where)."""

    def __init__(self, day_id: str, setup: Setup | Mapping[str, Any], index: int | None = None) -> None:
        self.day_id, self.index = day_id, index
        self.setup: Setup = validated_new(Setup, setup)
        self.name = EditName("Add Setup")

    def plan(self, doc: Document) -> list[Edit]:
        day = require(doc.index.catalogue["days"], self.day_id, "shooting day")
        self.name = EditName("Add Setup to Day {day}", day=day_number(doc, day))
        check_new_id(doc, self.setup.id)
        check_schedulable(doc, self.setup.shot_ids)
        return [InsertSetup(day, checked_position(self.index, len(day.setups)), self.setup)]


class UpdateSetup(Compound):
    """Change a setup's label, notes, pinned mark or its shots."""

    def __init__(self, setup_id: str, changes: Mapping[str, Any]) -> None:
        self.setup_id, self.changes = setup_id, dict(changes)
        self.name = EditName("Edit Setup")

    def plan(self, doc: Document) -> list[Edit]:
        setup = require(doc.index.setups, self.setup_id, "setup")
        self.name = EditName("Edit Setup on Day {day}", day=day_number(doc, doc.index.setup_day[setup.id]))
        values = validated(setup, self.changes)
        if "shot_ids" in values:
            check_schedulable(doc, values["shot_ids"], setup)
        return [Assign(setup, values, _day_changes(doc, setup))]


class RemoveSetup(Compound):
    """Remove a setup; its shots become unscheduled."""

    def __init__(self, setup_id: str) -> None:
        self.setup_id = setup_id
        self.name = EditName("Remove Setup")

    def plan(self, doc: Document) -> list[Edit]:
        setup = require(doc.index.setups, self.setup_id, "setup")
        self.name = EditName("Remove Setup from Day {day}", day=day_number(doc, doc.index.setup_day[setup.id]))
        return [DeleteSetup(self.setup_id)]


class MoveSetup(Compound):
    """Move a setup to a position of a day (the same day or another)."""

    def __init__(self, setup_id: str, day_id: str, index: int | None = None) -> None:
        self.setup_id, self.day_id, self.index = setup_id, day_id, index
        self.name = EditName("Move Setup")

    def plan(self, doc: Document) -> list[Edit]:
        setup = require(doc.index.setups, self.setup_id, "setup")
        day = require(doc.index.catalogue["days"], self.day_id, "shooting day")
        self.name = EditName("Move Setup to Day {day}", day=day_number(doc, day))
        remaining = len(day.setups) - (doc.index.setup_day[setup.id] is day)
        return [DeleteSetup(setup.id), InsertSetup(day, checked_position(self.index, remaining), setup)]


class MoveShotsToSetup(Compound):
    """Schedule shots on a setup at a position (the end by default), taking them off others."""

    def __init__(self, shot_ids: Iterable[str], setup_id: str, index: int | None = None) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.setup_id, self.index = setup_id, index
        self.name = counted_name(len(self.shot_ids), "Schedule Shot", "Schedule {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        for shot_id in self.shot_ids:
            require(doc.index.shots, shot_id, "shot")
        setup = require(doc.index.setups, self.setup_id, "setup")
        self.name = scheduled_name(doc, self.shot_ids, doc.index.setup_day[setup.id])
        return [*unschedule_steps(doc, self.shot_ids), _PlaceShots(self.shot_ids, self.setup_id, self.index)]


class _PlaceShots(Compound):
    """Step: insert unscheduled shots into a setup's list, planned once they are free."""

    name = EditName("Schedule Shots")

    def __init__(self, shot_ids: list[str], setup_id: str, index: int | None) -> None:
        self.shot_ids, self.setup_id, self.index = shot_ids, setup_id, index

    def plan(self, doc: Document) -> list[Edit]:
        setup = require(doc.index.setups, self.setup_id, "setup")
        at = checked_position(self.index, len(setup.shot_ids))
        return [set_setup_shots(doc, setup, [*setup.shot_ids[:at], *self.shot_ids, *setup.shot_ids[at:]])]


class MoveShotsToDay(Compound):
    """Schedule shots on a day, in a new setup at the end of it."""

    def __init__(self, shot_ids: Iterable[str], day_id: str, *, setup_id: str | None = None) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.day_id = day_id
        self.setup_id = setup_id or new_id("su")
        self.name = counted_name(len(self.shot_ids), "Schedule Shot", "Schedule {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        day = require(doc.index.catalogue["days"], self.day_id, "shooting day")
        self.name = scheduled_name(doc, self.shot_ids, day)
        return [AddSetup(self.day_id, Setup(id=self.setup_id)),
                MoveShotsToSetup(self.shot_ids, self.setup_id)]


class UnscheduleShots(Compound):
    """Take shots off the schedule."""

    def __init__(self, shot_ids: Iterable[str]) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.name = counted_name(len(self.shot_ids), "Unschedule Shot", "Unschedule {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        for shot_id in self.shot_ids:
            require(doc.index.shots, shot_id, "shot")
        self.name = listed(shot_codes(doc, self.shot_ids), "Unschedule Shots {shots}", "Unschedule {n} Shots",
                           one="Unschedule Shot {shots}")
        return unschedule_steps(doc, self.shot_ids)


def scheduled_name(doc: Document, shot_ids: list[str], day: ShootingDay) -> EditName:
    """"Schedule Shots 3, 4 on Day 2": the shots' codes and the day's number in the schedule."""
    return listed(shot_codes(doc, shot_ids), "Schedule Shots {shots} on Day {day}",
                  "Schedule {n} Shots on Day {day}", one="Schedule Shot {shots} on Day {day}",
                  day=day_number(doc, day))
