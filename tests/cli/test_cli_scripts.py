"""`shotgraph import SCRIPT` and `shotgraph check SCRIPT`."""

from __future__ import annotations

import json
from pathlib import Path

from shotgraph.cli import main
from shotgraph.core.io.store import load_project

SCRIPTS = Path(__file__).resolve().parents[1] / "data" / "scripts"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_a_chinese_script_makes_a_project(capsys, tmp_path):
    out = tmp_path / "契约.shotgraph"
    status, printed, _ = run(capsys, "import", str(SCRIPTS / "契约.txt"), "-o", str(out))
    project = load_project(out)
    assert status == 0 and "15 shots in 2 episode(s)" in printed
    assert project.title == "霸总的契约" and len(project.episodes[0].scenes) == 3


def test_import_a_fountain_script_reports_nothing_unread(capsys, tmp_path):
    out = tmp_path / "ferry.shotgraph"
    status, _, err = run(capsys, "import", str(SCRIPTS / "last-ferry.fountain"), "-o", str(out))
    assert (status, err) == (0, "") and len(load_project(out).episodes) == 2


def test_unread_lines_are_listed_with_their_line_numbers(capsys, tmp_path):
    script = tmp_path / "stray.txt"
    script.write_text("开拍前请确认道具。\n1-1 日 内 客厅\n△甲进门。\n", encoding="utf-8")
    status, _, err = run(capsys, "import", str(script), "-o", str(tmp_path / "p.shotgraph"))
    assert status == 0 and "line 1: outside any scene: 开拍前请确认道具。 (kept as a scene note)" in err


def test_check_reads_a_script(capsys):
    status, printed, _ = run(capsys, "check", str(SCRIPTS / "契约.txt"), "--json", "--fail-on", "never")
    report = json.loads(printed)
    assert status == 0 and report["file"].endswith("契约.txt") and "summary" in report


def test_a_script_without_structure_is_bad_input_and_nothing_is_written(capsys, tmp_path):
    script = tmp_path / "notes.txt"
    script.write_text("买菜\n打电话\n", encoding="utf-8")
    out = tmp_path / "p.shotgraph"
    status, _, err = run(capsys, "import", str(script), "-o", str(out))
    assert status == 2 and "notes.txt" in err and "no scene headings" in err and not out.exists()
