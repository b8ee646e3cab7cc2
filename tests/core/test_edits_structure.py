"""Edits of episodes, scenes, the schedule, waivers and project settings."""

from __future__ import annotations

import datetime as dt

import pytest
from document_fixtures import check_undo_redo, cut_path, sample_document

from shotgraph.core.edits import (
    AddDay,
    AddEpisode,
    AddScene,
    AddSetup,
    AddShot,
    EditError,
    Link,
    MoveEpisode,
    MoveScene,
    MoveSetup,
    MoveShotsToDay,
    MoveShotsToSetup,
    RemoveDay,
    RemoveEpisode,
    RemoveScene,
    RemoveSetup,
    UnscheduleShots,
    Unwaive,
    UpdateDay,
    UpdateEpisode,
    UpdateProjectSettings,
    UpdateScene,
    UpdateSetup,
    UpdateShot,
    UpdateWaiver,
    Waive,
)
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Episode, Scene, Setup, ShootingDay, Shot


def test_scenes_add_update_and_refuse_duplicates() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, AddScene("ep1", Scene(id="s3", code="3"), index=0))
    assert doc.episode("ep1").scenes[0].id == "s3" and changes.episodes == {"ep1"}
    assert check_undo_redo(doc, UpdateScene("s3", {"heading": "咖啡馆 夜"})).scenes == {"s3"}
    with pytest.raises(EditError, match="already has a scene"):
        doc.apply(UpdateScene("s3", {"code": "1"}))
    with pytest.raises(EditError, match="no location"):
        doc.apply(AddScene("ep1", Scene(id="s4", code="4", location_id="lo9")))


def test_a_scene_with_shots_is_removed_only_with_them() -> None:
    doc = sample_document()
    with pytest.raises(EditError, match="still has 1 shot"):
        doc.apply(RemoveScene("s2"))
    changes = check_undo_redo(doc, RemoveScene("s2", with_shots=True))
    assert changes.scenes == {"s2"} and changes.shots_removed == {"d"} and "e3" in changes.edges
    doc.apply(AddScene("ep2", Scene(id="t2", code="2")))
    assert check_undo_redo(doc, RemoveScene("t2")).scenes == {"t2"}


def test_add_episode_with_content_checks_each_part() -> None:
    doc = sample_document()
    episode = Episode(id="ep3", number=3, title="重逢", scenes=[Scene(id="u1", code="1")],
                      shots=[Shot(id="y1", code="1", scene_id="u1"), Shot(id="y2", code="2", scene_id="u1")],
                      edges=[{"id": "ey", "kind": "cut", "source": "y1", "target": "y2"}])
    changes = check_undo_redo(doc, AddEpisode(episode, index=0))
    assert doc.project.episodes[0].id == "ep3" and doc.episode_of("y2").id == "ep3"
    assert changes.shots_added == {"y1", "y2"} and changes.edges == {"ey"}
    with pytest.raises(EditError, match="already an episode 1"):
        doc.apply(AddEpisode(Episode(id="ep4", number=1)))
    with pytest.raises(EditError, match="already used"):
        doc.apply(AddEpisode(Episode(id="ep4", number=4, scenes=[Scene(id="s1", code="1")])))
    assert "ep4" not in doc.index.episodes


def test_update_and_remove_episode() -> None:
    doc = sample_document()
    check_undo_redo(doc, UpdateEpisode("ep2", {"number": 5, "disclosure": {"position": "throughout"}}))
    assert doc.episode("ep2").disclosure.position == "throughout"
    with pytest.raises(EditError, match="already an episode"):
        doc.apply(UpdateEpisode("ep2", {"number": 1}))
    with pytest.raises(EditError, match="cannot be changed"):
        doc.apply(UpdateEpisode("ep2", {"shots": []}))
    changes = check_undo_redo(doc, RemoveEpisode("ep1"))
    assert changes.shots_removed == {"a", "b", "c", "d"} and changes.days == {"dy1"}
    assert doc.day("dy1").setups[0].shot_ids == [] and "a" not in doc.index.shots


def test_days_and_setups() -> None:
    doc = sample_document()
    day = ShootingDay(id="dy2", date=dt.date(2025, 6, 2), setups=[Setup(id="su2", shot_ids=["c"])])
    assert check_undo_redo(doc, AddDay(day)).days == {"dy2"}
    assert doc.setup_of("c").id == "su2"
    check_undo_redo(doc, UpdateDay("dy2", {"unit_call": "06:30", "final": True}))
    assert doc.day("dy2").unit_call == dt.time(6, 30)
    check_undo_redo(doc, AddSetup("dy2", Setup(id="su3", label="B"), index=0))
    assert [s.id for s in doc.day("dy2").setups] == ["su3", "su2"]
    check_undo_redo(doc, UpdateSetup("su3", {"pinned": True, "shot_ids": ["d"]}))
    check_undo_redo(doc, MoveSetup("su3", "dy1", index=0))
    assert [s.id for s in doc.day("dy1").setups] == ["su3", "su1"]
    check_undo_redo(doc, RemoveSetup("su3"))
    assert doc.setup_of("d") is None
    check_undo_redo(doc, RemoveDay("dy2"))
    assert doc.setup_of("c") is None


def test_scheduling_refuses_a_shot_already_on_another_setup() -> None:
    doc = sample_document()
    day = ShootingDay(id="dy2", date=dt.date(2025, 6, 2), setups=[Setup(id="su2", shot_ids=["a"])])
    with pytest.raises(EditError, match="already scheduled"):
        doc.apply(AddDay(day))
    with pytest.raises(EditError, match="already scheduled"):
        doc.apply(AddSetup("dy1", Setup(id="su2", shot_ids=["b"])))
    with pytest.raises(EditError, match="only once"):
        doc.apply(UpdateSetup("su1", {"shot_ids": ["a", "a"]}))
    with pytest.raises(EditError, match="cannot be changed"):
        doc.apply(UpdateDay("dy1", {"setups": []}))


def test_moving_shots_between_setups_and_days() -> None:
    doc = sample_document()
    check_undo_redo(doc, AddSetup("dy1", Setup(id="su2", shot_ids=["c"])))
    edit = MoveShotsToSetup(["b", "d"], "su2", index=0)
    assert str(edit.name) == "Schedule 2 Shots"
    assert check_undo_redo(doc, edit).days == {"dy1"}
    assert doc.setup("su2").shot_ids == ["b", "d", "c"] and doc.setup("su1").shot_ids == ["a"]
    check_undo_redo(doc, MoveShotsToSetup(["c"], "su2", index=0))
    assert doc.setup("su2").shot_ids == ["c", "b", "d"]
    doc.apply(AddDay(ShootingDay(id="dy2", date=dt.date(2025, 6, 3))))
    check_undo_redo(doc, MoveShotsToDay(["a", "x"], "dy2", setup_id="su9"))
    assert doc.setup("su9").shot_ids == ["a", "x"] and doc.setup("su1").shot_ids == []
    check_undo_redo(doc, UnscheduleShots(["x", "c"]))
    assert doc.setup_of("x") is None and doc.setup("su2").shot_ids == ["b", "d"]


def test_waive_and_unwaive() -> None:
    doc = sample_document()
    edit = Waive("fp-axis-1", "continuity.axis", ["1", "2"], "越轴是故意的", waiver_id="wv1")
    assert check_undo_redo(doc, edit).waivers == {"wv1"}
    waiver = doc.waiver("wv1")
    assert waiver.shots == ["1", "2"] and waiver.rule == "continuity.axis" and waiver.created
    check_undo_redo(doc, UpdateWaiver("wv1", {"note": "ok"}))
    assert check_undo_redo(doc, Unwaive("wv1")).waivers == {"wv1"}
    assert doc.project.waivers == []


def test_project_settings() -> None:
    doc = sample_document()
    changes = check_undo_redo(doc, UpdateProjectSettings({"title": "归来 2", "delivery": {"width": 720, "height": 1280},
                                                          "language": "en"}))
    assert changes.settings and changes.shots == frozenset()
    assert doc.project.delivery.width == 720 and doc.project.language == "en"
    with pytest.raises(EditError, match="not a project setting"):
        doc.apply(UpdateProjectSettings({"episodes": []}))
    with pytest.raises(EditError, match="planning"):
        doc.apply(UpdateProjectSettings({"planning": {"max_day_hours": 30}}))



def _scene_codes(doc, episode_id: str) -> list[str]:
    return [scene.code for scene in doc.episode(episode_id).scenes]


def test_moving_a_scene_up_moves_its_shots_ahead_on_the_cut_path() -> None:
    doc = sample_document()
    edit = MoveScene("s2", -1)
    changes = check_undo_redo(doc, edit)
    assert str(edit.name) == "Move Scene 2 Up" and changes.episodes == {"ep1"} and changes.scenes == {"s1", "s2"}
    assert _scene_codes(doc, "ep1") == ["2", "1"]
    assert cut_path(doc, "ep1") == ["4", "1", "2", "3"]
    assert [shot.code for shot in episode_order(doc.episode("ep1"))] == ["4", "1", "2", "3"]
    assert any(e.kind == "plate" and (e.source, e.target) == ("a", "d") for e in doc.episode("ep1").edges)
    doc.undo()
    assert _scene_codes(doc, "ep1") == ["1", "2"] and cut_path(doc, "ep1") == ["1", "2", "3", "4"]


def test_moving_a_scene_between_others_keeps_the_cuts_into_and_out_of_the_span() -> None:
    doc = sample_document()
    doc.apply(AddScene("ep1", Scene(id="s3", code="3")))
    doc.apply(AddShot("ep1", Shot(id="f", code="5", scene_id="s3"), after="d"))
    doc.apply(AddShot("ep1", Shot(id="g", code="6", scene_id="s3"), after="f"))
    edit = MoveScene("s1", 1)
    check_undo_redo(doc, edit)
    assert str(edit.name) == "Move Scene 1 Down"
    assert _scene_codes(doc, "ep1") == ["2", "1", "3"] and cut_path(doc, "ep1") == ["4", "1", "2", "3", "5", "6"]
    check_undo_redo(doc, MoveScene("s3", -2))
    assert _scene_codes(doc, "ep1") == ["3", "2", "1"] and cut_path(doc, "ep1") == ["5", "6", "4", "1", "2", "3"]


def test_moving_a_scene_keeps_branches_inside_it() -> None:
    doc = sample_document()
    doc.apply(AddShot("ep1", Shot(id="b2", code="2B", scene_id="s1")))
    doc.apply(Link("cut", "a", "b2"))
    doc.apply(Link("cut", "b2", "c"))
    check_undo_redo(doc, MoveScene("s2", -1))
    cuts = {(e.source, e.target) for e in doc.episode("ep1").edges if e.kind == "cut"}
    assert cuts == {("d", "a"), ("a", "b"), ("a", "b2"), ("b", "c"), ("b2", "c")}


def test_moving_scenes_without_shots_or_intercut_changes_only_the_list() -> None:
    doc = sample_document()
    doc.apply(AddScene("ep1", Scene(id="s3", code="3")))
    assert cut_path(doc, "ep1") == ["1", "2", "3", "4"]
    check_undo_redo(doc, MoveScene("s3", -1))
    assert _scene_codes(doc, "ep1") == ["1", "3", "2"] and cut_path(doc, "ep1") == ["1", "2", "3", "4"]
    doc.apply(UpdateShot("b", {"scene_id": "s2"}))  # scene 2 now cuts in and out of scene 1
    check_undo_redo(doc, MoveScene("s2", -1))
    assert _scene_codes(doc, "ep1") == ["1", "2", "3"] and cut_path(doc, "ep1") == ["1", "2", "3", "4"]


def test_a_scene_cannot_move_past_either_end() -> None:
    doc = sample_document()
    with pytest.raises(EditError, match="already the first scene of episode 1"):
        doc.apply(MoveScene("s1", -1))
    with pytest.raises(EditError, match="already the last"):
        doc.apply(MoveScene("s2", 1))
    with pytest.raises(EditError, match="no scene"):
        doc.apply(MoveScene("nope", 1))


def test_moving_an_episode_trades_numbers_with_its_neighbour() -> None:
    doc = sample_document()
    edit = MoveEpisode("ep2", -1)
    changes = check_undo_redo(doc, edit)
    assert str(edit.name) == "Move Episode 2 Up" and changes.episodes == {"ep1", "ep2"}
    assert [(e.id, e.number) for e in doc.project.episodes] == [("ep2", 1), ("ep1", 2)]
    assert doc.episode_of("a").id == "ep1" and doc.episode_of("x").id == "ep2"
    doc.undo()
    assert [(e.id, e.number) for e in doc.project.episodes] == [("ep1", 1), ("ep2", 2)]
    with pytest.raises(EditError, match="already the last"):
        doc.apply(MoveEpisode("ep2", 1))


def test_moving_an_episode_over_several_keeps_the_numbers_in_list_order() -> None:
    doc = sample_document()
    doc.apply(AddEpisode(Episode(id="ep3", number=3, scenes=[Scene(id="u1", code="1")])))
    check_undo_redo(doc, MoveEpisode("ep3", -2))
    assert [(e.id, e.number) for e in doc.project.episodes] == [("ep3", 1), ("ep1", 2), ("ep2", 3)]


def test_edit_names_say_which_scene_or_episode() -> None:
    doc = sample_document()
    add = AddScene("ep1", Scene(id="s3", code="3"))
    doc.apply(add)
    update = UpdateScene("s3", {"notes": "雨"})
    doc.apply(update)
    remove = RemoveScene("s2", with_shots=True)
    doc.apply(remove)
    episode = AddEpisode(Episode(id="ep3", number=3))
    doc.apply(episode)
    edit_episode = UpdateEpisode("ep3", {"title": "重逢"})
    doc.apply(edit_episode)
    delete_episode = RemoveEpisode("ep3")
    doc.apply(delete_episode)
    assert [str(add.name), str(update.name), str(remove.name)] == ["Add Scene 3", "Edit Scene 3", "Delete Scene 2"]
    assert [str(episode.name), str(edit_episode.name), str(delete_episode.name)] == [
        "Add Episode 3", "Edit Episode 3", "Delete Episode 3"]
    move = MoveScene("s3", -1)
    doc.apply(move)
    assert move.name.pattern == "Move Scene {scene} Up" and move.name.args == {"scene": "3"}


def test_scene_cast_names_known_characters_once() -> None:
    doc = sample_document()
    check_undo_redo(doc, AddScene("ep1", Scene(id="s3", code="3", cast=["ch1", "ch2"], extras=12)))
    assert doc.scene("s3").cast == ["ch1", "ch2"] and doc.scene("s3").extras == 12
    with pytest.raises(EditError, match="no character"):
        doc.apply(UpdateScene("s3", {"cast": ["ch9"]}))
    with pytest.raises(EditError, match="listed twice"):
        doc.apply(UpdateScene("s3", {"cast": ["ch1", "ch1"]}))
