"""Budget: an episode whose AI draws have cost more than the budget expected.

The spend and the estimate are those of the Budget panel and the budget report
(``core/planning/spend.py``): the recorded cost of the generated takes of the episode's
AI and hybrid shots, beside what the budget expects generating the same shots to cost.
"""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.model import EdgeKind
from shotgraph.core.planning.budget import BudgetEstimator, money
from shotgraph.core.planning.spend import episode_spend, take_costs

from .facts import EpisodeFacts
from .findings import Hit, Severity, Text
from .registry import GENERATED_SHOTS, Scope, rule


@rule("budget.ai-overspend", Severity.WARNING, Scope.EPISODE,
      message=Text("Episode {episode} has spent {spend} on AI draws, more than {margin} over the {estimate} "
                   "estimated for generating its AI and hybrid shots (first: {shots})",
                   "第{episode}集AI生成已花费 {spend}，超出其AI与混合镜头生成预估 {estimate} 的 {margin} 以上"
                   "（首个：{shots}）"),
      hint=Text("Look for the costly takes in the AI Takes panel; check the rates under Budget and Generation in "
                "Project ▸ Project Settings…, or raise the overspend margin under Generation",
                "在「AI 生成结果」面板查看花费高的结果；在 项目 ▸ 项目设置… 的「预算」和「生成」中核对费率，"
                "或在「生成」中调高超支容差"))
def ai_overspend(episode: EpisodeFacts) -> Iterator[Hit]:
    """Draws that cost more than planned eat the budget of the episodes still to make.

    Fires when the spend passes the estimate by more than the project's overspend margin
    (``generation.overspend_margin``, 20 % by default); any spend passes an estimate of 0.
    Reported on the episode's first AI or hybrid shot in episode order, so a waiver holds as draws come in.
    Fix: find out why the draws cost more (more draws, longer compute), or correct the rates.
    """
    generated = episode.in_modes(GENERATED_SHOTS)
    if not any(cost for shot in generated for cost in take_costs(shot)):
        return
    project = episode.project.project
    plated = {edge.target for edge in episode.episode.edges if edge.kind is EdgeKind.PLATE}
    spend = episode_spend(episode.episode, BudgetEstimator(project, plated))
    margin = project.generation.overspend_margin
    if spend.over_margin(margin):
        currency = project.budget.currency
        yield Hit((generated[0].id,), values={"episode": episode.number, "spend": money(spend.cost, currency, 2),
                                       "estimate": money(spend.estimate, currency, 2), "margin": f"{margin:.0%}"})
