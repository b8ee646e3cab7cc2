"""The command line's writes respect the file system: a read-only file is never replaced, a
project saved by someone else meanwhile is never overwritten, and import never writes a project
ShotGraph would refuse to open. Each refusal exits 3 (2 for import's input) and changes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from shotgraph.cli import main
from shotgraph.core.io import store
from shotgraph.core.io.store import load_project, save_project
from shotgraph.demo import demo_project_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

SHOTLISTS = Path(__file__).parents[1] / "data" / "shotlists"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shotgraph: "), err
    return lines[0]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "演示.shotgraph"
    shutil.copyfile(demo_project_path(), path)
    return path


def test_schedule_write_refuses_a_read_only_project_and_leaves_it_unchanged(capsys, demo: Path):
    demo.chmod(0o444)
    before = demo.read_bytes()
    status, out, err = run(capsys, "schedule", str(demo), "--write")
    line = one_line(err)
    assert status == 3 and out == ""
    assert line.startswith(f"shotgraph: {demo}: the project is read-only, so nothing was written")
    assert "make it writable" in line and "--write" in line
    assert demo.read_bytes() == before and (demo.stat().st_mode & 0o777) == 0o444
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]


def test_schedule_without_write_still_reads_a_read_only_project(capsys, demo: Path):
    demo.chmod(0o444)
    status, out, _ = run(capsys, "schedule", str(demo))
    assert status == 0 and "Day 3 of 3" in out


def test_export_force_does_not_replace_a_read_only_file(capsys, demo: Path, tmp_path: Path):
    out = tmp_path / "list.csv"
    out.write_text("kept\n", encoding="utf-8")
    out.chmod(0o444)
    status, printed, err = run(capsys, "export", "csv", str(demo), "-o", str(out), "--force")
    line = one_line(err)
    assert status == 3 and printed == ""
    assert line.startswith(f"shotgraph: {out}: the file is read-only") and "make it writable" in line
    assert out.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("kind, name", [("xlsx", "list.xlsx"), ("callsheet", "sheet.pdf"), ("ics", "days.ics")])
def test_no_export_kind_replaces_a_read_only_file(capsys, demo: Path, tmp_path: Path, kind: str, name: str):
    out = tmp_path / name
    out.write_bytes(b"kept")
    out.chmod(0o444)
    status, _, err = run(capsys, "export", kind, str(demo), "-o", str(out), "--force")
    assert status == 3 and "read-only" in one_line(err)
    assert out.read_bytes() == b"kept"


def test_import_force_does_not_replace_a_read_only_project(capsys, tmp_path: Path):
    target = tmp_path / "series.shotgraph"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    status, _, err = run(capsys, "import", str(SHOTLISTS / "shotlist-en.csv"), "-o", str(target), "--force")
    assert status == 3 and "read-only" in one_line(err)
    assert target.read_bytes() == b"kept"


def test_schedule_write_refuses_when_someone_saved_the_project_meanwhile(capsys, demo: Path, monkeypatch):
    from shotgraph.core.planning import scheduler

    plan = scheduler.apply_plan

    def someone_saves_while_we_plan(project, **options):
        theirs = load_project(demo)
        theirs.title = "同事刚保存的版本"
        save_project(theirs, demo, backup=False)
        return plan(project, **options)

    monkeypatch.setattr(scheduler, "apply_plan", someone_saves_while_we_plan)
    status, out, err = run(capsys, "schedule", str(demo), "--write")
    line = one_line(err)
    assert status == 3 and out == ""
    assert "changed on disk since it was read" in line and "nothing was written" in line
    kept = load_project(demo)
    assert kept.title == "同事刚保存的版本" and len(kept.days) == 2


DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from shotgraph.core.planning import scheduler
    from shotgraph import cli

    plan, go = scheduler.apply_plan, Path(sys.argv[2])

    def plan_when_both_have_read(project, **options):
        Path(sys.argv[3]).touch()
        while not go.exists():
            time.sleep(0.01)
        return plan(project, **options)

    scheduler.apply_plan = plan_when_both_have_read
    sys.exit(cli.main(["schedule", sys.argv[1], "--write"]))
""")


def test_two_processes_writing_one_project_one_is_refused_and_nothing_is_lost(demo: Path, tmp_path: Path):
    go = tmp_path / "go"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.Popen([sys.executable, "-c", DRIVER, str(demo), str(go), str(tmp_path / f"read{n}")],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in (1, 2)]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"read{n}").exists() for n in (1, 2)) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()
    results = sorted((process.wait(timeout=120), process.communicate()[1]) for process in runs)
    assert [status for status, _ in results] == [0, 3], results
    assert "changed on disk since it was read" in results[1][1]
    assert len(load_project(demo).days) == 3  # the winner's planned day, once


def test_import_never_writes_a_project_too_large_to_open(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(store, "MAX_PROJECT_BYTES", 2000)
    source = SHOTLISTS / "shotlist-en.csv"
    target = tmp_path / "series.shotgraph"
    status, out, err = run(capsys, "import", str(source), "-o", str(target))
    line = one_line(err)
    assert status == 2 and out == ""
    assert line.startswith(f"shotgraph: {source}: makes a project of ") and "over the " in line
    assert "nothing was written" in line
    assert not target.exists() and list(tmp_path.iterdir()) == []
