"""The rule registry: every catalogue rule is a small function registered under its id.

A rule's scope says what it looks at, and so what the engine hands it and when it
must run again:

- ``SHOT``: ``f(episode_facts, shot) -> Hit | list[Hit] | None``
- ``PAIR``: ``f(episode_facts, i, j) -> Hit | list[Hit] | None`` for each consecutive pair i → j in one scene
- ``SCENE``: ``f(episode_facts, scene, shots) -> Iterable[Hit]`` with the scene's shots in scene order
- ``EPISODE``: ``f(episode_facts) -> Iterable[Hit]``
- ``PROJECT``: ``f(project_facts) -> Iterable[tuple[EpisodeFacts, Hit]]`` across episodes

A shot rule that can only find something in AI or hybrid shots says so with ``modes``, the one
place that knows it: the full run and the incremental checker call it on shots of those modes alone.

A project rule may name what it reads of each shot with ``reads=f(episode_facts, shot)``
(any hashable value): the incremental checker then runs it again after a shot's fields
change only when that value changed. Without ``reads`` it runs again after every change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from shotgraph.core.model import Mode

from .findings import Hit, Severity, Text

if TYPE_CHECKING:
    from .facts import EpisodeFacts, ProjectFacts

Answer = Hit | Iterable[Hit] | None
"""What a shot, pair, scene or episode rule answers for one unit: one hit, several, or none."""


class Scope(StrEnum):
    SHOT = "shot"
    PAIR = "pair"
    SCENE = "scene"
    EPISODE = "episode"
    PROJECT = "project"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    scope: Scope
    check: Callable[..., object]
    message: Text
    hint: Text
    reads: Callable[..., Hashable] | None = None
    """For project rules: the values of a shot its findings depend on (see the module docstring)."""
    modes: frozenset[Mode] | None = None
    """For shot rules: the only shot modes they find anything in (see the module docstring)."""

    # ``check`` as its scope calls it (the module docstring): the scope is what says which it is.

    @property
    def unit_check(self) -> Callable[..., Answer]:
        """``check`` of a shot, pair, scene or episode rule."""
        return cast("Callable[..., Answer]", self.check)

    @property
    def group_check(self) -> Callable[..., Iterable[Hit]]:
        """``check`` of a scene or episode rule: always an iterable of hits."""
        return cast("Callable[..., Iterable[Hit]]", self.check)

    @property
    def project_check(self) -> Callable[[ProjectFacts], Iterable[tuple[EpisodeFacts, Hit]]]:
        """``check`` of a project rule: hits, each with the facts of its episode."""
        return cast("Callable[[ProjectFacts], Iterable[tuple[EpisodeFacts, Hit]]]", self.check)

    @property
    def texts(self) -> tuple[Text, Text]:
        return self.message, self.hint

    @property
    def key(self) -> str:
        """Unique among registered rules: the id and the function checking it."""
        return f"{self.id}:{self.check.__module__}.{self.check.__qualname__}"

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def doc(self) -> str:
        """The problem and the fix, from the rule function's docstring."""
        return (self.check.__doc__ or "").strip()


AI_SHOTS = frozenset({Mode.AI})
HYBRID_SHOTS = frozenset({Mode.HYBRID})
"""``modes`` of rules that only find something in AI shots, or in hybrid shots."""
GENERATED_SHOTS = frozenset({Mode.AI, Mode.HYBRID})
"""AI and hybrid shots: every mode but live."""

_RULES: dict[str, Rule] = {}

FAMILIES = ("graph", "continuity", "ai", "compliance", "style", "schedule", "cast", "budget")
"""Rule modules, one per family; ``ai`` also holds the hybrid.* and format.* rules."""

SCHEDULED_FAMILIES = frozenset({"schedule", "cast"})
"""Families whose findings depend on the shooting days: they run again whenever the days change."""


def rule(rule_id: str, severity: Severity, scope: Scope, *, message: Text, hint: Text,
         reads: Callable[..., Hashable] | None = None, modes: frozenset[Mode] | None = None):
    """Register the decorated function as a check of catalogue rule ``rule_id``.

    A rule id with two conditions (``continuity.wardrobe`` within and across scenes)
    registers one function for each.
    """

    def register(check: Callable[..., object]) -> Callable[..., object]:
        registered = Rule(rule_id, severity, scope, check, message, hint, reads, modes)
        _RULES[registered.key] = registered
        return check

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, loading the family modules on first use."""
    for family in FAMILIES:
        importlib.import_module(f"{__package__}.{family}")
    return list(_RULES.values())
