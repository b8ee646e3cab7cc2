"""Records found by name while reading a file, and made on first use: the one get-or-create
the shot-list reader, the script reader and the script re-import share."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Generic, TypeVar

from shotgraph.core.model import new_id

Key = TypeVar("Key", bound=Hashable)


class NamedIds(Generic[Key]):
    """The id of each record by its name (or key); an unknown one gets a new id with ``prefix``,
    and ``make(id, key)`` adds its record (to the project, or as an edit)."""

    def __init__(self, prefix: str, make: Callable[[str, Key], object], known: Mapping[Key, str] | None = None) -> None:
        self._prefix, self._make = prefix, make
        self._ids: dict[Key, str] = dict(known or {})

    def __contains__(self, key: Key) -> bool:
        return key in self._ids

    def id_of(self, key: Key) -> str:
        """The record's id, made (and the record added) the first time ``key`` is asked for."""
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = new_id(self._prefix)
            self._make(found, key)
        return found
