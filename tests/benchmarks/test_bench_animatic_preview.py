"""View ▸ Play Episode on the demo plays at the project frame rate: across the first half
minute of its first episode (a dozen shots and their cuts) every frame is shown, save a small
share a busy shared machine may cost, and no frame stays up longer than three frame periods.

Run with ``make bench``.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from shotgraph.core.graph import picture_order
from shotgraph.demo import demo_project_path
from shotgraph.ui.animatic_preview import AnimaticPreview
from shotgraph.ui.main_window import MainWindow

SKIPPED_SHARE = 0.01
"""At most this share of the episode's frames may go unshown."""
LONGEST_PERIODS = 3
"""No frame may stay on screen longer than this many frame periods."""
PLAYED_SECONDS = 30


def test_bench_the_demo_preview_shows_every_frame_at_the_frame_rate(benchmark, qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo_project_path())
    episode = window.project.episodes[0]
    window.bridge.select([picture_order(episode)[0].id])
    window.play_episode_action.trigger()
    preview = window.findChild(AnimaticPreview, "animatic_preview")
    qtbot.waitExposed(preview)
    player = preview.player
    shown: list[tuple[int, float]] = []
    player.frame_changed.connect(lambda frame: shown.append((frame, time.perf_counter())))

    played = min(player.reel.frames, int(PLAYED_SECONDS * player.reel.rate))

    def play_through() -> None:
        shown.clear()
        player.seek(0)
        player.play()
        qtbot.waitUntil(lambda: player.frame >= played - 1 or not player.playing,
                        timeout=PLAYED_SECONDS * 1000 + 10_000)
        player.pause()

    benchmark.pedantic(play_through, rounds=1)
    preview.close()
    QApplication.processEvents()
    frames = {frame for frame, _ in shown if frame < played}
    skipped = played - len(frames)
    period = 1 / float(player.reel.rate)
    longest = max(b - a for (_, a), (_, b) in zip(shown, shown[1:], strict=False))
    print(f"\npreview: {played} frames at {float(player.reel.rate):g} fps, {skipped} skipped, "
          f"longest frame {longest * 1000:.0f} ms")
    assert skipped <= SKIPPED_SHARE * played
    assert longest <= LONGEST_PERIODS * period
