"""The episode graph: episode order, cycles and self-loops, and updates equal to a rebuild."""

from __future__ import annotations

from document_fixtures import sample_document

from shotgraph.core import edits as ed
from shotgraph.core.graph import EpisodeGraph, episode_order
from shotgraph.core.model import Edge, EdgeKind, Episode, Scene, Shot


def episode(codes: str, cuts: list[tuple[str, str]], plates: list[tuple[str, str]] = ()) -> Episode:
    """An episode of shots with ids and codes from ``codes``, created in that order."""
    edges = [Edge(id=f"c{n}", kind=EdgeKind.CUT, source=a, target=b) for n, (a, b) in enumerate(cuts)]
    edges += [Edge(id=f"p{n}", kind=EdgeKind.PLATE, source=a, target=b) for n, (a, b) in enumerate(plates)]
    return Episode(id="ep", number=1, scenes=[Scene(id="s", code="1")],
                   shots=[Shot(id=c, code=c, scene_id="s") for c in codes], edges=edges)


def ids(shots: list[Shot]) -> str:
    return "".join(shot.id for shot in shots)


def test_order_follows_the_cuts() -> None:
    assert ids(episode_order(episode("abcd", [("c", "a"), ("a", "d"), ("d", "b")]))) == "cadb"


def test_ties_are_broken_by_creation_order() -> None:
    graph = EpisodeGraph(episode("abcde", [("a", "d"), ("a", "b"), ("b", "c")]))
    assert ids(graph.order()) == "abcde"
    assert graph.acyclic


def test_a_cycle_falls_back_to_creation_order() -> None:
    graph = EpisodeGraph(episode("dcba", [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]))
    assert ids(graph.order()) == "dcba"
    assert not graph.acyclic


def test_a_self_loop_is_a_cycle() -> None:
    graph = EpisodeGraph(episode("ba", [("a", "b"), ("b", "b")]))
    assert not graph.acyclic and ids(graph.order()) == "ba"


def test_starts_ends_reach_and_plates() -> None:
    graph = EpisodeGraph(episode("abcd", [("a", "b"), ("c", "d"), ("d", "c")], plates=[("a", "d")]))
    assert graph.starts() == ["a"] and graph.ends() == ["b"]
    assert graph.reachable_from("a") == {"a", "b"}
    assert list(graph.plate_sources("d")) == ["a"] and list(graph.plate_targets("a")) == ["d"]
    assert graph.creation_index("c") == 2


def snapshot(graph: EpisodeGraph) -> dict:
    shots = [shot.id for shot in graph.episode.shots]
    return {
        "order": ids(graph.order()), "acyclic": graph.acyclic, "starts": graph.starts(), "ends": graph.ends(),
        "cut": {s: (list(graph.cut_successors(s)), list(graph.cut_predecessors(s))) for s in shots},
        "plate": {s: (list(graph.plate_sources(s)), list(graph.plate_targets(s))) for s in shots},
        "cut_graph": sorted(graph.cut_graph().edges),
    }


def test_updates_equal_a_rebuilt_graph() -> None:
    doc = sample_document()
    graph = EpisodeGraph(doc.episode("ep1"))
    steps = [ed.Link("cut", "a", "c"), ed.Link("cut", "d", "a"), ed.Unlink("e2"), ed.Link("cut", "c", "c"),
             ed.AddShot("ep1", {"id": "n", "code": "9", "scene_id": "s1"}, after="a"), ed.RemoveShots(["b"]),
             ed.Link("plate", "c", "d"), ed.AddShot("ep1", {"id": "m", "code": "8", "scene_id": "s2"}, index=0)]
    for step in steps:
        graph.update(doc.apply(step))
        assert snapshot(graph) == snapshot(EpisodeGraph(doc.episode("ep1")))
    while doc.can_undo:
        graph.update(doc.undo())
        assert snapshot(graph) == snapshot(EpisodeGraph(doc.episode("ep1")))


def test_an_undone_unlink_goes_back_to_its_place_among_the_neighbours() -> None:
    doc = sample_document()
    doc.apply(ed.Link("cut", "a", "c"))
    graph = EpisodeGraph(doc.episode("ep1"))
    assert list(graph.cut_successors("a")) == ["b", "c"]
    graph.update(doc.apply(ed.Unlink("e1")))
    graph.update(doc.undo())
    assert list(graph.cut_successors("a")) == ["b", "c"]
