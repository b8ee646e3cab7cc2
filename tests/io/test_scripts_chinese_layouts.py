"""Chinese scripts in every layout of docs/scripts.md import to what a script supervisor writes down.

Each script in tests/data/scripts/chinese has a ``.expected.json`` beside it: per scene its
number, time, INT/EXT, place, cast, extras, and its shots (dialogue or description) with the
characters in frame.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script

CORPUS = Path(__file__).resolve().parents[1] / "data" / "scripts" / "chinese"
SCRIPTS = sorted(CORPUS.glob("*.txt"))


def breakdown(result) -> dict:
    """The import as a script supervisor's breakdown, in the shape of the expected files."""
    project = result.project
    names = {c.id: c.name for c in project.characters}
    places = {loc.id: loc.name for loc in project.locations}
    episodes = []
    for episode in project.episodes:
        order = episode_order(episode)
        scenes = []
        for scene in episode.scenes:
            shots = [s for s in order if s.scene_id == scene.id]
            scenes.append({
                "code": scene.code, "time": scene.time_of_day and scene.time_of_day.value,
                "int_ext": scene.int_ext and scene.int_ext.value, "location": places.get(scene.location_id, ""),
                "cast": [names[c] for c in scene.cast], "extras": scene.extras,
                "shots": [s.dialogue or s.description for s in shots],
                "in_frame": [[names[c.character_id] for c in s.characters] for s in shots]})
        episodes.append({"number": episode.number, "title": episode.title, "scenes": scenes})
    return {"title": project.title, "author": result.script.author, "episodes": episodes}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.stem)
def test_each_layout_imports_to_the_supervisors_breakdown(script):
    expected = json.loads(script.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = read_script(script)
    found = breakdown(result)
    for episode in expected["episodes"]:
        for scene in episode["scenes"]:
            scene.pop("voices", None)
    assert found == expected
    assert result.kind == "chinese" and not result.unread
