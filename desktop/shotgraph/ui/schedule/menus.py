"""The Schedule tab's context menus: on a day, on strips and shots, and on the unscheduled pool.

Each opens with a right-click, the Menu key or Shift+F10. Shot commands the editor defines
elsewhere join the strip menu through ``shot_menu_fillers``: each filler gets the menu and the
shot ids it acts on, and adds its actions at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from shotgraph.exports.callsheet_issue import day_context, sheet_status

from ..bridge import DocumentBridge
from .column import StripTree
from .drops import SETUPS
from .operations import ScheduleOperations

ShotMenuFiller = Callable[[QMenu, list[str]], object]
"""Adds commands for these shots to a menu (whatever it returns is left unused)."""


class ScheduleMenus(QObject):
    """Builds and opens the board's menus; ``menu`` is the one open last."""

    def __init__(self, board: QWidget, operations: ScheduleOperations, bridge: DocumentBridge) -> None:
        super().__init__(board)
        self._board, self._operations, self._bridge = board, operations, bridge
        self.menu: QMenu | None = None
        self.shot_menu_fillers: list[ShotMenuFiller] = []

    def open(self, menu: QMenu, where: QPoint) -> None:
        """Show ``menu`` at ``where`` without blocking; the previous one goes."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(where)

    def day_menu(self, day_id: str) -> QMenu:
        menu = QMenu(self._board)
        operations = self._operations
        edit = menu.addAction(self.tr("&Edit Day…"), lambda: operations.edit_day(day_id))
        edit.setShortcut(QKeySequence("F2"))  # shown as a reminder; the day heading takes the key
        if self._sheet_is_final(day_id):
            menu.addAction(self.tr("Mark Call Sheet D&raft"), lambda: operations.set_final(day_id, False))
        else:
            menu.addAction(self.tr("Mark Call Sheet &Final"), lambda: operations.set_final(day_id, True))
        menu.addAction(self.tr("&Add Day After"), lambda: operations.add_day_after(day_id))
        menu.addAction(self.tr("&Delete Day"), lambda: operations.delete_day(day_id))
        menu.addSeparator()
        menu.addAction(self.tr("&Plan Days…"), operations.plan)
        return menu

    def _sheet_is_final(self, day_id: str) -> bool:
        """Whether the day's call sheet prints FINAL: marked so, and unchanged since."""
        project = self._bridge.project
        day = next((d for d in project.days if d.id == day_id), None) if project else None
        return day is not None and project is not None and sheet_status(day_context(project, day)).final

    def pool_menu(self) -> QMenu:
        menu = QMenu(self._board)
        menu.addAction(self.tr("&Add Day"), self._operations.add_day)
        menu.addAction(self.tr("&Plan Days…"), self._operations.plan)
        return menu

    def strip_menu(self, tree: StripTree) -> QMenu | None:
        """For the rows selected in ``tree``: Unschedule, Move to Day ▸, Select in Graph, shot commands."""
        chosen = tree.chosen()
        if chosen is None:
            return None
        kind, ids = chosen
        shot_ids = tree.selected_shot_ids()
        menu = QMenu(self._board)
        if tree.day_id is not None:
            menu.addAction(self.tr("&Unschedule"), lambda: self._operations.unschedule(kind, ids))
        self._add_days(menu.addMenu(self.tr("&Move to Day")), kind, ids, tree.day_id)
        menu.addAction(self.tr("&Select in Graph"), lambda: self._operations.show_in_graph(shot_ids))
        self.add_shot_commands(menu, shot_ids)
        if tree.day_id is None:
            menu.addSeparator()
            menu.addAction(self.tr("&Plan Days…"), self._operations.plan)
        return menu

    def _add_days(self, submenu: QMenu, kind: str, ids: list[str], here: str | None) -> None:
        """One entry per day in date order, numbered for the keyboard; the strips' own day is left out."""
        project = self._bridge.project
        days = sorted(project.days, key=lambda day: (day.date, day.unit_call)) if project else []
        for number, day in enumerate(days, start=1):
            if kind == SETUPS and day.id == here:
                continue
            text = self.tr("Day &{number} · {date}").format(number=number, date=day.date.isoformat())
            submenu.addAction(text, self._mover(kind, ids, day.id))
        submenu.setEnabled(not submenu.isEmpty())

    def _mover(self, kind: str, ids: list[str], day_id: str) -> Callable[[], None]:
        """What a Move to Day entry does: move these strips to ``day_id``."""
        return lambda: self._operations.move_to_day(kind, ids, day_id)

    def add_shot_commands(self, menu: QMenu, shot_ids: list[str]) -> None:
        """Where the editor's shot commands join a strip menu: every registered filler adds its own."""
        if self.shot_menu_fillers and shot_ids:
            menu.addSeparator()
        for fill in self.shot_menu_fillers:
            fill(menu, shot_ids)
