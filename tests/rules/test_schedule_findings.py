"""Schedule findings beyond the case files: where they are reported, and when they are not at all."""

from __future__ import annotations

import datetime as dt

from benchmarks.series import make_series
from shotgraph.core.model import Mode, PlanningSettings, Setup, ShootingDay
from shotgraph.core.rules import check_project


def schedule_findings(project):
    return [f for f in check_project(project) if f.rule.startswith("schedule.")]


def test_a_project_without_shooting_days_gets_no_schedule_finding():
    assert schedule_findings(make_series(episodes=2, shots_per_episode=12)) == []


def test_the_first_shooting_day_starts_the_schedule_checks():
    project = make_series(episodes=2, shots_per_episode=12)
    project.days = [ShootingDay(id="dy_1", date=dt.date(2025, 6, 1))]
    filmed = {s.id for e in project.episodes for s in e.shots if s.mode is not Mode.AI}
    findings = schedule_findings(project)
    assert {f.rule for f in findings} == {"schedule.unscheduled"}
    assert {f.shot_ids[0] for f in findings} == filmed


def test_an_overlong_day_names_its_episode_only_when_all_its_shots_share_one():
    project = make_series(episodes=2, shots_per_episode=12)
    project.planning = PlanningSettings(max_day_hours=1)
    first, other, second = project.episodes[0].shots[0], project.episodes[0].shots[1], project.episodes[1].shots[0]
    project.days = [
        ShootingDay(id="dy_1", date=dt.date(2025, 6, 1), setups=[Setup(id="su_1", shot_ids=[first.id])]),
        ShootingDay(id="dy_2", date=dt.date(2025, 6, 2), setups=[Setup(id="su_2", shot_ids=[other.id]),
                                                                 Setup(id="su_3", shot_ids=[second.id])]),
    ]
    overlong = [f for f in schedule_findings(project) if f.rule == "schedule.overlong-day"]
    assert [(f.episode, f.scene, f.shot_ids) for f in overlong] == [
        (1, None, (first.id,)), (None, None, (other.id, second.id))]
    assert overlong[0].message.en.startswith("Shooting day 2025-06-01 is estimated at ")
    assert overlong[1].message.zh.startswith("2025-06-02 拍摄日预计工作 ")
