"""Keyboard users never get stuck or lost: Tab leaves every table, stops only where the user can see
(scrolling the panel to it), and Esc out of a menu returns to the view.

Three Qt defaults trap a director working from the keyboard. A table moves Tab from cell to cell,
so Tab never leaves the findings or budget table (arrow keys already move between rows). Docks
stacked as tabs (Budget behind Findings, AI Takes behind the Inspector) keep their hidden panels,
and a stray tab bar Qt leaves under the central view, in the Tab order, so the focus vanishes
where nobody sees it. And after Alt+F opens a menu and Esc
closes it, Qt keeps the menu bar selected: the arrow keys then walk along the menus instead of
moving between cards on the graph. One filter on the application changes all three, for every window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QMenu,
    QMenuBar,
    QScrollArea,
    QWidget,
)

from .app_filters import install_once

_TAB_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class KeyboardGuard(QObject):
    """Keeps Tab moving between controls and gives the arrow keys back to the view after a menu."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif isinstance(event, QKeyEvent) and isinstance(watched, QMenu) and event.key() == Qt.Key.Key_Escape:
            QTimer.singleShot(0, leave_menu_bar)  # once the menu has closed
        elif (kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and event.reason() in _TAB_REASONS
              and isinstance(watched, QWidget)):
            self._on_tabbed_in(watched, forward=event.reason() == Qt.FocusReason.TabFocusReason)
        return False

    def _on_tabbed_in(self, widget: QWidget, forward: bool) -> None:
        """Scroll the control Tab reached into view, or move on when it cannot be seen at all."""
        if out_of_sight(widget):
            QTimer.singleShot(0, widget, lambda: skip_hidden(widget, forward))  # dropped if the widget goes
        else:
            scroll_into_view(widget)


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every panel holding ``widget`` to it: Qt does so only when Tab moves within the panel, so
    Shift+Tab into the inspector from below would stop on its last field out of view."""
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QScrollArea) and (inner := area.widget()) is not None and inner.isAncestorOf(widget):
            area.ensureWidgetVisible(widget)
        area = area.parentWidget()


def out_of_sight(widget: QObject) -> bool:
    """Whether ``widget`` cannot be seen however its panel scrolls: in a docked panel whose tab is not the one
    showing (Qt moves it off the window), or covered and outside any scroll area (Qt's stray tab bars)."""
    if not isinstance(widget, QWidget):
        return False
    scrolls = False
    dock: QWidget | None = widget
    while dock is not None and not isinstance(dock, QDockWidget):
        scrolls = scrolls or isinstance(dock, QAbstractScrollArea)
        dock = dock.parentWidget()
    if dock is not None and not dock.isFloating() and dock.visibleRegion().isEmpty():
        return True
    return not scrolls and widget.visibleRegion().isEmpty()


def skip_hidden(widget: QWidget, forward: bool) -> None:
    """Move the focus on from ``widget``, which Tab reached out of sight, to the next control the user can see."""
    if not widget.hasFocus():
        return
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if _takes_tab_focus(candidate) and not out_of_sight(candidate):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return
        candidate = step(candidate)


def _takes_tab_focus(widget: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and widget.focusProxy() is None)


def leave_menu_bar() -> None:
    """Give the keyboard back to the widget that had it before the menu bar, when no menu is open any more."""
    bar = QApplication.focusWidget()
    if isinstance(bar, QMenuBar) and QApplication.activePopupWidget() is None:
        escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(bar, escape)


def install_keyboard_guard(app: QCoreApplication | None = None) -> KeyboardGuard:
    """Guard every widget of the application (once: later calls return the same guard)."""
    return install_once(KeyboardGuard, "keyboard_guard", app)
