"""Clock times as a call sheet prints them, marked when they fall on another date than the shooting day."""

from __future__ import annotations

import datetime as dt

DAY_MARKS = {1: "+1 次日", -1: "-1 前日"}
"""How a time on the next date (after midnight) or on the evening before is marked."""


def clock(moment: dt.datetime | None, date: dt.date, before_mark: str = " ") -> str:
    """``07:00``; ``00:50 +1 次日`` after midnight of the shooting day ``date``; "" for no time.

    ``before_mark`` goes between the time and its mark: a line break keeps a narrow column tidy.
    """
    if moment is None:
        return ""
    days = (moment.date() - date).days
    mark = DAY_MARKS.get(days, f"{days:+d}") if days else ""
    return f"{moment:%H:%M}{before_mark}{mark}" if mark else f"{moment:%H:%M}"


def span(start: dt.datetime, end: dt.datetime, date: dt.date) -> str:
    """``12:55–13:55``; ``23:30–00:30 +1 次日``: the end's mark stands for both when they share a date.

    A span of no length is its one time.
    """
    if start == end:
        return clock(start, date)
    first = clock(start, date) if start.date() != end.date() else f"{start:%H:%M}"
    return f"{first}–{clock(end, date)}"
