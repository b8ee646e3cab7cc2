"""Where ShotGraph's bundled resources (demo, schema, fonts, translations, icons) live.

An installed ShotGraph (a wheel, pipx) carries them inside its package as
``shotgraph.bundled``, found through importlib.resources; in a source checkout they are
the repository's ``resources/`` folder; a frozen application bundle carries them beside
its executable. The ``SHOTGRAPH_RESOURCES`` environment variable overrides them all.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
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
    if (installed := _installed()) is not None:
        found.append(installed)
    found.append(Path(__file__).resolve().parents[2] / "resources")
    return found


def _installed() -> Path | None:
    """The resources an installed wheel carries, when they sit on disk as a folder."""
    try:
        samples = resources.files("shotgraph.bundled").joinpath("samples")
    except ModuleNotFoundError:
        return None
    return samples.parent if isinstance(samples, Path) else None
