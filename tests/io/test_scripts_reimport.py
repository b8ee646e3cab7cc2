"""Re-importing a revised script: text follows the script, the director's decisions stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from shotgraph.core.document import Document
from shotgraph.core.edits import AddCharacter, Link, SetMode, UpdateScene, UpdateShot
from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.scripts.reimport import REMOVED_SCENE_NOTE, REMOVED_SHOT_NOTE, reimport_script
from shotgraph.core.model import Camera, Character, Mode

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "契约.txt"


def revised(text: str, tmp_path: Path) -> Path:
    path = tmp_path / "revised.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def directed(tmp_path) -> Document:
    """The imported script after a director's decisions: an AI shot, a framed shot, a plate."""
    doc = Document(read_script(SCRIPT).project)
    first = episode_order(doc.project.episodes[0])
    doc.apply(SetMode([first[1].id], Mode.AI))
    doc.apply(UpdateShot(first[2].id, {"camera": Camera(size="CU", lens_mm=85)}))
    doc.apply(Link("plate", first[0].id, first[3].id))
    doc.mark_saved()
    return doc


def texts(episode) -> list[str]:
    return [s.dialogue or s.description for s in episode_order(episode)]


def reimport(doc: Document, path: Path):
    edit, summary = reimport_script(doc, read_script(path).script)
    doc.apply(edit)
    return summary


def test_the_same_script_again_changes_nothing(directed):
    before = directed.project.model_dump()
    edit, summary = reimport_script(directed, read_script(SCRIPT).script)
    assert summary.is_empty and summary.lines() == []
    directed.apply(edit)
    assert directed.project.model_dump() == before


def test_changed_dialogue_updates_its_shot_and_keeps_mode_camera_and_edges(directed, tmp_path):
    text = SCRIPT.read_text(encoding="utf-8").replace("林晓：陈总，您的咖啡。", "林晓：陈总，您的美式。")
    summary = reimport(directed, revised(text, tmp_path))
    shots = episode_order(directed.project.episodes[0])
    assert shots[1].dialogue == "林晓：陈总，您的美式。" and shots[1].mode is Mode.AI
    assert shots[2].camera.size.value == "CU"
    assert any(e.kind.value == "plate" for e in directed.project.episodes[0].edges)
    assert summary.shots_updated == [shots[1].code] and len(summary.lines()) == 1


def test_a_new_beat_becomes_a_shot_in_the_cut_path(directed, tmp_path):
    text = SCRIPT.read_text(encoding="utf-8").replace("▲秘书小周探头进来。", "▲秘书小周探头进来。\n△陈墨抬起头。")
    summary = reimport(directed, revised(text, tmp_path))
    episode = directed.project.episodes[0]
    assert texts(episode)[3:6] == ["秘书小周探头进来。", "陈墨抬起头。", "秘书小周：陈总，会议要开始了。"]
    added = next(s for s in episode.shots if s.description == "陈墨抬起头。")
    assert summary.shots_added == [added.code] and added.code not in {s.code for s in episode.shots if s is not added}


def test_a_removed_beat_flags_its_shot_and_never_deletes_it(directed, tmp_path):
    text = SCRIPT.read_text(encoding="utf-8").replace("陈墨（VO）：她到底是谁？\n", "")
    count = len(directed.project.episodes[0].shots)
    summary = reimport(directed, revised(text, tmp_path))
    episode = directed.project.episodes[0]
    flagged = next(s for s in episode.shots if s.dialogue == "陈墨（VO）：她到底是谁？")
    assert len(episode.shots) == count and flagged.notes.startswith(REMOVED_SHOT_NOTE)
    assert summary.shots_flagged == [flagged.code]


def test_new_scenes_and_episodes_are_added_and_removed_scenes_flagged(directed, tmp_path):
    text = SCRIPT.read_text(encoding="utf-8")
    text = text.replace("1-3、内 黄昏 陈墨家客厅\n陈墨坐在沙发上，看着一张旧照片。\n（转场）\n", "")
    text += "\n1-4 夜 外 天台\n△风很大。\n顾言：你终于来了。\n\n第3集\n3-1 日 内 医院\n△林晓醒来。\n"
    summary = reimport(directed, revised(text, tmp_path))
    first = directed.project.episodes[0]
    assert [s.code for s in first.scenes] == ["1", "2", "3", "4"]
    assert first.scenes[2].notes.startswith(REMOVED_SCENE_NOTE)
    order = texts(first)
    after_scene_two = order[order.index("陈墨（VO）：她到底是谁？") + 1:]
    assert after_scene_two[:3] == ["风很大。", "顾言：你终于来了。", "陈墨坐在沙发上，看着一张旧照片。"]
    assert [e.number for e in directed.project.episodes] == [1, 2, 3]
    assert "顾言" in [c.name for c in directed.project.characters]
    assert "天台" in [loc.name for loc in directed.project.locations]
    assert (summary.scenes_added, summary.scenes_flagged, summary.episodes_added) == (["1/4"], ["1/3"], [3])


def test_one_undo_restores_the_project_exactly(directed, tmp_path):
    before = directed.project.model_dump()
    text = SCRIPT.read_text(encoding="utf-8").replace("陈墨：签了它。", "陈墨：签字。")
    text += "\n第3集\n3-1 日 内 医院\n△醒来。\n"
    reimport(directed, revised(text, tmp_path))
    assert directed.project.model_dump() != before
    directed.undo()
    assert directed.project.model_dump() == before and not directed.is_modified


FIRST_DRAFT = "EP01\n1-1 公司门口 日外\n人物：林晚、陈墨\n△林晚走出大门。\n林晚：\n我走了。\n陈墨：等等！\n"
REVISION_IN_ANOTHER_LAYOUT = ("第一集\n**1-1 日 外 公司门口**\n出场人物：林晚，陈墨，保安老周\n▲林晚走出大门。\n"
                              "林晚：我走了。\n陈墨（追出来）：等一下！\n")


def test_a_revision_in_another_layout_still_matches_its_scenes_and_shots(tmp_path):
    doc = Document(read_script(revised(FIRST_DRAFT, tmp_path)).project)
    scene = doc.project.episodes[0].scenes[0]
    shot_ids = [s.id for s in episode_order(doc.project.episodes[0])]
    summary = reimport(doc, revised(REVISION_IN_ANOTHER_LAYOUT, tmp_path))
    unmatched = (summary.scenes_added, summary.scenes_flagged, summary.shots_added, summary.shots_flagged)
    assert unmatched == ([], [], [], [])
    assert [s.id for s in episode_order(doc.project.episodes[0])] == shot_ids
    assert texts(doc.project.episodes[0])[-1] == "陈墨：等一下！"
    names = {c.id: c.name for c in doc.project.characters}
    assert [names[c] for c in doc.project.episodes[0].scenes[0].cast] == ["林晚", "陈墨", "保安老周"]
    assert doc.project.episodes[0].scenes[0].id == scene.id


def test_a_scene_heading_rewritten_in_another_layout_matches_by_place_and_time(tmp_path):
    doc = Document(read_script(revised("第1集\n1-1 日 内 客厅\n△甲进门。\n", tmp_path)).project)
    scene_id = doc.project.episodes[0].scenes[0].id
    edit, summary = reimport_script(doc, read_script(revised("第1集\n1-7 客厅 日内\n△甲进门。\n", tmp_path)).script)
    doc.apply(edit)
    assert (summary.scenes_added, summary.scenes_flagged) == ([], [])
    assert [s.id for s in doc.project.episodes[0].scenes] == [scene_id]


def test_cast_added_in_the_editor_stays_when_a_revision_adds_its_own(tmp_path, directed):
    scene = directed.project.episodes[0].scenes[0]
    directed.apply(AddCharacter(Character(id="ch_extra", name="替身")))
    directed.apply(UpdateScene(scene.id, {"cast": [*scene.cast, "ch_extra"]}))
    text = SCRIPT.read_text(encoding="utf-8").replace("人物：林晓、陈墨，秘书小周", "人物：林晓、陈墨，秘书小周、保安")
    reimport(directed, revised(text, tmp_path))
    names = {c.id: c.name for c in directed.project.characters}
    cast = [names[c] for c in directed.project.episodes[0].scenes[0].cast]
    assert cast == ["林晓", "陈墨", "秘书小周", "替身", "保安"]
