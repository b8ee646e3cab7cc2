"""Whatever the project, a plan schedules every live and hybrid shot once and keeps its promises."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shotgraph.core.document import Document
from shotgraph.core.model import Mode, PlanningSettings, Project
from shotgraph.core.planning import actor_days, day_timeline, turnaround
from shotgraph.core.planning.scheduler import plan_days
from shotgraph.core.planning.setups import ShotPlaces
from strategies import projects

START = dt.date(2026, 3, 1)
TIGHT_SETTINGS = st.builds(PlanningSettings, max_day_hours=st.sampled_from([3.0, 6.0, 12.0]),
                           max_locations_per_day=st.integers(1, 3), min_turnaround_hours=st.sampled_from([0, 12, 30]))


def _applied(project: Project, planning: PlanningSettings) -> tuple[Project, set[str]]:
    """The project after the plan, and the ids of the new days."""
    before = project.model_copy(deep=True)
    project.planning = planning
    plan = plan_days(project, start=START)
    document = Document(project)
    document.apply(plan.edit())
    assert [d.model_dump() for d in before.days] == [d.model_dump() for d in document.project.days
                                                      if d.id not in {p.id for p in plan.days}]
    return document.project, {day.id for day in plan.days}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), TIGHT_SETTINGS)
def test_every_live_and_hybrid_shot_is_scheduled_exactly_once_and_no_ai_shot(project: Project,
                                                                              planning: PlanningSettings) -> None:
    planned, _ = _applied(project, planning)
    placed = [i for day in planned.days for setup in day.setups for i in setup.shot_ids]
    assert len(placed) == len(set(placed))
    shots = {s.id: s for e in planned.episodes for s in e.shots}
    new_placed = set(placed) - {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    assert all(shots[i].mode is not Mode.AI for i in new_placed)
    assert {i for i, s in shots.items() if s.mode is not Mode.AI} <= set(placed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), TIGHT_SETTINGS)
def test_no_new_day_is_over_the_maximum_unless_it_holds_one_setup(project: Project,
                                                                  planning: PlanningSettings) -> None:
    planned, new = _applied(project, planning)
    places = ShotPlaces(planned)
    for day in (d for d in planned.days if d.id in new):
        timeline = day_timeline(day, places.shots, planning, places.location_of)
        locations = {places.location_of(s) for s in timeline.shots}
        assert len(locations) <= planning.max_locations_per_day
        assert timeline.working_minutes <= planning.max_day_hours * 60 + 1e-6 or len(day.setups) == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), TIGHT_SETTINGS)
def test_every_actor_rests_the_minimum_turnaround_before_a_planned_day(project: Project,
                                                                      planning: PlanningSettings) -> None:
    planned, new = _applied(project, planning)
    places = ShotPlaces(planned)
    characters = {c.id: c for c in planned.characters}
    scenes = {scene.id: scene for episode in planned.episodes for scene in episode.scenes}  # silent cast too
    worked: dict[str, list] = {}
    for day in sorted(planned.days, key=lambda d: (d.date, d.unit_call)):
        timeline = day_timeline(day, places.shots, planning, places.location_of)
        for actor, actor_day in actor_days(timeline, characters, planning, scenes).items():
            worked.setdefault(actor, []).append((day.id in new, actor_day))
    for days in worked.values():
        for (_, before), (is_new, after) in pairwise(days):
            if is_new:
                assert turnaround(before, after) >= dt.timedelta(hours=planning.min_turnaround_hours)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_existing_days_and_pinned_setups_never_move(project: Project) -> None:
    before = {day.id: day.model_dump() for day in project.days}
    last = max((day.date for day in project.days), default=START - dt.timedelta(days=1))
    planned, new = _applied(project, PlanningSettings())
    assert {day.id: day.model_dump() for day in planned.days if day.id not in new} == before
    assert all(day.date > last for day in planned.days if day.id in new)
