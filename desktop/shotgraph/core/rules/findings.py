"""What the rule engine reports: findings with a stable fingerprint, in Chinese and English."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
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
    values: Mapping[str, object] = field(default_factory=dict)
    severity: Severity | None = None
    """Overrides the rule's severity, for rules with two levels."""
    scene: str | None = ""
    """Scene code; "" lets the engine fill it (the scene shared by all shots, else None)."""


_PUBLIC = ("rule", "severity", "episode", "scene", "shot_ids", "codes", "waived")

_Source = tuple[tuple[Text, Text], Mapping[str, object], tuple[object, ...]]
"""A pending finding's message and hint templates, the values that fill them, and its evidence."""


class Finding:
    """One problem: its rule, severity, where it is, the shots involved and what to do.

    Immutable. A finding the engine makes keeps its message templates, values and evidence,
    and fills in ``message``, ``hint`` and ``fingerprint`` the first time they are read:
    a check of a whole series makes thousands of findings and a view shows a few.
    """

    __slots__ = (*_PUBLIC, "_message", "_hint", "_fingerprint", "_source")

    rule: str
    severity: Severity
    episode: int | None
    scene: str | None
    shot_ids: tuple[str, ...]
    codes: tuple[str, ...]
    waived: bool
    _message: Text | None
    _hint: Text | None
    _fingerprint: str | None
    _source: _Source | None

    def __init__(self, rule: str, severity: Severity, episode: int | None, scene: str | None,
                 shot_ids: tuple[str, ...], codes: tuple[str, ...], message: Text, hint: Text,
                 fingerprint: str, waived: bool = False) -> None:
        self._set(rule, severity, episode, scene, shot_ids, codes, waived)
        for name, value in (("_message", message), ("_hint", hint), ("_fingerprint", fingerprint),
                            ("_source", None)):
            object.__setattr__(self, name, value)

    @classmethod
    def pending(cls, rule: str, severity: Severity, episode: int | None, scene: str | None, hit: Hit,
                codes: tuple[str, ...], texts: tuple[Text, Text], waived: bool = False) -> Finding:
        """A finding whose message, hint and fingerprint are worked out from ``hit`` when read."""
        finding = cls.__new__(cls)
        values = (rule, severity, episode, scene, hit.shots, codes, waived, None, None, None,
                  (texts, hit.values, hit.evidence))
        for set_slot, value in zip(_SLOT_SETTERS, values, strict=True):
            set_slot(finding, value)
        return finding

    def _set(self, *values: object) -> None:
        for name, value in zip(_PUBLIC, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a finding is immutable: cannot set {name}")

    @property
    def message(self) -> Text:
        message = self._message
        if message is None:
            message, _ = self._format()
        return message

    @property
    def hint(self) -> Text:
        hint = self._hint
        if hint is None:
            _, hint = self._format()
        return hint

    @property
    def fingerprint(self) -> str:
        """The digest of rule, shots and evidence that a waiver is stored against."""
        digest = self._fingerprint
        if digest is None:
            digest = fingerprint(self.rule, self.shot_ids, self._pending()[2])
            object.__setattr__(self, "_fingerprint", digest)
        return digest

    def _pending(self) -> _Source:
        """What a pending finding's text is worked out from (a finding made whole has no need of it)."""
        if self._source is None:
            raise RuntimeError("the finding was made with its message, hint and fingerprint")
        return self._source

    def _format(self) -> tuple[Text, Text]:
        (message, hint), values, _ = self._pending()
        values = {"shots": ", ".join(self.codes), **values}
        message, hint = message.format(**values), hint.format(**values)
        object.__setattr__(self, "_message", message)
        object.__setattr__(self, "_hint", hint)
        return message, hint

    def with_waived(self, waived: bool) -> Finding:
        """The same finding, waived or not."""
        if waived == self.waived:
            return self
        copy = Finding.__new__(Finding)
        for name in self.__slots__:
            object.__setattr__(copy, name, getattr(self, name))
        object.__setattr__(copy, "waived", waived)
        return copy

    def _key(self) -> tuple[object, ...]:
        """Public fields, with the unformatted source standing in for message and fingerprint."""
        fields = (self.rule, self.severity, self.episode, self.scene, self.shot_ids, self.codes, self.waived)
        if self._source is not None:
            return (*fields, self._source)
        return (*fields, None, self.message, self.hint, self.fingerprint)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        if self is other:
            return True
        if (self._source is None) == (other._source is None):
            return self._key() == other._key()
        return self._public() == other._public()

    def _public(self) -> tuple[object, ...]:
        return (self.rule, self.severity, self.episode, self.scene, self.shot_ids, self.codes, self.waived,
                self.message, self.hint, self.fingerprint)

    def __hash__(self) -> int:
        return hash((self.rule, self.severity, self.episode, self.shot_ids, self.codes, self.waived))

    def __repr__(self) -> str:
        return (f"Finding(rule={self.rule!r}, severity={self.severity.value!r}, episode={self.episode!r}, "
                f"scene={self.scene!r}, codes={self.codes!r}, waived={self.waived!r})")

    def __reduce__(self) -> tuple[object, ...]:
        return (Finding, (self.rule, self.severity, self.episode, self.scene, self.shot_ids, self.codes,
                          self.message, self.hint, self.fingerprint, self.waived))

    def to_json(self, language: str = "en") -> dict[str, object]:
        """The finding as ``shotgraph check --json`` prints it (the README's command line section)."""
        return {
            "rule": self.rule, "severity": self.severity.value, "episode": self.episode,
            "scene": self.scene, "shots": list(self.codes), "message": self.message.get(language),
            "hint": self.hint.get(language), "waived": self.waived,
        }


_SLOT_SETTERS = tuple(getattr(Finding, name).__set__ for name in Finding.__slots__)
"""Each slot's own setter, which a pending finding is filled in with (bypassing ``__setattr__``)."""


def fingerprint(rule: str, shot_ids: tuple[str, ...], evidence: tuple[object, ...]) -> str:
    """A short stable digest of a finding's rule, shots and the values that raised it."""
    text = "\x1f".join([rule, *shot_ids, *map(repr, evidence)])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()
