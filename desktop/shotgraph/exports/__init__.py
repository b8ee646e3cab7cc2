"""Exporters: plain modules that turn a project snapshot into files for crews and tools.

Each exporter has a name (the ``shotgraph export KIND``), the file suffixes it
writes and ``write(project, path, *, progress=None, **options)``. The registry finds
them by name; the UI runs them in a worker thread on a read-only snapshot.

An exporter that takes a while calls ``progress(done, total)`` as it goes; the UI's
callback raises ``ExportCancelled`` when the user cancels, and the exporter lets it
propagate without leaving a partial file behind (write to a temporary file, then replace).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shotgraph.core.io.atomic import refuse_read_only, remove_leftovers
from shotgraph.core.model import Project

Progress = Callable[[int, int], None]
"""``progress(done, total)``: how far an export is; raising ``ExportCancelled`` stops it."""


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    description: str
    write: Callable[..., list[Path] | None]
    """Writes the file; returns the files written when they are not just the path it was given."""
    stem: str = ""
    """The file name it suggests, without suffix ("shot-list", "timeline"); the name when empty."""
    alias_of: str = ""
    """The exporter this one is an earlier name of (``fcpxml`` of ``xmeml``): the command line still
    takes it, menus and the demo list only the exporter itself."""

    @property
    def file_stem(self) -> str:
        return self.stem or self.name

    def options(self, **candidates: object) -> dict[str, object]:
        """The candidates this exporter takes, without those left unset (None)."""
        taken = inspect.signature(self.write).parameters
        return {name: value for name, value in candidates.items() if name in taken and value is not None}


_REGISTRY: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add an exporter to the registry under its name."""
    _REGISTRY[exporter.name] = exporter
    return exporter


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name, in registration order."""
    _load_builtin()
    return dict(_REGISTRY)


def export(name: str, project: Project, path: Path, *, progress: Progress | None = None,
           **options: object) -> list[Path]:
    """Write ``project`` to ``path`` with the exporter called ``name``, reporting to ``progress`` if given;
    the files written: ``path``, or those the exporter names (an EDL per episode beside ``path``).

    A read-only ``path`` is refused (ReadOnlyFile) before any work is done, whichever way the exporter
    writes; temporaries a killed export of ``path`` left over a minute ago are removed first.
    """
    refuse_read_only(path)
    remove_leftovers(path, locked=False)
    if progress is not None:
        options["progress"] = progress
    written = exporters()[name].write(project, path, **options)
    return list(written) if written else [path]


BUILTIN = ("shotlist", "timeline", "calendar", "ai_jobs", "disclosure", "budget", "callsheet", "storyboard_pdf",
           "report", "animatic")
"""The built-in exporter modules, in the order menus list their exporters; each registers itself."""


def _load_builtin() -> None:
    for module in BUILTIN:
        importlib.import_module(f"{__name__}.{module}")
