"""The rule engine: runs registered rules over a project and turns hits into findings.

``check_project`` is the full run. Rules of one episode (shot, pair, scene and
episode scopes) run together in ``check_episode``; project-scope rules in
``check_across``. The incremental checker re-runs only the parts a Changes
record touches and must always agree with a full run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat

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
        for answer in episode_answers(rule, episode):
            if answer.__class__ is Hit:
                findings.append(make_finding(rule, facts, episode, answer))
            else:
                findings.extend(make_finding(rule, facts, episode, hit) for hit in hits_of(answer))
    return findings


def hits_of(result: Answer) -> Iterable[Hit]:
    """A rule function's answer as hits: one hit, several, or none."""
    if result is None:
        return ()
    return (result,) if isinstance(result, Hit) else result


def episode_answers(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    """What one shot, pair, scene or episode rule answers on the units of an episode where
    it finds something, in unit order (``filter`` drops the units answering None or nothing).
    """
    answers = _ANSWERS.get(rule.scope)
    return answers(rule, episode) if answers is not None else []


def _shot_answers(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    shots = episode.order if rule.modes is None else episode.in_modes(rule.modes)
    return filter(None, map(rule.unit_check, repeat(episode), shots))


def _pair_answers(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    return filter(None, map(rule.unit_check, repeat(episode), episode.pair_firsts, episode.pair_seconds))


def _scene_answers(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    scenes, find = episode.scenes, rule.group_check
    return filter(None, [list(find(episode, scenes[scene_id], shots))
                         for scene_id, shots in episode.scene_shots.items()])


def _episode_answers(rule: Rule, episode: EpisodeFacts) -> Iterable[Answer]:
    return filter(None, [list(rule.group_check(episode))] if episode.order else [])


_ANSWERS = {Scope.SHOT: _shot_answers, Scope.PAIR: _pair_answers, Scope.SCENE: _scene_answers,
            Scope.EPISODE: _episode_answers}
"""How each scope of rule is run over an episode (project rules run in ``check_across``)."""


def check_across(facts: ProjectFacts, rules: Sequence[Rule]) -> list[Finding]:
    """Findings of the project-scope rules (across scenes, episodes and shooting days)."""
    return [make_finding(rule, facts, episode, hit)
            for rule in rules if rule.scope is Scope.PROJECT
            for episode, hit in rule.project_check(facts)]


def make_finding(rule: Rule, facts: ProjectFacts, episode: EpisodeFacts | None, hit: Hit,
                 waived: bool = False) -> Finding:
    """The finding of one hit: codes and scene filled in; messages and fingerprint when read."""
    found = _all_in(episode, hit.shots)
    scene = hit.scene
    if found is not None and episode is not None:
        if scene == "":
            scene = _scene_in(episode, found)
    else:
        owners = [facts.owner_of(shot_id) for shot_id in hit.shots]
        found = [owner.shots[shot_id] for owner, shot_id in zip(owners, hit.shots, strict=True)]
        if scene == "":
            scene = _shared_scene(owners, found)
    return Finding.pending(rule.id, hit.severity or rule.severity,
                           episode.number if episode is not None else None, scene, hit,
                           tuple([shot.code for shot in found]), rule.texts, waived)


def _all_in(episode: EpisodeFacts | None, shot_ids: tuple[str, ...]) -> list[Shot] | None:
    """The shots, when all of them are in the episode; else None (the hit reaches other episodes)."""
    if episode is None:
        return None
    shots = episode.shots
    try:
        return [shots[shot_id] for shot_id in shot_ids]
    except KeyError:
        return None


def _scene_in(episode: EpisodeFacts, shots: list[Shot]) -> str | None:
    """The code of the scene all shots of the episode are in, else None."""
    if not shots:
        return None
    scene_id = shots[0].scene_id
    for shot in shots:
        if shot.scene_id != scene_id:
            return None
    return episode.scenes[scene_id].code


def _shared_scene(owners: list[EpisodeFacts], shots: list[Shot]) -> str | None:
    """The code of the scene all shots are in (same episode, same scene), else None."""
    if not owners:
        return None
    owner = owners[0]
    if any(other is not owner for other in owners):
        return None
    return _scene_in(owner, shots)


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
    positions: dict[str, int] = {}
    for episode in facts.episodes.values():
        positions.update(episode.position)
    return sorted(findings, key=lambda f: reading_key(f, positions))


def reading_key(finding: Finding, positions: dict[str, int]) -> tuple[object, ...]:
    """Where a finding stands in reading order (ties keep the order the engine made them in)."""
    return (finding.episode is None, finding.episode or 0,
            positions.get(finding.shot_ids[0], 0) if finding.shot_ids else -1, finding.rule)
