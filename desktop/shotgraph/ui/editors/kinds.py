"""What the Characters, Props, Locations and People pages list, their fields, and what removing one touches."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from shotgraph.core import edits
from shotgraph.core.model import (
    Character,
    Department,
    IntExt,
    Location,
    Person,
    Project,
    Prop,
    Shot,
    WardrobeLook,
    new_id,
)
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from .fields import FieldSpec, tr
from .page import Kind

DEPARTMENTS = {
    Department.DIRECTING: QT_TRANSLATE_NOOP("Editors", "Directing"),
    Department.PRODUCTION: QT_TRANSLATE_NOOP("Editors", "Production"),
    Department.CAST: QT_TRANSLATE_NOOP("Editors", "Cast"),
    Department.CAMERA: QT_TRANSLATE_NOOP("Editors", "Camera"),
    Department.GRIP_ELECTRIC: QT_TRANSLATE_NOOP("Editors", "Grip and electric"),
    Department.SOUND: QT_TRANSLATE_NOOP("Editors", "Sound"),
    Department.ART: QT_TRANSLATE_NOOP("Editors", "Art"),
    Department.PROPS: QT_TRANSLATE_NOOP("Editors", "Props"),
    Department.WARDROBE: QT_TRANSLATE_NOOP("Editors", "Wardrobe"),
    Department.HAIR_MAKEUP: QT_TRANSLATE_NOOP("Editors", "Hair and make-up"),
    Department.VFX_AI: QT_TRANSLATE_NOOP("Editors", "VFX and AI"),
    Department.LOCATIONS: QT_TRANSLATE_NOOP("Editors", "Locations"),
    Department.SAFETY: QT_TRANSLATE_NOOP("Editors", "Safety"),
    Department.OTHER: QT_TRANSLATE_NOOP("Editors", "Other"),
}


def shots(project: Project) -> Iterator[Shot]:
    for episode in project.episodes:
        yield from episode.shots


def _in_shots(count: int) -> str:
    return tr("It is used in {count} shots.").format(count=count) if count else ""


def _actors(project: Project) -> list[tuple[Any, str]]:
    return [(None, tr("No actor (AI only)")), *((p.id, _roles(p)) for p in project.people)]


def _locked_refs(project: Project) -> list[tuple[Any, str]]:
    refs = sorted({ref for c in project.characters for ref in c.identity_refs})
    return [(None, tr("None")), *((ref, ref) for ref in refs)]


LOOKS = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Wardrobe looks"),
    sections=[("", (FieldSpec("name", QT_TRANSLATE_NOOP("Editors", "Look")),
                    FieldSpec("description", QT_TRANSLATE_NOOP("Editors", "Description"), "text")))],
    records=lambda project, character_id: [w for w in project.wardrobe if w.character_id == character_id],
    label=lambda look: look.name,
    new=lambda project, character_id: WardrobeLook(id=new_id("wl"), character_id=character_id or "",
                                                   name=tr("New look")),
    add=edits.AddWardrobeLook, update=edits.UpdateWardrobeLook, remove=edits.RemoveWardrobeLook,
    uses=lambda project, look: _in_shots(sum(any(c.wardrobe_id == look.id for c in s.characters)
                                             for s in shots(project))),
)

CHARACTERS = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Characters"),
    sections=[("", (
        FieldSpec("name", QT_TRANSLATE_NOOP("Editors", "Name")),
        FieldSpec("actor_id", QT_TRANSLATE_NOOP("Editors", "Actor"), "choice", options=_actors),
        FieldSpec("cast_number", QT_TRANSLATE_NOOP("Editors", "Cast number"), "int", minimum=1, maximum=999,
                  optional=True),
        FieldSpec("identity_refs", QT_TRANSLATE_NOOP("Editors", "Identity references"), "list"),
        FieldSpec("locked_ref", QT_TRANSLATE_NOOP("Editors", "Locked reference"), "choice", options=_locked_refs),
        FieldSpec("likeness_consent", QT_TRANSLATE_NOOP("Editors", "The actor consented in writing to an AI likeness"),
                  "check"),
        FieldSpec("hair_makeup_min", QT_TRANSLATE_NOOP("Editors", "Hair and make-up"), "int", unit="min",
                  maximum=600, optional=True),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Editors", "Notes"), "text"),
    ))],
    records=lambda project, _scope: project.characters,
    label=lambda character: character.name,
    new=lambda project, _scope: Character(id=new_id("ch"), name=tr("New character")),
    add=edits.AddCharacter, update=edits.UpdateCharacter, remove=edits.RemoveCharacter,
    uses=lambda project, character: _in_shots(sum(s.character(character.id) is not None for s in shots(project))),
    note=QT_TRANSLATE_NOOP("Editors", "Hair and make-up left unset uses the project's planning default."),
    child=LOOKS,
)

PROPS = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Props"),
    sections=[("", (FieldSpec("name", QT_TRANSLATE_NOOP("Editors", "Name")),
                    FieldSpec("description", QT_TRANSLATE_NOOP("Editors", "Description"), "text")))],
    records=lambda project, _scope: project.props,
    label=lambda prop: prop.name,
    new=lambda project, _scope: Prop(id=new_id("pp"), name=tr("New prop")),
    add=edits.AddProp, update=edits.UpdateProp, remove=edits.RemoveProp,
    uses=lambda project, prop: _in_shots(sum(any(p.prop_id == prop.id for p in s.props) for s in shots(project))),
)


def _location_uses(project: Project, location: Location) -> str:
    used = sum(s.location_id == location.id for s in shots(project))
    used += sum(sc.location_id == location.id for e in project.episodes for sc in e.scenes)
    days = sum(location.id in d.location_ids for d in project.days)
    if days:
        return tr("It is used in {count} shots or scenes and on {days} shooting days.").format(count=used, days=days)
    return tr("It is used in {count} shots or scenes.").format(count=used) if used else ""


LOCATIONS = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Locations"),
    sections=[
        ("", (FieldSpec("name", QT_TRANSLATE_NOOP("Editors", "Name")),
              FieldSpec("int_ext", QT_TRANSLATE_NOOP("Editors", "INT/EXT"), "choice",
                        options=lambda _p: [(None, "—"), *((v, v.value) for v in IntExt)]),
              FieldSpec("address", QT_TRANSLATE_NOOP("Editors", "Address"), "text"))),
        (QT_TRANSLATE_NOOP("Editors", "Safety and access"), (
            FieldSpec("travel_minutes", QT_TRANSLATE_NOOP("Editors", "Travel from pick-up"), "int", unit="min",
                      maximum=600),
            FieldSpec("parking", QT_TRANSLATE_NOOP("Editors", "Parking"), "text"),
            FieldSpec("hospital", QT_TRANSLATE_NOOP("Editors", "Nearest hospital"), "text"),
            FieldSpec("emergency_phone", QT_TRANSLATE_NOOP("Editors", "Emergency numbers")))),
        (QT_TRANSLATE_NOOP("Editors", "Position (for sunrise and sunset)"), (
            FieldSpec("latitude", QT_TRANSLATE_NOOP("Editors", "Latitude"), "float", unit="°", minimum=-90,
                      maximum=90, decimals=5, optional=True),
            FieldSpec("longitude", QT_TRANSLATE_NOOP("Editors", "Longitude"), "float", unit="°", minimum=-180,
                      maximum=180, decimals=5, optional=True),
            FieldSpec("timezone", QT_TRANSLATE_NOOP("Editors", "Time zone")))),
        ("", (FieldSpec("notes", QT_TRANSLATE_NOOP("Editors", "Notes"), "text"),)),
    ],
    records=lambda project, _scope: project.locations,
    label=lambda location: location.name,
    new=lambda project, _scope: Location(id=new_id("lo"), name=tr("New location")),
    add=edits.AddLocation, update=edits.UpdateLocation, remove=edits.RemoveLocation,
    uses=_location_uses,
)


def _roles(person: Person) -> str:
    return f"{person.name} · {person.role}" if person.role else person.name


def _person_uses(project: Project, person: Person) -> str:
    names = [c.name for c in project.characters if c.actor_id == person.id]
    return tr("They play {names}.").format(names="、".join(names)) if names else ""


PEOPLE = Kind(
    title=QT_TRANSLATE_NOOP("Editors", "Cast and crew"),
    sections=[
        ("", (FieldSpec("name", QT_TRANSLATE_NOOP("Editors", "Name")),
              FieldSpec("department", QT_TRANSLATE_NOOP("Editors", "Department"), "choice",
                        options=lambda _p: [(d, tr(text)) for d, text in DEPARTMENTS.items()]),
              FieldSpec("role", QT_TRANSLATE_NOOP("Editors", "Role")))),
        (QT_TRANSLATE_NOOP("Editors", "Contact"), (
            FieldSpec("phone", QT_TRANSLATE_NOOP("Editors", "Phone")),
            FieldSpec("email", QT_TRANSLATE_NOOP("Editors", "Email")),
            FieldSpec("pickup", QT_TRANSLATE_NOOP("Editors", "Pick-up")),
            FieldSpec("day_rate", QT_TRANSLATE_NOOP("Editors", "Day rate"), "float",
                      unit=QT_TRANSLATE_NOOP("Editors", "per day"), optional=True),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Editors", "Notes"), "text"))),
    ],
    records=lambda project, _scope: project.people,
    label=_roles,
    new=lambda project, _scope: Person(id=new_id("pe"), name=tr("New person")),
    add=edits.AddPerson, update=edits.UpdatePerson, remove=edits.RemovePerson,
    uses=_person_uses,
)
