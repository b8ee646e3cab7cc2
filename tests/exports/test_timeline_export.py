"""The OpenTimelineIO timeline read back: clips, order, durations, shot data, AI markers and the AIGC label."""

from __future__ import annotations

import json

import opentimelineio as otio
import pytest
from timeline_reading import SEEDS, hostile_project, picture_codes

from shotgraph.core.aigc import clip_label, implicit_label, implicit_label_text, provider_of
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def test_otio_holds_one_timeline_per_episode_with_the_shots_in_order(tmp_path, demo):
    path = tmp_path / "demo.otio"
    export("otio", demo, path, base=demo_project_path().parent)
    collection = otio.adapters.read_from_file(str(path))
    assert [t.name for t in collection] == ["霓虹之下 E01 失踪的渡船", "霓虹之下 E02 雾中来电"]
    for timeline, episode in zip(collection, demo.episodes, strict=True):
        assert [clip.name for clip in timeline.video_tracks()[0]] == picture_codes(episode)


def test_clip_durations_follow_the_shots_and_carry_their_data(tmp_path, demo):
    path = tmp_path / "ep1.otio"
    export("otio", demo, path, episode=1)
    timeline = otio.adapters.read_from_file(str(path))
    episode = demo.episodes[0]
    shots = {f"E01_{s.code}": s for s in episode.shots}
    providers = set()
    for clip in timeline.video_tracks()[0]:
        shot = shots[clip.name]
        assert clip.duration().to_seconds() == pytest.approx(shot.duration_s or 3.0)
        data = clip.metadata["shotgraph"]
        assert data["mode"] == shot.mode.value and data["code"] == shot.code
        if shot.mode.value != "live":
            assert data["ai"]["model"] == shot.ai.model and data["ai"]["seed"] == shot.ai.seed
            assert data["ai_generated"] is True
            entry = provider_of(demo, shot.ai.model)
            assert data["ai"]["provider_code"] == (entry.code if entry is not None else None)
            providers.add(data["ai"]["provider"])
            assert data["ai"]["AIGC"] == implicit_label_text(clip_label(demo, episode, shot))
    assert timeline.metadata["shotgraph"]["disclosure"]["label"] == episode.disclosure.label_text
    assert "北京火山引擎科技有限公司（演示）" in providers


def test_each_ai_or_hybrid_clip_has_a_marker_naming_its_model_and_seed(tmp_path, demo):
    path = tmp_path / "ep1.otio"
    export("otio", demo, path, episode=1)
    clips = {clip.name: clip for clip in otio.adapters.read_from_file(str(path)).video_tracks()[0]}
    for shot in demo.episodes[0].shots:
        clip = clips.get(f"E01_{shot.code}")
        if clip is None:
            continue
        markers = [(marker.name, marker.metadata["shotgraph"]["note"]) for marker in clip.markers]
        if shot.mode.value == "live":
            assert markers == []
        else:
            [(name, note)] = markers
            assert name == {"ai": "AI", "hybrid": "AI hybrid"}[shot.mode.value]
            assert note.startswith(f"{name}: ") and f"model {shot.ai.model or 'not set'}," in note
            assert note.endswith(f"seed {'not set' if shot.ai.seed is None else shot.ai.seed}")


def test_every_episode_timeline_carries_its_implicit_label_under_the_uppercase_key(tmp_path, demo):
    path = tmp_path / "demo.otio"
    export("otio", demo, path)
    collection = otio.adapters.read_from_file(str(path))
    as_json = json.loads(path.read_text(encoding="utf-8"))["children"]
    for timeline, written, episode in zip(collection, as_json, demo.episodes, strict=True):
        expected = implicit_label_text(implicit_label(demo, episode))
        assert timeline.metadata["AIGC"] == written["metadata"]["AIGC"] == expected
    assert '"aigc"' not in path.read_text(encoding="utf-8")


def test_an_episode_without_ai_content_has_no_label(tmp_path, demo):
    project = demo.model_copy(deep=True)
    for shot in project.episodes[0].shots:
        shot.mode = Mode.LIVE
    export("otio", project, tmp_path / "live.otio", episode=1)
    timeline = otio.adapters.read_from_file(str(tmp_path / "live.otio"))
    assert "AIGC" not in timeline.metadata
    assert not [marker for clip in timeline.find_clips() for marker in clip.markers]


def test_an_alternative_take_sits_disabled_on_its_own_track(tmp_path, demo):
    path = tmp_path / "ep1.otio"
    export("otio", demo, path, episode=1)
    timeline = otio.adapters.read_from_file(str(path))
    picture, alternates = timeline.video_tracks()
    assert "E01_1-06B" not in [c.name for c in picture]
    [alternate] = list(alternates.find_clips())
    assert alternate.name == "E01_1-06B" and not alternate.enabled
    main = next(c for c in picture if c.name == "E01_1-06")
    assert alternates.range_of_child(alternate).start_time == picture.range_of_child(main).start_time


@pytest.mark.parametrize("kind", ["otio", "edl", "xmeml"])
def test_an_unknown_episode_is_refused_naming_the_episodes_there_are(tmp_path, demo, kind):
    with pytest.raises(InputError, match="no episode 9 .episodes: 1, 2"):
        export(kind, demo, tmp_path / "x.out", episode=9)
    assert list(tmp_path.iterdir()) == []


def test_otio_keeps_the_whole_title_past_a_nul_and_the_extreme_seeds(tmp_path):
    path = tmp_path / "hostile.otio"
    export("otio", hostile_project(), path, episode=1)
    timeline = otio.adapters.read_from_file(str(path))
    assert timeline.name == "霓虹 之下 E01 第1集"
    clips = list(timeline.video_tracks()[0])
    data = clips[0].metadata["shotgraph"]
    assert data["description"] == "上\n\n下" and data["scene"].startswith("1")
    seeds = {clip.metadata["shotgraph"].get("ai", {}).get("seed") for clip in clips} - {None}
    assert seeds <= set(SEEDS) and seeds
