"""The call sheet fits whatever the day holds: a page for a demo day, and for days no crew should get
(150 setups, a 120-shot setup, 60 actors, 200 extras; every day of the 6,000-shot series) long tables
split over pages with their headers repeated, every page saying its day, never a layout error."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from big_days import CAST, EXTRAS, LONGEST_SETUP, SETUPS, big_day_project
from callsheet_reading import day_pages

from benchmarks.series import make_series
from shotgraph.core.io.store import load_project
from shotgraph.core.planning.scheduler import apply_plan
from shotgraph.demo import demo_project_path
from shotgraph.exports import export

SCHEDULE_HEADER = "Time 时间 Scene 场 Shots 镜号"


@pytest.fixture(scope="module")
def big_day():
    return big_day_project()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_each_demo_day_is_one_page(tmp_path, paper):
    path = tmp_path / "demo.pdf"
    export("callsheet", load_project(demo_project_path()), path, paper=paper, style="intl")
    assert {day: len(pages) for day, pages in day_pages(path).items()} == {1: 1, 2: 1}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_day_of_150_setups_60_actors_and_200_extras_prints_on_pages_that_each_say_their_day(
        tmp_path, big_day, paper):
    path = tmp_path / "big.pdf"
    export("callsheet", big_day, path, paper=paper, day=1, style="intl")
    pages = day_pages(path)[1]
    assert len(pages) > 2
    for page in pages[1:]:
        assert "超长拍摄日 The Longest Day — CALL SHEET 通告单 · Day 1 of 2 · 2027-03-01 Mon 周一" in page
    schedule = [page for page in pages if re.search(r"\n\d\d:\d\d–\d\d:\d\d", page)]
    assert len(schedule) > 2 and all(SCHEDULE_HEADER in page for page in schedule), "header on every page"
    text = "\n".join(pages)
    assert f"{SETUPS} setups 机位" in text and all(f"演员{n} " in text for n in range(1, CAST + 1))
    assert f" {EXTRAS} " in text


def test_every_shot_of_a_120_shot_setup_is_listed_and_no_row_outgrows_a_page(tmp_path, big_day):
    """Its row shows the start of the list and the count; the row under it lists every code."""
    path = tmp_path / "big.pdf"
    export("callsheet", big_day, path, day=1, style="intl")
    text = "\n".join(day_pages(path)[1])
    assert f"({LONGEST_SETUP})" in text
    listed = text[text.index(f"Shots 镜号 ({LONGEST_SETUP}):"):text.index("AI capture")]
    codes = set(re.findall(r"\d+", listed.split(":", 1)[1]))
    assert {str(n) for n in range(1, 2 * LONGEST_SETUP, 2)} <= codes


def test_every_day_of_the_planned_6000_shot_series_prints_in_one_or_two_pages(tmp_path):
    """The planner builds setups of up to 109 shots across many episodes; each day stays a page or two."""
    series, _ = apply_plan(make_series(), start=dt.date(2027, 3, 1))
    path = tmp_path / "series.pdf"
    export("callsheet", series, path, style="intl")
    pages = day_pages(path)
    assert sorted(pages) == list(range(1, len(series.days) + 1)) and len(pages) > 50
    assert max(len(day) for day in pages.values()) <= 2
