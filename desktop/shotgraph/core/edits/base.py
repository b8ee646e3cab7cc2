"""What every edit is: a named, undoable change of the document; plus macros and helpers.

An edit's name says what changed, naming shots, scenes and episodes by their codes: "Set Size
to MS on 1-03, 1-04". It is kept as an ``EditName``: an English pattern with named fields
("Set {field} to {value} on {shots}") and the values that fill them, counts as ``{n}``.
``str(edit.name)`` is the whole English name (the command line and logs print it); the editor
translates the pattern once and the ``field`` and ``value`` words, and fills in codes and
counts as they are.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from pydantic import ValidationError

from ..changes import NO_CHANGES, Changes
from ..index import plain
from ..model import Mode, Record

if TYPE_CHECKING:
    from ..document import Document

T = TypeVar("T")

LISTED = 3
"""Names list up to this many codes ("Remove Shots 3, 4, 5"); more are counted ("Remove 12 Shots")."""

_MODE_WORDS = {Mode.LIVE: "Live", Mode.AI: "AI", Mode.HYBRID: "Hybrid"}


class EditError(ValueError):
    """An edit that cannot be made as asked; the document is left unchanged."""


@runtime_checkable
class Edit(Protocol):
    """A change of the document that can be redone and undone any number of times, in turn.

    ``redo`` checks the request, changes the project and says what changed; ``undo``
    restores exactly the state before ``redo`` (list positions included). ``name`` says
    what the edit does; an edit may name itself more exactly once it has run.
    """

    name: EditName

    def redo(self, doc: Document) -> Changes: ...

    def undo(self, doc: Document) -> Changes: ...


def english(value: object) -> str:
    """A value as an English edit name shows it: a shot size as its word (MS), 35.0 as 35; an
    ``EditName`` as its whole English text, as the command line and logs print it."""
    if isinstance(value, Mode):
        return _MODE_WORDS[value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class EditName:
    """What an edit is called: an English pattern with named fields, and the values for them.

    ``EditName("Add Shot {shots}", shots="3A")`` reads "Add Shot 3A". Fields named ``field``
    (a field's word, "Size") and ``value`` (a vocabulary word, ``ShotSize.MS``) are words the
    editor translates; every other field (codes, counts) is filled in as it is.
    """

    __slots__ = ("args", "pattern")

    def __init__(self, pattern: str, **args: object) -> None:
        self.pattern = pattern
        self.args = args

    def __str__(self) -> str:
        return self.pattern.format_map({key: english(value) for key, value in self.args.items()})

    def __repr__(self) -> str:
        return f"EditName({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EditName) and (self.pattern, self.args) == (other.pattern, other.args)

    __hash__ = None  # type: ignore[assignment]


def listed(codes: Sequence[str], few: str, many: str, *, one: str | None = None, **args: object) -> EditName:
    """A name for an edit of several shots: ``one`` (or ``few``) for a single code, ``few`` with
    up to ``LISTED`` codes joined as ``{shots}``, ``many`` with their count as ``{n}`` past that."""
    if len(codes) > LISTED:
        return EditName(many, n=len(codes), **args)
    return EditName(one if one is not None and len(codes) == 1 else few, shots=", ".join(codes), **args)


def counted_name(count: int, one: str, many: str) -> EditName:
    """A name that counts what it changes: ``one`` ("Move Shot") for one, else ``many`` with the
    count as ``{n}`` ("Move {n} Shots"); the one place where singular and plural are chosen."""
    return EditName(one) if count == 1 else EditName(many, n=count)


def shot_codes(doc: Document, shot_ids: Iterable[str]) -> list[str]:
    """How names show shots: their codes, as "EPISODE-CODE" when they come from several episodes."""
    shots = [doc.index.shots[shot_id] for shot_id in shot_ids if shot_id in doc.index.shots]
    episodes = {doc.index.shot_episode[shot.id].id for shot in shots}
    if len(episodes) <= 1:
        return [shot.code for shot in shots]
    return [f"{doc.index.shot_episode[shot.id].number}-{shot.code}" for shot in shots]


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

    def __init__(self, name: EditName, edits: Iterable[Edit]) -> None:
        self.name = name
        self.edits = list(edits)

    def redo(self, doc: Document) -> Changes:
        return redo_all(doc, self.edits)

    def undo(self, doc: Document) -> Changes:
        return undo_all(doc, self.edits)


class Compound(ABC):
    """An edit made of smaller steps, planned against the document the first time it runs.

    The plan is kept, so a redo after an undo repeats the very same steps (and new ids).
    ``plan`` may name the edit by what it found (the codes of the shots it removes).
    """

    name: EditName
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

    name = EditName("Edit")

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


def check_new_id(doc: Document, record_id: str) -> None:
    """Refuse an id already used anywhere in the project."""
    if doc.index.uses_id(record_id):
        raise EditError(f"the id {record_id!r} is already used")
