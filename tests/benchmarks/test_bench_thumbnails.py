"""Storyboard frames of a 300-shot episode (1080×1920 PNGs): asking for all 300 panels' frames costs the
window ≤ 16 ms (one frame at 60 Hz: scrolling never waits for a file), and all 300 are read in the
background within 15 s while the window keeps handling events.

Run with ``make bench``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from shotgraph.core.document import Document
from shotgraph.ui.badges import ShotBadges
from shotgraph.ui.bridge import DocumentBridge
from shotgraph.ui.storyboard.model import StoryboardModel
from shotgraph.ui.thumbnails import stop_workers

from .series import make_series

PANELS = 300
REQUEST_SECONDS = 0.016
READY_SECONDS = 15.0


def sketch(number: int) -> QImage:
    """A storyboard panel: pencil lines on white, a little different on each panel."""
    image = QImage(1080, 1920, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#202020"), 6))
    painter.drawEllipse(QPointF(540, 700 + number % 200), 260, 380)
    painter.drawLine(QPointF(100, 1500), QPointF(980, 1400 + number % 300))
    painter.end()
    return image


@pytest.fixture(scope="module")
def project_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("series")
    (folder / "frames").mkdir()
    for number in range(PANELS):
        assert sketch(number).save(str(folder / "frames" / f"{number:03}.png"))
    return folder


@pytest.fixture
def model(qapp, project_folder: Path):
    project = make_series(episodes=1, shots_per_episode=PANELS)
    for number, shot in enumerate(project.episodes[0].shots):
        shot.frame = f"frames/{number:03}.png"
    bridge = DocumentBridge()
    storyboard = StoryboardModel(bridge, ShotBadges(bridge))
    bridge.open(Document(project), project_folder / "series.shotgraph")
    assert storyboard.rowCount() == PANELS
    yield storyboard
    stop_workers()


def request_all(model: StoryboardModel) -> int:
    """Every panel asks for its frame, as painting them does; returns how many had it at once."""
    return sum(not model.index(row).data(Qt.ItemDataRole.DecorationRole).isNull() for row in range(PANELS))


def fresh(model: StoryboardModel):
    stop_workers()
    model.thumbnails.clear()
    return (model,), {}


def test_bench_asking_for_300_frames_costs_the_window_one_frame(benchmark, model) -> None:
    shown = benchmark.pedantic(request_all, setup=lambda: fresh(model), rounds=10)
    assert shown == 0
    if benchmark.stats is not None:
        benchmark.extra_info["ui_thread_ms"] = round(benchmark.stats.stats.median * 1000, 2)
        print(f"\nUI thread, asking for {PANELS} frames: {benchmark.stats.stats.median * 1000:.2f} ms")
        assert benchmark.stats.stats.median <= REQUEST_SECONDS


def read_all(model: StoryboardModel) -> None:
    """Ask for every frame, then keep the event loop running until every panel has its frame."""
    ready: set[object] = set()
    model.thumbnails.ready.connect(lambda path, _waiters: ready.add(path))
    request_all(model)
    deadline = time.monotonic() + 3 * READY_SECONDS
    while len(ready) < PANELS and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    assert request_all(model) == PANELS


def test_bench_all_300_frames_are_read_in_the_background(benchmark, model) -> None:
    benchmark.pedantic(read_all, setup=lambda: fresh(model), rounds=3)
    if benchmark.stats is not None:
        benchmark.extra_info["all_ready_s"] = round(benchmark.stats.stats.median, 2)
        print(f"\nAll {PANELS} frames read: {benchmark.stats.stats.median:.2f} s")
        assert benchmark.stats.stats.median <= READY_SECONDS
