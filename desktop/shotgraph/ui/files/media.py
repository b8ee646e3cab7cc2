"""Keeping media paths valid when Save As moves a project to another folder.

Media paths are relative to the project's folder, so the frames, takes and reference
images the project names are copied to the same relative places under the new folder.
Files already there are left alone; nothing under the old folder is moved or deleted.
Only regular files inside the old folder are copied (a link leading out of it, a pipe or a
device counts as missing), and nothing is written through a link leading out of the new one.
"""

from __future__ import annotations

import os
import shutil
import stat
import typing
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.images import ImageRefused, media_file
from shotgraph.core.model import MediaPath, Project


@dataclass
class MediaCopy:
    """What a Save As did with the media: copied, already in place, or missing at the old folder."""

    copied: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """Not found as a regular file inside the old folder: absent, or a link leading out of it."""


def _holds_media(annotation: object) -> bool:
    return annotation == MediaPath or any(_holds_media(arg) for arg in typing.get_args(annotation))


def media_paths(model: BaseModel) -> set[str]:
    """Every media path the model and the models inside it name."""
    found: set[str] = set()
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if _holds_media(info.annotation) or any(m in info.metadata for m in typing.get_args(MediaPath)[1:]):
            found.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                found |= media_paths(item)
    return found


def copy_media(project: Project, old_folder: Path, new_folder: Path) -> MediaCopy:
    """Copy each media file ``project`` names from ``old_folder`` to ``new_folder`` (OutputError on failure)."""
    result = MediaCopy()
    for relative in sorted(media_paths(project)):
        target = _target(new_folder, relative)
        if os.path.lexists(target):
            continue
        source = _source(old_folder, relative)
        if source is None:
            result.missing.append(relative)
            continue
        try:
            _copy_file(source, target)
        except OSError as error:
            raise OutputError(target, f"could not copy the media file ({error.strerror or error})") from error
        result.copied.append(relative)
    return result


def _source(folder: Path, relative: str) -> Path | None:
    """The regular file a media path leads to inside ``folder``, None when there is none."""
    try:
        source = media_file(folder, relative)
        return source if stat.S_ISREG(os.stat(source).st_mode) else None
    except (ImageRefused, OSError):
        return None


def _target(folder: Path, relative: str) -> Path:
    """Where a media file goes in the new folder; OutputError when a link there would lead it out."""
    try:
        media_file(folder, relative)
    except ImageRefused:
        raise OutputError(folder / relative, "could not copy the media file: a link in the new folder "
                                             "leads outside it") from None
    return folder / relative


def _copy_file(source: Path, target: Path) -> None:
    """Copy into a fresh file (never through an existing link), then give it its final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    with source.open("rb") as reading, partial.open("xb") as writing:
        shutil.copyfileobj(reading, writing)
    shutil.copystat(source, partial)
    partial.replace(target)
