"""One editor control per model field: what it shows, what it gives back, when the user is done with it.

A ``FieldSpec`` names a field by its path in the record (``name``, ``planning.meal_minutes``,
``disclosure.label_text``) and says how to edit it; ``make_field`` turns it into a ``Field``
whose ``edited`` signal fires once the user has finished changing the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from shotgraph.core.model import Project

Options = Callable[[Project], list[tuple[Any, str]]]
"""The choices of a field as (value, shown text), worked out from the project when a form loads."""

_LIST_SEPARATORS = re.compile(r"[,，、;；\n]")
_NO_DATE = QDate(1900, 1, 1)
"""Shown as "Not set" in an optional date field: one day below every date it accepts."""
_LATEST = QDate(2200, 12, 31)


def tr(text: str) -> str:
    """Editor texts are translated in the "Editors" context (marked with QT_TRANSLATE_NOOP where declared)."""
    return QCoreApplication.translate("Editors", text)


@dataclass(frozen=True)
class FieldSpec:
    """How to edit one field; ``optional`` fields offer "not set" (None) below their minimum."""

    path: str
    label: str
    kind: str = "line"
    """line, text, int, float, choice, check, list, date or presence (a sub-record that may be None)."""
    unit: str = ""
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 2
    optional: bool = False
    options: Options | None = None
    factory: Callable[[], Any] | None = None
    """For ``presence``: makes the sub-record when the box is ticked."""


class Field(QObject):
    """A control bound to one field; ``edited`` carries the new value once the user is done."""

    edited = Signal(object)

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec, self.widget = spec, widget
        widget.setAccessibleName(tr(spec.label))
        self._shown: Any = None

    def load(self, value: Any, project: Project) -> None:
        """Show ``value`` without reporting it as an edit."""
        self._shown = value
        self.widget.blockSignals(True)
        try:
            self.show(value, project)
        finally:
            self.widget.blockSignals(False)

    def _on_widget_done(self, *_args: object) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.edited.emit(value)

    def show(self, value: Any, project: Project) -> None:
        """Put ``value`` into the widget; every kind of field (text, number, choice …) says how."""
        raise NotImplementedError

    def value(self) -> Any:
        """The value the widget holds now, in the model's terms; every kind of field says how."""
        raise NotImplementedError


class NoteEdit(QPlainTextEdit):
    """A multi-line text box that says when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class _LineEditField(Field):
    """A field typed on one line, read when the user is done with it."""

    widget: QLineEdit

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QLineEdit(parent))
        self.widget.editingFinished.connect(self._on_widget_done)


class LineField(_LineEditField):
    def show(self, value: Any, project: Project) -> None:
        self.widget.setText(value or "")

    def value(self) -> str:
        return self.widget.text().strip()


class ListField(_LineEditField):
    """Names separated by commas (or 、，；): identity references, for instance."""

    def show(self, value: Any, project: Project) -> None:
        self.widget.setText(", ".join(value or ()))

    def value(self) -> list[str]:
        return [part.strip() for part in _LIST_SEPARATORS.split(self.widget.text()) if part.strip()]


class TextField(Field):
    widget: NoteEdit

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, NoteEdit(parent))
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * 4 + 12)
        self.widget.editing_finished.connect(self._on_widget_done)

    def show(self, value: Any, project: Project) -> None:
        self.widget.setPlainText(value or "")

    def value(self) -> str:
        return self.widget.toPlainText().strip()


class NumberField(Field):
    """A spin box with its unit; an optional number shows "Not set" one step below its minimum."""

    widget: QSpinBox | QDoubleSpinBox

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        whole = spec.kind == "int"
        box: QSpinBox | QDoubleSpinBox = QSpinBox(parent) if whole else QDoubleSpinBox(parent)
        super().__init__(spec, box)
        step = 1 if whole else 10 ** -spec.decimals
        self._floor = spec.minimum - step if spec.optional else spec.minimum
        if isinstance(box, QSpinBox):
            box.setRange(int(self._floor), int(spec.maximum))
        else:
            box.setDecimals(spec.decimals)
            box.setRange(self._floor, spec.maximum)
        if spec.optional:
            box.setSpecialValueText(tr("Not set"))
        if spec.unit:
            box.setSuffix(" " + tr(spec.unit))
        box.setKeyboardTracking(False)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        box.valueChanged.connect(self._on_widget_done)

    def show(self, value: Any, project: Project) -> None:
        shown = self._floor if value is None else value
        if isinstance(self.widget, QSpinBox):
            self.widget.setValue(int(shown))
        else:
            self.widget.setValue(shown)

    def value(self) -> int | float | None:
        value = self.widget.value()
        return None if self.spec.optional and value <= self._floor else value


class ChoiceField(Field):
    """A drop-down of fixed or project-dependent choices."""

    widget: QComboBox

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QComboBox(parent))
        self.widget.activated.connect(self._on_widget_done)

    def show(self, value: Any, project: Project) -> None:
        self.widget.clear()
        assert self.spec.options is not None
        for data, text in self.spec.options(project):
            self.widget.addItem(text, data)
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))

    def value(self) -> Any:
        return self.widget.currentData()


class CheckField(Field):
    widget: QCheckBox

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, QCheckBox(tr(spec.label), parent))
        self.widget.clicked.connect(self._on_widget_done)

    def show(self, value: Any, project: Project) -> None:
        self.widget.setChecked(bool(value))

    def value(self) -> bool:
        return self.widget.isChecked()


class PresenceField(CheckField):
    """Ticked when a sub-record exists; ticking makes a fresh one, unticking removes it."""

    def show(self, value: Any, project: Project) -> None:
        self.widget.setChecked(value is not None)

    def value(self) -> Any:
        if not self.widget.isChecked():
            return None
        assert self.spec.factory is not None
        return self._shown if self._shown is not None else self.spec.factory().model_dump()


class DatePicker(QDateEdit):
    """A date box whose calendar opens at its date, or at today when it has none.

    A plain QDateEdit starts at 2000-01-01 and its calendar opens there. An ``optional``
    picker shows "Not set" instead; its calendar and arrow keys then start from today,
    and Delete clears it. F4 or Alt+Down opens the calendar from the keyboard.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(_NO_DATE if optional else _NO_DATE.addDays(1), _LATEST)
        if optional:
            self.setSpecialValueText(tr("Not set"))
            self.setToolTip(tr("Delete clears the date"))
        self.set_day(None)
        self._watching = False

    def set_day(self, day: dt.date | None) -> None:
        """Show ``day``; None is "Not set" when optional, else today."""
        if day is None:
            self.setDate(_NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> dt.date | None:
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt offers no other way)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        point = QPointF(arrow.center() if arrow.isValid() else self.rect().center())
        self.mousePressEvent(QMouseEvent(QEvent.Type.MouseButtonPress, point, self.mapToGlobal(point),
                                         Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                         Qt.KeyboardModifier.NoModifier))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._watching:  # the calendar is made on first use, so watch it only then
            self._watching = True
            self.calendarWidget().installEventFilter(self)
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.day() is None:
            calendar, today = self.calendarWidget(), QDate.currentDate()
            calendar.blockSignals(True)  # pointing the calendar at today must not fill in the date
            calendar.setSelectedDate(today)
            calendar.blockSignals(False)
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
        elif key == Qt.Key.Key_Delete and self.optional:
            self.set_day(None)
        else:
            super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        """Arrows on an empty date start from today, not from the "Not set" marker."""
        if self.day() is None:
            self.set_day(dt.date.today())
        else:
            super().stepBy(steps)


class DateField(Field):
    """An optional day: "Not set" until the user picks one."""

    widget: DatePicker

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, DatePicker(parent, optional=True))
        self.widget.setKeyboardTracking(False)
        self.widget.dateChanged.connect(self._on_widget_done)

    def show(self, value: Any, project: Project) -> None:
        self.widget.set_day(value)

    def value(self) -> dt.date | None:
        return self.widget.day()


_KINDS: dict[str, type[Field]] = {
    "line": LineField, "list": ListField, "text": TextField, "int": NumberField, "float": NumberField,
    "choice": ChoiceField, "check": CheckField, "presence": PresenceField, "date": DateField,
}


def make_field(spec: FieldSpec, parent: QWidget) -> Field:
    """The control for ``spec``."""
    return _KINDS[spec.kind](spec, parent)


class SettingsGroup(QGroupBox):
    """A titled group of project settings, one form row per field; ``edited`` carries a project
    settings change ``{path: value}``. Disabled until ``load`` gives it a project."""

    edited = Signal(dict)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(tr(title), parent)
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}
        self.setEnabled(False)

    def add_fields(self, fields: dict[str, Field]) -> None:
        """Add each field (made with this group as parent) under its project settings path."""
        for path, field in fields.items():
            self.fields[path] = field
            field.edited.connect(lambda value, path=path: self.edited.emit({path: value}))
            label = "" if field.spec.kind in ("check", "presence") else tr(field.spec.label)  # a box says its own
            self._form.addRow(label, field.widget)

    def load(self, project: Project | None) -> None:
        """Show ``project``'s settings (None: an empty, disabled group)."""
        self.setEnabled(project is not None)
        if project is not None:
            for path, field in self.fields.items():
                field.load(self.value(project, path), project)

    def value(self, project: Project, path: str) -> Any:
        """The project's value a field shows."""
        return getattr(project, path)
