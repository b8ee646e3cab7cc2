"""The budget panel: each episode's cost by mode, and the what-if of the selection, following edits."""

from __future__ import annotations

from shotgraph.core.edits import SetMode
from shotgraph.core.model import Mode
from shotgraph.core.planning.budget import BudgetEstimator
from shotgraph.ui.budget import money


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_the_panel_shows_each_episode_by_mode_with_its_total(window):
    window.budget_dock.raise_()
    table = window.budget.episodes
    budgets = BudgetEstimator(window.project).episodes()
    assert table.rowCount() == 2
    assert cell(table, 0, 0) == "Episode 1"
    assert cell(table, 0, 4) == money(budgets[0].total, "CNY")
    live = budgets[0].by_mode[Mode.LIVE]
    assert cell(table, 0, 1).startswith(money(live.cost, "CNY")) and f"{live.shots} shots" in cell(table, 0, 1)


def test_what_if_compares_the_selected_shots_made_each_way(qtbot, window):
    shots = window.project.episodes[0].shots[:3]
    window.bridge.select([s.id for s in shots])
    qtbot.waitUntil(lambda: window.budget.what_if.rowCount() == 1)
    costs = BudgetEstimator(window.project).what_if([s.id for s in shots])
    row = [cell(window.budget.what_if, 0, c) for c in range(4)]
    assert row == [money(costs[k], "CNY") for k in ("planned", "live", "ai", "hybrid")]
    assert "3 selected shots" in window.budget.what_if_title.text()


def test_an_edit_re_estimates_after_a_moment(qtbot, window):
    table = window.budget.episodes
    before = cell(table, 0, 4)
    live_shot = next(s for s in window.project.episodes[0].shots if s.mode is Mode.LIVE)
    window.bridge.push(SetMode([live_shot.id], Mode.AI))
    qtbot.waitUntil(lambda: cell(table, 0, 4) != before)
    window.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: cell(table, 0, 4) == before)
