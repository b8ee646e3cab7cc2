"""How a setup strip looks: stripboard colours by INT/EXT × DAY/NIGHT, always with the words too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from shotgraph.core.model import ShootingDay
from shotgraph.core.planning.summary import DaySummary, SetupRow

STRIP_COLOURS = {
    ("INT", "D"): "#ffffff",
    ("EXT", "D"): "#fff3a6",
    ("INT", "N"): "#b9d4ff",
    ("EXT", "N"): "#b8e6b8",
}
"""The stripboard convention: white interior day, yellow exterior day, blue interior night, green exterior night."""

OTHER_COLOUR = "#e6dcf2"
"""Dawn, dusk, INT/EXT or mixed setups: pale violet."""

STRIP_TEXT = QColor("#111111")
OVER_COLOUR = "#c62828"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleBoard", text)


def strip_colour(row: SetupRow) -> QColor:
    return QColor(STRIP_COLOURS.get((row.int_ext, row.day_night), OTHER_COLOUR))


def mode_badges(modes: tuple[str, ...]) -> str:
    names = {"live": _tr("LIVE"), "hybrid": _tr("HYBRID"), "ai": _tr("AI")}
    return " ".join(f"[{names.get(mode, mode)}]" for mode in modes)


def strip_text(row: SetupRow) -> str:
    """Two lines: time, scenes, INT/EXT and D/N, minutes; then label, mode badges and cast."""
    first = _tr("{start}–{end}  Sc {scenes}  {int_ext} {day_night}  {minutes} min").format(
        start=row.start.strftime("%H:%M"), end=row.end.strftime("%H:%M"), scenes=" ".join(row.scenes) or "–",
        int_ext=row.int_ext or "–", day_night=row.day_night or "–", minutes=round(row.minutes))
    cast = _tr("cast {ids}").format(ids=" ".join(row.cast)) if row.cast else ""
    pinned = _tr("pinned") if row.pinned else ""
    second = "  ".join(part for part in (row.label, mode_badges(row.modes), cast, pinned) if part)
    return f"{first}\n{second}" if second else first


def shot_text(code: str, scene: str) -> str:
    return _tr("Shot {code} (Sc {scene})").format(code=code, scene=scene)


def duration(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    if not rest:
        return _tr("{hours} h").format(hours=hours)
    return _tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def day_heading(summary: DaySummary) -> tuple[str, str]:
    """The header of a day column: date and day number; its estimate against the maximum."""
    title = _tr("{date}  ·  Day {number} of {total}").format(
        date=summary.day.date.isoformat(), number=summary.number, total=summary.of)
    length = _tr("{length} of {maximum}").format(length=duration(summary.working_minutes),
                                                 maximum=duration(summary.max_minutes))
    if summary.over:
        length = _tr("{estimate} — over by {over}").format(
            estimate=length, over=duration(summary.working_minutes - summary.max_minutes))
    return title, length


def day_details(day: ShootingDay, location_names: dict[str, str]) -> str:
    """The third line of a day's header: unit call, draft or final, and its locations."""
    status = _tr("Final") if day.final else _tr("Draft")
    text = _tr("Call {time}  ·  {status}").format(time=day.unit_call.strftime("%H:%M"), status=status)
    places = [location_names.get(i, i) for i in day.location_ids]
    return f"{text}  ·  {', '.join(places)}" if places else text
