"""Sunrise and sunset at a location on a date, computed offline with astral."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from astral import Observer
from astral.sun import sunrise, sunset

from shotgraph.core.model import Location


@dataclass(frozen=True, slots=True)
class SunTimes:
    """Sunrise and sunset as aware datetimes in the location's time zone."""

    sunrise: dt.datetime
    sunset: dt.datetime


def sun_times(location: Location, date: dt.date) -> SunTimes | None:
    """The sun times of a location on a date.

    None when the coordinates are unknown, the time zone name is unknown, or the sun
    does not rise or does not set that day (polar night or midnight sun). Never raises.
    Times are those falling on the date in the location's time zone.
    """
    if location.latitude is None or location.longitude is None:
        return None
    return sun_times_at(location.latitude, location.longitude, location.timezone, date)


@lru_cache(maxsize=1024)
def sun_times_at(latitude: float, longitude: float, timezone: str, date: dt.date) -> SunTimes | None:
    """The sun times at coordinates in a named time zone; None where there are none.

    Also None when sunset on that local date comes before sunrise: the time zone does
    not fit the coordinates, so the date holds no single span of daylight.
    """
    try:
        zone = ZoneInfo(timezone)
        observer = Observer(latitude=latitude, longitude=longitude)
        times = SunTimes(sunrise(observer, date, zone), sunset(observer, date, zone))
    except (ValueError, ArithmeticError, OSError, ZoneInfoNotFoundError):
        return None
    return times if times.sunrise < times.sunset else None
