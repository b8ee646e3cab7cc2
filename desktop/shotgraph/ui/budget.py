"""The budget panel: the estimate per episode and mode, what the AI draws have cost beside the estimate of
the same shots, and the "what if" of the selected shots."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from shotgraph.core.model import Mode, Project
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
        self._timer.timeout.connect(self.refresh)
        self._what_if_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._what_if_timer.timeout.connect(self.refresh_what_if)
        self._stale = False
        bridge.opened.connect(self.refresh)
        bridge.changed.connect(self._refresh_soon)
        bridge.selection_changed.connect(self._what_if_soon)

    def _refresh_soon(self, *_args: object) -> None:
        """Estimate again shortly if the panel is on screen, else when it is next shown: estimating
        a 6,000-shot series takes longer than an edit should."""
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
            self.refresh()
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
        """Estimate again from the project as it is now."""
        project = self._bridge.project
        if project is None:
            return
        estimator = BudgetEstimator(project)
        self._fill_episodes(project, estimator)
        self._fill_what_if(project, estimator)

    def refresh_what_if(self) -> None:
        """Cost the selected shots again, leaving the episodes' estimates as they are."""
        project = self._bridge.project
        if project is not None:
            self._fill_what_if(project, BudgetEstimator(project))

    def _fill_episodes(self, project: Project, estimator: BudgetEstimator) -> None:
        currency = project.budget.currency
        headers = [self.tr("Episode"), *(mode_label(m) for m in Mode), self.tr("Total"), self.tr("AI draws"),
                   self.tr("AI spend")]
        budgets = estimator.episodes()
        spends = [episode_spend(episode, estimator) for episode in project.episodes]
        self.episodes.setColumnCount(len(headers))
        self.episodes.setHorizontalHeaderLabels(headers)
        self.episodes.horizontalHeader().setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.ResizeToContents)
        self.episodes.setRowCount(len(budgets) + 1)
        current = getattr(self._bridge.episode, "number", 0)
        for row, (budget, spend) in enumerate(zip(budgets, spends, strict=True)):
            label = self.tr("Episode {number}").format(number=budget.number)
            self._set_row(self.episodes, row, self._budget_cells(label, budget, spend, currency),
                          bold=budget.number == current)
            self._mark_spend(row, spend, project.generation.overspend_margin)
        total = self._project_budget(budgets)
        project_spend = sum(spends, Spend())
        self._set_row(self.episodes, len(budgets),
                      self._budget_cells(self.tr("All episodes"), total, project_spend, currency), bold=True)
        self._mark_spend(len(budgets), project_spend, project.generation.overspend_margin)

    @staticmethod
    def _project_budget(budgets: list[EpisodeBudget]) -> EpisodeBudget:
        """Every episode's costs added up, mode by mode."""
        by_mode = {mode: ModeCost(sum(b.by_mode[mode].shots for b in budgets),
                                  sum(b.by_mode[mode].seconds for b in budgets),
                                  sum(b.by_mode[mode].cost for b in budgets)) for mode in Mode}
        return EpisodeBudget(0, "", by_mode)

    def _budget_cells(self, label: str, budget: EpisodeBudget, spend: Spend, currency: str) -> list[str]:
        cells = [label]
        for mode in Mode:
            cost = budget.by_mode[mode]
            cells.append(self.tr("{cost} · {shots} shots, {seconds} s").format(
                cost=money(cost.cost, currency), shots=cost.shots, seconds=f"{cost.seconds:g}"))
        return [*cells, money(budget.total, currency), str(spend.draws),
                self.tr("{spend} of {estimate}").format(spend=money(spend.cost, currency),
                                                        estimate=money(spend.estimate, currency))]

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
        if severity is not None:
            item.setIcon(severity_icon(severity))
            item.setForeground(severity_colour(severity))

    def _fill_what_if(self, project: Project, estimator: BudgetEstimator) -> None:
        selected = self._bridge.selected
        self.what_if_title.setText(self.tr("What if: {count} selected shots").format(count=len(selected))
                                   if selected else self.tr("What if: select shots to compare their cost"))
        headers = [self.tr("As planned"), *(self.tr("All {mode}").format(mode=mode_label(m)) for m in Mode)]
        self.what_if.setColumnCount(len(headers))
        self.what_if.setHorizontalHeaderLabels(headers)
        self.what_if.setRowCount(1 if selected else 0)
        self.what_if.setVisible(bool(selected))  # its room goes to the episodes until there is a selection
        if selected:
            costs = estimator.what_if(selected)
            currency = project.budget.currency
            self._set_row(self.what_if, 0, [money(costs["planned"], currency),
                                            *(money(costs[m.value], currency) for m in Mode)])

    @staticmethod
    def _set_row(table: QTableWidget, row: int, cells: list[str], bold: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if column else Qt.AlignmentFlag.AlignLeft
                                  | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
