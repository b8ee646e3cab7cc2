"""Shot lists that open in Excel and WPS without running a formula, and read back as typed."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shotgraph.core.io.cells import FORMULA_STARTS, safe_cell, typed_text
from shotgraph.core.io.shotlist import read_shotlist, write_csv, write_xlsx
from shotgraph.core.io.shotlist.delimited import delimited_rows
from shotgraph.exports.tables import write_csv_rows

HOSTILE = ['=HYPERLINK("http://x.example","点我")', "=SUM(A1)", "+1+1", "-2+3", "@user", "\t x", "\r=1",
           "'=x", "''-3", "'@", "＝全角等号", "苏婉：-你回来了", "-", "'", "'plain", "普通文字 -"]
"""Texts a crew may type: formulas, signs, an apostrophe already in front, Chinese."""
TYPED = st.text(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "x", "苏", " ", "\n", '"', ","]), max_size=8)


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def column(rows: list[list[str]], name: str) -> list[str]:
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


def reimported(path: Path) -> list[list[str]]:
    return [cells for _, cells in delimited_rows(path, path.read_bytes())]


KEPT = [value for value in HOSTILE if value == value.strip()]
"""The hostile texts a shot-list cell keeps (import trims the spaces around every cell)."""


@pytest.fixture
def project(tmp_path):
    """A shot per kept hostile text, in its notes and in a column of the user's own."""
    source = tmp_path / "source.csv"
    source.write_text("shot,description\n" + "".join(f"{n},苏婉转身\n" for n in range(1, len(KEPT) + 1)),
                      encoding="utf-8")
    project = read_shotlist(source).project
    for shot, text in zip(project.episodes[0].shots, KEPT, strict=True):
        shot.notes = text
        shot.extra["Take Notes 备注"] = text
    return project


@settings(max_examples=300)
@given(TYPED)
def test_any_text_reads_back_as_typed_and_never_opens_as_a_formula(text):
    cell = safe_cell(text)
    assert typed_text(cell) == text
    assert cell == "-" or not cell.startswith(FORMULA_STARTS)


@settings(max_examples=60, deadline=None)
@given(st.lists(TYPED, min_size=1, max_size=4))
def test_csv_cells_written_then_read_by_the_shot_list_reader_are_what_was_written(texts):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.csv"
        write_csv_rows(path, ["a"] * len(texts), [texts])
        assert reimported(path)[1] == texts


def test_table_of_hostile_texts_round_trips_through_a_csv_file(tmp_path):
    write_csv_rows(tmp_path / "out.csv", ["text"], [[value] for value in HOSTILE])
    written = [row[0] for row in read_rows(tmp_path / "out.csv")[1:]]
    assert written[:7] == ["'" + value for value in HOSTILE[:7]]
    assert written[7:10] == ["''=x", "'''-3", "''@"]
    assert written[10:] == HOSTILE[10:]
    assert [row[0] for row in reimported(tmp_path / "out.csv")[1:]] == HOSTILE


def test_numbers_stay_numbers_in_a_csv(tmp_path):
    write_csv_rows(tmp_path / "out.csv", ["cost", "text"], [[-12.5, "-12.5"], [0, "0"]])
    assert read_rows(tmp_path / "out.csv")[1:] == [["-12.5", "'-12.5"], ["0", "0"]]


def test_shot_list_csv_opens_as_text_and_imports_as_typed(tmp_path, project):
    project.episodes[0].shots[0].ai.seed = -42
    write_csv(project, tmp_path / "out.csv", headers="zh")
    rows = read_rows(tmp_path / "out.csv")
    assert column(rows, "备注") == column(rows, "Take Notes 备注") == [safe_cell(value) for value in KEPT]
    assert column(rows, "备注")[:6] == ["'" + value for value in KEPT[:5]] + ["''=x"]
    assert column(rows, "种子")[0] == "-42"
    again = read_shotlist(tmp_path / "out.csv").project.episodes[0].shots
    assert [s.notes for s in again] == [s.extra["Take Notes 备注"] for s in again] == KEPT
    assert again[0].ai.seed == -42


def test_shot_list_workbook_stores_formula_text_as_text_unchanged(tmp_path, project):
    write_xlsx(project, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    header = [cell.value for cell in sheet[1]]
    notes = [sheet.cell(row, header.index("notes") + 1) for row in range(2, len(KEPT) + 2)]
    assert [cell.value for cell in notes] == KEPT
    assert all(cell.data_type == "s" for cell in notes)
    assert [cell.quotePrefix for cell in notes[:6]] == [True] * 5 + [False]
    again = read_shotlist(tmp_path / "out.xlsx").project.episodes[0].shots
    assert [s.notes for s in again] == [s.extra["Take Notes 备注"] for s in again] == KEPT


def test_an_apostrophe_before_a_formula_in_a_users_csv_is_dropped_on_import(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("shot,notes,description\n1,'=SUM(A1),'-\n2,'plain,'@林晚\n", encoding="utf-8")
    shots = read_shotlist(source).project.episodes[0].shots
    assert [(s.notes, s.description) for s in shots] == [("=SUM(A1)", "-"), ("'plain", "@林晚")]
