"""`shotgraph export animatic PROJECT -o DIR`: one MP4 per episode into a folder, bad input named."""

from __future__ import annotations

from exports.animatic_reading import small_project
from shotgraph.cli import main
from shotgraph.core.io.store import save_project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def project_file(tmp_path, **fields):
    path = tmp_path / "系列.shotgraph"
    save_project(small_project((0.5, 0.5), **fields), path)
    return path


def test_the_animatic_goes_into_the_folder_and_each_file_is_printed(capsys, tmp_path):
    status, printed, err = run(capsys, "export", "animatic", str(project_file(tmp_path)), "-o", str(tmp_path / "片"))
    assert (status, err) == (0, "")
    assert printed.splitlines() == [str(tmp_path / "片" / "animatic-E01.mp4")]


def test_an_existing_animatic_is_replaced_only_with_force(capsys, tmp_path):
    project, out = project_file(tmp_path), tmp_path / "out"
    run(capsys, "export", "animatic", str(project), "-o", str(out))
    status, _, err = run(capsys, "export", "animatic", str(project), "-o", str(out))
    assert status == 2 and "animatic-E01.mp4: already exists; add --force" in err
    assert run(capsys, "export", "animatic", str(project), "-o", str(out), "--force")[0] == 0


def test_a_file_as_the_folder_is_bad_input(capsys, tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "export", "animatic", str(project_file(tmp_path)), "-o", str(tmp_path / "taken"))
    assert status == 2 and "taken: is a file" in err


def test_a_damaged_frame_is_bad_input_naming_it_and_nothing_is_written(capsys, tmp_path):
    (tmp_path / "坏.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    status, _, err = run(capsys, "export", "animatic", str(project_file(tmp_path, frame="坏.png")),
                         "-o", str(tmp_path / "out"))
    assert status == 2 and "坏.png" in err and "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.mp4"))


def test_a_file_name_as_the_folder_is_bad_input_and_nothing_is_created(capsys, tmp_path):
    status, _, err = run(capsys, "export", "animatic", str(project_file(tmp_path)), "-o", str(tmp_path / "ep1.mp4"))
    assert status == 2 and "give a folder, not a file name" in err and not (tmp_path / "ep1.mp4").exists()
