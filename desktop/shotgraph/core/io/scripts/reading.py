"""Reading a script file: its encoding, its kind (Fountain or Chinese), then a project.

Fountain files (``.fountain``, ``.spmd``) are read as Fountain; a ``.txt`` or ``.docx`` is
Chinese when it has the convention's headings, else Fountain when it has scene headings.
A file with neither, a binary file or one too large is refused with one clear message.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from shotgraph.core.gcpause import collector_paused
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.text import decode_text
from shotgraph.core.model import Language, Project

from .building import ScriptBuilder
from .chinese import looks_chinese, parse_chinese
from .fountain import looks_like_fountain, parse_fountain
from .parsed import ParsedScript, UnreadLine

SCRIPT_SUFFIXES = (".fountain", ".spmd", ".txt", ".docx")
MAX_BYTES = 20 * 1024 * 1024
"""Scripts larger than this are refused: a 100-episode series is about 1.5 MB."""

_CHINESE = re.compile(r"[\u3400-\u9fff]")
_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class ScriptImport:
    """The project a script makes, what was read, and the lines that could not be placed."""

    project: Project
    script: ParsedScript
    kind: str
    """"fountain" or "chinese"."""
    unread: list[UnreadLine] = field(default_factory=list)


def read_script(path: str | Path) -> ScriptImport:
    """Import a script file as a new project titled after its title page or file name."""
    path = Path(path)
    text = _text(path)
    kind, script = parse_script(text, path)
    language = _language(text)
    with collector_paused():
        project = ScriptBuilder(script.title or path.stem, language).build(script)
    return ScriptImport(project, script, kind, list(script.unread))


def _language(text: str) -> Language:
    """Chinese when Chinese characters carry a fair share of the text (a word is about one
    character in Chinese, about five letters in English)."""
    chinese = len(_CHINESE.findall(text))
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return Language.ZH if chinese * 5 >= latin else Language.EN


def parse_script(text: str, path: Path) -> tuple[str, ParsedScript]:
    """The script's kind and its reading; an InputError when it has no recognisable structure."""
    fountain_file = path.suffix.lower() in (".fountain", ".spmd")
    if not fountain_file and looks_chinese(text):
        kind, script = "chinese", parse_chinese(text)
    elif looks_like_fountain(text):
        kind, script = "fountain", parse_fountain(text)
    else:
        raise InputError(path, "no scene headings found; a script needs Fountain headings (INT. PLACE - DAY) "
                               "or Chinese ones (第1集, then 1-1 日 内 地点)")
    if not script.scene_count():
        raise InputError(path, "no scenes found under the episode headings")
    return kind, script


def looks_like_script(path: Path) -> bool:
    """Whether a ``.txt`` file reads as a script rather than a delimited shot list: it has script
    headings, or its first line has no delimiter a shot list's header would have."""
    try:
        text = _text(path)
    except InputError:
        return False
    first = next((line for line in text.splitlines() if line.strip()), "")
    return looks_chinese(text) or looks_like_fountain(text) or not any(mark in first for mark in ",\t;")


def _text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(path, "not a file")
        if size > MAX_BYTES:
            raise InputError(path, f"the file is {size / 2**20:.1f} MB; scripts up to {MAX_BYTES // 2**20} MB are read")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None
    if path.suffix.lower() == ".docx":
        return _docx_text(path)
    return decode_text(path, data, "script")


def _docx_text(path: Path) -> str:
    """The paragraphs of a Word document, one per line."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise InputError(path, f"not a readable .docx document ({error})") from None
    paragraphs = root.iter(f"{_WORD_NS}p")
    return "\n".join("".join(t.text or "" for t in p.iter(f"{_WORD_NS}t")) for p in paragraphs)
