"""Call sheets as PNG pages (one per page of the PDF, sharp on a phone) and as an XLSX workbook
(one sheet a day, the PDF's sections), read back."""

from __future__ import annotations

import io

import pytest
from big_days import big_day_project
from callsheet_reading import day_pages
from openpyxl import load_workbook
from PIL import Image

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Department, Person
from shotgraph.demo import demo_project_path
from shotgraph.exports import ExportCancelled, export
from shotgraph.exports.callsheet_formats import existing_pages, page_path, write_callsheets


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def png_size(path) -> tuple[int, int]:
    with Image.open(io.BytesIO(path.read_bytes()), formats=["PNG"]) as image:
        image.load()
        return image.size


def test_each_page_of_each_day_becomes_one_png_named_after_the_output(tmp_path):
    project = big_day_project()
    pdf = tmp_path / "sheet.pdf"
    export("callsheet", project, pdf)
    pages = day_pages(pdf)
    written = write_callsheets(project, tmp_path / "sheet.png", file_format="png")
    expected = [page_path(tmp_path / "sheet.png", day, page) for day in sorted(pages)
                for page in range(1, len(pages[day]) + 1)]
    assert written == expected and sum(len(p) for p in pages.values()) > len(pages)
    assert written[0].name == "sheet-day-01-p1.png"
    assert existing_pages(tmp_path / "sheet.png") == sorted(expected)
    assert {png_size(path) for path in written} == {(1241, 1754)}
    assert not (tmp_path / "sheet.png").exists()


def test_png_pages_of_one_day_on_letter_paper(tmp_path, demo):
    written = write_callsheets(demo, tmp_path / "call-sheet.png", file_format="png", day=2, paper="letter",
                               base=demo_project_path().parent)
    assert [path.name for path in written] == ["call-sheet-day-02-p1.png"]
    assert png_size(written[0])[0] >= 1240


def test_a_cancelled_png_export_leaves_no_file(tmp_path, demo):
    def progress(done: int, total: int) -> None:
        if done == 1:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        write_callsheets(demo, tmp_path / "call-sheet.png", file_format="png", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_png_page_removes_those_already_written(tmp_path, demo, monkeypatch):
    from shotgraph.core.io import atomic

    real, calls = atomic.atomic_write, []

    def failing(target, data):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(target, data)

    monkeypatch.setattr(atomic, "atomic_write", failing)
    with pytest.raises(OSError):
        write_callsheets(demo, tmp_path / "call-sheet.png", file_format="png")
    assert list(tmp_path.iterdir()) == []


def sheet_rows(path, name: str) -> list[list[object]]:
    sheet = load_workbook(path)[name]
    return [[value for value in row if value is not None] for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_has_a_sheet_a_day_laid_out_as_the_pdf(tmp_path, demo):
    path = tmp_path / "call-sheet.xlsx"
    assert write_callsheets(demo, path, file_format="xlsx") == [path]
    assert load_workbook(path).sheetnames == ["Day 1 12-02", "Day 2 12-03"]
    rows = sheet_rows(path, "Day 2 12-03")
    firsts = [row[0] if row else "" for row in rows]
    assert rows[0] == ["霓虹之下 — CALL SHEET 通告单"]
    assert rows[1][:3] == ["Day 2 of 2 · 第2天/共2天", "Date 日期", "2026-12-03 Thu 周四"]
    titles = ["Times 时间", "Key contacts 主要联系人", "Locations 场地", "Schedule 拍摄安排", "Cast 演员",
              "Extras 群演", "Crew calls 部门集合"]
    assert [firsts.index(title) for title in titles] == sorted(firsts.index(title) for title in titles)
    times = rows[firsts.index("Times 时间") + 2]
    assert times[0] == "16:30" and times[-1] == "00:50 +1 次日"
    schedule = rows[firsts.index("Schedule 拍摄安排") + 1]
    assert schedule[:4] == ["Time 时间", "Scene 场", "Shots 镜号", "I/E 内外"] and schedule[-1] == "Mode 方式"
    first_setup = rows[firsts.index("Schedule 拍摄安排") + 2]
    assert first_setup[:5] == ["17:00–17:24", "1-2", "2-01", "INT", "NIGHT"] and first_setup[-1] == "LIVE"
    assert isinstance(first_setup[-2], int)
    cast_header = firsts.index("ID 编号")
    assert rows[cast_header][3:] == ["Pick-up 接送", "Hair/MU 化妆", "Wardrobe 服装", "On set 到场", "Release 收工"]
    lin = next(row for row in rows[cast_header:] if "林晚" in row)
    assert lin[0] == "1" and all(":" in time for time in lin[3:])


def test_one_day_in_the_workbook_and_a_missing_day_refused(tmp_path, demo):
    path = tmp_path / "day1.xlsx"
    write_callsheets(demo, path, file_format="xlsx", day=1)
    assert load_workbook(path).sheetnames == ["Day 1 12-02"]
    with pytest.raises(InputError, match="no shooting day 9"):
        write_callsheets(demo, tmp_path / "day9.xlsx", file_format="xlsx", day=9)
    assert not (tmp_path / "day9.xlsx").exists()


def test_text_that_looks_like_a_formula_stays_text(tmp_path, demo):
    project = demo.model_copy(deep=True)
    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"]
    project.people += [Person(id=f"p-hostile-{k}", name=text, role=text, department=Department.PROPS, phone=text)
                       for k, text in enumerate(hostile)]
    path = tmp_path / "call-sheet.xlsx"
    write_callsheets(project, path, file_format="xlsx", day=1)
    sheet = load_workbook(path)["Day 1 12-02"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value in hostile]
    assert len(cells) == 3 * len(hostile) and {cell.data_type for cell in cells} == {"s"}
    assert {cell.quotePrefix for cell in cells} == {True}


def test_an_unknown_format_is_refused(tmp_path, demo):
    with pytest.raises(InputError, match="pdf, png, xlsx"):
        write_callsheets(demo, tmp_path / "call-sheet.doc", file_format="doc")
