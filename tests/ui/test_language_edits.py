"""Every name an edit can have is offered to translators and reads as Chinese in the undo history."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shotgraph.core.edits import DuplicateShot
from shotgraph.core.edits.base import EditName
from shotgraph.core.edits.naming import FIELD_WORDS
from shotgraph.core.model import ShotSize
from shotgraph.ui.edit_labels import EDIT_NAMES, EDIT_WORDS, edit_label, field_word
from shotgraph.ui.inspector.labels import enum_label
from shotgraph.ui.inspector.shot_edits import shots_edit
from shotgraph.ui.language import install_language, retranslate_undo_stack

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "shotgraph"
_CORE_TEXT = re.compile(r"""\btext\s*(?::\s*str\s*)?=\s*f?"([^"#{][^"]*)\"""")
_GIVEN_TEXT = re.compile(r"""(?:Macro\(\s*f?|\btext=f?)"([^"#{][^"]*)\"""")
_COUNTED = re.compile(r"\{counted\([^{}]*?'(\w[\w ]*)'\)\}")
_NOUN = re.compile(r"""\bnoun\s*=\s*(?:"[^"]*",\s*\w+,\s*)?"([^"]+)"\s*$""", re.MULTILINE)
_PATTERN = re.compile(r"""(?<![\w."])"([A-Z][^"{}\n]*(?:\{[a-z]+\}[^"{}\n]*)+)\"""")
"""A name pattern with named fields: a plain (not f-) string, capitalised, with ``{shots}``-like fields."""
_INSPECTOR_LABEL = re.compile(r"""\bself\.tr\("([^"]+)"\)""")
_SAMPLES = {"n": "3", "shots": "3A, 3B", "code": "3C", "field": "Size", "value": ShotSize.MS, "name": "玉佩",
            "date": "2025-06-01"}


def _sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py") if "exports" not in path.parts}


def _names_in_code() -> set[str]:
    """The edit names written in the code: patterns with fields as they are; plain names with counts
    as ``{n}``, nouns filled in, one and many."""
    sources = _sources()
    nouns = {noun for text in sources.values() for noun in _NOUN.findall(text)}
    found: set[str] = set()
    for path, text in sources.items():
        if ("edits" in path.parts or "EditName" in text) and path.name != "edit_labels.py":
            found.update(_PATTERN.findall(text))
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
    if re.search(r"\{(?!n\})[^}]*(name|NAMES|KINDS)[^}]*\}", name):
        return set()  # a word chosen at run time (a mode, an edge kind): listed by hand
    return {re.sub(r"\{(?!n\})[^}]+\}", "{n}", name)}


def test_every_edit_name_in_the_code_is_offered_for_translation():
    assert sorted(_names_in_code() - set(EDIT_NAMES)) == []


def test_the_code_scanner_finds_patterns_and_plain_names():
    names = _names_in_code()
    assert {"Set {field} to {value} on {shots}", "Remove {n} Shots", "Duplicate Shot {shots} as {code}",
            "Add Cut {source} → {target}", "Edit Character {name}", "Edit Character", "Re-import Script"} <= names


def test_every_field_word_is_the_inspectors_label_or_offered_for_translation():
    labels = {label for path, text in _sources().items() if "inspector" in path.parts
              for label in _INSPECTOR_LABEL.findall(text)}
    assert sorted(set(FIELD_WORDS.values()) - labels - set(EDIT_WORDS)) == []


@pytest.fixture
def chinese(qapp):
    install_language("zh_CN")
    yield
    install_language("en")


def _sample(pattern: str) -> EditName:
    fields = re.findall(r"\{(\w+)\}", pattern)
    return EditName(pattern, **{field: _SAMPLES.get(field, "2") for field in fields})


@pytest.mark.parametrize("name", EDIT_NAMES)
def test_every_edit_name_reads_as_chinese(chinese, name):
    sample = _sample(name)
    label = edit_label(sample)
    assert re.search(r"[\u4e00-\u9fff]", label), label
    assert "{" not in label, label
    for field, value in sample.args.items():
        if field not in ("field", "value"):
            assert str(value) in label, label


@pytest.mark.parametrize("word", sorted(set(FIELD_WORDS.values())))
def test_every_field_word_reads_as_chinese(chinese, word):
    assert re.search(r"[\u4e00-\u9fff]", field_word(word)), word


def test_a_named_edit_reads_in_english_with_its_codes(qapp):
    name = EditName("Set {field} to {value} on {shots}", field="Size", value=ShotSize.MS, shots="1-03, 1-04")
    assert edit_label(name) == "Set Size to MS on 1-03, 1-04"
    assert edit_label("Move 3 Shots") == "Move 3 Shots"


def test_a_named_edit_reads_in_chinese_with_the_inspectors_words(chinese):
    name = EditName("Set {field} to {value} on {shots}", field="Size", value=ShotSize.MS, shots="1-03, 1-04")
    label = edit_label(name)
    assert "景别" in label and "中景" in label and "1-03, 1-04" in label and "Size" not in label


def test_a_language_switch_renames_the_whole_history_with_its_codes(window):
    bridge = window.bridge
    shots = bridge.episode.shots[:2]
    codes = ", ".join(shot.code for shot in shots)
    closer = shots_edit(shots, lambda shot: {"camera": shot.camera.model_copy(update={"size": ShotSize.ECU})})
    assert bridge.push(closer)
    assert bridge.push(DuplicateShot(shots[0].id))
    stack = bridge.undo_stack
    english = [stack.text(i) for i in range(stack.count())]
    assert english[-2:] == [f"Set Size to ECU on {codes}", f"Duplicate Shot {shots[0].code} as {shots[0].code}A"]
    install_language("zh_CN")
    try:
        retranslate_undo_stack(stack)
        chinese = [stack.text(i) for i in range(stack.count())]
        size = enum_label(ShotSize.ECU)
        assert chinese[-2:] == [f"将 {codes} 的景别设为 {size}", f"复制镜头 {shots[0].code} 为 {shots[0].code}A"]
    finally:
        install_language("en")
    retranslate_undo_stack(stack)
    assert [stack.text(i) for i in range(stack.count())] == english
