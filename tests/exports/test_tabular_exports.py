"""AI jobs, the budget report and the calendar, read back as a tool would (the disclosure manifest:
test_disclosure_manifest.py)."""

from __future__ import annotations

import csv
import json

import pytest
from icalendar import Calendar

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_ai_jobs_list_every_ai_shot_and_each_unplated_hybrid(tmp_path, demo):
    export("ai-jobs", demo, tmp_path / "jobs.json")
    jobs = json.loads((tmp_path / "jobs.json").read_text(encoding="utf-8"))["jobs"]
    ai_shots = [(e.number, s.code) for e in demo.episodes for s in e.shots if s.mode is Mode.AI]
    assert sorted((j["episode"], j["shot"]) for j in jobs if j["job"] == "shot") == sorted(ai_shots)
    first = next(j for j in jobs if j["job"] == "shot")
    shot = next(s for s in demo.episodes[0].shots if s.code == first["shot"])
    assert (first["prompt"], first["model"], first["seed"]) == (shot.ai.prompt, shot.ai.model, shot.ai.seed)
    assert first["aspect"] == "9:16" and first["take_budget"] >= 3


def test_ai_jobs_csv_has_the_same_jobs_with_chinese_intact(tmp_path, demo):
    export("ai-jobs", demo, tmp_path / "jobs.json")
    export("ai-jobs", demo, tmp_path / "jobs.csv")
    from_json = json.loads((tmp_path / "jobs.json").read_text(encoding="utf-8"))["jobs"]
    rows = read_csv(tmp_path / "jobs.csv")
    assert [r["shot"] for r in rows] == [j["shot"] for j in from_json]
    assert rows[0]["prompt"] == from_json[0]["prompt"] and "竖屏" in rows[0]["prompt"]


def test_budget_report_has_a_row_per_episode_and_totals_that_add_up(tmp_path, demo):
    export("budget", demo, tmp_path / "budget.csv")
    rows = read_csv(tmp_path / "budget.csv")
    assert [r["episode"] for r in rows] == ["1", "2", "all"]
    for row in rows:
        parts = sum(float(row[f"{mode}_cost"]) for mode in ("live", "ai", "hybrid"))
        assert float(row["total"]) == pytest.approx(parts, abs=0.05)
    assert int(rows[0]["live_shots"]) == sum(1 for s in demo.episodes[0].shots if s.mode is Mode.LIVE)
    assert float(rows[0]["if_all_ai"]) < float(rows[0]["total"]) < float(rows[0]["if_all_hybrid"])


def test_calendar_has_one_event_per_shooting_day_from_call_to_wrap(tmp_path, demo):
    export("ics", demo, tmp_path / "days.ics")
    calendar = Calendar.from_ical((tmp_path / "days.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(demo.days)
    first, day = events[0], sorted(demo.days, key=lambda d: d.date)[0]
    start = first.decoded("dtstart")
    assert (start.date(), start.time()) == (day.date, day.unit_call)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert first.decoded("dtend") > start
    assert "拍摄第1天（共2天）" in str(first["summary"]) and "4-02" in str(first["description"])


def test_calendar_of_titles_with_control_characters_reads_back(tmp_path):
    project = load_project(demo_project_path())
    control = "\x00\x07\x1b\n\r\x7f"
    project.title = f"霓虹{control}之下"
    for location in project.locations:
        location.name = f"{location.name}{control}"
    for day in project.days:
        day.notes = f"早{control}晚"
    export("ics", project, tmp_path / "days.ics")
    data = (tmp_path / "days.ics").read_bytes()
    assert not [byte for byte in data if byte < 0x20 and byte not in b"\t\r\n" or byte == 0x7F]
    calendar = Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "霓虹 之下 · 拍摄日程"
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(project.days)
    assert str(events[0]["summary"]).startswith("霓虹 之下 · 拍摄第1天")
    assert str(events[0]["description"]).endswith("早\n\n晚")
    assert "\n" not in str(events[0]["location"])
