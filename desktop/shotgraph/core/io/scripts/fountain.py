"""Reading Fountain screenplays (fountain.io syntax) for planning.

What a plan needs is kept: title page (Title, Author, Draft date), scene headings with
INT/EXT, location, time of day and ``#12A#`` numbers, character cues (extensions
stripped), parentheticals, dialogue, action, sections that name episodes, synopses and
``[[notes]]`` (as scene notes), transitions (as scene notes). Boneyard ``/* */`` and page
breaks ``===`` are ignored; emphasis marks are removed.

The text is read in one pass, a paragraph at a time; a paragraph longer than a shot can hold
is refused at its first line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from shotgraph.core.io.budgets import MAX_LINE_CHARS
from shotgraph.core.model import IntExt, TimeOfDay

from .chinese import EPISODE as CHINESE_EPISODE
from .chinese import chinese_number
from .markup import split_cue, split_notes, split_scene_number, without_boneyard, without_emphasis
from .parsed import Beat, Notes, ParsedEpisode, ParsedScene, ParsedScript, ScriptError, UnreadLine, episode_number

HEADING = re.compile(r"^(INT\.?/EXT|EXT\.?/INT|INT/EXT|I/E|INT|EXT|EST)[.\s]\s*(.*)$", re.IGNORECASE)
SECTION_EPISODE = re.compile(r"(?:episode|ep\.?)\s*(\d+)\s*[:.\-—]?\s*(.*)$", re.IGNORECASE)
TITLE_KEY = re.compile(r"^([A-Za-z][A-Za-z ]*?):\s*(.*)$")

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
    """Whether the text has at least one Fountain scene heading (the first line of a paragraph)."""
    after_blank = True
    for line in _clean(text).split("\n"):
        stripped = line.strip()
        if not stripped or stripped == "===":
            after_blank = True
        elif after_blank:
            if _heading(stripped) is not None:
                return True
            after_blank = False
    return False


def parse_fountain(text: str) -> ParsedScript:
    reader = _Reader()
    blocks = _blocks(_clean(text))
    first = next(blocks, None)
    if first is not None and _is_title_page(first[1]):
        reader.title_page(first[1])
    elif first is not None:
        reader.read(*first)
    for line, block in blocks:
        reader.read(line, block)
    return reader.script


def _clean(text: str) -> str:
    """One kind of line break, and no boneyard (its lines stay blank, so line numbers stay true)."""
    return without_boneyard(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))


def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """Paragraphs (runs of non-blank lines) with the line number of their first line, each refused
    as soon as it grows longer than a shot's text can hold."""
    current: list[str] = []
    start = length = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() and line.strip() != "===":
            start, length = (number, -1) if not current else (start, length)
            current.append(line.rstrip())
            length += len(current[-1]) + 1
            if length > MAX_LINE_CHARS:
                raise ScriptError(start, f"the paragraph starting here is more than {MAX_LINE_CHARS:,} characters "
                                         f"long; paragraphs of up to {MAX_LINE_CHARS:,} characters are read")
        elif current:
            yield start, current
            current = []
    if current:
        yield start, current


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
    return without_emphasis(text).replace("\\", "").strip()


def _is_cue(block: list[str]) -> bool:
    first = block[0].strip()
    if len(block) < 2:
        return False
    if first.startswith("@"):
        return bool(split_cue(first.lstrip("@").rstrip("^").strip())[0].strip())
    name = split_cue(first)[0].rstrip("^ ").strip()
    return bool(name) and name == name.upper() and any(c.isalpha() for c in name) and not first.startswith("!")


class _Reader:
    def __init__(self) -> None:
        self.script = ParsedScript()
        self.episode: ParsedEpisode | None = None
        self.scene: ParsedScene | None = None
        self.pending_notes = Notes()
        self.numbered: dict[int, ParsedEpisode] = {}

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
        headings = 0
        while headings < len(block) and (heading := _heading(block[headings].strip())) is not None:
            self._scene(line + headings, heading)
            headings += 1
        if headings:
            line, block = line + headings, block[headings:]
        if block:
            self._read_text(line, block)

    def _read_text(self, line: int, block: list[str]) -> None:
        """A paragraph that does not start with a scene heading."""
        first = block[0].strip()
        if first.startswith("#"):
            self._section(line, first.lstrip("#").strip())
        elif first.startswith("=") and not first.startswith("=="):
            self._note(line, first[1:].strip())
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
        number = _episode_number(line, match.group(1))
        self.scene = None
        self.episode = self.numbered.get(number)
        if self.episode is None:
            self.episode = self.numbered[number] = ParsedEpisode(number, _plain(match.group(2)), line=line)
            self.script.episodes.append(self.episode)

    def _scene(self, line: int, heading: re.Match[str]) -> None:
        if self.episode is None:
            self.episode = self.numbered[1] = ParsedEpisode(1)
            self.script.episodes.append(self.episode)
        rest, code = split_scene_number(heading.group(2))
        code = code or str(len(self.episode.scenes) + 1)
        location, _, time = rest.rpartition(" - ") if " - " in rest else (rest, "", "")
        place = heading.group(1).upper().replace(".", "")
        int_ext = IntExt.INT_EXT if "/" in place else PLACES.get(place)
        title = split_scene_number(heading.group(0))[0].lstrip(".").strip()
        self.scene = ParsedScene(line, code, title, _plain(location), int_ext, _TIME_OF.get(time.strip().upper()))
        self.scene.notes, self.pending_notes = self.pending_notes, Notes()
        self.script.add_scene(self.episode, self.scene)

    def _dialogue(self, line: int, block: list[str]) -> None:
        cue = block[0].strip().lstrip("@").rstrip("^").strip()
        speaker, extensions = split_cue(cue)
        speaker, extensions = speaker.strip(), [e.strip().upper() for e in extensions]
        off_screen = next((OFF_SCREEN[e] for e in extensions if e in OFF_SCREEN), "")
        parentheticals, spoken = [], []
        for text in block[1:]:
            text = text.strip().lstrip("~").strip()
            (parentheticals if text.startswith("(") and text.endswith(")") else spoken).append(text)
        beat = Beat(line, self._without_notes(line, " ".join(spoken)), speaker,
                    " ".join(p.strip("()") for p in parentheticals), off_screen)
        self.script.add_beat(self.scene, beat)
        self.script.add_character(self.scene, line, speaker)

    def _action(self, line: int, block: list[str]) -> None:
        lines = [text.strip().lstrip("!") for text in block]
        text = " ".join(t[1:-1].strip() if t.startswith(">") and t.endswith("<") else t for t in lines)
        text = self._without_notes(line, text)
        if text:
            self.script.add_beat(self.scene, Beat(line, text))

    def _without_notes(self, line: int, text: str) -> str:
        """The text with its ``[[notes]]`` moved to the scene's notes."""
        text, notes = split_notes(text)
        for note in notes:
            self.scene.notes.add(line, _plain(note))
        return _plain(text)

    def _note(self, line: int, text: str) -> None:
        if self.scene is not None:
            self.scene.notes.add(line, _plain(text))
        elif text:
            self.pending_notes.add(line, _plain(text))

    def _outside(self, line: int, block: list[str]) -> None:
        """Text before the first scene: reported, and kept as a note of the next scene."""
        for offset, text in enumerate(block):
            self.script.add_unread(UnreadLine(line + offset, text.strip(), "outside any scene"))
            self.pending_notes.add(line + offset, text.strip())


def _episode_number(line: int, text: str) -> int:
    """The number of an episode section (``Episode 3``, ``第三集``), refused when 0 or too large."""
    if text.isdecimal() or len(text) > 12:
        return episode_number(line, text)
    return episode_number(line, text, chinese_number(text))


def _is_transition(block: list[str]) -> bool:
    first = block[0].strip()
    if len(block) != 1:
        return False
    if first.startswith(">") and not first.endswith("<"):
        return True
    return first == first.upper() and first.endswith("TO:")
