"""One graph per episode kept by the document, what a change means to views, and the derived state."""

from __future__ import annotations

from document_fixtures import sample_document

from shotgraph.core import edits as ed
from shotgraph.core.changes import Changes
from shotgraph.core.derived import DerivedState
from shotgraph.core.edits.base import redo_all
from shotgraph.core.graph import EpisodeGraph, episode_order
from shotgraph.core.model import Camera, EdgeKind
from shotgraph.core.rules.checker import Checker


def order_ids(doc, episode_id: str) -> list[str]:
    return [shot.id for shot in doc.graphs.order(doc.episode(episode_id))]


def test_observers_read_an_order_that_already_follows_the_change() -> None:
    doc = sample_document()
    heard: list[list[str]] = []
    doc.subscribe(lambda _changes: heard.append(order_ids(doc, "ep1")))
    doc.apply(ed.AddShot("ep1", {"id": "n", "code": "5", "scene_id": "s2"}, after="b"))
    doc.undo()
    doc.redo()
    assert heard == [["a", "b", "n", "c", "d"], ["a", "b", "c", "d"], ["a", "b", "n", "c", "d"]]


def test_each_episode_keeps_one_graph_that_follows_edits_and_equals_a_fresh_one() -> None:
    doc = sample_document()
    episode = doc.episode("ep1")
    graph = doc.graphs.of(episode)
    doc.apply(ed.Unlink("e2"))
    doc.apply(ed.Link(EdgeKind.CUT, "c", "a"))
    assert doc.graphs.of(episode) is graph
    assert [s.id for s in graph.order()] == [s.id for s in EpisodeGraph(episode).order()] == ["c", "a", "b", "d"]


def test_a_graph_read_in_the_middle_of_an_edit_sees_the_steps_already_made() -> None:
    doc = sample_document()
    episode = doc.episode("ep1")
    doc.graphs.order(episode)
    redo_all(doc, [ed.Unlink("e1"), ed.Link(EdgeKind.CUT, "b", "a")])  # no observer has heard of it yet
    assert order_ids(doc, "ep1") == ["b", "a", "c", "d"] == [s.id for s in episode_order(episode)]


def test_the_graph_of_a_removed_episode_is_dropped_and_made_afresh_when_it_returns() -> None:
    doc = sample_document()
    old = doc.graphs.of(doc.episode("ep2"))
    doc.apply(ed.RemoveEpisode("ep2"))
    doc.undo()
    assert doc.graphs.of(doc.episode("ep2")) is not old
    assert order_ids(doc, "ep2") == ["x"]


def test_the_checker_of_a_document_reads_the_documents_graphs() -> None:
    doc = sample_document()
    checker = Checker(doc)
    checker.attach(doc)
    doc.apply(ed.Unlink("e3"))
    facts = checker.facts.episodes["ep1"]
    assert facts.graph is doc.graphs.of(doc.episode("ep1"))
    assert [s.id for s in facts.order] == order_ids(doc, "ep1")


def test_a_change_says_whether_it_touches_an_episodes_order() -> None:
    doc = sample_document()
    linked = doc.apply(ed.Unlink("e3"))
    renamed = doc.apply(ed.UpdateShot("a", {"camera": Camera(size="CU")}))
    titled = doc.apply(ed.UpdateEpisode("ep1", {"title": "归来"}))
    assert linked.touches_order("ep1") and not linked.touches_order("ep2")
    assert not renamed.touches_order("ep1") and not titled.touches_order("ep1")
    assert renamed.touches_shots(["a"]) and not renamed.touches_shots(["b"])


def test_what_a_change_means_to_the_schedule_the_tree_and_the_inspector() -> None:
    wardrobe, day, scene = Changes.of(wardrobe=["wl1"]), Changes.of(days=["dy1"]), Changes.of(scenes=["s1"])
    assert wardrobe.touches_catalogue and not wardrobe.touches_schedule and not wardrobe.touches_places
    assert day.touches_schedule and not day.touches_shot_context(["a"])
    assert scene.touches_places and scene.touches_schedule and scene.touches_shot_context(["a"])
    assert wardrobe.touches_shot_context(["a"]) and Changes(settings=True).touches_shot_context([])


def test_findings_by_shot_follow_every_change_before_subscribers_hear_of_it() -> None:
    doc = sample_document()
    derived = DerivedState(doc)
    heard = []

    def by_shot() -> dict[str, list]:
        return {shot.id: [f for f in derived.checker.findings if shot.id in f.shot_ids and not f.waived]
                for episode in doc.project.episodes for shot in episode.shots}

    derived.subscribe(lambda changes, delta: heard.append(
        {shot_id: derived.findings_of(shot_id) for shot_id in doc.index.shots} == by_shot()))
    doc.apply(ed.Unlink("e1"))
    doc.apply(ed.UpdateShot("c", {"camera": Camera(size="ECU")}))
    doc.undo()
    doc.undo()
    assert heard == [True] * 4
    assert {shot_id: derived.findings_of(shot_id) for shot_id in doc.index.shots} == by_shot()


def test_closing_the_derived_state_stops_it_following_the_document() -> None:
    doc = sample_document()
    derived = DerivedState(doc)
    heard = []
    derived.subscribe(lambda changes, delta: heard.append(changes))
    derived.close()
    doc.apply(ed.Unlink("e1"))
    assert heard == []
