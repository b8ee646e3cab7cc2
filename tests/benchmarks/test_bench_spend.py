"""The AI overspend rule on the 6,000-shot series with a draw on every AI and hybrid shot: a full check
costs at most a quarter more than without the draws, and re-checking after one shot edit stays ≤ 5 ms."""

from __future__ import annotations

import itertools
import time

from shotgraph.core import edits as ed
from shotgraph.core.document import Document
from shotgraph.core.model import Mode, Project, Provenance, Take
from shotgraph.core.rules import all_rules, check_project
from shotgraph.core.rules.checker import Checker

from .series import make_series
from .test_bench_rules import SHOT_EDIT_SECONDS, _min

DRAWN_OVER_PLAIN = 1.25


def drawn_series() -> Project:
    series = make_series()
    for episode in series.episodes:
        for shot in episode.shots:
            if shot.mode is not Mode.LIVE:
                shot.ai.takes.append(Take(id=f"tk_{shot.id}", provenance=Provenance(cost=500.0)))
    return series


def test_bench_full_check_of_a_drawn_series_within_a_quarter_more_than_without_draws(benchmark) -> None:
    plain, drawn = make_series(), drawn_series()
    all_rules()
    plain_best = min(_timed(check_project, plain) for _ in range(5))
    findings = benchmark.pedantic(check_project, args=(drawn,), rounds=5, warmup_rounds=1)
    assert sum(f.rule == "budget.ai-overspend" for f in findings) == len(drawn.episodes)
    if (best := _min(benchmark)) is not None:
        assert best <= DRAWN_OVER_PLAIN * plain_best, f"{best:.3f} s vs {plain_best:.3f} s without draws"


def _timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def test_bench_recheck_of_a_drawn_series_after_one_shot_edit_within_5_ms(benchmark) -> None:
    doc = Document(drawn_series())
    Checker(doc).attach(doc)
    shots = itertools.cycle([s.id for e in doc.project.episodes[::7] for s in e.shots[10:50:3]])
    emotions = itertools.cycle([0, 1, 2])

    def edit_one_shot() -> None:
        doc.apply(ed.UpdateShot(next(shots), {"emotion": next(emotions)}))

    benchmark.pedantic(edit_one_shot, rounds=60, warmup_rounds=3)
    if (best := _min(benchmark)) is not None:
        assert best <= SHOT_EDIT_SECONDS
