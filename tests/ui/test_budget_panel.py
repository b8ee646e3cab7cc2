"""The budget panel: each episode's cost by mode and its AI spend beside the estimate, the project's total,
and the what-if of the selection, following edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from shotgraph.core.edits import AddShot, MoveShotsToDay, RemoveShots, SetMode, UpdateProjectSettings, UpdateShot
from shotgraph.core.edits.generation import UpdateGenerationSettings
from shotgraph.core.model import Mode, Provenance, Shot, Take
from shotgraph.core.planning.budget import BudgetEstimator, money
from shotgraph.core.planning.spend import episode_spend
from shotgraph.core.rules.findings import Severity
from shotgraph.demo import demo_project_path
from shotgraph.ui.appearance import severity_colour
from shotgraph.ui.budget import BudgetPanel
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.screen_layout import ScreenInfo

DRAWS, SPEND = 5, 6
"""The columns of the AI draws and the AI spend."""


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_the_panel_shows_each_episode_by_mode_with_its_total(window):
    window.budget_dock.raise_()
    table = window.budget.episodes
    budgets = BudgetEstimator(window.project).episodes()
    assert table.rowCount() == 3 and cell(table, 2, 0) == "All episodes"
    assert cell(table, 0, 0) == "Episode 1"
    assert cell(table, 0, 4) == money(budgets[0].total, "CNY")
    live = budgets[0].by_mode[Mode.LIVE]
    assert cell(table, 0, 1).startswith(money(live.cost, "CNY")) and f"{live.shots} shots" in cell(table, 0, 1)


def test_what_if_compares_the_selected_shots_made_each_way(qtbot, window):
    shots = window.project.episodes[0].shots[:3]
    window.bridge.select([s.id for s in shots])
    qtbot.waitUntil(lambda: window.budget.what_if.rowCount() == 1)
    costs = BudgetEstimator(window.project).what_if(shots)
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


def shown(table) -> list[tuple]:
    """Every cell of a table as the user meets it: text, weight, mark, colour and tooltip."""
    return [(item.text(), item.font().bold(), item.icon().isNull(), item.foreground().color().name(),
             item.toolTip())
            for item in (table.item(row, column) for row in range(table.rowCount())
                         for column in range(table.columnCount()))]


def assert_as_if_estimated_afresh(qtbot, window: MainWindow) -> None:
    """The panel, updated from the edits since its last refresh, shows what a new panel shows."""
    window.budget.refresh_changed()  # what the panel runs a moment after an edit
    fresh = BudgetPanel(window.bridge)
    qtbot.addWidget(fresh)
    fresh.refresh()
    assert shown(window.budget.episodes) == shown(fresh.episodes)
    assert shown(window.budget.what_if) == shown(fresh.what_if)


def test_re_estimating_only_the_edited_episodes_shows_what_estimating_all_of_them_shows(qtbot, window):
    window.budget_dock.raise_()
    bridge, project = window.bridge, window.project
    first, second = project.episodes
    unscheduled = [s for s in first.shots if bridge.document.setup_of(s.id) is None]
    partner = next(s for s in second.shots if s.mode is Mode.LIVE and bridge.document.setup_of(s.id) is None)
    live = next(s for s in first.shots if s.mode is Mode.LIVE and bridge.document.setup_of(s.id) is not None)
    give_takes(window, (3.0, 0.5))
    bridge.select([first.shots[0].id, first.shots[1].id])
    edits = [MoveShotsToDay([unscheduled[-1].id, partner.id], project.days[0].id),  # one setup, two episodes
             UpdateShot(unscheduled[-1].id, {"duration_s": 9.0}),  # its partner's share of the setup changes too
             SetMode([live.id], Mode.AI),
             UpdateShot(live.id, {"duration_s": 4.5}),
             AddShot(second.id, Shot(id="sh_new", code="99", scene_id=second.scenes[0].id, mode=Mode.HYBRID)),
             RemoveShots([first.shots[0].id]),
             UpdateProjectSettings({"budget": project.budget.model_copy(update={"live_day_rate": 90000})}),
             UpdateGenerationSettings({"overspend_margin": 3.5})]
    for edit in edits:
        assert bridge.push(edit)
        assert_as_if_estimated_afresh(qtbot, window)
    for _ in edits:
        bridge.undo_stack.undo()
        assert_as_if_estimated_afresh(qtbot, window)
    bridge.set_episode(second.id)
    assert_as_if_estimated_afresh(qtbot, window)


def give_takes(window: MainWindow, shares: tuple[float, ...]) -> None:
    """Two draws on each of the first four AI shots of each episode, together costing ``share`` of
    what generating those shots is expected to cost."""
    estimator = BudgetEstimator(window.project)
    for episode, share in zip(window.project.episodes, shares, strict=True):
        for shot in [s for s in episode.shots if s.mode is Mode.AI][:4]:
            cost = round(estimator.generation_estimate(shot) * share / 2, 2)
            takes = [Take(id=f"tk_{shot.id}_{n}", provenance=Provenance(cost=cost, compute_seconds=48))
                     for n in range(2)]
            window.bridge.push(UpdateShot(shot.id, {"ai": shot.ai.model_copy(update={"takes": takes})}))


@pytest.fixture
def drawn(qtbot, window) -> MainWindow:
    """The demo with takes: episode 1 has spent well past its estimate, episode 2 a little under it."""
    window.budget_dock.raise_()
    give_takes(window, (3.0, 0.5))
    qtbot.waitUntil(lambda: cell(window.budget.episodes, 0, DRAWS) == "8")
    return window


def test_each_episode_and_the_project_show_the_ai_draws_and_spend_beside_the_estimate(drawn):
    table, project = drawn.budget.episodes, drawn.project
    estimator = BudgetEstimator(project)
    spends = [episode_spend(e, estimator) for e in project.episodes]
    headers = [table.horizontalHeaderItem(column).text() for column in (DRAWS, SPEND)]
    assert headers == ["AI draws", "AI spend"]
    for row, spend in enumerate([*spends, spends[0] + spends[1]]):
        assert cell(table, row, DRAWS) == str(spend.draws)
        assert cell(table, row, SPEND) == f"{money(spend.cost, 'CNY')} of {money(spend.estimate, 'CNY')}"
    assert cell(table, 2, DRAWS) == "16"


def test_an_episode_past_the_overspend_margin_is_marked_as_a_warning_and_one_within_is_not(qtbot, drawn):
    table = drawn.budget.episodes
    over, under = table.item(0, SPEND), table.item(1, SPEND)
    assert not over.icon().isNull() and over.foreground().color() == severity_colour(Severity.WARNING)
    assert "More than 20% over what generating" in over.toolTip()
    assert under.icon().isNull() and "beside what generating" in under.toolTip()
    drawn.bridge.push(UpdateGenerationSettings({"overspend_margin": 2.5}))
    qtbot.waitUntil(lambda: "within the 250% margin" in table.item(0, SPEND).toolTip())
    assert table.item(0, SPEND).foreground().color() == severity_colour(Severity.INFO)
    drawn.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: "More than 20%" in table.item(0, SPEND).toolTip())


def test_the_what_if_table_shows_only_with_a_selection(qtbot, window):
    window.budget_dock.raise_()
    assert not window.budget.what_if.isVisible()
    window.bridge.select([window.project.episodes[0].shots[0].id])
    qtbot.waitUntil(window.budget.what_if.isVisible)


LAPTOP = ScreenInfo("1366x768", QRect(0, 0, 1366, 728))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_a_laptop_every_row_of_the_budget_shows_in_full(qtbot, monkeypatch, tmp_path, language):
    """The budget view at 1366×768 in both languages, grabbed as a picture: the project's row shows whole."""
    monkeypatch.setattr("shotgraph.ui.screen_layout.current_screen", lambda widget: LAPTOP)
    monkeypatch.setattr("shotgraph.ui.screen_layout.connected_screens", lambda: [LAPTOP])
    install_language(language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_project(demo_project_path())
        window.resize(1366, 728)
        window.show()
        qtbot.waitExposed(window)
        window.budget_dock.raise_()
        give_takes(window, (3.0, 0.5))
        table = window.budget.episodes
        qtbot.waitUntil(lambda: cell(table, 0, DRAWS) == "8")
        assert window.grab().save(str(tmp_path / f"budget-{language}.png"))
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                assert table.viewport().rect().contains(table.visualItemRect(table.item(row, column)))
        shown = table.item(0, SPEND)
        assert table.fontMetrics().horizontalAdvance(shown.text()) + 24 <= table.columnWidth(SPEND)
    finally:
        install_language("en")
