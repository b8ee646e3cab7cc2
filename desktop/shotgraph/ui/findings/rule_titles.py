"""Each rule's name in words, for the findings table: the id says where a rule lives, the title what it is.

Titles are keyed by rule id and translated with the interface; a rule without a title shows its id alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "RuleTitle"
TITLES = {
    "graph.cycle": QT_TRANSLATE_NOOP("RuleTitle", "Cut loop"),
    "graph.start": QT_TRANSLATE_NOOP("RuleTitle", "Not one opening shot"),
    "graph.unreachable": QT_TRANSLATE_NOOP("RuleTitle", "Unreachable shots"),
    "graph.dead-end": QT_TRANSLATE_NOOP("RuleTitle", "Dead end"),
    "graph.plate": QT_TRANSLATE_NOOP("RuleTitle", "Hybrid shot without plate"),
    "continuity.axis": QT_TRANSLATE_NOOP("RuleTitle", "Axis crossing"),
    "continuity.screen-direction": QT_TRANSLATE_NOOP("RuleTitle", "Screen direction reversed"),
    "continuity.jump-cut": QT_TRANSLATE_NOOP("RuleTitle", "Jump cut"),
    "continuity.eyeline": QT_TRANSLATE_NOOP("RuleTitle", "Eyelines do not meet"),
    "continuity.time-of-day": QT_TRANSLATE_NOOP("RuleTitle", "Time of day changes"),
    "continuity.location": QT_TRANSLATE_NOOP("RuleTitle", "Location changes"),
    "continuity.size-jump": QT_TRANSLATE_NOOP("RuleTitle", "Size jump"),
    "continuity.wardrobe": QT_TRANSLATE_NOOP("RuleTitle", "Wardrobe changes"),
    "continuity.prop": QT_TRANSLATE_NOOP("RuleTitle", "Prop changes"),
    "continuity.establishing": QT_TRANSLATE_NOOP("RuleTitle", "No establishing shot"),
    "ai.identity": QT_TRANSLATE_NOOP("RuleTitle", "No identity reference"),
    "ai.identity-drift": QT_TRANSLATE_NOOP("RuleTitle", "Identity reference changes"),
    "ai.model-drift": QT_TRANSLATE_NOOP("RuleTitle", "Generator changes"),
    "ai.emotional-closeup": QT_TRANSLATE_NOOP("RuleTitle", "AI emotional close-up"),
    "ai.lipsync": QT_TRANSLATE_NOOP("RuleTitle", "AI lip sync"),
    "hybrid.plate-light": QT_TRANSLATE_NOOP("RuleTitle", "Plate colour temperature"),
    "hybrid.plate-match": QT_TRANSLATE_NOOP("RuleTitle", "Plate does not match"),
    "format.mismatch": QT_TRANSLATE_NOOP("RuleTitle", "Wrong aspect ratio"),
    "compliance.ai-disclosure": QT_TRANSLATE_NOOP("RuleTitle", "AI disclosure missing"),
    "compliance.likeness-consent": QT_TRANSLATE_NOOP("RuleTitle", "Likeness consent missing"),
    "compliance.label-spec": QT_TRANSLATE_NOOP("RuleTitle", "AI label below the standard"),
    "compliance.implicit-label": QT_TRANSLATE_NOOP("RuleTitle", "AIGC metadata missing or wrong"),
    "compliance.ai-provider": QT_TRANSLATE_NOOP("RuleTitle", "AI model without provider"),
    "compliance.registration": QT_TRANSLATE_NOOP("RuleTitle", "Registration number missing"),
    "style.repetition": QT_TRANSLATE_NOOP("RuleTitle", "Repeated framing"),
    "style.monotony": QT_TRANSLATE_NOOP("RuleTitle", "Monotonous coverage"),
    "style.formula": QT_TRANSLATE_NOOP("RuleTitle", "Formulaic shot pattern"),
    "schedule.unscheduled": QT_TRANSLATE_NOOP("RuleTitle", "Not scheduled"),
    "schedule.overlong-day": QT_TRANSLATE_NOOP("RuleTitle", "Overlong shooting day"),
    "schedule.turnaround": QT_TRANSLATE_NOOP("RuleTitle", "Short turnaround"),
    "schedule.daylight": QT_TRANSLATE_NOOP("RuleTitle", "Wrong light for the hour"),
    "cast.unassigned": QT_TRANSLATE_NOOP("RuleTitle", "Character not cast"),
    "budget.ai-overspend": QT_TRANSLATE_NOOP("RuleTitle", "AI spend over the estimate"),
}


def rule_title(rule_id: str) -> str:
    """The rule's name in the interface language ("Axis crossing", "越轴"); its id when it has none."""
    title = TITLES.get(rule_id)
    return QCoreApplication.translate(CONTEXT, title) if title else rule_id


def rule_label(rule_id: str) -> str:
    """Name and id, as the findings table shows them: "Axis crossing · continuity.axis"."""
    title = TITLES.get(rule_id)
    return f"{QCoreApplication.translate(CONTEXT, title)} · {rule_id}" if title else rule_id
