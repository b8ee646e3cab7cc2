"""Plan Days…: asks where the new days start and which episodes to plan, before planning.

The first date defaults to the project's first shooting day (else its "first shooting day"
setting, else tomorrow); every episode is ticked. New days never land before the last
existing day, so the dialog says so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.model import Project
from shotgraph.core.planning.setups import ShotPlaces, pooled_shots

from ..accessible import name_buttons
from ..editors.fields import DatePicker
from .day_dialog import ERROR_STYLE


def default_start(project: Project) -> dt.date:
    """The first existing shooting day, else the planning setting, else tomorrow."""
    if project.days:
        return min(day.date for day in project.days)
    return project.planning.first_day or dt.date.today() + dt.timedelta(days=1)


class PlanDialog(QDialog):
    """First shooting date and the episodes to plan; OK is refused with no episode ticked."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan Days"))
        self.first_date = DatePicker(self)
        self.first_date.set_day(default_start(project))
        self.first_date.setAccessibleName(self.tr("First shooting date"))
        hint = QLabel(self.tr("New days start on this date, or the day after the last shooting day when "
                              "that is later. Days already planned stay as they are."), self)
        hint.setWordWrap(True)
        self.episodes = self._episode_list(project)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan"))
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&First shooting date"), self.first_date)
        form.addRow("", hint)
        form.addRow(self.tr("&Episodes"), self._with_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.episodes.itemChanged.connect(lambda: self.message.hide())

    def _episode_list(self, project: Project) -> QListWidget:
        places = ShotPlaces(project)
        waiting = Counter(places.episodes[shot.id].id for shot in pooled_shots(project, places))
        listing = QListWidget(self)
        listing.setAccessibleName(self.tr("Episodes to plan"))
        for episode in project.episodes:
            text = (self.tr("Episode {number} · {title} — {count} shots to plan") if episode.title
                    else self.tr("Episode {number} — {count} shots to plan")).format(
                number=episode.number, title=episode.title, count=waiting[episode.id])
            item = QListWidgetItem(text, listing)
            item.setData(Qt.ItemDataRole.UserRole, episode.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        return listing

    def _with_buttons(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.episodes)
        column.addWidget(self.message)
        row = QHBoxLayout()
        for text, state in ((self.tr("&All"), Qt.CheckState.Checked), (self.tr("&None"), Qt.CheckState.Unchecked)):
            button = QPushButton(text, box)
            button.setAccessibleName(text.replace("&", ""))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, state=state: self.tick_all(state))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def tick_all(self, state: Qt.CheckState) -> None:
        for k in range(self.episodes.count()):
            self.episodes.item(k).setCheckState(state)

    def start(self) -> dt.date:
        chosen = self.first_date.day()
        assert chosen is not None  # a required picker always holds a date
        return chosen

    def episode_ids(self) -> list[str]:
        return [self.episodes.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.episodes.count())
                if self.episodes.item(k).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.episode_ids():
            self.message.setText(self.tr("Tick at least one episode to plan."))
            self.message.show()
            self.episodes.setFocus()
            return
        super().accept()
