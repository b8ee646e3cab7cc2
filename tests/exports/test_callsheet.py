"""Call sheets read back from the PDF: every section in order, Chinese text, fonts, pages per day, DRAFT,
scene and shot codes with their episode, totals, walkie channels, office and logo."""

from __future__ import annotations

import struct
import zlib

import pytest
from callsheet_reading import day_pages, days_text
from pdf_reading import font_files, page_texts
from PIL import Image
from pypdf import PdfReader

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Department
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
    export("callsheet", demo, path, base=demo_project_path().parent, style="intl")
    return path


def images(path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def joined(text: str) -> str:
    """The text without its spaces and line breaks: a cell may wrap anywhere."""
    return "".join(text.split())


def test_every_section_of_every_day_comes_in_the_order_of_the_spec(sheets):
    days = days_text(sheets)
    assert len(days) == 2
    for text in map(joined, days):
        found, at = [], 0
        for title in map(joined, SECTIONS):
            at = text.find(title, at)
            found.append(at)
        assert -1 not in found, dict(zip(SECTIONS, found, strict=True))


def test_header_names_production_episodes_date_day_and_version(sheets):
    first, second = days_text(sheets)
    assert "霓虹之下" in first and "2026-12-02 Wed 周三" in first and "Day 1 of 2" in first and "v1" in first
    assert "EP1, EP2" in second and "Day 2 of 2" in second and "DRAFT 草稿" in second


def test_chinese_text_is_extractable_and_every_font_is_embedded(sheets):
    text = "".join(page_texts(sheets))
    assert "南星桥渡口" in text and "周一然" in text and "林晚" in text
    fonts = font_files(sheets)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_pages_are_numbered_day_by_day(sheets):
    """"Day 2 · page 1 of 2": each day counts its own pages (day_pages checks every footer)."""
    assert sorted(day_pages(sheets)) == [1, 2]


def test_storyboard_frames_stay_off_the_call_sheet(sheets):
    assert images(sheets) == 0


def test_times_schedule_and_cast_follow_the_day_timeline(sheets):
    first, second = days_text(sheets)
    assert "07:00" in first and "COMPANY MOVE 转场" in first and "MEAL 用餐" in second
    assert "4-02, 4-03" in first and "周一然" in first
    assert "Day 2 of 2 · 2026-12-03" in first


def test_scenes_always_carry_their_episode(sheets):
    first, second = days_text(sheets)
    assert "07:30–07:58 1-4 4-02, 4-03 EXT DAY" in first and "09:22–09:47 1-3 3-02 INT DAY" in first
    assert "19:06–19:35 2-4 4-02, 4-03 INT DAWN" in second and "EP1 S4" not in first


def test_a_setup_across_episodes_writes_its_shot_codes_with_them(tmp_path, demo):
    """Episode 2's 4-02 and 4-03 filmed with episode 1's 4-02: the codes alone would repeat."""
    day = demo.days[1]
    setups = [s.model_copy(update={"shot_ids": [*s.shot_ids, "sh_e1_021"]}) if "sh_e2_017" in s.shot_ids else s
              for s in day.setups]
    mixed = demo.model_copy(update={"days": [demo.days[0], day.model_copy(update={"setups": setups})]})
    export("callsheet", mixed, tmp_path / "mixed.pdf", day=2, style="intl")
    text = joined(days_text(tmp_path / "mixed.pdf")[0])
    assert "2-4-02,2-4-03,1-4-02" in text and "2-4,1-4" in text


def test_the_day_totals_count_setups_scenes_shots_and_screen_time(sheets, demo):
    shots = {s.id: s for e in demo.episodes for s in e.shots}
    seconds = round(sum(shots[i].duration_s or 0 for s in demo.days[0].setups for i in s.shot_ids))
    first = days_text(sheets)[0]
    assert "7 setups 机位 · 2 scenes 场 · 9 shots 镜" in first
    assert f"screen time 成片时长 {seconds // 60} min {seconds % 60:02d} s" in first


def test_hybrid_setups_list_what_the_ai_team_needs_captured(sheets):
    second = days_text(sheets)[1]
    needs = second[second.find("AI capture"):]
    for item in ("Green screen", "Tracking markers", "Clean plate", "Lighting reference", "HDRI",
                 "fg 4300 K / plate 4200 K"):
        assert item in needs


def test_walkie_channels_production_office_and_logo_are_printed(tmp_path, demo):
    folder = tmp_path / "project"
    folder.mkdir()
    Image.new("RGBA", (400, 120), (0, 0, 0, 0)).save(folder / "logo.png")
    project = demo.model_copy(update={"logo": "logo.png", "production_office": "杭州市上城区复兴街1号 0571-8888 8888",
                                      "walkie_channels": {Department.CAMERA: "CH 3", Department.DIRECTING: "1"}})
    export("callsheet", project, tmp_path / "sheet.pdf", base=folder, day=1, style="intl")
    text = days_text(tmp_path / "sheet.pdf")[0]
    assert "Directing 导演组 1 · Camera 摄影组 CH 3" in text
    assert "Production office 制片办公室: 杭州市上城区复兴街1号 0571-8888 8888" in text
    assert images(tmp_path / "sheet.pdf") == 1


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG header claiming a picture of ``width`` × ``height`` pixels, with no pixels behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))


@pytest.mark.parametrize("logo", ["text", "bomb", "missing", "outside"])
def test_a_broken_or_hostile_logo_is_left_out_and_the_sheet_still_prints(tmp_path, demo, logo):
    folder = tmp_path / "project"
    folder.mkdir()
    if logo == "text":
        (folder / "logo.png").write_text("not a picture")
    elif logo == "bomb":
        (folder / "logo.png").write_bytes(_png_claiming(60_000, 60_000))
    elif logo == "outside":
        Image.new("RGB", (40, 40)).save(tmp_path / "elsewhere.png")
        (folder / "logo.png").symlink_to(tmp_path / "elsewhere.png")
    export("callsheet", demo.model_copy(update={"logo": "logo.png"}), tmp_path / "sheet.pdf", base=folder, day=1,
           style="intl")
    assert images(tmp_path / "sheet.pdf") == 0 and "CALL SHEET" in days_text(tmp_path / "sheet.pdf")[0]


def test_a_day_marked_final_has_no_draft_watermark(tmp_path, demo):
    final = demo.model_copy(update={"days": [demo.days[0].model_copy(update={"final": True, "version": 3}),
                                             demo.days[1]]})
    export("callsheet", final, tmp_path / "final.pdf", day=1, style="intl")
    export("callsheet", final, tmp_path / "draft.pdf", day=2, style="intl")
    final_text, draft_text = "".join(page_texts(tmp_path / "final.pdf")), "".join(page_texts(tmp_path / "draft.pdf"))
    assert "DRAFT" not in final_text and "v3 · FINAL" in final_text
    assert draft_text.count("DRAFT") > len(PdfReader(tmp_path / "draft.pdf").pages)


def test_one_day_by_number_or_id_on_us_letter(tmp_path, demo):
    export("callsheet", demo, tmp_path / "day2.pdf", day="2", paper="letter", style="intl")
    export("callsheet", demo, tmp_path / "by-id.pdf", day=demo.days[1].id, style="intl")
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
        export("callsheet", demo, path, progress=cancel, style="intl")
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["call-sheet.pdf"]


def test_a_project_without_days_still_gets_a_readable_sheet(tmp_path, demo):
    export("callsheet", demo.model_copy(update={"days": []}), tmp_path / "none.pdf", style="intl")
    assert "no shooting days yet" in "".join(page_texts(tmp_path / "none.pdf"))
