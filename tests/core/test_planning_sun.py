"""Sunrise and sunset computed offline; None where the sun does not rise or set, never an error."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from shotgraph.core.model import Location
from shotgraph.core.planning import sun_times

SHANGHAI = Location(id="lc_sh", name="外滩", latitude=31.2304, longitude=121.4737, timezone="Asia/Shanghai")


def near(moment: dt.datetime, hour: int, minute: int, tolerance_min: float = 2) -> bool:
    published = moment.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return abs((moment - published).total_seconds()) <= tolerance_min * 60


def test_shanghai_on_the_summer_solstice_matches_published_times():
    # Published for Shanghai, 2025-06-21: sunrise 04:51, sunset 19:01 (China Standard Time)
    times = sun_times(SHANGHAI, dt.date(2025, 6, 21))
    assert times is not None
    assert near(times.sunrise, 4, 51) and near(times.sunset, 19, 1)
    assert times.sunrise.date() == times.sunset.date() == dt.date(2025, 6, 21)
    assert times.sunrise.utcoffset() == dt.timedelta(hours=8)
    assert times.sunrise.tzinfo == ZoneInfo("Asia/Shanghai")


def test_beijing_on_the_summer_solstice_matches_published_times():
    beijing = Location(id="lc_bj", name="北京", latitude=39.9042, longitude=116.4074)
    times = sun_times(beijing, dt.date(2025, 6, 21))
    assert times is not None and near(times.sunrise, 4, 46) and near(times.sunset, 19, 46)


@pytest.mark.parametrize("date", [dt.date(2025, 12, 21), dt.date(2025, 6, 21)])
def test_polar_night_and_midnight_sun_have_no_sun_times(date):
    svalbard = Location(id="lc_sv", name="Adventdalen", latitude=78.22, longitude=15.65,
                        timezone="Arctic/Longyearbyen")
    assert sun_times(svalbard, date) is None


@pytest.mark.parametrize("location", [
    Location(id="lc_1", name="无坐标"),
    Location(id="lc_2", name="只有纬度", latitude=31.2),
    Location(id="lc_3", name="时区不明", latitude=31.2, longitude=121.4, timezone="Mars/Olympus"),
    Location(id="lc_4", name="时区为空", latitude=31.2, longitude=121.4, timezone=""),
    Location(id="lc_5", name="时区不合坐标", latitude=31.2, longitude=121.4, timezone="America/Los_Angeles"),
])
def test_unknown_or_unusable_data_gives_none(location):
    assert sun_times(location, dt.date(2025, 6, 21)) is None


@pytest.mark.parametrize("date", [dt.date.min, dt.date.max])
def test_dates_at_the_ends_of_the_calendar_never_raise(date):
    assert sun_times(SHANGHAI, date) is None
