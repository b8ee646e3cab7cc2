"""A scene's cast follows the characters: removing one takes it out of every scene, undo puts it back."""

from __future__ import annotations

from document_fixtures import check_undo_redo, sample_document

from shotgraph.core.edits import RemoveCharacter, UpdateScene
from shotgraph.core.model import find_problems
from shotgraph.core.rules.checker import Checker


def _casts(doc) -> dict[str, list[str]]:
    return {scene.id: list(scene.cast) for episode in doc.project.episodes for scene in episode.scenes}


def test_removing_a_character_removes_it_from_every_scene_cast() -> None:
    doc = sample_document()
    doc.apply(UpdateScene("s1", {"cast": ["ch1", "ch2"], "extras": 8}))
    doc.apply(UpdateScene("t1", {"cast": ["ch2"]}))
    changes = check_undo_redo(doc, RemoveCharacter("ch2"))
    assert _casts(doc) == {"s1": ["ch1"], "s2": [], "t1": []}
    assert doc.scene("s1").extras == 8
    assert {"s1", "t1"} <= changes.scenes
    assert find_problems(doc.project) == []
    doc.undo()
    assert _casts(doc) == {"s1": ["ch1", "ch2"], "s2": [], "t1": ["ch2"]}


def test_removing_an_uncast_character_clears_its_casting_error() -> None:
    doc = sample_document()
    checker = Checker(doc)
    checker.attach(doc)
    doc.apply(UpdateScene("s1", {"cast": ["ch1", "ch2"]}))
    assert [f.codes for f in checker.findings if f.rule == "cast.unassigned"] == [("1",), ("2",)]
    doc.apply(RemoveCharacter("ch2"))
    assert [f for f in checker.findings if f.rule == "cast.unassigned"] == []
