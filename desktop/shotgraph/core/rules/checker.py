"""Incremental checking: keep a project's findings current, edit by edit.

A ``Checker`` runs every rule once, then re-runs only what a ``Changes`` record
touches and reports the findings that went and came (``FindingsDelta``), so the
findings panel and the badges on shot cards refresh just those. Its ``findings``
always equal what ``check_project`` would say now, in the same order.

Findings are kept per *unit*: one rule on one shot, pair, scene or episode
(``units.py``), and per project rule. What a change re-runs:

- fields of a shot: the shot rules of that shot and of the hybrid shots it is the
  plate of, the pair rules of the same-scene cuts into and out of it, the scene
  rules of its scene, the episode rules of its episode; a project rule only when
  the values it reads of that shot changed (``Rule.reads``), else its findings
  naming the shot are made again (the shot's code may have changed);
- structure (shots added or removed, edges, scenes, the episode itself): that
  episode's graph follows the change (``EpisodeGraph.update``), its facts are
  refreshed, all its rules and every project rule run again;
- the catalogue (characters, wardrobe, props, locations, people) or the project
  settings: every rule on every episode, the simple choice that is always right,
  since messages name characters and places and rules read the delivery format;
- shooting days: the rules of the families that read them (``schedule``, ``cast``);
- waivers: only the ``waived`` flags.

Connect it to a document with ``attach(document)``: it then updates after every
edit, undo and redo, and calls its own subscribers with each delta.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shotgraph.core.changes import Changes
from shotgraph.core.gcpause import collector_paused
from shotgraph.core.graph import EpisodeGraphs
from shotgraph.core.model import Episode, Project

from .engine import reading_key, waived_fingerprints
from .facts import EpisodeFacts, ProjectFacts
from .findings import Finding, Hit
from .registry import SCHEDULED_FAMILIES, Rule, Scope, all_rules
from .units import DeltaBuilder, Unit, Units, finding_of, pairs_around, run_units, unit_hits

if TYPE_CHECKING:
    from shotgraph.core.document import Document

Across = list[tuple[EpisodeFacts | None, Hit, Finding]]


@dataclass(frozen=True)
class FindingsDelta:
    """Findings that went away and findings that came with one change."""

    added: tuple[Finding, ...] = ()
    removed: tuple[Finding, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


class Checker:
    """The current findings of a project, kept up to date from Changes records."""

    def __init__(self, source: Document | Project, rules: Sequence[Rule] | None = None) -> None:
        """Check a document (reading the graphs it keeps) or a project (following its changes with
        graphs of its own)."""
        self.project: Project = source if isinstance(source, Project) else source.project
        self._own_graphs = isinstance(source, Project)
        self.graphs = EpisodeGraphs(self.project) if isinstance(source, Project) else source.graphs
        self.rules = list(all_rules() if rules is None else rules)
        self._local = [(i, r) for i, r in enumerate(self.rules) if r.scope is not Scope.PROJECT]
        self._across_rules = [(i, r) for i, r in enumerate(self.rules) if r.scope is Scope.PROJECT]
        self._reads = {i: reads for i, r in self._across_rules if (reads := r.reads) is not None}
        self._subscribers: list[Callable[[FindingsDelta], None]] = []
        self._sorted: list[Finding] | None = []
        self._positions: dict[str, int] | None = None
        self.recheck()

    # -- connecting -----------------------------------------------------------------------

    def attach(self, document: Document) -> Callable[[], None]:
        """Update after every change of ``document``; returns the function that detaches."""
        return document.subscribe(self._on_document_changed)

    def subscribe(self, callback: Callable[[FindingsDelta], None]) -> Callable[[], None]:
        """Call ``callback(delta)`` whenever an attached document's change alters the findings."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _on_document_changed(self, changes: Changes) -> None:
        delta = self.update(changes)
        if delta:
            for callback in list(self._subscribers):
                callback(delta)

    # -- the findings ---------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        """Every finding, waivers applied, in the order ``check_project`` gives them."""
        if self._sorted is None:
            self._sorted = self._in_reading_order()
        return list(self._sorted)

    def episode_findings(self, episode_id: str) -> list[Finding]:
        """The findings of one episode's shots and cuts, and those across episodes that name it."""
        facts = self.facts.episodes.get(episode_id)
        if facts is None:
            return []
        made = [finding for _, found in self._units.get(episode_id, {}).values() for finding in found]
        number, shots = facts.episode.number, facts.position
        for entries in self._across.values():
            made += [f for _, _, f in entries if f.episode == number or any(s in shots for s in f.shot_ids)]
        return made

    def _in_reading_order(self) -> list[Finding]:
        made: list[Finding] = []
        for episode in self.facts.in_order():
            units = self._units.get(episode.episode.id, {})
            for key in sorted(units, key=lambda k: (k[0], units[k][0])):
                made += units[key][1]
        for index in sorted(self._across):
            made += [finding for _, _, finding in self._across[index]]
        positions = self._reading_positions()
        return sorted(made, key=lambda f: reading_key(f, positions))

    def reading_place(self, finding: Finding) -> tuple[object, ...]:
        """Where a finding stands in reading order; findings with equal places keep the order the
        rules made them in, which only ``findings`` knows."""
        return reading_key(finding, self._reading_positions())

    def _reading_positions(self) -> dict[str, int]:
        if self._positions is None:
            self._positions = {shot_id: i for e in self.facts.episodes.values() for shot_id, i in e.position.items()}
        return self._positions

    def recheck(self) -> FindingsDelta:
        """Check the whole project again (after a change the record cannot describe)."""
        old = self.findings
        with collector_paused():
            self._waived = waived_fingerprints(self.project)
            self.facts = ProjectFacts(self.project, self.graphs)
            self._units: dict[str, Units] = {
                episode_id: run_units(self._local, episode, self._waived)
                for episode_id, episode in self.facts.episodes.items()}
            self._snapshots: dict[int, dict[str, Hashable]] = {i: {} for i in self._reads}
            for episode in self.facts.episodes.values():
                self._snapshot(episode.episode.shots, episode)
            self._across: dict[int, Across] = {i: self._run_across(r) for i, r in self._across_rules}
        self._sorted = self._positions = None
        builder = DeltaBuilder()
        builder.replace(old, self.findings)
        return FindingsDelta(tuple(builder.added), tuple(builder.removed))

    # -- following changes ----------------------------------------------------------------

    def update(self, changes: Changes) -> FindingsDelta:
        """Re-run what ``changes`` touches; the findings that went and came."""
        if not changes:
            return FindingsDelta()
        delta = DeltaBuilder()
        if self._own_graphs:
            self.graphs.update(changes)
        with collector_paused():
            self._waived = waived_fingerprints(self.project) if changes.waivers else self._waived
            wide = changes.settings or changes.touches_catalogue
            if wide:
                self.facts.refresh_catalogue()
            structural = set(self.facts.episodes) | self._episode_ids() if wide else self._structural(changes)
            edited = self._edited_shots(changes, structural)
            for episode_id in structural:
                self._rebuild_episode(episode_id, delta)
            if structural:
                self._follow_episode_list()
            self._recheck_edited(edited, delta)
            self._update_across(bool(structural), edited, changes, delta)
            if changes.waivers:
                self._rewaive(delta)
        self._sorted = self._positions = None
        return FindingsDelta(tuple(delta.added), tuple(delta.removed))

    def _episode_ids(self) -> set[str]:
        return {episode.id for episode in self.project.episodes}

    def _structural(self, changes: Changes) -> set[str]:
        """Episodes whose structure changed, found in the facts as they were before the change."""
        ids = set(changes.episodes)
        shots = changes.shots_added | changes.shots_removed | changes.shot_links
        scenes = changes.scenes
        if shots or scenes:
            for episode_id, facts in self.facts.episodes.items():
                if any(s in facts.shots for s in shots) or any(s in facts.scenes for s in scenes):
                    ids.add(episode_id)
        return ids

    def _edited_shots(self, changes: Changes, structural: set[str]) -> dict[str, list[str]]:
        """Shots whose fields changed, by episode, outside the episodes rebuilt anyway."""
        edited: dict[str, list[str]] = {}
        for shot_id in changes.shots:
            episode_id = self._owner_id(shot_id)
            if episode_id is None:
                structural |= {e.id for e in self.project.episodes if any(s.id == shot_id for s in e.shots)}
            elif episode_id not in structural:
                edited.setdefault(episode_id, []).append(shot_id)
        return edited

    def _owner_id(self, shot_id: str) -> str | None:
        try:
            return self.facts.owner_of(shot_id).episode.id
        except KeyError:
            return None

    # -- one episode ----------------------------------------------------------------------

    def _rebuild_episode(self, episode_id: str, delta: DeltaBuilder) -> None:
        """Refresh an episode's facts and run all its rules again (or drop it if it is gone)."""
        old = self._units.pop(episode_id, {})
        episode = self._current_episode(episode_id)
        if episode is None:
            self.facts.episodes.pop(episode_id, None)
            self.facts.forget_owners()
            delta.replace_units(old, {})
            return
        facts, graph = self.facts.episodes.get(episode_id), self.graphs.of(episode)
        if facts is None or facts.graph is not graph:
            facts = EpisodeFacts(episode, self.facts, graph)
            self.facts.episodes[episode_id] = facts
        else:
            facts.refresh()
        self._units[episode_id] = run_units(self._local, facts, self._waived)
        self._snapshot(episode.shots, facts)
        delta.replace_units(old, self._units[episode_id])

    def _follow_episode_list(self) -> None:
        """Episode facts in the project's episode order, as a fresh ``ProjectFacts`` has them."""
        known = self.facts.episodes
        self.facts.episodes = {e.id: known[e.id] for e in self.project.episodes if e.id in known}
        self.facts.forget_owners()

    def _current_episode(self, episode_id: str) -> Episode | None:
        return next((e for e in self.project.episodes if e.id == episode_id), None)

    def _recheck_edited(self, edited: dict[str, list[str]], delta: DeltaBuilder) -> None:
        """Re-run the units around shots whose fields changed."""
        for episode_id, shot_ids in edited.items():
            facts = self.facts.episodes[episode_id]
            facts.shot_values_changed()
            units = self._units[episode_id]
            for index, rule in self._local:
                for unit in self._units_around(rule, facts, shot_ids):
                    self._replace_unit(units, index, rule, facts, unit, delta)

    def _units_around(self, rule: Rule, facts: EpisodeFacts, shot_ids: list[str]) -> set[Unit]:
        shots = [facts.shots[shot_id] for shot_id in shot_ids]
        if rule.scope is Scope.SHOT:
            return {s for shot in shots for s in (shot.id, *facts.graph.plate_targets(shot.id))}
        if rule.scope is Scope.PAIR:
            return {pair for shot in shots for pair in pairs_around(facts, shot)}
        if rule.scope is Scope.SCENE:
            return {shot.scene_id for shot in shots}
        return {None} if facts.order else set()

    def _replace_unit(self, units: Units, index: int, rule: Rule, facts: EpisodeFacts, unit: Unit,
                      delta: DeltaBuilder) -> None:
        found = [finding_of(rule, self.facts, facts, hit, self._waived) for hit in unit_hits(rule, facts, unit)]
        ordinal, old = units.pop((index, unit), (None, []))
        if found:
            units[(index, unit)] = (self._ordinal(rule, facts, unit) if ordinal is None else ordinal, found)
        delta.replace(old, found)

    @staticmethod
    def _ordinal(rule: Rule, facts: EpisodeFacts, unit: Unit) -> int:
        if rule.scope is Scope.SHOT and isinstance(unit, str):
            return facts.position[unit]
        if rule.scope is Scope.PAIR:
            return next(n for n, (i, j) in enumerate(facts.pairs) if (i.id, j.id) == unit)
        if rule.scope is Scope.SCENE and isinstance(unit, str):
            return list(facts.scene_shots).index(unit)
        return 0

    # -- project rules --------------------------------------------------------------------

    def _run_across(self, rule: Rule) -> Across:
        return [(episode, hit, finding_of(rule, self.facts, episode, hit, self._waived))
                for episode, hit in rule.project_check(self.facts)]

    def _update_across(self, structural: bool, edited: dict[str, list[str]], changes: Changes,
                       delta: DeltaBuilder) -> None:
        """Run the project rules again where needed; re-make findings naming edited shots."""
        shot_ids = {shot_id for ids in edited.values() for shot_id in ids}
        read_changed = self._snapshot_edited(edited)
        for index, rule in self._across_rules:
            if structural or (changes.days and rule.family in SCHEDULED_FAMILIES) or (
                    shot_ids and (index not in self._reads or index in read_changed)):
                old, self._across[index] = self._across[index], self._run_across(rule)
                delta.replace([f for *_, f in old], [f for *_, f in self._across[index]])
            elif shot_ids:
                self._remake_naming(index, rule, shot_ids, delta)
        if changes.days:
            for family in sorted(SCHEDULED_FAMILIES):
                self._rerun_family(family, delta)

    def _remake_naming(self, index: int, rule: Rule, shot_ids: set[str], delta: DeltaBuilder) -> None:
        entries = self._across[index]
        for n, (episode, hit, finding) in enumerate(entries):
            if not shot_ids.isdisjoint(hit.shots):
                fresh = finding_of(rule, self.facts, episode, hit, self._waived)
                entries[n] = (episode, hit, fresh)
                delta.replace([finding], [fresh])

    def _snapshot(self, shots: Sequence, episode: EpisodeFacts) -> set[int]:
        """Record what each project rule with ``reads`` reads of these shots; which rules saw a change."""
        changed: set[int] = set()
        for index, reads in self._reads.items():
            snapshot = self._snapshots[index]
            for shot in shots:
                value = reads(episode, shot)
                if snapshot.get(shot.id, changed) != value:
                    snapshot[shot.id] = value
                    changed.add(index)
        return changed

    def _snapshot_edited(self, edited: dict[str, list[str]]) -> set[int]:
        changed: set[int] = set()
        for episode_id, shot_ids in edited.items():
            facts = self.facts.episodes[episode_id]
            facts.shot_values_changed()
            changed |= self._snapshot([facts.shots[s] for s in shot_ids], facts)
        return changed

    def _rerun_family(self, family: str, delta: DeltaBuilder) -> None:
        """Run a family's episode-level rules again on every episode (after the shooting days change)."""
        rules = [(i, r) for i, r in self._local if r.family == family]
        if not rules:
            return
        indices = {i for i, _ in rules}
        for episode_id, facts in self.facts.episodes.items():
            units = self._units[episode_id]
            old = {key: value for key, value in units.items() if key[0] in indices}
            new = run_units(rules, facts, self._waived)
            for key in old:
                del units[key]
            units.update(new)
            delta.replace_units(old, new)

    def _rewaive(self, delta: DeltaBuilder) -> None:
        """Set each finding's ``waived`` flag from the project's waivers as they are now."""
        waived = self._waived
        for units in self._units.values():
            for key, (ordinal, found) in units.items():
                flagged = [f.with_waived(f.fingerprint in waived) for f in found]
                delta.replace(found, flagged)
                units[key] = (ordinal, flagged)
        for index, entries in self._across.items():
            reflagged = [(e, h, f.with_waived(f.fingerprint in waived)) for e, h, f in entries]
            delta.replace([f for *_, f in entries], [f for *_, f in reflagged])
            self._across[index] = reflagged
