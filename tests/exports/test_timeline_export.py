"""Editorial timelines read back with OpenTimelineIO: clips, order, durations and shot data."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import opentimelineio as otio
import pytest

from shotgraph.core.graph import picture_order
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export
from shotgraph.exports import timeline as timeline_export


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


CONTROL = "\x00\x07\x1b\n\r\x7f"
"""NUL, BEL, ESC, a line break, a carriage return and DEL: what a pasted or imported title can hold."""
SEEDS = (-(2**63), 2**63 - 1)


@pytest.fixture
def hostile():
    """The demo with control characters in every kind of title and AI seeds at the 64-bit extremes."""
    project = load_project(demo_project_path())
    project.title = f"霓虹{CONTROL}之下"
    for episode in project.episodes:
        episode.title = f"第{episode.number}集{CONTROL}"
        for scene in episode.scenes:
            scene.code = f"{scene.code}{CONTROL}"
        for index, shot in enumerate(episode.shots):
            shot.code = f"{shot.code}{CONTROL}"
            shot.description = f"上{CONTROL}下"
            shot.ai.seed = SEEDS[index % 2]
    return project


def forbidden_in_xml(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return [c for c in text
            if (ord(c) < 0x20 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff"]


def test_fcp_xml_of_titles_with_control_characters_is_well_formed(tmp_path, hostile):
    path = tmp_path / "hostile.xml"
    export("fcpxml", hostile, path, base=demo_project_path().parent)
    assert forbidden_in_xml(path.read_bytes()) == []
    names = [element.text for element in ElementTree.parse(path).iter("name")]
    assert "霓虹 之下 E01 第1集" in names
    assert "E01_1-01" in names


def test_an_edl_of_titles_with_control_characters_keeps_one_line_per_field(tmp_path, demo, hostile):
    export("edl", demo, tmp_path / "clean.edl")
    export("edl", hostile, tmp_path / "hostile.edl")
    clean = (tmp_path / "clean.edl").read_text(encoding="utf-8").splitlines()
    lines = (tmp_path / "hostile.edl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(clean)
    assert not any(c in line for line in lines for c in CONTROL)
    names = [clip.name for clip in otio.adapters.read_from_file(str(tmp_path / "hostile.edl")).find_clips()]
    assert names == picture_codes(demo.episodes[0]) + picture_codes(demo.episodes[1])


def test_otio_keeps_the_whole_title_past_a_nul_and_the_extreme_seeds(tmp_path, hostile):
    path = tmp_path / "hostile.otio"
    export("otio", hostile, path, episode=1)
    timeline = otio.adapters.read_from_file(str(path))
    assert timeline.name == "霓虹 之下 E01 第1集"
    clips = list(timeline.video_tracks()[0])
    data = clips[0].metadata["shotgraph"]
    assert data["description"] == "上\n\n下" and data["scene"].startswith("1")
    seeds = {clip.metadata["shotgraph"].get("ai", {}).get("seed") for clip in clips} - {None}
    assert seeds <= set(SEEDS) and seeds


def test_an_edl_or_fcp_xml_of_more_shots_than_a_file_takes_is_refused_before_writing(tmp_path, demo, monkeypatch):
    monkeypatch.setattr(timeline_export, "MAX_SHOTS_PER_FILE", len(demo.episodes[0].shots))
    for kind, name in (("edl", "all.edl"), ("fcpxml", "all.xml")):
        with pytest.raises(InputError, match=r"all\.(edl|xml): \d+ shots are more than one file of this kind takes"):
            export(kind, demo, tmp_path / name)
        assert not (tmp_path / name).exists()
        export(kind, demo, tmp_path / f"ep1{Path(name).suffix}", episode=1)
    export("otio", demo, tmp_path / "all.otio")
