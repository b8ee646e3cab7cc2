"""Planning chosen episodes only: the other episodes' unscheduled shots stay where they are."""

from __future__ import annotations

from shotgraph.core.document import Document
from shotgraph.core.edits.days import RemoveDay
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Project
from shotgraph.core.planning.scheduler import plan_days
from shotgraph.demo import demo_project_path


def _unscheduled_live(project: Project) -> dict[str, str]:
    """Each unscheduled live or hybrid shot's episode id."""
    placed = {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    return {s.id: e.id for e in project.episodes for s in e.shots if s.mode is not Mode.AI and s.id not in placed}


def _planned(plan) -> set[str]:
    return {i for day in plan.days for setup in day.setups for i in setup.shot_ids}


def test_planning_one_episode_leaves_the_others_unscheduled() -> None:
    document = Document(load_project(demo_project_path()))
    document.apply(RemoveDay("day_1"))
    waiting = _unscheduled_live(document.project)
    first, second = (e.id for e in document.project.episodes)
    assert set(waiting.values()) == {first, second}
    plan = plan_days(document.project, episodes=[second])
    assert _planned(plan) == {shot for shot, episode in waiting.items() if episode == second}
    assert _planned(plan_days(document.project)) == set(waiting)
    assert not plan_days(document.project, episodes=[]).days
