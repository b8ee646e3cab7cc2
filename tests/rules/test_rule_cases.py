"""Every rule of the catalogue against its case file: the shots and severities, exactly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from casebuilder import build_case_project

from shotgraph.core.rules import check_project

CASES = Path(__file__).parent / "cases"

CATALOGUE = [
    "graph.cycle", "graph.start", "graph.unreachable", "graph.dead-end", "graph.plate",
    "continuity.axis", "continuity.screen-direction", "continuity.jump-cut", "continuity.eyeline",
    "continuity.time-of-day", "continuity.location", "continuity.wardrobe", "continuity.prop",
    "continuity.establishing", "continuity.size-jump",
    "ai.identity", "ai.identity-drift", "ai.model-drift", "ai.emotional-closeup", "ai.lipsync",
    "hybrid.plate-light", "hybrid.plate-match", "format.mismatch",
    "compliance.ai-disclosure", "compliance.likeness-consent", "compliance.label-spec", "compliance.implicit-label",
    "compliance.ai-provider", "compliance.registration",
    "style.repetition", "style.monotony", "style.formula",
    "schedule.unscheduled", "schedule.overlong-day", "schedule.turnaround", "schedule.daylight",
    "cast.unassigned",
]
"""Every rule id of the catalogue in docs/findings.md."""


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _cases() -> list:
    return [pytest.param(data["rule"], case, id=f"{data['rule']}::{case['name']}")
            for path in sorted(CASES.glob("*.toml")) for data in [_load(path)] for case in data["case"]]


def _refs(project) -> dict[str, str]:
    """Each shot's reference as case files write it: its code, prefixed ``N:`` outside episode 1."""
    return {shot.id: shot.code if episode.number == 1 else f"{episode.number}:{shot.code}"
            for episode in project.episodes for shot in episode.shots}


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id, case, tmp_path):
    project = build_case_project(case, tmp_path)
    refs = _refs(project)
    found = [[f.severity.value, *(refs[shot_id] for shot_id in f.shot_ids)]
             for f in check_project(project) if f.rule == rule_id]
    assert sorted(found) == sorted(case["expect"])


@pytest.mark.parametrize("rule_id", CATALOGUE)
def test_every_rule_has_cases_that_fire_and_cases_that_do_not(rule_id):
    path = CASES / f"{rule_id}.toml"
    assert path.exists(), f"no case file for {rule_id}"
    data = _load(path)
    assert data["rule"] == rule_id
    assert any(case["expect"] for case in data["case"]), "no case where it fires"
    assert any(not case["expect"] for case in data["case"]), "no case where it stays quiet"
