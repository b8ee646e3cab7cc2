"""``shotgraph schedule``: the planned days as a table or JSON, saved only with --write, clear errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shotgraph.cli import main
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode
from shotgraph.core.text_width import display_width
from shotgraph.demo import demo_project_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "演示.shotgraph"
    shutil.copyfile(demo_project_path(), path)
    return path


def _unscheduled(path: Path) -> int:
    project = load_project(path)
    placed = {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    return sum(s.mode is not Mode.AI and s.id not in placed for e in project.episodes for s in e.shots)


def test_schedule_prints_each_planned_day_and_leaves_the_file_alone(capsys, demo: Path):
    before = demo.read_bytes()
    status, out, err = run(capsys, "schedule", str(demo))
    assert (status, err) == (0, "")
    assert "Day 3 of 3 · 2026-12-04" in out and "of 12 h maximum" in out
    assert "南星桥渡口" in out and "cast: 周一然" in out
    assert demo.read_bytes() == before


def test_schedule_columns_line_up_with_chinese_text(capsys, demo: Path):
    _, out, _ = run(capsys, "schedule", str(demo))
    lines = out.splitlines()
    header = next(k for k, line in enumerate(lines) if line.lstrip().startswith("TIME"))
    setup_column = lines[header].index("SETUP")
    rows = []
    for line in lines[header + 1:]:
        if not line or line.startswith("  cast:"):
            break
        rows.append(line)
    assert rows
    for row in rows:
        label_start = display_width(row) - display_width(row.rstrip().split("  ")[-1].strip())
        assert label_start == setup_column


def test_write_saves_the_planned_days_into_the_project(capsys, demo: Path):
    assert _unscheduled(demo) > 0
    status, _, _ = run(capsys, "schedule", str(demo), "--write")
    assert status == 0
    assert _unscheduled(demo) == 0
    assert len(load_project(demo).days) == 3
    status, out, _ = run(capsys, "schedule", str(demo))
    assert status == 0 and out.startswith("Nothing to plan")


def test_json_lists_the_days_with_setups_and_cast(capsys, demo: Path):
    status, out, _ = run(capsys, "schedule", str(demo), "--json")
    data = json.loads(out)
    assert status == 0 and data["written"] is False
    day = data["days"][0]
    assert day["date"] == "2026-12-04" and day["max_minutes"] == 720
    assert {"start", "scenes", "shots", "int_ext", "day_night", "minutes", "cast"} <= set(day["setups"][0])
    assert day["cast"][0]["name"]


def test_write_refuses_a_shot_list(capsys, tmp_path: Path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("scene,shot,description\n1,1,雨中\n", encoding="utf-8")
    status, _, err = run(capsys, "schedule", str(sheet), "--write")
    assert status == 2 and "list.csv" in err and ".shotgraph" in err
    assert sheet.read_text(encoding="utf-8").startswith("scene,shot")


def test_a_missing_or_broken_file_is_bad_input(capsys, tmp_path: Path):
    status, _, err = run(capsys, "schedule", str(tmp_path / "none.shotgraph"))
    assert status == 2 and "none.shotgraph" in err
    broken = tmp_path / "broken.shotgraph"
    broken.write_text("{not json", encoding="utf-8")
    status, _, err = run(capsys, "schedule", str(broken), "--write")
    assert status == 2 and "broken.shotgraph" in err and "Traceback" not in err
    assert broken.read_text(encoding="utf-8") == "{not json"


def test_a_write_that_fails_exits_3_and_keeps_the_file(capsys, demo: Path, monkeypatch):
    before = demo.read_bytes()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(demo))

    monkeypatch.setattr("shotgraph.core.io.atomic.os.replace", refuse)
    status, _, err = run(capsys, "schedule", str(demo), "--write")
    assert status == 3 and demo.name in err and "Permission denied" in err
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]
