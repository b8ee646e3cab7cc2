"""Window layouts remembered per screen, and windows that fit the screen they open on.

A director moves between a 1366×768 laptop and a large external monitor: the docks, window
size and splitters that suit one do not suit the other. Each layout is saved under the size of
the screen it was made on (``window/1366x768/state``), so each screen gets its own back. On a
screen with nothing saved, windows open at their preferred size shrunk to fit the screen,
taskbar and title bar included.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabBar, QWidget

FRAME = QSize(16, 40)
"""Room the system takes around a window for its borders and title bar."""


@dataclass(frozen=True)
class ScreenInfo:
    """A connected screen as layouts see it."""

    key: str
    """Its size in pixels ("1366x768"), which names the layouts saved on it."""
    area: QRect
    """What windows may cover: the screen less its taskbar and panels."""


def _info(screen: QScreen) -> ScreenInfo:
    size = screen.size()
    return ScreenInfo(f"{size.width()}x{size.height()}", screen.availableGeometry())


def current_screen(widget: QWidget) -> ScreenInfo:
    """The screen ``widget`` is on (before it is shown: the one it will open on)."""
    return _info(widget.screen() or QGuiApplication.primaryScreen())


def connected_screens() -> list[ScreenInfo]:
    return [_info(screen) for screen in QGuiApplication.screens()]


def fitted(preferred: QSize, screen: ScreenInfo) -> QSize:
    """``preferred`` shrunk so the window, with its frame, fits in the screen's free area."""
    room = screen.area.size() - FRAME
    return preferred.boundedTo(room.expandedTo(QSize(1, 1)))


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Open ``widget`` at ``preferred`` size, or smaller on a screen without room for it."""
    widget.resize(fitted(preferred, current_screen(widget)))


def _place(window: QWidget, preferred: QSize, screen: ScreenInfo) -> None:
    """Size the window to fit the screen and centre it there."""
    size = fitted(preferred, screen)
    window.resize(size)
    area, outer = screen.area, size + FRAME
    window.move(area.x() + (area.width() - outer.width()) // 2, area.y() + (area.height() - outer.height()) // 2)


def dock_sizes(window: QSize) -> tuple[int, int, int]:
    """Starting widths of the left and right docks and height of the bottom dock for a window this size,
    leaving the centre view at least half the width and most of the height on a laptop."""
    def within(value: float, low: int, high: int) -> int:
        return int(min(high, max(low, value)))

    return (within(window.width() * 0.18, 200, 280), within(window.width() * 0.27, 320, 420),
            within(window.height() * 0.26, 150, 260))


def _remembered_screen(settings: QSettings, name: str) -> ScreenInfo | None:
    """The screen the window was last closed on, when one of that size is still connected."""
    key = settings.value(f"{name}/screen")
    return next((screen for screen in connected_screens() if screen.key == key), None)


def restore_window(window: QMainWindow, name: str, preferred: QSize) -> bool:
    """Put back the size, docks and toolbars saved on this screen; False when none were (a layout to fit)."""
    settings = QSettings()
    screen = _remembered_screen(settings, name) or current_screen(window)
    geometry = settings.value(f"{name}/{screen.key}/geometry")
    state = settings.value(f"{name}/{screen.key}/state")
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        _place(window, preferred, screen)
    return isinstance(state, QByteArray) and window.restoreState(state)


def save_window(window: QMainWindow, name: str) -> None:
    """Remember the window's size, docks and toolbars for the screen it is on now."""
    settings = QSettings()
    key = current_screen(window).key
    settings.setValue(f"{name}/{key}/geometry", window.saveGeometry())
    settings.setValue(f"{name}/{key}/state", window.saveState())
    settings.setValue(f"{name}/screen", key)


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Give ``splitter`` the sizes the user last dragged it to on this screen, and keep them from now on."""
    state = QSettings().value(_splitter_key(splitter, name))
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    splitter.splitterMoved.connect(
        lambda _pos, _index: QSettings().setValue(_splitter_key(splitter, name), splitter.saveState()))


def _splitter_key(splitter: QSplitter, name: str) -> str:
    return f"splitters/{current_screen(splitter).key}/{name}"


def hide_stray_tab_bars(window: QMainWindow) -> None:
    """Hide dock tab bars Qt left behind when docks were tabbed together again (by a restored layout,
    or step by step): a bar that sits under none of its docks would show as a second set of tabs."""
    docks = {dock.windowTitle(): dock for dock in window.findChildren(QDockWidget) if dock.isVisible()}
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if bar.isVisible() and not _under_its_docks(bar, docks):
            bar.hide()


def _under_its_docks(bar: QTabBar, docks: dict[str, QDockWidget]) -> bool:
    place = bar.geometry()
    for title in (bar.tabText(n) for n in range(bar.count())):
        dock = docks.get(title)
        if dock is not None and abs(dock.geometry().bottom() - place.top()) <= 8 and \
                abs(dock.geometry().left() - place.left()) <= 8:
            return True
    return False
