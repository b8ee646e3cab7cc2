"""The FCP 7 XML (xmeml) timeline as an editing tool reads it: the standard library's XML parser and OpenTimelineIO."""

from __future__ import annotations

import opentimelineio as otio
import pytest
from timeline_reading import enabled, hostile_project, picture_codes, picture_frames, video_tracks, xmeml_sequences

from benchmarks.series import make_series
from shotgraph.core.aigc import implicit_label, implicit_label_text
from shotgraph.core.graph import picture_order
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.exports import export, exporters, timeline_xmeml


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


@pytest.fixture(scope="module")
def demo_xml(tmp_path_factory, demo):
    path = tmp_path_factory.mktemp("xmeml") / "demo.xml"
    export("xmeml", demo, path, base=demo_project_path().parent)
    return path


def clip_items(track) -> list:
    return track.findall("clipitem")


def test_each_episode_is_a_sequence_playing_its_shots_in_order_for_their_planned_length(demo, demo_xml):
    sequences = xmeml_sequences(demo_xml)
    assert [s.findtext("name") for s in sequences] == ["霓虹之下 E01 失踪的渡船", "霓虹之下 E02 雾中来电"]
    for sequence, episode in zip(sequences, demo.episodes, strict=True):
        picture = video_tracks(sequence)[0]
        assert [item.findtext("name") for item in clip_items(picture)] == picture_codes(episode)
        lengths = [int(item.findtext("end")) - int(item.findtext("start")) for item in clip_items(picture)]
        assert lengths == picture_frames(episode)
        assert all(enabled(item) for item in clip_items(picture)) and enabled(picture)


def test_the_sequence_has_the_delivery_frame_size_rate_and_square_pixels(demo_xml):
    for sequence in xmeml_sequences(demo_xml):
        frame = sequence.find("./media/video/format/samplecharacteristics")
        assert (frame.findtext("width"), frame.findtext("height")) == ("1080", "1920")
        assert (frame.findtext("rate/timebase"), frame.findtext("rate/ntsc")) == ("25", "FALSE")
        assert frame.findtext("pixelaspectratio") == "square"


def test_a_29_97_fps_landscape_project_gives_an_ntsc_30_timebase_and_its_own_size(tmp_path, demo):
    project = demo.model_copy(deep=True)
    project.delivery.fps, project.delivery.width, project.delivery.height = 29.97, 1920, 1080
    export("xmeml", project, tmp_path / "ntsc.xml", episode=1)
    [sequence] = xmeml_sequences(tmp_path / "ntsc.xml")
    frame = sequence.find("./media/video/format/samplecharacteristics")
    assert (frame.findtext("width"), frame.findtext("height")) == ("1920", "1080")
    assert (frame.findtext("rate/timebase"), frame.findtext("rate/ntsc")) == ("30", "TRUE")


def test_every_clip_item_has_exactly_one_rate(demo_xml):
    items = [item for sequence in xmeml_sequences(demo_xml) for track in video_tracks(sequence)
             for item in clip_items(track)]
    assert items and all(len(item.findall("rate")) == 1 for item in items)


def test_the_alternative_take_is_on_a_disabled_track_and_does_not_play(demo_xml):
    first = xmeml_sequences(demo_xml)[0]
    picture, alternates = video_tracks(first)
    [alternate] = clip_items(alternates)
    assert alternate.findtext("name") == "E01_1-06B"
    assert not enabled(alternate) and not enabled(alternates)
    main = next(item for item in clip_items(picture) if item.findtext("name") == "E01_1-06")
    assert alternate.findtext("start") == main.findtext("start")


def test_ai_and_hybrid_clips_carry_a_marker_with_their_model_and_seed(demo, demo_xml):
    picture = video_tracks(xmeml_sequences(demo_xml)[0])[0]
    markers = {item.findtext("name"): [(m.findtext("name"), m.findtext("comment")) for m in item.findall("marker")]
               for item in clip_items(picture)}
    for shot in demo.episodes[0].shots:
        found = markers.get(f"E01_{shot.code}")
        if found is None:
            continue
        if shot.mode is Mode.LIVE:
            assert found == []
        else:
            [(name, comment)] = found
            assert name == ("AI" if shot.mode is Mode.AI else "AI hybrid")
            assert comment.startswith(f"{name}: ") and "seed" in comment and "model" in comment


def test_each_sequence_starts_with_an_aigc_marker_holding_the_exact_label(demo, demo_xml):
    for sequence, episode in zip(xmeml_sequences(demo_xml), demo.episodes, strict=True):
        [marker] = [m for m in sequence.findall("marker") if m.findtext("name") == "AIGC"]
        assert marker.findtext("comment") == implicit_label_text(implicit_label(demo, episode))
        assert marker.findtext("in") == "0"


def test_opentimelineio_reads_the_sequences_back(demo, demo_xml):
    result = otio.adapters.read_from_file(str(demo_xml))
    timelines = list(result.find_children(descended_from_type=otio.schema.Timeline)) or list(result)
    assert len(timelines) == 2
    assert [c.name for c in timelines[1].video_tracks()[0]] == picture_codes(demo.episodes[1])


def test_fcpxml_is_the_earlier_name_of_the_same_export_and_says_it_is_fcp_7(tmp_path, demo, demo_xml):
    export("fcpxml", demo, tmp_path / "old.xml", base=demo_project_path().parent)
    assert (tmp_path / "old.xml").read_bytes() == demo_xml.read_bytes()
    assert "Final Cut Pro 7 XML" in exporters()["fcpxml"].description


def test_a_series_of_many_episodes_gives_a_sequence_each_with_one_rate_per_clip(tmp_path):
    project = make_series(episodes=12, shots_per_episode=60)
    export("xmeml", project, tmp_path / "series.xml")
    sequences = xmeml_sequences(tmp_path / "series.xml")
    assert len(sequences) == 12
    for sequence, episode in zip(sequences, project.episodes, strict=True):
        assert sequence.findtext("./media/video/format/samplecharacteristics/height") == "1920"
        items = clip_items(video_tracks(sequence)[0])
        assert [item.findtext("name") for item in items] == picture_codes(episode)
        assert all(len(item.findall("rate")) == 1 for item in items)
        ai_items = [item for item in items if item.find("marker") is not None]
        assert len(ai_items) == sum(shot.mode is not Mode.LIVE for shot in picture_order(episode)) > 0


def forbidden_in_xml(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return [c for c in text
            if (ord(c) < 0x20 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff"]


def test_titles_with_control_characters_give_well_formed_xml(tmp_path):
    path = tmp_path / "hostile.xml"
    export("xmeml", hostile_project(), path, base=demo_project_path().parent)
    assert forbidden_in_xml(path.read_bytes()) == []
    sequences = xmeml_sequences(path)
    assert sequences[0].findtext("name") == "霓虹 之下 E01 第1集"
    assert clip_items(video_tracks(sequences[0])[0])[0].findtext("name") == "E01_1-01"


def test_more_shots_than_a_file_takes_are_refused_before_writing(tmp_path, demo, monkeypatch):
    monkeypatch.setattr(timeline_xmeml, "MAX_SHOTS_PER_FILE", len(demo.episodes[0].shots))
    with pytest.raises(InputError, match=r"all\.xml: \d+ shots are more than one FCP XML file takes"):
        export("xmeml", demo, tmp_path / "all.xml")
    assert not (tmp_path / "all.xml").exists()
    export("xmeml", demo, tmp_path / "ep1.xml", episode=1)
    assert len(xmeml_sequences(tmp_path / "ep1.xml")) == 1
