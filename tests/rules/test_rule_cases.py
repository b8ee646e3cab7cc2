"""Every rule of the catalogue against its case file: the shots and severities, exactly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from casebuilder import build_case_project

from shotgraph.core.rules import all_rules, check_project

CASES = Path(__file__).parent / "cases"

CATALOGUE = sorted({rule.id for rule in all_rules()})
"""Every registered rule: each needs a case file, and its place in docs/findings.md."""
FINDINGS_DOC = Path(__file__).resolve().parents[2] / "docs" / "findings.md"


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


def _documented(rule_id: str, guide: str) -> bool:
    """Named in full, or by its short name in its family's row of the rules table."""
    family, short = rule_id.split(".", 1)
    row = next((line for line in guide.splitlines() if line.startswith(f"| {family} |")), "")
    return f"`{rule_id}`" in guide or f"`{short}`" in row


def test_every_registered_rule_is_documented_in_the_findings_guide():
    guide = FINDINGS_DOC.read_text(encoding="utf-8")
    assert [rule_id for rule_id in CATALOGUE if not _documented(rule_id, guide)] == []
    assert len(CATALOGUE) >= 37
