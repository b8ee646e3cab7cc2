"""Editorial timelines read back with OpenTimelineIO: clips, order, durations and shot data."""

from __future__ import annotations

import opentimelineio as otio
import pytest

from shotgraph.core.graph import picture_order
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def picture_codes(episode) -> list[str]:
    return [f"E{episode.number:02d}_{shot.code}" for shot in picture_order(episode)]


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
    for clip in timeline.video_tracks()[0]:
        shot = shots[clip.name]
        assert clip.duration().to_seconds() == pytest.approx(shot.duration_s or 3.0)
        data = clip.metadata["shotgraph"]
        assert data["mode"] == shot.mode.value and data["code"] == shot.code
        if shot.mode.value != "live":
            assert data["ai"]["model"] == shot.ai.model and data["ai"]["seed"] == shot.ai.seed
            assert data["ai_generated"] is True
    assert timeline.metadata["shotgraph"]["disclosure"]["label"] == episode.disclosure.label_text


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


def test_the_edl_reads_back_with_every_picture_clip_of_both_episodes(tmp_path, demo):
    path = tmp_path / "demo.edl"
    export("edl", demo, path)
    timeline = otio.adapters.read_from_file(str(path))
    names = [clip.name for clip in timeline.find_clips()]
    assert names == picture_codes(demo.episodes[0]) + picture_codes(demo.episodes[1])
    total = sum((s.duration_s or 3.0) for e in demo.episodes for s in picture_order(e))
    assert timeline.duration().to_seconds() == pytest.approx(total)


def test_fcp_xml_reads_back_as_a_sequence_per_episode(tmp_path, demo):
    path = tmp_path / "demo.xml"
    export("fcpxml", demo, path, base=demo_project_path().parent)
    result = otio.adapters.read_from_file(str(path))
    timelines = list(result.find_children(descended_from_type=otio.schema.Timeline)) or list(result)
    assert len(timelines) == 2
    assert [c.name for c in timelines[1].video_tracks()[0]] == picture_codes(demo.episodes[1])


def test_an_unknown_episode_is_refused_naming_the_episodes_there_are(tmp_path, demo):
    with pytest.raises(InputError, match="no episode 9 .episodes: 1, 2"):
        export("edl", demo, tmp_path / "x.edl", episode=9)
    assert not (tmp_path / "x.edl").exists()
