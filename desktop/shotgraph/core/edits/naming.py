"""Names for changes of shot fields: "Set Size to MS on 1-03, 1-04", "Edit Dialogue of 3A".

A change is read part by part (a camera given whole is named by the part that differs), so
the inspector, the canvas and the command line all get the same name from the values alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from ..model import Shot
from .base import EditName, listed

FIELD_WORDS = {
    "code": "Code", "scene_id": "Scene", "mode": "Mode", "duration_s": "Duration", "characters": "Characters",
    "props": "Props", "dialogue": "Dialogue", "description": "Description", "emotion": "Emotion",
    "location_id": "Location", "int_ext": "INT/EXT", "time_of_day": "Time of day", "story_day": "Story day",
    "plate_asset": "Plate file", "fg_kelvin": "Foreground colour temperature",
    "plate_kelvin": "Plate colour temperature", "setup_code": "Setup code", "intent": "Intent",
    "aspect": "Aspect", "fps": "Frame rate", "frame": "Frame", "layers": "Drawing", "canvas": "Position",
    "notes": "Notes", "extra": "Extra fields",
    "camera.size": "Size", "camera.angle": "Angle", "camera.movement": "Movement", "camera.side": "Side",
    "camera.lens_mm": "Lens", "ai.model": "AI model", "ai.style": "AI style", "ai.seed": "Seed",
    "ai.refs": "Identity", "ai.prompt": "Prompt", "ai.takes": "AI takes", "ai.chosen_take_id": "Chosen take",
    "ai.takes_tried": "Takes tried",
}
"""The word an edit name uses for each shot field (the inspector's label where it has one)."""

_PARTS = ("camera", "ai")
"""Nested records given whole, whose changed parts name the edit."""


def changed_parts(shot: Shot, values: Mapping[str, Any]) -> dict[str, Any]:
    """What ``values`` change in ``shot``, by field ("mode") or part ("camera.size")."""
    found: dict[str, Any] = {}
    for name, value in values.items():
        old = getattr(shot, name)
        if name in _PARTS and isinstance(value, BaseModel):
            found.update({f"{name}.{part}": getattr(value, part) for part in type(value).model_fields
                          if getattr(value, part) != getattr(old, part)})
        elif value != old:
            found[name] = value
    return found


def update_name(codes: Sequence[str], changes: Sequence[Mapping[str, Any]]) -> EditName:
    """The name of giving shots (by code) these changes, one mapping of ``changed_parts`` per shot."""
    fields = {path for change in changes for path in change}
    values = [change[path] for change in changes for path in change]
    if len(fields) != 1 or next(iter(fields)) not in FIELD_WORDS:
        return listed(codes, "Edit Shots {shots}", "Edit {n} Shots", one="Edit Shot {shots}")
    path = next(iter(fields))
    word = FIELD_WORDS[path]
    if all(value is None for value in values):
        return listed(codes, "Clear {field} of {shots}", "Clear {field} of {n} Shots", field=word)
    if _settable(path, values[0]) and all(value == values[0] for value in values):
        return listed(codes, "Set {field} to {value} on {shots}", "Set {field} to {value} on {n} Shots",
                      field=word, value=values[0])
    return listed(codes, "Edit {field} of {shots}", "Edit {field} of {n} Shots", field=word)


def _settable(path: str, value: Any) -> bool:
    """A value short enough to say in the name: a vocabulary word or a number, never an id."""
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return not path.endswith("_id") and (isinstance(value, StrEnum) or is_number)
