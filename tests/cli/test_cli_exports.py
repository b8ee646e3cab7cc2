"""`shotgraph export KIND` for every kind, and `shotgraph demo` writing every export."""

from __future__ import annotations

from pathlib import Path

import opentimelineio as otio
import pytest

from shotgraph.cli import main
from shotgraph.demo import demo_project_path
from shotgraph.exports import exporters


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("kind", ["otio", "xmeml", "fcpxml", "ics", "ai-jobs", "disclosure", "budget"])
def test_every_data_export_kind_writes_its_file(capsys, tmp_path, kind):
    out = tmp_path / f"out{exporters()[kind].suffixes[0]}"
    status, printed, err = run(capsys, "export", kind, str(demo_project_path()), "-o", str(out))
    assert (status, err) == (0, "") and printed.strip() == str(out)
    assert out.stat().st_size > 0


def test_an_edl_export_writes_and_prints_a_list_per_episode(capsys, tmp_path):
    status, printed, err = run(capsys, "export", "edl", str(demo_project_path()), "-o", str(tmp_path / "cut.edl"))
    expected = [tmp_path / "cut-E01.edl", tmp_path / "cut-E02.edl"]
    assert (status, err) == (0, "") and printed.split() == [str(path) for path in expected]
    assert all(path.stat().st_size > 0 for path in expected)


def test_an_episodes_existing_edl_is_replaced_only_with_force(capsys, tmp_path):
    (tmp_path / "cut-E02.edl").write_text("earlier cut", encoding="ascii")
    status, _, err = run(capsys, "export", "edl", str(demo_project_path()), "-o", str(tmp_path / "cut.edl"))
    assert status == 2 and "cut-E02.edl: already exists; add --force" in err
    assert [path.name for path in tmp_path.iterdir()] == ["cut-E02.edl"]
    status, _, _ = run(capsys, "export", "edl", str(demo_project_path()), "-o", str(tmp_path / "cut.edl"), "--force")
    assert status == 0 and (tmp_path / "cut-E02.edl").read_text(encoding="ascii").startswith("TITLE: E02")


def test_export_of_one_episode_keeps_only_its_clips(capsys, tmp_path):
    out = tmp_path / "ep2.edl"
    status, _, _ = run(capsys, "export", "edl", str(demo_project_path()), "-o", str(out), "--episode", "2")
    names = [clip.name for clip in otio.adapters.read_from_file(str(out)).find_clips()]
    assert status == 0 and names and all(name.startswith("E02_") for name in names)


def test_export_of_a_missing_episode_is_bad_input_and_writes_nothing(capsys, tmp_path):
    out = tmp_path / "x.otio"
    status, _, err = run(capsys, "export", "otio", str(demo_project_path()), "-o", str(out), "--episode", "7")
    assert status == 2 and "no episode 7" in err and not out.exists()


def test_demo_writes_every_export_beside_the_project(capsys, tmp_path):
    status, printed, _ = run(capsys, "demo", "-o", str(tmp_path / "demo"))
    written = {Path(line).name for line in printed.splitlines() if "/exports/" in line.replace("\\", "/")}
    expected = {f"{e.file_stem}{suffix}" for e in exporters().values() for suffix in e.suffixes}
    expected = expected - {"timeline.edl"} | {"timeline-E01.edl", "timeline-E02.edl"}  # an EDL per episode
    assert status == 0 and written == expected
    assert all((tmp_path / "demo" / "exports" / name).stat().st_size > 0 for name in expected)
