"""The budget panel: the estimate per episode and mode, what the AI draws have cost beside the estimate of
the same shots, and the "what if" of the selected shots."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from shotgraph.core.changes import NO_CHANGES, Changes
from shotgraph.core.index import ProjectIndex
from shotgraph.core.model import Episode, Mode, Project
from shotgraph.core.planning.budget import BudgetEstimator, EpisodeBudget, ModeCost, money
from shotgraph.core.planning.spend import Spend, episode_spend
from shotgraph.core.rules.findings import Severity

from .appearance import severity_colour
from .bridge import DocumentBridge
from .mode_labels import mode_label
from .severity import severity_icon

REFRESH_DELAY_MS = 150
"""Edits in quick succession (a drag, typing) re-estimate once."""


def spend_severity(spend: Spend, margin: float) -> Severity | None:
    """Warning past the overspend margin (as the budget.ai-overspend finding), info over the estimate."""
    if spend.over_margin(margin):
        return Severity.WARNING
    return Severity.INFO if spend.over_estimate else None


@dataclass(frozen=True)
class EpisodeEstimate:
    """One episode's estimate by mode and its AI spend, kept until an edit touches the episode."""

    budget: EpisodeBudget
    spend: Spend


@dataclass(frozen=True)
class ShownRow:
    """What a row of the episodes table shows: a row showing it already is left alone."""

    cells: tuple[str, ...]
    bold: bool
    spend: Spend
    margin: float


class BudgetPanel(QWidget):
    """Two tables: each episode's cost by mode and its AI spend, with the project's total below; and the
    selection made live, AI or hybrid."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.episodes = self._table(self.tr("Budget by episode and mode"))
        self.what_if = self._table(self.tr("What if the selected shots were made another way"))
        row = self.what_if.verticalHeader().defaultSectionSize()
        self.what_if.setFixedHeight(2 * row + 2 * self.what_if.frameWidth() + 6)
        self.what_if_title = QLabel(self)
        self.note = QLabel(self.tr("Estimates from the rates in Project ▸ Settings."), self)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.episodes, 1)
        layout.addWidget(self.what_if_title)
        layout.addWidget(self.what_if)
        layout.addWidget(self.note)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_changed)
        self._what_if_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._what_if_timer.timeout.connect(self.refresh_what_if)
        self._stale = False
        self._pending = NO_CHANGES
        self._estimates: dict[str, EpisodeEstimate] = {}
        self._shot_episode: dict[str, str] = {}
        """The episode id of every shot when its episode was last estimated, removed shots included."""
        self._shown: dict[int, ShownRow] = {}
        bridge.opened.connect(self.refresh)
        bridge.changed.connect(self._refresh_soon)
        bridge.selection_changed.connect(self._what_if_soon)

    def _refresh_soon(self, changes: Changes) -> None:
        """Estimate again shortly if the panel is on screen, else when it is next shown: estimating
        a 6,000-shot series takes longer than an edit should."""
        self._pending = self._pending | changes
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _what_if_soon(self, *_args: object) -> None:
        """Another selection changes only the what-if: the episodes are not estimated again."""
        if self.isVisible():
            self._what_if_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh_changed()
        super().showEvent(event)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setAccessibleName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def refresh(self) -> None:
        """Estimate every episode again from the project as it is now."""
        self._pending = NO_CHANGES
        self._estimates.clear()
        self._shot_episode.clear()
        self._update()

    def refresh_changed(self) -> None:
        """Estimate again only the episodes the edits since the last refresh may have changed."""
        changes, self._pending = self._pending, NO_CHANGES
        document = self._bridge.document
        touched = None if document is None else self._touched_episodes(changes, document.index)
        if touched is None:
            self.refresh()
            return
        for episode_id in touched:
            self._estimates.pop(episode_id, None)
        self._update()

    def _touched_episodes(self, changes: Changes, index: ProjectIndex) -> set[str] | None:
        """Ids of the episodes whose estimate ``changes`` may alter; None when it may alter them all.

        An estimate reads its episode's shots and scenes, the shots sharing a setup with them, the
        settings, the cast rates and the schedule. A removed edge names its ends in the record, and a
        scene is removed only once no shot is in it, so neither needs finding once gone."""
        if changes.settings or changes.characters or changes.people or changes.days:
            return None
        shots = changes.touched_shots | self._setup_partners(changes.touched_shots, index)
        episodes = self._shot_episodes(shots, index)
        if episodes is None:
            return None
        return (episodes | set(changes.episodes) | self._owners(changes.scenes, index.scene_episode)
                | self._owners(changes.edges, index.edge_episode))

    def _shot_episodes(self, shot_ids: Iterable[str], index: ProjectIndex) -> set[str] | None:
        """The episodes the shots are in now or were in when last estimated; None when one is unknown."""
        found: set[str] = set()
        for shot_id in shot_ids:
            episodes = self._owners([shot_id], index.shot_episode)
            if shot_id in self._shot_episode:
                episodes.add(self._shot_episode[shot_id])
            if not episodes:
                return None
            found |= episodes
        return found

    @staticmethod
    def _setup_partners(shot_ids: Iterable[str], index: ProjectIndex) -> set[str]:
        """The shots on the setups of ``shot_ids``: a setup's minutes are shared among its shots."""
        setups = {index.shot_setup[shot_id] for shot_id in shot_ids if shot_id in index.shot_setup}
        return {shot_id for setup_id in setups for shot_id in index.setups[setup_id].shot_ids}

    @staticmethod
    def _owners(ids: Iterable[str], episodes: Mapping[str, Episode]) -> set[str]:
        """The ids of the episodes holding those of ``ids`` still in the project."""
        return {episodes[i].id for i in ids if i in episodes}

    def _update(self) -> None:
        """Estimate the episodes with no estimate kept, and show them all with the what-if."""
        project = self._bridge.project
        if project is None:
            return
        estimator = BudgetEstimator(project)
        estimates = [self._estimate(episode, estimator) for episode in project.episodes]
        self._estimates = {episode.id: e for episode, e in zip(project.episodes, estimates, strict=True)}
        self._fill_episodes(project, estimates)
        self._fill_what_if(project, estimator)

    def _estimate(self, episode: Episode, estimator: BudgetEstimator) -> EpisodeEstimate:
        """The episode's kept estimate, else a new one, noting which episode its shots are in."""
        kept = self._estimates.get(episode.id)
        if kept is not None:
            return kept
        self._shot_episode.update(dict.fromkeys((shot.id for shot in episode.shots), episode.id))
        return EpisodeEstimate(estimator.episode_budget(episode), episode_spend(episode, estimator))

    def refresh_what_if(self) -> None:
        """Cost the selected shots again, leaving the episodes' estimates as they are."""
        project = self._bridge.project
        if project is not None:
            self._fill_what_if(project, BudgetEstimator(project))

    def _fill_episodes(self, project: Project, estimates: list[EpisodeEstimate]) -> None:
        currency, margin = project.budget.currency, project.generation.overspend_margin
        headers = [self.tr("Episode"), *(mode_label(m) for m in Mode), self.tr("Total"), self.tr("AI draws"),
                   self.tr("AI spend")]
        self._set_headers(self.episodes, headers)
        self.episodes.horizontalHeader().setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.ResizeToContents)
        self._set_row_count(len(estimates) + 1)
        current = getattr(self._bridge.episode, "number", 0)
        for row, estimate in enumerate(estimates):
            label = self.tr("Episode {number}").format(number=estimate.budget.number)
            cells = self._budget_cells(label, estimate.budget, estimate.spend, currency)
            self._show_row(row, ShownRow(cells, estimate.budget.number == current, estimate.spend, margin))
        total = self._project_budget([estimate.budget for estimate in estimates])
        project_spend = sum((estimate.spend for estimate in estimates), Spend())
        cells = self._budget_cells(self.tr("All episodes"), total, project_spend, currency)
        self._show_row(len(estimates), ShownRow(cells, True, project_spend, margin))

    def _set_row_count(self, count: int) -> None:
        """Give the episodes table ``count`` rows, forgetting what the rows cut off showed."""
        self.episodes.setRowCount(count)
        self._shown = {row: shown for row, shown in self._shown.items() if row < count}

    def _show_row(self, row: int, shown: ShownRow) -> None:
        """Show a row's cells and spend mark, unless the row shows them already."""
        if self._shown.get(row) == shown:
            return
        self._set_row(self.episodes, row, shown.cells, bold=shown.bold)
        self._mark_spend(row, shown.spend, shown.margin)
        self._shown[row] = shown

    @staticmethod
    def _project_budget(budgets: list[EpisodeBudget]) -> EpisodeBudget:
        """Every episode's costs added up, mode by mode."""
        by_mode = {mode: ModeCost(sum(b.by_mode[mode].shots for b in budgets),
                                  sum(b.by_mode[mode].seconds for b in budgets),
                                  sum(b.by_mode[mode].cost for b in budgets)) for mode in Mode}
        return EpisodeBudget(0, "", by_mode)

    def _budget_cells(self, label: str, budget: EpisodeBudget, spend: Spend, currency: str) -> tuple[str, ...]:
        cells = [label]
        for mode in Mode:
            cost = budget.by_mode[mode]
            cells.append(self.tr("{cost} · {shots} shots, {seconds} s").format(
                cost=money(cost.cost, currency), shots=cost.shots, seconds=f"{cost.seconds:g}"))
        return (*cells, money(budget.total, currency), str(spend.draws),
                self.tr("{spend} of {estimate}").format(spend=money(spend.cost, currency),
                                                        estimate=money(spend.estimate, currency)))

    def _mark_spend(self, row: int, spend: Spend, margin: float) -> None:
        """Mark a spend over its estimate with its severity's shape and colour, as the findings table does,
        and say why in its tooltip."""
        item = self.episodes.item(row, self.episodes.columnCount() - 1)
        assert item is not None  # every row is filled in before its spend is marked
        severity = spend_severity(spend, margin)
        shown = f"{margin:.0%}"
        if severity is Severity.WARNING:
            why = self.tr("More than {margin} over what generating its AI and hybrid shots was expected to "
                          "cost").format(margin=shown)
        elif severity is Severity.INFO:
            why = self.tr("Over what generating its AI and hybrid shots was expected to cost, within the "
                          "{margin} margin").format(margin=shown)
        else:
            why = self.tr("What the AI draws cost, beside what generating the same shots was expected to cost")
        item.setToolTip(why)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}. {why}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # beside the mark
        if severity is None:
            item.setData(Qt.ItemDataRole.DecorationRole, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        else:
            item.setIcon(severity_icon(severity))
            item.setForeground(severity_colour(severity))

    def _fill_what_if(self, project: Project, estimator: BudgetEstimator) -> None:
        selected = self._bridge.selected
        self.what_if_title.setText(self.tr("What if: {count} selected shots").format(count=len(selected))
                                   if selected else self.tr("What if: select shots to compare their cost"))
        headers = [self.tr("As planned"), *(self.tr("All {mode}").format(mode=mode_label(m)) for m in Mode)]
        self._set_headers(self.what_if, headers)
        self.what_if.setRowCount(1 if selected else 0)
        self.what_if.setVisible(bool(selected))  # its room goes to the episodes until there is a selection
        if selected:
            costs = estimator.what_if(self._bridge.selected_shots())
            currency = project.budget.currency
            self._set_row(self.what_if, 0, (money(costs["planned"], currency),
                                            *(money(costs[m.value], currency) for m in Mode)))

    @staticmethod
    def _set_headers(table: QTableWidget, headers: list[str]) -> None:
        """Name the table's columns, unless they are named so already."""
        named = [item.text() if (item := table.horizontalHeaderItem(column)) else ""
                 for column in range(table.columnCount())]
        if named != headers:
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)

    @classmethod
    def _set_row(cls, table: QTableWidget, row: int, cells: tuple[str, ...], bold: bool = False) -> None:
        """Write the cells into the row's items, making only those the row does not have yet."""
        for column, text in enumerate(cells):
            item = table.item(row, column) or cls._new_item(table, row, column)
            item.setText(text)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            else:
                item.setData(Qt.ItemDataRole.FontRole, None)

    @staticmethod
    def _new_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if column else Qt.AlignmentFlag.AlignLeft
                              | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
        return item
