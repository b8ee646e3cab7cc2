"""Upgrading project files written by older ShotGraph versions, one format step at a time.

Each step is a small function ``migrate_N_to_N+1(data) -> data`` registered in
``MIGRATIONS`` under the version it upgrades from. A file of format 3 read by a
ShotGraph writing format 5 runs steps 3 and 4 in order. A file newer than
``SCHEMA_VERSION`` is refused: guessing at a future format could lose the user's work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import SCHEMA_VERSION
from .errors import InputError

Migration = Callable[[dict[str, Any]], dict[str, Any]]



def migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 2 gives scenes their cast (and extras count): a format-1 scene's cast is the characters
    drawn in its shots, in order of appearance. Parts not shaped as format 1 are left for validation
    to report."""
    episodes = data.get("episodes")
    for episode in episodes if isinstance(episodes, list) else ():
        if isinstance(episode, dict) and isinstance(episode.get("shots"), list):
            _derive_scene_casts(episode)
    return data


def _derive_scene_casts(episode: dict[str, Any]) -> None:
    cast: dict[Any, dict[Any, None]] = {}
    for shot in episode["shots"]:
        if isinstance(shot, dict) and isinstance(shot.get("characters"), list):
            drawn = cast.setdefault(str(shot.get("scene_id")), {})
            drawn.update((c.get("character_id"), None) for c in shot["characters"]
                         if isinstance(c, dict) and isinstance(c.get("character_id"), str))
    scenes = episode.get("scenes")
    for scene in scenes if isinstance(scenes, list) else ():
        if isinstance(scene, dict) and "cast" not in scene:
            scene["cast"] = list(cast.get(str(scene.get("id")), ()))


def migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Format 3 adds call-sheet settings (meal and breakfast hours, travel times, production office,
    logo, walkie channels); each has a default, so a format-2 file needs no change."""
    return data


def migrate_3_to_4(data: dict[str, Any]) -> dict[str, Any]:
    """Format 4 adds each shooting day's issued call sheets and the AI provider table;
    each has a default, so a format-3 file needs no change."""
    return data


def migrate_4_to_5(data: dict[str, Any]) -> dict[str, Any]:
    """Format 5 adds identity-reference and plate bindings, the overspend margin and first-frame
    chaining; each has a default, so a format-4 file needs no change."""
    return data


MIGRATIONS: dict[int, Migration] = {1: migrate_1_to_2, 2: migrate_2_to_3, 3: migrate_3_to_4, 4: migrate_4_to_5}
"""Upgrade steps keyed by the format version they read."""


def current_version() -> int:
    """The format version this ShotGraph writes (looked up late so tests can raise it)."""
    return SCHEMA_VERSION


def file_version(data: dict[str, Any], file: str | Path) -> int:
    """The checked ``schema_version`` of a parsed project file."""
    version = data.get("schema_version")
    if version is None:
        raise InputError(
            file, "the file has no schema_version; it is not a complete ShotGraph project", "schema_version"
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InputError(file, f"must be a whole number from 1 up (got {version!r})", "schema_version")
    newest = current_version()
    if version > newest:
        message = (
            f"made by a newer ShotGraph (format {version}); this version reads up to {newest}: please update ShotGraph"
        )
        raise InputError(file, message, "schema_version")
    return version


def upgrade(data: dict[str, Any], file: str | Path) -> dict[str, Any]:
    """The parsed file brought to the current format through every step from its own."""
    version = file_version(data, file)
    for step in range(version, current_version()):
        data = _run_step(step, data, file)
        data["schema_version"] = step + 1
    return data


def _run_step(step: int, data: dict[str, Any], file: str | Path) -> dict[str, Any]:
    migration = MIGRATIONS.get(step)
    if migration is None:
        raise InputError(file, f"this ShotGraph cannot upgrade format {step} files")
    try:
        return migration(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        message = f"could not upgrade from format {step} to {step + 1}: {type(error).__name__}: {error}"
        raise InputError(file, message) from error
