"""Chinese micro-drama scripts: the convention and its common variations, encodings and refusals."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from shotgraph.core.graph import episode_order
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.scripts import reading as script_reading
from shotgraph.core.model import IntExt, Language, TimeOfDay

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "契约.txt"


@pytest.fixture(scope="module")
def contract():
    return read_script(SCRIPT)


def texts(episode) -> list[str]:
    return [s.dialogue or s.description for s in episode_order(episode)]


def test_title_author_and_episodes_with_chinese_numerals(contract):
    assert contract.kind == "chinese" and contract.project.language is Language.ZH
    assert (contract.project.title, contract.script.author) == ("霸总的契约", "李青")
    assert [(e.number, e.title) for e in contract.project.episodes] == [(1, "初遇"), (2, "契约")]


@pytest.mark.parametrize(("episode", "index", "int_ext", "time", "location"), [
    (0, 0, IntExt.INT, TimeOfDay.DAY, "总裁办公室"),
    (0, 1, IntExt.EXT, TimeOfDay.NIGHT, "公司楼下"),
    (0, 2, IntExt.INT, TimeOfDay.DUSK, "陈墨家客厅"),
    (1, 0, IntExt.EXT, TimeOfDay.DAWN, "江边步道"),
    (1, 1, IntExt.INT, TimeOfDay.NIGHT, "酒吧"),
])
def test_scene_headings_in_any_order_and_separator(contract, episode, index, int_ext, time, location):
    scene = contract.project.episodes[episode].scenes[index]
    names = {loc.id: loc.name for loc in contract.project.locations}
    assert (scene.int_ext, scene.time_of_day, names[scene.location_id]) == (int_ext, time, location)
    assert scene.code == str(index + 1)


def test_action_and_dialogue_become_shots_in_order(contract):
    first = contract.project.episodes[0]
    assert texts(first)[:6] == ["林晓推门而入，手里端着一杯咖啡。", "林晓：陈总，您的咖啡。", "陈墨：放下吧。",
                                "秘书小周探头进来。", "秘书小周：陈总，会议要开始了。", "字幕：三年后"]
    assert episode_order(first)[2].description == "（冷冷地）"
    assert [s.code for s in episode_order(first)][:3] == ["1-01", "1-02", "1-03"]


def test_cast_lines_and_speakers_make_each_character_once(contract):
    assert [c.name for c in contract.project.characters] == ["林晓", "陈墨", "秘书小周"]
    names = {c.id: c.name for c in contract.project.characters}
    opening = episode_order(contract.project.episodes[1])[0]
    assert [names[c.character_id] for c in opening.characters] == ["林晓", "陈墨"]


def test_off_screen_and_voice_over_voices_are_marked_and_not_in_shot(contract):
    voices = ("林晓（OS）", "陈墨（VO）")
    night = [s for s in episode_order(contract.project.episodes[0]) if s.dialogue.startswith(voices)]
    assert [s.dialogue for s in night] == ["林晓（OS）：我不能放弃。", "陈墨（VO）：她到底是谁？"]
    assert all(not s.characters for s in night)
    assert texts(contract.project.episodes[1])[-1] == "林晓（OS）：那一夜，一切都变了。"


def test_unmarked_prose_is_action_and_a_transition_is_a_note_on_its_shot(contract):
    dusk = contract.project.episodes[0].scenes[2]
    shots = [s for s in contract.project.episodes[0].shots if s.scene_id == dusk.id]
    assert [s.description for s in shots] == ["陈墨坐在沙发上，看着一张旧照片。"]
    assert (shots[0].notes, dusk.notes) == ("（转场）", "")


def test_scene_numbers_name_their_episode_when_episode_lines_are_missing(tmp_path):
    path = tmp_path / "no-episodes.txt"
    path.write_text("1-1 日 内 客厅\n△甲进门。\n2-1 夜 外 街道\n乙：走吧。\n", encoding="utf-8")
    result = read_script(path)
    assert [(e.number, len(e.shots)) for e in result.project.episodes] == [(1, 1), (2, 1)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_every_accepted_encoding_reads_the_same(tmp_path, contract, encoding):
    path = tmp_path / "copy.txt"
    path.write_bytes(SCRIPT.read_text(encoding="utf-8").encode(encoding))
    again = read_script(path)
    assert [texts(e) for e in again.project.episodes] == [texts(e) for e in contract.project.episodes]


def test_a_word_document_reads_like_its_text(tmp_path, contract):
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>"
                         for line in SCRIPT.read_text(encoding="utf-8").splitlines())
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                f'wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
    path = tmp_path / "契约.docx"
    path.write_bytes(buffer.getvalue())
    assert [texts(e) for e in read_script(path).project.episodes] == [texts(e) for e in contract.project.episodes]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("binary.txt", b"\x00\x01\x02\xff" * 10, "not a text script"),
    ("latin.txt", "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 1-1".encode("latin-1"), "cannot be decoded"),
    ("plain.txt", b"Just a note to self.\nNothing else.", "no scene headings"),
    ("empty.fountain", b"", "no scene headings"),
    ("broken.docx", b"PK\x03\x04 not really", "not a readable .docx"),
    ("headings-only.txt", "第1集\n第2集\n".encode(), "no scenes found"),
])
def test_unreadable_scripts_are_refused_with_one_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as raised:
        read_script(path)
    assert name in str(raised.value)


def test_a_huge_script_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(script_reading, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("1-1 日 内 客厅\n" + "△甲进门。\n" * 200, encoding="utf-8")
    with pytest.raises(InputError, match="a script of up to"):
        read_script(path)
