"""Reading a script file: its encoding, its kind (Fountain or Chinese), then a project.

Fountain files (``.fountain``, ``.spmd``) are read as Fountain; a ``.txt`` or ``.docx`` is
Chinese when it has the convention's headings, else Fountain when it has scene headings.
A file with neither, a binary file or one too large is refused with one clear message
naming the file and the line (for a Word file, the paragraph) where reading stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from shotgraph.core.gcpause import collector_paused
from shotgraph.core.io.budgets import read_regular_file, reading
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.text import decode_text
from shotgraph.core.model import Language, Project

from .building import ScriptBuilder
from .chinese import looks_chinese, parse_chinese
from .docx import docx_text
from .fountain import looks_like_fountain, parse_fountain
from .parsed import MoreUnread, ParsedScript, UnreadLine, located

SCRIPT_SUFFIXES = (".fountain", ".spmd", ".txt", ".docx")
MAX_BYTES = 20 * 1024 * 1024
"""Scripts larger than this are refused: a 100-episode series is about 1.5 MB."""

_CHINESE = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class ScriptImport:
    """The project a script makes, what was read, and the lines that could not be placed."""

    project: Project
    script: ParsedScript
    kind: str
    """"fountain" or "chinese"."""
    unread: list[UnreadLine | MoreUnread] = field(default_factory=list)


def read_script(path: str | Path) -> ScriptImport:
    """Import a script file as a new project titled after its title page or file name."""
    path = Path(path)
    with reading(path, "script"):
        text = _text(path)
        kind, script = parse_script(text, path)
        language = _language(text)
        del text
        with collector_paused(), located(path):
            project = ScriptBuilder(script.title or path.stem, language).build(script)
    return ScriptImport(project, script, kind, script.unread_report())


def _language(text: str) -> Language:
    """Chinese when Chinese characters carry a fair share of the text (a word is about one
    character in Chinese, about five letters in English)."""
    chinese = _CHINESE.subn("", text)[1]
    latin = _LATIN.subn("", text)[1]
    return Language.ZH if chinese * 5 >= latin else Language.EN


def parse_script(text: str, path: Path) -> tuple[str, ParsedScript]:
    """The script's kind and its reading; an InputError when it has no recognisable structure."""
    fountain_file = path.suffix.lower() in (".fountain", ".spmd")
    with located(path):
        if not fountain_file and looks_chinese(text):
            kind, script = "chinese", parse_chinese(text)
        elif looks_like_fountain(text):
            kind, script = "fountain", parse_fountain(text)
        else:
            raise InputError(path, "no scene headings found; a script needs Fountain headings (INT. PLACE - DAY) "
                                   "or Chinese ones (第1集, then 1-1 日 内 地点)")
    if not script.scene_count():
        raise InputError(path, "no scenes found under the episode headings")
    script.source = str(path)
    return kind, script


def looks_like_script(path: Path) -> bool:
    """Whether a ``.txt`` file reads as a script rather than a delimited shot list: it has script
    headings, or its first line has no delimiter a shot list's header would have."""
    try:
        with reading(path, "script"):
            text = _text(path)
            first = next((line for line in text.splitlines() if line.strip()), "")
            return looks_chinese(text) or looks_like_fountain(text) or not any(mark in first for mark in ",\t;")
    except InputError:
        return False


def _text(path: Path) -> str:
    data = read_regular_file(path, "script", MAX_BYTES)
    if path.suffix.lower() == ".docx":
        return docx_text(path, data, MAX_BYTES)
    return decode_text(path, data, "script")
