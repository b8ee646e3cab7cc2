"""The one undoable edit an inspector change makes, for one shot or several at once.

Each is named by what it changes and on which shots: "Set Size to MS on 1-03, 1-04".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from shotgraph.core.edits import Edit, Link, Macro, SetMode, Unlink, UpdateShot, UpdateShots
from shotgraph.core.edits.base import EditName, listed
from shotgraph.core.edits.naming import changed_parts, update_name
from shotgraph.core.model import Edge, EdgeKind, Episode, Mode, Shot

Changer = Callable[[Shot], dict[str, Any]]


def field(name: str) -> tuple[Callable[[Shot], Any], Callable[[Shot, Any], dict[str, Any]]]:
    """Read and write a top-level field of a shot."""
    return (lambda shot: getattr(shot, name)), (lambda shot, value: {name: value})


def part(record: str, name: str) -> tuple[Callable[[Shot], Any], Callable[[Shot, Any], dict[str, Any]]]:
    """Read and write a field of a nested record (``camera.size``): the record is given whole."""

    def read(shot: Shot) -> Any:
        return getattr(getattr(shot, record), name)

    def write(shot: Shot, value: Any) -> dict[str, Any]:
        return {record: getattr(shot, record).model_copy(update={name: value})}

    return read, write


def shots_edit(shots: Sequence[Shot], change: Changer) -> Edit | None:
    """One step changing each shot as ``change`` says; None when nothing would change.

    Shots given the same values share an ``UpdateShots``; different values per shot
    (a camera whose other parts differ) become one ``Macro`` of ``UpdateShot``, named by the
    part they all change.
    """
    wanted = {shot.id: change(shot) for shot in shots}
    wanted = {shot.id: wanted[shot.id] for shot in shots
              if any(getattr(shot, name) != value for name, value in wanted[shot.id].items())}
    if not wanted:
        return None
    if len(wanted) == 1:
        [(shot_id, values)] = wanted.items()
        return UpdateShot(shot_id, values)
    first = next(iter(wanted.values()))
    if all(values == first for values in wanted.values()):
        return UpdateShots(list(wanted), first)
    changed = [shot for shot in shots if shot.id in wanted]
    name = update_name([shot.code for shot in changed], [changed_parts(shot, wanted[shot.id]) for shot in changed])
    return Macro(name, [UpdateShot(s, values) for s, values in wanted.items()])


def mode_edit(shots: Sequence[Shot], mode: Mode) -> Edit | None:
    """Make the shots that are not yet ``mode`` live, AI or hybrid."""
    ids = [shot.id for shot in shots if shot.mode is not mode]
    return SetMode(ids, mode) if ids else None


def plate_sources(episode: Episode, shot_id: str) -> list[Edge]:
    """The plate edges into a shot: where its background comes from."""
    return [e for e in episode.edges if e.kind is EdgeKind.PLATE and e.target == shot_id]


def plate_edit(episode: Episode, shots: Sequence[Shot], source: str | None) -> Edit | None:
    """Give each hybrid shot ``source`` as its only plate shot (None: no plate shot), in one step:
    "Set Plate shot to 3 on 5, 6"."""
    steps: list[Edit] = []
    codes: list[str] = []
    for shot in shots:
        edges = plate_sources(episode, shot.id)
        if [e.source for e in edges] == ([source] if source else []):
            continue
        codes.append(shot.code)
        steps += [Unlink(e.id) for e in edges]
        if source is not None:
            steps.append(Link(EdgeKind.PLATE, source, shot.id))
    if not steps:
        return None
    return Macro(_plate_name(episode, codes, source), steps)


def _plate_name(episode: Episode, codes: list[str], source: str | None) -> EditName:
    if source is None:
        return listed(codes, "Clear {field} of {shots}", "Clear {field} of {n} Shots", field="Plate shot")
    value = next(shot.code for shot in episode.shots if shot.id == source)
    return listed(codes, "Set {field} to {value} on {shots}", "Set {field} to {value} on {n} Shots",
                  field="Plate shot", value=value)
