"""Every name an edit can have is offered to translators and reads as Chinese in the undo history."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shotgraph.ui.edit_labels import EDIT_NAMES, edit_label
from shotgraph.ui.language import install_language

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "shotgraph"
_CORE_TEXT = re.compile(r"""\btext\s*(?::\s*str\s*)?=\s*f?"([^"#{][^"]*)\"""")
_GIVEN_TEXT = re.compile(r"""(?:Macro\(\s*f?|\btext=f?)"([^"#{][^"]*)\"""")
_COUNTED = re.compile(r"\{counted\([^{}]*?'(\w[\w ]*)'\)\}")
_NOUN = re.compile(r"""\bnoun\s*=\s*(?:"[^"]*",\s*\w+,\s*)?"([^"]+)"\s*$""", re.MULTILINE)


def _names_in_code() -> set[str]:
    """The edit names written in the code, counts as ``{n}``, nouns filled in, one and many."""
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py") if "exports" not in path.parts}
    nouns = {noun for text in sources.values() for noun in _NOUN.findall(text)}
    found: set[str] = set()
    for path, text in sources.items():
        pattern = _CORE_TEXT if "edits" in path.parts else _GIVEN_TEXT
        for name in pattern.findall(text):
            found.update(_expanded(name, nouns))
    return found


def _expanded(name: str, nouns: set[str]) -> set[str]:
    if "{self.noun}" in name:
        return {n for noun in nouns for n in _expanded(name.replace("{self.noun}", noun), nouns)}
    counted = _COUNTED.search(name)
    if counted:
        noun = counted.group(1)
        return {*_expanded(name.replace(counted.group(0), noun, 1), nouns),
                *_expanded(name.replace(counted.group(0), "{n} " + noun + "s", 1), nouns)}
    if re.search(r"\{(?!n\})[^}]*(name|NAMES)[^}]*\}", name):
        return set()  # a word chosen at run time (a mode, an edge kind): listed by hand
    return {re.sub(r"\{(?!n\})[^}]+\}", "{n}", name)}


def test_every_edit_name_in_the_code_is_offered_for_translation():
    assert sorted(_names_in_code() - set(EDIT_NAMES)) == []


@pytest.fixture
def chinese(qapp):
    install_language("zh_CN")
    yield
    install_language("en")


@pytest.mark.parametrize("name", EDIT_NAMES)
def test_every_edit_name_reads_as_chinese(chinese, name):
    label = edit_label(name.replace("{n}", "3"))
    assert re.search(r"[\u4e00-\u9fff]", label), label
    assert "{n}" not in label and ("3" in label) == ("{n}" in name)
