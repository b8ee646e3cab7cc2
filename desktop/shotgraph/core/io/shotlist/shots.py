"""One shot-list row as a model Shot, and the shared records (cast, props, places) it names."""

from __future__ import annotations

from shotgraph.core.model import (
    Character,
    Location,
    Project,
    Prop,
    Scene,
    Shot,
    WardrobeLook,
    new_id,
)

from ..named import NamedIds
from .rows import ParsedRow, RowValues


class Registry:
    """Finds or creates the project's locations, characters, props and looks by name."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._locations = NamedIds[str]("lo", lambda i, name: project.locations.append(Location(id=i, name=name)))
        self._characters = NamedIds[str]("ch", lambda i, name: project.characters.append(Character(id=i, name=name)))
        self._props = NamedIds[str]("pp", lambda i, name: project.props.append(Prop(id=i, name=name)))
        self._looks = NamedIds[tuple[str, str]]("wd", lambda i, key: project.wardrobe.append(
            WardrobeLook(id=i, character_id=key[0], name=key[1])))

    def location(self, name: str) -> str:
        return self._locations.id_of(name)

    def character(self, name: str) -> str:
        return self._characters.id_of(name)

    def prop(self, name: str) -> str:
        return self._props.id_of(name)

    def look(self, character_id: str, name: str) -> str:
        return self._looks.id_of((character_id, name))


_SHOT_COLUMNS = (("mode", "mode"), ("duration", "duration_s"), ("dialogue", "dialogue"),
                 ("description", "description"), ("emotion", "emotion"), ("fg_kelvin", "fg_kelvin"),
                 ("plate_kelvin", "plate_kelvin"), ("setup", "setup_code"), ("intent", "intent"), ("notes", "notes"))
"""(column, shot field) of the row values a shot takes as they are."""
_CAMERA_COLUMNS = (("size", "size"), ("angle", "angle"), ("movement", "movement"), ("side", "side"),
                   ("lens", "lens_mm"))
_AI_COLUMNS = (("ai_model", "model"), ("ai_style", "style"), ("ai_seed", "seed"), ("ai_prompt", "prompt"))


def make_shot(registry: Registry, row: ParsedRow, code: str, scene: Scene, overrides: dict[str, object]) -> Shot:
    """The shot of one row, from values the column parsers have already checked.

    The model still validates them, in one call: its camera, cast, props and AI generation are
    handed over as plain dicts, which pydantic-core turns into models far faster than a model
    made in Python for each (and faster than ``model_construct``, whose default factories are
    inspected on every call). Only the values the row gives are passed: a model remembers each
    field it was given, and on a 30,000-row sheet remembering the blank ones would cost hundreds
    of megabytes.
    """
    values = row.values
    fields = _given(values, _SHOT_COLUMNS, {"id": new_id("sh"), "code": code, "scene_id": scene.id})
    camera = _given(values, _CAMERA_COLUMNS, {})
    if camera:
        fields["camera"] = camera
    characters = _cast(registry, values)
    if characters:
        fields["characters"] = characters
    if values.get("props"):
        fields["props"] = [{"prop_id": registry.prop(name), **({"state": state} if state else {})}
                           for name, state in values["props"]]
    ai = _ai(registry, values)
    if ai is not None:
        fields["ai"] = ai
    plate = values.get("plate")
    if plate and plate[0] == "asset":
        fields["plate_asset"] = plate[1]
    if row.extra:
        fields["extra"] = dict(row.extra)
    fields.update(overrides)
    return Shot(**fields)


def _given(values: RowValues, columns: tuple[tuple[str, str], ...], fields: dict[str, object]) -> dict[str, object]:
    """``fields`` with each of ``columns`` that holds a value (not empty) under its model field name."""
    for column, field in columns:
        value = values.get(column)
        if value is not None and value != "" and value != []:
            fields[field] = value
    return fields


def _cast(registry: Registry, values: RowValues) -> list[dict[str, object]]:
    """The characters column, then anyone named only in motion or wardrobe, in that order."""
    if "characters" not in values and "motion" not in values and "wardrobe" not in values:
        return []
    entries: dict[str, dict[str, object]] = {}
    for name, position, look in values.get("characters", ()):
        entries[name] = {key: value for key, value in (("position", position), ("look", look)) if value is not None}
    for name, direction in values.get("motion", ()):
        entries.setdefault(name, {})["motion"] = direction
    for name, look_name in values.get("wardrobe", ()):
        entries.setdefault(name, {})["wardrobe_id"] = registry.look(registry.character(name), look_name)
    return [{"character_id": registry.character(name), **fields} for name, fields in entries.items()]


def _ai(registry: Registry, values: RowValues) -> dict[str, object] | None:
    fields = _given(values, _AI_COLUMNS, {})
    if values.get("ai_refs"):
        fields["refs"] = {registry.character(name): ref for name, ref in values["ai_refs"]}
    return fields or None
