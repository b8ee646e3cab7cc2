"""The built application bundle runs without the virtual environment (``make installer-test``).

Skipped unless SHOTGRAPH_BUNDLE names the built executable; ``make installer-test`` builds
the bundle and sets it.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

BUNDLE = os.environ.get("SHOTGRAPH_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set SHOTGRAPH_BUNDLE (make installer-test)")


def bare_environment(home: Path) -> dict[str, str]:
    """No virtualenv, no PYTHONPATH, a plain PATH, a home of the test's own."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


def run_bundle(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The bundle run as a user would from a terminal."""
    return subprocess.run([str(Path(BUNDLE).resolve()), *args], cwd=cwd, env=bare_environment(cwd),
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


def test_the_bundle_opens_a_project_handed_over_by_the_file_manager(tmp_path):
    """As the desktop entry's ``Exec=shotgraph %f`` does: the editor starts on the file and lists it
    among the recent projects (written to the user's settings once the window is up)."""
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    project = (tmp_path / "demo" / "demo.shotgraph").resolve()
    settings = tmp_path / ".config" / "ShotGraph" / "ShotGraph.conf"
    editor = subprocess.Popen([str(Path(BUNDLE).resolve()), str(project)], cwd=tmp_path,
                              env=bare_environment(tmp_path) | {"QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and editor.poll() is None:
            if settings.is_file() and str(project) in settings.read_text(encoding="utf-8"):
                break
            time.sleep(0.5)
        assert editor.poll() is None, editor.stderr.read()
        assert str(project) in settings.read_text(encoding="utf-8")
    finally:
        editor.terminate()
        editor.wait(timeout=30)


def test_the_bundle_carries_the_user_guide():
    internal = Path(BUNDLE).resolve().parent / "_internal"
    assert (internal / "docs" / "guide.md").is_file()
    assert (internal / "docs" / "guide.zh-CN.md").is_file()
    assert (internal / "docs" / "screenshots" / "graph.png").is_file()
