"""Running ShotGraph's command line on hostile files, as a crew member's shared folder would.

Each run is a separate process fenced by an address-space limit, with its peak memory
read back from the kernel and its time bounded, so a file that would take gigabytes or never
finish fails its test instead of the machine. The peak is the run's own (``VmHWM``, which the
run writes as it exits): the kernel's ``ru_maxrss`` of a child also counts the memory of the
test process it was forked from.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_BUDGET = 2**30
"""No input under 50 MB may make ShotGraph use more than this (peak resident memory)."""
TIME_BUDGET = 60.0
"""… nor take longer than this, in seconds."""
_FENCE = 3 * MEMORY_BUDGET
"""Address space a run may reserve: a runaway run stops here rather than swapping the machine."""


@dataclass(frozen=True)
class Outcome:
    """What a run of ``shotgraph`` did: its exit status, what it printed, its peak memory and time."""

    status: int
    stdout: str
    stderr: str
    peak_bytes: int
    seconds: float

    def describe(self) -> str:
        return (f"exit {self.status}, {self.peak_bytes / 2**20:.0f} MB, {self.seconds:.1f} s\n"
                f"stdout: {self.stdout[-2000:]}\nstderr: {self.stderr[-2000:]}")


_RUN = """
import atexit, resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({fence}, {fence}))
PEAK = sys.argv.pop(1)
def report():
    with open("/proc/self/status", encoding="ascii") as status, open(PEAK, "w") as peak:
        peak.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(report)
sys.argv[0] = "shotgraph"
runpy.run_module("shotgraph", run_name="__main__", alter_sys=True)
"""
"""``shotgraph ARGS`` fenced, writing its own peak memory (kB) to the file named first."""


def run_shotgraph(*args: str | Path, cwd: Path, timeout: float = TIME_BUDGET) -> Outcome:
    """Run ``shotgraph ARGS`` in ``cwd`` and report how it ended; a run past ``timeout`` is killed."""
    out, err, peak = cwd / ".stdout", cwd / ".stderr", cwd / ".peak"
    peak.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    command = [sys.executable, "-c", _RUN.format(fence=_FENCE), str(peak), *map(str, args)]
    started = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr)
        status, usage = _wait(process, started + timeout)
    seconds = time.monotonic() - started
    own = int(peak.read_text(encoding="ascii")) * 1024 if peak.is_file() else usage.ru_maxrss * 1024
    return Outcome(status, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"), own, seconds)


def _wait(process: subprocess.Popen, deadline: float) -> tuple[int, resource.struct_rusage]:
    """Reap the process with its own resource usage (not that of every child so far)."""
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode, usage
        if time.monotonic() > deadline:
            process.kill()
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
            return -9, usage
        time.sleep(0.02)


def assert_refused(outcome: Outcome, file: str | Path) -> None:
    """Bad input: exit 2, one line on stderr naming the file, within the memory and time budgets."""
    assert outcome.status == 2, outcome.describe()
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shotgraph: "), outcome.describe()
    assert Path(file).name in lines[0], outcome.describe()
    assert_within_budget(outcome)


def assert_within_budget(outcome: Outcome) -> None:
    """Never an internal error, never above the memory budget, never killed for taking too long."""
    assert "internal error" not in outcome.stderr and "Traceback" not in outcome.stderr, outcome.describe()
    assert outcome.status in (0, 1, 2), outcome.describe()
    assert outcome.peak_bytes < MEMORY_BUDGET, outcome.describe()
