"""A script without scene headings ShotGraph knows: the user picks a line as an example heading,
sees the lines it makes scene headings, and imports with it — or cancels and keeps the project."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTreeWidgetItem

from shotgraph.core.io.scripts import NoHeadingsError, read_script
from shotgraph.demo import demo_project_path
from shotgraph.ui import script_import
from shotgraph.ui.language import install_language
from shotgraph.ui.screen_layout import FRAME
from shotgraph.ui.script_headings import SceneHeadingsDialog
from shotgraph.ui.script_import import ScriptPreview

DRAFT = """THE LAST FERRY
Draft two, 3 March
Scene 1: harbour office, day
MARA sorts tickets behind the glass.
MARA: Last boat leaves at nine.
Scene 2: the pier - night
JONAH: You came back.
Scene 3: ferry deck - night
They stand at the rail as the lights fade.
"""
SERIES = """第1集 初遇
（一）总裁办公室 日 内
林晓：陈总，您的咖啡。
（二）公司走廊 日 内
△林晓快步走出办公室。
第2集 契约
（一）咖啡馆 日 内
陈墨：签了它。
"""


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.fixture
def series(tmp_path) -> Path:
    path = tmp_path / "霓虹.txt"
    path.write_text(SERIES, encoding="utf-8")
    return path


@pytest.fixture
def open_dialog(qtbot) -> Callable[[Path], SceneHeadingsDialog]:
    """The dialog for a script ShotGraph finds no scene headings in, on screen and active."""
    def opened(path: Path) -> SceneHeadingsDialog:
        with pytest.raises(NoHeadingsError) as raised:
            read_script(path)
        dialog = SceneHeadingsDialog(path, raised.value)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog
    return opened


def row_of(dialog: SceneHeadingsDialog, text: str) -> QTreeWidgetItem:
    return next(dialog.lines.topLevelItem(i) for i in range(dialog.lines.topLevelItemCount())
                if dialog.lines.topLevelItem(i).text(2) == text)


def click(qtbot, dialog: SceneHeadingsDialog, text: str, double: bool = False) -> None:
    item = row_of(dialog, text)
    dialog.lines.scrollToItem(item)
    at = dialog.lines.visualItemRect(item).center()
    qtbot.mouseClick(dialog.lines.viewport(), Qt.MouseButton.LeftButton, pos=at)
    if double:
        qtbot.mouseDClick(dialog.lines.viewport(), Qt.MouseButton.LeftButton, pos=at)


def heading_lines(dialog: SceneHeadingsDialog) -> list[str]:
    return [dialog.headings.topLevelItem(i).text(0) for i in range(dialog.headings.topLevelItemCount())]


def test_the_dialog_lists_the_first_lines_with_their_numbers(open_dialog, series):
    dialog = open_dialog(series)
    assert dialog.windowTitle() == "No Scene Headings in 霓虹.txt"
    rows = [(dialog.lines.topLevelItem(i).text(0), dialog.lines.topLevelItem(i).text(2))
            for i in range(dialog.lines.topLevelItemCount())]
    assert rows[:2] == [("2", "（一）总裁办公室 日 内"), ("3", "林晓：陈总，您的咖啡。")]
    assert not dialog.continue_button.isEnabled() and dialog.headings.topLevelItemCount() == 0


def test_using_a_line_as_the_heading_shows_the_lines_it_makes_scene_headings(qtbot, open_dialog, draft):
    dialog = open_dialog(draft)
    click(qtbot, dialog, "Scene 2: the pier - night")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert heading_lines(dialog) == ["3", "6", "8"]
    assert dialog.summary.text().startswith("3 line(s) of draft.txt become scene headings")
    assert "“Scene N:”" in dialog.summary.text()
    marked = row_of(dialog, "Scene 1: harbour office, day")
    assert marked.font(2).bold() and marked.text(1) == "1"
    assert not row_of(dialog, "JONAH: You came back.").font(2).bold()
    assert dialog.continue_button.isEnabled() and dialog.continue_button.isDefault()


def test_the_keyboard_picks_a_line_with_the_arrows_and_enter_or_the_buttons_letter(qtbot, open_dialog, draft):
    dialog = open_dialog(draft)
    dialog.lines.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.lines, Qt.Key.Key_Down)
    assert dialog.lines.currentItem().text(2) == "Scene 1: harbour office, day"
    qtbot.keyClick(dialog.lines, Qt.Key.Key_Return)
    assert heading_lines(dialog) == ["3", "6", "8"] and dialog.isVisible()
    qtbot.keyClick(dialog.lines, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.lines, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("1 line(s)"))  # a button's letter clicks it shortly
    assert dialog.use_button.text() == "Use as Scene &Heading" and dialog.continue_button.text() == "&Continue"


def test_double_clicking_a_line_uses_it(qtbot, open_dialog, series):
    dialog = open_dialog(series)
    click(qtbot, dialog, "（二）公司走廊 日 内", double=True)
    assert heading_lines(dialog) == ["2", "4", "7"]
    rows = [[dialog.headings.topLevelItem(i).text(c) for c in range(4)] for i in range(3)]
    assert rows[2] == ["7", "2", "1", "（一）咖啡馆 日 内"]


def test_a_line_that_cannot_be_a_heading_says_why_and_keeps_continue_off(qtbot, open_dialog, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Scene 1: office\n" + "A very long line. " * 20 + "\nScene 2: hall\n", encoding="utf-8")
    dialog = open_dialog(path)
    click(qtbot, dialog, "Scene 1: office")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.continue_button.isEnabled()
    dialog.lines.setCurrentItem(dialog.lines.topLevelItem(1))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("Line 2 cannot be an example scene heading")
    assert "characters long" in dialog.problem.text()
    assert not dialog.continue_button.isEnabled() and dialog.headings.topLevelItemCount() == 0
    assert not row_of(dialog, "Scene 1: office").font(2).bold()


def test_a_script_that_cannot_be_read_again_says_so_in_the_dialog(qtbot, open_dialog, draft):
    dialog = open_dialog(draft)
    draft.write_bytes(b"\x00\x01\x02")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and "cannot read draft.txt" in dialog.problem.text()
    assert not dialog.continue_button.isEnabled()


def user_picks(qtbot, line: str | None) -> Callable[[SceneHeadingsDialog], int]:
    """The dialog as a user drives it: click ``line``, Use as Scene Heading, Continue (None: Cancel)."""
    def exec_(dialog: SceneHeadingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if line is None:
            dialog.reject()
        else:
            click(qtbot, dialog, line)
            qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    return exec_


def test_import_script_continues_into_the_preview_with_the_taught_headings(window, qtbot, monkeypatch, series):
    monkeypatch.setattr(script_import, "choose_script", lambda *args: series)
    monkeypatch.setattr(SceneHeadingsDialog, "exec", user_picks(qtbot, "（一）总裁办公室 日 内"))
    previewed: list[ScriptPreview] = []
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: previewed.append(self) or QDialog.DialogCode.Accepted)
    window.files.scripts.import_action.trigger()
    assert len(previewed) == 1 and window.path is None
    assert [[scene.heading for scene in episode.scenes] for episode in window.project.episodes] == [
        ["（一）总裁办公室 日 内", "（二）公司走廊 日 内"], ["（一）咖啡馆 日 内"]]
    assert window.statusBar().currentMessage() == "Imported 3 shot(s) from 霓虹.txt"


def test_cancelling_the_headings_keeps_the_open_project_and_says_nothing(window, qtbot, monkeypatch, draft):
    monkeypatch.setattr(script_import, "choose_script", lambda *args: draft)
    monkeypatch.setattr(SceneHeadingsDialog, "exec", user_picks(qtbot, None))
    monkeypatch.setattr(ScriptPreview, "exec", lambda self: pytest.fail("no preview after a cancel"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    before = window.project.model_dump()
    window.files.scripts.import_action.trigger()
    assert window.path == demo_project_path() and window.project.model_dump() == before and not warned
    assert not window.bridge.is_modified


def test_a_revised_script_without_known_headings_comes_in_with_the_taught_ones(window, qtbot, monkeypatch, draft):
    monkeypatch.setattr(SceneHeadingsDialog, "exec", user_picks(qtbot, "Scene 1: harbour office, day"))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)

    def descriptions() -> list[str]:
        return [shot.description for shot in window.project.episodes[0].shots]

    assert window.files.scripts.reimport(draft)
    assert "MARA sorts tickets behind the glass." in descriptions()
    window.undo_action.trigger()
    assert "MARA sorts tickets behind the glass." not in descriptions()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dialog_fits_a_laptop_screen(open_dialog, series, language):
    install_language(language)
    try:
        dialog = open_dialog(series)
        room = QSize(1366, 728) - FRAME
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height()
    finally:
        install_language("en")
        QApplication.processEvents()
