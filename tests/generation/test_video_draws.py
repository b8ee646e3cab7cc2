"""A video draw end to end: a shot sent through a text-to-video workflow comes back as a video take,
priced by the seconds it runs, and once chosen plays in the animatic and stands in the timeline."""

from __future__ import annotations

import json
import random
from pathlib import Path

import av
import pytest

from comfy_server import VIDEO_COLOUR, VIDEO_FRAMES, FakeComfyUI
from generation_fixtures import WORKFLOWS, small_project
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.draws import Batch
from shotgraph.core.generation.templates import import_template, load_template
from shotgraph.core.model import DeliveryFormat, Role
from shotgraph.exports.animatic import write_animatic
from shotgraph.exports.timeline_otio import episode_timeline

SIZE = (270, 480)
FPS = 12


@pytest.fixture
def drawn(tmp_path: Path, comfy: FakeComfyUI):
    """Shot 1-1 (4 s) drawn once through the text-to-video template, at 270×480 and 12 fps."""
    project = small_project()
    project.delivery = DeliveryFormat(width=SIZE[0], height=SIZE[1], fps=FPS)
    project.generation.cost_per_compute_second = 0.01
    project.generation.cost_per_generated_second = 0.5
    template = import_template(project, tmp_path, WORKFLOWS / "txt2video_api.json", "文生视频")
    engine = ComfyUI(comfy.url)
    try:
        batch = Batch(project, tmp_path, engine, template, load_template(tmp_path, template))
        shot = project.episodes[0].shots[0]
        [outcome] = batch.run([shot], draws=1, rng=random.Random(3))
    finally:
        engine.close()
    assert outcome.error == ""
    return project, shot, template, comfy.prompts[0]


def test_the_template_binds_the_video_latent_frame_rate_and_saver(drawn):
    _, _, template, _ = drawn
    bound = {(b.role, b.node, b.input) for b in template.bindings}
    assert {(Role.FRAMES, "40", "length"), (Role.FPS, "49", "fps"), (Role.OUTPUT_NAME, "50", "filename_prefix"),
            (Role.MODEL, "37", "unet_name"), (Role.WIDTH, "40", "width")} <= bound


def test_a_video_draw_sends_the_shot_length_and_comes_back_as_a_video_take(drawn, tmp_path: Path):
    project, shot, _, sent = drawn
    assert sent["40"]["inputs"]["length"] == round(shot.duration_s * FPS) == 48
    assert sent["49"]["inputs"]["fps"] == FPS and sent["50"]["inputs"]["filename_prefix"] == "shotgraph/1-1"
    assert (sent["40"]["inputs"]["width"], sent["40"]["inputs"]["height"]) == SIZE
    [take] = shot.ai.takes
    assert take.image is None and take.video is not None and take.video.endswith(".mp4")
    assert take.video.startswith("media/takes/1-1-")
    with av.open(str(tmp_path / take.video)) as container:
        assert container.format.name.startswith("mov,mp4")
        assert sum(1 for _ in container.decode(video=0)) == VIDEO_FRAMES
    proof = take.provenance
    assert proof.model == "wan2.1_t2v_1.3B_fp16.safetensors" and proof.compute_seconds == 2.5
    assert proof.cost == pytest.approx(2.5 * 0.01 + 4 * 0.5)
    assert project.generation.jobs == []


def test_a_chosen_video_take_plays_in_the_animatic_and_is_the_timeline_clip(drawn, tmp_path: Path):
    project, shot, _, _ = drawn
    shot.ai.chosen_take_id = shot.ai.takes[0].id
    [path] = write_animatic(project, tmp_path / "out", base=tmp_path, episode=1)
    with av.open(str(path)) as container:
        late_in_the_shot = next(f for n, f in enumerate(container.decode(video=0)) if n == FPS * 4 - 4)
    red, green, blue = late_in_the_shot.to_image().getpixel((SIZE[0] // 2, SIZE[1] // 3))
    assert abs(red - VIDEO_COLOUR[0]) < 20 and abs(green - VIDEO_COLOUR[1]) < 20 and abs(blue - VIDEO_COLOUR[2]) < 20
    timeline = episode_timeline(project, project.episodes[0], tmp_path)
    clip = timeline.tracks[0].find_clips()[0]
    assert clip.media_reference.target_url == (tmp_path / shot.ai.takes[0].video).resolve().as_uri()


def test_a_workflow_saved_by_video_helper_suite_brings_back_its_mp4_too(tmp_path: Path, comfy: FakeComfyUI):
    workflow = json.loads((WORKFLOWS / "txt2video_api.json").read_text(encoding="utf-8"))
    del workflow["49"]
    workflow["50"] = {"class_type": "VHS_VideoCombine", "inputs": {
        "images": ["8", 0], "frame_rate": 16, "loop_count": 0, "filename_prefix": "AnimateDiff",
        "format": "video/h264-mp4", "pingpong": False, "save_output": True}}
    (tmp_path / "vhs_api.json").write_text(json.dumps(workflow), encoding="utf-8")
    project = small_project()
    template = import_template(project, tmp_path, tmp_path / "vhs_api.json")
    engine = ComfyUI(comfy.url)
    try:
        batch = Batch(project, tmp_path, engine, template, load_template(tmp_path, template))
        [outcome] = batch.run([project.episodes[0].shots[0]], draws=1)
    finally:
        engine.close()
    assert outcome.take is not None and outcome.take.image is None and outcome.take.video.endswith(".mp4")
    assert comfy.prompts[0]["50"]["inputs"]["frame_rate"] == project.delivery.fps
    assert "gifs" in next(iter(comfy.history.values()))["outputs"]["50"]
