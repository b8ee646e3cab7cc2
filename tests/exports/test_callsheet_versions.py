"""Call-sheet versions as a 1st AD issues them: draft, final, then a revised sheet that says what
changed since the last final one (times, setups, cast), in both styles and in the workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from callsheet_reading import days_text
from openpyxl import load_workbook

from shotgraph.core.io.store import dumps_project, load_project, loads_project
from shotgraph.core.model import Project, ShootingDay
from shotgraph.demo import demo_project_path
from shotgraph.exports import export
from shotgraph.exports.callsheet_formats import write_callsheets
from shotgraph.exports.callsheet_issue import day_context, marking_final, sheet_status


@pytest.fixture
def demo() -> Project:
    return load_project(demo_project_path())


def first_day(project: Project) -> ShootingDay:
    return min(project.days, key=lambda day: day.date)


def mark_final(project: Project) -> None:
    day = first_day(project)
    for name, value in marking_final(project, day).items():
        setattr(day, name, value)


def sheet_text(project: Project, folder, style: str = "intl") -> str:
    path = folder / f"sheet-{style}.pdf"
    export("callsheet", project, path, day=1, style=style)
    return "".join(days_text(path)[0].split())


def test_a_day_never_marked_final_is_the_first_draft_with_no_changes_box(demo, tmp_path):
    text = sheet_text(demo, tmp_path)
    assert "v1·DRAFT草稿" in text and "Changedsince" not in text


def test_marking_final_keeps_the_first_version_and_drops_the_watermark(demo, tmp_path):
    mark_final(demo)
    day = first_day(demo)
    assert day.final and day.version == 1 and day.issued is not None
    text = sheet_text(demo, tmp_path)
    assert "v1·FINAL定稿" in text and "DRAFT" not in text and "Changedsince" not in text


def test_a_change_after_final_prints_the_next_draft_with_what_changed(demo, tmp_path):
    mark_final(demo)
    day = first_day(demo)
    call = day.unit_call
    day.unit_call = dt.time(call.hour - 1, call.minute)
    status = sheet_status(day_context(demo, day))
    assert (status.version, status.final, status.since) == (2, False, 1)
    whats = [change.what for change in status.changes]
    assert whats[0] == "General crew call 全体集合"
    assert status.changes[0].was == f"{call:%H:%M}"
    assert status.changes[0].now == f"{call.hour - 1:02d}:{call.minute:02d}"
    assert any(what.startswith("Setup 机位") for what in whats)
    assert any(what.startswith("Cast 演员") for what in whats)
    text = sheet_text(demo, tmp_path)
    assert "v2·DRAFT草稿" in text and "Changedsincev1final" in text and "Generalcrewcall全体集合" in text


def test_marking_final_again_bumps_the_version_and_still_lists_what_changed_since_the_last(demo, tmp_path):
    mark_final(demo)
    day = first_day(demo)
    removed = day.setups.pop()
    mark_final(demo)
    assert day.version == 2 and day.issued_before is not None
    status = sheet_status(day_context(demo, day))
    assert status.final and status.since == 1
    assert [change.now for change in status.changes if change.what.startswith("Setup 机位")] == ["removed 取消"]
    text = sheet_text(demo, tmp_path)
    assert "v2·FINAL定稿" in text and "Changedsincev1final" in text and "removed取消" in text
    assert removed.id not in day.issued.setups


def test_marking_final_with_nothing_changed_keeps_the_version(demo):
    mark_final(demo)
    first_day(demo).final = False
    assert marking_final(demo, first_day(demo)) == {"final": True}


def test_a_new_actor_for_a_role_is_a_cast_change(demo):
    mark_final(demo)
    day = first_day(demo)
    called = {c for shot in day_context(demo, day).timeline.shots for c in day_context(demo, day).index.called(shot)}
    character = next(c for c in demo.characters if c.id in called and c.actor_id)
    character.actor_id = None
    status = sheet_status(day_context(demo, day))
    cast = [change for change in status.changes if change.what.startswith("Cast 演员")]
    assert any("NOT CAST 未定演员" in change.what and change.was == "—" for change in cast)
    assert any(change.now == "removed 取消" for change in cast)


def test_the_chinese_sheet_and_the_workbook_carry_the_version_and_the_changes(demo, tmp_path):
    mark_final(demo)
    first_day(demo).weather = "雨"
    first_day(demo).setups.pop()
    text = sheet_text(demo, tmp_path, style="cn")
    assert "第2版草稿" in text and "变更（自第1版定稿）" in text
    write_callsheets(demo, tmp_path / "sheets.xlsx", file_format="xlsx", day=1)
    cells = [str(c) for row in load_workbook(tmp_path / "sheets.xlsx").worksheets[0].iter_rows(values_only=True)
             for c in row if c]
    assert "v2 · DRAFT 草稿" in cells and "removed 取消" in cells


def test_the_issued_sheet_survives_saving_and_opening(demo):
    mark_final(demo)
    day = first_day(demo)
    day.unit_call = dt.time(5, 0)
    reopened = loads_project(dumps_project(demo))
    status = sheet_status(day_context(reopened, first_day(reopened)))
    assert (status.version, status.final) == (2, False) and status.changes
