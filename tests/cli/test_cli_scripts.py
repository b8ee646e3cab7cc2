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


UNKNOWN_LAYOUT = "Draft two\nScene 1: office, day\nJOHN: Morning.\nShe sits.\n\nScene 2: home - night\nHe sleeps.\n"


def test_a_script_without_known_headings_names_its_first_lines_and_the_layouts_known(capsys, tmp_path):
    script = tmp_path / "草稿.txt"
    script.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    out = tmp_path / "p.shotgraph"
    for argv in (["import", str(script), "-o", str(out)], ["check", str(script)]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and err.count("\n") == 1 and "草稿.txt: no scene headings found" in err
        assert "line 1 “Draft two”, line 2 “Scene 1: office, day”" in err
        assert "INT. PLACE - DAY" in err and "第1集" in err and "--scene-heading" in err
    assert not out.exists()


def test_scene_heading_teaches_the_layout_from_one_line(capsys, tmp_path):
    script = tmp_path / "draft.txt"
    script.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    out = tmp_path / "p.shotgraph"
    status, printed, err = run(capsys, "import", str(script), "-o", str(out), "--scene-heading", "Scene 1: office, day")
    scenes = load_project(out).episodes[0].scenes
    assert status == 0 and "3 shots in 1 episode(s)" in printed
    assert [scene.code for scene in scenes] == ["1", "2"]
    assert "line 1: outside any scene: Draft two (kept as a scene note)" in err


def test_scene_heading_reads_a_script_whose_first_line_looks_like_a_shot_list_header(capsys, tmp_path):
    script = tmp_path / "draft.txt"
    script.write_text(UNKNOWN_LAYOUT.removeprefix("Draft two\n"), encoding="utf-8")
    out = tmp_path / "p.shotgraph"
    status, _, _ = run(capsys, "import", str(script), "-o", str(out), "--scene-heading", "Scene 9: x")
    assert status == 0 and len(load_project(out).episodes[0].scenes) == 2


def test_a_scene_heading_that_cannot_teach_a_layout_is_bad_input(capsys, tmp_path):
    script = tmp_path / "draft.txt"
    script.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    out = tmp_path / "p.shotgraph"
    for example, message in (("  ", "--scene-heading: the example scene heading is empty"),
                             ("x" * 201, "--scene-heading: the example line is 201 characters long"),
                             ("第1集", "no line reads as a scene heading laid out like “第1集”")):
        status, _, err = run(capsys, "import", str(script), "-o", str(out), "--scene-heading", example)
        assert status == 2 and message in err
    status, _, err = run(capsys, "import", str(SCRIPTS.parent / "shotlists" / "shotlist-zh-gbk.csv"), "-o", str(out),
                         "--scene-heading", "Scene 1: office")
    assert status == 2 and "--scene-heading applies only to scripts" in err
    assert not out.exists()
