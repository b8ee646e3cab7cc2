"""What the Schedule tab's menus and keys do: each is one undoable edit, asking first where it must.

Dialogs open window-modal with ``open()`` and push their edit when accepted, so the window
keeps running while they show (and tests can fill them in).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QTabWidget

from shotgraph.core.edits.days import AddDay, RemoveDay, UpdateDay
from shotgraph.core.model import ShootingDay, new_id
from shotgraph.core.planning.scheduler import plan_days
from shotgraph.exports.callsheet_issue import marking_final

from ..bridge import DocumentBridge
from ..canvas.view import GraphCanvas
from . import prompts
from .day_dialog import DayDialog
from .drops import SETUPS, setups_to_day, shots_to_day, unschedule
from .plan_dialog import PlanDialog, default_start

if TYPE_CHECKING:
    from .board import ScheduleBoard


def board_tr(text: str) -> str:
    """The board's status line keeps the words (and translations) it had before planning asked first."""
    return QCoreApplication.translate("ScheduleBoard", text)


class ScheduleOperations(QObject):
    """Day and strip commands of one board; ``dialog`` is the day or plan dialog open now."""

    def __init__(self, board: ScheduleBoard, bridge: DocumentBridge) -> None:
        super().__init__(board)
        self._board, self._bridge = board, bridge
        self.dialog: QDialog | None = None

    def _day(self, day_id: str) -> ShootingDay | None:
        return self._bridge.document.index.catalogue["days"].get(day_id) if self._bridge.document else None

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- days -------------------------------------------------------------------------------

    def edit_day(self, day_id: str) -> None:
        day, project = self._day(day_id), self._bridge.project
        if day is None or project is None:
            return
        dialog = DayDialog(project, day, self._board)
        dialog.accepted.connect(lambda: self._push_day_edit(dialog))
        self._show(dialog)

    def _push_day_edit(self, dialog: DayDialog) -> None:
        edit = dialog.edit()
        if edit is not None:
            self._bridge.push(edit)

    def set_final(self, day_id: str, final: bool) -> None:
        """Issue the day's call sheet as final (a new version when it changed since), or make it a draft again."""
        day, project = self._day(day_id), self._bridge.project
        if day is None or project is None:
            return
        self._bridge.push(UpdateDay(day_id, marking_final(project, day) if final else {"final": False}))

    def add_day(self) -> None:
        """A new empty day after the last one; the first goes where Plan Days… would start."""
        project = self._bridge.project
        if project is None:
            return
        if project.days:
            last = max(project.days, key=lambda day: (day.date, day.unit_call))
            self.add_day_after(last.id)
        else:
            self._add(ShootingDay(id=new_id("day"), date=default_start(project)))

    def add_day_after(self, day_id: str) -> None:
        """A new empty day on the first date after this one that has no day, with the same unit call."""
        day, project = self._day(day_id), self._bridge.project
        if day is None or project is None:
            return
        taken = {d.date for d in project.days}
        date = day.date + dt.timedelta(days=1)
        while date in taken:
            date += dt.timedelta(days=1)
        self._add(ShootingDay(id=new_id("day"), date=date, unit_call=day.unit_call))

    def _add(self, day: ShootingDay) -> None:
        if self._bridge.push(AddDay(day)):
            self._board.focus_day(day.id)

    def delete_day(self, day_id: str) -> None:
        """Delete a day; when it holds shots, only after the user agrees."""
        day = self._day(day_id)
        if day is None:
            return
        shots = sum(len(setup.shot_ids) for setup in day.setups)
        if shots and not prompts.confirm_delete_day(self._board, day.date, shots):
            return
        self._bridge.push(RemoveDay(day_id))

    def plan(self) -> None:
        project = self._bridge.project
        if project is None:
            return
        dialog = PlanDialog(project, self._board)
        dialog.accepted.connect(lambda: self._plan(dialog.start(), dialog.episode_ids()))
        self._show(dialog)

    def _plan(self, start: dt.date, episode_ids: list[str]) -> None:
        """Plan the chosen episodes from ``start`` (or after the last day) as one undo step."""
        project = self._bridge.project
        if project is None:
            return
        settings = project.planning.model_copy(update={"first_day": start})
        graphs = self._bridge.document.graphs if self._bridge.document else None
        plan = plan_days(project, settings, start=start, episodes=episode_ids, graphs=graphs)
        status = self._board.status
        if not plan.days:
            status.setText(board_tr("Nothing to plan: every live and hybrid shot is on a shooting day.")
                           if len(episode_ids) == len(project.episodes) else
                           board_tr("Nothing to plan: every live and hybrid shot of those episodes is on a "
                                    "shooting day."))
        elif self._bridge.push(plan.edit()):
            status.setText(board_tr("Planned {shots} shots on {days} new days.").format(
                shots=plan.shot_count, days=len(plan.days)))

    # -- strips -----------------------------------------------------------------------------

    def unschedule(self, kind: str, ids: list[str]) -> None:
        project = self._bridge.project
        edit = unschedule(project, kind, ids) if project is not None else None
        if edit is not None:
            self._bridge.push(edit)

    def move_to_day(self, kind: str, ids: list[str], day_id: str) -> None:
        """Strips go to the end of the day; shots make a new strip there. Focus follows them."""
        project = self._bridge.project
        if project is None:
            return
        edit = setups_to_day(project, ids, day_id) if kind == SETUPS else shots_to_day(project, ids, day_id)
        if edit is not None and self._bridge.push(edit):
            self._board.focus_strips(day_id)

    def show_in_graph(self, shot_ids: list[str]) -> None:
        """Select the shots and bring the Graph tab forward, framed on their cards."""
        if not shot_ids or self._bridge.document is None:
            return
        self._bridge.select(shot_ids)
        canvas = self._board.window().findChild(GraphCanvas)
        tabs = self._tabs()
        if canvas is None or tabs is None:
            return
        for k in range(tabs.count()):
            page = tabs.widget(k)
            if page is canvas or (page is not None and page.isAncestorOf(canvas)):
                tabs.setCurrentIndex(k)
        canvas.frame_shots(self._bridge.selected)

    def _tabs(self) -> QTabWidget | None:
        """The tabs the board is one of."""
        widget = self._board.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget
