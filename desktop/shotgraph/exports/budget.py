"""The budget report: per episode, shots, seconds and cost by mode, what the same episode would
cost made all live, all AI or all hybrid, and what its AI draws have cost beside the estimate of
its AI and hybrid shots (CSV, or JSON by suffix; the JSON adds that spend shot by shot)."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.model import Mode, Project
from shotgraph.core.planning.budget import BudgetEstimator
from shotgraph.core.planning.spend import Spend, episode_spend, shot_spend

from . import Exporter, Progress, register
from .tables import write_csv_rows, write_json

COLUMNS = ("episode", "title", "live_shots", "live_seconds", "live_cost", "ai_shots", "ai_seconds", "ai_cost",
           "hybrid_shots", "hybrid_seconds", "hybrid_cost", "total", "if_all_live", "if_all_ai", "if_all_hybrid",
           "ai_draws", "ai_spend", "ai_spend_estimate", "currency")


def budget_rows(project: Project, progress: Progress | None = None) -> list[dict[str, object]]:
    """One row per episode, then a row of totals (episode "all")."""
    estimator = BudgetEstimator(project)
    rows = []
    budgets = estimator.episodes()
    for done, (episode, budget) in enumerate(zip(project.episodes, budgets, strict=True)):
        if progress is not None:
            progress(done, len(budgets))
        row: dict[str, object] = {"episode": budget.number, "title": budget.title}
        for mode in Mode:
            cost = budget.by_mode[mode]
            row |= {f"{mode.value}_shots": cost.shots, f"{mode.value}_seconds": round(cost.seconds, 1),
                    f"{mode.value}_cost": round(cost.cost, 2)}
        whatif = estimator.what_if(episode.shots)
        row |= {"total": round(budget.total, 2), **{f"if_all_{m.value}": round(whatif[m.value], 2) for m in Mode},
                **spend_columns(episode_spend(episode, estimator)), "currency": project.budget.currency}
        rows.append(row)
    rows.append(_totals(rows, project.budget.currency))
    return rows


def spend_columns(spend: Spend) -> dict[str, object]:
    """The draws brought back, what they cost, and the estimate of the same AI and hybrid shots."""
    return {"ai_draws": spend.draws, "ai_spend": round(spend.cost, 2), "ai_spend_estimate": round(spend.estimate, 2)}


def shot_spend_rows(project: Project) -> list[dict[str, object]]:
    """One row per AI or hybrid shot, in each episode's shot list order."""
    estimator = BudgetEstimator(project)
    return [{"episode": episode.number, "shot": shot.code, "mode": shot.mode.value,
             **spend_columns(shot_spend(shot, estimator))}
            for episode in project.episodes for shot in episode.shots if shot.mode is not Mode.LIVE]


def _totals(rows: list[dict[str, object]], currency: str) -> dict[str, object]:
    summed = {column: round(sum(_number(row[column]) for row in rows), 2) for column in COLUMNS[2:-1]}
    return {"episode": "all", "title": "", **summed, "currency": currency}


def _number(value: object) -> float:
    """A count, seconds or cost of a row (the columns between title and currency are all numbers)."""
    if not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    return value


def write_budget(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    """CSV (one row per episode and a total) or, for a .json file, the same rows as JSON."""
    rows = budget_rows(project, progress)
    if Path(path).suffix.lower() == ".json":
        write_json(path, {"project": project.title, "currency": project.budget.currency, "episodes": rows,
                          "shots": shot_spend_rows(project)})
    else:
        write_csv_rows(path, COLUMNS, [[row[c] for c in COLUMNS] for row in rows])


register(Exporter("budget", (".csv", ".json"), "budget estimate by episode and mode, with what-ifs and the AI spend",
                  write_budget))
