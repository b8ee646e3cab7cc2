"""The command line as crews and CI use it: outputs, exit statuses, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shotgraph import __version__
from shotgraph.cli import main
from shotgraph.core.io.store import load_project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version_is_printed(capsys):
    status, out, _ = run(capsys, "--version")
    assert (status, out.strip()) == (0, f"shotgraph {__version__}")


def test_module_entry_point_runs_without_a_display():
    result = subprocess.run([sys.executable, "-m", "shotgraph", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and __version__ in result.stdout


def test_unknown_option_is_bad_input(capsys):
    status, _, err = run(capsys, "export", "pdf-of-everything", "x.shotgraph", "-o", "y")
    assert status == 2 and "invalid choice" in err


def test_editor_without_display_explains_the_command_line(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    status, _, err = run(capsys)
    assert status == 3
    assert "no display" in err and "shotgraph demo -o" in err


def test_schema_prints_the_project_json_schema(capsys):
    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0 and schema["title"] == "Project" and "episodes" in schema["properties"]


def test_import_gbk_shot_list_makes_a_project(capsys, tmp_path, shotlist_samples):
    target = tmp_path / "series.shotgraph"
    status, out, _ = run(capsys, "import", str(shotlist_samples / "shotlist-zh-gbk.csv"), "-o", str(target))
    project = load_project(target)
    assert status == 0 and "series.shotgraph" in out
    assert [s.code for s in project.episodes[0].shots][:2] == ["1-1", "1-2"]  # codes restart per scene
    assert {c.name for c in project.characters} >= {"苏婉", "顾言"}


def test_import_refuses_to_replace_a_project_without_force(capsys, tmp_path, shotlist_samples):
    target = tmp_path / "series.shotgraph"
    target.write_text("precious work", encoding="utf-8")
    status, _, err = run(capsys, "import", str(shotlist_samples / "shotlist-en.csv"), "-o", str(target))
    assert status == 2 and "--force" in err
    assert target.read_text(encoding="utf-8") == "precious work"


def test_bad_row_is_reported_and_nothing_written(capsys, tmp_path):
    rows = ["shot,size"] + [f"{i},CU" for i in range(1, 39)] + ["39,HUGE"]
    source = tmp_path / "list.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    target = tmp_path / "out.shotgraph"
    status, _, err = run(capsys, "import", str(source), "-o", str(target))
    assert status == 2
    assert "list.csv" in err and "row 40" in err and "HUGE" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert not target.exists()


def test_missing_file_is_bad_input(capsys, tmp_path):
    status, _, err = run(capsys, "import", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "x.shotgraph"))
    assert status == 2 and "nope.csv" in err


def test_export_csv_round_trips_through_import(capsys, tmp_path, shotlist_samples):
    project = tmp_path / "p.shotgraph"
    run(capsys, "import", str(shotlist_samples / "shotlist-zh-gbk.csv"), "-o", str(project))
    csv_out = tmp_path / "list.csv"
    status, _, _ = run(capsys, "export", "csv", str(project), "-o", str(csv_out), "--headers", "zh")
    assert status == 0 and csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "镜号" in csv_out.read_text(encoding="utf-8-sig").splitlines()[0]
    again = tmp_path / "again.shotgraph"
    assert run(capsys, "import", str(csv_out), "-o", str(again))[0] == 0
    shots = lambda p: [(s.code, s.mode, s.camera, s.duration_s) for s in load_project(p).episodes[0].shots]  # noqa: E731
    assert shots(again) == shots(project)


def test_export_xlsx_writes_a_workbook(capsys, tmp_path, shotlist_samples):
    out = tmp_path / "list.xlsx"
    status, _, _ = run(capsys, "export", "xlsx", str(shotlist_samples / "shotlist-en.csv"), "-o", str(out))
    assert status == 0 and out.read_bytes()[:2] == b"PK"


def test_export_refuses_a_suffix_that_does_not_match(capsys, tmp_path, shotlist_samples):
    status, _, err = run(capsys, "export", "csv", str(shotlist_samples / "shotlist-en.csv"),
                         "-o", str(tmp_path / "list.xlsx"))
    assert status == 2 and ".csv" in err


def test_demo_writes_a_loadable_project(capsys, tmp_path):
    status, out, _ = run(capsys, "demo", "-o", str(tmp_path / "demo"))
    written = [Path(line) for line in out.splitlines()]
    project_file = next(p for p in written if p.suffix == ".shotgraph")
    assert status == 0 and len(load_project(project_file).episodes) == 2
    assert all(p.exists() for p in written)


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00binary", b'{"format": "shotgraph", "schema'])
def test_export_of_a_broken_project_is_one_message(capsys, tmp_path, content):
    broken = tmp_path / "broken.shotgraph"
    broken.write_bytes(content)
    status, _, err = run(capsys, "export", "csv", str(broken), "-o", str(tmp_path / "x.csv"))
    assert status == 2 and "broken.shotgraph" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()


def test_a_lenient_import_lists_the_first_bad_cells_and_counts_the_rest(tmp_path, capsys):
    sheet = tmp_path / "list.csv"
    sheet.write_text("shot,size\n" + "".join(f"{n},半身\n" for n in range(1, 151)), encoding="utf-8")
    assert main(["import", str(sheet), "-o", str(tmp_path / "out.shotgraph"), "--lenient"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 101 and lines[0].startswith("shotgraph: skipped: row 2, column 'size'")
    assert lines[-1] == "shotgraph: skipped: and 50 more cells or rows"
    assert len(load_project(tmp_path / "out.shotgraph").episodes[0].shots) == 150


def test_version_and_help_load_no_exporter_nor_its_libraries():
    probe = ("import sys\nfrom shotgraph.cli import main\n"
             "for args in (['--version'], ['--help']):\n    main(args)\n"
             "heavy = [m for m in ('shotgraph.exports', 'reportlab', 'networkx', 'openpyxl', 'opentimelineio', "
             "'PySide6') if m in sys.modules]\nprint('loaded:', heavy)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0 and "loaded: []" in result.stdout, result.stdout + result.stderr
