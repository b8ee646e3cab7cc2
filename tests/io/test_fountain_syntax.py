"""The Fountain reader holds fountain.io/syntax rule by rule, and imports three scripts of every
kind (a feature excerpt, a Chinese short drama with ``@`` cues, a multi-episode series) to the
scenes, times, places, speakers and lines a script supervisor would write down."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.scripts.fountain import looks_like_fountain, parse_fountain
from shotgraph.core.model import IntExt, Language, TimeOfDay

CORPUS = Path(__file__).resolve().parents[1] / "data" / "scripts" / "fountain"
TWO_SPACES = "  "


def lines(*texts: str) -> str:
    return "\n".join(texts) + "\n"


def read(*texts: str):
    return parse_fountain(lines(*texts))


def scenes(script):
    return [scene for episode in script.episodes for scene in episode.scenes]


def beats(script):
    return [beat for scene in scenes(script) for beat in scene.beats]


def said(script):
    return [(beat.speaker, beat.text) for beat in beats(script)]


# -- paragraphs ---------------------------------------------------------------------------------

def test_two_spaces_line_keeps_dialogue_going():
    script = read("INT. CASINO - NIGHT", "", "DEALER", "Ten.", "Four.", TWO_SPACES, "Hit or stand, sir?",
                  "", "Brick stands.")
    assert said(script) == [("DEALER", "Ten. Four. Hit or stand, sir?"), (None, "Brick stands.")]


def test_two_spaces_line_keeps_action_going():
    script = read("INT. CASINO - NIGHT", "", "Chips fall.", TWO_SPACES, "Nobody moves.", "", "BRICK", "Hit me.")
    assert said(script) == [(None, "Chips fall. Nobody moves."), ("BRICK", "Hit me.")]


def test_a_line_of_other_spaces_is_blank():
    script = read("INT. CASINO - NIGHT", "", "DEALER", "Ten.", "   ", "Brick stands.")
    assert said(script) == [("DEALER", "Ten."), (None, "Brick stands.")]


def test_line_breaks_within_a_paragraph_become_spaces():
    script = read("EXT. DOCK - DAY", "", "Gulls wheel.", "The tide turns.", "", "ADA", "Not yet.", "Not today.")
    assert said(script) == [(None, "Gulls wheel. The tide turns."), ("ADA", "Not yet. Not today.")]


# -- scene headings -----------------------------------------------------------------------------

@pytest.mark.parametrize(("heading", "location", "time"), [
    ("INT. HOUSE - NIGHT (1973)", "HOUSE", TimeOfDay.NIGHT),
    ("EXT. PARK - DAY [LATER]", "PARK", TimeOfDay.DAY),
    ("INT. KITCHEN - NIGHT - CONTINUOUS", "KITCHEN", TimeOfDay.NIGHT),
    ("EXT. LANDCRUISER, DRIVING -- A BIT LATER", "LANDCRUISER, DRIVING", None),
    ("INT. HOUSE - DAY - LATER", "HOUSE", TimeOfDay.DAY),
    ("INT - HOUSE - DAY", "HOUSE", TimeOfDay.DAY),
    ("INT. HOUSE - DAY", "HOUSE", TimeOfDay.DAY),
    ("INT. HOUSE - MORNING", "HOUSE", TimeOfDay.DAY),
    ("EXT. PIER - EVENING", "PIER", TimeOfDay.DUSK),
    ("EXT. PIER -- EARLY MORNING", "PIER", TimeOfDay.DAWN),
    ("INT. HOUSE - LATE NIGHT", "HOUSE", TimeOfDay.NIGHT),
    ("INT. HOUSE - CONTINUOUS", "HOUSE", None),
    ("INT. HOUSE - MOMENTS LATER", "HOUSE", None),
    ("INT. HOUSE - SAME", "HOUSE", None),
    ("INT. HOUSE - KITCHEN - NIGHT", "HOUSE - KITCHEN", TimeOfDay.NIGHT),
    ("INT. CAR (MOVING) - DAY", "CAR", TimeOfDay.DAY),
    ("INT. 林家客厅 - 夜", "林家客厅", TimeOfDay.NIGHT),
    ("EXT. 码头 - 黄昏 - 稍后", "码头", TimeOfDay.DUSK),
])
def test_time_of_day_survives_trailing_text_and_location_keeps_only_the_place(heading, location, time):
    [scene] = scenes(read(heading, "", "Rain."))
    assert (scene.location, scene.time_of_day, scene.heading) == (location, time, heading)


@pytest.mark.parametrize(("heading", "int_ext"), [
    ("INT. HALL - DAY", IntExt.INT), ("EXT. HALL - DAY", IntExt.EXT), ("EST. HALL - DAY", IntExt.EXT),
    ("INT HALL - DAY", IntExt.INT), ("int. hall - day", IntExt.INT), ("Ext. hall - day", IntExt.EXT),
    ("I./E. HALL - DAY", IntExt.INT_EXT), ("INT./EXT. HALL - DAY", IntExt.INT_EXT),
    ("INT/EXT HALL - DAY", IntExt.INT_EXT), ("EXT/INT. HALL - DAY", IntExt.INT_EXT),
    ("I/E HALL - DAY", IntExt.INT_EXT), ("E/I. HALL - DAY", IntExt.INT_EXT), ("i/e hall - day", IntExt.INT_EXT),
])
def test_int_ext_prefixes_in_any_case_start_a_heading(heading, int_ext):
    [scene] = scenes(read(heading, "", "Rain."))
    assert (scene.int_ext, scene.location.upper(), scene.time_of_day) == (int_ext, "HALL", TimeOfDay.DAY)


@pytest.mark.parametrize("line", ["INTERIOR HALL - DAY", "EXTRA CHAIRS ARRIVE", "Esther waits.", "INT-HALL"])
def test_heading_prefix_needs_a_following_dot_or_space(line):
    script = read("INT. HALL - DAY", "", line)
    assert len(scenes(script)) == 1 and beats(script)[0].text == line


def test_period_forces_a_scene_heading_but_an_ellipsis_does_not():
    script = read("INT. HALL - DAY", "", ".SNIPER SCOPE POV", "", "Crosshairs.", "", "...and then silence.")
    hall, pov = scenes(script)
    assert (pov.heading, pov.location, pov.int_ext, pov.time_of_day) == ("SNIPER SCOPE POV", "SNIPER SCOPE POV",
                                                                         None, None)
    assert [beat.text for beat in pov.beats] == ["Crosshairs.", "...and then silence."]
    assert not hall.beats


def test_scene_numbers_are_the_scene_codes():
    script = read("INT. HALL - DAY #12A#", "", "Rain.", "", "EXT. YARD - NIGHT #I-1-A#", "", "Wind.",
                  "", "EXT. ROAD - DAY", "", "Dust.")
    assert [(s.code, s.heading, s.location) for s in scenes(script)] == [
        ("12A", "INT. HALL - DAY", "HALL"), ("I-1-A", "EXT. YARD - NIGHT", "YARD"), ("3", "EXT. ROAD - DAY", "ROAD")]


# -- characters and dialogue ----------------------------------------------------------------------

def test_cue_in_a_non_roman_script_needs_the_at_sign():
    script = read("INT. 客厅 - 夜", "", "林晚", "走进来，放下钥匙。", "", "@林晚", "你来了。",
                  "", "@顾沉（画外音）", "嗯。")
    assert said(script) == [(None, "林晚 走进来，放下钥匙。"), ("林晚", "你来了。"), ("顾沉", "嗯。")]
    assert scenes(script)[0].characters == ["林晚", "顾沉"] and beats(script)[2].off_screen == "OS"


def test_cue_needs_an_upper_case_letter_and_no_lower_case_one():
    script = read("INT. LAB - DAY", "", "R2D2", "Beep.", "", "23", "Skidoo.", "", "Mary", "Hello.",
                  "", "@McCLANE", "Yippee.", "", "HANS (on the radio)", "Hello, John.")
    assert said(script) == [("R2D2", "Beep."), (None, "23 Skidoo."), (None, "Mary Hello."), ("McCLANE", "Yippee."),
                            ("HANS", "Hello, John.")]


@pytest.mark.parametrize(("cue", "voice", "cast", "voices"), [
    ("MOM (V.O.)", "VO", [], ["MOM"]),
    ("MOM (VO)", "VO", [], ["MOM"]),
    ("MOM (O.S.)", "OS", ["MOM"], []),
    ("MOM (O. S.)", "OS", ["MOM"], []),
    ("MOM (O.C.)", "OS", ["MOM"], []),
    ("MOM (OS)", "OS", ["MOM"], []),
    ("MOM (CONT'D)", "", ["MOM"], []),
    ("MOM (V.O.) (CONT'D)", "VO", [], ["MOM"]),
    ("NARRATOR", "VO", [], ["NARRATOR"]),
    ("@旁白", "VO", [], ["旁白"]),
])
def test_cue_extensions_set_the_voice_and_are_stripped(cue, voice, cast, voices):
    script = read("INT. HALL - DAY", "", cue, "Dinner.")
    [beat], [scene] = beats(script), scenes(script)
    assert (beat.speaker.lstrip("@"), beat.off_screen, scene.characters, scene.voices) == (
        cue.split(" (")[0].lstrip("@"), voice, cast, voices)


def test_caret_marks_dual_dialogue_one_shot_per_speaker():
    script = read("INT. HALL - DAY", "", "BRICK", "Screw retirement.", "", "STEEL ^", "Screw retirement.",
                  "", "@McCLANE (V.O.) ^", "Same.")
    assert said(script) == [("BRICK", "Screw retirement."), ("STEEL", "Screw retirement."), ("McCLANE", "Same.")]


def test_parentheticals_are_the_shot_direction():
    script = read("INT. HALL - DAY", "", "STEEL", "(starting the engine)", "So much for retirement!",
                  "", "@林晚", "（低声）", "走吧。")
    assert [(b.parenthetical, b.text) for b in beats(script)] == [("starting the engine", "So much for retirement!"),
                                                                 ("低声", "走吧。")]


def test_lyrics_lose_the_tilde():
    script = read("INT. HALL - DAY", "", "WONKA", "~Willy Wonka! Willy Wonka!", "~The amazing chocolatier!",
                  "", "~Row, row, row your boat", "~GENTLY DOWN THE STREAM")
    assert said(script) == [("WONKA", "Willy Wonka! Willy Wonka! The amazing chocolatier!"),
                            (None, "Row, row, row your boat GENTLY DOWN THE STREAM")]


# -- action -----------------------------------------------------------------------------------------

def test_exclamation_mark_forces_action():
    script = read("INT. HALL - DAY", "", "!SCANNING THE AISLES...", "Where is that pit boss?", "", "!CUT TO:")
    assert said(script) == [(None, "SCANNING THE AISLES... Where is that pit boss?"), (None, "CUT TO:")]


def test_centred_text_is_action_never_a_cue_or_transition():
    script = read("INT. HALL - DAY", "", "> THE END <", "", ">BRICK & STEEL<", ">FOREVER<", "", "> CUT TO: <")
    assert said(script) == [(None, "THE END"), (None, "BRICK & STEEL FOREVER"), (None, "CUT TO:")]
    assert not scenes(script)[0].characters and not any(beat.notes for beat in beats(script))


def test_emphasis_marks_are_removed():
    script = read("INT. HALL - DAY", "", "*italic* **bold** ***both*** _under_ _an *italic* word_", "",
                  "BRICK", "I *never* said **that**.")
    assert said(script) == [(None, "italic bold both under an italic word"), ("BRICK", "I never said that.")]


def test_emphasis_does_not_cross_a_line_break():
    script = read("INT. HALL - DAY", "", "He lost *all", "his money*.")
    assert beats(script)[0].text == "He lost *all his money*."


def test_backslash_escapes_emphasis_marks():
    script = read("INT. HALL - DAY", "", "Steel enters the code: \\*9765\\* and \\_under\\_ the desk.")
    assert beats(script)[0].text == "Steel enters the code: *9765* and _under_ the desk."


# -- transitions, page breaks, notes, boneyard ------------------------------------------------------

def test_transitions_are_notes_on_the_shot_before():
    script = read("INT. HALL - DAY", "", "CUT TO:", "", "Rain.", "", "SMASH CUT TO:", "", "EXT. YARD - DAY",
                  "", "Wind.", "", "> Burn to White.", "", "MARY", "Go.", "", "> 切至：")
    hall, yard = scenes(script)
    assert hall.notes == ["CUT TO:"] and hall.beats[0].notes == ["SMASH CUT TO:"]
    assert [beat.notes for beat in yard.beats] == [["Burn to White."], ["切至："]]
    assert said(script) == [(None, "Rain."), (None, "Wind."), ("MARY", "Go.")]


def test_a_line_ending_in_to_with_lower_case_letters_is_action():
    script = read("INT. HALL - DAY", "", "He walks to:")
    assert said(script) == [(None, "He walks to:")]


@pytest.mark.parametrize("page_break", ["===", "====", "=====", "  ===  "])
def test_three_or_more_equals_signs_are_a_page_break(page_break):
    script = read("INT. HALL - DAY", "", "Rain.", "", page_break, "", "Wind.", page_break, "Sun.")
    assert said(script) == [(None, "Rain."), (None, "Wind."), (None, "Sun.")]
    assert not scenes(script)[0].notes and not any(beat.notes for beat in beats(script))


def test_notes_become_scene_notes_also_across_lines():
    script = read("INT. HALL - DAY", "", "Rain. [[Needs a rain machine.]] It pours.", "",
                  "[[Ask the gaffer", TWO_SPACES, "about the lamps.]]", "", "MARY [[maybe JANE]]", "Hello.")
    [scene] = scenes(script)
    assert scene.notes == ["Needs a rain machine.", "Ask the gaffer about the lamps.", "maybe JANE"]
    assert said(script) == [(None, "Rain.  It pours."), ("MARY", "Hello.")]


def test_boneyard_is_ignored_and_keeps_its_paragraph_going():
    script = read("INT. HALL - DAY", "", "/* EXT. OLD YARD - DAY", "", "A cut scene.", "*/", "",
                  "MARY", "/* (angrily) */", "Go home. /* Now! */", "", "Rain.")
    [scene] = scenes(script)
    assert said(script) == [("MARY", "Go home."), (None, "Rain.")]
    assert not scene.beats[0].parenthetical and not scene.notes


def test_a_boneyard_of_many_lines_inside_a_speech_does_not_make_it_too_long():
    script = read("INT. HALL - DAY", "", "MARY", "/*", *["An old draft of the speech."] * 30_000, "*/", "Go home.")
    assert said(script) == [("MARY", "Go home.")]


# -- title page, sections and synopses ------------------------------------------------------------

def test_title_page_keys_with_indented_values():
    script = read("Title:", "    _**BRICK & STEEL**_", "    _**FULL RETIRED**_", "Credit: Written by",
                  "Authors:", "\tStu Maschwitz", "   林晚", "Source: Story by KTM", "Draft date: 1/20/2012",
                  "Contact:", "    Next Level Productions", "    1588 Mission Dr.", "", "INT. HALL - DAY", "", "Rain.")
    assert (script.title, script.author, script.draft_date) == ("BRICK & STEEL FULL RETIRED",
                                                                "Stu Maschwitz, 林晚", "1/20/2012")
    assert scenes(script)[0].notes == ["Credit: Written by", "Source: Story by KTM",
                                       "Contact: Next Level Productions, 1588 Mission Dr."]
    assert not script.unread


def test_a_first_paragraph_without_a_title_key_is_no_title_page():
    script = read("FADE IN:", "", "INT. HALL - DAY", "", "Rain.")
    assert not script.title and [(u.line, u.text) for u in script.unread] == [(1, "FADE IN:")]


def test_section_or_synopsis_before_a_heading_belongs_to_that_scene():
    script = read("INT. HALL - DAY", "", "Rain.", "", "# Act Two", "", "= Mary leaves.", "", "[[Night shoot]]",
                  "", "EXT. YARD - NIGHT", "", "Wind.", "", "## Midpoint", "", "Thunder.")
    hall, yard = scenes(script)
    assert hall.notes == ["Night shoot"] and yard.notes == ["Act Two", "Mary leaves.", "Midpoint"]


def test_synopsis_right_after_a_heading_describes_that_scene():
    script = read("INT. HALL - DAY", "", "= Mary waits for news.", "", "EXT. YARD - NIGHT", "", "Wind.")
    hall, yard = scenes(script)
    assert hall.notes == ["Mary waits for news."] and not yard.notes


def test_sections_that_name_episodes_start_episodes():
    script = read("# Episode 1: Pilot", "", "INT. HALL - DAY", "", "Rain.", "", "# 第二集 雾港", "", "= 林晚回来。",
                  "", "INT. 码头 - 夜", "", "浓雾。", "", "# EP. 3", "", "EXT. ROAD - DAY", "", "Dust.",
                  "", "# Act 2 - after episode 4", "", "Sun.")
    assert [(e.number, e.title, len(e.scenes)) for e in script.episodes] == [(1, "Pilot", 1), (2, "雾港", 1),
                                                                             (3, "", 1)]
    assert script.episodes[1].scenes[0].notes == ["林晚回来。"]
    assert script.episodes[2].scenes[0].notes == ["Act 2 - after episode 4"]


def test_section_and_synopsis_lines_leave_the_rest_of_their_paragraph_to_be_read():
    script = read("INT. HALL - DAY", "", "Rain.", "", "# Act Two", "= Mary leaves.", "EXT. YARD - NIGHT",
                  "Wind.")
    hall, yard = scenes(script)
    assert yard.notes == ["Act Two", "Mary leaves."] and said(script) == [(None, "Rain."), (None, "Wind.")]


def test_looks_like_fountain_needs_a_heading_starting_a_paragraph():
    assert looks_like_fountain("Title: X\n\n.FORCED\n\nRain.\n")
    assert looks_like_fountain("i/e. car - day\n")
    assert not looks_like_fountain("Rain.\nINT. HALL - DAY\n\n...INT. NOT\n")


# -- the corpus ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def harbour():
    return read_script(CORPUS / "harbour-lights.fountain")


@pytest.fixture(scope="module")
def fog():
    return read_script(CORPUS / "fog-harbour-zh.fountain")


@pytest.fixture(scope="module")
def night_shift():
    return read_script(CORPUS / "night-shift.fountain")


def breakdown(result) -> list[tuple]:
    """Per scene what a script supervisor notes: episode, number, INT/EXT, time, place, cast, voices."""
    places = {location.id: location.name for location in result.project.locations}
    names = {character.id: character.name for character in result.project.characters}
    voices = {e.number: {s.code: s.voices for s in e.scenes} for e in result.script.episodes}
    return [(episode.number, scene.code, scene.int_ext and scene.int_ext.value,
             scene.time_of_day and scene.time_of_day.value, places.get(scene.location_id),
             [names[c] for c in scene.cast], voices[episode.number][scene.code])
            for episode in result.project.episodes for scene in episode.scenes]


def lines_of(result, episode: int, code: str) -> list[str]:
    """The scene's shots as a script supervisor lists them: speech with its speaker, or the action."""
    found = next(e for e in result.project.episodes if e.number == episode)
    scene = next(s for s in found.scenes if s.code == code)
    return [shot.dialogue or shot.description for shot in episode_order(found) if shot.scene_id == scene.id]


def test_feature_excerpt_breaks_down_into_its_scenes(harbour):
    assert (harbour.project.title, harbour.script.author, harbour.script.draft_date) == (
        "HARBOUR LIGHTS", "Mara Quinlan, Theo Brandt", "14 March 2027")
    assert harbour.project.language is Language.EN and not harbour.unread
    assert breakdown(harbour) == [
        (1, "1", "EXT", "DAWN", "HARBOUR ROAD", ["DRIVER", "ADA"], []),
        (1, "2", "EXT", "DAY", "LIGHTHOUSE", ["TOMAS", "ADA"], []),
        (1, "3", "INT", "NIGHT", "LIGHTHOUSE - LAMP ROOM", [], ["EDWIN"]),
        (1, "4", "INT/EXT", None, "TOMAS'S TRUCK, DRIVING", ["TOMAS", "ADA"], []),
        (1, "5", "INT/EXT", "DAY", "harbour office", ["McCALLUM", "TOMAS"], []),
        (1, "6", None, None, "UNDERWATER - THE GULL'S HULL", [], []),
        (1, "7", "EXT", "DUSK", "HARBOUR TOWN", ["ADA", "TOMAS"], []),
    ]


def test_feature_excerpt_gives_every_line_of_dialogue_and_action(harbour):
    assert lines_of(harbour, 1, "2") == [
        "The tower is streaked with salt. A padlock on the door, rusted shut.",
        "Ada sets the suitcase down. She tries a key. Then another. The third one turns.",
        "TOMAS (OS): You'll want to oil that first.",
        "Ada spins. TOMAS REYES (60s, harbourmaster, pipe unlit) leans on the railing below.",
        "ADA: You were his friend.",
        "TOMAS: I was his only friend. There's a difference.",
    ]
    assert lines_of(harbour, 1, "3") == [
        "A younger TOMAS and Ada's father, EDWIN MORROW, polish the great lens.",
        "EDWIN (VO): Every light is a promise, Ada. Even the ones nobody sees.",
        "Keep the lamp and keep the watch, keep the sea from the door.",
    ]
    assert lines_of(harbour, 1, "4") == ["Tomas drives. Ada watches the coast go by.", "TOMAS: You staying?",
                                         "ADA: I haven't decided.", "THE WIPERS BEAT. Neither of them speaks.",
                                         "ADA: Maybe."]
    assert lines_of(harbour, 1, "7") == [
        "Every window lit but one. The chandlery sign reads OPEN 24*7 and a chalkboard says _GONE FISHING_.",
        "ADA: I'll light it.", "TOMAS: It hasn't been lit in four years.", "ADA: Then it's overdue.", "THE END"]


def test_feature_excerpt_keeps_its_notes_where_they_belong(harbour):
    episode = harbour.project.episodes[0]
    notes = {scene.code: scene.notes.split("\n") for scene in episode.scenes}
    assert notes["1"] == ["Credit: Written by", "Source: An original screenplay",
                          "Contact: Brandt & Quinlan, harbour@example.com", "Act One",
                          "Ada comes home to the lighthouse her father left her.",
                          "Bus: period livery, check with art."]
    assert notes["5"] == ["Act Two", "The Gull calls for help.",
                          "The Gull: a trawler, four crew. Sound: radio crackle under the whole scene."]
    assert notes["6"] == ["The storm"]
    shot_notes = [(shot.code, shot.notes) for shot in episode.shots if shot.notes]
    assert shot_notes == [("1-05", "CUT TO:"), ("3-03", "SMASH CUT TO:"), ("7-04", "FADE TO:")]
    assert not any("DELETED PUB" in scene.heading for scene in episode.scenes)


def test_chinese_script_with_at_cues_breaks_down_into_its_scenes(fog):
    assert (fog.project.title, fog.script.author, fog.script.draft_date) == ("雾港", "沈一舟", "2027年3月")
    assert fog.project.language is Language.ZH and not fog.unread
    assert [(e.number, e.title) for e in fog.project.episodes] == [(1, "归来"), (2, "旧账")]
    assert breakdown(fog) == [
        (1, "1", "EXT", "DAWN", "雾港码头", ["林晚", "老周"], ["旁白"]),
        (1, "2", "INT", "NIGHT", "灯塔", ["顾沉", "林晚"], []),
        (1, "3", "INT", "NIGHT", "灯塔顶层", ["林父"], []),
        (2, "1", "INT", "DAY", "港务局办公室", ["顾沉"], []),
        (2, "2", "EXT", "DUSK", "码头仓库", [], ["林晚"]),
    ]


def test_chinese_script_gives_every_line_of_dialogue_and_action(fog):
    assert lines_of(fog, 1, "1") == ["浓雾。渡轮靠岸，林晚拎着旧皮箱走下舷梯。", "林晚：三年了，一点没变。",
                                     "码头工人老周 抬头看见她，愣住。", "老周：晚晚？你真回来了？",
                                     "旁白：那一年，雾港的灯塔再也没有亮过。"]
    assert lines_of(fog, 1, "2") == ["灯塔里积满灰尘。 林晚推开生锈的铁门。", "顾沉（OS）：这里不欢迎你。",
                                     "顾沉（三十岁，港务局）从楼梯的阴影里走出来。", "林晚：这是我父亲的灯塔。",
                                     "顾沉：现在归港务局管。"]
    assert lines_of(fog, 2, "1") == ["顾沉把一本日志推到林晚面前。", "顾沉：你父亲欠的， 不只是钱。",
                                     "雾里有灯， 灯下有人。"]
    assert lines_of(fog, 2, "2") == ["林晚独自站在仓库门口，攥紧日志。", "林晚（VO）：爸，这一次，我替你把灯点亮。"]


def test_chinese_script_keeps_directions_transitions_and_notes(fog):
    first, second = fog.project.episodes
    assert [shot.description for shot in first.shots if shot.dialogue][:1] == ["（自言自语）"]
    assert [(shot.code, shot.notes) for shot in first.shots if shot.notes] == [("2-05", "切至：")]
    assert second.scenes[0].notes == "道具：父亲的航海日志，封面有水渍。"
    assert first.scenes[0].notes == "林晚回到雾港，发现父亲的灯塔已被查封。"


def test_series_breaks_down_into_episodes_and_scenes(night_shift):
    assert [(e.number, e.title) for e in night_shift.project.episodes] == [(1, "Intake"), (2, "Rounds"),
                                                                          (3, "Discharge")]
    assert breakdown(night_shift) == [
        (1, "1", "INT", "NIGHT", "ST. JUDE'S HOSPITAL - ER", ["DR. FENWICK", "AMARA"], []),
        (1, "2", "INT", "NIGHT", "ST. JUDE'S - CORRIDOR", [], ["PA SYSTEM"]),
        (1, "3", "EXT", "DAWN", "AMBULANCE BAY", ["JOE", "AMARA"], []),
        (2, "1", "INT/EXT", "NIGHT", "AMBULANCE", ["RADIO", "JOE"], []),
        (2, "2", "INT/EXT", "DAY", "PARKING GARAGE", [], []),
        (2, "3", "INT", None, "BREAK ROOM", ["DR. FENWICK", "AMARA"], []),
        (3, "1", "INT", "NIGHT", "ROOFTOP", ["AMARA", "JOE"], []),
    ]


def test_series_gives_every_line_and_reports_text_outside_a_scene(night_shift):
    assert lines_of(night_shift, 1, "1") == [
        "Sirens outside. AMARA OSEI (20s, new nurse, badge still shiny) grips a clipboard.",
        "DR. FENWICK: You're the new one. Bay three. Go.", "AMARA: Yes, Doctor.", "She goes."]
    assert lines_of(night_shift, 2, "3") == ["DR. FENWICK: You did well tonight.", "AMARA: I froze.",
                                             "DR. FENWICK: Everyone freezes. You thawed."]
    assert lines_of(night_shift, 3, "1") == ["The city hums below. Amara and Joe share a thermos.",
                                             "AMARA: Same time tomorrow?", "JOE: Same time forever."]
    assert [(u.line, u.text) for u in night_shift.unread] == [(48, "Previously on NIGHT SHIFT.")]
    second = night_shift.project.episodes[1]
    assert second.scenes[0].notes == "Previously on NIGHT SHIFT.\nAct One"
    assert second.scenes[2].notes == "Fenwick decides to trust Amara."
    assert [shot.notes for shot in night_shift.project.episodes[2].shots][-1] == "FADE OUT."


MARKUP_WORDS = {"Title", "Author", "Authors", "Draft", "date", "CONT", "D", "V", "O", "S", "C", "画外音", "Episode",
                "第一集", "第二集"}
"""Words of the corpus that are markup, not text: title page keys, cue extensions, episode numbers."""
WORDS = re.compile(r"[^\W_]+")


def kept_words(result) -> set[str]:
    """Every word the import keeps: in the project, the title page and the unread report."""
    project, script = result.project, result.script
    texts = [project.title, script.author, script.draft_date, *(u.text for u in result.unread)]
    texts += [location.name for location in project.locations] + [c.name for c in project.characters]
    for episode in project.episodes:
        texts.append(episode.title)
        texts += [text for scene in episode.scenes for text in (scene.code, scene.heading, scene.notes)]
        texts += [text for shot in episode.shots for text in (shot.description, shot.dialogue, shot.notes)]
    return set(WORDS.findall("\n".join(texts)))


def read_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of a script that hold text: not blank, not a page break, not in the boneyard."""
    found, in_boneyard = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith("/*"):
            in_boneyard = True
        if line.strip() and not in_boneyard and not re.fullmatch(r"\s*={3,}\s*", line):
            found.append((number, line))
        in_boneyard = in_boneyard and "*/" not in line
    return found


@pytest.mark.parametrize("name", ["harbour-lights.fountain", "fog-harbour-zh.fountain", "night-shift.fountain"])
def test_nothing_is_silently_lost(name):
    result = read_script(CORPUS / name)
    kept = kept_words(result)
    lost = [(number, line) for number, line in read_lines(CORPUS / name)
            if set(WORDS.findall(line)) - kept - MARKUP_WORDS]
    assert not lost
