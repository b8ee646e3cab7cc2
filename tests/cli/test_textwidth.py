"""Terminal text for ``shotgraph check``: Chinese characters take two cells and wrap anywhere."""

from __future__ import annotations

import pytest

from shotgraph.cli.textwidth import pad, truncate, wrap
from shotgraph.core.text_width import display_width


def test_chinese_characters_take_two_cells():
    assert display_width("镜头 3A") == 7 and display_width("（当前：—）") == 11
    assert display_width(pad("天台", 6)) == 6


def test_truncate_ends_in_an_ellipsis_within_the_width():
    assert truncate("本集含AI生成镜头", 7) == "本集含…"
    assert truncate("short", 7) == "short"


@pytest.mark.parametrize("width", [8, 13, 20, 33])
def test_wrapped_lines_fit_and_keep_every_character(width):
    text = "本集含AI生成镜头（首个：2），但没有显示至少 2 秒的AI内容标识 and some English words too"
    lines = wrap(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_wrap_breaks_latin_text_at_spaces_and_keeps_punctuation_with_its_character():
    assert wrap("Shots 1, 2, 3 cut back into each other", 16) == ["Shots 1, 2, 3", "cut back into", "each other"]
    assert all(not line.startswith(("，", "）", "。")) for line in wrap("甲乙丙丁，戊己庚（辛）。壬癸", 8))


def test_wrap_cuts_overlong_words_and_long_text():
    assert wrap("x" * 20, 8) == ["x" * 8, "x" * 8, "x" * 4]
    assert wrap("one two three four five six", 9, max_lines=2) == ["one two", "three…"]
