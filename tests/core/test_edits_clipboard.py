"""Copy and paste of shots, and where new shots go: codes, cut order, links, refusals, one undo step."""

from __future__ import annotations

import json

import pytest
from document_fixtures import check_undo_redo, cut_path, sample_document

from shotgraph.core.document import Document
from shotgraph.core.edits.clipboard import (
    MAX_CLIP_BYTES,
    ClipboardError,
    PasteShots,
    clip_from_bytes,
    clip_to_bytes,
    copy_shots,
)
from shotgraph.core.edits.placing import (
    add_shot_edit,
    first_shot_edit,
    following_code,
    slot_after,
    slot_before,
    slot_in_episode,
    slot_in_scene,
)
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Episode, Project


def codes_in_order(doc: Document, episode_id: str) -> list[str]:
    return [shot.code for shot in episode_order(doc.episode(episode_id))]


def test_a_shot_added_between_two_of_a_scene_is_an_insert_between_them() -> None:
    doc = sample_document()
    edit, shot_id = add_shot_edit(doc, slot_after(doc, "a"))
    check_undo_redo(doc, edit)
    assert doc.shot(shot_id).code == "1A"
    assert cut_path(doc, "ep1") == ["1", "1A", "2", "3", "4"]
    edit, _ = add_shot_edit(doc, slot_after(doc, "a"))
    doc.apply(edit)
    assert cut_path(doc, "ep1") == ["1", "1B", "1A", "2", "3", "4"]


def test_a_shot_after_the_last_of_its_scene_takes_the_next_number() -> None:
    doc = sample_document()
    edit, shot_id = add_shot_edit(doc, slot_after(doc, "c"))
    doc.apply(edit)
    assert doc.shot(shot_id).code == "3A"  # 4 is taken by scene 2
    assert following_code({"1-06"}, "1-06", at_end=True) == "1-07"
    assert following_code({"1-06", "1-07"}, "1-06", at_end=True) == "1-06A"


def test_add_before_puts_an_insert_after_the_predecessor_or_a_letter_in_front() -> None:
    doc = sample_document()
    edit, shot_id = add_shot_edit(doc, slot_before(doc, "c"))
    doc.apply(edit)
    assert doc.shot(shot_id).code == "2A"
    assert cut_path(doc, "ep1") == ["1", "2", "2A", "3", "4"]
    edit, first = add_shot_edit(doc, slot_before(doc, "a"))
    check_undo_redo(doc, edit)
    assert doc.shot(first).code == "A1"
    assert cut_path(doc, "ep1") == ["A1", "1", "2", "2A", "3", "4"]


def test_end_of_an_empty_scene_follows_the_scenes_before_it() -> None:
    doc = sample_document()
    from shotgraph.core.edits import AddScene
    doc.apply(AddScene("ep1", {"id": "s3", "code": "3"}))
    edit, shot_id = add_shot_edit(doc, slot_in_scene(doc, "s3"))
    check_undo_redo(doc, edit)
    assert (doc.shot(shot_id).code, doc.shot(shot_id).scene_id) == ("3-1", "s3")
    assert cut_path(doc, "ep1")[-2:] == ["4", "3-1"]
    edit, second = add_shot_edit(doc, slot_in_episode(doc, "ep1"))
    doc.apply(edit)
    assert doc.shot(second).code == "3-2"


def test_the_first_shot_of_an_episode_without_scenes_brings_scene_1() -> None:
    doc = Document(Project(id="pr", episodes=[Episode(id="ep", number=1)]))
    assert slot_in_episode(doc, "ep") is None
    edit, shot_id = first_shot_edit(doc, "ep")
    check_undo_redo(doc, edit)
    episode = doc.episode("ep")
    assert [s.code for s in episode.scenes] == ["1"] and doc.shot(shot_id).code == "1-1"
    doc.undo()
    assert doc.episode("ep").scenes == [] and doc.episode("ep").shots == []


def test_paste_after_a_shot_keeps_links_and_splices_the_run_into_the_cut() -> None:
    doc = sample_document()
    clip = clip_from_bytes(clip_to_bytes(copy_shots(doc, ["b", "a"])))
    assert [s.id for s in clip.shots] == ["a", "b"] and clip.exits == ["b"]
    paste = PasteShots(clip, slot_after(doc, "c"))
    check_undo_redo(doc, paste)
    assert codes_in_order(doc, "ep1") == ["1", "2", "3", "3A", "3B", "4"]
    assert cut_path(doc, "ep1") == ["1", "2", "3", "3A", "3B", "4"]
    assert {doc.shot(s).scene_id for s in paste.new_ids} == {"s1"}
    assert not set(paste.new_ids) & {"a", "b"}
    assert doc.undo_text == "Paste 2 Shots"


def test_plate_links_among_copied_shots_are_kept_and_shots_from_far_apart_play_in_turn() -> None:
    doc = sample_document()
    paste = PasteShots(copy_shots(doc, ["a", "d"]), slot_in_episode(doc, "ep2"))
    doc.apply(paste)
    new_a, new_d = paste.new_ids
    kinds = {(e.kind.value, e.source, e.target) for e in doc.episode("ep2").edges}
    assert ("plate", new_a, new_d) in kinds
    assert cut_path(doc, "ep2") == ["1", "2", "3"]


def test_paste_into_another_project_leaves_out_what_it_lacks() -> None:
    source = sample_document()
    target = Document(Project(id="p2", episodes=[Episode(id="e", number=1, scenes=[{"id": "z", "code": "1"}])]))
    paste = PasteShots(copy_shots(source, ["b", "c"]), slot_in_episode(target, "e"))
    check_undo_redo(target, paste)
    shots = [target.shot(s) for s in paste.new_ids]
    assert all(not s.characters and not s.props and s.location_id is None and not s.ai.refs for s in shots)
    assert paste.left_out == {"characters": 2, "props": 1, "locations": 1}
    assert [s.code for s in shots] == ["1-1", "1-2"]


@pytest.mark.parametrize("data", [
    b"not json", b"\xff\xfe", b"[" * 100_000, json.dumps({"format": "other"}).encode(),
    json.dumps({"format": "shotgraph.shots", "shots": []}).encode(),
    json.dumps({"format": "shotgraph.shots", "shots": [{"id": "a", "code": "", "scene_id": "s"}]}).encode(),
    json.dumps({"format": "shotgraph.shots", "shots": [{"id": "a", "code": "1", "scene_id": "s"}],
                "edges": [{"kind": "cut", "source": "a", "target": "zz"}]}).encode(),
    b" " * (MAX_CLIP_BYTES + 1),
])
def test_bad_clipboard_data_is_refused_in_words(data: bytes) -> None:
    with pytest.raises(ClipboardError) as error:
        clip_from_bytes(data)
    assert "clipboard" in str(error.value) or "damaged" in str(error.value)


def test_add_before_a_shot_two_cuts_reach_puts_the_new_shot_on_both_paths() -> None:
    doc = sample_document()
    from shotgraph.core.edits import Link
    doc.apply(Link("cut", "a", "c"))
    edit, shot_id = add_shot_edit(doc, slot_before(doc, "c"))
    check_undo_redo(doc, edit)
    cuts = {(e.source, e.target) for e in doc.episode("ep1").edges if e.kind == "cut"}
    assert {("a", shot_id), ("b", shot_id), (shot_id, "c")} <= cuts and ("a", "c") not in cuts
    assert doc.shot(shot_id).code == "2A"


def test_a_long_run_of_shots_pastes_as_one_run_whatever_order_its_cuts_were_copied_in() -> None:
    from benchmarks.series import make_series

    doc = Document(make_series(episodes=1, shots_per_episode=80))
    order = episode_order(doc.project.episodes[0])
    copied = [shot.id for shot in order[10:30]]
    paste = PasteShots(copy_shots(doc, copied), slot_after(doc, order[60].id))
    check_undo_redo(doc, paste)
    after = [shot.id for shot in episode_order(doc.project.episodes[0])]
    at = after.index(order[60].id)
    assert after[at + 1:at + 21] == paste.new_ids and after[at + 21] == order[61].id
