"""Fuzzing every reader a collaborator's file reaches: a shot list (CSV, XLSX), a script
(Fountain, Chinese text, Word) and a project. Whatever the bytes, the reader either reads
the file or refuses it with one InputError naming the file — never another exception —
within a memory fence, and what it reads ShotGraph can save and open again.
"""

from __future__ import annotations

import io
import json
import resource
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.series import make_series
from hostile.harness import MEMORY_BUDGET
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.scripts import read_script
from shotgraph.core.io.shotlist import read_shotlist
from shotgraph.core.io.store import dumps_project, load_project, loads_project
from shotgraph.core.model import Project

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SHOTLIST_TOKENS = ["集", "场", "镜号", "景别", "时长", "shot", "scene", "episode", "size", "duration", "ai_seed",
                   "mode", ",", ",", ";", "\t", '"', '"', "\n", "\r\n", "\r", "\ufeff", "1", "2", "3A", "99999",
                   "9" * 30, "-", ".", "e999", "中景", "近景", "MS", "3秒", "=HYPERLINK(", "#VALUE!", " ", "林晚"]
SCRIPT_TOKENS = ["INT. ", "EXT. ", "I/E ", "HOUSE", " - DAY", " - NIGHT", "第1集", "第2集", "1-1", "1-2", " 日 内 ",
                 "夜 外", "公司门口", "人物：", "林晚", "：", "（OS）", "/*", "*/", "[[", "]]", "\n", "\n\n", "  ",
                 ">", "<", "=", "==", "#", "~", "!", "@", ".", "Title: ", "MARY", "(beat)", "♪", "\t", "\ufeff"]
XML_TOKENS = ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<row r=\"2\">", "</row>", "<c r=\"A2\">",
              "<c r=\"ZZZZZZ0\" t=\"s\">", "<v>", "</v>", "</c>", "1", "999999999", "1e999", "&amp;", "&lt;", "&x;",
              "<!DOCTYPE a [<!ENTITY x \"y\">]>", "第1集", "1-1 日 内 公司", "INT. HOUSE - DAY", "文本", "\n"]


def text_from(tokens: list[str], max_size: int = 80) -> st.SearchStrategy[str]:
    """Texts built from a format's own pieces, which reach deeper into a reader than random bytes do."""
    pieces = st.one_of(st.sampled_from(tokens), st.text(max_size=4))
    return st.lists(pieces, max_size=max_size).map("".join)


@contextmanager
def memory_fence(budget: int = MEMORY_BUDGET) -> Iterator[None]:
    """Let the process reserve at most ``budget`` more address space while the reader runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + budget
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize in /proc/self/status")


def read_or_refuse(read: Callable[[Path], Project], name: str, data: bytes) -> Project | None:
    """The project ``read`` makes of a file holding ``data``, or None when it refused it properly."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            with memory_fence():
                project = read(path)
        except InputError as error:
            assert str(error).startswith(f"{path}: "), error
            assert "more memory" not in str(error), error
            assert "\n" not in str(error), error
            return None
    assert loads_project(dumps_project(project), name) == project, "read a project ShotGraph cannot open again"
    return project


def zipped(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@FUZZ
@given(text_from(SHOTLIST_TOKENS), st.sampled_from(["utf-8", "utf-16", "gb18030"]), st.booleans())
def test_any_csv_is_read_or_refused(text: str, encoding: str, lenient: bool) -> None:
    data = text.encode(encoding, errors="replace")
    read_or_refuse(lambda path: read_shotlist(path, lenient=lenient).project, "list.csv", data)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_as_a_csv_are_read_or_refused(data: bytes) -> None:
    read_or_refuse(lambda path: read_shotlist(path).project, "list.csv", data)


def _workbook_parts(sheet_rows: str, shared: str) -> dict[str, str]:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                            '<sheet name="镜头表" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'),
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="{main}">{shared}</sst>',
        "xl/worksheets/sheet1.xml": (f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'
                                     '<row r="1"><c r="A1" t="inlineStr"><is><t>shot</t></is></c></row>'
                                     f'{sheet_rows}</sheetData></worksheet>'),
    }


@FUZZ
@given(text_from(XML_TOKENS, 40), text_from(["<si><t>", "</t></si>", "镜头", "3A", "<si>", "</si>"], 12))
def test_any_workbook_is_read_or_refused(sheet_rows: str, shared: str) -> None:
    read_or_refuse(lambda path: read_shotlist(path).project, "list.xlsx", zipped(_workbook_parts(sheet_rows, shared)))


@FUZZ
@given(st.binary(min_size=1, max_size=60), st.integers(0, 10_000))
def test_a_damaged_workbook_is_read_or_refused(patch: bytes, offset: int) -> None:
    rows = '<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>0</v></c></row>'
    data = bytearray(zipped(_workbook_parts(rows, "<si><t>2</t></si>")))
    start = offset % len(data)
    data[start:start + len(patch)] = patch
    read_or_refuse(lambda path: read_shotlist(path).project, "list.xlsx", bytes(data))


@FUZZ
@given(text_from(SCRIPT_TOKENS), st.sampled_from(["script.fountain", "剧本.txt"]))
def test_any_script_text_is_read_or_refused(text: str, name: str) -> None:
    read_or_refuse(lambda path: read_script(path).project, name, text.encode("utf-8", errors="replace"))


@FUZZ
@given(text_from(XML_TOKENS + SCRIPT_TOKENS, 60))
def test_any_word_document_is_read_or_refused(body: str) -> None:
    document = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                f'2006/main"><w:body>{body}</w:body></w:document>')
    read_or_refuse(lambda path: read_script(path).project, "剧本.docx", zipped({"word/document.xml": document}))


_PROJECT_TEXT = dumps_project(make_series(episodes=1, shots_per_episode=4))
_PROJECT = json.loads(_PROJECT_TEXT)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=30)
    | st.sampled_from(["", "\x00", "\ud800", "x" * 600, "ep1-1-01.png", "../../etc/passwd", "/etc/passwd"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _places(node: object, path: tuple = ()) -> list[tuple]:
    """Every location in a parsed project where a value can be swapped."""
    found = [path] if path else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        found += _places(child, (*path, key))
    return found


_PLACES = _places(_PROJECT)


def _with_value(document: object, place: tuple, value: object) -> object:
    copy = json.loads(json.dumps(document))
    node = copy
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = value
    return copy


@FUZZ
@given(st.sampled_from(_PLACES), JSON_VALUES)
def test_a_project_with_any_value_anywhere_is_opened_or_refused(place: tuple, value: object) -> None:
    document = _with_value(_PROJECT, place, value)
    data = json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8", errors="surrogatepass")
    read_or_refuse(load_project, "剧集.shotgraph", data)


@FUZZ
@given(st.binary(min_size=1, max_size=40), st.integers(0, 100_000))
def test_a_damaged_project_file_is_opened_or_refused(patch: bytes, offset: int) -> None:
    data = bytearray(_PROJECT_TEXT.encode("utf-8"))
    start = offset % len(data)
    data[start:start + len(patch)] = patch
    read_or_refuse(load_project, "剧集.shotgraph", bytes(data))
