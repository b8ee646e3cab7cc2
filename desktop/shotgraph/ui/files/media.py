"""Keeping media paths valid when Save As moves a project to another folder.

Media paths are relative to the project's folder, so the frames, takes and reference
images the project names are copied to the same relative places under the new folder.
Files already there are left alone; nothing under the old folder is moved or deleted.
"""

from __future__ import annotations

import shutil
import typing
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from shotgraph.core.io.errors import OutputError
from shotgraph.core.model import MediaPath, Project


@dataclass
class MediaCopy:
    """What a Save As did with the media: copied, already in place, or missing at the old folder."""

    copied: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _holds_media(annotation: object) -> bool:
    return annotation == MediaPath or any(_holds_media(arg) for arg in typing.get_args(annotation))


def media_paths(model: BaseModel) -> set[str]:
    """Every media path the model and the models inside it name."""
    found: set[str] = set()
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if _holds_media(info.annotation) or any(m in info.metadata for m in MediaPath.__metadata__):
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
        source, target = old_folder / relative, new_folder / relative
        if target.exists():
            continue
        if not source.is_file():
            result.missing.append(relative)
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        except OSError as error:
            raise OutputError(target, f"could not copy the media file ({error.strerror or error})") from error
        result.copied.append(relative)
    return result
