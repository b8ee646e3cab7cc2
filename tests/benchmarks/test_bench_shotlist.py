"""Importing a 6,000-row shot list (100 episodes × 60 shots) must stay under a second.

Run with ``make bench`` or ``pytest tests/benchmarks -o addopts="" --benchmark-enable``.
"""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.io.shotlist import read_shotlist, shotlist_table, write_csv
from shotgraph.core.model import Project, find_problems

from .series import make_series

TARGET_SECONDS = 1.0


def test_bench_import_6000_row_shotlist(benchmark, tmp_path: Path) -> None:
    series = make_series(episodes=100, shots_per_episode=60)
    path = tmp_path / "series.csv"
    write_csv(series, path, headers="zh")
    result = benchmark.pedantic(read_shotlist, args=(path,), rounds=5, warmup_rounds=1)
    assert result.rows == 6000 and result.skipped == []
    assert shotlist_table(result.project) == shotlist_table(series)
    assert find_problems(result.project) == []
    Project.model_validate(result.project.model_dump())
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= TARGET_SECONDS
