"""Before a draw is spent: what stops each shot from being sent, and what the batch will cost."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from shotgraph.core.model import Episode, Mode, Project, Shot
from shotgraph.core.rules.ai import effective_ref
from shotgraph.core.rules.engine import check_project
from shotgraph.core.rules.findings import Severity
from shotgraph.core.rules.registry import Scope, all_rules

from .costs import estimate


@dataclass(frozen=True)
class HoldBack:
    """Why a shot is not sent: ``kind`` is ``no-prompt``, ``no-reference`` (``subject`` the character)
    or ``error-finding`` (``subject`` the finding's message)."""

    kind: str
    subject: str = ""

    def __str__(self) -> str:
        return {"no-prompt": "no prompt", "no-reference": f"no identity reference for {self.subject}",
                "error-finding": f"error finding: {self.subject}"}[self.kind]


@dataclass
class Preflight:
    """The shots ready to send, the reasons each other shot is held back, and the batch's estimate."""

    ready: list[Shot] = field(default_factory=list)
    blocked: dict[str, list[HoldBack]] = field(default_factory=dict)
    """Reasons by shot code."""
    estimate: float = 0.0


def generated_shots(episode: Episode, codes: Sequence[str] = ()) -> list[Shot]:
    """The episode's AI and hybrid shots, or only those with the given codes."""
    shots = [s for s in episode.shots if s.mode is not Mode.LIVE]
    return [s for s in shots if s.code in codes] if codes else shots


def preflight(project: Project, shots: Sequence[Shot], draws: int, anyway: bool = False) -> Preflight:
    """Each shot passes when it has a prompt, an identity reference for every character it shows and,
    unless ``anyway``, no unwaived error finding; the estimate counts the shots that pass."""
    errors = {} if anyway else _error_findings(project, shots)
    characters = {c.id: c for c in project.characters}
    result = Preflight()
    for shot in shots:
        reasons = []
        if not shot.ai.prompt.strip():
            reasons.append(HoldBack("no-prompt"))
        for entry in shot.characters:
            character = characters.get(entry.character_id)
            if not effective_ref(shot, entry.character_id, character):
                name = character.name if character is not None else entry.character_id
                reasons.append(HoldBack("no-reference", name))
        reasons += [HoldBack("error-finding", message) for message in errors.get(shot.id, [])]
        if reasons:
            result.blocked[shot.code] = reasons
        else:
            result.ready.append(shot)
    result.estimate = estimate(project.generation, result.ready, draws)
    return result


def _error_findings(project: Project, shots: Sequence[Shot]) -> dict[str, list[str]]:
    """Unwaived error findings of the rules that judge a shot or a cut into or out of it; episode
    and project findings (disclosure, the episode's start) are the episode's, not the shot's."""
    wanted = {s.id for s in shots}
    rules = [r for r in all_rules() if r.severity is Severity.ERROR and r.scope in (Scope.SHOT, Scope.PAIR)]
    found: dict[str, list[str]] = {}
    for finding in check_project(project, rules):
        if finding.severity is Severity.ERROR and not finding.waived:
            for shot_id in wanted.intersection(finding.shot_ids):
                found.setdefault(shot_id, []).append(finding.message.get(str(project.language)))
    return found
