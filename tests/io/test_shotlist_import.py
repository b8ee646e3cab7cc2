"""Importing shot lists as users send them: Chinese Excel CSV, English variants, other encodings, XLSX."""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.shotlist import read_shotlist, shotlist_table
from shotgraph.core.model import (
    Angle,
    EdgeKind,
    Intent,
    IntExt,
    Language,
    Look,
    Mode,
    Movement,
    Project,
    ScreenPos,
    ShotSize,
    TimeOfDay,
    find_problems,
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def shot(project: Project, code: str, episode: int = 1):
    found = next(e for e in project.episodes if e.number == episode)
    return next(s for s in found.shots if s.code == code)


def names(project: Project) -> dict[str, str]:
    return {record.id: record.name for record in (*project.characters, *project.locations, *project.props,
                                                   *project.wardrobe)}


def cuts(project: Project, episode: int = 1) -> list[tuple[str, str]]:
    found = next(e for e in project.episodes if e.number == episode)
    code = {s.id: s.code for s in found.shots}
    return [(code[e.source], code[e.target]) for e in found.edges if e.kind == EdgeKind.CUT]


def test_chinese_excel_gbk_sample_imports_every_value(shotlist_samples):
    result = read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv")
    project = result.project
    assert (project.title, project.language, result.rows, result.skipped) == ("shotlist-zh-gbk", Language.ZH, 10, [])
    assert find_problems(project) == []
    Project.model_validate(project.model_dump())
    opening = shot(project, "1-1")
    assert (opening.mode, opening.duration_s, opening.ai.model) == (Mode.AI, 4.0, "seedance-2.0")
    assert (opening.camera.size, opening.camera.angle, opening.camera.movement) == (ShotSize.EWS, Angle.HIGH,
                                                                                    Movement.DRONE)
    walk = shot(project, "1-2")
    assert (walk.mode, walk.duration_s, walk.plate_asset) == (Mode.HYBRID, 3.0, "江边夜景_v2")
    assert (walk.fg_kelvin, walk.plate_kelvin, walk.setup_code, walk.notes) == (4300, 4500, "S1a", "需要跟踪点")
    [suwan] = walk.characters
    label = names(project)
    assert (label[suwan.character_id], suwan.position, suwan.look) == ("苏婉", ScreenPos.C, Look.R)
    assert label[suwan.wardrobe_id] == "红色风衣"
    assert [(label[p.prop_id], p.state) for p in walk.props] == [("手机", "亮屏")]
    assert shot(project, "1-3").dialogue == "苏婉：你到底在哪？"


def test_sheet_numbering_shots_per_scene_gets_scene_qualified_codes(shotlist_samples):
    project = read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv").project
    [episode] = project.episodes
    assert [s.code for s in episode.shots] == ["1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "2-3", "2-4", "2-5", "2-6"]
    assert [s.code for s in episode.scenes] == ["1", "2"]
    codes = [s.code for s in episode.shots]
    assert cuts(project) == list(zip(codes, codes[1:], strict=False))


def test_scene_takes_place_from_its_first_row_and_later_rows_override(shotlist_samples):
    project = read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv").project
    villa = project.episodes[0].scenes[1]
    assert (names(project)[villa.location_id], villa.int_ext, villa.time_of_day, villa.story_day) == (
        "顾家别墅", IntExt.EXT, TimeOfDay.NIGHT, 1)
    assert shot(project, "2-1").int_ext is None
    assert shot(project, "2-2").int_ext == IntExt.INT
    assert [loc.name for loc in project.locations] == ["滨江大道", "顾家别墅"]


def test_english_sample_reads_common_header_variants(shotlist_samples):
    project = read_shotlist(shotlist_samples / "shotlist-en.csv").project
    assert project.language == Language.EN
    assert [s.code for s in project.episodes[0].shots] == ["1A", "1B", "1C", "1D", "2A"]
    first = shot(project, "1A")
    assert (first.duration_s, first.camera.lens_mm, first.camera.size) == (5.0, 24.0, ShotSize.WS)
    assert first.description == "Mara enters the penthouse office"
    label = names(project)
    assert [(label[c.character_id], c.position, c.look) for c in first.characters] == [
        ("MARA", ScreenPos.L, Look.R), ("VICTOR", ScreenPos.R, Look.L)]
    street = shot(project, "2A")
    assert (street.mode, street.camera.movement, street.time_of_day or project.episodes[0].scenes[1].time_of_day) == (
        Mode.HYBRID, Movement.HANDHELD, TimeOfDay.NIGHT)
    assert street.notes == "Green screen; plate asset:street_rain_v1"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "gb18030", "gbk"])
def test_every_accepted_encoding_reads_the_same(shotlist_samples, tmp_path, encoding):
    text = (shotlist_samples / "shotlist-zh-gbk.csv").read_bytes().decode("gbk")
    if encoding == "utf-16-be-bom":
        path = tmp_path / "list.csv"
        path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    else:
        path = write(tmp_path / "list.csv", text, encoding)
    expected = shotlist_table(read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv").project)
    assert shotlist_table(read_shotlist(path).project) == expected


@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ";"), (".tsv", "\t"), (".txt", "\t"), (".txt", ",")])
def test_delimiter_is_detected_from_the_header_row(tmp_path, suffix, delimiter):
    rows = [["镜号", "景别", "备注"], ["1", "特写", "a, b; c"], ["2", "全景", ""]]
    text = "\n".join(delimiter.join(f'"{c}"' if ("," in c or ";" in c) else c for c in row) for row in rows)
    project = read_shotlist(write(tmp_path / f"list{suffix}", text)).project
    assert [(s.code, s.camera.size, s.notes) for s in project.episodes[0].shots] == [
        ("1", ShotSize.CU, "a, b; c"), ("2", ShotSize.FS, "")]


def test_quoted_cells_may_hold_line_breaks_and_blank_rows_are_skipped(tmp_path):
    path = write(tmp_path / "list.csv", 'shot,dialogue\n1,"林晓：等等。\n你听我说"\n\n,\n2,\n')
    result = read_shotlist(path)
    assert [s.dialogue for s in result.project.episodes[0].shots] == ["林晓：等等。\n你听我说", ""]
    assert result.rows == 2


def test_headers_ignore_case_spaces_underscores_and_dashes(tmp_path):
    text = " Shot_Number ,SHOT-SIZE,camera movement,Int Ext,Story_Day\n7,cu,dolly in,int,3\n"
    episode = read_shotlist(write(tmp_path / "list.csv", text)).project.episodes[0]
    [only], [scene] = episode.shots, episode.scenes
    assert (only.code, only.camera.size, only.camera.movement) == ("7", ShotSize.CU, Movement.DOLLY_IN)
    assert (scene.int_ext, scene.story_day) == (IntExt.INT, 3)


def test_values_accept_english_and_chinese_spellings(tmp_path):
    text = ("shot,mode,int_ext,time,angle,characters,motion,intent\n"
            "1,REAL,内外,晨,过肩,林晓@左>镜头,林晓>右,闪回; POV\n"
            "2,实拍+AI,Ext,dusk,ots,林晓@r>cam,林晓>l,jump-cut\n")
    project = read_shotlist(write(tmp_path / "list.csv", text)).project
    one, two = project.episodes[0].shots
    assert (one.mode, two.mode) == (Mode.LIVE, Mode.HYBRID)
    assert project.episodes[0].scenes[0].int_ext == IntExt.INT_EXT and two.int_ext == IntExt.EXT
    assert (project.episodes[0].scenes[0].time_of_day, two.time_of_day) == (TimeOfDay.DAWN, TimeOfDay.DUSK)
    [linxiao] = one.characters
    assert (linxiao.position, linxiao.look, linxiao.motion) == (ScreenPos.L, Look.CAM, "R")
    assert one.intent == [Intent.FLASHBACK, Intent.POV] and two.intent == [Intent.JUMP_CUT]


def test_numbers_accept_units(tmp_path):
    text = "shot,duration,lens,fg_kelvin,emotion,ai_seed\n1,3.5s,35mm,5600K,3,-42\n2,4秒,85,3200,0,7\n"
    one, two = read_shotlist(write(tmp_path / "list.csv", text)).project.episodes[0].shots
    assert (one.duration_s, one.camera.lens_mm, one.fg_kelvin, one.emotion, one.ai.seed) == (3.5, 35, 5600, 3, -42)
    assert (two.duration_s, two.emotion) == (4.0, 0)


def test_episodes_are_created_as_met_and_kept_in_number_order(tmp_path):
    text = "ep,scene,shot\n2,1,1\n1,1,1\n2,1,2\n,,3\n"
    project = read_shotlist(write(tmp_path / "list.csv", text)).project
    assert [(e.number, [s.code for s in e.shots]) for e in project.episodes] == [(1, ["1", "3"]), (2, ["1", "2"])]
    assert cuts(project, 2) == [("1", "2")] and cuts(project, 1) == [("1", "3")]


def test_after_follows_previous_row_named_shots_or_nothing(tmp_path):
    text = "shot,after\n1,\n2,4\n3,-\n4,1\n5,2;3\n6,\n"
    project = read_shotlist(write(tmp_path / "list.csv", text)).project
    assert sorted(cuts(project)) == [("1", "4"), ("2", "5"), ("3", "5"), ("4", "2"), ("5", "6")]


def test_plate_names_a_shot_or_an_asset(tmp_path):
    text = "shot,mode,plate\n1,ai,\n2,hybrid,1\n3,hybrid,Asset:雨夜街道\n"
    project = read_shotlist(write(tmp_path / "list.csv", text)).project
    episode = project.episodes[0]
    plates = [(e.source, e.target) for e in episode.edges if e.kind == EdgeKind.PLATE]
    assert plates == [(episode.shots[0].id, episode.shots[1].id)]
    assert shot(project, "3").plate_asset == "雨夜街道"


def test_cast_named_only_in_motion_or_wardrobe_is_still_in_the_shot(tmp_path):
    text = "shot,characters,motion,wardrobe,ai_refs,props\n1,林晓@L,陈墨>R,苏婉=红色风衣,林晓=linxiao_v2,茶杯=满;雨伞\n"
    project = read_shotlist(write(tmp_path / "list.csv", text)).project
    [only] = project.episodes[0].shots
    label = names(project)
    assert [label[c.character_id] for c in only.characters] == ["林晓", "陈墨", "苏婉"]
    assert label[only.characters[2].wardrobe_id] == "红色风衣"
    assert {label[k]: v for k, v in only.ai.refs.items()} == {"林晓": "linxiao_v2"}
    assert [(label[p.prop_id], p.state) for p in only.props] == [("茶杯", "满"), ("雨伞", None)]
    assert find_problems(project) == []


def test_unknown_columns_are_kept_on_the_shot(tmp_path):
    text = "shot,Camera Op,拍摄备注\n1,Wang,\n2,Li,补拍\n"
    one, two = read_shotlist(write(tmp_path / "list.csv", text)).project.episodes[0].shots
    assert one.extra == {"Camera Op": "Wang", "拍摄备注": ""} and two.extra == {"Camera Op": "Li", "拍摄备注": "补拍"}


def test_language_follows_chinese_in_headers_or_values(tmp_path):
    assert read_shotlist(write(tmp_path / "a.csv", "shot,notes\n1,rain\n")).project.language == Language.EN
    assert read_shotlist(write(tmp_path / "b.csv", "shot,notes\n1,雨\n")).project.language == Language.ZH


def test_xlsx_first_or_named_sheet_with_spreadsheet_numbers(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["other"])
    sheet = book.create_sheet("分镜")
    sheet.append(["集", "镜号", "时长", "焦距", "景别"])
    sheet.append([2, 3.0, 2.5, 50, "特写"])
    sheet.append([None, None, None, None, None])
    sheet.append([2, "3A", 4, None, "ms"])
    book.save(tmp_path / "list.xlsx")
    project = read_shotlist(tmp_path / "list.xlsx", sheet="分镜").project
    assert [(s.code, s.duration_s, s.camera.lens_mm, s.camera.size) for s in project.episodes[0].shots] == [
        ("3", 2.5, 50, ShotSize.CU), ("3A", 4.0, None, ShotSize.MS)]
    assert project.episodes[0].number == 2
    with pytest.raises(InputError, match="no shot column"):
        read_shotlist(tmp_path / "list.xlsx")
