"""The AI-disclosure manifest, read back as a platform's upload tool would."""

from __future__ import annotations

import json

import pytest

from shotgraph.core.io.store import load_project
from shotgraph.core.model import AIProvider, Disclosure, Episode, Project, Scene, Shot
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def manifest_of(project: Project, tmp_path) -> dict:
    export("disclosure", project, tmp_path / "disclosure.json")
    return json.loads((tmp_path / "disclosure.json").read_text(encoding="utf-8"))


def test_the_demo_manifest_gives_ranges_labels_and_the_registration_number(tmp_path, demo):
    data = manifest_of(demo, tmp_path)
    assert data["registration_number"] == "（浙）网微剧备字（2026）第0123号"
    first, second = data["episodes"]
    assert first["ai_ranges"][0] == {"start_s": 0.0, "end_s": 12.0, "shots": ["1-01", "1-02", "1-03"]}
    assert first["visible_label"] == {"text": "本集部分画面由AI生成", "position": "start", "start_s": 0.0,
                                      "duration_s": 3.0, "text_height_px": 60}
    assert second["contains_ai"] and second["implicit_label"]["fields"]["ProduceID"] == "NEON-E02-20261215"


def test_the_string_to_embed_is_the_exact_aigc_entry_with_fields_in_the_standards_order(tmp_path, demo):
    label = manifest_of(demo, tmp_path)["episodes"][0]["implicit_label"]
    assert label["key"] == "AIGC"
    assert label["value"] == (
        '{"AIGC":{"Label":"1","ContentProducer":"001191110108DEMO0SD0010001","ProduceID":"NEON-E01-20261215",'
        '"ReservedCode1":"","ContentPropagator":"001191110108DEMO0SD0010001","PropagateID":"NEON-E01-20261215",'
        '"ReservedCode2":""}}')
    assert json.loads(label["value"])["AIGC"] == label["fields"]


def test_each_ai_clip_names_the_provider_of_its_model(tmp_path, demo):
    clips = {clip["shot"]: clip for clip in manifest_of(demo, tmp_path)["episodes"][0]["ai_clips"]}
    kling = next(clip for clip in clips.values() if clip["model"] == "kling-2.1")
    assert kling["provider"] == "北京快手科技有限公司（演示）"
    assert kling["provider_code"] == "001191110105DEMO0KL0010001"
    assert kling["implicit_label"]["fields"]["ContentProducer"] == "001191110105DEMO0KL0010001"
    assert all(clip["mode"] in ("ai", "hybrid") for clip in clips.values())


def one_ai_shot_project(**disclosure) -> Project:
    scene = Scene(id="sc1", code="1")
    shot = Shot(id="sh1", code="镜1", scene_id=scene.id, mode="ai", ai={"model": "即梦-3.0"})
    episode = Episode(id="ep1", number=1, scenes=[scene], shots=[shot],
                      disclosure=Disclosure.model_validate(disclosure) if disclosure else None)
    return Project(id="pr", title="测试", episodes=[episode],
                   ai_providers=[AIProvider(model="即梦-3.0", provider="某某科技有限公司", code="PROV-JM-01")])


def test_a_clip_without_its_own_provider_falls_back_to_the_episodes_producer(tmp_path):
    project = one_ai_shot_project(metadata={"ContentProducer": "EPISODE-P", "ProduceID": "E1"})
    project.ai_providers = []
    [clip] = manifest_of(project, tmp_path)["episodes"][0]["ai_clips"]
    assert (clip["provider"], clip["provider_code"]) == (None, None)
    assert clip["implicit_label"]["fields"]["ContentProducer"] == "EPISODE-P"


def test_a_propagator_already_set_is_kept(tmp_path):
    project = one_ai_shot_project(metadata={"ProduceID": "E1", "ContentPropagator": "PLATFORM", "PropagateID": "P9"})
    fields = manifest_of(project, tmp_path)["episodes"][0]["implicit_label"]["fields"]
    assert (fields["ContentProducer"], fields["ContentPropagator"], fields["PropagateID"]) == \
        ("PROV-JM-01", "PLATFORM", "P9")


def test_an_episode_without_a_disclosure_has_no_labels_to_embed(tmp_path):
    episode = manifest_of(one_ai_shot_project(), tmp_path)["episodes"][0]
    assert episode["contains_ai"] and episode["visible_label"] is None and episode["implicit_label"] is None
    assert episode["ai_clips"][0]["provider_code"] == "PROV-JM-01"
    assert episode["ai_clips"][0]["implicit_label"] is None
