"""Small controls the scene and episode dialogs share.

Number boxes and drop-downs here ignore the mouse wheel until they have the focus, so
scrolling past them never changes a story day or an episode number by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget


class QuietSpinBox(QSpinBox):
    """A spin box the wheel changes only once it has the focus (clicked or tabbed into)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class QuietComboBox(QComboBox):
    """A drop-down the wheel changes only once it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class NameEntry(QLineEdit):
    """A line for a new name: Enter adds what was typed (``entered``) instead of closing the dialog;
    on an empty line Enter still presses the dialog's OK."""

    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.entered.emit(self.text().strip())
            event.accept()
            return
        super().keyPressEvent(event)


def notes_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A notes box Tab leaves (instead of typing a tab), a few lines high."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def problem_label(parent: QWidget) -> QLabel:
    """A red line that says why OK was refused, read out by screen readers."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Show ``text`` in a problem label (hide it when empty), and give it as the accessible text too."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
