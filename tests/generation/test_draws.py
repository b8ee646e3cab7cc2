"""Draws of shots: preflight, new seeds, the shot's data sent, outputs brought back as takes with their
provenance and cost, and draws in flight picked up again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS, small_project
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.draws import Batch, draw_seeds, resume_jobs
from shotgraph.core.generation.engine import ServerUnreachable
from shotgraph.core.generation.preflight import generated_shots, preflight
from shotgraph.core.generation.templates import find_template, import_template, load_template
from shotgraph.core.model import PendingJob, Take


@pytest.fixture
def setup(tmp_path: Path, comfy: FakeComfyUI):
    project = small_project()
    project.generation.cost_per_compute_second = 0.01
    project.generation.cost_per_generated_second = 0.5
    template = import_template(project, tmp_path, WORKFLOWS / "txt2img_api.json", "文生图")
    engine = ComfyUI(comfy.url)
    batch = Batch(project, tmp_path, engine, template, load_template(tmp_path, template))
    yield project, batch, comfy
    engine.close()


def test_preflight_names_what_holds_each_shot_back_and_estimates_the_rest():
    project = small_project()
    project.generation.cost_per_generated_second = 1.0
    project.generation.cost_per_compute_second = 0.0
    shots = generated_shots(project.episodes[0])
    check = preflight(project, shots, draws=3)
    assert [s.code for s in check.ready] == ["1-1"]
    reasons = {code: [str(r) for r in held] for code, held in check.blocked.items()}
    assert reasons == {"1-2": ["error finding: 混合镜头 1-2 没有背景板"], "1-3": ["no prompt"],
                       "1-4": ["no identity reference for 林晓"]}
    assert check.estimate == 3 * 4


def test_an_error_finding_on_a_shot_no_longer_holds_it_back_when_sent_anyway():
    project = small_project()
    check = preflight(project, generated_shots(project.episodes[0]), draws=2, anyway=True)
    assert [s.code for s in check.ready] == ["1-1", "1-2"]
    assert "1-2" not in check.blocked and [str(r) for r in check.blocked["1-3"]] == ["no prompt"]


def test_each_draw_gets_a_new_seed_never_used_by_a_take_of_the_shot():
    shot = small_project().episodes[0].shots[0]
    first = draw_seeds(shot, 1, random.Random(4))[0]
    shot.ai.takes.append(Take(id="t0", seed=first))
    seeds = draw_seeds(shot, 5, random.Random(4))
    assert len(set(seeds)) == 5 and first not in seeds and all(0 <= s < 2**32 for s in seeds)


def test_draws_send_the_shot_data_and_come_back_as_takes_with_provenance(setup, tmp_path: Path):
    project, batch, comfy = setup
    shot = project.episodes[0].shots[0]
    outcomes = list(batch.run([shot], draws=2, rng=random.Random(1)))
    assert [o.error for o in outcomes] == ["", ""]
    sent = comfy.prompts[0]
    assert (sent["6"]["inputs"]["text"], sent["7"]["inputs"]["text"]) == ("雨夜的上海外滩，霓虹倒影", "文字, 水印")
    assert (sent["5"]["inputs"]["width"], sent["5"]["inputs"]["height"]) == (1080, 1920)
    assert sent["3"]["inputs"]["seed"] == outcomes[0].seed and sent["9"]["inputs"]["filename_prefix"] == "shotgraph/1-1"
    take = shot.ai.takes[0]
    assert take.seed == outcomes[0].seed and shot.ai.takes_tried == 2
    assert (tmp_path / take.image).read_bytes().startswith(b"\x89PNG")
    proof = take.provenance
    assert (proof.server, proof.workflow, proof.model) == (comfy.url, "文生图", "sdxl_base.safetensors")
    assert proof.prompt_id in comfy.history and len(proof.workflow_sha256) == 64
    assert proof.compute_seconds == 2.5 and proof.cost == pytest.approx(0.025)
    assert proof.started and proof.finished and project.generation.jobs == []


def test_a_failed_draw_is_reported_and_leaves_no_take_nor_job(setup):
    project, batch, comfy = setup
    comfy.mode = "fail"
    outcomes = list(batch.run(project.episodes[0].shots[:1], draws=1))
    assert "failed at node 3 (KSampler)" in outcomes[0].error
    assert project.episodes[0].shots[0].ai.takes == [] and project.generation.jobs == []


def test_a_large_output_is_refused_and_nothing_is_kept(setup, tmp_path: Path):
    project, batch, comfy = setup
    comfy.mode = "large"
    batch.max_output_bytes = 2**20
    outcomes = list(batch.run(project.episodes[0].shots[:1], draws=1))
    assert "larger than 1 MB" in outcomes[0].error
    assert not list((tmp_path / "media" / "takes").glob("*"))


def test_the_storyboard_frame_is_uploaded_and_bound_to_the_image_loader(setup, tmp_path: Path):
    project, batch, comfy = setup
    shot = project.episodes[0].shots[0]
    (tmp_path / "frames").mkdir()
    Image.new("RGB", (90, 160), "navy").save(tmp_path / "frames" / "分镜.png")
    shot.frame = "frames/分镜.png"
    list(batch.run([shot], draws=1))
    assert comfy.uploads == {"1-1-frame.png": (tmp_path / "frames" / "分镜.png").read_bytes()}
    assert comfy.prompts[0]["10"]["inputs"]["image"] == "1-1-frame.png"


def test_each_queued_draw_is_recorded_as_in_flight_before_it_is_followed(setup):
    project, batch, _ = setup
    in_flight: list[list[str]] = []
    batch.saved = lambda: in_flight.append([j.prompt_id for j in project.generation.jobs])
    list(batch.run(project.episodes[0].shots[:1], draws=1))
    assert len(in_flight[0]) == 1 and in_flight[-1] == []


def test_draws_in_flight_are_brought_back_or_reported_lost(setup, tmp_path: Path):
    project, batch, comfy = setup
    engine = batch.engine
    done = engine.queue(load_template(tmp_path, batch.template))
    engine.follow(done)
    jobs = [PendingJob(shot_id="s1", prompt_id=done, server=comfy.url, template="文生图", seed=5,
                       started="2026-12-04T10:00:00+00:00"),
            PendingJob(shot_id="s2", prompt_id="forgotten", server=comfy.url, template="文生图")]
    project.generation.jobs.extend(jobs)
    outcomes = list(resume_jobs(project, tmp_path, engine))
    assert outcomes[0].take is not None and outcomes[0].take.seed == 5
    assert "the job forgotten was lost" in outcomes[1].error
    assert project.generation.jobs == []


def test_an_unreachable_server_stops_the_batch(setup):
    project, batch, comfy = setup
    comfy.stop()
    with pytest.raises(ServerUnreachable):
        list(batch.run(project.episodes[0].shots[:2], draws=2))


def test_templates_are_found_by_name_and_a_missing_one_is_bad_input(setup, tmp_path: Path):
    from shotgraph.core.io.errors import InputError

    project, *_ = setup
    assert find_template(project, None, tmp_path).name == "文生图"
    assert (tmp_path / "media" / "workflows" / "文生图.json").is_file()
    with pytest.raises(InputError, match="no workflow template called 'x' \\(it has: 文生图\\)"):
        find_template(project, "x", tmp_path)
