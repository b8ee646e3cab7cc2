"""View ▸ Legend: a window beside the editor that explains the graph's colours, lines and marks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from shotgraph.core.model import Mode
from shotgraph.core.rules.findings import Severity
from shotgraph.ui.appearance import appearance, severity_colour
from shotgraph.ui.canvas import style
from shotgraph.ui.language import install_language
from shotgraph.ui.legend import LegendWindow, Sample


def open_legend(window) -> LegendWindow:
    action = next(a for a in window.view_menu.actions() if a.objectName() == "legend_action")
    assert action.text() == "Legend"
    action.trigger()
    legend = window.findChild(LegendWindow, "legend")
    assert legend is not None and legend.isVisible()
    return legend


def texts(legend: LegendWindow) -> list[str]:
    return [label.text() for label in legend.findChildren(QLabel)]


def colours(sample: Sample) -> set[str]:
    image: QImage = sample.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}


def test_view_legend_opens_a_window_that_stays_open_beside_the_editor(qtbot, window):
    legend = open_legend(window)
    assert not legend.isModal()
    assert window.isEnabled()
    open_legend(window)
    assert len(window.findChildren(LegendWindow)) == 1


def test_the_legend_explains_modes_links_severities_and_card_marks(qtbot, window):
    words = " ".join(texts(open_legend(window)))
    for text in ("Live —", "AI —", "Hybrid —", "Cut —", "Plate —", "Alternative take —", "error —", "warning —",
                 "info —", "Badge:", "Selected", "Keyboard focus"):
        assert text in words


def test_the_samples_are_painted_with_the_views_colours(qtbot, window):
    legend = open_legend(window)
    samples = legend.findChildren(Sample)
    assert len(samples) == 3 + 3 + 3 + 4
    live, ai, hybrid = samples[:3]
    assert style.MODE_COLOURS[Mode.LIVE].name() in colours(live)
    assert style.MODE_COLOURS[Mode.HYBRID].name() in colours(hybrid)
    assert style.MODE_COLOURS[Mode.LIVE].name() not in colours(ai)
    error = samples[6]
    assert severity_colour(Severity.ERROR, dark=False).name() in colours(error)


def test_the_legend_reads_in_the_dark_appearance(qtbot, qapp, window):
    appearance(qapp).apply("dark")
    try:
        legend = open_legend(window)
        cut = legend.findChildren(Sample)[3]
        assert style.edge_colour(style.EdgeKind.CUT).name() in colours(cut)
        label = legend.findChildren(QLabel)[1]
        text, background = label.palette().color(label.foregroundRole()), legend.palette().color(
            legend.backgroundRole())
        assert abs(text.lightness() - background.lightness()) > 120
    finally:
        appearance(qapp).apply("light")


@pytest.fixture
def chinese_window(request):
    install_language("zh_CN")
    yield request.getfixturevalue("window")
    install_language("en")


def test_the_legend_speaks_chinese(qtbot, chinese_window):
    action = next(a for a in chinese_window.view_menu.actions() if a.objectName() == "legend_action")
    assert action.text() == "图例"
    action.trigger()
    words = " ".join(texts(chinese_window.findChild(LegendWindow, "legend")))
    for text in ("实拍 —", "剪接 —", "背景板 —", "错误 —", "警告 —", "键盘焦点"):
        assert text in words
