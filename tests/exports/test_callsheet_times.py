"""The call sheet's times as a 1st AD reads them: crew call, breakfast before an early call, shooting
call, the meal by its limit and between setups, and the wrap marked +1 次日 after midnight."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_reading import page_texts

from shotgraph.core.io.store import load_project
from shotgraph.core.model import (
    Camera,
    Episode,
    Movement,
    PlanningSettings,
    Project,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    find_problems,
)
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


def day_project(setups: int, call: dt.time, planning: PlanningSettings | None = None) -> Project:
    """One day of ``setups`` static 10 s shots, each its own 25 min setup after 30 min load-in."""
    shots = [Shot(id=f"sh{k}", code=f"1-{k:02d}", scene_id="sc1", duration_s=10,
                  camera=Camera(movement=Movement.STATIC)) for k in range(setups)]
    project = Project(
        id="pr", title="夜渡",
        episodes=[Episode(id="ep1", number=1, scenes=[Scene(id="sc1", code="1")], shots=shots)],
        days=[ShootingDay(id="dy1", date=dt.date(2026, 12, 2), unit_call=call,
                          setups=[Setup(id=f"su{k}", shot_ids=[f"sh{k}"]) for k in range(setups)])],
        planning=planning or PlanningSettings(),
    )
    assert find_problems(project) == []
    return project


def times(project: Project, folder, day: int = 1) -> str:
    """The Times section as one line: its headers, then its values (a cell's own line breaks are spaces)."""
    path = folder / f"day{day}.pdf"
    export("callsheet", project, path, day=day, style="intl")
    text = "".join(page_texts(path))
    return " ".join(text[text.index("Times 时间") + len("Times 时间"):text.index("Key contacts")].split())


def values(section: str) -> str:
    """The values of the Times section: what follows its last header."""
    return section[section.index("预计收工") + len("预计收工"):].strip()


def test_an_early_call_serves_breakfast_before_it_and_a_seven_oclock_call_does_not(tmp_path):
    early = times(day_project(2, dt.time(6, 0)), tmp_path)
    headers = ["General crew call 全体集合", "Breakfast 早餐", "Shooting call 开机", "Meal 用餐",
               "Estimated wrap 预计收工"]
    assert [early.index(h) for h in headers] == sorted(early.index(h) for h in headers)
    assert values(early).startswith("06:00 05:30–06:00 06:30 ")
    seven = times(day_project(2, dt.time(7, 0)), tmp_path)
    assert "Breakfast" not in seven and values(seven).startswith("07:00 07:30 ")


def test_the_project_sets_how_early_a_call_gets_breakfast_and_how_long_before(tmp_path):
    planning = PlanningSettings(breakfast_before_hour=9, breakfast_minutes=45)
    assert values(times(day_project(1, dt.time(8, 0), planning), tmp_path)).startswith("08:00 07:15–08:00 ")
    never = PlanningSettings(breakfast_before_hour=0)
    assert "Breakfast" not in times(day_project(1, dt.time(4, 30), never), tmp_path)


def test_a_long_day_eats_at_the_last_setup_boundary_before_six_hours(tmp_path):
    """Setups end 30 + 25 k min after 07:00: 12:55 is the last boundary by 13:00."""
    assert values(times(day_project(20, dt.time(7, 0)), tmp_path)) == "07:00 07:30 12:55–13:55 17:20"


def test_the_meals_limit_is_a_project_setting(tmp_path):
    section = times(day_project(20, dt.time(7, 0), PlanningSettings(meal_within_hours=4)), tmp_path)
    assert values(section) == "07:00 07:30 10:50–11:50 17:20"


def test_a_short_day_says_it_wraps_before_a_meal_is_due(tmp_path):
    section = times(day_project(2, dt.time(7, 0)), tmp_path)
    assert values(section) == "07:00 07:30 None 无 — wraps before 13:00 前收工 08:50"
    text = "".join(page_texts(tmp_path / "day1.pdf"))
    assert "MEAL 用餐" not in text, "no meal banner in the schedule either"


def test_a_wrap_after_midnight_is_marked_next_day(tmp_path):
    section = times(day_project(1, dt.time(23, 0)), tmp_path)
    assert values(section) == "23:00 23:30 None 无 — wraps before 05:00 +1 次日 前收工 00:25 +1 次日"


def test_a_meal_running_past_midnight_marks_its_end(tmp_path):
    """From a 20:00 call, the meal is due by 00:30: the setup ending 00:15 +1 is the last before it."""
    section = times(day_project(12, dt.time(20, 0), PlanningSettings(meal_within_hours=4.5)), tmp_path)
    assert values(section) == "20:00 20:30 00:15–01:15 +1 次日 03:00 +1 次日"


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def test_the_demo_days_lay_out_as_a_1st_ad_expects(tmp_path, demo):
    """Day 1 shoots 07:30–11:53 and wraps at 12:23, before the meal is due at 13:00; the night of
    day 2 eats at 22:18, the last setup boundary before 22:30, and wraps after midnight."""
    assert values(times(demo, tmp_path, 1)) == "07:00 07:30 None 无 — wraps before 13:00 前收工 12:23"
    assert values(times(demo, tmp_path, 2)) == "16:30 17:00 22:18–23:18 00:50 +1 次日"
