"""The built application bundle runs without the virtual environment (``make installer-test``).

Skipped unless SHOTGRAPH_BUNDLE names the built executable; ``make installer-test`` builds
the bundle and sets it.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import time
from pathlib import Path

import pytest

BUNDLE = os.environ.get("SHOTGRAPH_BUNDLE")
INSTALL_SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "linux" / "install.sh"
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
    assert {"timeline.otio", "timeline.xml", "shooting-days.ics", "budget.csv"} <= exports
    assert any(name.endswith(".edl") for name in exports)  # a list per episode


def test_the_bundle_writes_an_animatic_with_the_ffmpeg_libraries_it_carries(tmp_path):
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    result = run_bundle("export", "animatic", "demo/demo.shotgraph", "-o", "reel", "--episode", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [path.name for path in (tmp_path / "reel").iterdir()] == ["animatic-E02.mp4"]


def test_the_bundle_checks_the_demo(tmp_path):
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    result = run_bundle("check", "demo/demo.shotgraph", "--json", "--fail-on", "never", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["error"] >= 1


def opens_in_the_editor(command: list[str], project: Path, home: Path) -> bool:
    """Start the editor with ``command`` and wait until it lists ``project`` among the recent projects,
    which it writes to the user's settings once the project is open. The editor is closed afterwards."""
    settings = home / ".config" / "ShotGraph" / "ShotGraph.conf"
    editor = subprocess.Popen(command, cwd=home, env=bare_environment(home) | {"QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and editor.poll() is None:
            if settings.is_file() and str(project) in settings.read_text(encoding="utf-8"):
                return True
            time.sleep(0.5)
        return False
    finally:
        editor.terminate()
        editor.wait(timeout=30)


def test_the_bundle_opens_a_project_given_on_its_command_line(tmp_path):
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    project = (tmp_path / "demo" / "demo.shotgraph").resolve()
    assert opens_in_the_editor([str(Path(BUNDLE).resolve()), str(project)], project, tmp_path)


def test_the_installed_menu_entry_opens_a_project_as_the_file_manager_does(tmp_path):
    """install.sh (per user, no root) adds the command, the menu entry and the file type; a double-click
    on a .shotgraph file runs the entry's Exec line with the file for %f."""
    environment = bare_environment(tmp_path)
    installed = subprocess.run([str(INSTALL_SCRIPT), str(Path(BUNDLE).resolve().parent)], env=environment,
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    data = tmp_path / ".local" / "share"
    entry = (data / "applications" / "shotgraph.desktop").read_text(encoding="utf-8")
    file_type = (data / "mime" / "packages" / "shotgraph.xml").read_text(encoding="utf-8")
    assert 'type="application/x-shotgraph"' in file_type and 'pattern="*.shotgraph"' in file_type
    assert "MimeType=application/x-shotgraph;" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "shotgraph.png").is_file()
    exec_line = next(line.removeprefix("Exec=") for line in entry.splitlines() if line.startswith("Exec="))
    run_bundle("demo", "-o", "demo", cwd=tmp_path)
    project = (tmp_path / "demo" / "demo.shotgraph").resolve()
    command = [str(project) if part == "%f" else part for part in shlex.split(exec_line)]
    assert opens_in_the_editor(command, project, tmp_path)
    removed = subprocess.run([str(INSTALL_SCRIPT), "--uninstall"], env=environment, capture_output=True, timeout=60)
    assert removed.returncode == 0 and not (data / "applications" / "shotgraph.desktop").exists()


def test_the_bundle_carries_the_user_guide():
    internal = Path(BUNDLE).resolve().parent / "_internal"
    assert (internal / "docs" / "guide.md").is_file()
    assert (internal / "docs" / "guide.zh-CN.md").is_file()
    assert (internal / "docs" / "screenshots" / "graph.png").is_file()
