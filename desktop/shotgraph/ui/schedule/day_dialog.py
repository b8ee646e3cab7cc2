"""Edit Day: a shooting day's date, unit call, locations, draft or final, weather and notes.

OK makes one Edit Shooting Day step of what changed; Cancel changes nothing. Choosing Final
issues the call sheet as it will read after OK: its version goes up when it differs from the
last final one (docs/printed-exports.md). What the model
refuses is said beside its field and keeps the dialog open; a date another day already has,
or more locations than the planning limit, is only pointed out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.edits.days import UpdateDay
from shotgraph.core.model import Project, ShootingDay
from shotgraph.exports.callsheet_issue import day_context, marking_final, sheet_status

from ..accessible import name_buttons
from ..editors.fields import DatePicker

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #8a5a00;"


class DayDialog(QDialog):
    """The fields of one shooting day; ``edit()`` is the change OK stands for."""

    def __init__(self, project: Project, day: ShootingDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project, self._day = project, day
        self.setWindowTitle(self.tr("Edit Shooting Day {date}").format(date=day.date.isoformat()))
        self.date = DatePicker(self)
        self.date.set_day(day.date)
        self.call = QTimeEdit(QTime(day.unit_call.hour, day.unit_call.minute), self)
        self.call.setDisplayFormat("HH:mm")
        self.locations = self._location_list()
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Draft (call sheets say DRAFT)"), False)
        self.status.addItem(self.tr("Final"), True)
        self.sheet = sheet_status(day_context(project, day))
        self.status.setCurrentIndex(int(self.sheet.final))
        self.version = QLabel(self._version_text(), self)
        self.version.setWordWrap(True)
        self.weather = QLineEdit(day.weather, self)
        self.notes = QPlainTextEdit(day.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.messages = {name: self._message_label() for name in ("date", "location_ids", "weather", "notes")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self._lay_out()
        self._name_fields()
        name_buttons(self.buttons)
        self.date.dateChanged.connect(self._on_date_date_changed)
        self.locations.itemChanged.connect(self._on_locations_item_changed)
        self.weather.textChanged.connect(lambda: self.messages["weather"].hide())
        self.notes.textChanged.connect(lambda: self.messages["notes"].hide())

    def _location_list(self) -> QListWidget:
        listing = QListWidget(self)
        for location in self._project.locations:
            item = QListWidgetItem(location.name, listing)
            item.setData(Qt.ItemDataRole.UserRole, location.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = location.id in self._day.location_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        listing.setMaximumHeight(listing.fontMetrics().lineSpacing() * 7 + 12)
        return listing

    def _message_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self._beside(self.date, "date"))
        form.addRow(self.tr("&Unit call"), self.call)
        places: QWidget = self.locations
        if not self._project.locations:
            self.locations.hide()
            places = QLabel(self.tr("This project has no locations yet (Project ▸ Locations…)."), self)
        form.addRow(self.tr("&Locations"), self._beside(places, "location_ids"))
        form.addRow(self.tr("&Status"), self._beside_label(self.status, self.version))
        form.addRow(self.tr("&Weather"), self._beside(self.weather, "weather"))
        form.addRow(self.tr("&Notes"), self._beside(self.notes, "notes"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _beside(self, field: QWidget, name: str) -> QWidget:
        """The field with its message line right under it."""
        return self._beside_label(field, self.messages[name])

    def _beside_label(self, field: QWidget, label: QLabel) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        column.addWidget(label)
        return box

    def _version_text(self) -> str:
        """The call sheet's version now, and what choosing Final would issue."""
        sheet = self.sheet
        if sheet.final:
            return self.tr("Call sheet version {n}, final.").format(n=sheet.version)
        if sheet.since is None:
            return self.tr("Call sheet version {n}, draft.").format(n=sheet.version)
        text = self.tr("Version {old} was final; %n change(s) since. Final issues version {n}.", "", len(sheet.changes))
        return text.format(old=sheet.since, n=sheet.version if sheet.changes else sheet.since)

    def _name_fields(self) -> None:
        names = {self.date: self.tr("Date"), self.call: self.tr("Unit call"), self.locations: self.tr("Locations"),
                 self.status: self.tr("Status"), self.weather: self.tr("Weather"), self.notes: self.tr("Notes")}
        for widget, name in names.items():
            widget.setAccessibleName(name)

    # -- values -----------------------------------------------------------------------------

    def chosen_locations(self) -> list[str]:
        """The ticked locations: those the day had keep their order, new ones follow in list order."""
        ticked = [self.locations.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.locations.count())
                  if self.locations.item(k).checkState() == Qt.CheckState.Checked]
        kept = [i for i in self._day.location_ids if i in ticked]
        return kept + [i for i in ticked if i not in kept]

    def values(self) -> dict[str, Any]:
        time = self.call.time()
        return {"date": self.date.day(), "unit_call": dt.time(time.hour(), time.minute()),
                "location_ids": self.chosen_locations(), "final": self.status.currentData(),
                "weather": self.weather.text().strip(), "notes": self.notes.toPlainText().strip()}

    def changes(self) -> dict[str, Any]:
        """The values that differ from the day's (texts compared without their outer spaces)."""
        def was(name: str) -> Any:
            old = getattr(self._day, name)
            return old.strip() if isinstance(old, str) else old
        return {name: value for name, value in self.values().items() if was(name) != value}

    def edit(self) -> UpdateDay | None:
        """The one edit OK makes; None when nothing changed.

        Final issues the sheet of the day as changed here, with its new version when it changed.
        """
        changes = self.changes()
        if self.status.currentData():
            changed_day = self._day.model_copy(update=changes)
            changes |= {name: value for name, value in marking_final(self._project, changed_day).items()
                        if getattr(self._day, name) != value}
        return UpdateDay(self._day.id, changes) if changes else None

    # -- checks -----------------------------------------------------------------------------

    def accept(self) -> None:
        """Close only when the model takes every value; else say why beside the field."""
        problems = self.problems()
        for name, text in problems.items():
            self._show_note(name, text, ERROR_STYLE)
        if problems:
            fields = {"date": self.date, "location_ids": self.locations, "weather": self.weather}
            fields.get(next(iter(problems)), self.notes).setFocus()
            return
        super().accept()

    def problems(self) -> dict[str, str]:
        """Each refused field's reason, by field name."""
        try:
            ShootingDay.model_validate({**self._day.model_dump(), **self.values()})
        except ValidationError as error:
            found: dict[str, str] = {}
            for problem in error.errors():
                name = str(problem["loc"][0]) if problem["loc"] else "notes"
                found.setdefault(name if name in self.messages else "notes", self._reason(problem))
            return found
        return {}

    def _reason(self, problem: Any) -> str:
        limit = (problem.get("ctx") or {}).get("max_length")
        if limit is not None:
            return self.tr("Too long: at most {count} characters.").format(count=f"{limit:,}")
        return self.tr("Not accepted: {reason}").format(reason=problem.get("msg", ""))

    def _show_note(self, name: str, text: str, style: str) -> None:
        label = self.messages[name]
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def _on_date_date_changed(self) -> None:
        chosen = self.date.day()
        other = next((d for d in self._project.days if d.id != self._day.id and d.date == chosen), None)
        self._show_note("date", self.tr("Another shooting day is on this date too.") if other else "", NOTE_STYLE)

    def _on_locations_item_changed(self) -> None:
        limit = self._project.planning.max_locations_per_day
        over = len(self.chosen_locations()) > limit
        self._show_note("location_ids", self.tr("More than the {limit} locations a day the planning settings allow.")
                  .format(limit=limit) if over else "", NOTE_STYLE)
