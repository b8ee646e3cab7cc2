"""Panel editor budgets on a 1080×1920 panel: one mouse-move stroke segment, painted, ≤ 16 ms (a frame at
60 Hz); a flood fill of most of the panel ≤ 100 ms.

Run with ``make bench``.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication

from shotgraph.demo import demo_project_path
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.sketch import PanelEditor
from shotgraph.ui.sketch.fill import flood_fill
from shotgraph.ui.sketch.layers import blank

SEGMENT_SECONDS = 0.016
FILL_SECONDS = 0.100


@pytest.fixture
def editor(qtbot, tmp_path: Path) -> PanelEditor:
    source = demo_project_path()
    shutil.copytree(source.parent, tmp_path / "demo")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "demo" / source.name)
    window.show()
    editor = window.panel_editors.open(window.bridge.episode.shots[3].id)
    qtbot.waitExposed(editor)
    assert editor.canvas.panel_size().width() == 1080 and editor.canvas.panel_size().height() == 1920
    return editor


def _min(benchmark) -> float | None:
    return benchmark.stats.stats.min if benchmark.stats is not None else None


def test_bench_one_stroke_segment_within_16_ms(benchmark, editor: PanelEditor) -> None:
    """A mouse move while drawing: the segment goes into the layer and the whole canvas repaints (the editor
    itself repaints only the touched area, so this is an upper bound)."""
    canvas = editor.canvas
    panel = canvas.panel_rect()
    scale = panel.width() / 1080
    points = itertools.cycle(panel.topLeft() + QPointF(200 + (n % 60) * 11, 300 + n * 2.5) * scale
                             for n in range(400))
    canvas.begin_stroke(QPointF(200, 300))

    def move_and_paint() -> None:
        at = next(points)
        QApplication.sendEvent(canvas, QMouseEvent(QEvent.Type.MouseMove, at, at, Qt.MouseButton.NoButton,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        canvas.repaint()

    benchmark.pedantic(move_and_paint, rounds=200, warmup_rounds=5)
    assert canvas.layers[1].image.pixelColor(200, 300).alpha() == 255
    if (best := _min(benchmark)) is not None:
        assert best <= SEGMENT_SECONDS


def test_bench_flood_fill_within_100_ms(benchmark, qapp) -> None:
    """Filling the background around a drawn shape on a 1080×1920 layer."""
    def drawn_layer():
        image = blank(QSize(1080, 1920))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("black"), 5))
        painter.drawEllipse(200, 400, 600, 900)
        painter.end()
        return (image,), {}

    benchmark.pedantic(lambda image: flood_fill(image, QPoint(10, 10), QColor("red")), setup=drawn_layer,
                       rounds=10)
    if (best := _min(benchmark)) is not None:
        assert best <= FILL_SECONDS
