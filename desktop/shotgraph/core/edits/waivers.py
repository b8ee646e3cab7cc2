"""Edits of waivers: accepting a finding with a note, and taking that back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..model import Waiver, new_id
from .base import EditName
from .records import AddRecord, RecordEdit, RemoveRecord, UpdateRecord, shortened


class _WaiverEdit(RecordEdit):
    kind, model, noun = "waivers", Waiver, "Waiver"
    patterns = ("Waive Finding on {shots}", "Edit Waiver on {shots}", "Remove Waiver on {shots}")
    first_patterns = ("Edit Waiver", "Remove Waiver")

    def named(self, pattern: str, record: Waiver) -> EditName:
        """A waiver is known by the shots its finding named."""
        return EditName(pattern, shots=shortened(", ".join(record.shots)))


class Waive(_WaiverEdit, AddRecord):
    """Accept a finding: store its rule and fingerprint, the shot codes it named, and a note."""

    def __init__(self, fingerprint: str, rule: str, shot_codes: Iterable[str], note: str = "", *,
                 waiver_id: str | None = None) -> None:
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        waiver = Waiver(id=waiver_id or new_id("wv"), rule=rule, fingerprint=fingerprint,
                        shots=list(shot_codes), note=note, created=created)
        super().__init__(waiver)


class UpdateWaiver(_WaiverEdit, UpdateRecord):
    """Change a waiver's note."""


class Unwaive(_WaiverEdit, RemoveRecord):
    """Remove a waiver: the finding shows again."""
