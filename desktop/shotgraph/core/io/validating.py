"""Validating a parsed project file while holding only a bounded number of problems.

pydantic reports every bad item it meets, so one call on a file with a million bad edges
builds a million error records (about 550 bytes each). A file small enough that even all
of them would fit the memory budget is validated in one call. Otherwise, or when that call
finds too many problems to read, a part holding more than ``WHOLE_VALUES`` values is split
along the model (a record into its fields, a list into its items) and each piece validated
on its own, stopping once more problems are known than a message names. The checked pieces
are then validated together: pydantic takes a record it has already validated as it is,
so that last step is quick and adds few problems if any.
"""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..model import Problem
from .budgets import MAX_PROBLEMS
from .messages import json_path, unknown_field, validation_problems

WHOLE_VALUES = 5_000
"""A part with at most this many JSON values is validated in one call: it cannot hold many problems."""
WHOLE_DOCUMENT_VALUES = 250_000
"""A file of at most this many values (the 6,000-shot series holds 200,000) is validated in one
call: no record needs more than four fields, so even a file of nothing but mistakes makes at most
two problems per value, under 300 MB of pydantic errors."""
READ_ERRORS = 1_000
"""Problems of a one-call validation read as they are; with more, the first are found piece by piece."""

Model = TypeVar("Model", bound=BaseModel)
Location = tuple[str | int, ...]
_FAILED: Any = object()


class ProjectProblems(Exception):  # noqa: N818 - not an error of ShotGraph: the file's problems
    """What validation found wrong: the first problems in order, their count, and whether it is exact."""

    def __init__(self, problems: list[Problem], count: int, complete: bool) -> None:
        super().__init__(f"{count} problems")
        self.problems, self.count, self.complete = problems, count, complete


class _Found:
    """The problems found so far; past ``keep`` of them, looking further is pointless."""

    def __init__(self, keep: int) -> None:
        self.keep, self.count, self.complete = keep, 0, True
        self.kept: list[Problem] = []

    def add(self, problems: list[Problem]) -> None:
        self.count += len(problems)
        self.kept.extend(problems[: max(0, self.keep - len(self.kept))])
        if self.count > self.keep:
            self.complete = False
            raise _Enough


class _Enough(Exception):
    """More problems are known than a message names: stop looking."""


def validated(model: type[Model], document: dict[str, Any], keep: int = MAX_PROBLEMS,
              values: int | None = None) -> Model:
    """``document`` as a ``model``, or ProjectProblems with the first ``keep`` problems.

    ``values`` is the most values the document can hold, when known: a small one is validated in one call.
    """
    if values is not None and values <= WHOLE_DOCUMENT_VALUES:
        try:
            return _adapter(model).validate_python(document)
        except ValidationError as error:
            if error.error_count() <= READ_ERRORS:
                problems = validation_problems(error)
                raise ProjectProblems(problems[:keep], len(problems), True) from None
    found = _Found(keep)
    try:
        result = _settle(model, document, (), found)
    except _Enough:
        result = _FAILED
    if result is _FAILED:
        raise ProjectProblems(found.kept, found.count, found.complete)
    return result


def _settle(kind: Any, value: Any, loc: Location, found: _Found) -> Any:
    """``value`` validated as ``kind``, a large one piece by piece; _FAILED once a problem is found."""
    if _at_most(value, WHOLE_VALUES):
        return _whole(kind, value, loc, found)
    model, item, mapping = _record_type(kind), _item_type(kind), _mapping_types(kind)
    if model is not None and isinstance(value, dict):
        return _settle_record(model, value, loc, found)
    if item is not None and isinstance(value, list):
        parts = [_settle(item, part, (*loc, index), found) for index, part in enumerate(value)]
        return _together(kind, parts, loc, found)
    if mapping is not None and isinstance(value, dict):
        return _together(kind, _settle_mapping(mapping, value, loc, found), loc, found)
    return _whole(kind, value, loc, found)


def _settle_record(model: type[BaseModel], value: dict[str, Any], loc: Location, found: _Found) -> Any:
    fields, parts, failed = model.model_fields, {}, False
    for key, part in value.items():
        if key not in fields:
            found.add([Problem(json_path((*loc, key)), unknown_field())])
            failed = True
        else:
            parts[key] = _settle(_field_type(model, key), part, (*loc, key), found)
    if failed:
        found.complete = False  # the record's own checks (missing fields) were not made
        return _FAILED
    return _together(model, parts, loc, found)


def _settle_mapping(types_: tuple[Any, Any], value: dict[str, Any], loc: Location, found: _Found) -> dict[Any, Any]:
    key_type, value_type = types_
    parts = {}
    for key, part in value.items():
        checked = _whole(key_type, key, (*loc, key, "[key]"), found)
        parts[key if checked is _FAILED else checked] = _settle(value_type, part, (*loc, key), found)
    return parts


def _together(kind: Any, parts: list[Any] | dict[Any, Any], loc: Location, found: _Found) -> Any:
    values = parts.values() if isinstance(parts, dict) else parts
    if any(part is _FAILED for part in values):
        found.complete = False  # the whole's own checks (missing fields, lengths) were not made
        return _FAILED
    return _whole(kind, parts, loc, found)


def _whole(kind: Any, value: Any, loc: Location, found: _Found) -> Any:
    try:
        return _adapter(kind).validate_python(value)
    except ValidationError as error:
        found.add(validation_problems(error, loc))
        return _FAILED


def _at_most(value: Any, limit: int) -> bool:
    """True when ``value`` holds at most ``limit`` JSON values (counted without recursion)."""
    if type(value) not in _CONTAINERS:
        return True
    pending, count = [value], 0
    while pending:
        part = pending.pop()
        count += len(part)
        if count > limit:
            return False
        pending += [child for child in (part.values() if type(part) is dict else part) if type(child) in _CONTAINERS]
    return True


_CONTAINERS = (dict, list)


def _field_type(model: type[BaseModel], name: str) -> Any:
    field = model.model_fields[name]
    return Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation


def _bare(kind: Any) -> Any:
    """The type inside ``Annotated[...]`` and ``X | None``, when that is all there is."""
    while True:
        if typing.get_origin(kind) is Annotated:
            kind = typing.get_args(kind)[0]
            continue
        if typing.get_origin(kind) in (typing.Union, types.UnionType):
            others = [arg for arg in typing.get_args(kind) if arg is not type(None)]
            if len(others) == 1:
                kind = others[0]
                continue
        return kind


def _record_type(kind: Any) -> type[BaseModel] | None:
    bare = _bare(kind)
    return bare if isinstance(bare, type) and issubclass(bare, BaseModel) else None


def _item_type(kind: Any) -> Any:
    bare = _bare(kind)
    return typing.get_args(bare)[0] if typing.get_origin(bare) is list and typing.get_args(bare) else None


def _mapping_types(kind: Any) -> tuple[Any, Any] | None:
    bare = _bare(kind)
    args = typing.get_args(bare)
    return (args[0], args[1]) if typing.get_origin(bare) is dict and len(args) == 2 else None


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(kind: Any) -> TypeAdapter[Any]:
    try:
        return _ADAPTERS[kind]
    except KeyError:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
        return adapter
    except TypeError:  # an unhashable annotation: build it each time
        return TypeAdapter(kind)
