"""No rule raises on any valid project: a rule that lacks the data it needs stays quiet."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from shotgraph.core.model import Project
from shotgraph.core.rules import all_rules, check_project
from strategies import projects


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_every_rule_runs_on_any_valid_project(project: Project) -> None:
    findings = check_project(project, all_rules())
    for finding in findings:
        assert finding.codes and finding.message.en and finding.message.zh and finding.hint.en
        assert len(finding.fingerprint) == 20
        finding.to_json("zh")
