"""The call sheet of a 100-setup day within 2 s, growing about in proportion to the day, and every call
sheet of the 6,000-shot series planned into its shooting days within 30 s in all.

Run with ``make bench``.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from exports.big_days import big_day_project
from shotgraph.core.model import Project
from shotgraph.core.planning.scheduler import apply_plan
from shotgraph.exports import export

from .series import make_series

SETUPS = 100
DAY_TARGET_SECONDS = 2.0
SERIES_TARGET_SECONDS = 30.0
GROWTH_MARGIN = 1.5
"""A day twice as long may take twice the time, times this margin for a noisy machine and page breaks."""


@pytest.fixture(scope="module")
def day() -> Project:
    """100 setups, one of 40 shots, 60 actors, 200 extras, hybrid shots across two episodes."""
    return big_day_project(setups=SETUPS, longest=40)


@pytest.fixture(scope="module")
def series() -> Project:
    planned, _ = apply_plan(make_series(), start=dt.date(2027, 3, 1))
    return planned


def fastest(project: Project, path: Path, rounds: int = 3) -> float:
    """The fastest of a few exports of the first day's call sheet, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        export("callsheet", project, path, day=1)
        times.append(time.perf_counter() - start)
    return min(times)


def test_bench_call_sheet_of_a_100_setup_day(benchmark, day: Project, tmp_path: Path) -> None:
    path = tmp_path / "call-sheet.pdf"
    benchmark.pedantic(export, args=("callsheet", day, path), kwargs={"day": 1}, rounds=5, warmup_rounds=1)
    assert path.stat().st_size > 0
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= DAY_TARGET_SECONDS
        double = big_day_project(setups=2 * SETUPS, longest=40)
        assert fastest(double, path) <= 2 * GROWTH_MARGIN * fastest(day, path)


def test_bench_every_call_sheet_of_the_series(benchmark, series: Project, tmp_path: Path) -> None:
    path = tmp_path / "call-sheets.pdf"
    assert len(series.days) > 50
    benchmark.pedantic(export, args=("callsheet", series, path), rounds=2, warmup_rounds=0)
    assert path.stat().st_size > 0
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= SERIES_TARGET_SECONDS
