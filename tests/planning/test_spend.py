"""Spend on generation: the cost recorded on generated takes, per shot, episode and project, beside
the budget estimate of the same shots."""

from __future__ import annotations

import pytest

from generation_fixtures import small_project
from shotgraph.core.model import Provenance, Take
from shotgraph.core.planning.budget import BudgetEstimator
from shotgraph.core.planning.spend import episode_spend, project_spend, shot_spend


def with_takes():
    project = small_project()
    shots = project.episodes[0].shots
    shots[0].ai.takes += [Take(id="t1", provenance=Provenance(cost=30.0)),
                          Take(id="t2", provenance=Provenance(cost=12.5)),
                          Take(id="t3", image="media/takes/hand-made.png")]
    shots[1].ai.takes.append(Take(id="t4", provenance=Provenance(cost=7.5)))
    shots[4].ai.takes.append(Take(id="t5", provenance=Provenance(cost=99.0)))
    return project


def test_a_shot_spends_what_its_generated_takes_cost_and_a_hand_added_take_counts_nothing():
    project = with_takes()
    estimator = BudgetEstimator(project)
    spend = shot_spend(project.episodes[0].shots[0], estimator)
    assert (spend.draws, spend.cost) == (2, 42.5)
    assert spend.estimate == pytest.approx(estimator.cost(project.episodes[0].shots[0]))


def test_an_episode_sums_its_ai_and_hybrid_shots_and_the_project_its_episodes():
    project = with_takes()
    estimator = BudgetEstimator(project)
    spend = episode_spend(project.episodes[0], estimator)
    assert (spend.draws, spend.cost) == (3, 50.0)
    assert spend.estimate == pytest.approx(sum(estimator.generation_estimate(s) for s in project.episodes[0].shots[:4]))
    assert project_spend(project) == spend


def test_spend_is_over_the_estimate_only_when_it_passes_it():
    project = with_takes()
    shot = project.episodes[0].shots[0]
    estimator = BudgetEstimator(project)
    assert not shot_spend(shot, estimator).over_estimate
    shot.ai.takes.append(Take(id="t6", provenance=Provenance(cost=estimator.cost(shot))))
    assert shot_spend(shot, estimator).over_estimate


def test_the_estimate_beside_the_spend_is_what_generating_the_shots_should_cost():
    project = with_takes()
    estimator = BudgetEstimator(project)
    ai, hybrid, live = (project.episodes[0].shots[i] for i in (0, 1, 4))
    assert estimator.generation_estimate(ai) == estimator.cost(ai)
    plate = estimator.generation_cost(hybrid, project.budget.takes_establishing)
    assert estimator.generation_estimate(hybrid) == pytest.approx(plate) and plate < estimator.cost(hybrid)
    assert estimator.generation_estimate(live) == 0.0
