"""The shooting days as an iCalendar file, for the crew's phones and calendars.

Each day is an event from unit call to estimated wrap, in the timezone of its first
location (the project's locations default to Asia/Shanghai), listing its setups. Text
goes in without control characters, which iCalendar forbids; line breaks are kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.model import Language, Project, Scene, ShootingDay, Shot
from shotgraph.core.planning.timeline import DayTimeline, day_timeline

from . import Exporter, Progress, register
from .characters import printable

DEFAULT_TIMEZONE = "Asia/Shanghai"


def shooting_calendar(project: Project, progress: Progress | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//ShotGraph//Shooting days//EN")
    calendar.add("version", "2.0")
    name = "拍摄日程" if project.language is Language.ZH else "Shooting days"
    calendar.add("x-wr-calname", printable(f"{project.title} · {name}" if project.title else name, one_line=True))
    shots = {s.id: s for e in project.episodes for s in e.shots}
    scenes = {s.id: s for e in project.episodes for s in e.scenes}
    days = sorted(project.days, key=lambda d: d.date)
    for number, day in enumerate(days, start=1):
        if progress is not None:
            progress(number - 1, len(days))
        timeline = day_timeline(day, shots, project.planning, lambda shot: _location_of(shot, scenes))
        calendar.add_component(_event(project, day, timeline, number, len(days)))
    calendar.add_missing_timezones()
    return calendar


def _location_of(shot: Shot, scenes: dict[str, Scene]) -> str | None:
    """The shot's own location, else its scene's."""
    scene = scenes.get(shot.scene_id)
    return shot.location_id or (scene.location_id if scene else None)


def _event(project: Project, day: ShootingDay, timeline: DayTimeline, number: int, count: int) -> Event:
    zone = _zone(project, day)
    locations = [loc for loc in project.locations if loc.id in day.location_ids]
    event = Event()
    event.add("uid", f"{day.id}@{project.id}.shotgraph")
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    event.add("dtstart", timeline.call.replace(tzinfo=zone))
    event.add("dtend", max(timeline.wrap, timeline.call + dt.timedelta(minutes=1)).replace(tzinfo=zone))
    title = f"{project.title} · " if project.title else ""
    day_words = (f"拍摄第{number}天（共{count}天）" if project.language is Language.ZH
                 else f"Shooting day {number} of {count}")
    event.add("summary", printable(title + day_words, one_line=True))
    if locations:
        where = "; ".join(f"{loc.name} {loc.address}".strip() for loc in locations)
        event.add("location", printable(where, one_line=True))
    event.add("description", printable(_description(day, timeline)))
    event.add("status", "CONFIRMED" if day.final else "TENTATIVE")
    return event


def _description(day: ShootingDay, timeline: DayTimeline) -> str:
    lines = [f"{placed.start:%H:%M} {placed.setup.label or ''} {' '.join(s.code for s in placed.shots)}".strip()
             for placed in timeline.setups if placed.shots]
    if day.weather:
        lines.append(day.weather)
    if day.notes:
        lines.append(day.notes)
    return "\n".join(lines)


def _zone(project: Project, day: ShootingDay) -> ZoneInfo:
    names = [loc.timezone for loc in project.locations if loc.id in day.location_ids] + [DEFAULT_TIMEZONE]
    for name in names:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def write_calendar(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    atomic_write(path, shooting_calendar(project, progress).to_ical())


register(Exporter("ics", (".ics",), "the shooting days as an iCalendar file", write_calendar, "shooting-days"))
