"""Planning the shooting days of a whole series (6,000 shots, none scheduled yet) stays under two seconds.

Run with ``pytest tests/benchmarks -o addopts="" --benchmark-enable``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from shotgraph.core.model import Mode, Project
from shotgraph.core.planning.scheduler import plan_days

from .series import make_series

TARGET_SECONDS = 2.0


@pytest.fixture(scope="module")
def series() -> Project:
    return make_series()


def test_bench_plan_series(benchmark, series: Project) -> None:
    plan = benchmark.pedantic(plan_days, args=(series,), kwargs={"start": dt.date(2027, 3, 1)},
                              rounds=5, warmup_rounds=1)
    live = sum(shot.mode is not Mode.AI for episode in series.episodes for shot in episode.shots)
    assert plan.shot_count == live
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= TARGET_SECONDS
