"""Fountain screenplays: every construct a plan needs, read from a multi-episode script."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import markup, read_script
from shotgraph.core.model import IntExt, Language, TimeOfDay

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "scripts" / "last-ferry.fountain"


@pytest.fixture(scope="module")
def ferry():
    return read_script(SCRIPT)


def scene(result, episode: int, code: str):
    found = next(e for e in result.project.episodes if e.number == episode)
    return found, next(s for s in found.scenes if s.code == code)


def shots_of(episode, scene_):
    return [s for s in episode_order(episode) if s.scene_id == scene_.id]


def test_title_page_gives_title_author_and_draft_date_without_emphasis(ferry):
    assert ferry.kind == "fountain"
    assert ferry.project.title == "THE LAST FERRY 末班渡轮"
    assert (ferry.script.author, ferry.script.draft_date) == ("Jane Doe and 王晓", "1 December 2026")
    assert ferry.project.language is Language.EN


def test_sections_that_name_episodes_start_episodes(ferry):
    assert [(e.number, e.title) for e in ferry.project.episodes] == [(1, "The Missing Ferry"), (2, "Fog Call")]


@pytest.mark.parametrize(("episode", "code", "int_ext", "time", "location"), [
    (1, "1", IntExt.INT, TimeOfDay.NIGHT, "LIN'S APARTMENT"),
    (1, "2", IntExt.EXT, TimeOfDay.NIGHT, "QIANTANG RIVERBANK"),
    (1, "2A", IntExt.INT_EXT, None, "FERRY TERMINAL"),
    (2, "1", None, None, "THE FERRY"),
    (2, "4", IntExt.INT_EXT, TimeOfDay.DUSK, "GU YAN'S CAR"),
    (2, "5", IntExt.EXT, TimeOfDay.DAWN, "OLD PIER"),
])
def test_scene_headings_give_place_time_and_number(ferry, episode, code, int_ext, time, location):
    _, found = scene(ferry, episode, code)
    names = {loc.id: loc.name for loc in ferry.project.locations}
    assert (found.int_ext, found.time_of_day, names[found.location_id]) == (int_ext, time, location)


def test_forced_heading_and_heading_text_are_kept(ferry):
    _, forced = scene(ferry, 2, "1")
    assert forced.heading == "THE FERRY - FLASHBACK"
    _, numbered = scene(ferry, 1, "2A")
    assert numbered.heading == "INT./EXT. FERRY TERMINAL - CONTINUOUS"


def test_one_shot_per_action_paragraph_and_dialogue_block_joined_by_cuts(ferry):
    episode, first = scene(ferry, 1, "1")
    shots = shots_of(episode, first)
    assert [s.code for s in shots] == [f"1-{n:02d}" for n in range(1, 8)]
    assert shots[0].description.startswith("Rain streaks the window.")
    assert shots[1].dialogue == "LIN: Xiao Chuan, pick up. Please." and shots[1].description == "(into phone)"
    cuts = [(e.source, e.target) for e in episode.edges if e.kind.value == "cut"]
    ordered = episode_order(episode)
    assert cuts == [(a.id, b.id) for a, b in zip(ordered, ordered[1:], strict=False)]
    assert all(s.mode.value == "live" for s in ordered)


def test_cue_extensions_are_stripped_and_off_screen_voices_are_not_in_shot(ferry):
    names = [c.name for c in ferry.project.characters]
    assert names == ["LIN", "GU YAN", "MCGUIRE"]
    episode, first = scene(ferry, 1, "1")
    off = shots_of(episode, first)[3]
    assert off.dialogue == "GU YAN (OS): He left the door unlocked." and off.characters == []
    episode, river = scene(ferry, 1, "2")
    assert shots_of(episode, river)[1].dialogue.startswith("LIN (VO):")
    episode, terminal = scene(ferry, 1, "2A")
    assert shots_of(episode, terminal)[1].dialogue == "LIN: Hello?"


def test_forced_cues_dual_dialogue_lyrics_forced_action_and_centred_text(ferry):
    episode, terminal = scene(ferry, 1, "2A")
    texts = [s.dialogue or s.description for s in shots_of(episode, terminal)]
    assert texts[2] == "MCGUIRE: Last ferry left an hour ago, miss."
    assert texts[5].endswith("Row, row, row your boat...")
    episode, car = scene(ferry, 2, "4")
    assert [s.dialogue for s in shots_of(episode, car)][1:] == ["LIN: Where are we going?",
                                                               "GU YAN: Where the ticket says."]
    episode, river = scene(ferry, 1, "2")
    assert shots_of(episode, river)[2].description == "THE FERRY HORN SOUNDS."
    episode, pier = scene(ferry, 2, "5")
    assert shots_of(episode, pier)[-1].description == "THE END"


def test_action_shots_show_the_characters_they_name_in_any_case(ferry):
    episode, river = scene(ferry, 1, "2")
    names = {c.id: c.name for c in ferry.project.characters}
    assert [names[c.character_id] for c in shots_of(episode, river)[0].characters] == ["LIN"]
    assert "soaked" in shots_of(episode, river)[0].description and "*" not in shots_of(episode, river)[0].description


def test_notes_synopses_and_sections_become_scene_notes_and_transitions_shot_notes(ferry):
    episode, first = scene(ferry, 1, "1")
    for text in ("Act One", "Lin learns her brother is gone", "Phone prop: cracked screen"):
        assert text in first.notes
    shots = shots_of(episode, first)
    assert "[[" not in shots[0].description
    assert "CUT TO:" not in first.notes and shots[-1].notes == "CUT TO:"


def test_boneyard_and_page_breaks_leave_no_trace(ferry):
    everything = " ".join(s.description + s.dialogue for e in ferry.project.episodes for s in e.shots)
    assert "CUT SCENE" not in everything and "Nobody should" not in everything and "===" not in everything
    assert not ferry.unread


def test_a_script_without_sections_is_one_episode(tmp_path):
    path = tmp_path / "short.fountain"
    path.write_text("EXT. ROOF - NIGHT\n\nWind.\n\nANNA\nNow.\n", encoding="utf-8")
    result = read_script(path)
    [episode] = result.project.episodes
    assert episode.number == 1 and [s.code for s in episode.shots] == ["1-01", "1-02"]


def test_text_before_the_first_scene_is_reported_and_kept_as_a_note(tmp_path):
    path = tmp_path / "notes.fountain"
    path.write_text("Some stray line.\n\nINT. HALL - DAY\n\nSteps.\n", encoding="utf-8")
    result = read_script(path)
    assert [(u.line, u.text) for u in result.unread] == [(1, "Some stray line.")]
    assert "Some stray line." in result.project.episodes[0].scenes[0].notes


# The markup patterns ShotGraph once applied with regular expressions; the one-pass readers
# must take every text apart exactly as they did.
EMPHASIS = re.compile(r"(\*{1,3}|_)(?=\S)(.+?)(?<=\S)\1")
CUE_EXTENSION = re.compile(r"\s*\(([^)]*)\)")
NOTE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
BONEYARD = re.compile(r"/\*.*?\*/", re.DOTALL)
SCENE_NUMBER = re.compile(r"\s*#([\w.\-]+)#\s*$")


def test_markup_is_taken_apart_as_the_fountain_patterns_do():
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice("*_ a\n(b)[]/#.") for _ in range(rng.randint(0, 14)))
        assert markup._one_level(text) == EMPHASIS.sub(r"\2", text), text
        assert markup.split_cue(text) == (CUE_EXTENSION.sub("", text), CUE_EXTENSION.findall(text)), text
        assert markup.split_notes(text) == (NOTE.sub("", text), NOTE.findall(text)), text
        assert markup.without_boneyard(text) == BONEYARD.sub(lambda m: "\n" * m.group(0).count("\n"), text), text
        line = text.replace("\n", " ")
        number = SCENE_NUMBER.search(line)
        assert markup.split_scene_number(line) == (SCENE_NUMBER.sub("", line), number and number.group(1)), line


def test_nested_emphasis_is_removed_and_unclosed_marks_stay():
    assert markup.without_emphasis("**bold *and italic* text** _under_") == "bold and italic text under"
    assert markup.without_emphasis("a * b *c and _d") == "a * b *c and _d"
