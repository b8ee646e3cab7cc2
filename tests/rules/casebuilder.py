"""Builds the small project of a rule case file: a shot list plus a few settings.

A case file (``cases/<rule id>.toml``) holds ``rule`` and a list of ``[[case]]``
tables, each with:

- ``name``: what the case shows;
- ``shots``: a shot list in the CSV language of docs/shotlist.md (any columns);
- ``expect``: the findings of that rule, each ``[severity, code, code …]``
  (codes as ``"2:5"`` for episode 2, plain for episode 1); ``[]`` when it must not fire;
- ``setup`` (optional) for what a shot list cannot say:
  ``characters = [{name, actor, likeness_consent, locked_ref, identity_refs, hair_makeup_min}]``,
  ``locations = [{name, latitude, longitude, timezone}]``,
  ``episodes = [{number, disclosure = {label_text, duration_s, …}}]``,
  ``shots = [{code, episode, <any Shot field>}]``, ``scenes = [{code, episode, cast = [names], extras}]``
  (a cast name not yet a character becomes one), ``delivery = {…}``, ``planning = {…}``,
  ``days = [{date, unit_call, setups = [["1", "2"], ["3"]]}]``,
  ``project = {<any Project setting>}`` (``registration_number``, ``ai_providers``…).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shotgraph.core.io.shotlist import read_shotlist
from shotgraph.core.model import (
    Character,
    Department,
    Disclosure,
    Person,
    Project,
    Setup,
    ShootingDay,
    Shot,
)


def build_case_project(case: dict[str, Any], folder: Path) -> Project:
    """The project a case describes, imported from its shot list and set up."""
    source = folder / "shots.csv"
    source.write_text(case["shots"].strip() + "\n", encoding="utf-8")
    project = read_shotlist(source).project
    setup = case.get("setup", {})
    project = Project.model_validate({**project.model_dump(), **setup.get("project", {})})
    for name in ("delivery", "planning"):
        if name in setup:
            setattr(project, name, type(getattr(project, name)).model_validate(setup[name]))
    for entry in setup.get("characters", []):
        _set_character(project, dict(entry))
    for entry in setup.get("locations", []):
        _set_location(project, dict(entry))
    for entry in setup.get("episodes", []):
        episode = next(e for e in project.episodes if e.number == entry["number"])
        episode.disclosure = Disclosure.model_validate(entry["disclosure"]) if "disclosure" in entry else None
    for entry in setup.get("shots", []):
        _patch_shot(project, dict(entry))
    for entry in setup.get("scenes", []):
        _patch_scene(project, dict(entry))
    project.days = [_day(project, i, entry) for i, entry in enumerate(setup.get("days", []))]
    return Project.model_validate(project.model_dump())


def shot_by_ref(project: Project, ref: str) -> Shot:
    """A shot by ``"code"`` (episode 1) or ``"episode:code"``."""
    number, _, code = ref.rpartition(":")
    episode = next(e for e in project.episodes if e.number == int(number or 1))
    return next(s for s in episode.shots if s.code == code)


def _set_character(project: Project, entry: dict[str, Any]) -> None:
    name = entry.pop("name")
    character = next((c for c in project.characters if c.name == name), None)
    if character is None:
        character = Character(id=f"ch_case_{len(project.characters)}", name=name)
        project.characters.append(character)
    if actor := entry.pop("actor", None):
        person = Person(id=f"pe_case_{len(project.people)}", name=actor, department=Department.CAST)
        project.people.append(person)
        character.actor_id = person.id
    for field, value in entry.items():
        setattr(character, field, value)


def _set_location(project: Project, entry: dict[str, Any]) -> None:
    location = next(loc for loc in project.locations if loc.name == entry.pop("name"))
    for field, value in entry.items():
        setattr(location, field, value)


def _patch_shot(project: Project, entry: dict[str, Any]) -> None:
    episode = entry.pop("episode", 1)
    shot = shot_by_ref(project, f"{episode}:{entry.pop('code')}")
    patched = Shot.model_validate({**shot.model_dump(), **entry})
    for field in entry:
        setattr(shot, field, getattr(patched, field))


def _patch_scene(project: Project, entry: dict[str, Any]) -> None:
    number, code = entry.pop("episode", 1), str(entry.pop("code"))
    episode = next(e for e in project.episodes if e.number == number)
    scene = next(s for s in episode.scenes if s.code == code)
    for name in entry.pop("cast", []):
        if not any(c.name == name for c in project.characters):
            _set_character(project, {"name": name})
        scene.cast.append(next(c.id for c in project.characters if c.name == name))
    for field, value in entry.items():
        setattr(scene, field, value)


def _day(project: Project, index: int, entry: dict[str, Any]) -> ShootingDay:
    setups = [Setup(id=f"su_case_{index}_{k}", shot_ids=[shot_by_ref(project, ref).id for ref in refs])
              for k, refs in enumerate(entry.get("setups", []))]
    fields = {key: value for key, value in entry.items() if key != "setups"}
    return ShootingDay.model_validate({"id": f"dy_case_{index}", **fields, "setups": setups})
