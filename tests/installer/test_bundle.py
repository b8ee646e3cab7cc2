"""The built application bundle runs without the virtual environment (``make installer-test``).

Skipped unless SHOTGRAPH_BUNDLE names the built executable; ``make installer-test`` builds
the bundle and sets it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

BUNDLE = os.environ.get("SHOTGRAPH_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set SHOTGRAPH_BUNDLE (make installer-test)")


def run_bundle(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The bundle run with a bare environment: no virtualenv, no PYTHONPATH, a plain PATH."""
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run([str(Path(BUNDLE).resolve()), *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_the_bundle_prints_its_version(tmp_path):
    result = run_bundle("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("shotgraph ")


def test_the_bundle_writes_the_demo_with_every_export(tmp_path):
    result = run_bundle("demo", "-o", "demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    exports = {path.name for path in (tmp_path / "demo" / "exports").iterdir()}
    assert {"timeline.otio", "timeline.edl", "timeline.xml", "shooting-days.ics", "budget.csv"} <= exports


def test_the_bundle_checks_the_demo(tmp_path):
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    result = run_bundle("check", "demo/demo.shotgraph", "--json", "--fail-on", "never", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["error"] >= 1
