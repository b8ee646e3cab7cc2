"""Opening and saving a full series (100 episodes × 60 shots) must each stay under half a second.

Run with ``pytest tests/benchmarks -o addopts="" --benchmark-enable``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shotgraph.core.io.store import load_project, save_project
from shotgraph.core.model import Project

from .series import make_series

TARGET_SECONDS = 0.5


@pytest.fixture(scope="module")
def series() -> Project:
    return make_series(episodes=100, shots_per_episode=60)


def assert_fast_enough(benchmark) -> None:
    """The fastest round must meet the target (the minimum is least disturbed by other load)."""
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= TARGET_SECONDS


def test_bench_save_series(benchmark, series: Project, tmp_path: Path) -> None:
    path = tmp_path / "series.shotgraph"
    benchmark.pedantic(save_project, args=(series, path), rounds=7, warmup_rounds=1)
    assert load_project(path) == series
    assert_fast_enough(benchmark)


def test_bench_load_series(benchmark, series: Project, tmp_path: Path) -> None:
    path = save_project(series, tmp_path / "series.shotgraph")
    loaded = benchmark.pedantic(load_project, args=(path,), rounds=7, warmup_rounds=1)
    assert sum(len(e.shots) for e in loaded.episodes) == 6000
    assert loaded == series
    assert_fast_enough(benchmark)
