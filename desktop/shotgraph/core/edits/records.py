"""Add, update and remove for the project's lists of plain records (cast, places, days, waivers).

Each concrete edit names its list (``kind``), its model class, the patterns naming its edits
and how it checks references; removal first clears what refers to the record, all as one
undoable step. Edits are named by the record's own name: "Remove Prop 玉佩".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ..changes import Changes
from ..model import Record
from .base import Assign, Compound, Edit, EditError, EditName, check_new_id, require, validated, validated_new

if TYPE_CHECKING:
    from ..document import Document


_SHOWN = 24
"""Characters of a record's name an edit name shows; a longer name is cut with an ellipsis."""


def _record_changes(kind: str, record_id: str) -> Changes:
    return Changes.of(settings=False, **{kind: [record_id]})


def shortened(text: str) -> str:
    """A user's text short enough for a menu: "第一场的玉佩……" past ``_SHOWN`` characters."""
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


class InsertRecord:
    """Step: put a record into its project list at a position."""

    name = EditName("Add")

    def __init__(self, kind: str, position: int, record: Any) -> None:
        self.kind, self.position, self.record = kind, position, record

    def redo(self, doc: Document) -> Changes:
        doc.index.insert_record(self.kind, self.position, self.record)
        return _record_changes(self.kind, self.record.id)

    def undo(self, doc: Document) -> Changes:
        doc.index.remove_record(self.kind, self.record.id)
        return _record_changes(self.kind, self.record.id)


class DeleteRecord:
    """Step: take a record out of its project list; undo puts it back in its place."""

    name = EditName("Remove")

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind, self.record_id = kind, record_id
        self._removed: tuple[int, Any] | None = None

    def redo(self, doc: Document) -> Changes:
        record = doc.index.catalogue[self.kind][self.record_id]
        self._removed = (doc.index.remove_record(self.kind, self.record_id), record)
        return _record_changes(self.kind, self.record_id)

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        doc.index.insert_record(self.kind, *self._removed)
        return _record_changes(self.kind, self.record_id)


class RecordEdit(Compound):
    """What the add, update and remove edits of one list share."""

    kind: ClassVar[str]
    model: ClassVar[type[Record]]
    noun: ClassVar[str]
    patterns: ClassVar[tuple[str, str, str]]
    """The names of adding, editing and removing one: ("Add Prop {name}", "Edit Prop {name}", …)."""
    first_patterns: ClassVar[tuple[str, str]]
    """The names of editing and removing one before the edit has found it: ("Edit Prop", "Remove Prop")."""
    fixed: ClassVar[tuple[str, ...]] = ()

    def named(self, pattern: str, record: Any) -> EditName:
        """The edit's name for this record: by default its ``name``."""
        return EditName(pattern, name=shortened(record.name))

    def check(self, doc: Document, record: Any, old: Any | None) -> None:
        """Refuse a new or changed record whose references do not resolve."""

    def existing(self, doc: Document, record_id: str) -> Any:
        return require(doc.index.catalogue[self.kind], record_id, self.noun.lower())


class AddRecord(RecordEdit):
    """Add a record at a position of its list (the end by default)."""

    def __init__(self, record: Record | Mapping[str, Any], index: int | None = None) -> None:
        self.record = validated_new(self.model, record)
        self.index = index
        self.name = self.named(self.patterns[0], self.record)

    def plan(self, doc: Document) -> list[Edit]:
        check_new_id(doc, self.record.id)
        self.check(doc, self.record, None)
        items = getattr(doc.project, self.kind)
        return [InsertRecord(self.kind, checked_position(self.index, len(items)), self.record)]


class UpdateRecord(RecordEdit):
    """Change fields of a record: ``UpdateCharacter(id, {"name": "苏婉"})``."""

    def __init__(self, record_id: str, changes: Mapping[str, Any]) -> None:
        self.record_id = record_id
        self.changes = dict(changes)
        self.name = EditName(self.first_patterns[0])

    def plan(self, doc: Document) -> list[Edit]:
        record = self.existing(doc, self.record_id)
        self.name = self.named(self.patterns[1], record)
        values = validated(record, self.changes, self.fixed)
        self.check(doc, record.model_copy(update=values), record)
        return [Assign(record, values, _record_changes(self.kind, record.id))]


class RemoveRecord(RecordEdit):
    """Remove a record, first clearing every reference to it (undone together)."""

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        self.name = EditName(self.first_patterns[1])

    def plan(self, doc: Document) -> list[Edit]:
        record = self.existing(doc, self.record_id)
        self.name = self.named(self.patterns[2], record)
        return [*self.cleanup(doc, record), DeleteRecord(self.kind, record.id)]

    def cleanup(self, doc: Document, record: Any) -> list[Edit]:
        """Steps that drop references to the record from elsewhere in the project."""
        return []


def checked_position(index: int | None, length: int) -> int:
    """Where to insert into a list of ``length`` items: the end, or a valid index."""
    if index is None:
        return length
    if not 0 <= index <= length:
        raise EditError(f"position {index} is outside 0–{length}")
    return index
