"""The pictures and names a draw sends besides the prompt: the first frame (chained to the previous
shot's chosen take on request), each character's identity reference, the AI plate; and draws queued
together, followed in turn, and cancelled."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from PIL import Image

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS, small_project
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.draws import fetch_draw, plan_draws, send_draw
from shotgraph.core.generation.engine import DrawCancelled
from shotgraph.core.generation.templates import import_template, load_template
from shotgraph.core.model import Character, CharacterInShot, Edge, EdgeKind, Role, Take


def _picture(folder: Path, name: str, colour: str) -> str:
    (folder / "media").mkdir(exist_ok=True)
    Image.new("RGB", (90, 160), colour).save(folder / "media" / name)
    return f"media/{name}"


@pytest.fixture
def refs(tmp_path: Path):
    """Shot 1-1 shows 林晓 (a picture reference) and 周末 (a LoRA), follows 1-2 by a cut and has 1-4
    as its plate."""
    project = small_project()
    template = import_template(project, tmp_path, WORKFLOWS / "refs_api.json", "参考")
    episode = project.episodes[0]
    shot, before, _, plate = episode.shots[:4]
    shot.frame = _picture(tmp_path, "frame.png", "navy")
    project.characters[0].locked_ref = _picture(tmp_path, "linxiao.png", "red")
    project.characters.append(Character(id="c2", name="周末", locked_ref="zhoumo_v2.safetensors"))
    shot.characters = [CharacterInShot(character_id="c2"), CharacterInShot(character_id="c1")]
    for source, take_name, colour in ((before, "before.png", "green"), (plate, "plate.png", "grey")):
        source.ai.takes = [Take(id=f"t-{source.id}", image=_picture(tmp_path, take_name, colour))]
        source.ai.chosen_take_id = f"t-{source.id}"
    episode.edges = [Edge(id="c", kind=EdgeKind.CUT, source=before.id, target=shot.id),
                     Edge(id="p", kind=EdgeKind.PLATE, source=plate.id, target=shot.id)]
    return project, template, load_template(tmp_path, template), shot


def test_image_loaders_and_lora_loaders_are_bound_by_their_titles(refs):
    _, template, *_ = refs
    bound = {(b.role, b.node, b.input) for b in template.bindings}
    assert {(Role.IMAGE, "10", "image"), (Role.REFERENCE, "11", "lora_name"), (Role.REFERENCE, "12", "image"),
            (Role.PLATE, "13", "image")} <= bound


def test_a_draw_uploads_the_storyboard_frame_the_identity_reference_and_the_chosen_plate(refs, tmp_path: Path):
    project, template, workflow, shot = refs
    [request] = plan_draws(project, tmp_path, template, workflow, [shot], 1, "http://x")
    sent = {(u.binding.node, u.name): u.data for u in request.uploads}
    assert sent == {("10", "1-1-frame.png"): (tmp_path / "media/frame.png").read_bytes(),
                    ("12", "1-1-ref1.png"): (tmp_path / "media/linxiao.png").read_bytes(),
                    ("13", "1-1-plate.png"): (tmp_path / "media/plate.png").read_bytes()}
    assert request.workflow["11"]["inputs"]["lora_name"] == "zhoumo_v2.safetensors"


def test_chaining_sends_the_previous_shots_chosen_take_as_the_first_frame(refs, tmp_path: Path):
    project, template, workflow, shot = refs
    project.generation.chain_first_frame = True
    [request] = plan_draws(project, tmp_path, template, workflow, [shot], 1, "http://x")
    first = next(u for u in request.uploads if u.binding.role is Role.IMAGE)
    assert first.data == (tmp_path / "media/before.png").read_bytes()


def test_chaining_falls_back_to_the_storyboard_frame_when_the_previous_shot_has_no_chosen_take(refs, tmp_path):
    project, template, workflow, shot = refs
    project.generation.chain_first_frame = True
    project.episodes[0].shots[1].ai.chosen_take_id = None
    [request] = plan_draws(project, tmp_path, template, workflow, [shot], 1, "http://x")
    first = next(u for u in request.uploads if u.binding.role is Role.IMAGE)
    assert first.data == (tmp_path / "media/frame.png").read_bytes()


def test_uploads_reach_the_server_once_and_the_workflow_names_them(refs, tmp_path: Path, comfy: FakeComfyUI):
    project, template, workflow, shot = refs
    engine = ComfyUI(comfy.url)
    uploaded: dict[str, str] = {}
    try:
        for request in plan_draws(project, tmp_path, template, workflow, [shot], 2, comfy.url):
            fetch_draw(engine, tmp_path, send_draw(engine, request, uploaded), request.shot_code)
    finally:
        engine.close()
    assert sorted(comfy.uploads) == ["1-1-frame.png", "1-1-plate.png", "1-1-ref1.png"]
    assert [p["12"]["inputs"]["image"] for p in comfy.prompts] == ["1-1-ref1.png"] * 2


@pytest.fixture
def queued(tmp_path: Path, comfy: FakeComfyUI):
    """Three draws of shot 1-1 queued together on a server whose sampler steps take a while."""
    project = small_project()
    template = import_template(project, tmp_path, WORKFLOWS / "txt2img_api.json", "文生图")
    plan = plan_draws(project, tmp_path, template, load_template(tmp_path, template), project.episodes[0].shots[:1],
                      3, comfy.url, random.Random(2))
    engine = ComfyUI(comfy.url)
    jobs = [send_draw(engine, request, {}) for request in plan]
    yield engine, jobs
    engine.close()


def test_draws_queued_together_are_each_followed_to_their_outputs(queued, tmp_path: Path):
    engine, jobs = queued
    arrivals = [fetch_draw(engine, tmp_path, job, "1-1") for job in jobs]
    assert [a.job.prompt_id for a in arrivals] == [j.prompt_id for j in jobs]
    assert all((tmp_path / a.files[0]).is_file() for a in arrivals)


def test_a_cancelled_running_draw_ends_as_cancelled_and_a_waiting_one_never_runs(queued, tmp_path: Path,
                                                                                   comfy: FakeComfyUI):
    engine, jobs = queued
    comfy.step_seconds = 0.2
    canceller = ComfyUI(comfy.url)
    started = threading.Event()
    timer = threading.Thread(target=lambda: (started.wait(5), canceller.cancel(jobs[0].prompt_id),
                                             canceller.cancel(jobs[1].prompt_id)))
    timer.start()
    with pytest.raises(DrawCancelled):
        fetch_draw(engine, tmp_path, jobs[0], "1-1", on_progress=lambda _: started.set())
    timer.join(5)
    canceller.close()
    assert comfy.interrupted == [jobs[0].prompt_id]
    assert fetch_draw(engine, tmp_path, jobs[2], "1-1").files
    assert jobs[1].prompt_id not in comfy.history


def test_a_draw_queued_by_another_connection_is_followed_to_its_outputs(queued, tmp_path: Path, comfy: FakeComfyUI):
    """As after ShotGraph restarted: the server sends the job's messages to the connection that queued it."""
    _, jobs = queued
    comfy.step_seconds = 0.2
    later = ComfyUI(comfy.url)
    try:
        arrival = fetch_draw(later, tmp_path, jobs[2], "1-1")
    finally:
        later.close()
    assert (tmp_path / arrival.files[0]).is_file()
