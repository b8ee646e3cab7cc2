"""Each heading, cast and speaker layout of Chinese scripts (docs/scripts.md), one rule at a time."""

from __future__ import annotations

import pytest

from shotgraph.core.graph import episode_order
from shotgraph.core.io.scripts import read_script
from shotgraph.core.model import Intent, IntExt, ShotSize, TimeOfDay

DAY, NIGHT, DAWN, DUSK = TimeOfDay.DAY, TimeOfDay.NIGHT, TimeOfDay.DAWN, TimeOfDay.DUSK
INT, EXT, INT_EXT = IntExt.INT, IntExt.EXT, IntExt.INT_EXT


def imported(tmp_path, text: str):
    path = tmp_path / "剧本.txt"
    path.write_text(text, encoding="utf-8")
    return read_script(path)


def first_scene(result):
    episode = result.project.episodes[0]
    scene = episode.scenes[0]
    places = {loc.id: loc.name for loc in result.project.locations}
    return episode, (scene.code, scene.time_of_day, scene.int_ext, places.get(scene.location_id, ""))


def shots(result, episode: int = 0):
    return episode_order(result.project.episodes[episode])


def names(result, ids) -> list[str]:
    by_id = {c.id: c.name for c in result.project.characters}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(("heading", "expected"), [
    ("1-1 日 内 总裁办公室", ("1", DAY, INT, "总裁办公室")),
    ("1-1 总裁办公室 日内", ("1", DAY, INT, "总裁办公室")),
    ("1-1 公司门口 日外", ("1", DAY, EXT, "公司门口")),
    ("1-1，外，武当山玄岳门，日", ("1", DAY, EXT, "武当山玄岳门")),
    ("1-1,夜,内,客厅", ("1", NIGHT, INT, "客厅")),
    ("1-1 总裁办公室日内", ("1", DAY, INT, "总裁办公室")),
    ("1 张三卧室 日内", ("1", DAY, INT, "张三卧室")),
    ("**1-1 日 外 乡村公路**", ("1", DAY, EXT, "乡村公路")),
    ("## 1-1 日 外 乡村公路", ("1", DAY, EXT, "乡村公路")),
    ("【1-1】日 外 乡村公路", ("1", DAY, EXT, "乡村公路")),
    ("1-2 日 内/外 车内", ("2", DAY, INT_EXT, "车内")),
    ("1-2 日 内外 车内", ("2", DAY, INT_EXT, "车内")),
    ("1-2 夜 内景 仓库", ("2", NIGHT, INT, "仓库")),
    ("1-2 夜 外景 码头", ("2", NIGHT, EXT, "码头")),
    ("1-1 日 外 乡村公路/大巴车", ("1", DAY, EXT, "乡村公路/大巴车")),
    ("１－３Ａ 夜 内 酒吧", ("3A", NIGHT, INT, "酒吧")),
    ("第3场 夜 外 街道", ("3", NIGHT, EXT, "街道")),
    ("20、卫生间 夜 内", ("20", NIGHT, INT, "卫生间")),
    ("场景2 湖边 日外", ("2", DAY, EXT, "湖边")),
    ("场景十二：湖边 日外", ("12", DAY, EXT, "湖边")),
])
def test_a_scene_heading_gives_number_time_int_ext_and_place_in_any_layout(tmp_path, heading, expected):
    _, found = first_scene(imported(tmp_path, f"第1集\n{heading}\n△林晓走进来。\n"))
    assert found == expected


def test_a_heading_spread_over_lines_is_one_heading(tmp_path):
    result = imported(tmp_path, "第8集\n8-1\n场景：夜 内 堂屋\n△灯灭了。\n8-2\n地点：后院\n时间：晨\n△鸡叫。\n")
    episode = result.project.episodes[0]
    assert [(s.code, s.time_of_day, s.int_ext) for s in episode.scenes] == [("1", NIGHT, INT), ("2", DAWN, None)]
    assert [loc.name for loc in result.project.locations] == ["堂屋", "后院"]
    assert episode.scenes[0].heading == "8-1 夜 内 堂屋"


@pytest.mark.parametrize(("word", "time"), [
    *((w, DAWN) for w in ("凌晨", "黎明", "清晨", "晨", "早")),
    *((w, DAY) for w in ("日", "白天", "上午", "中午", "下午")),
    *((w, DUSK) for w in ("黄昏", "傍晚", "昏")),
    *((w, NIGHT) for w in ("夜", "夜晚", "深夜", "晚")),
])
def test_each_time_word_gives_its_time_of_day(tmp_path, word, time):
    _, found = first_scene(imported(tmp_path, f"1-1 {word} 内 客厅\n△林晓走进来。\n"))
    assert found[1] is time


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("第1集", 1, ""), ("第一集", 1, ""), ("第十二集", 12, ""), ("第1集 初遇", 1, "初遇"),
    ("第1集：初遇", 1, "初遇"), ("# 第 1 集", 1, ""), ("EP01", 1, ""), ("Episode 3", 3, ""),
    ("EP02 旧账", 2, "旧账"), ("**第二十集 大结局**", 20, "大结局"), ("【第5集】", 5, ""),
])
def test_episode_headings_with_chinese_numerals_wrappers_and_titles(tmp_path, heading, number, title):
    episode, _ = first_scene(imported(tmp_path, f"{heading}\n1 客厅 日内\n△林晓走进来。\n"))
    assert (episode.number, episode.title) == (number, title)


def test_the_cast_list_is_the_scene_cast_even_for_those_who_never_speak(tmp_path):
    result = imported(tmp_path, "1-1 日 内 客厅\n出场人物：林晓，陈墨、老船工\n林晓：走吧。\n")
    scene = result.project.episodes[0].scenes[0]
    assert names(result, scene.cast) == ["林晓", "陈墨", "老船工"]


def test_group_words_are_not_characters(tmp_path):
    result = imported(tmp_path, "第1集\n1-1 日 内 客厅\n人物：林晓、陈墨\n△二人对坐。\n"
                                "1-2 夜 外 街道\n人物：前场所有人、老周\n△三人走着。\n"
                                "1-3 夜 内 酒吧\n主要人物：全员、路人、群演20人、几个保镖\n△酒吧里人声鼎沸。\n")
    scenes = result.project.episodes[0].scenes
    assert [names(result, s.cast) for s in scenes] == [["林晓", "陈墨"], ["林晓", "陈墨", "老周"],
                                                       ["林晓", "陈墨", "老周"]]
    assert [s.extras for s in scenes] == [0, 0, 22]
    assert "群演20人" in scenes[2].notes
    assert [c.name for c in result.project.characters] == ["林晓", "陈墨", "老周"]


def test_a_direction_in_brackets_is_kept_apart_from_the_speech(tmp_path):
    result = imported(tmp_path, "1-1 日 内 客厅\n陈墨（冷冷地）：放下吧。\n陈墨：（转身）走吧。\n")
    assert [(s.description, s.dialogue) for s in shots(result)] == [("（冷冷地）", "陈墨：放下吧。"),
                                                                   ("（转身）", "陈墨：走吧。")]


def test_a_cue_alone_on_its_line_takes_the_following_lines_as_its_speech(tmp_path):
    result = imported(tmp_path, "1-1 日 内 客厅\n林晚：\n（哽咽）\n我等了你三年。\n三年！\n\n△陈墨沉默。\n"
                                "陈墨：\n\n对不起。\n△他转身离开。\n")
    found = [(s.description, s.dialogue) for s in shots(result)]
    assert found == [("（哽咽）", "林晚：我等了你三年。\n三年！"), ("陈墨沉默。", ""), ("", "陈墨：对不起。"),
                     ("他转身离开。", "")]


def test_a_line_spoken_by_two_is_spoken_by_both(tmp_path):
    result = imported(tmp_path, "1-1 日 内 客厅\n陈墨、林晚：不要！\n")
    shot = shots(result)[0]
    assert shot.dialogue == "陈墨、林晚：不要！"
    assert names(result, [c.character_id for c in shot.characters]) == ["陈墨", "林晚"]
    assert names(result, result.project.episodes[0].scenes[0].cast) == ["陈墨", "林晚"]


@pytest.mark.parametrize("cue", ["陈墨（OS）", "陈墨OS", "陈墨（画外音）", "陈墨（内心独白）", "陈墨（心声）"])
def test_an_off_screen_speaker_is_in_the_scene_cast_but_not_in_frame(tmp_path, cue):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n人物：林晚\n{cue}：我在这儿。\n")
    shot = shots(result)[0]
    assert (shot.dialogue, shot.characters) == ("陈墨（OS）：我在这儿。", [])
    assert names(result, result.project.episodes[0].scenes[0].cast) == ["林晚", "陈墨"]
    assert [c.name for c in result.project.characters] == ["林晚", "陈墨"]


@pytest.mark.parametrize(("line", "voice"), [("陈墨（VO）：那年我十八岁。", "陈墨"), ("旁白：那年他十八岁。", "旁白")])
def test_voice_over_and_narration_are_voices_for_post_not_cast(tmp_path, line, voice):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n人物：林晚\n{line}\n")
    shot = shots(result)[0]
    assert shot.characters == []
    assert names(result, result.project.episodes[0].scenes[0].cast) == ["林晚"]
    assert voice in [c.name for c in result.project.characters]


@pytest.mark.parametrize("line", ["字幕：三年后", "【字幕】三年后", "手机屏幕上显示：老公来电", "短信：我到了"])
def test_on_screen_text_is_an_insert_shot_not_a_speaker(tmp_path, line):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n人物：林晚\n{line}\n")
    shot = shots(result)[0]
    assert (shot.description, shot.dialogue, shot.camera.size) == (line, "", ShotSize.INSERT)
    assert [c.name for c in result.project.characters] == ["林晚"]


def test_music_cues_and_transitions_are_notes_on_their_shot_never_shots(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n♪ 钢琴声起\n△林晚坐下。\n♪ 音乐渐弱\n（转场）\n"
                                "1-2 日 外 街道\n【转场】\n")
    found = shots(result)
    assert [(s.description, s.notes) for s in found] == [("林晚坐下。", "♪ 钢琴声起\n♪ 音乐渐弱\n（转场）")]
    assert result.project.episodes[0].scenes[1].notes == "【转场】"


def test_a_flashback_marks_the_shots_after_it_until_it_ends(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n△林晚看着照片。\n【闪回】\n△少年陈墨在雨中奔跑。\n"
                                "陈墨：等等我！\n（闪回结束）\n△林晚合上相册。\n"
                                "1-2 夜 外 街道\n△雨停了。\n")
    assert [Intent.FLASHBACK in s.intent for s in shots(result)] == [False, True, True, False, False]


def test_labels_before_a_colon_are_not_speakers(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n画面：窗外大雨。\n她说：我不去。\n")
    assert [(s.description, s.dialogue) for s in shots(result)] == [("画面：窗外大雨。", ""), ("她说：我不去。", "")]
    assert result.project.characters == []


def test_a_file_mixing_layouts_reads_each_heading(tmp_path):
    result = imported(tmp_path, "第一集\n1-1 日 内 客厅\n△甲。\n**1-2 夜 外 街道**\n△乙。\n"
                                "1-3\n场景：晨 内 厨房\n△丙。\n4 卧室 日内\n△丁。\n")
    assert [s.code for s in result.project.episodes[0].scenes] == ["1", "2", "3", "4"]


def test_a_character_only_ever_heard_as_narrator_is_noted_as_a_voice_for_post(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n人物：林晚\n旁白：那年她十八岁。\n林晚：走吧。\n")
    notes = {c.name: c.notes for c in result.project.characters}
    assert notes == {"林晚": "", "旁白": "后期配音角色（画外音或旁白），无需到场。"}


@pytest.mark.parametrize(("heading", "expected"), [
    ("1-1 车内日内", ("1", DAY, INT, "车内")),
    ("1-1 书内凌晨内", ("1", DAWN, INT, "书内")),
    ("1-1 客厅深夜内", ("1", NIGHT, INT, "客厅")),
    ("1-1 门外夜外", ("1", NIGHT, EXT, "门外")),
    ("1-1 日内内院", ("1", DAY, INT, "内院")),
    ("【１－１】日 外 乡村公路", ("1", DAY, EXT, "乡村公路")),
    ("1-1 客厅/日/内", ("1", DAY, INT, "客厅")),
    ("1-1 日/内/乡村公路/大巴车", ("1", DAY, INT, "乡村公路/大巴车")),
    ("1-1 乡村公路/大巴车/夜/外", ("1", NIGHT, EXT, "乡村公路/大巴车")),
])
def test_a_place_glued_to_its_time_and_int_ext_keeps_its_own_inside_or_outside(tmp_path, heading, expected):
    """The glued part names a time and 内/外 once each: 车内日内 is 车内 by day, not 车 with 内 twice."""
    _, found = first_scene(imported(tmp_path, f"{heading}\n△林晓走进来。\n"))
    assert found == expected


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("【第１集】 初遇", 1, "初遇"), ("**第１２集 大结局**", 12, "大结局"), ("EP01、旧账", 1, "旧账"),
    ("Episode 3：归来", 3, "归来"),
])
def test_episode_headings_in_full_width_digits_or_with_any_separator_before_the_title(tmp_path, heading, number,
                                                                                     title):
    episode, _ = first_scene(imported(tmp_path, f"{heading}\n1 客厅 日内\n△林晓走进来。\n"))
    assert (episode.number, episode.title) == (number, title)


def test_a_group_cue_before_anyone_is_in_the_scene_shows_nobody_and_makes_no_character(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n全员：拜！\n")
    shot = shots(result)[0]
    assert (shot.dialogue, shot.characters, result.project.characters) == ("全员：拜！", [], [])


@pytest.mark.parametrize(("line", "speaker"), [("Carlos：你好。", "Carlos"), ("Gustavo：走吧。", "Gustavo"),
                                               ("林晚OS：别回头。", "林晚")])
def test_a_latin_name_ending_in_os_or_vo_is_a_name_not_a_voice_mark(tmp_path, line, speaker):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n{line}\n")
    assert [c.name for c in result.project.characters] == [speaker]
    assert bool(shots(result)[0].characters) is (speaker != "林晚")


@pytest.mark.parametrize("cue", ["陈墨（冷冷地）：", "陈墨：（冷冷地）", "陈墨：\n（冷冷地）"])
def test_a_blank_line_after_a_cue_and_its_direction_does_not_end_the_speech_before_it_begins(tmp_path, cue):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n{cue}\n\n对不起。\n")
    assert [(s.description, s.dialogue) for s in shots(result)] == [("（冷冷地）", "陈墨：对不起。")]


@pytest.mark.parametrize("direction", ["看短信", "盯着手机屏幕"])
def test_a_direction_about_a_phone_keeps_the_line_dialogue(tmp_path, direction):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n林晓（{direction}）：我到了。\n")
    shot = shots(result)[0]
    assert (shot.description, shot.dialogue, shot.camera.size) == (f"（{direction}）", "林晓：我到了。", None)


@pytest.mark.parametrize(("line", "note"), [("【转场】", True), ("（叠化）", True), ("画面：窗外大雨。", False),
                                            ("音效：雷声。", False)])
def test_a_transition_or_a_labelled_action_line_ends_a_cues_speech(tmp_path, line, note):
    result = imported(tmp_path, f"1-1 夜 内 客厅\n林晚：\n我等了你三年。\n{line}\n")
    found = [(s.dialogue, s.description, s.notes) for s in shots(result)]
    speech = ("林晚：我等了你三年。", "", line if note else "")
    assert found == ([speech] if note else [speech, ("", line, "")])


def test_a_cast_members_name_ending_like_a_speech_verb_still_speaks(tmp_path):
    """林道 listed in the cast speaks; an unknown 她说 before a colon stays prose."""
    result = imported(tmp_path, "1-1 夜 内 客厅\n人物：林道\n林道：你好。\n她说：我不去。\n")
    assert [(s.dialogue, s.description) for s in shots(result)] == [("林道：你好。", ""), ("", "她说：我不去。")]


def test_an_action_line_shows_the_longer_name_it_mentions_and_latin_names_next_to_chinese(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n人物：林晓、林晓晓、Tony\n"
                                "△林晓晓走进来，Tony跟在后面。\n△林晓看着林晓晓。\n")
    by_id = {c.id: c.name for c in result.project.characters}
    assert [[by_id[c.character_id] for c in s.characters] for s in shots(result)] == [
        ["林晓晓", "Tony"], ["林晓", "林晓晓"]]


def test_a_voice_heard_before_they_appear_joins_the_scene_cast_and_is_no_longer_only_a_voice(tmp_path):
    result = imported(tmp_path, "1-1 夜 内 客厅\n人物：林晚\n陈墨（VO）：我来了。\n陈墨：开门。\n")
    scene = result.script.episodes[0].scenes[0]
    assert (scene.characters, scene.voices) == (["林晚", "陈墨"], [])
