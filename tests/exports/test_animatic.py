"""The animatic read back with PyAV: one MP4 per episode that plays each shot for its planned duration,
carries the visible AI label in its opening frames and the implicit label in its metadata."""

from __future__ import annotations

import json

import pytest
from animatic_reading import (
    FPS,
    SIZE,
    bright_box,
    frames,
    label_ink,
    small_project,
    udta_meta,
    video_facts,
    write_video,
)
from PIL import Image

from shotgraph.core.aigc import implicit_label, implicit_label_text
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import AIGeneration, Episode, LabelPosition, Mode, Take
from shotgraph.exports import ExportCancelled, export
from shotgraph.exports.animatic import write_animatic
from shotgraph.exports.animatic_reel import Reel, frame_rate


def test_an_episode_plays_its_shots_for_their_planned_durations_at_the_delivery_format(tmp_path):
    project = small_project((1.0, 1.5, 0.7))
    [path] = write_animatic(project, tmp_path)
    seconds, size, rate, _ = video_facts(path)
    assert path.name == "animatic-E01.mp4"
    assert size == SIZE and rate == FPS
    assert abs(seconds - 3.2) <= 1 / FPS
    assert len(frames(path)) == 32


@pytest.mark.parametrize("fps", [23.976, 29.97, 60])
def test_the_duration_is_the_sum_of_the_shots_at_any_frame_rate(tmp_path, fps):
    project = small_project((1.0, 1.5, 0.7))
    project.delivery.fps = fps
    [path] = write_animatic(project, tmp_path)
    seconds, _, rate, _ = video_facts(path)
    assert abs(float(rate) - fps) < 1e-9 and abs(seconds - 3.2) <= 1 / fps
    assert len(frames(path)) == round(3.2 * fps)


def test_the_ai_label_shows_from_the_first_frame_for_its_duration_at_least_5_percent_tall(tmp_path):
    [path] = write_animatic(small_project((1.0, 1.5, 0.7), label_s=2.5), tmp_path)
    labelled = [label_ink(frame) is not None for frame in frames(path)]
    assert labelled == [True] * 25 + [False] * 7
    left, top, right, bottom = label_ink(frames(path)[0])
    assert bottom - top >= 0.05 * min(SIZE)


def test_a_label_set_shorter_than_2_s_still_shows_for_2_s_and_again_at_the_end_when_asked(tmp_path):
    project = small_project((2.0, 2.0, 2.0), label_s=0.5, position=LabelPosition.START_AND_END)
    [path] = write_animatic(project, tmp_path)
    labelled = [label_ink(frame) is not None for frame in frames(path)]
    assert labelled == [True] * 20 + [False] * 20 + [True] * 20


def test_the_implicit_label_is_in_the_metadata_exactly_as_the_disclosure_manifest_gives_it(tmp_path):
    project = small_project()
    [path] = write_animatic(project, tmp_path)
    stored = video_facts(path)[3]["AIGC"]
    assert stored == implicit_label_text(implicit_label(project, project.episodes[0]))
    assert json.loads(stored)["AIGC"]["ContentProducer"] == "001191110102MAD55U9H0F10002"
    assert b"AIGC" in udta_meta(path) and stored.encode() in udta_meta(path)


def test_an_episode_without_ai_shots_has_no_implicit_label(tmp_path):
    [path] = write_animatic(small_project(mode=Mode.LIVE), tmp_path)
    assert "AIGC" not in video_facts(path)[3]


def test_a_shot_shows_its_chosen_take_else_its_storyboard_frame_else_a_card(tmp_path):
    Image.new("RGB", (90, 160), (220, 30, 30)).save(tmp_path / "take.png")
    Image.new("RGB", (90, 160), (30, 30, 220)).save(tmp_path / "frame.png")
    write_video(tmp_path / "take.mp4", (30, 200, 30))
    project = small_project((3.0, 1.0, 1.0, 1.0, 1.0), label_s=0)
    choices = [AIGeneration(takes=[Take(id="t1", image="take.png")], chosen_take_id="t1"),
               AIGeneration(takes=[Take(id="t2", video="take.mp4")], chosen_take_id="t2"),
               AIGeneration(takes=[Take(id="t3", image="take.png")])]
    first, *shots = project.episodes[0].shots
    shots = [shot.model_copy(update={"ai": ai, "frame": "frame.png"}) for shot, ai in zip(shots, choices,
                                                                                        strict=False)] + shots[3:]
    project.episodes[0] = project.episodes[0].model_copy(update={"shots": [first, *shots]})
    [path] = write_animatic(project, tmp_path / "out", base=tmp_path)
    red, green, blue, card = [frames(path)[n].getpixel((SIZE[0] // 2, SIZE[1] // 3)) for n in (35, 45, 55, 65)]
    assert red[0] > 180 > red[2] and green[1] > 160 > green[0] and blue[2] > 180 > blue[0]
    assert max(card) < 80


def test_a_take_video_plays_at_the_reel_rate_and_holds_its_last_picture(tmp_path):
    write_video(tmp_path / "take.mp4", (220, 30, 30), (30, 30, 220), count=5)
    project = small_project((3.0, 2.0), label_s=0)
    shots = project.episodes[0].shots
    shots[1] = shots[1].model_copy(update={"ai": AIGeneration(takes=[Take(id="t", video="take.mp4")],
                                                              chosen_take_id="t")})
    [path] = write_animatic(project, tmp_path / "out", base=tmp_path)
    colours = [frame.getpixel((SIZE[0] // 2, SIZE[1] // 3)) for frame in frames(path)[30:]]
    reds = [c[0] > 180 > c[2] for c in colours]
    blues = [c[2] > 180 > c[0] for c in colours]
    assert reds == [True] * 5 + [False] * 15 and blues == [False] * 5 + [True] * 15


def test_subtitles_burn_in_the_dialogue_unless_turned_off(tmp_path):
    project = small_project((4.0,), label_s=0)
    [with_text] = write_animatic(project, tmp_path / "on")
    [without] = write_animatic(project, tmp_path / "off", subtitles=False)
    bottom = (0, round(SIZE[1] * 0.7), SIZE[0], SIZE[1])
    assert frames(with_text)[-1].crop(bottom).convert("L").getextrema()[1] > 200
    assert frames(without)[-1].crop(bottom).convert("L").getextrema()[1] < 100


def test_a_damaged_picture_is_refused_naming_the_file_and_nothing_is_left(tmp_path):
    (tmp_path / "frame.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    project = small_project(frame="frame.png")
    with pytest.raises(InputError, match="frame.png"):
        write_animatic(project, tmp_path / "out", base=tmp_path)
    assert not (tmp_path / "out").exists()


def test_a_file_that_is_not_a_video_is_refused_as_a_take_video(tmp_path):
    (tmp_path / "take.mp4").write_text("not a video 不是视频", encoding="utf-8")
    project = small_project(ai=AIGeneration(takes=[Take(id="t1", video="take.mp4")], chosen_take_id="t1"))
    with pytest.raises(InputError, match=r"take\.mp4.*MP4"):
        write_animatic(project, tmp_path / "out", base=tmp_path)


def test_a_cut_off_take_video_is_refused_naming_the_file(tmp_path):
    write_video(tmp_path / "whole.mp4", (30, 200, 30), count=20)
    (tmp_path / "镜头.mp4").write_bytes((tmp_path / "whole.mp4").read_bytes()[:400])
    project = small_project(ai=AIGeneration(takes=[Take(id="t1", video="镜头.mp4")], chosen_take_id="t1"))
    with pytest.raises(InputError, match=r"镜头\.mp4: the video is damaged and cannot be shown \(invalid data"):
        write_animatic(project, tmp_path / "out", base=tmp_path)


def test_a_missing_take_falls_back_to_the_card(tmp_path):
    project = small_project((1.0,), label_s=0,
                            ai=AIGeneration(takes=[Take(id="t1", image="gone.png")], chosen_take_id="t1"))
    [path] = write_animatic(project, tmp_path / "out", base=tmp_path)
    assert max(frames(path)[0].getpixel((SIZE[0] // 2, SIZE[1] // 3))) < 80


def test_every_episode_gets_its_file_and_a_cancelled_export_leaves_none(tmp_path):
    project = small_project((0.5,))
    project.episodes.append(Episode.model_validate({**project.episodes[0].model_dump(), "id": "e2", "number": 2}))
    export("animatic", project, tmp_path / "all")
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == ["animatic-E01.mp4", "animatic-E02.mp4"]

    def cancel_in_second_episode(done: int, total: int) -> None:
        if done > total // 2:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        write_animatic(project, tmp_path / "cancelled", progress=cancel_in_second_episode)
    assert not (tmp_path / "cancelled").exists()


def test_a_project_without_shots_to_play_is_refused(tmp_path):
    with pytest.raises(InputError, match="no shots to play"):
        write_animatic(small_project((0.0,)), tmp_path)
    with pytest.raises(InputError, match="no episode 4"):
        write_animatic(small_project(), tmp_path, episode=4)


def test_the_label_is_as_tall_as_the_disclosure_sets_it(tmp_path):
    project = small_project((2.0,))
    project.episodes[0].disclosure.text_height_px = 40
    [path] = write_animatic(project, tmp_path)
    left, top, right, bottom = label_ink(frames(path)[0])
    assert 38 <= bottom - top <= 44  # the text's soft top and bottom rows fade under the threshold


def test_the_registration_number_shows_in_the_opening_titles(tmp_path):
    def titles_height(project) -> int:
        [path] = write_animatic(project, tmp_path / str(len(list(tmp_path.iterdir()))))
        left, top, right, bottom = bright_box(frames(path)[0], (0, SIZE[1] // 4, SIZE[0], SIZE[1] * 3 // 4))
        return bottom - top

    without = titles_height(small_project((4.0,), label_s=0))
    registered = small_project((4.0,), label_s=0)
    registered.registration_number = "（京）网微剧审字（2026）第001号"
    assert titles_height(registered) > without + 0.03 * SIZE[1]


@pytest.mark.parametrize(("fps", "frame", "timecode"), [(25, 30, "00:00:01:05"), (25, 75 * 25, "00:01:15:00"),
                                                        (29.97, 2997, "00:01:40:00"), (24, 24 * 3600, "01:00:00:00")])
def test_the_preview_timecode_counts_hours_minutes_seconds_and_frames(fps, frame, timecode):
    project = small_project((1.0,))
    project.delivery.fps = fps
    assert Reel.of(project.episodes[0], frame_rate(project)).timecode(frame) == timecode
