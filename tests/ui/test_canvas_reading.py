"""Reading the graph: cards in the interface language, a compact card when zoomed out, the severity
badge, and a ring on the card that has keyboard focus."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage

from benchmarks.series import make_series
from shotgraph.core.model import Mode
from shotgraph.ui.canvas import style
from shotgraph.ui.language import install_language
from shotgraph.ui.storyboard.roles import PanelRole


def card_of(window, code: str):
    shot = next(s for s in window.bridge.episode.shots if s.code == code)
    return window.canvas.graph_scene.cards[shot.id]


def on_screen(window, card) -> QImage:
    """What the canvas shows of ``card`` now."""
    canvas = window.canvas
    rect = canvas.mapFromScene(card.mapToScene(card.card_rect())).boundingRect()
    return canvas.viewport().grab(rect.intersected(canvas.viewport().rect())).toImage()


def share(image: QImage, colour: QColor) -> float:
    """The share of the image's pixels within a small distance of ``colour``."""
    near = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = QColor(image.pixel(x, y))
            near += max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                        abs(pixel.blue() - colour.blue())) < 40
    return near / max(1, image.width() * image.height())


def test_cards_print_the_camera_in_english_words(window):
    assert card_of(window, "1-04").text.camera == "MS · Eye level"
    assert card_of(window, "1-06").text.movement == "Dolly in"
    assert card_of(window, "1-05").text.camera == "Insert · High"


@pytest.fixture
def chinese_window(request):
    install_language("zh_CN")
    yield request.getfixturevalue("window")
    install_language("en")


def test_in_chinese_cards_and_panels_say_the_same_chinese_words(chinese_window):
    window = chinese_window
    assert card_of(window, "1-04").text.camera == "中景 · 平视"
    assert card_of(window, "1-06").text.movement == "推"
    assert card_of(window, "1-06").text.camera == "特写 · 平视"
    storyboard = window.grid.storyboard()
    row = next(r for r in range(storyboard.rowCount()) if storyboard.shot(r).code == "1-04")
    caption = storyboard.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    assert caption.splitlines()[0] == "1-04  中景"
    assert storyboard.index(row, 0).data(PanelRole).code == "1-04"


def test_at_fit_zoom_cards_turn_compact_with_a_readable_code(qtbot, window):
    window.canvas.fit_all()
    zoom = window.canvas.zoom()
    assert style.CODE_LOD <= zoom < style.DETAIL_LOD
    assert style.COMPACT_CODE_PX * 0.72 * zoom >= style.MIN_TEXT_PX  # digits at least this many pixels high
    live = on_screen(window, card_of(window, "1-04"))
    assert share(live, style.MODE_COLOURS[Mode.LIVE]) > 0.4  # the mode colour fills the card
    assert 0.05 < share(live, QColor("#ffffff")) < 0.6  # and its large white code stands on it


def test_zoomed_in_cards_show_the_full_card(qtbot, window):
    window.canvas.set_zoom(1.0)
    card = card_of(window, "1-04")
    window.canvas.centerOn(card)
    full = on_screen(window, card)
    assert share(full, style.CARD_FILL) > 0.4  # white paper with small text
    assert share(full, style.MODE_COLOURS[Mode.LIVE]) < 0.15  # the mode is a stripe, not the whole card


def test_a_300_shot_episode_at_fit_zoom_paints_compact_cards_quickly(qtbot, window):
    window.show_project(make_series(1, 300), None)
    window.canvas.fit_all()
    assert window.canvas.zoom() == pytest.approx(style.FIT_LOD)  # 300 cards wide: Fit stops where codes read
    start = time.perf_counter()
    window.canvas.viewport().grab()
    assert time.perf_counter() - start < 1.0
    first = min(window.canvas.graph_scene.cards.values(), key=lambda card: card.pos().x())
    assert window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect().contains(
        first.sceneBoundingRect())  # the episode's start is in view, the rest scrolls
    image = on_screen(window, first)
    assert share(image, style.CARD_FILL) < 0.6 and image.width() > 20  # compact, with its code readable


def test_the_card_with_keyboard_focus_has_a_ring_distinct_from_selection(qtbot, window):
    canvas = window.canvas
    canvas.set_zoom(1.0)
    first, second = card_of(window, "1-04"), card_of(window, "1-05")
    canvas.centerOn(first)
    window.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=canvas.mapFromScene(first.mapToScene(first.card_rect().center())))
    assert first.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert second.hasFocus() and not first.hasFocus()
    assert second.isSelected()
    ring = style.focus_colour()
    assert rings(window, second, ring) > 20
    assert rings(window, first, ring) == 0
    second.setSelected(False)
    assert not second.hasFocus()


def rings(window, card, colour: QColor) -> int:
    """Pixels of ``colour`` in the gap just outside the card, where its focus ring is drawn."""
    canvas = window.canvas
    outer = canvas.mapFromScene(card.mapToScene(card.card_rect().adjusted(-10, -10, 10, 10))).boundingRect()
    inner = canvas.mapFromScene(card.mapToScene(card.card_rect().adjusted(-4, -4, 4, 4))).boundingRect()
    image = canvas.viewport().grab(outer).toImage()
    inside = QRect(inner.topLeft() - outer.topLeft(), inner.size())
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if not inside.contains(x, y) and QColor(image.pixel(x, y)) == colour)
