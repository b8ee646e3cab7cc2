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


def test_png_pages_are_printed_and_not_replaced_without_force(capsys, tmp_path):
    out = tmp_path / "sheet.png"
    status, printed, err = run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(out),
                               "--format", "png", "--day", "2")
    page = tmp_path / "sheet-day-02-p1.png"
    assert (status, err, printed.split()) == (0, "", [str(page)]) and not out.exists()
    status, _, err = run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(out),
                         "--format", "png", "--day", "2")
    assert status == 2 and "add --force" in err
    status, _, _ = run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(out),
                       "--format", "png", "--day", "2", "--force")
    assert status == 0


def test_the_xlsx_format_writes_a_workbook(capsys, tmp_path):
    out = tmp_path / "sheet.xlsx"
    status, printed, err = run(capsys, "export", "callsheet", str(demo_project_path()), "-o", str(out),
                               "--format", "xlsx")
    assert (status, err, printed.strip()) == (0, "", str(out)) and out.read_bytes()[:2] == b"PK"


def test_a_format_is_refused_where_it_does_not_apply(capsys, tmp_path):
    project = str(demo_project_path())
    cases = [(("callsheet", "-o", str(tmp_path / "x.pdf"), "--format", "png"), "callsheet files end in .png"),
             (("boards", "-o", str(tmp_path / "x.pdf"), "--format", "pdf"), "--format is for call sheets"),
             (("callsheet", "-o", str(tmp_path / "x.png"), "--format", "png", "--with-boards"),
              "--with-boards is for PDF")]
    for (kind, *options), message in cases:
        status, _, err = run(capsys, "export", kind, project, *options)
        assert status == 2 and message in err
    assert list(tmp_path.iterdir()) == []
