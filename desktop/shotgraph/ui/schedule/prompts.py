"""Questions the Schedule tab asks before it does something that cannot be seen at once.

Kept apart as plain functions so tests can answer them without a modal dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleBoard", text)


def confirm_delete_day(parent: QWidget, date: dt.date, shot_count: int) -> bool:
    """True when the user agrees to delete a day whose shots then become unscheduled."""
    answer = QMessageBox.question(
        parent, tr("Delete Day"),
        tr("Delete the shooting day {date}? Its {count} shots go back to Unscheduled. "
           "Edit ▸ Undo brings the day back.").format(date=date.isoformat(), count=shot_count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
