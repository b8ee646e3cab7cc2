"""Edits of episodes: add (with any content), change title, number or disclosure, move, remove."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..index import position
from ..model import Episode
from .base import Assign, Compound, Edit, EditError, EditName, check_new_id, require, validated, validated_new
from .checks import check_episode_number
from .days import unschedule_steps
from .edges import Link
from .records import checked_position
from .scenes import AddScene
from .shots import AddShot

if TYPE_CHECKING:
    from ..document import Document

_CONTENT = ("scenes", "shots", "edges")


def _episode_changes(episode: Episode, *, added: bool) -> Changes:
    which = "shots_added" if added else "shots_removed"
    return Changes.of(settings=False, **{which: [s.id for s in episode.shots]}, episodes=[episode.id],
                      scenes=[s.id for s in episode.scenes], edges=[e.id for e in episode.edges],
                      shot_links={end for e in episode.edges for end in (e.source, e.target)})


class InsertEpisode:
    """Step: put an episode, with whatever it holds, into the project at a position."""

    name = EditName("Add Episode")

    def __init__(self, position: int, episode: Episode) -> None:
        self.position, self.episode = position, episode

    def redo(self, doc: Document) -> Changes:
        doc.index.insert_episode(self.position, self.episode)
        return _episode_changes(self.episode, added=True)

    def undo(self, doc: Document) -> Changes:
        doc.index.remove_episode(self.episode.id)
        return _episode_changes(self.episode, added=False)


class DeleteEpisode:
    """Step: take an unscheduled episode out of the project; undo puts it back in its place."""

    name = EditName("Remove Episode")

    def __init__(self, episode_id: str) -> None:
        self.episode_id = episode_id
        self._removed: tuple[int, Episode] | None = None

    def redo(self, doc: Document) -> Changes:
        episode = doc.index.episodes[self.episode_id]
        self._removed = (doc.index.remove_episode(episode.id), episode)
        return _episode_changes(episode, added=False)

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        doc.index.insert_episode(*self._removed)
        return _episode_changes(self._removed[1], added=True)


class AddEpisode(Compound):
    """Add an episode; its scenes, shots and edges are checked one by one as they go in."""

    def __init__(self, episode: Episode | Mapping[str, Any], index: int | None = None) -> None:
        self.episode: Episode = validated_new(Episode, episode)
        self.index = index
        self.name = EditName("Add Episode {episode}", episode=self.episode.number)

    def plan(self, doc: Document) -> list[Edit]:
        episode = self.episode
        check_new_id(doc, episode.id)
        check_episode_number(doc, episode.id, episode.number)
        empty = episode.model_copy(update={name: [] for name in _CONTENT})
        steps: list[Edit] = [InsertEpisode(checked_position(self.index, len(doc.project.episodes)), empty)]
        steps += [AddScene(episode.id, scene) for scene in episode.scenes]
        steps += [AddShot(episode.id, shot) for shot in episode.shots]
        return steps + [Link(e.kind, e.source, e.target, edge_id=e.id) for e in episode.edges]


class UpdateEpisode(Compound):
    """Change an episode's number, title, disclosure or notes."""

    def __init__(self, episode_id: str, changes: Mapping[str, Any]) -> None:
        self.episode_id, self.changes = episode_id, dict(changes)
        self.name = EditName("Edit Episode")

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        self.name = EditName("Edit Episode {episode}", episode=episode.number)
        values = validated(episode, self.changes, _CONTENT)
        if "number" in values:
            check_episode_number(doc, episode.id, values["number"])
        return [Assign(episode, values, Changes.of(episodes=[episode.id]))]


class RemoveEpisode(Compound):
    """Remove an episode with everything in it, taking its shots off the schedule."""

    def __init__(self, episode_id: str) -> None:
        self.episode_id = episode_id
        self.name = EditName("Delete Episode")

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        self.name = EditName("Delete Episode {episode}", episode=episode.number)
        return [*unschedule_steps(doc, [s.id for s in episode.shots]), DeleteEpisode(episode.id)]


class ShiftEpisode:
    """Step: put an episode at another place in the project's list."""

    name = EditName("Move Episode")

    def __init__(self, episode_id: str, to: int, concerned: list[str]) -> None:
        self.episode_id, self.to, self.concerned = episode_id, to, concerned
        self._from: int | None = None

    def redo(self, doc: Document) -> Changes:
        self._from = doc.index.move_episode(self.episode_id, self.to)
        return Changes.of(episodes=self.concerned)

    def undo(self, doc: Document) -> Changes:
        assert self._from is not None
        doc.index.move_episode(self.episode_id, self._from)
        return Changes.of(episodes=self.concerned)


class MoveEpisode(Compound):
    """Move an episode ``step`` places up (negative) or down the project's list.

    The numbers stay where they were in the list, so the episodes passed over trade numbers
    with the moved one: the list still reads 1, 2, 3 and the moved episode takes its new number.
    """

    def __init__(self, episode_id: str, step: int) -> None:
        self.episode_id, self.step = episode_id, step
        self.name = EditName("Move Episode")

    def plan(self, doc: Document) -> list[Edit]:
        episodes = doc.project.episodes
        episode = require(doc.index.episodes, self.episode_id, "episode")
        old = position(episodes, episode)
        new = old + self.step
        if self.step == 0 or not 0 <= new < len(episodes):
            raise EditError(f"episode {episode.number} is already the {'first' if self.step < 0 else 'last'} one")
        self.name = EditName("Move Episode {episode} Up" if self.step < 0 else "Move Episode {episode} Down",
                             episode=episode.number)
        low, high = min(old, new), max(old, new)
        numbers = [e.number for e in episodes[low:high + 1]]
        moved = list(episodes[low:high + 1])
        moved.insert(new - low, moved.pop(old - low))
        steps: list[Edit] = [Assign(e, {"number": n}, Changes.of(episodes=[e.id]))
                             for e, n in zip(moved, numbers, strict=True) if e.number != n]
        return [*steps, ShiftEpisode(episode.id, new, [e.id for e in moved])]
