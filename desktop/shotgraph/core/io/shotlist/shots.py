"""One shot-list row as a model Shot, and the shared records (cast, props, places) it names."""

from __future__ import annotations

from shotgraph.core.model import (
    AIGeneration,
    Camera,
    Character,
    CharacterInShot,
    Location,
    Project,
    Prop,
    PropInShot,
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


def make_shot(registry: Registry, row: ParsedRow, code: str, scene: Scene, overrides: dict[str, object]) -> Shot:
    """The shot of one row, from values the column parsers have already checked.

    The model still validates them: with pydantic-core that costs microseconds a shot, less
    than ``model_construct`` (whose default factories are inspected on every call). Only the
    values the row gives are passed: a model remembers each field it was given, and on a
    30,000-row sheet remembering the blank ones would cost hundreds of megabytes.
    """
    values = row.values
    plate = values.get("plate")
    return Shot(**_given(
        id=new_id("sh"), code=code, scene_id=scene.id, mode=values.get("mode"),
        camera=_camera(values), duration_s=values.get("duration"), characters=_cast(registry, values),
        props=_props(registry, values), dialogue=values.get("dialogue"), description=values.get("description"),
        emotion=values.get("emotion"), ai=_ai(registry, values),
        plate_asset=plate[1] if plate and plate[0] == "asset" else None,
        fg_kelvin=values.get("fg_kelvin"), plate_kelvin=values.get("plate_kelvin"),
        setup_code=values.get("setup"), intent=values.get("intent"), notes=values.get("notes"),
        extra=dict(row.extra), **overrides,
    ))


def _given(**fields: object) -> dict[str, object]:
    """The fields that hold a value: not None, not empty."""
    return {name: value for name, value in fields.items() if value is not None and value != "" and value != []
            and value != {}}


def _camera(values: RowValues) -> Camera | None:
    fields = _given(size=values.get("size"), angle=values.get("angle"), movement=values.get("movement"),
                    side=values.get("side"), lens_mm=values.get("lens"))
    return Camera(**fields) if fields else None


def _cast(registry: Registry, values: RowValues) -> list[CharacterInShot]:
    """The characters column, then anyone named only in motion or wardrobe, in that order."""
    entries: dict[str, dict[str, object]] = {}
    for name, position, look in values.get("characters", []):
        entries[name] = {"position": position, "look": look}
    for name, direction in values.get("motion", []):
        entries.setdefault(name, {})["motion"] = direction
    for name, look_name in values.get("wardrobe", []):
        entries.setdefault(name, {})["wardrobe_id"] = registry.look(registry.character(name), look_name)
    return [CharacterInShot(character_id=registry.character(name), **_given(**fields))
            for name, fields in entries.items()]


def _props(registry: Registry, values: RowValues) -> list[PropInShot]:
    return [PropInShot(prop_id=registry.prop(name), **_given(state=state)) for name, state in values.get("props", [])]


def _ai(registry: Registry, values: RowValues) -> AIGeneration | None:
    refs = {registry.character(name): ref for name, ref in values.get("ai_refs", [])}
    fields = _given(model=values.get("ai_model"), style=values.get("ai_style"), seed=values.get("ai_seed"),
                    refs=refs, prompt=values.get("ai_prompt"))
    return AIGeneration(**fields) if fields else None
