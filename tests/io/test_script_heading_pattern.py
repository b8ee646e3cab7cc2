"""Scene headings taught from one example line: the layout it learns, the lines it accepts, and a
script without headings ShotGraph knows read with them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.scripts import HeadingPattern, NoHeadingsError, read_script
from shotgraph.core.io.scripts.heading_pattern import MAX_EXAMPLE_CHARS
from shotgraph.core.io.scripts.reading import FIRST_LINES


@pytest.mark.parametrize(("example", "layout", "line", "expected"), [
    ("第3场 公司 日", "第N场", "第12场 夜 外 街道", ("12", "夜 外 街道")),
    ("第3场 公司 日", "第N场", "第十二场 家", ("12", "家")),
    ("第3场 公司 日", "第N场", "第 3-2 场 客厅", ("3-2", "客厅")),
    ("第3场 公司 日", "第N场", "第３场", ("3", "")),
    ("Scene 12: office, day", "Scene N:", "SCENE 12A: hall", ("12A", "hall")),
    ("Scene 12: office, day", "Scene N:", "scene 4 ： kitchen - night", ("4", "kitchen night")),
    ("Scene 12: office, day", "Scene N:", "Scene 3.2: roof", ("3.2", "roof")),
    ("【场景3】夜 内 堂屋", "【场景N】", "[场景12] 日 外 院子", ("12", "日 外 院子")),
    ("SC 4 - KITCHEN - NIGHT", "SC N -", "sc 5 — hall — day", ("5", "hall day")),
    ("12 张三卧室 日内", "N", "3 客厅 夜", ("3", "客厅 夜")),
    ("12 张三卧室 日内", "N", "三 客厅", ("3", "客厅")),
])
def test_a_line_laid_out_like_the_example_is_a_heading_with_its_number(example, layout, line, expected):
    pattern = HeadingPattern.from_example(example)
    assert pattern.layout == layout and pattern.numbered
    assert pattern.match(line) == expected


@pytest.mark.parametrize(("example", "line"), [
    ("第3场 公司 日", "第3集 初遇"),
    ("第3场 公司 日", "林晓：第3场戏呢？"),
    ("Scene 12: office, day", "Scenery 3: hills"),
    ("Scene 12: office, day", "Scene 5 hall"),
    ("【场景3】夜 内 堂屋", "【场景】夜"),
    ("12 张三卧室 日内", "3个人走进来"),
    ("12 张三卧室 日内", "1234567 客厅"),
    ("场景：公司门口 日", "场景一：公司"),
    ("场景：公司门口 日", "地点：公司"),
])
def test_a_line_laid_out_otherwise_is_not_a_heading(example, line):
    assert HeadingPattern.from_example(example).match(line) is None


def test_every_example_is_a_heading_of_its_own_layout():
    for example in ("第3场 公司 日", "Scene 12: office, day", "【场景3】夜 内 堂屋", "SC 4 - KITCHEN - NIGHT",
                    "场景：公司门口 日", "内景 客厅 夜", "（一）客厅 夜", "3. 客厅"):
        assert HeadingPattern.from_example(example).match(example) is not None, example


def test_an_example_without_a_number_keeps_its_leading_word_and_leaves_the_numbering_to_the_reader():
    pattern = HeadingPattern.from_example("  场景：公司门口 日  ")
    assert (pattern.layout, pattern.numbered, pattern.example) == ("场景：", False, "场景：公司门口 日")
    assert pattern.match("场景:客厅 夜") == ("", "客厅 夜")
    plain = HeadingPattern.from_example("内景 客厅 夜")
    assert plain.layout == "内景" and plain.match("内景 厨房 日") == ("", "厨房 日")
    assert plain.match("内景厨房") is None


@pytest.mark.parametrize(("example", "message"), [
    ("", "empty"),
    ("   \t ", "empty"),
    ("第1场 " + "客" * MAX_EXAMPLE_CHARS, "characters long"),
])
def test_an_empty_or_overlong_example_is_refused(example, message):
    with pytest.raises(ValueError, match=message):
        HeadingPattern.from_example(example)


def test_an_example_of_regular_expression_marks_is_read_literally():
    pattern = HeadingPattern.from_example("(.*)+ 3 客厅")
    assert pattern.layout == "(.*)+ N" and pattern.match("(.*)+ 4 厨房") == ("4", "厨房")
    assert pattern.match("xxxx 4 厨房") is None and pattern.match("((((4 厨房") is None


def test_matching_hostile_lines_takes_time_in_proportion_to_their_length():
    patterns = [HeadingPattern.from_example(example) for example in
                ("Scene 12: office", "12 张三卧室", "场景：公司", "3. 客厅", "内景 客厅", "SC 4 - KITCHEN")]
    lines = ["Scene" + " " * 100_000 + "1" + " " * 100_000 + "x", "1" + "-1" * 100_000, " " * 200_000 + "x",
             "Scene 1" + " ." * 100_000, "内景" + " " * 200_000 + "厨", "SC 4" + " -" * 100_000]
    start = time.perf_counter()
    for pattern in patterns:
        for line in lines:
            pattern.match(line)
    assert time.perf_counter() - start < 1


# -- reading a script with headings taught from an example ---------------------------------------

ENGLISH = "Draft two\nScene 1: office, day\nJOHN: Morning.\nShe sits.\n\nScene 2: home - night\nHe sleeps.\n"
CHINESE = "第1集\n（一）客厅 夜\n林晓：你好。\n（二）厨房 日\n△做饭。\n第2集\n（一）街道 夜\n△走。\n"


def written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_script_without_known_headings_is_refused_naming_its_first_lines(tmp_path):
    path = written(tmp_path, "draft.txt", "\n".join(f"第{n}句台词" for n in range(1, 40)))
    with pytest.raises(NoHeadingsError) as raised:
        read_script(path)
    error = raised.value
    assert [line.line for line in error.lines] == list(range(1, FIRST_LINES + 1))
    assert error.lines[0].text == "第1句台词" and error.exit_status == 2
    assert "draft.txt: no scene headings found" in str(error)
    assert "line 5 “第5句台词”, …" in str(error) and "line 6" not in str(error)
    assert "INT. PLACE - DAY" in str(error) and "第1集" in str(error) and "--scene-heading" in str(error)


def test_episode_headings_without_scenes_offer_the_lines_outside_any_scene(tmp_path):
    with pytest.raises(NoHeadingsError, match="no scenes found under the episode headings") as raised:
        read_script(written(tmp_path, "series.txt", CHINESE))
    assert [(line.line, line.text) for line in raised.value.lines][:2] == [(2, "（一）客厅 夜"), (3, "林晓：你好。")]


def test_a_script_read_with_taught_headings_makes_their_scenes(tmp_path):
    result = read_script(written(tmp_path, "draft.txt", ENGLISH), HeadingPattern.from_example("Scene 1: office, day"))
    scenes = result.project.episodes[0].scenes
    assert [(scene.code, scene.heading) for scene in scenes] == [("1", "Scene 1: office, day"),
                                                                 ("2", "Scene 2: home - night")]
    assert [line.line for line in result.unread] == [1]
    series = read_script(written(tmp_path, "series.txt", CHINESE), HeadingPattern.from_example("（一）客厅 夜"))
    assert [len(episode.scenes) for episode in series.project.episodes] == [2, 1]


def test_taught_headings_no_line_has_are_refused(tmp_path):
    with pytest.raises(InputError, match="no line reads as a scene heading laid out like “第1集”"):
        read_script(written(tmp_path, "series.txt", CHINESE), HeadingPattern.from_example("第1集"))


def test_a_script_with_no_text_is_refused_without_lines_to_pick(tmp_path):
    with pytest.raises(InputError, match="the script has no text") as raised:
        read_script(written(tmp_path, "blank.txt", "\n  \n"))
    assert not isinstance(raised.value, NoHeadingsError)
