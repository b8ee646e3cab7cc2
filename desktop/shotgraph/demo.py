"""The bundled demo project 《霓虹之下》: where it lives, and copying it somewhere a user can edit it,
with every export beside it so a newcomer sees call sheets, timelines and reports at once."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError, OutputError
from shotgraph.resources import resource

DEMO_FILE = "demo.shotgraph"
MEDIA_FOLDER = "demo-media"
EXPORTS_FOLDER = "exports"


def demo_project_path() -> Path:
    """The bundled demo project file (read-only in an installed ShotGraph)."""
    return resource("samples", "demo", DEMO_FILE)


def write_demo(out_dir: Path, *, overwrite: bool = False) -> list[Path]:
    """Copy the demo project and its media folder into ``out_dir``, then write every export of it
    into ``out_dir/exports``; return the written files.

    Each file is written atomically. An existing demo in ``out_dir`` is replaced only
    when ``overwrite`` is set, so a user's edited copy is never lost by accident.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(out_dir, "is a file, not a folder")
    if (out_dir / DEMO_FILE).exists() and not overwrite:
        raise InputError(out_dir / DEMO_FILE, "already exists; ask to overwrite it to replace it")
    source = demo_project_path().parent
    files = [source / DEMO_FILE, *sorted(p for p in (source / MEDIA_FOLDER).rglob("*") if p.is_file())]
    copied = [_copy(path, out_dir / path.relative_to(source)) for path in files]
    return copied + write_exports(out_dir / DEMO_FILE, out_dir / EXPORTS_FOLDER)


def write_exports(project_file: Path, out_dir: Path) -> list[Path]:
    """Every registered export of a project: a file per exporter and suffix (``timeline.otio`` …), or the
    files an exporter names (``timeline-E01.edl`` …)."""
    from shotgraph.core.io.store import load_project
    from shotgraph.exports import exporters

    project = load_project(project_file)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(out_dir, f"could not create the folder ({error.strerror})") from error
    written = []
    for exporter in (e for e in exporters().values() if not e.alias_of):
        for suffix in exporter.suffixes:
            path = out_dir / f"{exporter.file_stem}{suffix}"
            written += exporter.write(project, path, **exporter.options(base=project_file.parent)) or [path]
    return written


def _copy(source: Path, target: Path) -> Path:
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(source, f"the bundled demo cannot be read ({error.strerror}); reinstall ShotGraph") from error
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(target.parent, f"could not create the folder ({error.strerror})") from error
    return atomic_write(target, data)
