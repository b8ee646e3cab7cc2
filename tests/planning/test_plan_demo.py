"""The planner on the demo: episode 2's unscheduled shots land on new days that break no schedule rule."""

from __future__ import annotations

import datetime as dt

import pytest

from shotgraph.core.document import Document
from shotgraph.core.io.store import load_project
from shotgraph.core.model import IntExt, Mode, Project, Setup, ShootingDay, TimeOfDay
from shotgraph.core.planning.scheduler import capacity, plan_days
from shotgraph.core.planning.setups import PlannedSetup, SetupKey, ShotPlaces, group_setups
from shotgraph.core.planning.summary import summarise_days
from shotgraph.core.planning.sun import sun_times
from shotgraph.core.planning.swaps import actor_day_total, fewer_actor_days
from shotgraph.core.rules import all_rules, check_project
from shotgraph.demo import demo_project_path


@pytest.fixture
def demo() -> Project:
    return load_project(demo_project_path())


def _unscheduled_live(project: Project) -> set[str]:
    placed = {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    return {s.id for e in project.episodes for s in e.shots if s.mode is not Mode.AI and s.id not in placed}


def test_plan_schedules_episode_twos_live_and_hybrid_shots_after_the_existing_days(demo: Project) -> None:
    waiting = _unscheduled_live(demo)
    assert waiting and all(i.startswith("sh_e2_") for i in waiting)
    plan = plan_days(demo)
    planned = {i for day in plan.days for setup in day.setups for i in setup.shot_ids}
    assert planned == waiting
    assert min(day.date for day in plan.days) == dt.date(2026, 12, 4)


def test_applying_the_plan_is_one_undo_step(demo: Project) -> None:
    document = Document(demo)
    days_before = len(demo.days)
    document.apply(plan_days(demo).edit())
    assert not _unscheduled_live(document.project)
    document.undo()
    assert len(document.project.days) == days_before
    assert _unscheduled_live(document.project)


def test_the_planned_days_raise_no_schedule_finding(demo: Project) -> None:
    before = {f.fingerprint for f in check_project(demo, all_rules()) if f.rule.startswith("schedule.")}
    document = Document(demo)
    document.apply(plan_days(demo).edit())
    after = [f for f in check_project(document.project, all_rules()) if f.rule.startswith("schedule.")]
    assert not [f for f in after if f.fingerprint not in before and f.rule != "schedule.unscheduled"]
    assert not [f for f in after if f.rule == "schedule.unscheduled"]


def test_night_scenes_start_at_sunset_on_a_night_day(demo: Project) -> None:
    places = ShotPlaces(demo)
    plan = plan_days(demo)
    night_days = [day for day in plan.days
                  if any(places.key(places.shots[i]).time_of_day is TimeOfDay.NIGHT
                         for setup in day.setups for i in setup.shot_ids)]
    assert night_days and all(day.unit_call >= dt.time(16, 0) for day in night_days)


def test_setups_group_by_location_and_green_screen(demo: Project) -> None:
    places = ShotPlaces(demo)
    setups = group_setups(demo, demo.planning, capacity(demo.planning), places)
    for setup in setups:
        assert {places.key(shot) for shot in setup.shots} == {setup.key}
    hybrid = [s for s in setups if s.key.green]
    assert hybrid and all(shot.mode is Mode.HYBRID for s in hybrid for shot in s.shots)


def test_a_pinned_setup_stays_on_its_day_and_its_shots_are_not_planned_again(demo: Project) -> None:
    shot_id = sorted(_unscheduled_live(demo))[0]
    demo.days.append(ShootingDay(id="day_mine", date=dt.date(2026, 12, 20),
                                 setups=[Setup(id="su_mine", shot_ids=[shot_id], pinned=True)]))
    plan = plan_days(demo)
    assert shot_id not in {i for day in plan.days for setup in day.setups for i in setup.shot_ids}
    assert min(day.date for day in plan.days) == dt.date(2026, 12, 21)


def test_an_overlong_group_is_split_into_setups_that_each_fit_a_day(demo: Project) -> None:
    demo.planning = demo.planning.model_copy(update={"max_day_hours": 2.5})
    setups = group_setups(demo, demo.planning, capacity(demo.planning))
    assert all(s.minutes <= capacity(demo.planning) or len(s.shots) == 1 for s in setups)


def test_the_first_day_setting_dates_a_project_without_days(demo: Project) -> None:
    demo.days = []
    demo.planning = demo.planning.model_copy(update={"first_day": dt.date(2027, 1, 10)})
    assert min(day.date for day in plan_days(demo).days) == dt.date(2027, 1, 10)
    demo.planning = demo.planning.model_copy(update={"first_day": None})
    assert min(day.date for day in plan_days(demo, start=dt.date(2027, 5, 1)).days) == dt.date(2027, 5, 1)


def test_exterior_day_setups_keep_half_an_hour_of_light_at_each_end(demo: Project) -> None:
    demo.days = []
    demo.planning = demo.planning.model_copy(update={"first_day": dt.date(2026, 12, 2)})
    plan = plan_days(demo)
    document = Document(demo)
    document.apply(plan.edit())
    places = ShotPlaces(document.project)
    locations = {loc.id: loc for loc in demo.locations}
    margin = dt.timedelta(minutes=30)
    checked = 0
    for summary in summarise_days(document.project, places):
        for row in summary.setups:
            key = places.key(places.shots[row.shot_ids[0]])
            if key.int_ext is IntExt.EXT and key.time_of_day is TimeOfDay.DAY:
                sun = sun_times(locations[key.location_id], summary.day.date)
                assert row.start >= sun.sunrise.replace(tzinfo=None) + margin
                assert row.end <= sun.sunset.replace(tzinfo=None) - margin
                checked += 1
            if key.time_of_day is TimeOfDay.NIGHT and key.location_id in locations:
                sun = sun_times(locations[key.location_id], summary.day.date)
                assert row.start >= sun.sunset.replace(tzinfo=None)
    assert checked


def test_local_swaps_bring_an_actor_in_on_fewer_days() -> None:
    def setup(actor: str) -> PlannedSetup:
        key = SetupKey("loc", IntExt.INT, TimeOfDay.DAY, None, False)
        return PlannedSetup(key, [], 60.0, (1, 0), frozenset({actor}))

    days = [[setup("a"), setup("b")], [setup("b"), setup("a")]]
    assert actor_day_total(days) == 4
    improved = fewer_actor_days(days, lambda setups, position: len(setups) <= 2)
    assert actor_day_total(improved) == 2
    assert sorted(len(day) for day in improved) == [2, 2]
