"""The CMX 3600 EDLs as an editing tool reads them: pycmx and OpenTimelineIO, one file per episode."""

from __future__ import annotations

import json

import opentimelineio as otio
import pytest
from timeline_reading import CONTROL, hostile_project, picture_codes, picture_frames, read_edl

from benchmarks.series import make_series
from shotgraph.core.aigc import implicit_label, implicit_label_text
from shotgraph.core.graph import picture_order
from shotgraph.core.io.store import load_project
from shotgraph.core.model import Mode
from shotgraph.demo import demo_project_path
from shotgraph.exports import export
from shotgraph.exports.timeline_edl import edl_paths


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


@pytest.fixture(scope="module")
def demo_edls(tmp_path_factory, demo):
    folder = tmp_path_factory.mktemp("edl")
    export("edl", demo, folder / "cut.edl", base=demo_project_path().parent)
    return folder


def test_each_episode_gets_its_own_list_named_after_the_chosen_file(demo_edls):
    assert sorted(path.name for path in demo_edls.iterdir()) == ["cut-E01.edl", "cut-E02.edl"]


def test_one_episode_is_written_to_the_chosen_file_itself(tmp_path, demo):
    export("edl", demo, tmp_path / "ep2.edl", episode=2)
    assert [path.name for path in tmp_path.iterdir()] == ["ep2.edl"]
    _, _, events = read_edl(tmp_path / "ep2.edl")
    assert [event.name for event in events] == picture_codes(demo.episodes[1])


def test_pycmx_reads_the_cut_in_order_each_shot_for_its_planned_length(demo, demo_edls):
    for episode in demo.episodes:
        title, modes, events = read_edl(demo_edls / f"cut-E{episode.number:02d}.edl")
        assert [event.name for event in events] == picture_codes(episode)
        assert [out - start for start, out in (event.record for event in events)] == picture_frames(episode)
        assert [event.record[0] for event in events[1:]] == [event.record[1] for event in events[:-1]]
        assert modes == [False]


def test_opentimelineio_reads_the_same_cut(demo, demo_edls):
    timeline = otio.adapters.read_from_file(str(demo_edls / "cut-E01.edl"), rate=25)
    assert [clip.name for clip in timeline.find_clips()] == picture_codes(demo.episodes[0])
    assert timeline.duration().to_seconds() == pytest.approx(sum(picture_frames(demo.episodes[0])) / 25)


def test_a_chinese_title_gives_way_to_the_episode_number_and_the_file_is_ascii(demo_edls):
    data = (demo_edls / "cut-E01.edl").read_bytes()
    assert data.isascii()
    assert data.decode().splitlines()[:2] == ["TITLE: E01", "FCM: NON-DROP FRAME"]


def test_ascii_titles_are_kept_and_a_chinese_shot_code_becomes_its_place_in_the_cut(tmp_path, demo):
    project = demo.model_copy(deep=True)
    project.title, project.episodes[0].title = "Under the Neon", "The Lost Ferry"
    third = picture_order(project.episodes[0])[2]
    third.code = "特写"
    export("edl", project, tmp_path / "ep1.edl", episode=1)
    title, _, events = read_edl(tmp_path / "ep1.edl")
    assert title == "Under the Neon E01 The Lost Ferry"
    assert events[2].name == "E01_SHOT003" and events[1].name != "E01_SHOT002"


def test_ai_and_hybrid_events_say_so_in_a_comment_and_live_ones_do_not(demo, demo_edls):
    _, _, events = read_edl(demo_edls / "cut-E01.edl")
    for shot, event in zip(picture_order(demo.episodes[0]), events, strict=True):
        notes = [remark for remark in event.remarks if remark.startswith(("AI:", "AI hybrid:"))]
        if shot.mode is Mode.LIVE:
            assert notes == []
        else:
            [note] = notes
            assert note.startswith("AI: generated" if shot.mode is Mode.AI else "AI hybrid: live action over an AI")
            assert note.endswith(f"seed {'not set' if shot.ai.seed is None else shot.ai.seed}")


def test_the_first_event_carries_the_episodes_implicit_label(demo, demo_edls):
    _, _, events = read_edl(demo_edls / "cut-E02.edl")
    [label] = [remark.removeprefix("AIGC: ") for remark in events[0].remarks if remark.startswith("AIGC: ")]
    expected = implicit_label_text(implicit_label(demo, demo.episodes[1]))
    assert json.loads(label) == json.loads(expected)
    assert not [remark for event in events[1:] for remark in event.remarks if remark.startswith("AIGC")]


def test_a_29_97_fps_project_is_marked_drop_frame(tmp_path, demo):
    project = demo.model_copy(deep=True)
    project.delivery.fps = 29.97
    export("edl", project, tmp_path / "ntsc.edl", episode=1)
    assert read_edl(tmp_path / "ntsc.edl", fps=30)[1] == [True]


def test_a_long_episode_is_split_into_lists_of_at_most_999_events_that_follow_on(tmp_path):
    project = make_series(episodes=2, shots_per_episode=1200)
    written = export("edl", project, tmp_path / "series.edl")
    assert written == edl_paths(project, tmp_path / "series.edl")  # what the command line checks beforehand
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [f"series-E0{e}-part{p}.edl" for e in (1, 2) for p in (1, 2)]
    first, second = (read_edl(tmp_path / f"series-E01-part{p}.edl")[2] for p in (1, 2))
    assert (len(first), len(second)) == (999, 201)
    assert second[0].record[0] == first[-1].record[1]
    assert [e.name for e in first + second] == picture_codes(project.episodes[0])
    assert read_edl(tmp_path / "series-E01-part2.edl")[0].endswith("E01 part 2 of 2")


def test_a_series_of_many_episodes_gives_a_list_per_episode(tmp_path):
    project = make_series(episodes=12, shots_per_episode=60)
    export("edl", project, tmp_path / "series.edl")
    lists = sorted(tmp_path.iterdir())
    assert [path.name for path in lists] == [f"series-E{n:02d}.edl" for n in range(1, 13)]
    for path, episode in zip(lists, project.episodes, strict=True):
        _, _, events = read_edl(path)
        assert [event.number for event in events] == list(range(1, len(events) + 1))
        assert [event.name for event in events] == picture_codes(episode)


def test_titles_with_control_characters_keep_one_line_per_field(tmp_path, demo):
    export("edl", demo, tmp_path / "clean.edl", episode=1)
    export("edl", hostile_project(), tmp_path / "hostile.edl", episode=1)
    clean = (tmp_path / "clean.edl").read_text(encoding="ascii").splitlines()
    lines = (tmp_path / "hostile.edl").read_text(encoding="ascii").splitlines()
    assert len(lines) == len(clean)
    assert not any(c in line for line in lines for c in CONTROL)
    assert [event.name for event in read_edl(tmp_path / "hostile.edl")[2]] == picture_codes(demo.episodes[0])
