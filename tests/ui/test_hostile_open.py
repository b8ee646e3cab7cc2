"""A hostile file handed to the editor: one message naming it, and the open work stays as it was.

The editor never quits on bad input, whether the file comes from File ▸ Open, an import, or
the command line that starts the editor.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from shotgraph.demo import demo_project_path
from shotgraph.ui import app
from shotgraph.ui.files import prompts


def _zip(parts: dict[str, str], *, flag_bits: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    data = buffer.getvalue()
    if flag_bits:  # set the flag in every local and central header, as an encrypting tool would
        flags = bytes([flag_bits, 0])
        data = data.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00" + flags)
        data = data.replace(b"PK\x01\x02\x14\x03\x14\x00\x00\x00", b"PK\x01\x02\x14\x03\x14\x00" + flags)
    return data


def _workbook_with_sheet(sheet_xml: str) -> bytes:
    return _zip({
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "xl/workbook.xml": "<workbook",
        "xl/worksheets/sheet1.xml": sheet_xml,
    })


SHOT_LISTS = {
    "stray-quote.csv": ("镜号,描述\n1,雨夜\n2,\"她回头\n" + "".join(f"{n},街口\n" for n in range(3, 50))).encode(),
    "encrypted.xlsx": _zip({"xl/workbook.xml": "<workbook/>"}, flag_bits=1),
    "malformed.xlsx": _workbook_with_sheet("<worksheet><sheetData><row"),
    "huge-number.csv": ("shot,ai_seed\n1," + "9" * 5000 + "\n").encode(),
}
SCRIPTS = {
    "corrupt.docx": b"PK\x03\x04" + os.urandom(200),
    "long-paragraph.fountain": ("INT. HOUSE - DAY\n\n" + "字" * 20_001 + "\n").encode(),
}
PROJECTS = {
    "huge-number.shotgraph": ('{"schema_version": 1, "format": "shotgraph", "id": "p", "n": '
                              + "7" * 5000 + "}").encode(),
    "not-json.shotgraph": b"{\"schema_version\": 1, \"format\": \"shotgraph\", \"episodes\": [" * 50,
}


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every warning the editor shows, whichever dialog shows it."""
    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: said.append(text))
    monkeypatch.setattr(prompts, "ask_lenient_import", lambda parent, path, skipped, *more: said.append(
        f"{path}: {skipped[0]}") and False)
    return said


def written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def assert_refused_once(messages: list[str], path: Path, window) -> None:
    assert len(messages) == 1 and str(path) in messages[0], messages
    assert "internal error" not in messages[0] and "Traceback" not in messages[0]
    assert window.isVisible() and window.project is not None


@pytest.mark.parametrize("name", SHOT_LISTS)
def test_a_hostile_shot_list_is_refused_with_one_message(window, tmp_path, messages, name):
    before = window.project.model_dump()
    path = written(tmp_path, name, SHOT_LISTS[name])
    assert not window.files.import_shotlist(path)
    assert_refused_once(messages, path, window)
    assert window.project.model_dump() == before


@pytest.mark.parametrize("name", SCRIPTS)
def test_a_hostile_script_is_refused_with_one_message(window, tmp_path, messages, name):
    before = window.project.model_dump()
    path = written(tmp_path, name, SCRIPTS[name])
    assert not window.files.scripts.import_script(path)
    assert_refused_once(messages, path, window)
    assert window.project.model_dump() == before


@pytest.mark.parametrize("name", PROJECTS)
def test_a_hostile_project_is_refused_with_one_message(window, tmp_path, messages, name):
    path = written(tmp_path, name, PROJECTS[name])
    assert not window.open_project(path)
    assert_refused_once(messages, path, window)
    assert window.path == demo_project_path()


def test_a_pipe_named_as_a_project_is_refused_without_waiting(window, tmp_path, messages):
    path = tmp_path / "pipe.shotgraph"
    os.mkfifo(path)
    assert not window.open_project(path)
    assert_refused_once(messages, path, window)


@pytest.mark.parametrize("name", ["encrypted.xlsx", "corrupt.docx", "huge-number.shotgraph"])
def test_the_editor_started_on_a_hostile_file_opens_on_the_demo(qtbot, tmp_path, messages, monkeypatch, name):
    monkeypatch.setattr(app, "show_welcome", lambda window: None)
    data = {**SHOT_LISTS, **SCRIPTS, **PROJECTS}[name]
    path = written(tmp_path, name, data)
    window = app.start(path)
    qtbot.addWidget(window)
    assert_refused_once(messages, path, window)
    assert window.path == demo_project_path()
