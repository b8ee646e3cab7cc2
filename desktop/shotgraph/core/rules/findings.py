"""What the rule engine reports: findings with a stable fingerprint, in Chinese and English."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for error, 1 for warning, 0 for info: higher is worse."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing sentence in English and Simplified Chinese; ``{name}`` fields are filled in."""

    en: str
    zh: str

    def get(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def format(self, **values: object) -> Text:
        return Text(self.en.format(**values), self.zh.format(**values))


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function returns: the shots involved and the values that raised it.

    ``evidence`` holds the field values the finding depends on: a waiver stops applying
    when any of them changes. ``values`` fill the rule's message template.
    """

    shots: tuple[str, ...]
    evidence: tuple[object, ...] = ()
    values: dict[str, object] = field(default_factory=dict)
    severity: Severity | None = None
    """Overrides the rule's severity, for rules with two levels."""
    scene: str | None = ""
    """Scene code; "" lets the engine fill it (the scene shared by all shots, else None)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: its rule, severity, where it is, the shots involved and what to do."""

    rule: str
    severity: Severity
    episode: int | None
    scene: str | None
    shot_ids: tuple[str, ...]
    codes: tuple[str, ...]
    message: Text
    hint: Text
    fingerprint: str
    waived: bool = False

    def to_json(self, language: str = "en") -> dict[str, object]:
        """The finding as ``shotgraph check --json`` prints it (spec/cli.md)."""
        return {
            "rule": self.rule, "severity": self.severity.value, "episode": self.episode,
            "scene": self.scene, "shots": list(self.codes), "message": self.message.get(language),
            "hint": self.hint.get(language), "waived": self.waived,
        }


def fingerprint(rule: str, shot_ids: tuple[str, ...], evidence: tuple[object, ...]) -> str:
    """A short stable digest of a finding's rule, shots and the values that raised it."""
    text = "\x1f".join([rule, *shot_ids, *map(repr, evidence)])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()
