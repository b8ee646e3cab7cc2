"""The settings behind a call sheet's times, edited as a 1st AD would: the meal's limit, breakfast
before early calls, and each location's travel time from the pick-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_editors import choose, open_editor, page, set_spin, type_into


def test_the_meal_limit_and_breakfast_are_planning_settings(qtbot, window):
    fields = open_editor(qtbot, window, "project").project_page.form.fields
    within, before = fields["planning.meal_within_hours"].widget, fields["planning.breakfast_before_hour"].widget
    minutes = fields["planning.breakfast_minutes"].widget
    assert (within.value(), within.suffix(), before.currentText(), minutes.value()) == (6.0, " h", "07:00", 30)
    set_spin(qtbot, within, "5.5")
    choose(before, "Never")
    set_spin(qtbot, minutes, "45")
    planning = window.project.planning
    assert (planning.meal_within_hours, planning.breakfast_before_hour, planning.breakfast_minutes) == (5.5, 0, 45)
    window.bridge.undo_stack.undo()
    assert minutes.value() == 30 and window.project.planning.breakfast_minutes == 30


def test_a_location_keeps_its_travel_time_from_the_pick_up(qtbot, window):
    locations = page(open_editor(qtbot, window, "locations"), "locations")
    qtbot.mouseClick(locations.add_button, Qt.MouseButton.LeftButton)
    fields = locations.form.fields
    type_into(qtbot, fields["name"].widget, "良渚古城遗址")
    travel = fields["travel_minutes"].widget
    assert (travel.value(), travel.suffix()) == (0, " min")
    set_spin(qtbot, travel, "50")
    assert (window.project.locations[-1].name, window.project.locations[-1].travel_minutes) == ("良渚古城遗址", 50)
