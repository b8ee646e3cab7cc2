"""Shot edits: their effect, their Changes record, their exact undo, and their refusals."""

from __future__ import annotations

import pytest
from document_fixtures import check_undo_redo, cut_path, sample_document

from shotgraph.core.changes import Changes
from shotgraph.core.edits import (
    AddShot,
    DuplicateShot,
    EditError,
    EditName,
    Macro,
    MoveShotsToScene,
    RemoveShots,
    SetMode,
    UpdateShot,
    UpdateShots,
    next_free_code,
)
from shotgraph.core.model import Camera, CharacterInShot, Shot


def test_add_shot_at_a_list_position() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, AddShot("ep1", Shot(id="n", code="9", scene_id="s2"), index=1))
    assert [s.id for s in doc.episode("ep1").shots] == ["a", "n", "b", "c", "d"]
    assert changes == Changes.of(shots_added=["n"], episodes=["ep1"], scenes=["s2"])


def test_add_shot_after_a_shot_splices_it_into_the_cut_path() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, AddShot("ep1", Shot(id="n", code="2A", scene_id="s1"), after="b"))
    assert cut_path(doc, "ep1") == ["1", "2", "2A", "3", "4"]
    assert changes.shots_added == {"n"} and "e2" in changes.edges and changes.shot_links == {"b", "c", "n"}


def test_redo_after_undo_makes_the_same_new_edges() -> None:
    doc = sample_document()
    doc.apply(AddShot("ep1", Shot(id="n", code="2A", scene_id="s1"), after="b"))
    edges = [e.id for e in doc.episode("ep1").edges]
    doc.undo()
    doc.redo()
    assert [e.id for e in doc.episode("ep1").edges] == edges


@pytest.mark.parametrize(("episode", "shot", "message"), [
    ("ep1", Shot(id="n", code="2", scene_id="s1"), "already has a shot '2'"),
    ("ep1", Shot(id="n", code="9", scene_id="t1"), "no scene with id 't1'"),
    ("ep1", Shot(id="a", code="9", scene_id="s1"), "already used"),
    ("nope", Shot(id="n", code="9", scene_id="s1"), "no episode"),
    ("ep1", Shot(id="n", code="9", scene_id="s1", location_id="lo9"), "no location"),
    ("ep1", Shot(id="n", code="9", scene_id="s1", characters=[CharacterInShot(character_id="ch2", wardrobe_id="wl1")]),
     "belongs to another character"),
])
def test_add_shot_refuses_an_invalid_shot(episode: str, shot: Shot, message: str) -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    with pytest.raises(EditError, match=message):
        doc.apply(AddShot(episode, shot))
    assert doc.project.model_dump() == before


def test_add_shot_refuses_a_predecessor_of_another_episode_and_a_bad_position() -> None:
    doc = sample_document()
    with pytest.raises(EditError, match="own episode"):
        doc.apply(AddShot("ep1", Shot(id="n", code="9", scene_id="s1"), after="x"))
    with pytest.raises(EditError, match="outside"):
        doc.apply(AddShot("ep1", Shot(id="n", code="9", scene_id="s1"), index=9))
    assert "n" not in doc.index.shots


def test_remove_shots_takes_their_edges_and_schedule_with_them() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, RemoveShots(["a", "c"]))
    assert [e.id for e in doc.episode("ep1").edges] == []
    assert doc.day("dy1").setups[0].shot_ids == ["b"]
    assert changes.shots_removed == {"a", "c"} and changes.edges == {"e1", "e2", "e3", "p1"}
    assert changes.episodes == {"ep1"} and changes.days == {"dy1"} and changes.scenes == {"s1"}
    assert changes.shot_links == {"a", "b", "c", "d"}


def test_update_shot_sets_nested_parts_whole() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, UpdateShot("a", {"camera": {"size": "CU", "lens_mm": 85}, "emotion": 2}))
    assert doc.shot("a").camera == Camera(size="CU", lens_mm=85.0)
    assert doc.shot("a").emotion == 2
    assert changes == Changes.of(shots=["a"])


def test_update_shot_keeps_the_shot_object() -> None:
    doc = sample_document()
    shot = doc.shot("a")
    doc.apply(UpdateShot("a", {"code": "1A"}))
    assert doc.shot("a") is shot and doc.shot_by_code("ep1", "1A") is shot


@pytest.mark.parametrize(("changes", "message"), [
    ({"emotion": 7}, "emotion"),
    ({"colour": "red"}, "colour"),
    ({"id": "z"}, "cannot be changed"),
    ({"code": "3"}, "already has a shot"),
    ({"scene_id": "t1"}, "no scene"),
    ({"ai": {"refs": {"ch9": "x"}}}, "no character"),
    ({"props": [{"prop_id": "pp9"}]}, "no prop"),
    ({"characters": [{"character_id": "ch1"}, {"character_id": "ch1"}]}, "twice"),
    ({"ai": {"chosen_take_id": "tk1"}}, "no take"),
    ({"frame": "/abs/x.png"}, "relative"),
])
def test_update_shot_refuses_invalid_values(changes: dict[str, object], message: str) -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    with pytest.raises(EditError, match=message):
        doc.apply(UpdateShot("b", changes))
    assert doc.project.model_dump() == before


def test_update_shots_and_set_mode_change_several_shots_at_once() -> None:
    doc = sample_document()
    edit = SetMode(["a", "b", "c"], "ai")
    assert check_undo_redo(doc, edit).shots == {"a", "b", "c"}
    assert str(edit.name) == "Set Mode to AI on 1, 2, 3"
    assert {doc.shot(i).mode for i in "abc"} == {"ai"}
    check_undo_redo(doc, UpdateShots(["a", "d"], {"dialogue": "走吧"}))
    assert doc.shot("d").dialogue == "走吧"
    with pytest.raises(EditError):
        SetMode(["a"], "cartoon")


def test_move_shots_to_scene_names_both_scenes() -> None:
    doc = sample_document()
    edit = MoveShotsToScene(["c", "d"], "s2")
    changes = check_undo_redo(doc, edit)
    assert str(edit.name) == f"Move Shots 3, 4 to Scene {doc.index.scenes['s2'].code}"
    assert changes == Changes.of(shots=["c"], scenes=["s1", "s2"]) | Changes.of(shots=["d"])
    assert [s.id for s in doc.shots_of_scene("s2")] == ["c", "d"]
    with pytest.raises(EditError):
        doc.apply(MoveShotsToScene(["a"], "t1"))


def test_duplicate_shot_gets_the_insert_code_after_the_original_and_follows_it() -> None:
    doc = sample_document()
    doc.apply(UpdateShot("b", {"canvas": {"x": 10, "y": 20}}))
    edit = DuplicateShot("b", new_shot_id="b2")
    check_undo_redo(doc, edit)
    copy = doc.shot("b2")
    assert copy.code == "2A" and copy.characters == doc.shot("b").characters
    assert str(edit.name) == "Duplicate Shot 2 as 2A"
    assert (copy.canvas.x, copy.canvas.y) == (34, 44)
    assert [s.id for s in doc.episode("ep1").shots] == ["a", "b", "b2", "c", "d"]
    assert cut_path(doc, "ep1") == ["1", "2", "2A", "3", "4"]
    again = DuplicateShot("b", in_cut_path=False)
    doc.apply(again)
    assert str(again.name) == "Duplicate Shot 2 as 2B" and doc.shot_by_code("ep1", "2B") is not None
    assert next_free_code(doc, "ep1", "7") == "7" and next_free_code(doc, "ep1", "2") == "2C"


def test_duplicating_several_shots_as_one_step_gives_each_its_own_code() -> None:
    doc = sample_document()
    copies = [DuplicateShot("b"), DuplicateShot("b"), DuplicateShot("c")]
    check_undo_redo(doc, Macro(EditName("Duplicate {n} Shots", n=3), copies))
    assert {"2A", "2B", "3A"} <= {s.code for s in doc.episode("ep1").shots}
    assert not any("copy" in s.code for s in doc.episode("ep1").shots)


def test_shot_edits_are_named_by_codes_and_by_what_changes() -> None:
    doc = sample_document()
    add = AddShot("ep1", Shot(id="n", code="3A", scene_id="s1"), after="c")
    doc.apply(add)
    assert str(add.name) == "Add Shot 3A"
    size = UpdateShots(["a", "b"], {"camera": Camera(size="MS")})
    doc.apply(size)
    assert str(size.name) == "Set Size to MS on 1, 2"
    dialogue = UpdateShot("n", {"dialogue": "走吧"})
    doc.apply(dialogue)
    assert str(dialogue.name) == "Edit Dialogue of 3A"
    both = UpdateShot("n", {"dialogue": "好", "emotion": 2})
    doc.apply(both)
    assert str(both.name) == "Edit Shot 3A"
    remove = RemoveShots(["a", "b", "c", "d"])
    assert str(remove.name) == "Remove 4 Shots"
    doc.apply(RemoveShots(["a", "b"]))
    one = RemoveShots(["n"])
    doc.apply(one)
    assert str(one.name) == "Remove Shot 3A"
