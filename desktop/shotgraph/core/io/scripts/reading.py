"""Reading a script file: its encoding, its kind (Fountain or Chinese), then a project.

Fountain files (``.fountain``, ``.spmd``) are read as Fountain; a ``.txt`` or ``.docx`` is
Chinese when it has the convention's headings, else Fountain when it has scene headings.
A binary file or one too large is refused with one clear message naming the file and the
line (for a Word file, the paragraph) where reading stopped. A file with text but no scene
heading ShotGraph knows is refused naming its first lines, so the user can pick one of them
as an example heading: the script is then read with headings laid out like it.
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
from .heading_pattern import HeadingPattern
from .parsed import MAX_NAME_CHARS, MoreUnread, ParsedScript, UnreadLine, located

SCRIPT_SUFFIXES = (".fountain", ".spmd", ".txt", ".docx")
MAX_BYTES = 20 * 1024 * 1024
"""Scripts larger than this are refused: a 100-episode series is about 1.5 MB."""

FIRST_LINES = 20
"""How many of its first lines a script without scene headings offers as examples."""
_NAMED_LINES = 5
"""How many of them the message names."""
_KNOWN_LAYOUTS = ("ShotGraph knows Fountain headings (INT. PLACE - DAY) and Chinese ones (第1集, then "
                  "1-1 日 内 地点 or 1 张三卧室 日内 inside an episode, or 场景：… lines); pick one of these lines "
                  "as the scene heading in the editor (File ▸ Import Script…) or with "
                  "shotgraph import --scene-heading \"LINE\"")
_CHINESE = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


class NoHeadingsError(InputError):
    """A script with no scene heading ShotGraph knows; ``lines`` are its first lines not placed in a
    scene, with their line numbers, for the user to pick a heading from."""

    def __init__(self, file: str | Path, lines: list[UnreadLine], problem: str = "no scene headings found") -> None:
        self.lines = [UnreadLine(line.line, line.text[:MAX_NAME_CHARS], line.reason) for line in lines[:FIRST_LINES]]
        named = ", ".join(f"line {line.line} “{_shortened(line.text)}”" for line in self.lines[:_NAMED_LINES])
        more = ", …" if len(self.lines) > _NAMED_LINES else ""
        super().__init__(file, f"{problem}; the first lines outside any scene are {named}{more}; {_KNOWN_LAYOUTS}")


def _shortened(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


@dataclass
class ScriptImport:
    """The project a script makes, what was read, and the lines that could not be placed."""

    project: Project
    script: ParsedScript
    kind: str
    """"fountain" or "chinese"."""
    unread: list[UnreadLine | MoreUnread] = field(default_factory=list)


def read_script(path: str | Path, headings: HeadingPattern | None = None) -> ScriptImport:
    """Import a script file as a new project titled after its title page or file name; with
    ``headings``, a line laid out like them starts a scene."""
    path = Path(path)
    with reading(path, "script"):
        text = _text(path)
        kind, script = parse_script(text, path, headings)
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


def parse_script(text: str, path: Path, headings: HeadingPattern | None = None) -> tuple[str, ParsedScript]:
    """The script's kind and its reading; an InputError when it has no recognisable structure.

    With ``headings`` the script is read as Chinese, a line laid out like them starting a scene.
    Without, a script with no scene heading ShotGraph knows raises a NoHeadingsError.
    """
    fountain_file = path.suffix.lower() in (".fountain", ".spmd")
    with located(path):
        if headings is not None:
            kind, script = "chinese", parse_chinese(text, headings)
        elif not fountain_file and looks_chinese(text):
            kind, script = "chinese", parse_chinese(text)
        elif looks_like_fountain(text):
            kind, script = "fountain", parse_fountain(text)
        elif lines := _first_lines(text):
            raise NoHeadingsError(path, lines)
        else:
            raise InputError(path, "no scene headings found: the script has no text")
    if not script.scene_count():
        if headings is not None:
            raise InputError(path, f"no line reads as a scene heading laid out like “{headings.example}” "
                                   f"({headings.layout}); pick a scene heading, not an episode heading")
        if script.unread:
            raise NoHeadingsError(path, script.unread, "no scenes found under the episode headings")
        raise InputError(path, "no scenes found under the episode headings")
    script.source = str(path)
    return kind, script


def _first_lines(text: str) -> list[UnreadLine]:
    """The first lines with text, with their numbers."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line := line.strip().lstrip("\ufeff").strip():
            lines.append(UnreadLine(number, line, "outside any scene"))
            if len(lines) == FIRST_LINES:
                break
    return lines


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
