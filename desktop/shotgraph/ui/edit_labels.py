"""Edit names for the Edit menu and the undo history, in the interface language.

Core edits are named in English ("Move 3 Shots"); the number is taken out, the
pattern ("Move {n} Shots") goes through Qt's translation, and the number goes back in.
``EDIT_NAMES`` lists every name the edits give, so lupdate offers them to translators.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_NUMBER = re.compile(r"\d+")

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
    QT_TRANSLATE_NOOP("Edits", "Set Shot to Live"),
    QT_TRANSLATE_NOOP("Edits", "Set Shot to AI"),
    QT_TRANSLATE_NOOP("Edits", "Set Shot to Hybrid"),
    QT_TRANSLATE_NOOP("Edits", "Set {n} Shots to Live"),
    QT_TRANSLATE_NOOP("Edits", "Set {n} Shots to AI"),
    QT_TRANSLATE_NOOP("Edits", "Set {n} Shots to Hybrid"),
    QT_TRANSLATE_NOOP("Edits", "Move Shot to Scene"),
    QT_TRANSLATE_NOOP("Edits", "Move {n} Shots to Scene"),
    QT_TRANSLATE_NOOP("Edits", "Move Shot"),
    QT_TRANSLATE_NOOP("Edits", "Move {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Reorder Shot"),
    QT_TRANSLATE_NOOP("Edits", "Reorder {n} Shots"),
    QT_TRANSLATE_NOOP("Edits", "Renumber Shots"),
    QT_TRANSLATE_NOOP("Edits", "Renumber Episode {n}"),
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
    QT_TRANSLATE_NOOP("Edits", "Add Cut"),
    QT_TRANSLATE_NOOP("Edits", "Add Plate Link"),
    QT_TRANSLATE_NOOP("Edits", "Add Alternative Link"),
    QT_TRANSLATE_NOOP("Edits", "Remove Link"),
    QT_TRANSLATE_NOOP("Edits", "Set Plate"),
    QT_TRANSLATE_NOOP("Edits", "Remove Plate"),
    QT_TRANSLATE_NOOP("Edits", "Add Episode"),
    QT_TRANSLATE_NOOP("Edits", "Edit Episode"),
    QT_TRANSLATE_NOOP("Edits", "Remove Episode"),
    QT_TRANSLATE_NOOP("Edits", "Add Scene"),
    QT_TRANSLATE_NOOP("Edits", "Edit Scene"),
    QT_TRANSLATE_NOOP("Edits", "Remove Scene"),
    QT_TRANSLATE_NOOP("Edits", "Add Character"),
    QT_TRANSLATE_NOOP("Edits", "Edit Character"),
    QT_TRANSLATE_NOOP("Edits", "Remove Character"),
    QT_TRANSLATE_NOOP("Edits", "Add Wardrobe Look"),
    QT_TRANSLATE_NOOP("Edits", "Edit Wardrobe Look"),
    QT_TRANSLATE_NOOP("Edits", "Remove Wardrobe Look"),
    QT_TRANSLATE_NOOP("Edits", "Add Prop"),
    QT_TRANSLATE_NOOP("Edits", "Edit Prop"),
    QT_TRANSLATE_NOOP("Edits", "Remove Prop"),
    QT_TRANSLATE_NOOP("Edits", "Add Location"),
    QT_TRANSLATE_NOOP("Edits", "Edit Location"),
    QT_TRANSLATE_NOOP("Edits", "Remove Location"),
    QT_TRANSLATE_NOOP("Edits", "Add Person"),
    QT_TRANSLATE_NOOP("Edits", "Edit Person"),
    QT_TRANSLATE_NOOP("Edits", "Remove Person"),
    QT_TRANSLATE_NOOP("Edits", "Add Shooting Day"),
    QT_TRANSLATE_NOOP("Edits", "Edit Shooting Day"),
    QT_TRANSLATE_NOOP("Edits", "Remove Shooting Day"),
    QT_TRANSLATE_NOOP("Edits", "Add Setup"),
    QT_TRANSLATE_NOOP("Edits", "Edit Setup"),
    QT_TRANSLATE_NOOP("Edits", "Move Setup"),
    QT_TRANSLATE_NOOP("Edits", "Remove Setup"),
    QT_TRANSLATE_NOOP("Edits", "Add Waiver"),
    QT_TRANSLATE_NOOP("Edits", "Edit Waiver"),
    QT_TRANSLATE_NOOP("Edits", "Remove Waiver"),
    QT_TRANSLATE_NOOP("Edits", "Waive Finding"),
    QT_TRANSLATE_NOOP("Edits", "Edit Project Settings"),
    QT_TRANSLATE_NOOP("Edits", "Re-import Script"),
    QT_TRANSLATE_NOOP("Edits", "Draw Stroke"),
    QT_TRANSLATE_NOOP("Edits", "Draw Shape"),
    QT_TRANSLATE_NOOP("Edits", "Erase"),
    QT_TRANSLATE_NOOP("Edits", "Fill Area"),
    QT_TRANSLATE_NOOP("Edits", "Edit Panel Layers"),
    QT_TRANSLATE_NOOP("Edits", "Place Reference Image"),
)
"""Every edit name the core and the editor give, with counts as ``{n}``."""


def edit_label(text: str) -> str:
    """``text`` translated, numbers kept: "Move 3 Shots" → "移动 3 个镜头" in Chinese."""
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return QCoreApplication.translate("Edits", text)
    pattern = _NUMBER.sub("{n}", text)
    return QCoreApplication.translate("Edits", pattern).replace("{n}", numbers[0])
