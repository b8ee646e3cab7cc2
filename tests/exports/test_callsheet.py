"""Call sheets read back from the PDF: every section in order, Chinese text, fonts, pages, DRAFT."""

from __future__ import annotations

import pytest
from pdf_reading import font_files, footers_are_right, page_texts
from pypdf import PdfReader

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import ExportCancelled, export

SECTIONS = ("CALL SHEET 通告单", "Times 时间", "Key contacts 主要联系人", "Locations 场地", "Weather 天气",
            "Schedule 拍摄安排", "Cast 演员", "Extras 群演", "Crew calls 部门集合", "Department notes 部门备注",
            "Advance schedule 下一拍摄日")


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


@pytest.fixture(scope="module")
def sheets(tmp_path_factory, demo):
    """The demo's call sheets, all days in one file."""
    path = tmp_path_factory.mktemp("callsheet") / "call-sheet.pdf"
    export("callsheet", demo, path, base=demo_project_path().parent)
    return path


def days_text(path) -> list[str]:
    """The text of each day: a day starts on the page carrying the sheet's title."""
    days: list[str] = []
    for text in page_texts(path):
        if "CALL SHEET" in text:
            days.append("")
        days[-1] += text + "\n"
    return days


def test_every_section_of_every_day_comes_in_the_order_of_the_spec(sheets):
    days = days_text(sheets)
    assert len(days) == 2
    for text in days:
        positions = [text.find(section) for section in SECTIONS]
        assert -1 not in positions, dict(zip(SECTIONS, positions, strict=True))
        assert positions == sorted(positions)


def test_header_names_production_episodes_date_day_and_version(sheets):
    first, second = days_text(sheets)
    assert "霓虹之下" in first and "2026-12-02" in first and "Day 1 of 2" in first and "v1" in first
    assert "EP1, EP2" in second and "Day 2 of 2" in second


def test_chinese_text_is_extractable_and_every_font_is_embedded(sheets):
    text = "".join(page_texts(sheets))
    assert "南星桥渡口" in text and "周一然" in text and "林晚" in text
    fonts = font_files(sheets)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_every_page_says_page_x_of_y(sheets):
    assert len(PdfReader(sheets).pages) >= 2
    assert footers_are_right(sheets)


def test_times_schedule_and_cast_follow_the_day_timeline(sheets):
    first = days_text(sheets)[0]
    assert "07:00" in first and "MEAL 用餐" in first and "COMPANY MOVE 转场" in first
    assert "4-02, 4-03" in first and "周一然" in first
    assert "Day 2 of 2 · 2026-12-03" in first


def test_hybrid_setups_list_what_the_ai_team_needs_captured(sheets):
    second = days_text(sheets)[1]
    needs = second[second.find("AI capture"):]
    for item in ("Green screen", "Tracking markers", "Clean plate", "Lighting reference", "HDRI",
                 "fg 4300 K / plate 4200 K"):
        assert item in needs


def test_a_day_marked_final_has_no_draft_watermark(tmp_path, demo):
    final = demo.model_copy(update={"days": [demo.days[0].model_copy(update={"final": True, "version": 3}),
                                             demo.days[1]]})
    export("callsheet", final, tmp_path / "final.pdf", day=1)
    export("callsheet", final, tmp_path / "draft.pdf", day=2)
    final_text, draft_text = "".join(page_texts(tmp_path / "final.pdf")), "".join(page_texts(tmp_path / "draft.pdf"))
    assert "DRAFT" not in final_text and "v3 · FINAL" in final_text
    assert draft_text.count("DRAFT") > len(PdfReader(tmp_path / "draft.pdf").pages)


def test_one_day_by_number_or_id_on_us_letter(tmp_path, demo):
    export("callsheet", demo, tmp_path / "day2.pdf", day="2", paper="letter")
    export("callsheet", demo, tmp_path / "by-id.pdf", day=demo.days[1].id)
    text = "".join(page_texts(tmp_path / "day2.pdf"))
    assert "Day 2 of 2" in text and "Day 1 of 2 ·" not in text
    box = PdfReader(tmp_path / "day2.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = PdfReader(tmp_path / "by-id.pdf").pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert "Day 2 of 2" in "".join(page_texts(tmp_path / "by-id.pdf"))


def test_a_day_that_does_not_exist_is_refused_and_nothing_is_written(tmp_path, demo):
    with pytest.raises(InputError, match="no shooting day 5"):
        export("callsheet", demo, tmp_path / "x.pdf", day=5)
    assert not (tmp_path / "x.pdf").exists()


def test_cancelling_leaves_the_previous_file_untouched(tmp_path, demo):
    path = tmp_path / "call-sheet.pdf"
    path.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        if done == 1:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export("callsheet", demo, path, progress=cancel)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["call-sheet.pdf"]


def test_a_project_without_days_still_gets_a_readable_sheet(tmp_path, demo):
    export("callsheet", demo.model_copy(update={"days": []}), tmp_path / "none.pdf")
    assert "no shooting days yet" in "".join(page_texts(tmp_path / "none.pdf"))
