"""The edit of the generation settings the editor shows: server, token, cost rates, overspend margin and
first-frame chaining. The workflow templates and the draws in flight are left as they are."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..io.errors import InputError
from .base import Assign, Compound, Edit, EditError, EditName, validated

if TYPE_CHECKING:
    from ..document import Document

GENERATION_SETTINGS = ("server", "token", "cost_per_compute_second", "cost_per_generated_second",
                       "expected_compute_seconds", "overspend_margin", "chain_first_frame")


class UpdateGenerationSettings(Compound):
    """Change the named generation settings; an address or token is refused as ``shotgraph generate``
    would refuse it."""

    def __init__(self, changes: Mapping[str, Any]) -> None:
        self.changes = dict(changes)
        self.name = EditName("Edit Project Settings")

    def plan(self, doc: Document) -> list[Edit]:
        unknown = [name for name in self.changes if name not in GENERATION_SETTINGS]
        if unknown:
            raise EditError(f"{unknown[0]!r} is not a generation setting")
        settings = doc.project.generation
        values = validated(settings, self.changes)
        if {"server", "token"} & values.keys():
            _check_connection(values.get("server", settings.server), values.get("token", settings.token))
        return [Assign(settings, values, Changes(settings=True))]


def _check_connection(server: str, token: str) -> None:
    from ..generation.connection import check_connection  # loads the HTTP client only when needed

    try:
        check_connection(server, token)
    except InputError as error:
        raise EditError(error.message) from None
