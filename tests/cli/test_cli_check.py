"""``shotgraph check`` as docs/findings.md gives it: the table, the JSON object, filters and exit statuses.

Where exact output matters the tests narrow to ``--rule graph``, so findings of other
rule families on the same shot lists do not change them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shotgraph.cli import main
from shotgraph.core.io.inputs import read_project_or_shotlist
from shotgraph.core.io.store import save_project
from shotgraph.core.model import Waiver
from shotgraph.core.rules import check_project
from shotgraph.core.text_width import display_width
from shotgraph.resources import resource

# Episode 1: hybrid shot 2 has no plate. Episode 2: shot 1 follows shot 3, a cycle of three.
SHOT_LIST = """episode,scene,shot,mode,size,after
1,1,1,live,WS,
1,1,2,hybrid,MS,
1,1,3,live,CU,
2,1,1,live,WS,3
2,1,2,live,MS,
2,1,3,live,CU,
"""

PLATE_FINDING = {
    "rule": "graph.plate", "severity": "error", "episode": 1, "scene": "1", "shots": ["2"],
    "message": "Hybrid shot 2 has no background plate",
    "hint": "Link the AI shot that supplies its plate, or name a plate asset", "waived": False,
}


@pytest.fixture
def shot_list(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(SHOT_LIST, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def check_json(capsys, *argv: str) -> tuple[int, dict]:
    status, out, _ = run(capsys, "check", *argv, "--json")
    return status, json.loads(out)


def test_json_object_has_exactly_file_summary_and_findings(capsys, shot_list):
    status, report = check_json(capsys, str(shot_list), "--rule", "graph.plate", "--rule", "graph.cycle")
    assert status == 1
    assert report == {
        "file": str(shot_list),
        "summary": {"error": 2, "warning": 0, "info": 0, "waived": 0},
        "findings": [PLATE_FINDING, {
            "rule": "graph.cycle", "severity": "error", "episode": 2, "scene": "1", "shots": ["1", "2", "3"],
            "message": "Shots 1, 2, 3 cut back into each other in a loop",
            "hint": "Remove one cut edge of the loop so the episode plays in one direction", "waived": False,
        }],
    }


def test_json_names_the_file_as_given(capsys, shot_list, monkeypatch):
    monkeypatch.chdir(shot_list.parent)
    _, report = check_json(capsys, "./list.csv", "--rule", "graph")
    assert report["file"] == "./list.csv"


def test_text_groups_findings_by_episode_and_ends_with_the_summary(capsys, shot_list):
    status, out, _ = run(capsys, "check", str(shot_list), "--rule", "graph")
    lines = out.splitlines()
    assert status == 1
    assert lines.index("Episode 1") < lines.index("Episode 2")
    plate = next(line for line in lines if "graph.plate" in line)
    assert plate.split()[:4] == ["error", "graph.plate", "1", "2"] and plate.endswith("no background plate")
    hint = lines[lines.index(plate) + 1]
    assert hint.lstrip().startswith("↳ Link the AI shot") and hint.startswith("    ")
    assert lines[-1] == "3 errors, 0 warnings, 0 info (0 waived)"
    assert all(len(line) <= 100 for line in lines)


def test_text_aligns_chinese_codes_by_terminal_cells(capsys, tmp_path):
    path = tmp_path / "zh.csv"
    path.write_text("episode,scene,shot,mode\n1,天台,甲1,live\n1,天台,甲2,hybrid\n1,2,3,hybrid\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", str(path), "--rule", "graph", "--lang", "zh")
    rows = [line for line in out.splitlines() if "graph.plate" in line]
    starts = {display_width(line[:line.index("混合镜头")]) for line in rows}
    assert len(rows) == 2 and len(starts) == 1
    assert display_width(rows[0][:rows[0].index("甲2")]) == display_width(rows[1][:rows[1].index(" 3 ") + 1])


def test_lang_zh_gives_chinese_messages(capsys, shot_list):
    _, report = check_json(capsys, str(shot_list), "--rule", "graph.plate", "--lang", "zh")
    assert report["findings"][0]["message"] == "混合镜头 2 没有背景板"
    _, out, _ = run(capsys, "check", str(shot_list), "--rule", "graph.plate", "--lang", "zh")
    assert "第 1 集" in out and "混合镜头 2 没有背景板" in out


def test_messages_follow_the_project_language(capsys, shot_list, tmp_path):
    project = read_project_or_shotlist(shot_list).model_copy(update={"language": "zh"})
    saved = tmp_path / "series.shotgraph"
    save_project(project, saved)
    _, report = check_json(capsys, str(saved), "--rule", "graph.plate")
    assert report["findings"][0]["message"] == "混合镜头 2 没有背景板"
    _, report = check_json(capsys, str(saved), "--rule", "graph.plate", "--lang", "en")
    assert report["findings"][0] == PLATE_FINDING


@pytest.mark.parametrize(("rules", "fail_on", "status"), [
    (["graph.plate"], "error", 1),
    (["graph.plate"], "never", 0),
    (["continuity.size-jump"], "error", 0),
    (["continuity.size-jump"], "warning", 0),
    (["continuity.size-jump"], "info", 1),
])
def test_fail_on_names_the_least_severity_that_fails(capsys, shot_list, rules, fail_on, status):
    argv = [arg for rule in rules for arg in ("--rule", rule)]
    assert run(capsys, "check", str(shot_list), *argv, "--fail-on", fail_on)[0] == status


def test_rule_prefix_matches_whole_dotted_parts(capsys, shot_list):
    _, report = check_json(capsys, str(shot_list), "--rule", "graph")
    assert {f["rule"] for f in report["findings"]} == {"graph.plate", "graph.cycle", "graph.start"}
    _, report = check_json(capsys, str(shot_list), "--rule", "graph.cycle")
    assert [f["rule"] for f in report["findings"]] == ["graph.cycle"]


@pytest.mark.parametrize("prefix", ["gra", "graph.cyc", "nothing.here"])
def test_rule_prefix_that_selects_no_rule_is_bad_input(capsys, shot_list, prefix):
    status, out, err = run(capsys, "check", str(shot_list), "--rule", prefix)
    assert status == 2 and out == "" and prefix in err and err.count("\n") == 1


def test_episode_narrows_findings_summary_and_status(capsys, shot_list):
    status, report = check_json(capsys, str(shot_list), "--rule", "graph", "--episode", "2")
    assert status == 1 and {f["episode"] for f in report["findings"]} == {2}
    assert report["summary"] == {"error": 2, "warning": 0, "info": 0, "waived": 0}


def test_episode_keeps_findings_across_episodes_that_involve_it(capsys, tmp_path):
    rows = ["episode,scene,shot,size,angle,movement"]
    pattern = ["WS,EYE,STATIC", "MS,EYE,PAN", "CU,LOW,STATIC", "MCU,HIGH,TILT", "FS,EYE,DOLLY_IN", "CU,EYE,STATIC"]
    rows += [f"{episode},1,{i},{cells}" for episode in (1, 2, 3) for i, cells in enumerate(pattern, 1)]
    path = tmp_path / "formula.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _, report = check_json(capsys, str(path), "--rule", "style.formula", "--episode", "2")
    assert [(f["rule"], f["episode"]) for f in report["findings"]] == [("style.formula", None)]
    _, out, _ = run(capsys, "check", str(path), "--rule", "style.formula")
    assert "Across episodes" in out.splitlines()


def test_episode_the_project_lacks_is_bad_input(capsys, shot_list):
    status, _, err = run(capsys, "check", str(shot_list), "--episode", "9")
    assert status == 2 and "list.csv" in err and "episode 9" in err


def test_waived_finding_counts_as_waived_and_does_not_fail(capsys, shot_list, tmp_path):
    project = read_project_or_shotlist(shot_list)
    plate = next(f for f in check_project(project) if f.rule == "graph.plate")
    project.waivers.append(Waiver(id="wv_plate", rule=plate.rule, fingerprint=plate.fingerprint,
                                  shots=list(plate.codes), note="plate comes from the stock library"))
    saved = tmp_path / "series.shotgraph"
    save_project(project, saved)
    status, report = check_json(capsys, str(saved), "--rule", "graph.plate", "--lang", "en")
    assert status == 0
    assert report["summary"] == {"error": 0, "warning": 0, "info": 0, "waived": 1}
    assert report["findings"] == [{**PLATE_FINDING, "waived": True}]
    status, out, _ = run(capsys, "check", str(saved), "--rule", "graph.plate", "--lang", "en")
    assert status == 0 and "[waived] Hybrid shot 2" in out
    assert out.splitlines()[-1] == "0 errors, 0 warnings, 0 info (1 waived)"


def test_no_findings_prints_the_summary_and_an_empty_list(capsys, tmp_path):
    path = tmp_path / "clean.csv"
    path.write_text("shot,size\n1,WS\n", encoding="utf-8")
    status, report = check_json(capsys, str(path), "--rule", "graph")
    assert status == 0 and report["findings"] == [] and sum(report["summary"].values()) == 0
    status, out, _ = run(capsys, "check", str(path), "--rule", "graph")
    assert out.splitlines() == ["No findings.", "", "0 errors, 0 warnings, 0 info (0 waived)"]


def test_check_runs_on_the_bundled_demo(capsys):
    demo = resource("samples", "demo", "demo.shotgraph")
    status, report = check_json(capsys, str(demo))
    counted = sum(report["summary"].values())
    assert status in (0, 1) and counted == len(report["findings"])
    status, out, _ = run(capsys, "check", str(demo))
    assert out.splitlines()[-1].endswith("waived)")


@pytest.mark.parametrize(("name", "content", "needle"), [
    ("missing.csv", None, "missing.csv"),
    ("broken.shotgraph", b"\x89PNG\r\n\x1a\n", "broken.shotgraph"),
    ("list.csv", b"shot,size\n1,HUGE\n", "HUGE"),
    ("notes.docx", b"PK", "notes.docx"),
])
def test_bad_input_is_one_message_and_exit_2(capsys, tmp_path, name, content, needle):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, out, err = run(capsys, "check", str(path))
    assert status == 2 and out == "" and needle in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_sheet_applies_only_to_workbooks(capsys, shot_list):
    status, _, err = run(capsys, "check", str(shot_list), "--sheet", "Sheet1")
    assert status == 2 and "--sheet" in err


def test_main_help_lists_check(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0 and "check" in out and "shot list" in out


def test_json_is_utf8_whatever_the_locale(shot_list):
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    done = subprocess.run([sys.executable, "-m", "shotgraph", "check", str(shot_list), "--json",
                           "--rule", "graph.plate", "--lang", "zh"], capture_output=True, env=env, check=False)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["findings"][0]["message"] == "混合镜头 2 没有背景板"


def test_check_reads_the_named_sheet_of_a_workbook(capsys, shot_list, tmp_path):
    workbook = tmp_path / "list.xlsx"
    assert run(capsys, "export", "xlsx", str(shot_list), "-o", str(workbook))[0] == 0
    status, report = check_json(capsys, str(workbook), "--sheet", "Shot list", "--rule", "graph.plate")
    assert status == 1 and report["findings"] == [PLATE_FINDING]
    status, _, err = run(capsys, "check", str(workbook), "--sheet", "第3集")
    assert status == 2 and "第3集" in err


def test_check_of_a_csv_loads_neither_qt_nor_openpyxl(shot_list):
    code = ("import sys; from shotgraph.cli import main; main(['check', sys.argv[1], '--json']); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'openpyxl', 'reportlab'}))")
    done = subprocess.run([sys.executable, "-c", code, str(shot_list)], capture_output=True, text=True, check=False)
    assert done.stdout.splitlines()[-1] == "[]", done.stderr
