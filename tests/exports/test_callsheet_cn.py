"""The 通告单 read back from the PDF: the default of a Chinese project, its header times, one row per
scene in shooting order, each actor's make-up and on-set times, one page per demo day, and long days
split over pages that each say their day."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from big_days import CAST, SETUPS, big_day_project
from callsheet_reading import day_pages, days_text
from pdf_reading import page_texts

from shotgraph.cli import main
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Episode, Language, Project, Scene, Setup, ShootingDay, Shot
from shotgraph.demo import demo_project_path
from shotgraph.exports import export
from shotgraph.exports.callsheet_clock import clock
from shotgraph.exports.callsheet_day import day_contexts
from shotgraph.exports.pdf.images import Thumbnails

SCENE_HEADER = "场次 景 地点 内容 演员（角色/演员） 群演 服化道 备注"
ACTOR_HEADER = "演员 角色 化妆 到场 接送 场次"


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


@pytest.fixture(scope="module")
def demo_day(demo):
    return day_contexts(demo, 1, Thumbnails(None), 500)[0]


@pytest.fixture(scope="module")
def demo_sheet(tmp_path_factory, demo):
    path = tmp_path_factory.mktemp("cn") / "day1.pdf"
    export("callsheet", demo, path, day=1)
    return " ".join(days_text(path)[0].split())


def test_a_chinese_project_prints_the_cn_sheet_unless_asked_for_the_international_one(tmp_path, demo):
    assert demo.language is Language.ZH
    export("callsheet", demo, tmp_path / "cn.pdf", day=1)
    export("callsheet", demo, tmp_path / "intl.pdf", day=1, style="intl")
    export("callsheet", demo.model_copy(update={"language": Language.EN}), tmp_path / "en.pdf", day=1)
    export("callsheet", demo.model_copy(update={"language": Language.EN}), tmp_path / "en-cn.pdf", day=1, style="cn")
    cn, intl, en, en_cn = (days_text(tmp_path / f"{name}.pdf")[0] for name in ("cn", "intl", "en", "en-cn"))
    assert "通告单" in cn and "演员通告" in cn and "CALL SHEET" not in cn
    assert "CALL SHEET" in intl and "演员通告" not in intl
    assert "CALL SHEET" in en and "演员通告" in en_cn


def test_an_unknown_style_is_refused_naming_the_accepted_ones(tmp_path, demo):
    with pytest.raises(InputError, match="cn, intl.*'fr'"):
        export("callsheet", demo, tmp_path / "x.pdf", style="fr")
    assert not (tmp_path / "x.pdf").exists()


def test_the_header_gives_day_date_version_call_place_shooting_call_and_wrap(demo_sheet, demo_day):
    timeline, date = demo_day.timeline, demo_day.day.date
    assert "霓虹之下 通告单 第1天/共2天 · 2026-12-02 周三 · 第1版 草稿 · 第1集" in demo_sheet
    header = demo_sheet[demo_sheet.index("集合时间"):demo_sheet.index("拍摄场次")]
    first = next(placed.start for placed in timeline.setups if placed.shots)
    assert "集合时间 集合地点 开机 用餐 预计收工 天气" in header
    assert header.index(clock(timeline.call, date)) < header.index(demo_day.locations[0].name) \
        < header.index(clock(first, date)) < header.index(clock(timeline.wrap, date))


def test_one_row_per_scene_in_shooting_order_with_setting_place_roles_and_looks(demo_sheet):
    scenes = demo_sheet[demo_sheet.index(SCENE_HEADER):demo_sheet.index("当日合计")]
    assert scenes.index("1-4 日外 南星桥渡口") < scenes.index("1-3 日内")
    assert scenes.count("1-4") == 1 and scenes.count("1-3 ") == 1
    assert "林晚/周一然" in scenes and "服：林晚 黑色风衣" in scenes and "道：渡船票" in scenes
    assert "转场" in scenes and "1镜虚实结合" in scenes


def test_each_actor_has_make_up_and_on_set_times_and_the_scenes_they_play(demo_sheet, demo_day):
    actors = demo_sheet[demo_sheet.index(ACTOR_HEADER):]
    date = demo_day.day.date
    for actor_id, times in demo_day.actors.items():
        person = demo_day.index.people[actor_id]
        characters = "、".join(c.name for c in demo_day.characters_of(actor_id))
        assert f"{person.name} {characters} {clock(times.call, date)} {clock(times.on_set, date)}" in actors
    assert "周一然 林晚" in actors and actors.split("周一然 林晚")[1].split("何建平")[0].rstrip().endswith("1-4、1-3")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_each_demo_day_is_one_page_numbered_in_its_day_and_marked_draft(tmp_path, demo, paper):
    path = tmp_path / "demo.pdf"
    export("callsheet", demo, path, paper=paper, style="cn")
    assert {day: len(pages) for day, pages in day_pages(path).items()} == {1: 1, 2: 1}
    assert all("第1天 第1/1页" in text or "第2天 第1/1页" in text for text in page_texts(path))
    assert all("DRAFT" in text for text in page_texts(path))


def test_a_final_day_carries_no_draft_watermark(tmp_path, demo):
    final = demo.model_copy(update={"days": [demo.days[0].model_copy(update={"final": True, "version": 3}),
                                             demo.days[1]]})
    export("callsheet", final, tmp_path / "final.pdf", day=1)
    text = "".join(page_texts(tmp_path / "final.pdf"))
    assert "DRAFT" not in text and "第3版 定稿" in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_day_of_150_setups_and_60_actors_splits_with_headers_repeated_on_pages_that_say_their_day(
        tmp_path, paper):
    path = tmp_path / "big.pdf"
    export("callsheet", big_day_project(), path, paper=paper, day=1)
    pages = day_pages(path)[1]
    assert len(pages) > 2
    for page in pages[1:]:
        assert "超长拍摄日 The Longest Day 通告单 · 第1天/共2天 · 2027-03-01 周一 · 第1版 草稿" in page
    flat = [" ".join(page.split()) for page in pages]
    for row, header in ((r"\d-\d 夜外", SCENE_HEADER), (r"演员\d+ 角色\d+ Role \d+ \d\d:\d\d", ACTOR_HEADER)):
        assert all(header in page for page in flat if re.search(row, page)), f"{header} on every page of its rows"
    text = "".join("".join(pages).split())
    assert f"{SETUPS}个机位" in text and f"等共{CAST}人（见演员通告）" in text
    assert all(f"演员{n}角色{n}Role{n}" in text for n in range(1, CAST + 1))


def test_a_wrap_after_midnight_is_marked_next_day(tmp_path):
    shots = [Shot(id=f"sh{k}", code=str(k + 1), scene_id="sc1", duration_s=10) for k in range(6)]
    project = Project(id="pr", title="夜渡",
                      episodes=[Episode(id="ep1", number=1, scenes=[Scene(id="sc1", code="1")], shots=shots)],
                      days=[ShootingDay(id="dy1", date=dt.date(2026, 12, 2), unit_call=dt.time(22, 0),
                                        setups=[Setup(id=f"su{k}", shot_ids=[f"sh{k}"]) for k in range(6)])])
    export("callsheet", project, tmp_path / "night.pdf")
    header = " ".join(days_text(tmp_path / "night.pdf")[0].split())
    header = header[header.index("集合时间"):header.index("拍摄场次")]
    assert "22:00" in header and "+1 次日" in header


def test_the_cli_style_option_picks_the_layout(capsys, tmp_path):
    intl, cn = tmp_path / "intl.pdf", tmp_path / "cn.pdf"
    source = str(demo_project_path())
    assert main(["export", "callsheet", source, "-o", str(intl), "--day", "1", "--style", "intl"]) == 0
    assert main(["export", "callsheet", source, "-o", str(cn), "--day", "1"]) == 0
    assert "CALL SHEET" in days_text(intl)[0] and "演员通告" in days_text(cn)[0]
    assert main(["export", "callsheet", source, "-o", str(tmp_path / "x.pdf"), "--style", "fr"]) == 2
    assert "--style" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_the_sheet_ends_with_the_key_contacts_and_the_walkie_channels_in_chinese(demo, demo_sheet):
    director = next(p for p in demo.people if p.role.startswith("导演"))
    contacts = demo_sheet[demo_sheet.index("导演 制片人 第一副导演 制片主任 对讲频道"):]
    assert director.name in contacts and director.phone in contacts
    assert "导演组 " in contacts and "Directing" not in contacts


def test_the_content_column_says_what_happens_not_the_heading_again(demo, demo_sheet):
    day = min(demo.days, key=lambda d: d.date)
    shots = {s.id: s for e in demo.episodes for s in e.shots}
    first = shots[day.setups[0].shot_ids[0]]
    assert first.description and first.description[:8] in demo_sheet
    assert "EXT. " not in demo_sheet and "INT. " not in demo_sheet
