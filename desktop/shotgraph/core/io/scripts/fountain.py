"""Reading Fountain screenplays (fountain.io syntax) for planning.

What a plan needs is kept: title page (Title, Author, Draft date), scene headings with
INT/EXT, location, time of day and ``#12A#`` numbers, character cues (extensions
stripped), parentheticals, dialogue, action, sections that name episodes, synopses and
``[[notes]]`` (as scene notes), transitions (as scene notes). Boneyard ``/* */`` and page
breaks ``===`` are ignored; emphasis marks are removed.
"""

from __future__ import annotations

import re

from shotgraph.core.model import IntExt, TimeOfDay

from .chinese import EPISODE as CHINESE_EPISODE
from .chinese import chinese_number
from .parsed import Beat, ParsedEpisode, ParsedScene, ParsedScript, UnreadLine

HEADING = re.compile(r"^(INT\.?/EXT|EXT\.?/INT|INT/EXT|I/E|INT|EXT|EST)[.\s]\s*(.*)$", re.IGNORECASE)
SCENE_NUMBER = re.compile(r"\s*#([\w.\-]+)#\s*$")
CUE_EXTENSION = re.compile(r"\s*\(([^)]*)\)")
SECTION_EPISODE = re.compile(r"(?:episode|ep\.?)\s*(\d+)\s*[:.\-—]?\s*(.*)$", re.IGNORECASE)
TITLE_KEY = re.compile(r"^([A-Za-z][A-Za-z ]*?):\s*(.*)$")
BONEYARD = re.compile(r"/\*.*?\*/", re.DOTALL)
NOTE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
EMPHASIS = re.compile(r"(\*{1,3}|_)(?=\S)(.+?)(?<=\S)\1")

PLACES = {"INT": IntExt.INT, "EXT": IntExt.EXT, "EST": IntExt.EXT}
TIMES = {
    TimeOfDay.DAY: ("DAY", "MORNING", "AFTERNOON", "NOON", "MIDDAY", "DAYTIME"),
    TimeOfDay.NIGHT: ("NIGHT", "LATE NIGHT", "MIDNIGHT", "EVENING NIGHT"),
    TimeOfDay.DAWN: ("DAWN", "SUNRISE", "EARLY MORNING", "FIRST LIGHT"),
    TimeOfDay.DUSK: ("DUSK", "SUNSET", "EVENING", "MAGIC HOUR", "TWILIGHT"),
}
_TIME_OF = {word: time for time, words in TIMES.items() for word in words}
OFF_SCREEN = {"V.O.": "VO", "VO": "VO", "O.S.": "OS", "OS": "OS", "O.C.": "OS", "OC": "OS"}


def looks_like_fountain(text: str) -> bool:
    """Whether the text has at least one Fountain scene heading."""
    return any(_heading(block[0]) is not None for _, block in _blocks(_clean(text)))


def parse_fountain(text: str) -> ParsedScript:
    text = _clean(text)
    reader = _Reader()
    blocks = _blocks(text)
    if blocks and _is_title_page(blocks[0][1]):
        reader.title_page(blocks.pop(0)[1])
    for line, block in blocks:
        reader.read(line, block)
    return reader.script


def _clean(text: str) -> str:
    """Without boneyard; notes kept but marked so they survive line splitting."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return BONEYARD.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Paragraphs (runs of non-blank lines) with the line number of their first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() and line.strip() != "===":
            if not current:
                blocks.append((number, current))
            current.append(line.rstrip())
        else:
            current = []
    return [(number, lines) for number, lines in blocks if lines]


def _is_title_page(block: list[str]) -> bool:
    match = TITLE_KEY.match(block[0])
    return match is not None and match.group(1).lower() in {"title", "credit", "author", "authors", "source",
                                                            "draft date", "contact", "copyright", "notes"}


def _heading(line: str) -> re.Match[str] | None:
    line = line.strip()
    if line.startswith(".") and not line.startswith(".."):
        return re.match(r"^\.()(.+)$", line)
    return HEADING.match(line)


def _plain(text: str) -> str:
    """Text without emphasis marks (nested ones too) and escapes."""
    while (plain := EMPHASIS.sub(r"\2", text)) != text:
        text = plain
    return text.replace("\\", "").strip()


def _is_cue(block: list[str]) -> bool:
    first = block[0].strip()
    if len(block) < 2:
        return False
    if first.startswith("@"):
        return True
    name = CUE_EXTENSION.sub("", first).rstrip("^ ").strip()
    return bool(name) and name == name.upper() and any(c.isalpha() for c in name) and not first.startswith("!")


class _Reader:
    def __init__(self) -> None:
        self.script = ParsedScript()
        self.episode: ParsedEpisode | None = None
        self.scene: ParsedScene | None = None
        self.pending_notes: list[str] = []

    def title_page(self, block: list[str]) -> None:
        key = ""
        for line in block:
            match = TITLE_KEY.match(line)
            if match is not None and not line.startswith((" ", "\t")):
                key, value = match.group(1).lower(), match.group(2)
            else:
                value = line.strip()
            field = {"title": "title", "author": "author", "authors": "author", "draft date": "draft_date"}.get(key)
            if field and value:
                joined = f"{getattr(self.script, field)} {_plain(value)}".strip()
                setattr(self.script, field, joined)

    def read(self, line: int, block: list[str]) -> None:
        first = block[0].strip()
        if first.startswith("#"):
            self._section(line, first.lstrip("#").strip())
        elif first.startswith("=") and not first.startswith("=="):
            self._note(line, first[1:].strip())
        elif (heading := _heading(first)) is not None:
            self._scene(line, heading)
            if len(block) > 1:
                self.read(line + 1, block[1:])
        elif self.scene is None:
            self._outside(line, block)
        elif _is_transition(block):
            self._note(line, first.lstrip(">").strip())
        elif _is_cue(block):
            self._dialogue(line, block)
        else:
            self._action(line, block)

    def _section(self, line: int, text: str) -> None:
        match = SECTION_EPISODE.search(text) or CHINESE_EPISODE.match(text)
        if match is None:
            self._note(line, text)
            return
        number = chinese_number(match.group(1))
        self.episode = ParsedEpisode(number, _plain(match.group(2)))
        self.script.episodes.append(self.episode)
        self.scene = None

    def _scene(self, line: int, heading: re.Match[str]) -> None:
        if self.episode is None:
            self.episode = ParsedEpisode(1)
            self.script.episodes.append(self.episode)
        rest = heading.group(2)
        code_match = SCENE_NUMBER.search(rest)
        code = code_match.group(1) if code_match else str(len(self.episode.scenes) + 1)
        rest = SCENE_NUMBER.sub("", rest)
        location, _, time = rest.rpartition(" - ") if " - " in rest else (rest, "", "")
        place = heading.group(1).upper().replace(".", "")
        int_ext = IntExt.INT_EXT if "/" in place else PLACES.get(place)
        title = SCENE_NUMBER.sub("", heading.group(0)).lstrip(".").strip()
        self.scene = ParsedScene(line, code, title, _plain(location), int_ext, _TIME_OF.get(time.strip().upper()))
        self.scene.notes, self.pending_notes = self.pending_notes, []
        self.episode.scenes.append(self.scene)

    def _dialogue(self, line: int, block: list[str]) -> None:
        cue = block[0].strip().lstrip("@").rstrip("^").strip()
        extensions = [e.strip().upper() for e in CUE_EXTENSION.findall(cue)]
        speaker = CUE_EXTENSION.sub("", cue).strip()
        off_screen = next((OFF_SCREEN[e] for e in extensions if e in OFF_SCREEN), "")
        parentheticals, spoken = [], []
        for text in block[1:]:
            text = text.strip().lstrip("~").strip()
            (parentheticals if text.startswith("(") and text.endswith(")") else spoken).append(text)
        self.scene.beats.append(Beat(line, self._without_notes(" ".join(spoken)), speaker,
                                     " ".join(p.strip("()") for p in parentheticals), off_screen))
        if speaker not in self.scene.characters:
            self.scene.characters.append(speaker)

    def _action(self, line: int, block: list[str]) -> None:
        lines = [text.strip().lstrip("!") for text in block]
        text = " ".join(t[1:-1].strip() if t.startswith(">") and t.endswith("<") else t for t in lines)
        text = self._without_notes(text)
        if text:
            self.scene.beats.append(Beat(line, text))

    def _without_notes(self, text: str) -> str:
        """The text with its ``[[notes]]`` moved to the scene's notes."""
        self.scene.notes.extend(_plain(note) for note in NOTE.findall(text))
        return _plain(NOTE.sub("", text))

    def _note(self, line: int, text: str) -> None:
        if self.scene is not None:
            self.scene.notes.append(_plain(text))
        elif text:
            self.pending_notes.append(_plain(text))

    def _outside(self, line: int, block: list[str]) -> None:
        """Text before the first scene: reported, and kept as a note of the next scene."""
        for offset, text in enumerate(block):
            self.script.unread.append(UnreadLine(line + offset, text.strip(), "outside any scene"))
            self.pending_notes.append(text.strip())


def _is_transition(block: list[str]) -> bool:
    first = block[0].strip()
    if len(block) != 1:
        return False
    if first.startswith(">") and not first.endswith("<"):
        return True
    return first == first.upper() and first.endswith("TO:")
