"""ShotGraph installed the Python way: a wheel built from the checkout, installed into a fresh
virtual environment with no checkout beside it, runs the demo, every export and the editor
(``make wheel-test``).

Skipped unless SHOTGRAPH_WHEEL_VENV names that environment; ``make wheel-test`` builds the
wheel, makes the environment and sets it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

VENV = os.environ.get("SHOTGRAPH_WHEEL_VENV")
pytestmark = pytest.mark.skipif(not VENV, reason="set SHOTGRAPH_WHEEL_VENV (make wheel-test)")


def bare_environment(home: Path) -> dict[str, str]:
    """The environment's commands first on PATH; no PYTHONPATH, a home of the test's own, no display."""
    bin_dir = Path(VENV).resolve() / "bin"
    return {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, env=bare_environment(cwd), capture_output=True, text=True,
                          timeout=timeout)


def test_the_installed_package_and_its_resources_come_from_the_environment(tmp_path):
    probe = ("import shotgraph, shotgraph.resources as r\n"
             "print(shotgraph.__file__)\nprint(r.resources_dir())")
    result = run("python", "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    package, resources = result.stdout.split()
    venv = str(Path(VENV).resolve())
    assert package.startswith(venv) and resources.startswith(venv) and resources.endswith("shotgraph/bundled")


def test_the_command_prints_its_version(tmp_path):
    result = run("shotgraph", "--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("shotgraph ")


def test_the_demo_is_written_with_every_export_and_checks(tmp_path):
    result = run("shotgraph", "demo", "-o", "demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    exports = {path.name for path in (tmp_path / "demo" / "exports").iterdir()}
    assert {"timeline.otio", "timeline.xml", "shooting-days.ics", "budget.csv", "call-sheet.pdf"} <= exports
    assert any(name.endswith(".edl") for name in exports)
    checked = run("shotgraph", "check", "demo/demo.shotgraph", "--json", "--fail-on", "never", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["summary"]["error"] >= 1


def test_the_animatic_and_the_chinese_call_sheet_render_with_the_bundled_font(tmp_path):
    run("shotgraph", "demo", "-o", "demo", cwd=tmp_path)
    animatic = run("shotgraph", "export", "animatic", "demo/demo.shotgraph", "-o", "reel", "--episode", "2",
                   cwd=tmp_path)
    assert animatic.returncode == 0, animatic.stderr
    assert [path.suffix for path in (tmp_path / "reel").iterdir()] == [".mp4"]
    sheet = run("shotgraph", "export", "callsheet", "demo/demo.shotgraph", "-o", "day1.pdf", "--day", "1",
                cwd=tmp_path)
    assert sheet.returncode == 0, sheet.stderr
    assert b"WenQuanYi" in (tmp_path / "day1.pdf").read_bytes()


def test_the_editor_opens_the_demo_in_chinese(tmp_path):
    run("shotgraph", "demo", "-o", "demo", cwd=tmp_path)
    probe = ("from PySide6.QtWidgets import QApplication\n"
             "app = QApplication([])\n"
             "from shotgraph.ui.language import install_language\n"
             "install_language('zh_CN')\n"
             "from shotgraph.ui.main_window import MainWindow\n"
             "window = MainWindow()\n"
             "print(window.open_project('demo/demo.shotgraph'))\n"
             "print([action.text() for action in window.menuBar().actions()])\n")
    result = run("python", "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    opened, menus = result.stdout.splitlines()[-2:]
    assert opened == "True" and "文件(&F)" in menus
