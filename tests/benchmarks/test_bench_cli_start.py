"""How fast the command line answers: ``shotgraph --version`` ≤ 0.2 s wall on this machine,
and within a few times a bare Python start measured in the same run (the shared machine's
noise hits both)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

VERSION_SECONDS = 0.2
OVER_BARE_PYTHON = 4.0
"""``--version`` may take this many times a Python start that imports nothing."""
SHOTGRAPH = Path(sys.executable).with_name("shotgraph")


def _best_of(command: list[str], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def test_bench_version_answers_within_200_ms(benchmark) -> None:
    bare = _best_of([sys.executable, "-c", "pass"])
    version = benchmark.pedantic(lambda: _best_of([str(SHOTGRAPH), "--version"]), rounds=1)
    print(f"\nshotgraph --version {version * 1000:.0f} ms, bare Python {bare * 1000:.0f} ms")
    assert version <= max(VERSION_SECONDS, OVER_BARE_PYTHON * bare)
