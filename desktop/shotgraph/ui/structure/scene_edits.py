"""The one edit a scene dialog's OK makes: the scene added or changed, with any new location
and characters created in the same undo step.

No Qt here: the dialog gathers ``SceneValues`` and this module turns them into an edit, so
what OK does is checked without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shotgraph.core.document import Document
from shotgraph.core.edits import AddCharacter, AddLocation, AddScene, Edit, Macro, UpdateScene
from shotgraph.core.edits.base import EditName
from shotgraph.core.model import Episode, IntExt, Scene, TimeOfDay, new_id


@dataclass
class SceneValues:
    """What the scene dialog holds when OK is pressed."""

    code: str
    heading: str = ""
    int_ext: IntExt | None = None
    location: str = ""
    """The location's name as shown or typed; "" for none."""
    location_id: str | None = None
    """The location picked from the list, when the name is still the picked one's."""
    time_of_day: TimeOfDay | None = None
    story_day: int | None = None
    cast: list[tuple[str, str]] = field(default_factory=list)
    """Ticked characters as (id, name); id "" for a character to create."""
    extras: int = 0
    notes: str = ""


def scene_edit(doc: Document, values: SceneValues, episode: Episode, *, scene_id: str | None = None,
               index: int | None = None) -> Edit | None:
    """The edit OK pushes: a new scene (``scene_id`` None) or the changes to one; None when nothing changed."""
    steps: list[Edit] = []
    location_id = _location(doc, values, steps)
    cast = [_character(doc, character_id, name, steps) for character_id, name in values.cast]
    data: dict[str, Any] = {"code": values.code, "heading": values.heading, "int_ext": values.int_ext,
                            "location_id": location_id, "time_of_day": values.time_of_day,
                            "story_day": values.story_day, "cast": list(dict.fromkeys(cast)),
                            "extras": values.extras, "notes": values.notes}
    if scene_id is None:
        scene = Scene(id=new_id("sc"), **data)
        edit: Edit = AddScene(episode.id, scene, index=index)
        name = EditName("Add Scene {scene}", scene=values.code)
    else:
        old = doc.scene(scene_id)
        changes = {key: value for key, value in data.items() if getattr(old, key) != value}
        if not changes:
            return None
        edit = UpdateScene(scene_id, changes)
        name = EditName("Edit Scene {scene}", scene=old.code)
    return Macro(name, [*steps, edit]) if steps else edit


def _location(doc: Document, values: SceneValues, steps: list[Edit]) -> str | None:
    """The scene's location id: the one picked, one of that name, or a new one (its step added)."""
    name = values.location.strip()
    if not name:
        return None
    if values.location_id is not None:
        return values.location_id
    folded = name.casefold()
    for location in doc.project.locations:
        if location.name.casefold() == folded:
            return location.id
    add = AddLocation({"id": new_id("lo"), "name": name, "int_ext": values.int_ext})
    steps.append(add)
    return add.record.id


def _character(doc: Document, character_id: str, name: str, steps: list[Edit]) -> str:
    """A ticked character's id; a new name becomes a new character (its step added)."""
    if character_id:
        return character_id
    folded = name.casefold()
    for character in doc.project.characters:
        if character.name.casefold() == folded:
            return character.id
    add = AddCharacter({"id": new_id("ch"), "name": name})
    steps.append(add)
    return add.record.id
