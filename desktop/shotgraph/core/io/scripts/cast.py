"""The characters of a script, and which of them an action line names.

An action shot shows every character its text names. Looking for each name in each line
would take (lines × names) work, which a script with a long cast list and many lines turns
into hours; instead each name is filed under the first thing a line must contain for it to
match (its first character for a Chinese name, its first word otherwise), so a line is only
checked against the few names it could mention. The text an import searches is counted,
so even a cast built to defeat the index is refused within seconds rather than read for hours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .parsed import ScriptError

CHINESE = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\u3400-\u9fff]+")
"""A word of Latin (or other non-Chinese) letters: Chinese text around it ends it."""
MAX_SEARCHED_CHARS = 1_000_000_000
"""How much searching for names an import may do, in characters searched (each candidate name
searches its line once): a 6,000-shot series needs tens of millions."""
_CHECK_COST = 200
"""What checking one candidate name costs besides searching, in characters searched."""


class Cast:
    """Every character name of a script in order of appearance, indexed for finding them in text."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(dict.fromkeys(names))
        self._chinese: dict[str, list[int]] = {}
        self._latin: dict[str, list[int]] = {}
        self.searched = 0
        self._patterns: dict[str, re.Pattern[str]] = {}
        for position, name in enumerate(self.names):
            self._file(position, name)

    def _file(self, position: int, name: str) -> None:
        if not name:
            return
        if CHINESE.search(name):
            self._chinese.setdefault(name[0], []).append(position)
        else:
            word = _WORD.search(name.lower())
            self._latin.setdefault(word.group(0) if word else name[0].lower(), []).append(position)

    def named_in(self, text: str, line: int) -> list[str]:
        """The names ``text`` mentions (in cast order): anywhere for Chinese, as whole words otherwise."""
        positions = _candidates(self._chinese, set(text)) if self._chinese else []
        if self._latin:
            lowered = text.lower()
            positions += _candidates(self._latin, set(_WORD.findall(lowered)) | set(lowered))
        self.searched += len(positions) * (len(text) + _CHECK_COST)
        if self.searched > MAX_SEARCHED_CHARS:
            raise ScriptError(line, f"the script's {len(self.names):,} character names are too many to look for "
                                    "in its action lines; a script's cast is a few hundred names")
        named = [self.names[p] for p in sorted(positions) if self._named(self.names[p], text)]
        return [name for name in named if not _only_inside_longer(name, named, text)]

    def _named(self, name: str, text: str) -> bool:
        """Whether ``text`` mentions the character: anywhere for Chinese, as a whole word (any case)
        otherwise, where Chinese text next to a Latin name also ends the word (Tony走进来)."""
        if CHINESE.search(name):
            return name in text
        if name not in self._patterns:
            self._patterns[name] = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", re.IGNORECASE)
        return self._patterns[name].search(text) is not None


def _only_inside_longer(name: str, named: list[str], text: str) -> bool:
    """Whether every mention of a Chinese ``name`` is part of a longer name also mentioned (林晓 in 林晓晓)."""
    longer = [other for other in named if len(other) > len(name) and name in other]
    if not longer or not CHINESE.search(name):
        return False
    covered: set[int] = set()
    for other in longer:
        start = text.find(other)
        while start >= 0:
            covered.update(range(start, start + len(other)))
            start = text.find(other, start + 1)
    start = text.find(name)
    while start >= 0:
        if not covered.issuperset(range(start, start + len(name))):
            return False
        start = text.find(name, start + 1)
    return True


def _candidates(index: dict[str, list[int]], keys: set[str]) -> list[int]:
    small, large = (index, keys) if len(index) < len(keys) else (keys, index)
    return [position for key in small if key in large for position in index[key]]

