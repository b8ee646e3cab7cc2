"""The record of what an edit changed, so rules re-run and views refresh only that.

Views ask a record what it means to them (``touches_order``, ``touches_schedule``…) rather than
reading its fields, so each question is answered in one place.
"""

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

    # -- what a change means to those who show the project ------------------------------------

    def touches_order(self, episode_id: str) -> bool:
        """Whether shots or edges of the episode came or went, so its episode order may differ."""
        return episode_id in self.episodes and bool(self.shots_added or self.shots_removed or self.edges)

    def touches_shots(self, shot_ids: Iterable[str]) -> bool:
        """Whether any of these shots changed, came, went or was relinked."""
        return not self.touched_shots.isdisjoint(shot_ids)

    @property
    def touches_places(self) -> bool:
        """Whether episodes or scenes changed: their fields or their lists."""
        return bool(self.episodes or self.scenes)

    @property
    def touches_catalogue(self) -> bool:
        """Whether characters, wardrobe looks, props, locations or people changed."""
        return bool(self.characters or self.wardrobe or self.props or self.locations or self.people)

    def touches_shot_context(self, shot_ids: Iterable[str]) -> bool:
        """Whether anything that describes these shots changed: the shots, their scenes and
        episodes, the names they refer to, or the project's settings."""
        return self.touches_shots(shot_ids) or self.touches_places or self.touches_catalogue or self.settings

    @property
    def touches_schedule(self) -> bool:
        """Whether what the shooting schedule shows changed: days, shots, places, cast, locations,
        crew or settings."""
        return bool(self.days or self.touched_shots or self.settings or self.touches_places or self.characters
                    or self.locations or self.people)

    def __bool__(self) -> bool:
        return not self.is_empty


NO_CHANGES = Changes()
