"""Every edit name pattern in the code, and only those, is offered to translators and reads as Chinese."""

from __future__ import annotations

import ast
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
_PATTERN_ARGUMENTS = {"EditName": ((0,), ()), "listed": ((1, 2), ("one",)), "counted_name": ((1, 2), ())}
"""Where the naming helpers take their patterns: by position and by keyword."""
_INSPECTOR_LABEL = re.compile(r"""\bself\.tr\("([^"]+)"\)""")
_SAMPLES = {"n": "3", "shots": "3A, 3B", "code": "3C", "field": "Size", "value": ShotSize.MS, "name": "玉佩",
            "date": "2025-06-01"}


def _sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py") if "exports" not in path.parts}


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(text) for path, text in _sources().items() if path.name != "edit_labels.py"}


def _literals(node: ast.expr) -> list[str]:
    """The patterns an expression gives when it is written out: a string, or either of two."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        both = _literals(node.body), _literals(node.orelse)
        return [*both[0], *both[1]] if all(both) else []
    return []


def _pattern_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if called not in _PATTERN_ARGUMENTS:
        return []
    positions, keywords = _PATTERN_ARGUMENTS[called]
    return [*(call.args[i] for i in positions if i < len(call.args)),
            *(keyword.value for keyword in call.keywords if keyword.arg in keywords)]


def _written_patterns(node: ast.Assign) -> list[str]:
    """The patterns of a constant named ``…patterns`` (a record edit's, an edge kind's): a tuple or dict of them."""
    named = any(isinstance(target, ast.Name) and target.id.lower().endswith("patterns") for target in node.targets)
    if not named or not isinstance(node.value, ast.Tuple | ast.Dict):
        return []
    values = node.value.values if isinstance(node.value, ast.Dict) else node.value.elts
    return [pattern for value in values for pattern in _literals(value)]


def _passed_on(node: ast.expr, parameters: set[str]) -> bool:
    """A pattern handed on by a helper (its parameter) or picked from a constant named ``…patterns``."""
    if isinstance(node, ast.Name):
        return node.id in parameters
    if isinstance(node, ast.IfExp):
        return _passed_on(node.body, parameters) and _passed_on(node.orelse, parameters)
    return isinstance(node, ast.Subscript) and "patterns" in ast.unparse(node.value).lower()


class _PatternReader(ast.NodeVisitor):
    """Reads a module for the edit name patterns it writes, and the naming calls whose pattern it does not."""

    def __init__(self, where: str) -> None:
        self.where, self.parameters = where, [set[str]()]
        self.found: set[str] = set()
        self.unreadable: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.parameters.append({a.arg for a in [*node.args.args, *node.args.kwonlyargs]})
        self.generic_visit(node)
        self.parameters.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        self.found.update(_written_patterns(node))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        for argument in _pattern_arguments(node):
            self.found.update(_literals(argument))
            if not _literals(argument) and not _passed_on(argument, self.parameters[-1]):
                self.unreadable.append(f"{self.where}:{argument.lineno}: {ast.unparse(argument)}")
        self.generic_visit(node)


def _patterns_in_code() -> tuple[set[str], list[str]]:
    """Every edit name pattern written in the code, and the naming calls whose pattern is not written out."""
    found: set[str] = set()
    unreadable: list[str] = []
    for path, tree in _trees().items():
        reader = _PatternReader(str(path.relative_to(PACKAGE)))
        reader.visit(tree)
        found |= reader.found
        unreadable += reader.unreadable
    return found, unreadable


def test_every_edit_name_pattern_is_written_out_where_the_edit_is_named():
    assert _patterns_in_code()[1] == []


def test_every_edit_name_in_the_code_is_offered_for_translation():
    assert sorted(_patterns_in_code()[0] - set(EDIT_NAMES)) == []


def test_every_edit_name_offered_for_translation_is_used_in_the_code():
    assert sorted(set(EDIT_NAMES) - _patterns_in_code()[0]) == []
    assert len(EDIT_NAMES) == len(set(EDIT_NAMES))


def test_the_code_reader_finds_patterns_of_each_kind():
    patterns = _patterns_in_code()[0]
    assert {"Set {field} to {value} on {shots}", "Remove {n} Shots", "Duplicate Shot {shots} as {code}",
            "Add Cut {source} → {target}", "Edit Character {name}", "Edit Character", "Re-import Script",
            "Move Scene {scene} Down", "Move {n} Shots", "Fill Area"} <= patterns


def test_the_code_reader_refuses_a_pattern_made_at_run_time():
    reader = _PatternReader("sample.py")
    reader.visit(ast.parse('''
def rename(edit, word):
    edit.name = EditName(f"Move {word}")
    return Macro(counted_name(2, "Cut Shot", "Cut " + word), [])
'''))
    assert reader.found == {"Cut Shot"}
    assert reader.unreadable == ["sample.py:3: f'Move {word}'", "sample.py:4: 'Cut ' + word"]


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
    assert edit_label(EditName("Move {n} Shots", n=3)) == "Move 3 Shots"


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
