"""The rule engine: runs registered rules over a project and turns hits into findings.

``check_project`` is the full run. Rules of one episode (shot, pair, scene and
episode scopes) run together in ``check_episode``; project-scope rules in
``check_across``. The incremental checker re-runs only the parts a Changes
record touches and must always agree with a full run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from shotgraph.core.model import Project, Shot

from .facts import EpisodeFacts, ProjectFacts
from .findings import Finding, Hit, fingerprint
from .registry import Rule, Scope, all_rules


def check_project(project: Project, rules: Sequence[Rule] | None = None) -> list[Finding]:
    """Every finding of the project, waivers applied, in reading order."""
    facts = ProjectFacts(project)
    rules = list(all_rules() if rules is None else rules)
    findings = [f for episode in facts.in_order() for f in check_episode(episode, rules)]
    findings += check_across(facts, rules)
    return sort_findings(apply_waivers(project, findings), facts)


def check_episode(episode: EpisodeFacts, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of every shot, pair, scene and episode rule on one episode."""
    findings: list[Finding] = []
    for rule in rules:
        for result in _episode_hits(rule, episode):
            if isinstance(result, Hit):
                findings.append(make_finding(rule, episode.project, episode, result))
            elif result:
                findings.extend(make_finding(rule, episode.project, episode, hit) for hit in result)
    return findings


def _episode_hits(rule: Rule, episode: EpisodeFacts) -> Iterable[Hit | Sequence[Hit] | None]:
    check = rule.check
    if rule.scope is Scope.SHOT:
        return [check(episode, shot) for shot in episode.order]
    if rule.scope is Scope.PAIR:
        return [check(episode, i, j) for i, j in episode.pairs]
    if rule.scope is Scope.SCENE:
        return [hit for scene_id, shots in episode.scene_shots.items()
                for hit in check(episode, episode.scenes[scene_id], shots)]
    if rule.scope is Scope.EPISODE:
        return check(episode) if episode.order else ()
    return ()


def check_across(facts: ProjectFacts, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of the project-scope rules (across scenes, episodes and shooting days)."""
    return [make_finding(rule, facts, episode, hit)
            for rule in rules if rule.scope is Scope.PROJECT
            for episode, hit in rule.check(facts)]


def make_finding(rule: Rule, facts: ProjectFacts, episode: EpisodeFacts | None, hit: Hit) -> Finding:
    """The finding of one hit: codes, scene and messages filled in, fingerprint computed."""
    shots = [_shot(facts, episode, shot_id) for shot_id in hit.shots]
    codes = tuple(shot.code for _, shot in shots)
    scene = hit.scene
    if scene == "":
        scene_ids = {(owner.episode.id, shot.scene_id) for owner, shot in shots}
        owner, shot = shots[0]
        scene = owner.scenes[shot.scene_id].code if len(scene_ids) == 1 else None
    values = {"shots": ", ".join(codes), **hit.values}
    return Finding(
        rule=rule.id, severity=hit.severity or rule.severity,
        episode=episode.number if episode is not None else None, scene=scene,
        shot_ids=hit.shots, codes=codes, message=rule.message.format(**values),
        hint=rule.hint.format(**values), fingerprint=fingerprint(rule.id, hit.shots, hit.evidence),
    )


def _shot(facts: ProjectFacts, episode: EpisodeFacts | None, shot_id: str) -> tuple[EpisodeFacts, Shot]:
    owner = episode if episode is not None and shot_id in episode.shots else facts.owner_of(shot_id)
    return owner, owner.shots[shot_id]


def apply_waivers(project: Project, findings: list[Finding]) -> list[Finding]:
    """The findings with ``waived`` set where the project holds a waiver for their fingerprint."""
    waived = {waiver.fingerprint for waiver in project.waivers}
    if not waived:
        return findings
    return [_waived(f) if f.fingerprint in waived else f for f in findings]


def _waived(finding: Finding) -> Finding:
    return replace(finding, waived=True)


def sort_findings(findings: list[Finding], facts: ProjectFacts) -> list[Finding]:
    """Findings by episode, then where their first shot stands in episode order, then rule."""
    positions = {shot_id: i for e in facts.episodes.values() for shot_id, i in e.position.items()}
    return sorted(findings, key=lambda f: (
        f.episode is None, f.episode or 0, positions.get(f.shot_ids[0], 0) if f.shot_ids else -1, f.rule,
    ))
