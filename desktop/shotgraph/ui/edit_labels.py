"""Edit names for the Edit menu and the undo history, in the interface language.

Every edit names itself with an ``EditName``: an English pattern with named fields and the
values for them ("Set {field} to {value} on {shots}", counts as ``{n}``). The pattern is
translated once in Qt's "Edits" context; the ``field`` word is the inspector's own label for
the field, the ``value`` word its own choice text ("MS — 中景"), and codes and counts go in as
they are. ``EDIT_NAMES`` lists every pattern the code gives, so lupdate offers them.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from shotgraph.core.edits import Edit, EditName
from shotgraph.core.edits.base import english
from shotgraph.core.model import Mode
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

EDIT_NAMES = (
    QT_TRANSLATE_NOOP("Edits", "Edit"),
    QT_TRANSLATE_NOOP("Edits", "Add"),
    QT_TRANSLATE_NOOP("Edits", "Remove"),
    QT_TRANSLATE_NOOP("Edits", "Add Shot"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shot"),
    QT_TRANSLATE_NOOP("Edits", "Remove {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shot"),
    QT_TRANSLATE_NOOP("Edits", "Edit {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Duplicate Shot"),
    QT_TRANSLATE_NOOP("Edits", "Duplicate {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Move Shot"),
    QT_TRANSLATE_NOOP("Edits", "Move {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Reorder Shot"),
    QT_TRANSLATE_NOOP("Edits", "Reorder {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Renumber Shots"),
    QT_TRANSLATE_NOOP("Edits", "Schedule Shot"),
    QT_TRANSLATE_NOOP("Edits", "Schedule {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Schedule Shots"),
    QT_TRANSLATE_NOOP("Edits", "Unschedule Shot"),
    QT_TRANSLATE_NOOP("Edits", "Unschedule {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Unschedule Shots"),
    QT_TRANSLATE_NOOP("Edits", "Plan Days"),
    QT_TRANSLATE_NOOP("Edits", "Add AI Take"),
    QT_TRANSLATE_NOOP("Edits", "Choose AI Take"),
    QT_TRANSLATE_NOOP("Edits", "Remove AI Take"),
    QT_TRANSLATE_NOOP("Edits", "Bring Back AI Take of {shot}"),
    QT_TRANSLATE_NOOP("Edits", "Import Workflow Template {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Bindings of {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Cut"),
    QT_TRANSLATE_NOOP("Edits", "Add Plate Link"),
    QT_TRANSLATE_NOOP("Edits", "Add Alternative Link"),
    QT_TRANSLATE_NOOP("Edits", "Remove Link"),
    QT_TRANSLATE_NOOP("Edits", "Add Episode"),
    QT_TRANSLATE_NOOP("Edits", "Edit Episode"),
    QT_TRANSLATE_NOOP("Edits", "Remove Episode"),
    QT_TRANSLATE_NOOP("Edits", "Add Scene"),
    QT_TRANSLATE_NOOP("Edits", "Edit Scene"),
    QT_TRANSLATE_NOOP("Edits", "Remove Scene"),
    QT_TRANSLATE_NOOP("Edits", "Edit Character"),
    QT_TRANSLATE_NOOP("Edits", "Remove Character"),
    QT_TRANSLATE_NOOP("Edits", "Edit Wardrobe Look"),
    QT_TRANSLATE_NOOP("Edits", "Remove Wardrobe Look"),
    QT_TRANSLATE_NOOP("Edits", "Edit Prop"),
    QT_TRANSLATE_NOOP("Edits", "Remove Prop"),
    QT_TRANSLATE_NOOP("Edits", "Edit Location"),
    QT_TRANSLATE_NOOP("Edits", "Remove Location"),
    QT_TRANSLATE_NOOP("Edits", "Edit Person"),
    QT_TRANSLATE_NOOP("Edits", "Remove Person"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shooting Day"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shooting Day"),
    QT_TRANSLATE_NOOP("Edits", "Add Setup"),
    QT_TRANSLATE_NOOP("Edits", "Edit Setup"),
    QT_TRANSLATE_NOOP("Edits", "Move Setup"),
    QT_TRANSLATE_NOOP("Edits", "Remove Setup"),
    QT_TRANSLATE_NOOP("Edits", "Edit Waiver"),
    QT_TRANSLATE_NOOP("Edits", "Remove Waiver"),
    QT_TRANSLATE_NOOP("Edits", "Edit Project Settings"),
    QT_TRANSLATE_NOOP("Edits", "Re-import Script"),
    QT_TRANSLATE_NOOP("Edits", "Draw Stroke"),
    QT_TRANSLATE_NOOP("Edits", "Draw Shape"),
    QT_TRANSLATE_NOOP("Edits", "Erase"),
    QT_TRANSLATE_NOOP("Edits", "Fill Area"),
    QT_TRANSLATE_NOOP("Edits", "Edit Panel Layers"),
    QT_TRANSLATE_NOOP("Edits", "Place Reference Image"),
    QT_TRANSLATE_NOOP("Edits", "Add Shot {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shot {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shots {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shot {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shots {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Set {field} to {value} on {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Set {field} to {value} on {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Edit {field} of {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Edit {field} of {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Clear {field} of {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Clear {field} of {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Duplicate Shot {shots} as {code}"),
    QT_TRANSLATE_NOOP("Edits", "Move Shot {shots} to Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Move Shots {shots} to Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Move {n} Shots to Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Reorder Shot {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Reorder Shots {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Renumber Episode {episode}"),
    QT_TRANSLATE_NOOP("Edits", "Add Cut {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Add Plate Link {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Add Alternative Link {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Cut {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Plate Link {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Alternative Link {source} → {target}"),
    QT_TRANSLATE_NOOP("Edits", "Schedule Shot {shots} on Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Schedule Shots {shots} on Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Schedule {n} Shots on Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Unschedule Shot {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Unschedule Shots {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Add Setup to Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Setup on Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Move Setup to Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Setup from Day {day}"),
    QT_TRANSLATE_NOOP("Edits", "Add Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Delete Scene {scene}"),
    QT_TRANSLATE_NOOP("Edits", "Move Scene {scene} Up"),
    QT_TRANSLATE_NOOP("Edits", "Move Scene {scene} Down"),
    QT_TRANSLATE_NOOP("Edits", "Add Episode {episode}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Episode {episode}"),
    QT_TRANSLATE_NOOP("Edits", "Delete Episode {episode}"),
    QT_TRANSLATE_NOOP("Edits", "Move Episode {episode} Up"),
    QT_TRANSLATE_NOOP("Edits", "Move Episode {episode} Down"),
    QT_TRANSLATE_NOOP("Edits", "Add Character {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Character {name}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Character {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Wardrobe Look {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Wardrobe Look {name}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Wardrobe Look {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Prop {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Prop {name}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Prop {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Location {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Location {name}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Location {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Person {name}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Person {name}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Person {name}"),
    QT_TRANSLATE_NOOP("Edits", "Add Shooting Day {date}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shooting Day {date}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shooting Day {date}"),
    QT_TRANSLATE_NOOP("Edits", "Waive Finding on {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Edit Waiver on {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Remove Waiver on {shots}"),
    QT_TRANSLATE_NOOP("Edits", "Move Scene"),
    QT_TRANSLATE_NOOP("Edits", "Delete Scene"),
    QT_TRANSLATE_NOOP("Edits", "Move Episode"),
    QT_TRANSLATE_NOOP("Edits", "Delete Episode"),
    QT_TRANSLATE_NOOP("Edits", "Cut Shot"),
    QT_TRANSLATE_NOOP("Edits", "Cut {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Paste Shot"),
    QT_TRANSLATE_NOOP("Edits", "Paste {n} Shots"),
)
"""Every pattern of an edit name in the code, and no other (a test holds them equal): counts as ``{n}``,
codes and words as named fields."""

EDIT_WORDS = (
    QT_TRANSLATE_NOOP("Edits", "Code"),
    QT_TRANSLATE_NOOP("Edits", "Scene"),
    QT_TRANSLATE_NOOP("Edits", "Frame"),
    QT_TRANSLATE_NOOP("Edits", "Drawing"),
    QT_TRANSLATE_NOOP("Edits", "Position"),
    QT_TRANSLATE_NOOP("Edits", "Extra fields"),
    QT_TRANSLATE_NOOP("Edits", "AI takes"),
    QT_TRANSLATE_NOOP("Edits", "Chosen take"),
)
"""Field words of edit names that the inspector form has no label for."""


def edit_label(edit: Edit | EditName) -> str:
    """An edit's name in the interface language: "Set Size to MS on 1-03" → "将 1-03 的景别设为 MS — 中景"."""
    name = edit if isinstance(edit, EditName) else edit.name
    pattern = QCoreApplication.translate("Edits", name.pattern)
    translated = pattern != name.pattern
    values = {key: _filled(key, value, translated) for key, value in name.args.items()}
    try:
        return pattern.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that names other fields: keep English
        return str(name)


def field_word(word: str) -> str:
    """A field's word as the inspector labels it ("Size" → "景别"), else as edit names translate it."""
    label = QCoreApplication.translate("InspectorForm", word)
    return label if label != word else QCoreApplication.translate("Edits", word)


def _filled(key: str, value: object, translated: bool) -> str:
    """What goes into a field of a translated pattern: words translated, codes and counts as they are."""
    if key == "field":
        return field_word(str(value))
    if key == "value" and isinstance(value, Mode):
        return QCoreApplication.translate("Mode", english(value))
    if key == "value" and isinstance(value, StrEnum) and translated:
        from .inspector.labels import enum_label  # the inspector package imports the bridge, which needs this module
        return enum_label(value)
    return english(value)

