"""The bundled Chinese font, light and dark palettes, shared colours, and names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QPalette, QRawFont
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from shotgraph.core.model import Mode
from shotgraph.core.rules.findings import Severity
from shotgraph.fonts import CJK_FAMILY
from shotgraph.ui import appearance as appearance_module
from shotgraph.ui.appearance import (
    appearance,
    dark_palette,
    install_cjk_font,
    is_dark,
    light_palette,
    mode_colour,
    severity_colour,
)
from shotgraph.ui.preferences import PreferencesDialog

CHINESE = "镜头分镜实拍混合通告单机位景别第一集"


@pytest.fixture
def looks(qapp):
    """The application's appearance, put back to light afterwards."""
    yield appearance(qapp)
    appearance(qapp).apply("light")


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_bundled_font_is_registered_and_draws_chinese(qapp):
    assert install_cjk_font(qapp) == CJK_FAMILY
    assert CJK_FAMILY in QFontDatabase.families()
    assert CJK_FAMILY in qapp.font().families()
    raw = QRawFont.fromFont(QFont(CJK_FAMILY))
    assert raw.familyName() == CJK_FAMILY
    assert all(raw.supportsCharacter(ord(c)) for c in CHINESE)
    metrics = QFontMetrics(QFont(CJK_FAMILY))
    assert all(metrics.inFontUcs4(ord(c)) for c in CHINESE)


def test_choosing_dark_in_preferences_gives_light_text_on_dark_windows(qtbot, window, looks):
    styled = QLabel("1-03 · 混合", window.details)
    styled.setStyleSheet("font-weight: bold")
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.appearance.setFocus()
    qtbot.keyClick(dialog.appearance, Qt.Key.Key_End)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_dark(window.palette()))
    palette = window.palette()
    role = QPalette.ColorRole
    assert palette.color(role.Window).lightness() < 80 and palette.color(role.Base).lightness() < 80
    assert palette.color(role.WindowText).lightness() > 200 and palette.color(role.Text).lightness() > 200
    assert QGuiApplication.palette().color(role.Window) == palette.color(role.Window)
    assert styled.palette().color(role.WindowText).lightness() > 200
    assert window.style().name().lower() == "fusion"
    assert QSettings().value("ui/appearance") == "dark"


def test_system_appearance_follows_the_system_colour_scheme(qapp, looks, monkeypatch):
    looks.apply("system")
    monkeypatch.setattr(appearance_module, "system_is_dark", lambda: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark()
    monkeypatch.setattr(appearance_module, "system_is_dark", lambda: False)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark()


def test_a_chosen_appearance_ignores_the_system(qapp, looks, monkeypatch):
    looks.apply("light")
    monkeypatch.setattr(appearance_module, "system_is_dark", lambda: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark()


@pytest.mark.parametrize("dark", [False, True])
def test_mode_and_severity_colours_read_on_both_palettes(dark):
    palette = dark_palette() if dark else light_palette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        background = palette.color(role)
        for mode in Mode:
            assert contrast(mode_colour(mode, dark), background) >= 4.5, (mode, role)
        for severity in Severity:
            assert contrast(severity_colour(severity, dark), background) >= 4.5, (severity, role)
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, palette.color(QPalette.ColorRole.Base)) >= 7


def test_the_three_modes_look_different():
    for dark in (False, True):
        names = {mode_colour(mode, dark).name() for mode in Mode}
        assert len(names) == 3
