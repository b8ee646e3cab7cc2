"""The document: lookups, observers, undo history, the saved state and outside undo stacks."""

from __future__ import annotations

import time

import pytest
from document_fixtures import sample_document

from shotgraph.core.changes import Changes
from shotgraph.core.document import Document
from shotgraph.core.edits import EditError, EditName, Macro, RemoveShots, SetMode, UpdateShot
from shotgraph.core.model import Episode, Project, Scene, Shot


def test_lookups_find_records_by_id_and_code() -> None:
    doc = sample_document()
    assert doc.shot("b").code == "2"
    assert doc.episode_of("b").id == "ep1"
    assert doc.episode_of("t1").id == "ep2"
    assert doc.scene("s2").code == "2"
    assert doc.shot_by_code("ep1", "3").id == "c"
    assert doc.shot_by_code("ep2", "3") is None
    assert [e.id for e in doc.edges_of("a")] == ["e1", "p1"]
    assert doc.edge_between("cut", "b", "c").id == "e2"
    assert doc.setup_of("a").id == "su1" and doc.setup_of("c") is None
    assert doc.day_of_setup("su1").id == "dy1"
    assert [s.id for s in doc.shots_of_scene("s1")] == ["a", "b", "c"]
    assert doc.character("ch1").name == "苏婉" and doc.wardrobe_look("wl1").character_id == "ch1"
    assert doc.prop("pp1").name == "茶杯" and doc.location("lo1").name == "咖啡馆"
    assert doc.person("pe1").name == "刘梅" and doc.day("dy1").setups[0].id == "su1"
    with pytest.raises(KeyError):
        doc.shot("nope")


def test_a_new_document_has_an_empty_project() -> None:
    doc = Document()
    assert doc.project.episodes == [] and not doc.is_modified and not doc.can_undo


def test_a_project_with_integrity_problems_is_refused() -> None:
    project = Project(id="p", episodes=[Episode(id="e", number=1, shots=[Shot(id="a", code="1", scene_id="s9")])])
    with pytest.raises(ValueError, match="scene_id"):
        Document(project)


def test_apply_returns_changes_and_notifies_observers() -> None:
    doc = sample_document()
    seen: list[Changes] = []
    unsubscribe = doc.subscribe(seen.append)
    changes = doc.apply(UpdateShot("a", {"dialogue": "你回来了？"}))
    assert changes == Changes.of(shots=["a"])
    assert seen == [changes]
    doc.undo()
    doc.redo()
    assert len(seen) == 3
    unsubscribe()
    doc.undo()
    assert len(seen) == 3


def test_undo_and_redo_texts_and_stacks() -> None:
    doc = sample_document()
    assert doc.undo_text == "" and doc.redo_text == ""
    doc.apply(SetMode(["a", "b", "c"], "ai"))
    doc.apply(RemoveShots(["d"]))
    assert doc.undo_text == "Remove Shot 4"
    doc.undo()
    assert doc.redo_text == "Remove Shot 4" and doc.undo_text == "Set Mode to AI on 1, 2, 3"
    doc.apply(UpdateShot("a", {"notes": "new"}))
    assert not doc.can_redo and doc.can_undo
    doc.clear_history()
    assert not doc.can_undo
    with pytest.raises(EditError):
        doc.undo()
    with pytest.raises(EditError):
        doc.redo()


def test_modified_flag_follows_the_saved_revision() -> None:
    doc = sample_document()
    assert not doc.is_modified
    doc.apply(UpdateShot("a", {"notes": "1"}))
    assert doc.is_modified
    doc.undo()
    assert not doc.is_modified
    doc.redo()
    doc.mark_saved()
    assert not doc.is_modified
    doc.undo()
    assert doc.is_modified
    doc.redo()
    assert not doc.is_modified
    doc.undo()
    doc.apply(UpdateShot("a", {"notes": "2"}))
    assert doc.is_modified


def test_an_imported_project_counts_as_modified_until_saved() -> None:
    doc = sample_document()
    doc.mark_unsaved()
    assert doc.is_modified
    doc.apply(UpdateShot("a", {"notes": "1"}))
    doc.undo()
    assert doc.is_modified
    doc.mark_saved()
    assert not doc.is_modified


def test_an_outside_undo_stack_drives_single_edits() -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    edit = RemoveShots(["b"])
    doc.apply(edit, record=False)
    after = doc.project.model_dump()
    assert not doc.can_undo and doc.is_modified
    doc.revert(edit)
    assert doc.project.model_dump() == before and not doc.is_modified
    doc.apply(edit, record=False)
    assert doc.project.model_dump() == after


def test_a_refused_edit_changes_nothing_and_is_not_recorded() -> None:
    doc = sample_document()
    seen: list[Changes] = []
    doc.subscribe(seen.append)
    before = doc.project.model_dump()
    with pytest.raises(EditError, match="already has a shot '2'"):
        doc.apply(UpdateShot("a", {"code": "2"}))
    assert doc.project.model_dump() == before
    assert seen == [] and not doc.can_undo and not doc.is_modified


def test_a_macro_applies_in_order_undoes_in_reverse_and_merges_changes() -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    macro = Macro(EditName("Move {n} Shots", n=2), [UpdateShot("a", {"notes": "x"}), UpdateShot("b", {"notes": "y"})])
    changes = doc.apply(macro)
    assert changes.shots == {"a", "b"} and doc.undo_text == "Move 2 Shots"
    doc.undo()
    assert doc.project.model_dump() == before


def test_a_macro_with_a_refused_part_rolls_back_the_parts_already_done() -> None:
    doc = sample_document()
    before = doc.project.model_dump()
    macro = Macro(EditName("Edit {n} Shots", n=2), [UpdateShot("a", {"notes": "x"}), UpdateShot("b", {"code": "3"})])
    with pytest.raises(EditError):
        doc.apply(macro)
    assert doc.project.model_dump() == before


def test_changes_merge_and_emptiness() -> None:
    assert Changes().is_empty and not Changes()
    merged = Changes.of(shots=["a"], edges=["e1"]) | Changes.of(shots=["b"], settings=True)
    assert merged.shots == {"a", "b"} and merged.edges == {"e1"} and merged.settings
    assert merged == Changes.of(shots=["a"]).merge(Changes.of(shots=["b"], edges=["e1"], settings=True))
    assert Changes.of(shots_added=["x"], shot_links=["y"]).touched_shots == {"x", "y"}


def test_edits_stay_fast_on_a_six_thousand_shot_episode() -> None:
    scenes = [Scene(id=f"s{i}", code=str(i)) for i in range(60)]
    shots = [Shot(id=f"sh{i}", code=str(i), scene_id=f"s{i % 60}") for i in range(6000)]
    doc = Document(Project(id="big", episodes=[Episode(id="ep", number=1, scenes=scenes, shots=shots)]))
    started = time.perf_counter()
    for i in range(300):
        doc.apply(UpdateShot(f"sh{i}", {"dialogue": "台词", "code": f"n{i}"}))
        doc.apply(RemoveShots([f"sh{5999 - i}"]))
    for _ in range(600):
        doc.undo()
    assert time.perf_counter() - started < 3.0
    assert len(doc.project.episodes[0].shots) == 6000
