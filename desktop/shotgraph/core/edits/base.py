"""What every edit is: a named, undoable change of the document; plus macros and helpers."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from pydantic import ValidationError

from ..changes import NO_CHANGES, Changes
from ..index import plain
from ..model import Record

if TYPE_CHECKING:
    from ..document import Document

T = TypeVar("T")


class EditError(ValueError):
    """An edit that cannot be made as asked; the document is left unchanged."""


@runtime_checkable
class Edit(Protocol):
    """A change of the document that can be redone and undone any number of times, in turn.

    ``redo`` checks the request, changes the project and says what changed; ``undo``
    restores exactly the state before ``redo`` (list positions included).
    """

    text: str

    def redo(self, doc: Document) -> Changes: ...

    def undo(self, doc: Document) -> Changes: ...


def redo_all(doc: Document, edits: Iterable[Edit]) -> Changes:
    """Apply edits in order; if one fails, undo those already applied and re-raise."""
    done: list[Edit] = []
    changes = NO_CHANGES
    try:
        for edit in edits:
            changes |= edit.redo(doc)
            done.append(edit)
    except Exception:
        undo_all(doc, done)
        raise
    return changes


def undo_all(doc: Document, edits: list[Edit]) -> Changes:
    """Undo edits in reverse order."""
    changes = NO_CHANGES
    for edit in reversed(edits):
        changes |= edit.undo(doc)
    return changes


class Macro:
    """Several edits as one step (a drag of three cards): applied in order, undone in reverse."""

    def __init__(self, text: str, edits: Iterable[Edit]) -> None:
        self.text = text
        self.edits = list(edits)

    def redo(self, doc: Document) -> Changes:
        return redo_all(doc, self.edits)

    def undo(self, doc: Document) -> Changes:
        return undo_all(doc, self.edits)


class Compound(ABC):
    """An edit made of smaller steps, planned against the document the first time it runs.

    The plan is kept, so a redo after an undo repeats the very same steps (and new ids).
    """

    text = ""
    _steps: list[Edit] | None = None

    @abstractmethod
    def plan(self, doc: Document) -> list[Edit]:
        """Check the request against the document and list the steps that carry it out."""

    def redo(self, doc: Document) -> Changes:
        steps = self._steps if self._steps is not None else self.plan(doc)
        changes = redo_all(doc, steps)
        self._steps = steps
        return changes

    def undo(self, doc: Document) -> Changes:
        return undo_all(doc, self._steps or [])


class Assign:
    """Step: set fields of one record to values already validated; undo sets the old ones."""

    text = "Edit"

    def __init__(self, record: Record, values: dict[str, Any], changes: Changes) -> None:
        self.record = record
        self.values = values
        self.changes = changes
        self.old: dict[str, Any] = {}

    def redo(self, doc: Document) -> Changes:
        self.old = {name: getattr(self.record, name) for name in self.values}
        doc.index.set_fields(self.record, self.values)
        return self.changes

    def undo(self, doc: Document) -> Changes:
        doc.index.set_fields(self.record, self.old)
        return self.changes


def require(mapping: Mapping[str, T], key: str, what: str) -> T:
    """The entry with this id, or an EditError naming what is missing."""
    try:
        return mapping[key]
    except KeyError:
        raise EditError(f"no {what} has id {key!r}") from None


def validated(record: Record, changes: Mapping[str, Any], fixed: Collection[str] = ()) -> dict[str, Any]:
    """The changes checked by the record's own model, as fresh values ready to assign.

    ``fixed`` names fields that have their own edits (lists of children); ``id`` never changes.
    """
    cls = type(record)
    for name in changes:
        if name == "id" or name in fixed:
            raise EditError(f"{cls.__name__}.{name} cannot be changed by this edit")
    base = {name: getattr(record, name) for name, info in cls.model_fields.items() if info.is_required()}
    try:
        model = cls.model_validate({**plain(base), **plain(dict(changes))})
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise EditError(f"invalid {cls.__name__} value at {where}: {error['msg']}") from None
    return {name: getattr(model, name) for name in changes}


def validated_new(cls: type[Record], record: Record | Mapping[str, Any]) -> Any:
    """A fresh, validated copy of a record the caller built, so later changes to it stay outside."""
    data = record.model_dump() if isinstance(record, Record) else plain(dict(record))
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        raise EditError(f"invalid {cls.__name__}: {exc.errors()[0]['msg']}") from None


def counted(count: int, noun: str) -> str:
    """``Shot`` for one, ``3 Shots`` for more: how edit names count things."""
    return noun if count == 1 else f"{count} {noun}s"


def check_new_id(doc: Document, record_id: str) -> None:
    """Refuse an id already used anywhere in the project."""
    if doc.index.uses_id(record_id):
        raise EditError(f"the id {record_id!r} is already used")
