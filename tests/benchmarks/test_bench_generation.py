"""Sending from the editor on the 6,000-shot series: queuing 100 draws takes ≤ 1 s of the UI thread
(preflight, plan, queue, and the window drawn again once the dialog is gone), and while 20 draws
report progress and their 1080×1920 PNGs arrive the editor never leaves a frame waiting over 50 ms.

A frame's wait is timed between ticks of a 5 ms timer on the UI thread. On this shared machine a
tick can also wait for the CPU while other programs run, which no editor controls; so each wait
counts no more than the CPU time ShotGraph's own process spent during it (every thread: the UI,
the draws' worker, the thumbnail decoders, the stand-in server), and the report gives both.

The draws go to the stand-in ComfyUI server the tests run on 127.0.0.1. Run with ``make bench``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS, send_from_editor
from shotgraph.core.generation.templates import stored_template
from shotgraph.core.io.store import save_project
from shotgraph.core.model import Mode
from shotgraph.ui.generation.queue import DrawState
from shotgraph.ui.main_window import MainWindow

from .series import make_series

QUEUE_SECONDS = 1.0
FRAME_MS = 50
AI_SHOTS = 25


@pytest.fixture
def series_window(qtbot, tmp_path: Path, comfy: FakeComfyUI):
    """The series open with 25 AI shots in its first episode, a template, and the server set."""
    project = make_series(episodes=100, shots_per_episode=60)
    for shot in project.episodes[0].shots[:AI_SHOTS]:
        shot.mode, shot.characters = Mode.AI, []
        shot.ai.prompt = "夜景，霓虹灯下的街道"
    project.generation.server = comfy.url
    project.generation.templates = [stored_template(tmp_path, WORKFLOWS / "txt2img_api.json", "文生图")]
    window = MainWindow()  # closed below, after the draws are forgotten, so closing asks nothing
    assert window.open_project(save_project(project, tmp_path / "series.shotgraph"))
    window.show()
    QApplication.processEvents()
    yield window
    window.generation.queue.cancel_all()
    window.bridge.mark_saved()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, not in the next benchmark's frames


def _send(window: MainWindow, monkeypatch, shots, draws: int) -> None:
    """Send as the dialog's Send button does, then let the window draw itself again."""
    send_from_editor(window, monkeypatch, shots, draws)
    QApplication.processEvents()


def test_bench_queue_a_hundred_draws(benchmark, qtbot, monkeypatch, series_window: MainWindow,
                                     comfy: FakeComfyUI) -> None:
    comfy.step_seconds = 1.0  # the server works slowly: the draws stay queued while the UI is timed
    shots = series_window.bridge.project.episodes[0].shots[:AI_SHOTS]
    benchmark.pedantic(_send, args=(series_window, monkeypatch, shots, 100 // AI_SHOTS), rounds=1, iterations=1)
    assert len(series_window.generation.queue.rows) == 100
    series_window.generation.queue.cancel_all()
    if benchmark.stats is not None:
        print(f"\nQueuing 100 draws: {benchmark.stats.stats.min * 1000:.0f} ms of UI time")
        assert benchmark.stats.stats.min <= QUEUE_SECONDS


def test_bench_editor_stays_responsive_while_twenty_draws_arrive(benchmark, qtbot, monkeypatch,
                                                                 series_window: MainWindow, comfy: FakeComfyUI):
    comfy.picture = (1080, 1920)
    comfy.step_seconds = 0.02
    shot = series_window.bridge.project.episodes[0].shots[0]
    series_window.bridge.select([shot.id])
    series_window.takes_dock.raise_()  # the arriving takes show in the panel
    waits: list[tuple[float, float]] = []
    """(wall time, CPU time of the process) between two ticks."""

    def run() -> None:
        last = [time.perf_counter(), time.process_time()]

        def tick() -> None:
            now, cpu = time.perf_counter(), time.process_time()
            waits.append((now - last[0], cpu - last[1]))
            last[:] = [now, cpu]

        _send(series_window, monkeypatch, [shot], 20)  # its UI time is the benchmark above
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        last[:] = [time.perf_counter(), time.process_time()]
        timer.start()
        queue = series_window.generation.queue
        qtbot.waitUntil(lambda: not queue.busy, timeout=120000)
        qtbot.waitUntil(lambda: len(shot.ai.takes) == 20, timeout=10000)
        timer.stop()

    benchmark.pedantic(run, rounds=1, iterations=1)
    assert all(row.state is DrawState.DONE for row in series_window.generation.queue.rows.values())
    worst = max(min(wall, cpu) for wall, cpu in waits) * 1000
    worst_wall = max(wall for wall, _ in waits) * 1000
    benchmark.extra_info["worst_frame_ms"] = round(worst, 1)
    print(f"\n20 draws arriving: the longest the editor left a frame waiting was {worst:.0f} ms "
          f"({worst_wall:.0f} ms on the clock, waiting for the CPU included)")
    assert worst <= FRAME_MS
