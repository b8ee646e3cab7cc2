"""The shooting board: a day's storyboard frames in shooting order, on its own or after each day's call sheet."""

from __future__ import annotations

import re

import pytest
from callsheet_reading import page_texts
from pypdf import PdfReader

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.exports import export

BOARD_FOOTER = re.compile(r"Day (\d+) · board page (\d+) of (\d+)")
SHEET_FOOTER = re.compile(r"Day (\d+) · page")


@pytest.fixture(scope="module")
def demo():
    return load_project(demo_project_path())


def panel_codes(text: str) -> list[str]:
    """The shot codes heading the panels of a page, in reading order (each followed by its mode badge)."""
    return re.findall(r"^(\S+) (?:LIVE|HYBRID|AI)$", text, re.MULTILINE)


def test_a_days_board_shows_its_shots_in_shooting_order_with_their_setups(tmp_path, demo):
    path = tmp_path / "board.pdf"
    export("boards", demo, path, base=demo_project_path().parent, day=1)
    texts = page_texts(path)
    shots = {s.id: s.code for e in demo.episodes for s in e.shots}
    order = [shots[i] for setup in demo.days[0].setups for i in setup.shot_ids]
    assert [code for text in texts for code in panel_codes(text)] == order
    assert "Setup 机位 1 · 07:30 · 1-4 EXT DAY" in texts[0]
    assert all("霓虹之下 — SHOOTING BOARD 拍摄分镜 · Day 1 of 2 · 2026-12-02 Wed 周三" in text for text in texts)
    assert [BOARD_FOOTER.findall(text) for text in texts] == [[("1", str(n), str(len(texts)))]
                                                             for n in range(1, len(texts) + 1)]
    assert sum(len(page.images) for page in PdfReader(path).pages) == len(order)


def test_on_a_day_of_two_episodes_the_codes_carry_their_episode(tmp_path, demo):
    path = tmp_path / "board.pdf"
    export("boards", demo, path, day=2, per_page=4, paper="letter")
    codes = [code for text in page_texts(path) for code in panel_codes(text)]
    assert codes[:2] == ["1-2-01", "1-2-02"] and "2-4-02" in codes
    assert len(PdfReader(path).pages) == -(-len(codes) // 4)


def test_with_boards_each_days_board_follows_its_call_sheet(tmp_path, demo):
    path = tmp_path / "call-sheet.pdf"
    export("callsheet", demo, path, base=demo_project_path().parent, with_boards=True, per_page=6)
    kinds = ["board" if BOARD_FOOTER.search(text) else f"sheet {SHEET_FOOTER.search(text)[1]}"
             for text in page_texts(path)]
    first_board = kinds.index("board")
    assert kinds[0] == "sheet 1" and set(kinds[:first_board]) == {"sheet 1"}
    assert "sheet 2" in kinds[first_board:] and kinds[-1] == "board"


def test_a_panel_count_the_page_cannot_hold_is_refused_before_any_work(tmp_path, demo):
    with pytest.raises(InputError, match="2 to 6"):
        export("boards", demo, tmp_path / "x.pdf", per_page=9)
    with pytest.raises(InputError, match="2 to 6"):
        export("callsheet", demo, tmp_path / "x.pdf", with_boards=True, per_page=1)
    assert not (tmp_path / "x.pdf").exists()


def test_a_day_without_shots_and_a_project_without_days_still_print(tmp_path, demo):
    empty = demo.model_copy(update={"days": [demo.days[0].model_copy(update={"setups": []})]})
    export("boards", empty, tmp_path / "empty.pdf")
    export("boards", demo.model_copy(update={"days": []}), tmp_path / "none.pdf")
    assert "No shots on this day 当日无镜头" in "".join(page_texts(tmp_path / "empty.pdf"))
    assert "no shooting days yet" in "".join(page_texts(tmp_path / "none.pdf"))
