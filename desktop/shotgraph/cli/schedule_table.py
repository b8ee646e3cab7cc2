"""``shotgraph schedule`` output: planned shooting days as terminal tables, or as JSON.

Columns are measured in terminal cells, so Chinese locations, labels and names line up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from shotgraph.cli.textwidth import pad, truncate
from shotgraph.core.planning.summary import DaySummary, SetupRow
from shotgraph.core.text_width import display_width

HEADERS = ("TIME", "SCENE", "SHOTS", "INT/EXT", "D/N", "MIN", "CAST", "SETUP")
WIDE_COLUMNS = {2: 24, 6: 12, 7: 24}
"""Columns cut with an ellipsis past this many cells: shots, cast, setup label."""


def render_text(days: Sequence[DaySummary], shots: int, existing: int) -> str:
    """The planned days, one table each, after a line saying what was planned."""
    if not days:
        return "Nothing to plan: every live and hybrid shot is already on a shooting day.\n"
    lines = [f"{len(days)} new shooting day(s) for {shots} shot(s), after {existing} existing day(s)", ""]
    for summary in days:
        lines.extend(_day_lines(summary))
        lines.append("")
    return "\n".join(lines)


def _day_lines(summary: DaySummary) -> list[str]:
    over = "  OVER THE MAXIMUM" if summary.over else ""
    head = (f"Day {summary.number} of {summary.of} · {summary.day.date.isoformat()} · "
            f"call {_clock(summary.call)} · wrap {_clock(summary.wrap, summary.call)} · "
            f"{_duration(summary.working_minutes)} of {_duration(summary.max_minutes)} maximum{over}")
    rows = [HEADERS, *(_cells(row, summary.call) for row in summary.setups)]
    lines = [head, *_table(rows)]
    if summary.actors:
        lines.append("  cast: " + "; ".join(f"{a.name} {_clock(a.call, summary.call)}–{_clock(a.release, summary.call)}"
                                            for a in summary.actors))
    return lines


def _cells(row: SetupRow, call: dt.datetime) -> tuple[str, ...]:
    return (f"{_clock(row.start, call)}–{_clock(row.end, call)}", " ".join(row.scenes), " ".join(row.shot_codes),
            row.int_ext, row.day_night, str(round(row.minutes)), " ".join(row.cast), row.label)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    cut = [tuple(truncate(cell, WIDE_COLUMNS.get(k, 99)) for k, cell in enumerate(row)) for row in rows]
    widths = [max(display_width(row[k]) for row in cut) for k in range(len(HEADERS))]
    return ["  " + "  ".join(pad(cell, widths[k]) for k, cell in enumerate(row)).rstrip() for row in cut]


def _clock(moment: dt.datetime, since: dt.datetime | None = None) -> str:
    """HH:MM, with +1 when the time falls on the day after the call."""
    later = since is not None and moment.date() > since.date()
    return moment.strftime("%H:%M") + ("+1" if later else "")


def _duration(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def render_json(file: str, days: Sequence[DaySummary], written: bool) -> str:
    """One JSON object: the file, whether it was written, and each planned day."""
    return json.dumps({"file": file, "written": written, "days": [_day_json(d) for d in days]},
                      ensure_ascii=False, indent=2)


def _day_json(summary: DaySummary) -> dict:
    return {
        "date": summary.day.date.isoformat(), "day": summary.number, "of": summary.of,
        "call": summary.call.isoformat(timespec="minutes"), "wrap": summary.wrap.isoformat(timespec="minutes"),
        "minutes": round(summary.working_minutes, 1), "max_minutes": summary.max_minutes,
        "setups": [{"start": r.start.isoformat(timespec="minutes"), "end": r.end.isoformat(timespec="minutes"),
                    "label": r.label, "scenes": list(r.scenes), "shots": list(r.shot_codes), "int_ext": r.int_ext,
                    "day_night": r.day_night, "minutes": round(r.minutes, 1), "modes": list(r.modes),
                    "cast": list(r.cast)} for r in summary.setups],
        "cast": [{"name": a.name, "call": a.call.isoformat(timespec="minutes"),
                  "release": a.release.isoformat(timespec="minutes")} for a in summary.actors],
    }
