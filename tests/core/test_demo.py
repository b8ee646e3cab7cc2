"""The bundled demo project: it loads, is whole, shows every shot, and is rebuilt identically."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from shotgraph.core.io.errors import InputError, OutputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Project, find_problems
from shotgraph.core.rules import check_project
from shotgraph.demo import demo_project_path, write_demo

BUILDER = Path(__file__).resolve().parents[2] / "resources" / "samples" / "build_demo.py"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def demo() -> Project:
    return load_project(demo_project_path())


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, read from the header bytes."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE and header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


def test_demo_loads_and_has_no_integrity_problems(demo):
    assert demo.title == "霓虹之下"
    assert find_problems(demo) == []


def test_demo_has_two_episodes_of_15_to_25_shots(demo):
    assert [e.number for e in demo.episodes] == [1, 2]
    assert all(15 <= len(e.shots) <= 25 for e in demo.episodes)


def test_demo_uses_live_ai_and_hybrid_shots(demo):
    modes = {shot.mode for episode in demo.episodes for shot in episode.shots}
    assert modes == {Mode.LIVE, Mode.AI, Mode.HYBRID}


def test_every_hybrid_shot_has_a_plate(demo):
    for episode in demo.episodes:
        plated = {edge.target for edge in episode.edges if edge.kind == "plate"}
        for shot in episode.shots:
            if shot.mode == Mode.HYBRID:
                assert shot.id in plated or shot.plate_asset, shot.code


def test_every_shot_has_a_9_by_16_png_frame(demo):
    folder = demo_project_path().parent
    for episode in demo.episodes:
        for shot in episode.shots:
            assert shot.frame, shot.code
            width, height = png_size(folder / shot.frame)
            assert width * 16 == height * 9, shot.frame


def test_every_episode_with_ai_shots_is_labelled_to_the_standard(demo):
    assert all(any(shot.mode == Mode.AI for shot in episode.shots) for episode in demo.episodes)
    assert demo.registration_number
    findings = [f for f in check_project(demo) if f.rule.startswith("compliance.")]
    assert findings == []


def test_shooting_days_hold_every_live_and_hybrid_shot_of_episode_one(demo):
    scheduled = {shot_id for day in demo.days for setup in day.setups for shot_id in setup.shot_ids}
    first = demo.episodes[0]
    assert {s.id for s in first.shots if s.mode != Mode.AI} <= scheduled
    assert len(demo.days) == 2


def test_rebuilding_the_demo_gives_the_same_project_file(tmp_path):
    subprocess.run([sys.executable, str(BUILDER), "--out", str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "demo.shotgraph").read_bytes() == demo_project_path().read_bytes()
    built = sorted(p.name for p in (tmp_path / "demo-media" / "frames").iterdir())
    bundled = sorted(p.name for p in (demo_project_path().parent / "demo-media" / "frames").iterdir())
    assert built == bundled


def test_write_demo_copies_the_project_and_every_frame(tmp_path, demo):
    written = write_demo(tmp_path / "out")
    assert tmp_path / "out" / "demo.shotgraph" in written
    copy = load_project(tmp_path / "out" / "demo.shotgraph")
    assert copy == demo
    frames = [tmp_path / "out" / shot.frame for episode in copy.episodes for shot in episode.shots]
    assert all(frame in written and frame.is_file() for frame in frames)


def test_write_demo_keeps_an_existing_demo_unless_asked(tmp_path):
    write_demo(tmp_path)
    (tmp_path / "demo.shotgraph").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        write_demo(tmp_path)
    assert (tmp_path / "demo.shotgraph").read_text(encoding="utf-8") == "{}"
    write_demo(tmp_path, overwrite=True)
    assert (tmp_path / "demo.shotgraph").read_bytes() == demo_project_path().read_bytes()


def test_write_demo_refuses_a_file_as_its_folder(tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_demo(target)
