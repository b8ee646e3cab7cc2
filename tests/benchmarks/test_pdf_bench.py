"""A 60-shot call sheet within 1.5 s and a 60-shot storyboard PDF within 3 s.

The shots reuse the demo's frames and text, so images, Chinese text and tables are real.
Run with ``pytest tests/benchmarks -o addopts="" --benchmark-enable``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Project, Setup
from shotgraph.demo import demo_project_path
from shotgraph.exports import export

SHOTS = 60
SHOTS_PER_SETUP = 3


def sixty_shot_project() -> Project:
    """The demo's first episode grown to 60 shots (its shots repeated), all shot on its first day."""
    demo = load_project(demo_project_path())
    episode = demo.episodes[0]
    source = [s for s in episode.shots if s.frame]
    shots = []
    for n in range(SHOTS):
        shot = source[n % len(source)]
        mode = Mode.HYBRID if shot.mode is Mode.HYBRID else Mode.LIVE
        shots.append(shot.model_copy(update={"id": f"bench_{n:02d}", "code": f"B-{n + 1:02d}", "mode": mode}))
    ids = [s.id for s in shots]
    setups = [Setup(id=f"setup_{k:02d}", shot_ids=ids[k:k + SHOTS_PER_SETUP]) for k in range(0, SHOTS, SHOTS_PER_SETUP)]
    day = demo.days[0].model_copy(update={"setups": setups})
    return demo.model_copy(update={"episodes": [episode.model_copy(update={"shots": shots, "edges": []})],
                                   "days": [day, demo.days[1].model_copy(update={"setups": []})]})


@pytest.fixture(scope="module")
def project() -> Project:
    return sixty_shot_project()


def assert_within(benchmark, seconds: float) -> None:
    """The fastest round meets the target (the minimum is least disturbed by other load)."""
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= seconds


def test_bench_call_sheet_of_sixty_shots(benchmark, project: Project, tmp_path: Path) -> None:
    path = tmp_path / "call-sheet.pdf"
    base = demo_project_path().parent
    benchmark.pedantic(export, args=("callsheet", project, path), kwargs={"base": base, "day": 1},
                       rounds=5, warmup_rounds=1)
    assert path.stat().st_size > 0
    assert_within(benchmark, 1.5)


def test_bench_storyboard_of_sixty_shots(benchmark, project: Project, tmp_path: Path) -> None:
    path = tmp_path / "storyboard.pdf"
    base = demo_project_path().parent
    benchmark.pedantic(export, args=("storyboard", project, path), kwargs={"base": base}, rounds=5, warmup_rounds=1)
    assert path.stat().st_size > 0
    assert_within(benchmark, 3.0)
