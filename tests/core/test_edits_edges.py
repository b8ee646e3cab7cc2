"""Edge edits: link, unlink and rewriting the cut path when cards are reordered."""

from __future__ import annotations

import pytest
from document_fixtures import check_undo_redo, cut_path, sample_document

from shotgraph.core.changes import Changes
from shotgraph.core.edits import EditError, Link, ReorderShots, Unlink


def test_link_adds_an_edge_and_names_both_ends() -> None:
    doc = sample_document()
    edit = Link("alt", "b", "d", edge_id="alt1")
    assert str(edit.name) == "Add Alternative Link"
    changes = check_undo_redo(doc, edit)
    assert str(edit.name) == "Add Alternative Link 2 → 4"
    assert changes == Changes.of(edges=["alt1"], episodes=["ep1"], shot_links=["b", "d"])
    assert doc.edge_between("alt", "b", "d").id == "alt1"


@pytest.mark.parametrize(("kind", "source", "target", "message"), [
    ("cut", "a", "x", "same episode"),
    ("cut", "a", "b", "already joined"),
    ("cut", "a", "zz", "no shot"),
])
def test_link_refuses_impossible_edges(kind: str, source: str, target: str, message: str) -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    with pytest.raises(EditError, match=message):
        doc.apply(Link(kind, source, target))
    assert doc.project.model_dump() == before


def test_a_shot_may_be_its_own_plate() -> None:
    doc = sample_document()
    assert check_undo_redo(doc, Link("plate", "d", "d", edge_id="own")).shot_links == {"d"}


def test_link_refuses_an_unknown_kind() -> None:
    with pytest.raises(EditError):
        Link("wipe", "a", "b")


def test_unlink_puts_the_edge_back_in_its_place_on_undo() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, Unlink("e2"))
    assert changes == Changes.of(edges=["e2"], episodes=["ep1"], shot_links=["b", "c"])
    doc.undo()
    assert [e.id for e in doc.episode("ep1").edges] == ["e1", "e2", "e3", "p1"]
    with pytest.raises(EditError, match="no edge"):
        doc.apply(Unlink("nope"))


def test_reorder_swaps_two_neighbours() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, ReorderShots(["c", "b"]))
    assert cut_path(doc, "ep1") == ["1", "3", "2", "4"]
    assert changes.shot_links == {"a", "b", "c", "d"} and "p1" not in changes.edges


def test_reorder_moves_a_card_later_through_the_span() -> None:
    doc = sample_document()
    check_undo_redo(doc, ReorderShots(["c", "d", "b"]))
    assert cut_path(doc, "ep1") == ["1", "3", "4", "2"]


def test_reorder_keeps_cuts_already_in_place() -> None:
    doc = sample_document()
    assert doc.apply(ReorderShots(["a", "b", "c"])).is_empty


def test_reorder_refuses_mixed_episodes_and_repeats() -> None:
    doc = sample_document()
    with pytest.raises(EditError, match="one episode"):
        doc.apply(ReorderShots(["a", "x"]))
    with pytest.raises(EditError, match="only once"):
        doc.apply(ReorderShots(["a", "a"]))
    with pytest.raises(EditError):
        doc.apply(ReorderShots([]))


def test_edge_edits_are_named_by_the_codes_they_join() -> None:
    doc = sample_document()
    cut = next(e for e in doc.episode("ep1").edges if e.kind == "cut" and e.source == "c")
    unlink = Unlink(cut.id)
    doc.apply(unlink)
    assert str(unlink.name) == "Remove Cut 3 → 4"
    link = Link("cut", "c", "d")
    doc.apply(link)
    assert str(link.name) == "Add Cut 3 → 4"
    reorder = ReorderShots(["b", "a"])
    doc.apply(reorder)
    assert str(reorder.name) == "Reorder Shots 2, 1"
