"""Call-sheet versions: what a day's sheet says now, what it said when last marked final, and
what changed in between (times, setups, cast), for the sheet's version line and its changes box.

Marking a day final keeps its sheet (``ShootingDay.issued``). The first final keeps the version
the draft had; marking final again after a change bumps it. A final day whose sheet has changed
since prints as the next version's draft, listing what changed since the last final one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from shotgraph.core.model import IssuedSheet, Person, Project, SheetLine, ShootingDay, Shot
from shotgraph.core.planning.timeline import ActorDay

from .callsheet_cast import NOT_CAST
from .callsheet_clock import clock
from .callsheet_day import DayContext, ProjectIndex, day_date, day_times, section_heading, sheet_table
from .pdf.images import Thumbnails

NOTHING = "—"


@dataclass(frozen=True)
class Change:
    """One line of the changes box: what changed, as it was and as it is now."""

    what: str
    was: str
    now: str


@dataclass(frozen=True)
class SheetStatus:
    """The version line of a day's sheet and the changes it lists."""

    version: int
    final: bool
    since: int | None
    """The final version the changes are counted from, when there is one."""
    changes: tuple[Change, ...] = ()

    @property
    def label(self) -> str:
        """``v2 · FINAL 定稿``, ``v3 · DRAFT 草稿``."""
        return f"v{self.version} · {'FINAL 定稿' if self.final else 'DRAFT 草稿'}"

    @property
    def label_cn(self) -> str:
        """``第2版 定稿``."""
        return f"第{self.version}版 {'定稿' if self.final else '草稿'}"


def sheet_facts(context: DayContext) -> IssuedSheet:
    """What the day's sheet says that a crew acts on: date, places, times, setups and cast calls."""
    date = context.day.date
    times = {"Date 日期": day_date(date),
             "Locations 地点": ", ".join(location.name for location in context.locations) or NOTHING,
             **dict(day_times(context))}
    setups = {placed.setup.id: SheetLine(title=_setup_title(context, placed.shots),
                                         detail=clock(placed.start, date))
              for placed in context.timeline.setups if placed.shots}
    cast = {actor_id: SheetLine(title=_actor_title(context, actor_id), detail=_calls(context, calls))
            for actor_id, calls in context.actors.items()}
    for character_id, calls in context.not_cast.items():
        name = context.index.characters[character_id].name
        cast[character_id] = SheetLine(title=f"{NOT_CAST} ({name})", detail=_calls(context, calls))
    return IssuedSheet(times=times, setups=setups, cast=cast)


def _setup_title(context: DayContext, shots: Sequence[Shot]) -> str:
    index = context.index
    return f"{index.scene_codes(shots)} · {index.shot_codes(shots, with_episodes=False)}"


def _actor_title(context: DayContext, actor_id: str) -> str:
    person: Person | None = context.index.people.get(actor_id)
    roles = ", ".join(c.name for c in context.characters_of(actor_id))
    name = person.name if person else actor_id
    return f"{name} ({roles})" if roles else name


def _calls(context: DayContext, calls: ActorDay) -> str:
    date = context.day.date
    pickup = clock(calls.pickup(context.index.locations), date)
    return (f"pick-up 接送 {pickup} · make-up 化妆 {clock(calls.call, date)} · "
            f"on set 到场 {clock(calls.on_set, date)}")


def changes_between(before: IssuedSheet, after: IssuedSheet) -> tuple[Change, ...]:
    """Times that differ, then cast and setups added, removed or changed, in the newer sheet's order."""
    changes = [Change(label, before.times.get(label, NOTHING), after.times.get(label, NOTHING))
               for label in _keys(before.times, after.times)
               if before.times.get(label) != after.times.get(label)]
    changes += _line_changes("Cast 演员", before.cast, after.cast)
    changes += _line_changes("Setup 机位", before.setups, after.setups)
    return tuple(changes)


def _keys(before: Mapping[str, object], after: Mapping[str, object]) -> list[str]:
    return list(dict.fromkeys([*after, *before]))


def _line_changes(kind: str, before: Mapping[str, SheetLine], after: Mapping[str, SheetLine]) -> list[Change]:
    changes = []
    for key in _keys(before, after):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None or new is None:
            line = new or old
            if line is None:  # both missing: equal, passed over above
                continue
            was, now = (NOTHING, line.detail) if old is None else (line.detail, "removed 取消")
            changes.append(Change(f"{kind} {line.title}", was or NOTHING, now or NOTHING))
        elif old.title == new.title:
            changes.append(Change(f"{kind} {new.title}", old.detail or NOTHING, new.detail or NOTHING))
        else:
            changes.append(Change(kind, f"{old.title} {old.detail}".strip(), f"{new.title} {new.detail}".strip()))
    return changes


def sheet_status(context: DayContext) -> SheetStatus:
    """The sheet's version and whether it is final, with the changes since the last final sheet.

    A final sheet lists what changed since the final version before it; a sheet changed since
    its last final version is the next version's draft and lists what changed since.
    """
    day = context.day
    if day.issued is None:
        return SheetStatus(day.version, day.final, None)
    facts = sheet_facts(context)
    if day.final and facts == day.issued:
        if day.issued_before is None:
            return SheetStatus(day.version, True, None)
        return SheetStatus(day.version, True, day.version - 1, changes_between(day.issued_before, facts))
    return SheetStatus(day.version + 1, False, day.version, changes_between(day.issued, facts))


def day_context(project: Project, day: ShootingDay) -> DayContext:
    """The context of one day (as given, saved or not), for its facts and status outside an export."""
    return DayContext(ProjectIndex(project), day, 1, 1, None, Thumbnails(None), 0)


def marking_final(project: Project, day: ShootingDay) -> dict[str, Any]:
    """The day's changed fields when the user marks its call sheet final.

    The sheet as it is now becomes the issued one; the version goes up when an earlier final
    sheet said something else.
    """
    facts = sheet_facts(day_context(project, day))
    if day.issued is None:
        return {"final": True, "issued": facts}
    if facts == day.issued:
        return {"final": True}
    return {"final": True, "issued": facts, "issued_before": day.issued, "version": day.version + 1}


CHANGES_LISTED = 10
"""The changes box lists this many changes, then counts the rest."""


def change_rows(status: SheetStatus) -> list[list[str]]:
    """The changes box's rows: what, was, now; the changes past the first few counted in one row."""
    rows = [[change.what, change.was, change.now] for change in status.changes[:CHANGES_LISTED]]
    if len(status.changes) > CHANGES_LISTED:
        more = len(status.changes) - CHANGES_LISTED
        rows.append([f"… {more} more changes 另有{more}项变更", "", ""])
    return rows


def changes_section(context: DayContext, chinese: bool = False) -> list[Flowable]:
    """The box of what changed since the last final sheet; nothing when nothing did."""
    status = sheet_status(context)
    if not status.changes:
        return []
    since = status.since
    title = f"变更（自第{since}版定稿）" if chinese else f"Changed since v{since} final 自第{since}版定稿以来的变更"
    header = ("项目", "原", "现") if chinese else ("What 项目", "Was 原", "Now 现")
    widths = [f * context.width for f in (0.4, 0.3, 0.3)]
    return [*section_heading(title), sheet_table(header, change_rows(status), widths)]
