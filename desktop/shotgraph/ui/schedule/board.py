"""The Schedule tab: a stripboard of the shooting days, the unscheduled shots, and Plan Days.

Days are columns in date order, setups are strips in shooting order. Dragging setups
and shots between columns (or within one) is one undoable edit each, and pins what the
user placed. Plan Days fills new days with the unscheduled live and hybrid shots and
never moves what is already on a day. Selecting strips selects their shots in every view,
and shots selected elsewhere are highlighted here.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.edits.base import Edit
from shotgraph.core.model import Project, Shot
from shotgraph.core.planning.setups import ShotPlaces, pooled_shots
from shotgraph.core.planning.summary import DAY_NIGHT, summarise_days

from ..bridge import DocumentBridge
from .column import DayColumn, StripTree
from .drops import SETUPS, move_setup, shots_to_day, shots_to_setup, unschedule
from .menus import ScheduleMenus
from .operations import ScheduleOperations
from .strips import mode_badges


class ScheduleBoard(QWidget):
    """Stripboard of the project's shooting days."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.operations = ScheduleOperations(self, bridge)
        self.menus = ScheduleMenus(self, self.operations, bridge)
        self.plan_button = QPushButton(self.tr("P&lan Days…"), self)  # Alt+P opens the Project menu
        self.plan_button.setAccessibleName(self.tr("Plan days"))
        self.plan_button.setToolTip(self.tr("Put the unscheduled live and hybrid shots on new shooting days; "
                                            "what is already on a day stays where it is"))
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.status = QLabel(self)
        self.unscheduled = DayColumn(None, self.drop, self)
        self._connect(self.unscheduled)
        self.columns: dict[str, DayColumn] = {}
        self._syncing = False
        self._row = QHBoxLayout()
        self._row.setContentsMargins(4, 4, 4, 4)
        self._row.addWidget(self.unscheduled)
        self._row.addStretch(1)
        strip_area = QWidget(self)
        strip_area.setLayout(self._row)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip_area)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        self.refresh()

    def _connect(self, column: DayColumn) -> None:
        """A column's heading, menus and selection lead to the board."""
        column.strips.itemSelectionChanged.connect(partial(self._on_strips_selection_changed, column.strips))
        column.strips.menu_requested.connect(partial(self._on_strips_menu_requested, column.strips))
        column.header.menu_requested.connect(partial(self._on_header_menu_requested, column.day_id))
        if column.day_id is not None:
            column.header.edit_requested.connect(partial(self.operations.edit_day, column.day_id))

    def _on_bridge_changed(self, changes: Changes) -> None:
        if changes.touches_schedule:
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
        else:  # shots selected while the tab was hidden
            self._show_selection(scroll=True)
        super().showEvent(event)

    def refresh(self) -> None:
        """Fill every column from the project as it is now, the selected shots highlighted."""
        self._stale = False
        project = self._bridge.project
        self.plan_button.setEnabled(project is not None)
        if project is None:
            return
        places = ShotPlaces(project, self._bridge.document.graphs if self._bridge.document else None)
        summaries = summarise_days(project, places)
        self._syncing = True  # refilling clears the trees' selection; the bridge must not hear it
        try:
            self._keep_columns([s.day.id for s in summaries])
            codes = {shot.id: (shot.code, self._scene(places, shot)) for shot in places.shots.values()}
            names = {location.id: location.name for location in project.locations}
            for summary in summaries:
                self.columns[summary.day.id].show_day(summary, codes, names)
            pool = pooled_shots(project, places)
            self.unscheduled.show_unscheduled([(shot.id, self._pooled_text(places, shot)) for shot in pool])
        finally:
            self._syncing = False
        self._show_selection(scroll=False)

    def _keep_columns(self, day_ids: list[str]) -> None:
        """One column per day, in date order after the unscheduled column; Tab goes through them in order."""
        for day_id in set(self.columns) - set(day_ids):
            self.columns.pop(day_id).deleteLater()
        for position, day_id in enumerate(day_ids, start=1):
            column = self.columns.get(day_id)
            if column is None:
                column = self.columns[day_id] = DayColumn(day_id, self.drop, self)
                self._connect(column)
            self._row.insertWidget(position, column)
        self.columns = {day_id: self.columns[day_id] for day_id in day_ids}
        chain: list[QWidget] = [self.plan_button, self.unscheduled.strips]
        for day_id in day_ids:
            chain += [self.columns[day_id].header, self.columns[day_id].strips]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    @property
    def trees(self) -> list[StripTree]:
        return [self.unscheduled.strips, *(column.strips for column in self.columns.values())]

    def focus_day(self, day_id: str) -> None:
        """Put the keyboard on a day's heading (after it was added, for instance)."""
        column = self.columns.get(day_id)
        if column is not None:
            column.header.setFocus()
            self.scroll_area.ensureWidgetVisible(column.header)

    def focus_strips(self, day_id: str) -> None:
        """Put the keyboard on a day's strips, at its highlighted strip."""
        column = self.columns.get(day_id)
        if column is not None:
            column.strips.setFocus()
            self.scroll_area.ensureWidgetVisible(column)

    # -- selection --------------------------------------------------------------------------

    def _on_strips_selection_changed(self, tree: StripTree) -> None:
        """Selecting strips or shots here selects those shots everywhere; other columns let go."""
        if self._syncing or self._bridge.document is None:
            return
        self._syncing = True
        try:
            for other in self.trees:
                if other is not tree:
                    other.clearSelection()
        finally:
            self._syncing = False
        self._bridge.select(tree.selected_shot_ids(), self)

    def _on_bridge_selection_changed(self, source: object) -> None:
        if source is not self:
            self._show_selection(scroll=True)

    def _show_selection(self, scroll: bool) -> None:
        """Highlight the strips and rows of the bridge's selected shots, without telling it back."""
        if not self.isVisible() or self._bridge.document is None:
            return  # refresh() highlights them when the tab is next filled
        selected = set(self._bridge.selected)
        self._syncing = True
        try:
            columns = [self.unscheduled, *self.columns.values()]
            shown = [column for column in columns if column.strips.highlight(selected) is not None]
        finally:
            self._syncing = False
        if scroll and shown:
            self.scroll_area.ensureWidgetVisible(shown[0])

    # -- menus ------------------------------------------------------------------------------

    def _on_header_menu_requested(self, day_id: str | None, where: QPoint) -> None:
        self.menus.open(self.menus.day_menu(day_id) if day_id else self.menus.pool_menu(), where)

    def _on_strips_menu_requested(self, tree: StripTree, where: QPoint, on_row: bool) -> None:
        menu = self.menus.strip_menu(tree) if on_row else None
        if menu is None:
            menu = self.menus.day_menu(tree.day_id) if tree.day_id else self.menus.pool_menu()
        self.menus.open(menu, where)

    def _scene(self, places: ShotPlaces, shot: Shot) -> str:
        several = len(places.project.episodes) > 1
        code = places.scene_code(shot)
        return f"{places.episodes[shot.id].number}-{code}" if several else code

    def _pooled_text(self, places: ShotPlaces, shot: Shot) -> str:
        key = places.key(shot)
        day_night = DAY_NIGHT.get(key.time_of_day, "") if key.time_of_day else ""
        light = " ".join(part for part in ((key.int_ext or ""), day_night) if part)
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
        self.operations.plan()
