"""Edits of characters, looks, props, locations and people; removal clears what used them."""

from __future__ import annotations

import pytest
from document_fixtures import check_undo_redo, sample_document

from shotgraph.core.edits import (
    AddCharacter,
    AddLocation,
    AddPerson,
    AddProp,
    AddWardrobeLook,
    EditError,
    RemoveCharacter,
    RemoveLocation,
    RemovePerson,
    RemoveProp,
    RemoveWardrobeLook,
    UpdateCharacter,
    UpdateLocation,
    UpdatePerson,
    UpdateProp,
    UpdateWardrobeLook,
)
from shotgraph.core.model import Character, Location, Person, Prop, WardrobeLook


def test_add_and_update_catalogue_records() -> None:
    doc = sample_document()
    check_undo_redo(doc, AddCharacter(Character(id="ch3", name="Anna"), index=0))
    assert doc.project.characters[0].id == "ch3"
    assert check_undo_redo(doc, UpdateCharacter("ch3", {"cast_number": 3})).characters == {"ch3"}
    check_undo_redo(doc, AddWardrobeLook({"id": "wl3", "character_id": "ch3", "name": "校服"}))
    check_undo_redo(doc, UpdateWardrobeLook("wl3", {"description": "蓝白"}))
    check_undo_redo(doc, AddProp(Prop(id="pp2", name="手机")))
    check_undo_redo(doc, UpdateProp("pp2", {"name": "戒指"}))
    check_undo_redo(doc, AddLocation(Location(id="lo2", name="Rooftop")))
    assert check_undo_redo(doc, UpdateLocation("lo2", {"latitude": 31.2})).locations == {"lo2"}
    check_undo_redo(doc, AddPerson(Person(id="pe2", name="Kim Lee", department="camera")))
    check_undo_redo(doc, UpdatePerson("pe2", {"phone": "138"}))
    assert doc.person("pe2").phone == "138"


@pytest.mark.parametrize(("edit", "message"), [
    (lambda: AddCharacter(Character(id="ch3", name="Anna", actor_id="pe9")), "no person"),
    (lambda: AddCharacter(Character(id="ch1", name="Anna")), "already used"),
    (lambda: AddWardrobeLook(WardrobeLook(id="wl3", character_id="ch9", name="x")), "no character"),
    (lambda: UpdateWardrobeLook("wl1", {"character_id": "ch2"}), "worn in shots"),
    (lambda: UpdateCharacter("ch1", {"name": ""}), "name"),
    (lambda: UpdateProp("pp9", {"name": "x"}), "no prop"),
    (lambda: RemovePerson("pe9"), "no person"),
    (lambda: AddProp({"id": "pp2"}), "Field required"),
])
def test_invalid_catalogue_edits_are_refused(edit, message: str) -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    with pytest.raises(EditError, match=message):
        doc.apply(edit())
    assert doc.project.model_dump() == before


def test_removing_a_character_removes_it_from_shots_and_its_looks() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemoveCharacter("ch1"))
    assert doc.shot("b").characters == [] and doc.shot("b").ai.refs == {}
    assert [w.id for w in doc.project.wardrobe] == ["wl2"]
    assert changes.characters == {"ch1"} and changes.wardrobe == {"wl1"} and changes.shots == {"b"}


def test_removing_a_look_leaves_the_character_in_the_shot_without_it() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemoveWardrobeLook("wl1"))
    assert doc.shot("b").characters[0].character_id == "ch1"
    assert doc.shot("b").characters[0].wardrobe_id is None
    assert changes.shots == {"b"} and changes.wardrobe == {"wl1"}


def test_removing_a_prop_takes_it_out_of_shots() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemoveProp("pp1"))
    assert doc.shot("b").props == [] and changes.props == {"pp1"} and changes.shots == {"b"}


def test_removing_a_location_clears_shots_scenes_and_days() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemoveLocation("lo1"))
    assert doc.shot("c").location_id is None and doc.scene("s1").location_id is None
    assert doc.day("dy1").location_ids == []
    assert changes.shots == {"c"} and changes.scenes == {"s1"} and changes.days == {"dy1"}


def test_removing_a_person_leaves_their_character_without_an_actor() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemovePerson("pe1"))
    assert doc.character("ch1").actor_id is None
    assert changes.people == {"pe1"} and changes.characters == {"ch1"}
    assert str(RemovePerson("pe1").name) == "Remove Person"
