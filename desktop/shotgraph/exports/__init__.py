"""Exporters: plain modules that turn a project snapshot into files for crews and tools.

Each exporter has a name (the ``shotgraph export KIND``), the file suffixes it
writes and ``write(project, path, **options)``. The registry finds them by name;
the UI runs them in a worker thread on a read-only snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shotgraph.core.model import Project


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    description: str
    write: Callable[..., None]


_REGISTRY: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add an exporter to the registry under its name."""
    _REGISTRY[exporter.name] = exporter
    return exporter


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name, in registration order."""
    _load_builtin()
    return dict(_REGISTRY)


def export(name: str, project: Project, path: Path, **options: object) -> None:
    """Write ``project`` to ``path`` with the exporter called ``name``."""
    exporters()[name].write(project, path, **options)


def _load_builtin() -> None:
    from . import shotlist  # noqa: F401  (registers csv and xlsx)
