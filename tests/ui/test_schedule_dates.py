"""Date pickers open their calendar at the field's date, or at today when it has none — never in 2000."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from shotgraph.ui.editors.fields import DatePicker


def _open_calendar(qtbot, picker: DatePicker):
    """Open the calendar from the keyboard (F4), as a user without a mouse would."""
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_F4)
    calendar = picker.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_first_shooting_day_field_opens_at_today_when_not_set_and_can_be_set(qtbot, window):
    assert window.files.new_project()
    window.project_menu.entries["project"].trigger()
    editor = window.project_menu.editor
    qtbot.waitExposed(editor)
    picker = editor.project_page.form.fields["planning.first_day"].widget
    assert window.project.planning.first_day is None and picker.text() == "Not set"
    calendar = _open_calendar(qtbot, picker)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.selectedDate() == today
    assert window.project.planning.first_day is None  # opening the calendar fills in nothing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the calendar's day grid
    qtbot.waitUntil(lambda: window.project.planning.first_day == dt.date.today())
    window.bridge.undo_stack.undo()
    assert window.project.planning.first_day is None


def test_a_picker_with_a_date_opens_at_it_and_delete_clears_an_optional_one(qtbot):
    picker = DatePicker(optional=True)
    qtbot.addWidget(picker)
    picker.show()
    picker.set_day(dt.date(2027, 3, 5))
    calendar = _open_calendar(qtbot, picker)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    assert picker.day() is None and picker.text() == "Not set"
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert picker.day() == dt.date.today()


def test_a_required_picker_starts_at_today():
    picker = DatePicker()
    assert picker.day() == dt.date.today() and picker.minimumDate().year() < 2000
