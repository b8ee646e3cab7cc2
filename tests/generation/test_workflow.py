"""Workflow templates: API-format files are read and bound automatically; anything else is refused
with one message naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generation_fixtures import WORKFLOWS
from shotgraph.core.generation.workflow import automatic_bindings, filled_in, read_workflow
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Role


def bindings_of(path: Path) -> dict[Role, tuple[str, str]]:
    return {b.role: (b.node, b.input) for b in automatic_bindings(read_workflow(path))}


def test_common_nodes_are_bound_and_the_negative_encoder_is_told_apart_by_the_sampler_link():
    assert bindings_of(WORKFLOWS / "txt2img_api.json") == {
        Role.SEED: ("3", "seed"), Role.MODEL: ("4", "ckpt_name"), Role.WIDTH: ("5", "width"),
        Role.HEIGHT: ("5", "height"), Role.BATCH: ("5", "batch_size"), Role.PROMPT: ("6", "text"),
        Role.NEGATIVE: ("7", "text"), Role.OUTPUT_NAME: ("9", "filename_prefix"), Role.IMAGE: ("10", "image"),
    }


def test_negative_encoder_found_even_when_it_comes_first(tmp_path: Path):
    workflow = json.loads((WORKFLOWS / "txt2img_api.json").read_text())
    workflow["3"]["inputs"]["positive"], workflow["3"]["inputs"]["negative"] = ["7", 0], ["6", 0]
    path = tmp_path / "swapped.json"
    path.write_text(json.dumps(workflow))
    found = bindings_of(path)
    assert (found[Role.PROMPT], found[Role.NEGATIVE]) == (("7", "text"), ("6", "text"))


def test_filling_in_sets_bound_inputs_keeps_links_and_never_writes_the_model():
    workflow = read_workflow(WORKFLOWS / "txt2img_api.json")
    bindings = automatic_bindings(workflow)
    filled = filled_in(workflow, bindings, {Role.PROMPT: "雨夜", Role.SEED: 7, Role.WIDTH: 1080,
                                            Role.MODEL: "other.ckpt", Role.NEGATIVE: None})
    assert filled["6"]["inputs"] == {"text": "雨夜", "clip": ["4", 1]}
    assert (filled["3"]["inputs"]["seed"], filled["5"]["inputs"]["width"]) == (7, 1080)
    assert filled["4"]["inputs"]["ckpt_name"] == "sdxl_base.safetensors"
    assert filled["7"]["inputs"]["text"] == "text, watermark"
    assert workflow["6"]["inputs"]["text"] == "beautiful scenery"


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_workflow(path)
    assert caught.value.file == str(path)
    return caught.value.message


def test_an_editor_format_workflow_is_refused_with_the_hint_to_export_the_api_format():
    message = refusal(WORKFLOWS / "editor_format.json")
    assert "editor format" in message and "Export (API)" in message and "Save (API)" in message


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xff\xfe not json", "is not a JSON file"),
    (b"{\"3\": {\"class_type\": \"KSampler\"", "is not a JSON file"),
    (b"[1, 2, 3]", "is not an API-format workflow"),
    (b"{\"3\": {\"inputs\": {}}}", "node '3' has no class_type"),
    (b"{\"3\": {\"class_type\": \"KSampler\", \"inputs\": " + b"[" * 100_000 + b"]" * 100_000 + b"}}",
     "nested too deeply"),
    (b"{\"3\": {\"class_type\": \"K\", \"inputs\": {\"a\": " + b"[" * 30 + b"]" * 30 + b"}}}", "nested too deeply"),
])
def test_broken_or_hostile_workflow_files_are_refused_with_one_message(tmp_path: Path, content: bytes,
                                                                        expected: str):
    path = tmp_path / "坏的.json"
    path.write_bytes(content)
    assert expected in refusal(path)


def test_a_workflow_file_too_large_is_refused_before_it_is_parsed(tmp_path: Path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (6 * 2**20))
    assert "MB" in refusal(path)


def test_a_video_workflow_gets_the_shots_frame_count_and_rate():
    from generation_fixtures import small_project
    from shotgraph.core.generation.draws import shot_values

    workflow = {
        "1": {"class_type": "EmptyHunyuanLatentVideo", "inputs": {"width": 848, "height": 480, "length": 25,
                                                                 "batch_size": 1}},
        "2": {"class_type": "CreateVideo", "inputs": {"fps": 24, "images": ["1", 0]}},
        "3": {"class_type": "SaveVideo", "inputs": {"filename_prefix": "video/ComfyUI", "video": ["2", 0]}},
    }
    bindings = automatic_bindings(workflow)
    assert {(b.role, b.node, b.input) for b in bindings} >= {(Role.FRAMES, "1", "length"), (Role.FPS, "2", "fps"),
                                                             (Role.OUTPUT_NAME, "3", "filename_prefix")}
    project = small_project()
    shot = project.episodes[0].shots[0]
    filled = filled_in(workflow, bindings, shot_values(project, shot, seed=1))
    assert (filled["1"]["inputs"]["length"], filled["2"]["inputs"]["fps"]) == (100, 25.0)
    assert (filled["1"]["inputs"]["width"], filled["1"]["inputs"]["height"]) == (1080, 1920)
    untimed = project.episodes[0].shots[1]
    assert filled_in(workflow, bindings, shot_values(project, untimed, 1))["1"]["inputs"]["length"] == 25
