"""Small controls the scene and episode dialogs share. (Their number boxes and drop-downs ignore
the mouse wheel until focused, as every one in the editor does: see ``wheel_guard``.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget


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


def set_label_buddy(form: QFormLayout, field: QWidget | QLayout, buddy: QWidget) -> None:
    """Let the Alt key of ``field``'s row label (added with a text, so a QLabel) focus ``buddy``."""
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    label.setBuddy(buddy)
