"""A save killed halfway (kill -9, a power cut) leaves the project as it was, and the hidden
temporary file it was writing is removed by the next save of that project — never anything
else that merely looks like one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hostile.harness import assert_within_budget, run_shotgraph
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and POSIX file types")

KILLED_MID_SAVE = textwrap.dedent("""
    import os, signal, sys
    from shotgraph.core.io import atomic
    from shotgraph.core.io.store import load_project, save_project

    path = sys.argv[1]
    replace = os.replace

    def killed_before_replacing_the_project(source, target):
        if os.path.basename(target) == os.path.basename(path):
            os.kill(os.getpid(), signal.SIGKILL)
        replace(source, target)

    atomic.os.replace = killed_before_replacing_the_project
    project = load_project(path)
    project.title = "never saved"
    save_project(project, path)
""")


def hidden_temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "series.shotgraph"
    shutil.copyfile(demo_project_path(), path)
    return path


def kill_a_save_of(path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_SAVE, str(path)], env=env, capture_output=True,
                            timeout=120)
    assert killed.returncode == -9, killed.stderr


def test_a_killed_save_leaves_the_project_and_the_next_save_clears_its_temporary(project: Path, tmp_path: Path):
    before = project.read_bytes()
    kill_a_save_of(project)
    assert project.read_bytes() == before
    left = hidden_temporaries(tmp_path)
    assert len(left) == 1 and left[0].startswith(".series.shotgraph.")
    outcome = run_shotgraph("schedule", project, "--write", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0
    assert hidden_temporaries(tmp_path) == []
    assert len(load_project(project).days) == 3


def test_look_alikes_of_a_temporary_are_left_alone(project: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere" / "notes.txt"
    outside.parent.mkdir()
    outside.write_text("someone else's file", encoding="utf-8")
    link = tmp_path / ".series.shotgraph.0a1b2c3d.tmp"
    link.symlink_to(outside)
    folder = tmp_path / ".series.shotgraph.4e5f6a7b.tmp"
    folder.mkdir()
    pipe = tmp_path / ".series.shotgraph.8c9d0e1f.tmp"
    os.mkfifo(pipe)
    other = tmp_path / ".episode2.shotgraph.12345678.tmp"
    other.write_text("another project's save", encoding="utf-8")
    outcome = run_shotgraph("schedule", project, "--write", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0
    assert link.is_symlink() and outside.read_text(encoding="utf-8") == "someone else's file"
    assert folder.is_dir() and pipe.exists() and other.exists()


def test_a_huge_file_in_place_of_the_project_is_refused_without_reading_it(tmp_path: Path):
    project = tmp_path / "series.shotgraph"
    with project.open("wb") as handle:
        handle.truncate(8 * 2**30)  # sparse: 8 GB that take no disk
    outcome = run_shotgraph("schedule", project, "--write", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 2 and "series.shotgraph" in outcome.stderr
    assert outcome.seconds < 20
    assert project.stat().st_size == 8 * 2**30


def test_an_export_clears_what_a_killed_export_of_the_same_file_left(project: Path, tmp_path: Path):
    old = tmp_path / ".list.csv.k3x_9q2z.tmp"
    old.write_text("half an export", encoding="utf-8")
    then = os.path.getmtime(old) - 600
    os.utime(old, (then, then))
    recent = tmp_path / ".list.csv.a7b8c9d0.tmp"
    recent.write_text("a killed export's, a second ago", encoding="utf-8")
    other = tmp_path / ".other.csv.a7b8c9d0.tmp"
    other.write_text("an export of another file, running right now", encoding="utf-8")
    outcome = run_shotgraph("export", "csv", project, "-o", tmp_path / "list.csv", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0 and (tmp_path / "list.csv").is_file()
    # the export holds the folder's lock, so no save of list.csv can be writing its temporaries
    assert not old.exists() and not recent.exists() and other.exists()
