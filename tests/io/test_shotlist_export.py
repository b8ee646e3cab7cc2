"""Exporting shot lists: what Excel and other tools get, and that it reads back the same."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest

from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.shotlist import read_shotlist, shotlist_table, write_csv, write_xlsx
from shotgraph.core.io.shotlist.writing import display_width


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def column(rows: list[list[str]], name: str) -> list[str]:
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


def test_chinese_headers_with_english_values_read_back_the_same(shotlist_samples, tmp_path):
    project = read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv").project
    write_csv(project, tmp_path / "out.csv", headers="zh")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf\xe9\x9b\x86,")
    rows = read_rows(tmp_path / "out.csv")
    assert rows[0][:4] == ["集", "场", "镜号", "类型"]
    assert column(rows, "类型")[:2] == ["ai", "hybrid"] and column(rows, "景别")[0] == "EWS"
    assert column(rows, "时长")[:2] == ["4", "3"] and column(rows, "背景板")[1] == "asset:江边夜景_v2"
    again = read_shotlist(tmp_path / "out.csv").project
    assert shotlist_table(again, "zh") == shotlist_table(project, "zh")


def test_english_headers_are_the_canonical_column_names(shotlist_samples, tmp_path):
    write_csv(read_shotlist(shotlist_samples / "shotlist-en.csv").project, tmp_path / "out.csv")
    rows = read_rows(tmp_path / "out.csv")
    assert rows[0][:6] == ["episode", "scene", "shot", "mode", "location", "int_ext"]
    assert rows[0][-3:] == ["after", "intent", "notes"]
    assert column(rows, "characters")[0] == "MARA@L>R; VICTOR@R>L"
    assert column(rows, "angle")[3] == "HIGH"


def test_unknown_columns_come_back_in_their_order_after_the_known_ones(tmp_path):
    source = write(tmp_path / "in.csv", "Take Notes,shot,拍摄备注,size\nok,1,补拍,CU\n,2,,WS\n")
    write_csv(read_shotlist(source).project, tmp_path / "out.csv")
    rows = read_rows(tmp_path / "out.csv")
    assert rows[0][-2:] == ["Take Notes", "拍摄备注"]
    assert [row[-2:] for row in rows[1:]] == [["ok", "补拍"], ["", ""]]


def test_after_is_written_only_where_it_is_not_the_previous_row(tmp_path):
    source = write(tmp_path / "in.csv", "shot,after\n1,\n2,\n3,-\n4,1\n5,3;4\n")
    write_csv(read_shotlist(source).project, tmp_path / "out.csv")
    rows = read_rows(tmp_path / "out.csv")
    assert list(zip(column(rows, "shot"), column(rows, "after"), strict=True)) == [
        ("1", ""), ("2", ""), ("3", "-"), ("4", "1"), ("5", "3; 4")]


def test_rows_follow_episode_order_of_the_cut_graph(tmp_path):
    source = write(tmp_path / "in.csv", "episode,shot,after\n2,b,a\n1,x,\n2,a,-\n2,c,\n")
    write_csv(read_shotlist(source).project, tmp_path / "out.csv")
    rows = read_rows(tmp_path / "out.csv")
    assert list(zip(column(rows, "episode"), column(rows, "shot"), strict=True)) == [
        ("1", "x"), ("2", "a"), ("2", "b"), ("2", "c")]
    assert column(rows, "after") == ["", "", "", "a"]


def test_a_cycle_keeps_creation_order(tmp_path):
    source = write(tmp_path / "in.csv", "shot,after\n1,3\n2,\n3,\n")
    project = read_shotlist(source).project
    _, rows = shotlist_table(project)
    assert [row[2] for row in rows] == ["1", "2", "3"]
    write_csv(project, tmp_path / "out.csv")
    assert shotlist_table(read_shotlist(tmp_path / "out.csv").project) == shotlist_table(project)


def test_shot_writes_its_effective_place_and_time(tmp_path):
    source = write(tmp_path / "in.csv", "scene,shot,location,time\n1,1,书房,夜\n1,2,走廊,夜\n2,3,街道,\n2,4,,日\n")
    project = read_shotlist(source).project
    first, second = project.episodes[0].scenes
    assert (first.location_id, first.time_of_day) == (project.locations[0].id, "NIGHT")
    assert (second.location_id, second.time_of_day) == (None, None)  # a blank cell cannot override a scene
    write_csv(project, tmp_path / "out.csv")
    rows = read_rows(tmp_path / "out.csv")
    assert column(rows, "location") == ["书房", "走廊", "街道", ""]
    assert column(rows, "time") == ["NIGHT", "NIGHT", "", "DAY"]


def test_xlsx_has_a_frozen_header_fitting_widths_and_reads_back(shotlist_samples, tmp_path):
    project = read_shotlist(shotlist_samples / "shotlist-zh-gbk.csv").project
    project.episodes[0].shots[0].notes = "=SUM(A1:A2)"
    write_xlsx(project, tmp_path / "out.xlsx", headers="zh")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet.freeze_panes == "A2" and sheet["A1"].value == "集" and sheet["A1"].font.b
    header = [cell.value for cell in sheet[1]]
    description = openpyxl.utils.get_column_letter(header.index("画面内容") + 1)
    assert sheet.column_dimensions[description].width >= display_width("苏婉沿江边快步走，绿幕前实拍") == 28
    assert sheet.column_dimensions["A"].width < 10
    assert sheet.cell(2, header.index("时长") + 1).value == 4
    assert sheet.cell(2, header.index("备注") + 1).value == "=SUM(A1:A2)"
    assert sheet.cell(2, header.index("备注") + 1).data_type == "s"
    assert shotlist_table(read_shotlist(tmp_path / "out.xlsx").project) == shotlist_table(project)


def test_failed_write_raises_output_error_and_keeps_the_old_file(shotlist_samples, tmp_path, monkeypatch):
    project = read_shotlist(shotlist_samples / "shotlist-en.csv").project
    target = write(tmp_path / "out.csv", "old")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="No space left on device") as caught:
        write_csv(project, target)
    assert caught.value.exit_status == 3
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.csv"]


def test_writing_into_a_missing_folder_is_an_output_error(shotlist_samples, tmp_path):
    project = read_shotlist(shotlist_samples / "shotlist-en.csv").project
    with pytest.raises(OutputError, match=str(tmp_path / "nowhere" / "out.xlsx")):
        write_xlsx(project, tmp_path / "nowhere" / "out.xlsx")
