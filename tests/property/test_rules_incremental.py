"""After any run of edits, undos and redos, the incremental checker agrees with a full check."""

from __future__ import annotations

from contextlib import suppress

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from edit_strategies import edits
from shotgraph.core.document import Document
from shotgraph.core.edits import EditError
from shotgraph.core.model import Project
from shotgraph.core.rules import check_project
from shotgraph.core.rules.checker import Checker
from shotgraph.core.rules.findings import Finding
from strategies import projects

SLOW = settings(
    max_examples=150, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Shrinking a run of edits takes minutes; hypothesis prints the failing edits instead."""


def comparable(findings: list[Finding]) -> list[tuple]:
    return sorted((f.rule, f.severity.value, f.episode, f.scene or "", f.codes, f.fingerprint, f.waived)
                  for f in findings)


def _assert_agrees(checker: Checker, project: Project) -> None:
    assert comparable(checker.findings) == comparable(check_project(project))


def _apply(doc: Document, data: st.DataObject) -> None:
    with suppress(EditError):
        doc.apply(data.draw(edits(doc), label="edit"))


@SLOW
@given(projects(), st.data())
def test_incremental_findings_equal_a_full_check(project: Project, data: st.DataObject) -> None:
    doc = Document(project)
    checker = Checker(doc)
    checker.attach(doc)
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        _apply(doc, data)
        _assert_agrees(checker, doc.project)
    while doc.can_undo:
        doc.undo()
    _assert_agrees(checker, doc.project)
    while doc.can_redo:
        doc.redo()
    _assert_agrees(checker, doc.project)


@SLOW
@given(projects(), st.data())
def test_deltas_add_up_to_the_findings(project: Project, data: st.DataObject) -> None:
    doc = Document(project)
    checker = Checker(doc)
    checker.attach(doc)
    held = list(checker.findings)
    checker.subscribe(lambda delta: _follow(held, delta))
    for _ in range(data.draw(st.integers(1, 6), label="edits")):
        _apply(doc, data)
    assert comparable(held) == comparable(checker.findings)


def _follow(held: list[Finding], delta) -> None:
    for finding in delta.removed:
        held.remove(finding)
    held.extend(delta.added)
