"""The Schedule tab: a stripboard of the shooting days, the unscheduled shots, and Plan Days.

Days are columns in date order, setups are strips in shooting order. Dragging setups
and shots between columns (or within one) is one undoable edit each, and pins what the
user placed. Plan Days fills new days with the unscheduled live and hybrid shots and
never moves what is already on a day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.edits.base import Edit
from shotgraph.core.model import Project, Shot
from shotgraph.core.planning.scheduler import plan_days
from shotgraph.core.planning.setups import ShotPlaces, pooled_shots
from shotgraph.core.planning.summary import DAY_NIGHT, summarise_days

from ..bridge import DocumentBridge
from .column import DayColumn
from .drops import SETUPS, move_setup, shots_to_day, shots_to_setup, unschedule
from .strips import mode_badges


class ScheduleBoard(QWidget):
    """Stripboard of the project's shooting days."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.plan_button = QPushButton(self.tr("&Plan Days"), self)
        self.plan_button.setAccessibleName(self.tr("Plan days"))
        self.plan_button.setToolTip(self.tr("Put the unscheduled live and hybrid shots on new shooting days; "
                                            "what is already on a day stays where it is"))
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.status = QLabel(self)
        self.unscheduled = DayColumn(None, self.drop, self)
        self.columns: dict[str, DayColumn] = {}
        self._row = QHBoxLayout()
        self._row.setContentsMargins(4, 4, 4, 4)
        self._row.addWidget(self.unscheduled)
        self._row.addStretch(1)
        strip_area = QWidget(self)
        strip_area.setLayout(self._row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip_area)
        scroll.setAccessibleName(self.tr("Shooting days"))
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._stale = False
        bridge.opened.connect(self._refresh_when_seen)
        bridge.changed.connect(self._on_bridge_changed)
        self.refresh()

    def _on_bridge_changed(self, changes: Changes) -> None:
        if (changes.days or changes.touched_shots or changes.settings or changes.scenes or changes.episodes
                or changes.characters or changes.locations or changes.people):
            self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if the board is on screen, else when it is next shown: a 6,000-shot board
        takes a sixth of a second to fill, too long to spend on every edit made in another tab."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Fill every column from the project as it is now."""
        self._stale = False
        project = self._bridge.project
        self.plan_button.setEnabled(project is not None)
        if project is None:
            return
        places = ShotPlaces(project)
        summaries = summarise_days(project, places)
        self._keep_columns([s.day.id for s in summaries])
        codes = {shot.id: (shot.code, self._scene(places, shot)) for shot in places.shots.values()}
        for summary in summaries:
            self.columns[summary.day.id].show_day(summary, codes)
        pool = pooled_shots(project, places)
        self.unscheduled.show_unscheduled([(shot.id, self._pooled_text(places, shot)) for shot in pool])

    def _keep_columns(self, day_ids: list[str]) -> None:
        """One column per day, in date order after the unscheduled column."""
        for day_id in set(self.columns) - set(day_ids):
            self.columns.pop(day_id).deleteLater()
        for position, day_id in enumerate(day_ids, start=1):
            column = self.columns.get(day_id) or DayColumn(day_id, self.drop, self)
            self.columns[day_id] = column
            self._row.insertWidget(position, column)

    def _scene(self, places: ShotPlaces, shot: Shot) -> str:
        several = len(places.project.episodes) > 1
        code = places.scene_code(shot)
        return f"{places.episodes[shot.id].number}-{code}" if several else code

    def _pooled_text(self, places: ShotPlaces, shot: Shot) -> str:
        key = places.key(shot)
        light = " ".join(part for part in ((key.int_ext or ""), DAY_NIGHT.get(key.time_of_day, "")) if part)
        return self.tr("Shot {code} (Sc {scene})  {light}  {mode}").format(
            code=shot.code, scene=self._scene(places, shot), light=light, mode=mode_badges((shot.mode.value,)))

    def drop(self, kind: str, ids: list[str], day_id: str | None, setup_id: str | None, row: int) -> bool:
        """Carry out a drop on a column as one edit; False when it changes nothing or is refused."""
        project = self._bridge.project
        if project is None or not ids:
            return False
        edit = self._drop_edit(project, kind, ids, day_id, setup_id, row)
        return edit is not None and self._bridge.push(edit)

    def _drop_edit(self, project: Project, kind: str, ids: list[str], day_id: str | None,
                   setup_id: str | None, row: int) -> Edit | None:
        if day_id is None:
            return unschedule(project, kind, ids)
        if kind == SETUPS:
            return move_setup(project, ids[0], day_id, row)
        if setup_id is not None:
            return shots_to_setup(project, ids, setup_id)
        return shots_to_day(project, ids, day_id)

    def _on_plan_clicked(self) -> None:
        project = self._bridge.project
        if project is None:
            return
        plan = plan_days(project, start=dt.date.today())
        if not plan.days:
            self.status.setText(self.tr("Nothing to plan: every live and hybrid shot is on a shooting day."))
            return
        if self._bridge.push(plan.edit()):
            self.status.setText(self.tr("Planned {shots} shots on {days} new days.").format(
                shots=plan.shot_count, days=len(plan.days)))
