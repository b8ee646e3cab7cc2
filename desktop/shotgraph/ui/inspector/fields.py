"""Editors for one field of one or several shots.

Each shows the values of the selected shots (``show_values``): one value as itself,
different values as "Mixed", and emits ``committed(value)`` only when the user
finishes a change, never while the inspector fills it from the model.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox, QWidget


def shared(values: Sequence[Any]) -> tuple[bool, Any]:
    """(True, the value) when all values are equal, else (False, None)."""
    first = values[0] if values else None
    return all(v == first for v in values), first


class ChoiceCombo(QComboBox):
    """A closed choice (an enum, a location, a plate shot); activated by the user only."""

    committed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._values: list[Any] = []
        self.activated.connect(self._on_self_activated)

    def set_options(self, choices: Sequence[tuple[Any, str]], none_label: str | None = None) -> None:
        """The values offered, each with its label; ``none_label`` offers "not set" first."""
        self.blockSignals(True)
        self.clear()
        self._values = []
        if none_label is not None:
            self.addItem(none_label)
            self._values.append(None)
        for value, label in choices:
            self.addItem(label)
            self._values.append(value)
        self.blockSignals(False)

    def show_values(self, values: Sequence[Any]) -> None:
        same, value = shared(values)
        self.blockSignals(True)
        self.setPlaceholderText(self.tr("Mixed"))
        self.setCurrentIndex(self._values.index(value) if same and value in self._values else -1)
        self.blockSignals(False)

    def _on_self_activated(self, index: int) -> None:
        self.committed.emit(self._values[index])


class LineField(QLineEdit):
    """A one-line name or number; committed on Return or leaving the field, if typed in."""

    committed = Signal(object)
    refused = Signal(str)
    """Why the typed text cannot be the field's value (it then shows the shot's value again)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, number: type | None = None,
                 optional: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._number, self._optional = number, optional
        self._placeholder = ""
        self._shown = ""
        self._suggested: Callable[[], list[str]] | None = None
        self.editingFinished.connect(self._on_self_editing_finished)

    def suggest(self, names: Callable[[], list[str]]) -> None:
        """Offer the names ``names()`` gives as the user types (names used elsewhere in the project),
        asked for each time the field takes the focus."""
        self._suggested = names
        if self.completer() is None:
            completer = QCompleter(QStringListModel(self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.setCompleter(completer)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._suggested is not None:
            model = self.completer().model()
            assert isinstance(model, QStringListModel)  # suggest() gave the completer this model
            model.setStringList(self._suggested())
        super().focusInEvent(event)

    def set_hint(self, text: str) -> None:
        """The grey text shown while the field is empty (the scene's value, a unit)."""
        self._placeholder = text

    def show_values(self, values: Sequence[Any]) -> None:
        same, value = shared(values)
        self._shown = self._text_of(value) if same else ""
        self.blockSignals(True)
        self.setPlaceholderText(self._placeholder if same else self.tr("Mixed"))
        self.setText(self._shown)
        self.setModified(False)
        self.blockSignals(False)

    def _text_of(self, value: Any) -> str:
        if value is None:
            return ""
        return f"{value:g}" if isinstance(value, float) else str(value)

    def _on_self_editing_finished(self) -> None:
        if not self.isModified():
            return
        self.setModified(False)
        text = self.text().strip()
        if text == self._shown:
            return
        try:
            value = self._parsed(text)
        except ValueError:
            self.setText(self._shown)
            self.refused.emit(self._refusal(text))
            return
        self.committed.emit(value)

    def _refusal(self, text: str) -> str:
        if not text:
            return self.tr("{field} cannot be empty").format(field=self.accessibleName())
        if self._number is int:
            return self.tr("{field} takes a whole number, not “{text}”").format(field=self.accessibleName(), text=text)
        return self.tr("{field} takes a number, not “{text}”").format(field=self.accessibleName(), text=text)

    def _parsed(self, text: str) -> Any:
        if not text:
            if self._number is not None and not self._optional:
                raise ValueError(text)
            return None if self._optional else ""
        if self._number is None:
            return text
        if self._number is int:
            return int(text)
        return float(text.replace(",", ".").replace("，", "."))


class TextField(QPlainTextEdit):
    """Several lines of text (description, dialogue, prompt, notes); committed when focus leaves."""

    committed = Signal(object)
    editingFinished = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self._shown = ""
        self.editingFinished.connect(self._on_self_editing_finished)

    def show_values(self, values: Sequence[Any]) -> None:
        same, value = shared(values)
        self._shown = (value or "") if same else ""
        self.blockSignals(True)
        self.setPlaceholderText("" if same else self.tr("Mixed"))
        self.setPlainText(self._shown)
        self.document().setModified(False)
        self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Return commits without leaving the field."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def _on_self_editing_finished(self) -> None:
        if not self.document().isModified():
            return
        self.document().setModified(False)
        if self.toPlainText() != self._shown:
            self.committed.emit(self.toPlainText())


class FlagBox(QCheckBox):
    """A yes/no flag of several shots: partly checked when they differ."""

    committed = Signal(object)

    def __init__(self, text: str, key: Hashable, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.key = key
        self.setAccessibleName(text)
        self.clicked.connect(self._on_self_clicked)

    def show_values(self, values: Sequence[bool]) -> None:
        same, value = shared(values)
        self.blockSignals(True)
        self.setTristate(not same)
        self.setCheckState(Qt.CheckState.PartiallyChecked if not same
                           else Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def _on_self_clicked(self) -> None:
        checked = self.checkState() != Qt.CheckState.Unchecked
        self.setTristate(False)
        self.committed.emit(checked)


class CountSpin(QSpinBox):
    """A count (takes tried): committed when the value is set, not while digits are typed."""

    committed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setKeyboardTracking(False)
        self.setRange(-1, 100_000)
        self.setSpecialValueText(self.tr("Mixed"))
        self.valueChanged.connect(self._on_self_value_changed)

    def show_values(self, values: Sequence[int]) -> None:
        same, value = shared(values)
        self.blockSignals(True)
        self.setValue(value if same else -1)
        self.blockSignals(False)

    def _on_self_value_changed(self, value: int) -> None:
        if value >= 0:
            self.committed.emit(value)
