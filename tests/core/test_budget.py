"""The budget estimate: each mode's formula with the project's rates, and the what-if."""

from __future__ import annotations

import pytest

from shotgraph.core.model import (
    Character,
    CharacterInShot,
    Edge,
    Episode,
    Person,
    Project,
    PropInShot,
    Scene,
    Shot,
)
from shotgraph.core.planning.budget import BudgetEstimator, expected_takes
from shotgraph.core.planning.estimate import setup_minutes


def project_of(*shots: Shot, edges: list[Edge] | None = None) -> Project:
    episode = Episode(id="ep", number=1, scenes=[Scene(id="s", code="1")], shots=list(shots), edges=edges or [])
    return Project(id="pr", episodes=[episode], people=[Person(id="pe", name="刘梅", day_rate=6000)],
                   characters=[Character(id="ch", name="苏婉", actor_id="pe")])


def capacity(project: Project) -> float:
    planning = project.planning
    return planning.max_day_hours * 60 - planning.meal_minutes - planning.load_in_out_minutes


def test_an_ai_shot_costs_its_seconds_times_price_times_takes_plus_operator_time():
    shot = Shot(id="a", code="1", scene_id="s", mode="ai", duration_s=5)
    project = project_of(shot)
    rates = project.budget
    expected = 5 * rates.ai_price_per_second * rates.takes_establishing + 200 * 0.5
    assert BudgetEstimator(project).cost(shot) == pytest.approx(expected)


def test_expected_takes_grow_with_what_the_shot_shows():
    empty = Shot(id="a", code="1", scene_id="s")
    crowd = Shot(id="b", code="2", scene_id="s", description="雨夜，群演围观")
    talking = Shot(id="c", code="3", scene_id="s", characters=[CharacterInShot(character_id="ch")])
    handling = talking.model_copy(update={"props": [PropInShot(prop_id="pp")]})
    project = project_of(empty)
    assert [expected_takes(s, project) for s in (empty, crowd, talking, handling)] == [3, 4, 8, 10]


def test_a_live_shot_costs_its_share_of_a_day_with_its_actors_rates():
    shot = Shot(id="a", code="1", scene_id="s", duration_s=4, characters=[CharacterInShot(character_id="ch")])
    project = project_of(shot)
    share = setup_minutes([shot], project.planning) / capacity(project)
    assert BudgetEstimator(project).cost(shot) == pytest.approx(share * (60_000 + 6000))


def test_a_live_shot_pays_the_scene_cast_on_set_even_when_they_are_not_in_frame():
    shot = Shot(id="a", code="1", scene_id="s", duration_s=4, dialogue="苏婉（OS）：我在这儿。")
    project = project_of(shot)
    share = setup_minutes([shot], project.planning) / capacity(project)
    assert BudgetEstimator(project).cost(shot) == pytest.approx(share * 60_000)
    project.episodes[0].scenes[0].cast = ["ch"]
    assert BudgetEstimator(project).cost(shot) == pytest.approx(share * (60_000 + 6000))


def test_a_hybrid_shot_adds_plate_generation_and_compositing_unless_another_shot_is_its_plate():
    plate = Shot(id="p", code="1", scene_id="s", mode="ai", duration_s=4)
    hybrid = Shot(id="h", code="2", scene_id="s", mode="hybrid", duration_s=4)
    alone = project_of(hybrid)
    estimator = BudgetEstimator(alone)
    generated = 4 * 1.2 * 3 + 100
    assert estimator.cost(hybrid) == pytest.approx(estimator.live_cost(hybrid) + generated + 800)
    plated = BudgetEstimator(project_of(plate, hybrid, edges=[Edge(id="e", kind="plate", source="p", target="h")]))
    assert plated.cost(hybrid) == pytest.approx(plated.live_cost(hybrid) + 800)


def test_episode_totals_split_by_mode_and_what_if_compares_the_same_shots():
    shots = [Shot(id="a", code="1", scene_id="s", duration_s=3), Shot(id="b", code="2", scene_id="s", mode="ai"),
             Shot(id="c", code="3", scene_id="s", mode="hybrid")]
    estimator = BudgetEstimator(project_of(*shots))
    [budget] = estimator.episodes()
    assert [budget.by_mode[m].shots for m in budget.by_mode] == [1, 1, 1]
    assert budget.total == pytest.approx(sum(estimator.cost(s) for s in shots))
    whatif = estimator.what_if(shots[:2])
    assert whatif["planned"] == pytest.approx(estimator.cost(shots[0]) + estimator.cost(shots[1]))
    assert whatif["ai"] < whatif["live"] < whatif["hybrid"]


def test_takes_already_tried_count_when_they_pass_the_expected_number():
    shot = Shot(id="a", code="1", scene_id="s", mode="ai", duration_s=5)
    estimator = BudgetEstimator(project_of(shot))
    tried = shot.model_copy(update={"ai": shot.ai.model_copy(update={"takes_tried": 12})})
    assert estimator.cost(tried) == pytest.approx(5 * 1.2 * 12 + 100)
    assert estimator.cost(shot) == pytest.approx(5 * 1.2 * 3 + 100)
