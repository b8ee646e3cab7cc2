"""The record of what an edit changed, so rules re-run and views refresh only that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    """Ids of everything an edit (or its undo) touched.

    ``shots`` names shots whose fields changed; ``shots_added``/``shots_removed`` shots that
    appeared or disappeared; ``shot_links`` the ends of every edge added or removed (so a rule
    over consecutive pairs can find them even after the edge is gone). ``edges`` names edges
    added, removed or changed. ``scenes`` names scenes whose fields or shots changed,
    ``episodes`` episodes whose fields or lists (scenes, shots, edges) changed, ``days`` days
    whose fields or setups changed. The catalogue sets name entries added, removed or changed.
    ``settings`` says project-level settings changed. A merged record is the union of its parts.
    """

    shots: frozenset[str] = _EMPTY
    shots_added: frozenset[str] = _EMPTY
    shots_removed: frozenset[str] = _EMPTY
    shot_links: frozenset[str] = _EMPTY
    edges: frozenset[str] = _EMPTY
    scenes: frozenset[str] = _EMPTY
    episodes: frozenset[str] = _EMPTY
    characters: frozenset[str] = _EMPTY
    wardrobe: frozenset[str] = _EMPTY
    props: frozenset[str] = _EMPTY
    locations: frozenset[str] = _EMPTY
    people: frozenset[str] = _EMPTY
    days: frozenset[str] = _EMPTY
    waivers: frozenset[str] = _EMPTY
    settings: bool = False

    @classmethod
    def of(cls, settings: bool = False, **ids: Iterable[str]) -> Changes:
        """A record from any iterables of ids: ``Changes.of(shots=[a], episodes={e})``."""
        return cls(settings=settings, **{name: frozenset(values) for name, values in ids.items()})

    def merge(self, other: Changes) -> Changes:
        """The union of two records."""
        values = {f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)}
        return Changes(**values)

    __or__ = merge

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    @property
    def touched_shots(self) -> frozenset[str]:
        """Every shot named in any way: changed, added, removed or relinked."""
        return self.shots | self.shots_added | self.shots_removed | self.shot_links

    def __bool__(self) -> bool:
        return not self.is_empty


NO_CHANGES = Changes()
