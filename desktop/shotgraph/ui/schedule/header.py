"""The heading of a stripboard column, which is also the day's handle for the keyboard.

Tab stops on a day's heading; Enter, F2 or a double-click edits the day; the Menu key,
Shift+F10 or a right-click opens its menu. The unscheduled column's heading only shows text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


def is_menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (the keyboard's context-menu keys on every platform)."""
    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10 and bool(shift))


class DayHeader(QFrame):
    """Title and length of a column; for a day, focusable and the way to edit it."""

    edit_requested = Signal()
    menu_requested = Signal(QPoint)
    """Where the menu should open, in global coordinates."""

    def __init__(self, is_day: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_day = is_day
        self.setObjectName("day_header")
        self.title = QLabel(self)
        self.length = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.length)
        layout.addWidget(self.details)
        self.details.hide()
        if is_day:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Double-click or press Enter to edit the day; right-click or press "
                                    "the Menu key for more"))
            self.setAccessibleDescription(self.toolTip())
            self.setStyleSheet("#day_header { border: 2px solid transparent; border-radius: 3px; }"
                               "#day_header:focus { border-color: palette(highlight); }")

    def _is_edit_key(self, event: QKeyEvent) -> bool:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self.is_day and event.key() in EDIT_KEYS and plain

    def event(self, event: QEvent) -> bool:
        """A window shortcut on Enter, F2 or the menu keys must not take them from a focused day."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                self._is_edit_key(event) or is_menu_key(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_edit_key(event):
            self.edit_requested.emit()
        elif is_menu_key(event):
            self.menu_requested.emit(self.mapToGlobal(QPoint(8, self.height() // 2)))
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.is_day and event.button() == Qt.MouseButton.LeftButton:
            self.edit_requested.emit()
        else:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(event.globalPos())
