"""Renumbering an episode's shots under a scheme, and naming an inserted shot."""

from __future__ import annotations

import pytest
from document_fixtures import sample_document

from shotgraph.core.document import Document
from shotgraph.core.edits import EditError
from shotgraph.core.edits.numbering import RenumberShots, Scheme, inserted_code, renumbered
from shotgraph.core.graph import episode_order


def codes(doc: Document) -> list[str]:
    return [shot.code for shot in episode_order(doc.project.episodes[0])]


@pytest.mark.parametrize(("scheme", "expected"), [
    (Scheme.SEQUENTIAL, ["1", "2", "3", "4"]),
    (Scheme.LETTERS, ["1A", "1B", "1C", "2A"]),
    (Scheme.SCENE_SHOT, ["1-1", "1-2", "1-3", "2-1"]),
])
def test_each_scheme_numbers_the_episode_in_episode_order(scheme, expected):
    doc = sample_document()
    doc.apply(RenumberShots("ep1", renumbered(doc, doc.project.episodes[0], scheme)))
    assert codes(doc) == expected


def test_renumbering_can_swap_codes_and_undoes_in_one_step():
    doc = sample_document()
    before = codes(doc)
    shots = episode_order(doc.project.episodes[0])
    doc.apply(RenumberShots("ep1", {shots[0].id: shots[1].code, shots[1].id: shots[0].code}))
    assert codes(doc)[:2] == [before[1], before[0]]
    doc.undo()
    assert codes(doc) == before


def test_renumbering_refuses_codes_that_would_repeat():
    doc = sample_document()
    shots = episode_order(doc.project.episodes[0])
    with pytest.raises(EditError, match="repeat"):
        doc.apply(RenumberShots("ep1", {shots[0].id: shots[2].code}))


@pytest.mark.parametrize(("taken", "after", "expected"), [
    ({"3", "4"}, "3", "3A"),
    ({"3", "3A", "4"}, "3", "3B"),
    ({"3", "3A", "4"}, "3A", "3B"),
    ({"3-1", "3-2"}, "3-1", "3-1A"),
    ({"3Z"}, "3Z", "3ZA"),
])
def test_an_inserted_shot_takes_the_next_free_letter(taken, after, expected):
    assert inserted_code(taken, after) == expected
