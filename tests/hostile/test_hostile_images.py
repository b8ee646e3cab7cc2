"""A shared project folder whose storyboard frames are hostile: PostScript named .png, a pipe, a link to a
private picture elsewhere on the disk, a header claiming 100000 × 100000 pixels, a PNG cut short.

Exporting the storyboard and the call sheet with its shooting boards still succeeds, within the memory and
time budgets, each hostile frame an empty box: no program is started (a ``gs`` placed first on the PATH
records any run), the file the PostScript names is untouched, and the private picture is not in the PDF.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hostile.harness import assert_within_budget, run_shotgraph
from hostile.image_samples import eps, huge_png, picture, truncated_png
from shotgraph.core.graph import episode_order
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path

PRIVATE_SIZE = (77, 133)
"""The private picture's size: no frame of the demo has it, so finding it in a PDF means it leaked."""


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """The demo with hostile first frames in episode 1, a victim file and private picture outside it, and a
    fake Ghostscript first on the PATH that leaves a mark if it is ever run."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.txt").write_text("keep me", encoding="utf-8")
    (outside / "photo.png").write_bytes(picture("PNG", PRIVATE_SIZE, "blue"))
    fake_gs = outside / "bin" / "gs"
    fake_gs.parent.mkdir()
    fake_gs.write_text(f"#!/bin/sh\ntouch {outside / 'gs-was-run'}\nexit 1\n", encoding="utf-8")
    fake_gs.chmod(fake_gs.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{fake_gs.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    project_file = folder / demo_project_path().name
    _make_hostile(folder, episode_order(load_project(project_file).episodes[0]), outside)
    return project_file


def _make_hostile(folder: Path, shots: list, outside: Path) -> None:
    makers = [lambda p: p.write_bytes(eps(outside / "victim.txt")), os.mkfifo,
              lambda p: p.symlink_to(outside / "photo.png"), lambda p: p.write_bytes(huge_png()),
              lambda p: p.write_bytes(truncated_png())]
    for shot, make in zip(shots, makers, strict=False):
        path = folder / shot.frame
        path.unlink()
        make(path)


def image_sizes(pdf: Path) -> list[tuple[int, int]]:
    """The size of every picture the PDF embeds."""
    sizes = []
    for page in PdfReader(pdf).pages:
        for embedded in page.images:
            with Image.open(io.BytesIO(embedded.data)) as image:
                sizes.append(image.size)
    return sizes


def assert_nothing_leaked(project: Path, pdf: Path) -> None:
    outside = project.parent.parent / "outside"
    assert not (outside / "gs-was-run").exists(), "Ghostscript was started"
    assert (outside / "victim.txt").read_text(encoding="utf-8") == "keep me"
    sizes = image_sizes(pdf)
    assert sizes, "the ordinary frames are still embedded"
    assert PRIVATE_SIZE not in sizes, "the private picture outside the project is in the PDF"


@pytest.mark.parametrize("command", [["storyboard", "--episode", "1"], ["callsheet", "--with-boards"]])
def test_an_export_of_hostile_frames_succeeds_with_empty_frames(project, tmp_path, command):
    out = tmp_path / "out.pdf"
    outcome = run_shotgraph("export", command[0], project, *command[1:], "-o", out, cwd=tmp_path)
    assert outcome.status == 0, outcome.describe()
    assert_within_budget(outcome)
    assert_nothing_leaked(project, out)
