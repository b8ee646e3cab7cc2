"""The incremental checker: what each kind of change re-runs, deltas, waivers, and agreement."""

from __future__ import annotations

from document_fixtures import sample_document

from shotgraph.core import edits as ed
from shotgraph.core.changes import Changes
from shotgraph.core.document import Document
from shotgraph.core.model import Camera
from shotgraph.core.rules import Hit, Scope, Severity, Text, check_project
from shotgraph.core.rules.checker import Checker, FindingsDelta
from shotgraph.core.rules.registry import Rule

TEXT = Text("{shots}", "{shots}")


def exact(findings) -> list[tuple]:
    """Findings as comparable rows, in their order."""
    return [(f.rule, f.severity, f.episode, f.scene, f.codes, f.fingerprint, f.waived, f.message) for f in findings]


def counting_rules(calls: list) -> list[Rule]:
    """One rule of each scope that fires on every unit and records what it was asked about."""
    def shot(episode, s):
        calls.append(("shot", s.id))
        return Hit((s.id,), evidence=(s.code,))

    def pair(episode, i, j):
        calls.append(("pair", i.id, j.id))
        return Hit((i.id, j.id))

    def scene(episode, sc, shots):
        calls.append(("scene", sc.id))
        return [Hit((shots[0].id,))]

    def whole(episode):
        calls.append(("episode", episode.episode.id))
        return [Hit((episode.order[0].id,))]

    def across(project):
        calls.append(("project",))
        return [(e, Hit((e.order[0].id,))) for e in project.in_order() if e.order]

    checks = [(Scope.SHOT, shot), (Scope.PAIR, pair), (Scope.SCENE, scene), (Scope.EPISODE, whole),
              (Scope.PROJECT, across)]
    return [Rule(f"test.{scope.value}", Severity.INFO, scope, check, TEXT, TEXT) for scope, check in checks]


def test_starts_with_the_findings_of_a_full_check() -> None:
    doc = sample_document()
    assert exact(Checker(doc).findings) == exact(check_project(doc.project))


def test_a_field_edit_reruns_only_the_units_around_the_shot() -> None:
    calls: list = []
    doc = sample_document()
    checker = Checker(doc, counting_rules(calls))
    checker.attach(doc)
    calls.clear()
    doc.apply(ed.UpdateShot("b", {"dialogue": "苏婉：你回来了？"}))
    assert sorted(calls) == sorted([("shot", "b"), ("pair", "a", "b"), ("pair", "b", "c"), ("scene", "s1"),
                                    ("episode", "ep1"), ("project",)])


def test_editing_a_plate_shot_rechecks_the_hybrid_it_serves() -> None:
    calls: list = []
    doc = sample_document()
    checker = Checker(doc, counting_rules(calls))
    calls.clear()
    doc.apply(ed.UpdateShot("a", {"dialogue": "x"}))
    checker.update(Changes.of(shots=["a"]))
    assert {c[1] for c in calls if c[0] == "shot"} == {"a", "d"}


def test_a_structural_edit_reruns_that_episode_only() -> None:
    calls: list = []
    doc = sample_document()
    checker = Checker(doc, counting_rules(calls))
    checker.attach(doc)
    calls.clear()
    doc.apply(ed.Unlink("e2"))
    assert ("episode", "ep1") in calls and ("episode", "ep2") not in calls
    assert ("shot", "x") not in calls
    assert exact(checker.findings) == exact(check_project(doc.project, checker.rules))


def test_catalogue_changes_recheck_every_episode() -> None:
    calls: list = []
    doc = sample_document()
    checker = Checker(doc, counting_rules(calls))
    checker.attach(doc)
    calls.clear()
    doc.apply(ed.UpdateCharacter("ch1", {"name": "林晓"}))
    assert {("episode", "ep1"), ("episode", "ep2")} <= set(calls)


def test_waivers_only_flip_the_waived_flag() -> None:
    calls: list = []
    doc = sample_document()
    checker = Checker(doc, counting_rules(calls))
    checker.attach(doc)
    target = next(f for f in checker.findings if f.rule == "test.shot" and f.codes == ("3",))
    calls.clear()
    doc.apply(ed.Waive(target.fingerprint, target.rule, list(target.codes), "on purpose"))
    assert calls == []
    waived = [f for f in checker.findings if f.waived]
    assert [(f.rule, f.codes) for f in waived] == [("test.shot", ("3",))]
    doc.undo()
    assert not any(f.waived for f in checker.findings)


def test_the_delta_names_what_went_and_came() -> None:
    doc = sample_document()
    checker = Checker(doc, counting_rules([]))
    deltas: list[FindingsDelta] = []
    checker.subscribe(deltas.append)
    checker.attach(doc)
    doc.apply(ed.UpdateShot("c", {"code": "3A"}))
    (delta,) = deltas
    assert ("3A",) in {f.codes for f in delta.added} and ("3",) in {f.codes for f in delta.removed}
    assert all("3" in f.codes or "3A" in f.codes for f in (*delta.added, *delta.removed))


def test_an_edit_without_effect_on_findings_gives_an_empty_delta() -> None:
    doc = sample_document()
    checker = Checker(doc)
    delta = checker.update(Changes.of(shots=["x"]))
    assert not delta and delta == FindingsDelta()


def test_detaching_stops_updates() -> None:
    doc = sample_document()
    checker = Checker(doc, counting_rules([]))
    detach = checker.attach(doc)
    detach()
    doc.apply(ed.UpdateShot("c", {"code": "9"}))
    assert ("3",) in {f.codes for f in checker.findings}


def test_real_rules_follow_camera_and_structure_edits() -> None:
    doc = sample_document()
    checker = Checker(doc)
    checker.attach(doc)
    doc.apply(ed.UpdateShot("a", {"camera": Camera(size="EWS", side="A")}))
    doc.apply(ed.UpdateShot("b", {"camera": Camera(size="ECU", side="B"), "mode": "ai"}))
    doc.apply(ed.Link("cut", "d", "a"))
    doc.apply(ed.AddShot("ep2", {"id": "y", "code": "2", "scene_id": "t1"}, after="x"))
    assert exact(checker.findings) == exact(check_project(doc.project))
    while doc.can_undo:
        doc.undo()
        assert exact(checker.findings) == exact(check_project(doc.project))


def test_a_bare_project_can_be_checked_too() -> None:
    doc = Document(sample_document().project)
    checker = Checker(doc.project)
    checker.update(doc.apply(ed.RemoveShots(["b"])))
    assert exact(checker.findings) == exact(check_project(doc.project))
    assert checker.recheck() == FindingsDelta()


def test_an_episodes_findings_are_those_of_its_shots_and_those_naming_it():
    from shotgraph.core.io.project_file import ProjectFile
    from shotgraph.demo import demo_project_path

    project = ProjectFile(demo_project_path()).load()
    checker = Checker(Document(project))
    everything = checker.findings
    for episode in project.episodes:
        ids = {s.id for s in episode.shots}
        expected = [f for f in everything if f.episode == episode.number or ids & set(f.shot_ids)]
        assert sorted(exact(checker.episode_findings(episode.id))) == sorted(exact(expected))
        assert expected
