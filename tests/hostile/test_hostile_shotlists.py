"""Hostile shot lists: every file a collaborator could send is imported whole or refused with the
file and place, within the memory and time budgets, and nothing is written when it is refused.

Each hostile file is built here by code; the few whose memory or time matter run the command
line in a fenced process, the rest call the reader directly.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from hostile.harness import assert_refused, assert_within_budget, run_shotgraph
from shotgraph.core.io.budgets import MAX_CELL_CHARS, MAX_PROBLEMS, MAX_ROWS
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.shotlist import read_shotlist

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_PART = "xl/worksheets/sheet1.xml"


# -- delimited files --------------------------------------------------------------------------

def csv_rows(count: int, row=lambda n: f"{n},MS,shot {n}") -> str:
    return "shot,size,description\n" + "".join(row(n) + "\n" for n in range(1, count + 1))


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def refused(path: Path, **options) -> str:
    """The one-line message a refused file gets; it always names the file."""
    with pytest.raises(InputError) as caught:
        read_shotlist(path, **options)
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message and len(message) < 1000, message
    return message


def test_a_quote_never_closed_is_refused_on_the_row_it_opens(tmp_path):
    text = csv_rows(50, lambda n: f'{n},MS,"he says hello' if n == 2 else f"{n},MS,shot {n}")
    message = refused(write(tmp_path / "list.csv", text))
    assert "row 3, column 'description': a quote (\") opens here and is never closed" in message


def test_a_quote_closed_rows_later_is_refused_too(tmp_path):
    text = csv_rows(50, lambda n: f'{n},MS,"he says hello' if n == 2 else f'{n},MS,"shot {n}"')
    assert "row 3, column 'description': a quote (\") opens here and is never closed" in refused(
        write(tmp_path / "list.csv", text))


def test_a_cell_in_quotes_over_several_lines_still_imports(tmp_path):
    text = csv_rows(5, lambda n: f'{n},MS,"line one\nline ""two"", with a comma"' if n == 2 else f"{n},CU,x")
    shots = read_shotlist(write(tmp_path / "list.csv", text)).project.episodes[0].shots
    assert [shot.code for shot in shots] == ["1", "2", "3", "4", "5"]
    assert shots[1].description == 'line one\nline "two", with a comma'


def test_text_after_a_closing_quote_is_refused_with_its_row(tmp_path):
    text = csv_rows(4, lambda n: f'{n},MS,"quoted"tail' if n == 3 else f"{n},MS,x")
    assert "row 4: text follows the closing quote" in refused(write(tmp_path / "list.csv", text))


def test_a_second_byte_order_mark_does_not_hide_the_first_header(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\ufeffshot,size\n1,MS\n2,CU\n".encode())
    assert [shot.code for shot in read_shotlist(path).project.episodes[0].shots] == ["1", "2"]


@pytest.mark.parametrize("column", ["episode", "story_day", "ai_seed", "duration", "lens"])
def test_a_five_thousand_digit_number_is_a_bad_cell(tmp_path, column):
    path = write(tmp_path / "list.csv", f"shot,{column}\n1,{'9' * 5000}\n")
    message = refused(path)
    assert f"row 2, column '{column}': '9999" in message and "(5,000 characters) is not" in message


def test_a_cell_longer_than_a_spreadsheet_holds_is_refused(tmp_path):
    path = write(tmp_path / "list.csv", f"shot,notes\n1,ok\n2,\"{'x' * (MAX_CELL_CHARS + 1)}\"\n")
    assert "row 3: a cell holds more than 32,767 characters" in refused(path)


def test_a_row_wider_than_a_spreadsheet_is_refused(tmp_path):
    path = write(tmp_path / "list.csv", "shot,notes\n1," + "," * 20_000 + "\n")
    assert "row 2: the row has 20,002 columns; accepted: up to 16,384" in refused(path)


def test_an_endless_line_is_refused(tmp_path):
    path = write(tmp_path / "list.csv", "shot,notes\n1," + "x" * (5 * 2**20))
    assert "line 2: the line is longer than" in refused(path)


def test_spreadsheet_error_values_in_a_csv_column_are_named(tmp_path):
    path = write(tmp_path / "list.csv", "shot,duration,notes\n1,#DIV/0!,#N/A\n")
    message = refused(path)
    assert "row 2, column 'duration': '#DIV/0!' is a spreadsheet error (a formula divides by zero)" in message
    assert "more" not in message  # in a text column, "#N/A" is what the user typed


def test_a_lenient_import_lists_the_first_problems_and_counts_the_rest(tmp_path):
    path = write(tmp_path / "list.csv", csv_rows(300, lambda n: f"{n},huge,x"))
    result = read_shotlist(path, lenient=True)
    assert len(result.project.episodes[0].shots) == 300
    assert len(result.skipped) == MAX_PROBLEMS and result.unlisted == 200
    assert [problem.row for problem in result.skipped[:2]] == [2, 3]
    assert "(and 299 more)" in refused(path)


# -- workbooks ------------------------------------------------------------------------------

def sheet_xml(rows: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData>'
            "</worksheet>").encode()


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER = f'<row r="1">{text_cell("A1", "shot")}{text_cell("B1", "duration")}</row>'


def workbook_parts(sheet: bytes = sheet_xml(HEADER + f'<row r="2">{text_cell("A2", "1")}<c r="B2"><v>3</v></c></row>'),
                   strings: list[str] | None = None, date_style: bool = False) -> dict[str, bytes]:
    """The parts of a small workbook as a spreadsheet writes it, with the sheet given."""
    book = openpyxl.Workbook()
    book.active.title = "Shots"
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[SHEET_PART] = sheet
    if strings is not None:
        items = "".join(f"<si><t>{text}</t></si>" for text in strings)
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{items}</sst>'.encode()
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
            '<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings"/></Relationships>')).encode()
    if date_style:
        parts["xl/styles.xml"] = (f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
                                  '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>').encode()
    return parts


def save(path: Path, parts: dict[str, bytes], compression: dict[str, int] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=(compression or {}).get(name, zipfile.ZIP_DEFLATED))
    return path


def patch_central_entry(path: Path, name: str, offset: int, fmt: str, value: int) -> Path:
    """Overwrite one field of a part's entry in the archive's central directory."""
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x01\x02")
    while start >= 0:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46:start + 46 + name_length] == name.encode():
            struct.pack_into(fmt, data, start + offset, value)
            path.write_bytes(bytes(data))
            return path
        start = data.find(b"PK\x01\x02", start + 4)
    raise AssertionError(f"no entry {name}")


@pytest.mark.parametrize(("sheet", "expected"), [
    (sheet_xml(HEADER + '<row r="2"><c r="A2"><v>1</v></c>'), f"{SHEET_PART}, line 1, column "),
    (sheet_xml(HEADER + '<row r="2"><c r="A2" t="s"><v>7</v></c></row>'),
     "sheet 'Shots', cell A2: the shared string '7' does not exist; the workbook has 1"),
    (sheet_xml(HEADER + '<row r="2"><c r="ZZZZZZ0"><v>1</v></c></row>'),
     "sheet 'Shots', row 2: the cell reference 'ZZZZZZ0' is not a cell of row 2"),
    (sheet_xml(HEADER + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>1e999999x</v></c></row>'),
     "sheet 'Shots', cell B2: '1e999999x' is not a number"),
    (sheet_xml(HEADER + f'<row r="2"><c r="A2"><v>{"7" * 5000}</v></c></row>'),
     "sheet 'Shots', cell A2: '7777"),
    (sheet_xml(HEADER + '<row r="2"><c r="A2"><v>1e999</v></c></row>'), "cell A2: '1e999' is not a number"),
    (sheet_xml(HEADER + '<row r="3"><c r="A3"><v>1</v></c></row><row r="2"/>'),
     "sheet 'Shots': row 2 comes after row 3"),
    (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet>&a;</worksheet>',
     f"the part {SHEET_PART} declares a document type"),
    (sheet_xml(HEADER).replace(b'encoding="UTF-8"', b'encoding="cp500"'), f"the part {SHEET_PART} is not UTF-8"),
    (sheet_xml(HEADER + '<row r="2"><c r="A2" ' + " ".join(f'a{n}="1"' for n in range(200_000)) + "/></row>"),
     "holds a tag or text longer than 1 MB"),
    (sheet_xml(HEADER + '<row r="2">' + "<x>" * 1_100_000 + "</x>" * 1_100_000 + "</row>"),
     "an element holds more than 1,000,000 others"),
])
def test_a_damaged_sheet_is_refused_with_its_part_or_cell(tmp_path, sheet, expected):
    path = save(tmp_path / "list.xlsx", workbook_parts(sheet, strings=["only"]))
    assert expected in refused(path)


def test_a_workbook_that_reads_imports(tmp_path):
    sheet = sheet_xml(HEADER + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>2.5</v></c></row>'
                      '<row r="5"><c r="A5" t="s"><v>1</v></c></row>')
    shots = read_shotlist(save(tmp_path / "list.xlsx", workbook_parts(sheet, ["1A", "1B"]))).project.episodes[0].shots
    assert [(shot.code, shot.duration_s) for shot in shots] == [("1A", 2.5), ("1B", None)]


@pytest.mark.parametrize(("cell", "expected"), [
    ('<c r="B2" t="e"><v>#VALUE!</v></c>', "'#VALUE!' is a spreadsheet error (a formula got a value of the wrong"),
    ('<c r="B2" t="e"><v>#REF!</v></c>', "'#REF!' is a spreadsheet error (a formula refers to a cell that was"),
    ('<c r="B2" s="1"><v>99999999</v></c>', "the date '99999999' is outside the dates a spreadsheet shows"),
])
def test_a_spreadsheet_error_value_is_a_bad_cell(tmp_path, cell, expected):
    sheet = sheet_xml(HEADER + f'<row r="2">{text_cell("A2", "1")}{cell}</row>'
                      f'<row r="3">{text_cell("A3", "2")}<c r="B3"><v>4</v></c></row>')
    path = save(tmp_path / "list.xlsx", workbook_parts(sheet, date_style=True))
    assert f"row 2, column 'duration': {expected}" in refused(path)
    result = read_shotlist(path, lenient=True)
    assert [(shot.code, shot.duration_s) for shot in result.project.episodes[0].shots] == [("1", None), ("2", 4.0)]
    assert [(problem.row, problem.column) for problem in result.skipped] == [(2, "duration")]


@pytest.mark.parametrize(("field", "fmt", "value", "expected"), [
    (8, "<H", 0x1, "is encrypted; save the file without a password"),
    (10, "<H", 99, "uses a compression ShotGraph does not read (method 99)"),
    (24, "<I", 2**30, "holds 1024 MB once decompressed; up to 64 MB is read"),
    (24, "<I", 100, "cannot be read (Bad CRC-32"),
])
def test_a_damaged_archive_entry_is_refused_naming_the_part(tmp_path, field, fmt, value, expected):
    path = patch_central_entry(save(tmp_path / "list.xlsx", workbook_parts()), SHEET_PART, field, fmt, value)
    assert f"the part {SHEET_PART} {expected}" in refused(path)


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_part_compressed_in_another_way_is_refused(tmp_path, method):
    path = save(tmp_path / "list.xlsx", workbook_parts(), compression={SHEET_PART: method})
    assert f"the part {SHEET_PART} uses a compression ShotGraph does not read (method {method})" in refused(path)


def test_a_corrupt_deflate_stream_is_refused_naming_the_part(tmp_path):
    sheet = sheet_xml(HEADER + "".join(f'<row r="{n}">{text_cell(f"A{n}", str(n))}</row>' for n in range(2, 2000)))
    path = save(tmp_path / "list.xlsx", workbook_parts(sheet))
    data = bytearray(path.read_bytes())
    start = data.find(SHEET_PART.encode()) + len(SHEET_PART) + 200
    data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    assert f"the part {SHEET_PART} cannot be read" in refused(path)


# -- memory and time, through the command line ----------------------------------------------

def no_project_written(folder: Path) -> bool:
    return not any(folder.glob("*.shotgraph*"))


@pytest.mark.parametrize("command", [["import", "-o", "out.shotgraph"], ["check"]])
def test_a_million_rows_are_refused_at_the_row_limit(tmp_path, command):
    path = write(tmp_path / "million.csv", "shot\n" + "".join(f"{n}\n" for n in range(1, 1_000_001)))
    outcome = run_shotgraph(command[0], path.name, *command[1:], cwd=tmp_path)
    assert_refused(outcome, path)
    assert f"row {MAX_ROWS + 2:,}: a shot list holds up to {MAX_ROWS:,} rows" in outcome.stderr
    assert outcome.seconds < 20, outcome.describe()
    assert no_project_written(tmp_path)


def test_a_workbook_part_declaring_a_gigabyte_is_refused_unread(tmp_path):
    path = patch_central_entry(save(tmp_path / "big.xlsx", workbook_parts()), SHEET_PART, 24, "<I", 2**30 + 2**29)
    outcome = run_shotgraph("import", path.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_refused(outcome, path)
    assert f"{SHEET_PART} holds 1536 MB once decompressed" in outcome.stderr
    assert no_project_written(tmp_path)


def test_a_workbook_part_lying_about_its_size_stops_at_the_size_it_declares(tmp_path):
    cell = f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"a" * 2**20}</t></is></c></row>' * 150
    path = save(tmp_path / "bomb.xlsx", workbook_parts(sheet_xml(HEADER + cell)))
    assert path.stat().st_size < 2**20
    patch_central_entry(path, SHEET_PART, 24, "<I", 2**20)
    outcome = run_shotgraph("check", path.name, cwd=tmp_path)
    assert_refused(outcome, path)
    assert f"the part {SHEET_PART}" in outcome.stderr


def test_a_fifty_megabyte_shot_list_at_the_row_limit_stays_within_budget(tmp_path):
    description = "x" * 1650
    path = write(tmp_path / "full.csv", "shot,description\n" + "".join(
        f"{n},{description}\n" for n in range(1, MAX_ROWS + 1)))
    assert 47 * 2**20 < path.stat().st_size < 50 * 2**20
    outcome = run_shotgraph("import", path.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.peak_bytes < 2**30 * 3 // 4, outcome.describe()
    if outcome.status != 0:
        assert_refused(outcome, path)
        assert no_project_written(tmp_path)



def test_a_header_row_without_a_shot_column_is_named_in_a_short_message(tmp_path):
    path = write(tmp_path / "list.csv", ",".join(f"column {n} " + "x" * 1000 for n in range(3_000)) + "\n1\n")
    message = refused(path)
    assert "row 1: no shot column" in message and "and 2,988 more" in message


@pytest.mark.parametrize("head", ["", "shot\n1\n"])
def test_a_file_of_empty_lines_ends_quickly(tmp_path, head):
    path = write(tmp_path / "empty.csv", head + "\n" * (40 * 2**20))
    assert f"row {2 * MAX_ROWS + 2:,}: a shot list holds up to {MAX_ROWS:,} rows" in refused(path)


def test_empty_rows_after_the_last_shot_are_passed_over(tmp_path):
    path = write(tmp_path / "list.csv", "shot\n1\n" + "\n" * (MAX_ROWS * 3 // 2))
    assert len(read_shotlist(path).project.episodes[0].shots) == 1
