"""What ``shotgraph check`` reports: the findings narrowed, counted, and as JSON (the README's command line section).

- ``--rule PREFIX`` matches whole dotted parts: ``continuity`` selects ``continuity``
  and ``continuity.axis`` but not ``continuityx``; ``continuity.axis`` selects only itself.
  A prefix that matches no rule ShotGraph knows is bad input, so a typo cannot pass CI.
- ``--episode N`` keeps the findings of episode N and the findings across episodes
  that involve one of its shots.
- The summary counts unwaived findings per severity; ``waived`` counts the waived ones,
  whatever their severity. ``--fail-on`` looks at unwaived findings only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project
from shotgraph.core.rules import Finding, Severity, all_rules, check_project


@dataclass(frozen=True)
class CheckReport:
    """The findings of one checked file, after ``--rule`` and ``--episode``."""

    file: str
    """The file as the user named it."""
    findings: list[Finding]

    @classmethod
    def of(cls, file: str, project: Project, prefixes: Sequence[str] = (), episode: int | None = None) -> CheckReport:
        """Check ``project``, read from ``file``, and keep what ``--rule`` and ``--episode`` select."""
        known = {rule.id for rule in all_rules()}
        return cls(file, narrow(project, check_project(project), known, prefixes, episode, file))

    def summary(self) -> dict[str, int]:
        """Unwaived findings per severity, and the number of waived ones."""
        counts = {severity.value: 0 for severity in Severity} | {"waived": 0}
        for finding in self.findings:
            counts["waived" if finding.waived else finding.severity.value] += 1
        return counts

    def fails(self, fail_on: str) -> bool:
        """Whether an unwaived finding is at the ``fail_on`` severity or worse."""
        if fail_on == "never":
            return False
        threshold = Severity(fail_on).rank
        return any(not f.waived and f.severity.rank >= threshold for f in self.findings)

    def to_json(self, language: str) -> str:
        """The ``--json`` object: file, summary and every finding in ``language``, one finding a line."""
        body = ",\n".join("  " + _dumps(finding.to_json(language)) for finding in self.findings)
        findings = f"[\n{body}\n]" if body else "[]"
        return f'{{"file": {_dumps(self.file)}, "summary": {_dumps(self.summary())}, "findings": {findings}}}'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def summary_line(summary: dict[str, int]) -> str:
    """``N errors, N warnings, N info (N waived)``, worded exactly as the README's command line section gives it."""
    return (f"{summary['error']} errors, {summary['warning']} warnings, {summary['info']} info "
            f"({summary['waived']} waived)")


def narrow(project: Project, findings: Iterable[Finding], known_rules: Iterable[str],
           prefixes: Sequence[str] = (), episode: int | None = None, file: str | None = None) -> list[Finding]:
    """The findings ``--rule`` and ``--episode`` select.

    Raises InputError for a prefix that selects no known rule, or an episode the project
    (read from ``file``) lacks.
    """
    wanted = _rule_prefixes(prefixes, set(known_rules))
    shots = _episode_shots(project, episode, file) if episode is not None else None
    return [f for f in findings if (not wanted or matches_rule(f.rule, wanted))
            and (shots is None or _in_episode(f, episode, shots))]


def _in_episode(finding: Finding, number: int | None, shots: set[str]) -> bool:
    """Whether a finding is of episode ``number``, or across episodes and involving one of its shots."""
    if finding.episode is None:
        return not shots.isdisjoint(finding.shot_ids)
    return finding.episode == number


def matches_rule(rule_id: str, prefixes: Iterable[str]) -> bool:
    """Whether a rule id is one of ``prefixes`` or lies under one of them, by whole dotted parts."""
    return any(rule_id == prefix or rule_id.startswith(prefix + ".") for prefix in prefixes)


def _rule_prefixes(prefixes: Sequence[str], known: set[str]) -> list[str]:
    """The prefixes without trailing dots; InputError for one that selects no known rule."""
    cleaned = [prefix.strip().rstrip(".") for prefix in prefixes]
    for given, prefix in zip(prefixes, cleaned, strict=True):
        if not any(matches_rule(rule_id, [prefix]) for rule_id in known):
            families = sorted({rule_id.split(".", 1)[0] for rule_id in known})
            raise InputError(None, f"--rule {given!r} matches no rule; rule ids start with "
                             f"{', '.join(families)} (see docs/findings.md)")
    return cleaned


def _episode_shots(project: Project, number: int, file: str | None) -> set[str]:
    """The shot ids of episode ``number``; InputError if the project has no such episode."""
    for episode in project.episodes:
        if episode.number == number:
            return {shot.id for shot in episode.shots}
    numbers = sorted(episode.number for episode in project.episodes)
    has = f"episodes {numbers[0]} to {numbers[-1]}" if numbers else "no episodes"
    raise InputError(file, f"--episode {number}: no such episode (the project has {has})")
