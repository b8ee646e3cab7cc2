"""The Help menu: the user guide opens in the editor's language with its pictures fitted, the shortcut
sheet lists every menu key (and so does the printable docs/shortcuts.md), About names the version."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QMessageBox

from shotgraph import __version__
from shotgraph.core.edits import SetMode
from shotgraph.core.model import Mode
from shotgraph.ui.help import guide as guide_module
from shotgraph.ui.help.guide import IMAGE_WIDTH, docs_dir
from shotgraph.ui.help.shortcuts import menu_shortcuts, plain
from shotgraph.ui.language import install_language

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_f1_opens_the_guide_with_its_screenshots_fitted_to_the_window(window, qtbot):
    qtbot.keyClick(window, QKeySequence(QKeySequence.StandardKey.HelpContents)[0].key())
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    assert "ShotGraph user guide" in guide.browser.toPlainText()
    picture = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl.fromLocalFile(str(DOCS / "screenshots" / "graph.png")))
    assert 0 < picture.width() <= IMAGE_WIDTH


def test_a_link_in_the_guide_opens_that_page_and_back_returns(window):
    guide = window.help.show_guide()
    guide.browser.setSource(QUrl.fromLocalFile(str(DOCS / "shortcuts.md")))
    assert "Keyboard shortcuts" in guide.browser.toPlainText()
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert "ShotGraph user guide" in guide.browser.toPlainText()


def test_the_guide_is_in_chinese_when_the_editor_is(window):
    install_language("zh_CN")
    try:
        guide = window.help.show_guide()
        assert "ShotGraph 使用指南" in guide.browser.toPlainText()
    finally:
        install_language("en")


def test_a_copy_without_the_guide_says_so_instead_of_failing(window, monkeypatch):
    said = []
    monkeypatch.setattr(guide_module, "docs_dir", lambda: None)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    assert window.help.show_guide() is None
    assert said and "not installed" in said[0]


def test_the_shortcut_sheet_lists_the_menu_keys_and_the_keys_of_the_views(window):
    sheet = window.help.show_shortcuts()
    rows = sheet.rows()
    assert ("File", "Ctrl+S", "Save") in rows
    assert ("Help", "F1", "ShotGraph User Guide") in rows
    assert any(where == "Graph" and keys == "L / A / H" for where, keys, _ in rows)
    assert any(where == "Storyboard" and "panel editor" in does for where, _, does in rows)


def test_the_printable_sheet_in_docs_has_every_key_of_the_menus(window):
    printed = (DOCS / "shortcuts.md").read_text(encoding="utf-8")
    written = set(re.findall(r"`([^`]+)`", printed))
    missing = [(menu, keys, command) for menu, keys, command in menu_shortcuts(window)
               if not all(key in written for key in keys.split(" / "))]
    assert missing == [], "add these to docs/shortcuts.md"


def test_about_names_the_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.help.about_action.trigger()
    assert __version__ in shown[0]


def test_the_guide_is_found_in_the_checkout():
    assert docs_dir() == DOCS


def test_menu_texts_lose_their_mnemonics_in_both_languages():
    assert plain("Save &As…") == "Save As"
    assert plain("另存为(&A)…") == "另存为"
    assert plain("Cast && Crew") == "Cast & Crew"


def test_redo_answers_ctrl_shift_z_as_well_as_ctrl_y(window, qtbot):
    shot = window.bridge.current_shot or window.project.episodes[0].shots[0]
    window.bridge.push(SetMode(shot.id, Mode.AI if shot.mode != Mode.AI else Mode.LIVE))
    changed = window.bridge.document.index.shots[shot.id].mode
    window.undo_action.trigger()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.bridge.document.index.shots[shot.id].mode == changed
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= {key.toString() for key in window.redo_action.shortcuts()}
