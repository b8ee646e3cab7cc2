"""How the editor looks: the bundled Chinese font behind the system font, light and dark
palettes that follow the system colour scheme, and the colours every view shares for shot
modes and finding severities, readable on both."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from shotgraph.core.model import Mode
from shotgraph.core.rules.findings import Severity
from shotgraph.fonts import CJK_FAMILY, cjk_font_path

APPEARANCE_KEY = "ui/appearance"
APPEARANCES = ("system", "light", "dark")
"""Follow the system's colour scheme, or always light, or always dark."""

_MODE_COLOURS = {  # (on light, on dark)
    Mode.LIVE: ("#1565c0", "#82b1ff"),
    Mode.AI: ("#7b1fa2", "#e1a6f0"),
    Mode.HYBRID: ("#00796b", "#64d8cb"),
}
_SEVERITY_COLOURS = {
    Severity.ERROR: ("#c62828", "#ff8a80"),
    Severity.WARNING: ("#9a4d00", "#ffb74d"),
    Severity.INFO: ("#455a64", "#b0bec5"),
}


def install_cjk_font(app: QGuiApplication) -> str:
    """Register the bundled WenQuanYi Micro Hei and make it the application font's fallback,
    so Chinese renders even where the system has no CJK font; returns its family ("" if unreadable)."""
    if CJK_FAMILY not in QFontDatabase.families():
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        if font_id < 0 or CJK_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
            return ""
    font = app.font()
    font.setFamilies(list(dict.fromkeys([*font.families(), font.family(), CJK_FAMILY])))
    app.setFont(font)
    return CJK_FAMILY


def appearance_setting() -> str:
    value = QSettings().value(APPEARANCE_KEY, "system")
    return value if value in APPEARANCES else "system"


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) draws light text on dark windows."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mode_colour(mode: Mode | str, dark: bool | None = None) -> QColor:
    """The colour of a live, AI or hybrid shot, readable on the current (or the given) background."""
    light_name, dark_name = _MODE_COLOURS[Mode(mode)]
    return QColor(dark_name if (is_dark() if dark is None else dark) else light_name)


def severity_colour(severity: Severity | str, dark: bool | None = None) -> QColor:
    """The colour of an error, warning or info finding, readable on the current (or the given) background."""
    light_name, dark_name = _SEVERITY_COLOURS[Severity(severity)]
    return QColor(dark_name if (is_dark() if dark is None else dark) else light_name)


def light_palette() -> QPalette:
    return _palette(window="#efefef", base="#ffffff", alternate="#f5f5f5", text="#1a1a1a",
                    button="#e8e8e8", highlight="#2f6fd0", link="#1a5fb4", disabled="#8c8c8c")


def dark_palette() -> QPalette:
    return _palette(window="#2b2b2e", base="#1e1e20", alternate="#262629", text="#e8e8e8",
                    button="#36363a", highlight="#3d7ee0", link="#8ab4f8", disabled="#7c7c80")


def _palette(*, window: str, base: str, alternate: str, text: str, button: str, highlight: str,
             link: str, disabled: str) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: window, role.WindowText: text, role.Base: base, role.AlternateBase: alternate,
        role.ToolTipBase: base, role.ToolTipText: text, role.PlaceholderText: disabled, role.Text: text,
        role.Button: button, role.ButtonText: text, role.BrightText: "#ff5252", role.Link: link,
        role.LinkVisited: link, role.Highlight: highlight, role.HighlightedText: "#ffffff",
        role.Light: QColor(button).lighter(130).name(), role.Midlight: QColor(button).lighter(115).name(),
        role.Mid: QColor(button).darker(130).name(), role.Dark: QColor(button).darker(160).name(),
        role.Shadow: "#000000",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    palette.setColor(group.Disabled, role.Highlight, QColor(button).darker(120))
    return palette


class Appearance(QObject):
    """Applies the chosen appearance and, on "system", follows the system's colour scheme as it changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self._app = app
        self._native_style = app.style().name()
        self.choice = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    def apply(self, choice: str) -> None:
        """Light or dark now: Fusion with a dark palette when dark, the platform's own style when light."""
        self.choice = choice if choice in APPEARANCES else "system"
        dark = self.choice == "dark" or (self.choice == "system" and system_is_dark())
        self._app.setPalette(dark_palette() if dark else light_palette())
        self._app.setStyle("Fusion" if dark else self._native_style)  # repolishes styled widgets too

    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")


def appearance(app: QApplication) -> Appearance:
    """The application's one ``Appearance`` (made on first use)."""
    found = app.findChild(Appearance, "appearance")
    return found if found is not None else Appearance(app)
