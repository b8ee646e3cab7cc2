"""Edits of project-wide settings: title, language, delivery format, planning, budget and what call sheets
print about the production (office, logo, walkie channels), the registration number and the AI provider table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from .base import Assign, Compound, Edit, EditError, EditName, validated

if TYPE_CHECKING:
    from ..document import Document

SETTINGS = ("title", "language", "delivery", "planning", "budget", "notes", "production_office", "logo",
            "walkie_channels", "registration_number", "ai_providers")


class UpdateProjectSettings(Compound):
    """Change project settings; sub-settings (``delivery``, ``planning``, ``budget``) go whole."""

    def __init__(self, changes: Mapping[str, Any]) -> None:
        self.changes = dict(changes)
        self.name = EditName("Edit Project Settings")

    def plan(self, doc: Document) -> list[Edit]:
        unknown = [name for name in self.changes if name not in SETTINGS]
        if unknown:
            raise EditError(f"{unknown[0]!r} is not a project setting")
        values = validated(doc.project, self.changes)
        return [Assign(doc.project, values, Changes(settings=True))]
