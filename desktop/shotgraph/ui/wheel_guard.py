"""The mouse wheel scrolls panels; it never changes a value the user is not editing.

Qt lets a wheel turned over a combo box, spin box, date edit or slider change its value,
even when the user only meant to scroll the inspector past it: a shot would silently get
another lens or size. One filter on the application stops that everywhere. A control that
does not have keyboard focus passes the wheel on to the panel that scrolls it; once the
user has clicked or tabbed into it, the wheel changes its value as usual. Those controls
take focus by click or Tab only (``StrongFocus``), so a wheel never selects one either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

from .app_filters import install_once

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
"""Controls whose value a wheel would change (date and time edits are spin boxes)."""


class WheelGuard(QObject):
    """Sends a wheel over an unfocused value control to the scroll area around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            take_focus_by_click_or_tab(watched)
        elif isinstance(event, QWheelEvent) and isinstance(watched, QWidget):
            control = guarded_control(watched)
            if control is not None and not control.hasFocus():
                take_focus_by_click_or_tab(control)
                pass_to_scroll_area(control, event)
                return True
        return False


def guarded_control(widget: QWidget) -> QWidget | None:
    """The value control ``widget`` belongs to (a spin box's or combo box's own line edit included)."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, GUARDED) and not isinstance(candidate, QScrollBar):
            return candidate
    return None


def take_focus_by_click_or_tab(control: QWidget) -> None:
    """Keep the control reachable by click and Tab, but not focused by a passing wheel."""
    if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def pass_to_scroll_area(control: QWidget, event: QWheelEvent) -> None:
    """Scroll the nearest scroll area holding ``control``; with none, the wheel does nothing."""
    area = control.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    point = viewport.mapFromGlobal(event.globalPosition())
    moved = QWheelEvent(point, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                        event.modifiers(), event.phase(), event.inverted(), event.source())
    QCoreApplication.sendEvent(viewport, moved)


def install_wheel_guard(app: QCoreApplication | None = None) -> WheelGuard:
    """Guard every widget of the application (once: later calls return the same guard)."""
    return install_once(WheelGuard, "wheel_guard", app)
