"""The take circled in the editor is the one the exports carry: the timelines name it and its seed on the
clip, and the disclosure manifest lists its shot as AI content. (The animatic playing it is in
test_animatic.py.)"""

from __future__ import annotations

import json

import opentimelineio as otio
import pytest
from PIL import Image

from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode, Take
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture
def chosen(tmp_path):
    """The demo with two takes (red, green) of its first AI shot, the green one (seed 77) chosen."""
    project = load_project(demo_project_path())
    episode = project.episodes[0]
    shot = next(s for s in episode.shots if s.mode is Mode.AI)
    for name, colour in (("red.png", (220, 30, 30)), ("green.png", (30, 200, 30))):
        Image.new("RGB", (90, 160), colour).save(tmp_path / name)
    ai = shot.ai.model_copy(update={"takes": [Take(id="t1", image="red.png", seed=76),
                                              Take(id="t2", image="green.png", seed=77)], "chosen_take_id": "t2"})
    episode.shots[episode.shots.index(shot)] = shot.model_copy(update={"ai": ai})
    return project, shot.code


def clip_of(tmp_path, project, code):
    export("otio", project, tmp_path / "ep1.otio", episode=1, base=tmp_path)
    timeline = otio.adapters.read_from_file(str(tmp_path / "ep1.otio"))
    return next(c for c in timeline.video_tracks()[0] if c.name.endswith(f"_{code}"))


def test_the_timeline_names_the_chosen_take_and_its_seed(tmp_path, chosen):
    project, code = chosen
    clip = clip_of(tmp_path, project, code)
    assert clip.metadata["shotgraph"]["ai"]["chosen_take"] == "t2"
    assert clip.metadata["shotgraph"]["ai"]["seed"] == 77
    assert clip.markers[0].metadata["shotgraph"]["note"].endswith("seed 77")


def test_the_disclosure_manifest_lists_the_shot_of_the_chosen_take_as_ai_content(tmp_path, chosen):
    project, code = chosen
    export("disclosure", project, tmp_path / "disclosure.json")
    clips = json.loads((tmp_path / "disclosure.json").read_text(encoding="utf-8"))["episodes"][0]["ai_clips"]
    assert any(clip["shot"] == code and clip["mode"] == "ai" for clip in clips)

