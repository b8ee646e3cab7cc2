"""What a user sees when a shot list is wrong: one clear message, or a lenient import with a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.shotlist import read_shotlist, write_csv
from shotgraph.core.io.shotlist import table as table_module
from shotgraph.core.model import ShotSize


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def sheet_with_bad_size_in_row_40(tmp_path: Path) -> Path:
    rows = ["集,镜号,景别,时长"] + [f"1,{n},中景,3秒" for n in range(1, 39)] + ["1,39,半身,3秒", "1,40,近景,2秒"]
    return write(tmp_path / "list.csv", "\n".join(rows) + "\n", "gbk")


def import_then_write(source: Path, output: Path, **options) -> None:
    """What `shotgraph import` does: read, and write only when the read succeeded."""
    write_csv(read_shotlist(source, **options).project, output)


def test_bad_value_names_file_row_column_value_and_accepted_values(tmp_path):
    output = tmp_path / "out.csv"
    with pytest.raises(InputError) as caught:
        import_then_write(sheet_with_bad_size_in_row_40(tmp_path), output)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'list.csv'}: row 40, column '景别': '半身' is not a shot size")
    assert "EWS (大远景)" in message and "INSERT (插入)" in message
    assert caught.value.exit_status == 2
    assert not output.exists()


def test_all_bad_cells_are_counted_in_one_message(tmp_path):
    path = write(tmp_path / "list.csv", "shot,size,emotion,lens\n1,huge,5,35\n2,WS,1,-3mm\n")
    with pytest.raises(InputError, match=r"row 2, column 'size': 'huge' .*\(and 2 more\)$"):
        read_shotlist(path)


def test_lenient_import_leaves_bad_cells_empty_and_reports_each(tmp_path):
    text = "shot,size,emotion\n1,huge,2\n,WS,1\n2,CU,9\n1,MS,0\n3,MS,1\n"
    result = read_shotlist(write(tmp_path / "list.csv", text), lenient=True)
    shots = result.project.episodes[0].shots
    assert [(s.code, s.camera.size, s.emotion) for s in shots] == [
        ("1", None, 2), ("2", ShotSize.CU, None), ("3", ShotSize.MS, 1)]
    assert [(p.row, p.column, p.value, p.row_skipped) for p in result.skipped] == [
        (2, "size", "huge", False), (3, "shot", "", True), (4, "emotion", "9", False), (5, "shot", "1", True)]
    assert "duplicate shot code '1' in episode 1 (also row 2)" in str(result.skipped[3])
    assert result.rows == 5


def test_duplicate_shot_code_in_one_scene_is_an_error_on_its_row(tmp_path):
    path = write(tmp_path / "list.csv", "scene,shot\n1,1\n1,2\n1,2\n")
    with pytest.raises(InputError, match=r"row 4, column 'shot': duplicate shot code '2' in episode 1 \(also row 3\)"):
        read_shotlist(path)


@pytest.mark.parametrize(("column", "cell", "row_text"), [
    ("after", "2;9", "no shot '9' in episode 1"), ("plate", "7", "no shot '7' in episode 1"),
    ("接", "5", "no shot '5' in episode 1"),
])
def test_after_and_plate_must_name_shots_of_the_same_episode(tmp_path, column, cell, row_text):
    text = f"episode,shot,{column}\n1,1,\n1,2,\n2,5,\n1,3,{cell}\n"
    with pytest.raises(InputError, match=rf"row 5, column '{column}': {row_text}"):
        read_shotlist(write(tmp_path / "list.csv", text))


def test_lenient_import_drops_a_missing_reference(tmp_path):
    text = "shot,after,plate\n1,,\n2,,\n3,9,8\n"
    result = read_shotlist(write(tmp_path / "list.csv", text), lenient=True)
    episode = result.project.episodes[0]
    assert [(e.kind, e.target) for e in episode.edges][-1] == ("cut", episode.shots[2].id)
    assert len(episode.edges) == 2 and [p.column for p in result.skipped] == ["after", "plate"]


@pytest.mark.parametrize(("header", "message"), [
    ("size,notes", "no shot column"),
    ("shot,镜号,size", "columns 'shot' and '镜号' both mean 'shot'"),
    ("shot,Shot Size,景别", "columns 'Shot Size' and '景别' both mean 'size'"),
    ("shot,Extra,Extra", "columns 'Extra' and 'Extra'"),
])
def test_header_problems_are_refused_even_when_lenient(tmp_path, header, message):
    with pytest.raises(InputError, match=f"row 1: {message}"):
        read_shotlist(write(tmp_path / "list.csv", header + "\n1,2,3\n"), lenient=True)


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text shot list"),
    ("shot,notes\n1,Crème brûlée à la café\n".encode("latin-1"), "cannot be decoded"),
    ("shot,notes\n1,naïve résumé\n".encode("latin-1"), "cannot be decoded"),
    ("shot,notes\n1,Crème brûlée\n".encode("latin-1"), "cannot be decoded"),  # valid GB18030, but gibberish
    ("shot\n1\n".encode("utf-16-le"), "not a text shot list"),
    (b"shot\n1\x00\n", "not a text shot list"),
    (b"", "empty"),
    (b"\n \n,,\n", "empty"),
])
def test_unreadable_files_are_clear_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_shotlist(path)
    assert str(caught.value).startswith(str(path))


def test_missing_file_wrong_type_and_broken_workbook(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_shotlist(tmp_path / "absent.csv")
    with pytest.raises(InputError, match="unsupported file type '.xls'"):
        read_shotlist(write(tmp_path / "old.xls", "shot\n1\n"))
    with pytest.raises(InputError, match="not a readable .xlsx workbook"):
        read_shotlist(write(tmp_path / "broken.xlsx", "shot\n1\n"))
    with pytest.raises(InputError, match="a sheet name applies only to .xlsx"):
        read_shotlist(write(tmp_path / "list.csv", "shot\n1\n"), sheet="Sheet1")


def test_unknown_sheet_lists_the_sheets(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "分镜"
    book.save(tmp_path / "list.xlsx")
    with pytest.raises(InputError, match="no sheet 'Shots'; the workbook has: 分镜"):
        read_shotlist(tmp_path / "list.xlsx", sheet="Shots")


def test_files_over_the_size_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "MAX_BYTES", 1024)
    path = write(tmp_path / "big.csv", "shot\n" + "1\n" * 600)
    with pytest.raises(InputError, match="a shot list of up to"):
        read_shotlist(path)


def test_overlong_cells_are_bad_values(tmp_path):
    path = write(tmp_path / "list.csv", f"shot,location\n1,{'x' * 501}\n")
    with pytest.raises(InputError, match="row 2, column 'location': 'xxxxxxxxxxxxxxxxxxxx'… is too long"):
        read_shotlist(path)


def test_a_seed_beyond_64_bits_is_refused_on_import(tmp_path):
    sheet = write(tmp_path / "list.csv", "shot,ai_seed\n1,42\n2,18446744073709551615\n")
    with pytest.raises(InputError) as caught:
        read_shotlist(sheet)
    assert "row 3, column 'ai_seed': '18446744073709551615' is not a seed" in str(caught.value)
