"""Where ShotGraph's bundled resources (demo, schema, fonts, translations) live.

In a source checkout they are the repository's ``resources/`` folder; a
frozen application bundle carries them beside its executable; the
``SHOTGRAPH_RESOURCES`` environment variable overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from shotgraph.core.io.errors import InputError


def resources_dir() -> Path:
    """The folder holding ShotGraph's resources."""
    for candidate in _candidates():
        if (candidate / "samples").is_dir():
            return candidate
    raise InputError("resources", "ShotGraph's resources folder is missing; reinstall ShotGraph")


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)


def _candidates() -> list[Path]:
    found = []
    if override := os.environ.get("SHOTGRAPH_RESOURCES"):
        found.append(Path(override))
    if bundle := getattr(sys, "_MEIPASS", None):
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parents[2] / "resources")
    return found
