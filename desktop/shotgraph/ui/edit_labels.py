"""Edit names for the Edit menu and the undo history, in the interface language.

Core edits are named in English ("Move 3 Shots"); the number is taken out, the
pattern ("Move {n} Shots") goes through Qt's translation, and the number goes back in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_NUMBER = re.compile(r"\d+")


def edit_label(text: str) -> str:
    """``text`` translated, numbers kept: "Move 3 Shots" → "移动 3 个镜头" in Chinese."""
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1:
        return QCoreApplication.translate("Edits", text)
    pattern = _NUMBER.sub("{n}", text)
    return QCoreApplication.translate("Edits", pattern).replace("{n}", numbers[0])
