"""Units of work for the incremental checker: one rule on one shot, pair, scene or episode.

A unit's findings can be replaced on their own. Each unit also knows its *ordinal*,
where a full run reaches it, so the incremental checker lists findings in exactly
the order ``check_project`` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from shotgraph.core.model import Shot

from .engine import hits_of, make_finding
from .facts import EpisodeFacts, ProjectFacts
from .findings import Finding, Hit
from .registry import Rule, Scope

Unit = str | tuple[str, str] | None
"""The shot id, the (i, j) pair of ids, the scene id, or None for the episode."""

UnitKey = tuple[int, Unit]
"""(rule index, unit): the shot id, the (i, j) pair of ids, the scene id, or None for the episode."""

Units = dict[UnitKey, tuple[int, list[Finding]]]
"""Findings of each unit that has any, with the unit's ordinal."""

def unit_ordinals(rule: Rule, episode: EpisodeFacts) -> Iterable[tuple[Unit, int]]:
    """Every unit of a rule in an episode, with its ordinal, in the order a full run takes them."""
    if rule.scope is Scope.SHOT:
        return ((shot.id, i) for i, shot in enumerate(episode.order))
    if rule.scope is Scope.PAIR:
        return (((i.id, j.id), n) for n, (i, j) in enumerate(episode.pairs))
    if rule.scope is Scope.SCENE:
        return ((scene_id, n) for n, scene_id in enumerate(episode.scene_shots))
    if rule.scope is Scope.EPISODE and episode.order:
        return ((None, 0),)
    return ()


def unit_hits(rule: Rule, episode: EpisodeFacts, unit: Unit) -> Iterable[Hit]:
    """What one rule finds on one unit of an episode."""
    check, scope = rule.unit_check, rule.scope
    if scope is Scope.SHOT and isinstance(unit, str):
        shot = episode.shots[unit]
        return hits_of(check(episode, shot)) if rule.modes is None or shot.mode in rule.modes else ()
    if scope is Scope.PAIR and isinstance(unit, tuple):
        i, j = unit
        return hits_of(check(episode, episode.shots[i], episode.shots[j]))
    if scope is Scope.SCENE and isinstance(unit, str):
        return hits_of(check(episode, episode.scenes[unit], episode.scene_shots[unit]))
    if scope is Scope.EPISODE and unit is None:
        return hits_of(check(episode))
    raise ValueError(f"{unit!r} is not a unit of a {scope} rule")


def run_units(rules: Iterable[tuple[int, Rule]], episode: EpisodeFacts, waived: frozenset[str]) -> Units:
    """The findings of the given episode-level rules on every unit of an episode."""
    units: Units = {}
    facts = episode.project
    for index, rule in rules:
        for unit, ordinal in unit_ordinals(rule, episode):
            found = [finding_of(rule, facts, episode, hit, waived) for hit in unit_hits(rule, episode, unit)]
            if found:
                units[(index, unit)] = (ordinal, found)
    return units


def finding_of(rule: Rule, facts: ProjectFacts, episode: EpisodeFacts | None, hit: Hit,
               waived: frozenset[str]) -> Finding:
    """The finding of a hit, waived when the project holds a waiver for it."""
    finding = make_finding(rule, facts, episode, hit)
    return finding.with_waived(True) if waived and finding.fingerprint in waived else finding


def pairs_around(episode: EpisodeFacts, shot: Shot) -> list[tuple[str, str]]:
    """The consecutive same-scene pairs a shot is part of, as (i, j) ids."""
    shots, scene_id = episode.shots, shot.scene_id
    graph = episode.graph
    before = [(p, shot.id) for p in graph.cut_predecessors(shot.id) if shots[p].scene_id == scene_id]
    after = [(shot.id, s) for s in graph.cut_successors(shot.id) if shots[s].scene_id == scene_id]
    return before + after


@dataclass
class DeltaBuilder:
    """Collects findings that went away and findings that came, unit by unit."""

    added: list[Finding] = field(default_factory=list)
    removed: list[Finding] = field(default_factory=list)

    def replace(self, old: list[Finding], new: list[Finding]) -> None:
        if old == new:
            return
        if len(old) + len(new) < 8:
            self.removed += [f for f in old if f not in new]
            self.added += [f for f in new if f not in old]
            return
        before, after = Counter(old), Counter(new)
        self.removed += list((before - after).elements())
        self.added += list((after - before).elements())

    def replace_units(self, old: Units, new: Units) -> None:
        for key in old.keys() | new.keys():
            self.replace(old.get(key, (0, []))[1], new.get(key, (0, []))[1])
