"""The budget report's AI spend, read back: draws, spend and the estimate of the AI and hybrid shots,
per episode and in the total row (CSV and JSON), and shot by shot (JSON)."""

from __future__ import annotations

import csv
import json

import pytest

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Provenance, Take
from shotgraph.core.planning.budget import BudgetEstimator
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture()
def drawn():
    """The demo with two draws on the first AI shot of episode 1 and one on the first of episode 2."""
    project = load_project(demo_project_path())
    first, second = ([s for s in e.shots if s.mode is Mode.AI][0] for e in project.episodes[:2])
    first.ai.takes += [Take(id="tk_a", provenance=Provenance(cost=12.5)),
                       Take(id="tk_b", provenance=Provenance(cost=7.25)),
                       Take(id="tk_hand", image="media/takes/hand.png")]
    second.ai.takes.append(Take(id="tk_c", provenance=Provenance(cost=40.0)))
    return project


def generated_estimate(project, episode) -> float:
    estimator = BudgetEstimator(project)
    return round(sum(estimator.generation_estimate(s) for s in episode.shots), 2)


def test_the_csv_has_each_episodes_draws_spend_and_estimate_and_their_total(tmp_path, drawn):
    export("budget", drawn, tmp_path / "budget.csv")
    with (tmp_path / "budget.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    spent = [(r["episode"], int(r["ai_draws"]), float(r["ai_spend"])) for r in rows]
    assert spent == [("1", 2, 19.75), ("2", 1, 40.0), ("all", 3, 59.75)]
    estimates = [float(r["ai_spend_estimate"]) for r in rows]
    assert estimates[:2] == [generated_estimate(drawn, e) for e in drawn.episodes]
    assert estimates[2] == pytest.approx(sum(estimates[:2]))


def test_the_json_adds_the_spend_of_each_ai_and_hybrid_shot(tmp_path, drawn):
    export("budget", drawn, tmp_path / "budget.json")
    report = json.loads((tmp_path / "budget.json").read_text(encoding="utf-8"))
    assert [e["ai_draws"] for e in report["episodes"]] == [2, 1, 3]
    shots = report["shots"]
    generated = [(e.number, s.code) for e in drawn.episodes for s in e.shots if s.mode is not Mode.LIVE]
    assert [(s["episode"], s["shot"]) for s in shots] == generated
    spent = [(s["shot"], s["ai_draws"], s["ai_spend"]) for s in shots if s["ai_draws"]]
    first, second = ([s for s in e.shots if s.mode is Mode.AI][0] for e in drawn.episodes)
    assert spent == [(first.code, 2, 19.75), (second.code, 1, 40.0)]
    estimator = BudgetEstimator(drawn)
    assert all(s["ai_spend_estimate"] == round(estimator.generation_estimate(shot), 2) for s, shot in
               zip(shots, (s for e in drawn.episodes for s in e.shots if s.mode is not Mode.LIVE), strict=True))
