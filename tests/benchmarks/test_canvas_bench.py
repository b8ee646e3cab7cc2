"""The Graph tab at production scale: switching to a 300-shot episode ≤ 300 ms; painting a
1,000-card episode zoomed out until every card is in view ≤ 16 ms a frame (60 frames a second
while panning). Fit Graph itself stops where shot codes stay readable; zooming out further, as
the wheel and Ctrl+- allow, puts all 1,000 cards in one frame, the most a frame ever paints.

Run with ``make bench``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shotgraph.core.document import Document
from shotgraph.ui.badges import ShotBadges
from shotgraph.ui.bridge import DocumentBridge
from shotgraph.ui.canvas import GraphCanvas

from .series import make_series

SWITCH_SECONDS = 0.3
FRAME_SECONDS = 0.016


def open_canvas(qtbot, episodes: int, shots_per_episode: int) -> tuple[GraphCanvas, DocumentBridge]:
    """A shown canvas of its own bridge, on a generated series."""
    bridge = DocumentBridge()
    badges = ShotBadges(bridge)
    canvas = GraphCanvas(bridge, badges)
    qtbot.addWidget(canvas)
    canvas.resize(1400, 800)
    canvas.show()
    bridge.open(Document(make_series(episodes=episodes, shots_per_episode=shots_per_episode)), None)
    QApplication.processEvents()
    return canvas, bridge


def test_bench_switch_to_a_300_shot_episode(benchmark, qtbot) -> None:
    series_canvas, bridge = open_canvas(qtbot, episodes=4, shots_per_episode=300)
    episodes = iter([e.id for e in bridge.project.episodes] * 10)

    def switch() -> None:
        bridge.set_episode(next(episodes))
        series_canvas.viewport().repaint()

    benchmark.pedantic(switch, rounds=8, warmup_rounds=1)
    assert len(series_canvas.graph_scene.cards) == 300
    if benchmark.stats is not None:
        assert benchmark.stats.stats.median <= SWITCH_SECONDS


def test_bench_paint_1000_cards_all_in_view(benchmark, qtbot) -> None:
    canvas, _bridge = open_canvas(qtbot, episodes=1, shots_per_episode=1000)
    canvas.fitInView(canvas.graph_scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    canvas.viewport().grab()
    assert len(canvas.graph_scene.cards) == 1000
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert all(visible.contains(card.sceneBoundingRect()) for card in canvas.graph_scene.cards.values())
    benchmark.pedantic(canvas.viewport().grab, rounds=30, warmup_rounds=2)
    if benchmark.stats is not None:
        assert benchmark.stats.stats.median <= FRAME_SECONDS


def test_bench_paint_detailed_cards(benchmark, qtbot) -> None:
    """The everyday view: full cards with frames and text at the starting zoom."""
    canvas, _bridge = open_canvas(qtbot, episodes=1, shots_per_episode=1000)
    canvas.viewport().grab()
    benchmark.pedantic(canvas.viewport().grab, rounds=30, warmup_rounds=2)
    if benchmark.stats is not None:
        assert benchmark.stats.stats.median <= FRAME_SECONDS
