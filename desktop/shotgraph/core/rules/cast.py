"""Casting: every character a scheduled shot calls to set must have an actor.

Like the schedule family, evaluated only when the project has at least one shooting
day. A live or hybrid shot placed in a setup calls the characters of its scene's cast
(everyone present, speaking or not) and the characters drawn in the shot itself; the
call sheet prints NOT CAST for any of them with no actor, and this rule says so first.
"""

from __future__ import annotations

from collections.abc import Iterator

from shotgraph.core.model import Mode, called_characters

from .facts import EpisodeFacts, ProjectFacts
from .findings import Hit, Severity, Text
from .registry import Scope, rule


def _scheduled(project: ProjectFacts) -> set[str]:
    return {shot_id for day in project.project.days for setup in day.setups for shot_id in setup.shot_ids}


@rule("cast.unassigned", Severity.ERROR, Scope.PROJECT,
      message=Text("Shot {shots} is scheduled and needs {names} on set, but no actor is cast",
                   "镜头 {shots} 已排期，需要 {names_zh} 到场，但尚未定演员"),
      hint=Text("Give the character an actor in Project ▸ Characters and Looks…, "
                "or take them out of the scene cast",
                "在 项目 ▸ 角色与造型… 中为角色指定演员，或把角色移出该场的演员表"),
      reads=lambda episode, shot: (shot.mode, shot.scene_id, tuple(c.character_id for c in shot.characters)))
def unassigned(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Hit]]:
    """A scheduled scene cannot be shot without the actors it calls; the call sheet would say NOT CAST.

    Fix: give each character an actor, or take a character who is not in the scene out of
    its cast (or out of the shot). Reported once per scheduled live or hybrid shot, naming
    every character it calls that has no actor.
    """
    if not project.project.days:
        return
    scheduled = _scheduled(project)
    characters = project.characters
    for episode in project.in_order():
        for shot in episode.order:
            if shot.mode is Mode.AI or shot.id not in scheduled:
                continue
            missing = [characters[c] for c in called_characters(shot, episode.scenes.get(shot.scene_id))
                       if c in characters and characters[c].actor_id is None]
            if missing:
                values = {"names": ", ".join(c.name for c in missing), "names_zh": "、".join(c.name for c in missing)}
                yield episode, Hit((shot.id,), evidence=tuple(c.id for c in missing), values=values)
