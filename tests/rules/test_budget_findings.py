"""budget.ai-overspend as the editor keeps it: the message names the episode, spend, estimate and margin
in both languages, and each edit that spends or moves the margin updates it as a full check would."""

from __future__ import annotations

from shotgraph.core import edits as ed
from shotgraph.core.document import Document
from shotgraph.core.edits.generation import UpdateGenerationSettings
from shotgraph.core.model import BudgetSettings, Episode, Mode, Project, Provenance, Scene, Shot, Take
from shotgraph.core.rules import check_project
from shotgraph.core.rules.checker import Checker

RULE = "budget.ai-overspend"


def project(spent: float) -> Project:
    """One AI shot of 5 s estimated at 100 (5 s × 10 × 2 takes), with one draw that cost ``spent``."""
    shot = Shot(id="a", code="1", scene_id="sc1", mode=Mode.AI, duration_s=5)
    shot.ai.takes.append(Take(id="tk1", provenance=Provenance(cost=spent)))
    budget = BudgetSettings(ai_price_per_second=10, takes_establishing=2, operator_rate_per_hour=0)
    return Project(id="pr", title="夜渡", budget=budget,
                   episodes=[Episode(id="ep1", number=3, scenes=[Scene(id="sc1", code="1")], shots=[shot])])


def overspends(findings) -> list:
    return [f for f in findings if f.rule == RULE]


def test_the_message_names_the_episode_spend_estimate_and_margin_in_both_languages():
    [finding] = overspends(check_project(project(121)))
    assert finding.severity.value == "warning" and finding.episode == 3 and finding.codes == ("1",)
    assert all(part in finding.message.en for part in ("Episode 3", "¥121.00", "¥100.00", "20%"))
    assert all(part in finding.message.zh for part in ("第3集", "¥121.00", "¥100.00", "20%"))


def test_the_live_findings_follow_a_new_draw_the_margin_and_undo():
    doc = Document(project(110))
    checker = Checker(doc)
    checker.attach(doc)
    assert overspends(checker.findings) == []
    more = Take(id="tk2", provenance=Provenance(cost=20))
    doc.apply(ed.UpdateShot("a", {"ai": doc.shot("a").ai.model_copy(update={"takes": [*doc.shot("a").ai.takes,
                                                                                        more]})}))
    assert len(overspends(checker.findings)) == 1
    doc.apply(UpdateGenerationSettings({"overspend_margin": 0.5}))
    assert overspends(checker.findings) == []
    doc.undo()
    assert len(overspends(checker.findings)) == 1 and checker.findings == check_project(doc.project)
