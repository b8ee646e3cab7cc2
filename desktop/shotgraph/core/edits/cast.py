"""Edits of characters, wardrobe looks, props, locations and people.

Removing one that shots still use removes those uses too, as one undoable step,
so deleting a prop never leaves shots pointing at nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..model import Character, Location, Person, Prop, Shot, WardrobeLook
from .base import Assign, EditError
from .checks import check_character, check_look
from .records import AddRecord, RecordEdit, RemoveRecord, UpdateRecord

if TYPE_CHECKING:
    from ..document import Document
    from .base import Edit


def _shot_step(shot: Shot, values: dict[str, Any]) -> Assign:
    return Assign(shot, values, Changes.of(shots=[shot.id]))


class _CharacterEdit(RecordEdit):
    kind, model, noun = "characters", Character, "Character"
    patterns = ("Add Character {name}", "Edit Character {name}", "Remove Character {name}")
    first_patterns = ("Edit Character", "Remove Character")

    def check(self, doc: Document, record: Character, old: Character | None) -> None:
        check_character(doc, record)


class AddCharacter(_CharacterEdit, AddRecord):
    """Add a character."""


class UpdateCharacter(_CharacterEdit, UpdateRecord):
    """Change a character's name, actor, identity references …"""


class RemoveCharacter(_CharacterEdit, RemoveRecord):
    """Remove a character, its wardrobe looks, and its place in every scene cast and shot."""

    def cleanup(self, doc: Document, record: Character) -> list[Edit]:
        steps: list[Edit] = [
            Assign(scene, {"cast": [c for c in scene.cast if c != record.id]},
                   Changes.of(scenes=[scene.id], episodes=[episode.id]))
            for episode in doc.project.episodes for scene in episode.scenes if record.id in scene.cast
        ]
        for shot in doc.index.shots.values():
            if shot.character(record.id) is None and record.id not in shot.ai.refs:
                continue
            cast = [c for c in shot.characters if c.character_id != record.id]
            refs = {k: v for k, v in shot.ai.refs.items() if k != record.id}
            steps.append(_shot_step(shot, {"characters": cast, "ai": shot.ai.model_copy(update={"refs": refs})}))
        looks = [w.id for w in doc.project.wardrobe if w.character_id == record.id]
        return steps + [RemoveWardrobeLook(look_id) for look_id in looks]


class _LookEdit(RecordEdit):
    kind, model, noun = "wardrobe", WardrobeLook, "Wardrobe Look"
    patterns = ("Add Wardrobe Look {name}", "Edit Wardrobe Look {name}", "Remove Wardrobe Look {name}")
    first_patterns = ("Edit Wardrobe Look", "Remove Wardrobe Look")

    def check(self, doc: Document, record: WardrobeLook, old: WardrobeLook | None) -> None:
        check_look(doc, record)
        if old is not None and old.character_id != record.character_id and _wearers(doc, old.id):
            raise EditError(f"the look {old.name!r} is worn in shots, so it stays with its character")


def _wearers(doc: Document, look_id: str) -> list[Shot]:
    return [s for s in doc.index.shots.values() if any(c.wardrobe_id == look_id for c in s.characters)]


class AddWardrobeLook(_LookEdit, AddRecord):
    """Add a costume look of a character."""


class UpdateWardrobeLook(_LookEdit, UpdateRecord):
    """Change a look's name, description or image."""


class RemoveWardrobeLook(_LookEdit, RemoveRecord):
    """Remove a look; shots that wore it keep the character with no look."""

    def cleanup(self, doc: Document, record: WardrobeLook) -> list[Edit]:
        steps: list[Edit] = []
        for shot in _wearers(doc, record.id):
            cast = [c.model_copy(update={"wardrobe_id": None}) if c.wardrobe_id == record.id else c
                    for c in shot.characters]
            steps.append(_shot_step(shot, {"characters": cast}))
        return steps


class _PropEdit(RecordEdit):
    kind, model, noun = "props", Prop, "Prop"
    patterns = ("Add Prop {name}", "Edit Prop {name}", "Remove Prop {name}")
    first_patterns = ("Edit Prop", "Remove Prop")


class AddProp(_PropEdit, AddRecord):
    """Add a prop."""


class UpdateProp(_PropEdit, UpdateRecord):
    """Change a prop's name, description or image."""


class RemoveProp(_PropEdit, RemoveRecord):
    """Remove a prop and take it out of every shot."""

    def cleanup(self, doc: Document, record: Prop) -> list[Edit]:
        return [_shot_step(shot, {"props": [p for p in shot.props if p.prop_id != record.id]})
                for shot in doc.index.shots.values() if any(p.prop_id == record.id for p in shot.props)]


class _LocationEdit(RecordEdit):
    kind, model, noun = "locations", Location, "Location"
    patterns = ("Add Location {name}", "Edit Location {name}", "Remove Location {name}")
    first_patterns = ("Edit Location", "Remove Location")


class AddLocation(_LocationEdit, AddRecord):
    """Add a location."""


class UpdateLocation(_LocationEdit, UpdateRecord):
    """Change a location's name, address, safety details …"""


class RemoveLocation(_LocationEdit, RemoveRecord):
    """Remove a location; shots, scenes and days that named it no longer do."""

    def cleanup(self, doc: Document, record: Location) -> list[Edit]:
        steps: list[Edit] = [_shot_step(shot, {"location_id": None})
                             for shot in doc.index.shots.values() if shot.location_id == record.id]
        steps += [Assign(scene, {"location_id": None}, Changes.of(scenes=[scene.id]))
                  for scene in doc.index.scenes.values() if scene.location_id == record.id]
        for day in doc.project.days:
            if record.id in day.location_ids:
                kept = [i for i in day.location_ids if i != record.id]
                steps.append(Assign(day, {"location_ids": kept}, Changes.of(days=[day.id])))
        return steps


class _PersonEdit(RecordEdit):
    kind, model, noun = "people", Person, "Person"
    patterns = ("Add Person {name}", "Edit Person {name}", "Remove Person {name}")
    first_patterns = ("Edit Person", "Remove Person")


class AddPerson(_PersonEdit, AddRecord):
    """Add a member of the cast or crew."""


class UpdatePerson(_PersonEdit, UpdateRecord):
    """Change a person's contacts, role or rate."""


class RemovePerson(_PersonEdit, RemoveRecord):
    """Remove a person; characters they played no longer name an actor."""

    def cleanup(self, doc: Document, record: Person) -> list[Edit]:
        return [Assign(c, {"actor_id": None}, Changes.of(characters=[c.id]))
                for c in doc.project.characters if c.actor_id == record.id]
