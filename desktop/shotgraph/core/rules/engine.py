"""The rule engine: runs registered rules over a project and turns hits into findings.

``check_project`` is the full run. Rules of one episode (shot, pair, scene and
episode scopes) run together in ``check_episode``; project-scope rules in
``check_across``. The incremental checker re-runs only the parts a Changes
record touches and must always agree with a full run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from shotgraph.core.gcpause import collector_paused
from shotgraph.core.model import Project, Shot

from .facts import EpisodeFacts, ProjectFacts
from .findings import Finding, Hit
from .registry import Answer, Rule, Scope, all_rules


def check_project(project: Project, rules: Sequence[Rule] | None = None) -> list[Finding]:
    """Every finding of the project, waivers applied, in reading order."""
    with collector_paused():
        facts = ProjectFacts(project)
        rules = list(all_rules() if rules is None else rules)
        findings = [f for episode in facts.in_order() for f in check_episode(episode, rules)]
        findings += check_across(facts, rules)
        return sort_findings(apply_waivers(project, findings), facts)


def check_episode(episode: EpisodeFacts, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of every shot, pair, scene and episode rule on one episode."""
    findings: list[Finding] = []
    facts = episode.project
    for rule in rules:
        for result in episode_hits(rule, episode):
            if result.__class__ is Hit:
                findings.append(make_finding(rule, facts, episode, result))
            elif result:
                findings.extend(make_finding(rule, facts, episode, hit) for hit in hits_of(result))
    return findings


def hits_of(result: Answer) -> Iterable[Hit]:
    """A rule function's answer as hits: one hit, several, or none."""
    if result is None:
        return ()
    return (result,) if isinstance(result, Hit) else result


def episode_hits(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    """What one shot, pair, scene or episode rule answers for each of its units in an episode."""
    if rule.scope is Scope.SHOT:
        check = rule.unit_check
        return [check(episode, shot) for shot in episode.order]
    if rule.scope is Scope.PAIR:
        check = rule.unit_check
        return [check(episode, i, j) for i, j in episode.pairs]
    if rule.scope is Scope.SCENE:
        scenes, find = episode.scenes, rule.group_check
        return [list(find(episode, scenes[scene_id], shots)) for scene_id, shots in episode.scene_shots.items()]
    if rule.scope is Scope.EPISODE:
        return [list(rule.group_check(episode))] if episode.order else []
    return []


def check_across(facts: ProjectFacts, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of the project-scope rules (across scenes, episodes and shooting days)."""
    return [make_finding(rule, facts, episode, hit)
            for rule in rules if rule.scope is Scope.PROJECT
            for episode, hit in rule.project_check(facts)]


def make_finding(rule: Rule, facts: ProjectFacts, episode: EpisodeFacts | None, hit: Hit,
                 waived: bool = False) -> Finding:
    """The finding of one hit: codes and scene filled in; messages and fingerprint when read."""
    shots = episode.shots if episode is not None else _NO_SHOTS
    owners: list[EpisodeFacts] = []
    found: list[Shot] = []
    for shot_id in hit.shots:
        shot = shots.get(shot_id)
        if shot is None or episode is None:  # without an episode, shots is empty
            owner = facts.owner_of(shot_id)
            shot = owner.shots[shot_id]
        else:
            owner = episode
        owners.append(owner)
        found.append(shot)
    scene = hit.scene
    if scene == "":
        scene = _shared_scene(owners, found)
    return Finding.pending(rule.id, hit.severity or rule.severity,
                           episode.number if episode is not None else None, scene, hit,
                           tuple([shot.code for shot in found]), rule.texts, waived)


_NO_SHOTS: dict[str, Shot] = {}


def _shared_scene(owners: list[EpisodeFacts], shots: list[Shot]) -> str | None:
    """The code of the scene all shots are in (same episode, same scene), else None."""
    if not shots:
        return None
    owner, scene_id = owners[0], shots[0].scene_id
    for other, shot in zip(owners, shots, strict=True):
        if other is not owner or shot.scene_id != scene_id:
            return None
    return owner.scenes[scene_id].code


def waived_fingerprints(project: Project) -> frozenset[str]:
    return frozenset(waiver.fingerprint for waiver in project.waivers)


def apply_waivers(project: Project, findings: list[Finding]) -> list[Finding]:
    """The findings with ``waived`` set where the project holds a waiver for their fingerprint."""
    waived = waived_fingerprints(project)
    if not waived:
        return findings
    return [f.with_waived(f.fingerprint in waived) for f in findings]


def sort_findings(findings: list[Finding], facts: ProjectFacts) -> list[Finding]:
    """Findings by episode, then where their first shot stands in episode order, then rule."""
    positions = {shot_id: i for e in facts.episodes.values() for shot_id, i in e.position.items()}
    return sorted(findings, key=lambda f: reading_key(f, positions))


def reading_key(finding: Finding, positions: dict[str, int]) -> tuple[object, ...]:
    """Where a finding stands in reading order (ties keep the order the engine made them in)."""
    return (finding.episode is None, finding.episode or 0,
            positions.get(finding.shot_ids[0], 0) if finding.shot_ids else -1, finding.rule)
