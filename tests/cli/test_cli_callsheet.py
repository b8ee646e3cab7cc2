"""`shotgraph export callsheet` with or without the shooting boards, and `shotgraph export boards`."""

from __future__ import annotations

import re

import pypdfium2

from shotgraph.cli import main
from shotgraph.demo import demo_project_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def footers(path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [re.findall(r"Day \d+ · (?:board )?page \d+ of \d+", page.get_textpage().get_text_range())[0]
                for page in document]
    finally:
        document.close()


def test_a_days_call_sheet_leaves_its_frames_to_the_board_unless_asked(capsys, tmp_path):
    sheet, annexed = tmp_path / "day1.pdf", tmp_path / "day1-boards.pdf"
    assert run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(sheet), "--day", "1")[0] == 0
    status, printed, err = run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(annexed),
                               "--day", "1", "--with-boards", "--per-page", "4", "--paper", "letter")
    assert (status, err, printed.strip()) == (0, "", str(annexed))
    assert all("board" not in footer for footer in footers(sheet))
    boards = [f for f in footers(annexed) if "board" in f]
    assert boards and boards[-1] == f"Day 1 · board page {len(boards)} of {len(boards)}"


def test_the_boards_kind_writes_the_shooting_board_of_a_day(capsys, tmp_path):
    out = tmp_path / "board.pdf"
    status, _, err = run(capsys, "export", "boards", str(demo_project_path()), "-o", str(out), "--day", "2")
    assert (status, err) == (0, "") and footers(out)[0] == f"Day 2 · board page 1 of {len(footers(out))}"


def test_a_missing_day_is_bad_input_and_writes_nothing(capsys, tmp_path):
    out = tmp_path / "x.pdf"
    status, _, err = run(capsys, "export", "boards", str(demo_project_path()), "-o", str(out), "--day", "9")
    assert status == 2 and "no shooting day 9" in err and not out.exists()
