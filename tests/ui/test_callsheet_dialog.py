"""File ▸ Export ▸ Call Sheets…: the user picks days, layout, format, boards and paper, the export runs in
the worker, and a message lists the files written with an Open Folder button."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from shotgraph.ui.files import callsheet_dialog, prompts
from shotgraph.ui.files.callsheet_dialog import CallSheetDialog, WrittenFilesBox


@pytest.fixture
def written(monkeypatch) -> list[list[Path]]:
    """The files each final message would have listed."""
    said: list[list[Path]] = []
    monkeypatch.setattr(callsheet_dialog, "show_written_files", lambda parent, files: said.append(files))
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: pytest.fail(text))
    return said


def export_through_dialog(window, qtbot, monkeypatch, choose) -> None:
    """Open Call Sheets…, let ``choose`` set the dialog as a user would, press Export, wait for the files."""
    def run(dialog: CallSheetDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        choose(dialog, qtbot)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CallSheetDialog, "exec", run)
    exports = window.files.exports
    exports.menu.aboutToShow.emit()
    exports.action("callsheet").trigger()
    assert exports.job is not None
    qtbot.waitUntil(lambda: exports.job is None, timeout=30000)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to the widget that has the keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def test_png_pages_of_one_day_chosen_by_keyboard(window, qtbot, tmp_path, monkeypatch, written):
    target = tmp_path / "call-sheet.png"
    monkeypatch.setattr(prompts, "choose_export_file", lambda parent, title, start, suffixes: (
        suffixes == (".png",) and start.endswith("call-sheet.png")) and target)

    def choose(dialog: CallSheetDialog, qtbot) -> None:
        press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert dialog.days.hasFocus()
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        assert dialog.file_format.hasFocus()
        press(qtbot, Qt.Key.Key_Down)
        assert dialog.file_format.currentData() == "png" and not dialog.boards.isEnabled()

    export_through_dialog(window, qtbot, monkeypatch, choose)
    assert written == [[tmp_path / "call-sheet-day-02-p1.png"]] and written[0][0].stat().st_size > 0
    assert window.statusBar().currentMessage() == "Exported call-sheet-day-02-p1.png"


def test_the_workbook_of_all_days(window, qtbot, tmp_path, monkeypatch, written):
    target = tmp_path / "通告单.xlsx"
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: target)

    def choose(dialog: CallSheetDialog, qtbot) -> None:
        dialog.file_format.setCurrentIndex(dialog.file_format.findData("xlsx"))
        assert not dialog.paper.isEnabled() and not dialog.style_choice.isEnabled()

    export_through_dialog(window, qtbot, monkeypatch, choose)
    assert written == [[target]] and load_workbook(target).sheetnames == ["Day 1 12-02", "Day 2 12-03"]


def test_a_pdf_with_boards_on_letter_paper(window, qtbot, tmp_path, monkeypatch, written):
    target = tmp_path / "call-sheet.pdf"
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: target)

    def choose(dialog: CallSheetDialog, qtbot) -> None:
        press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.boards.isChecked)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        assert dialog.choice().with_boards and dialog.choice().paper == "letter"

    export_through_dialog(window, qtbot, monkeypatch, choose)
    assert written == [[target]] and target.read_bytes().startswith(b"%PDF")


def test_cancelling_the_dialog_exports_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: pytest.fail("no file is asked for"))
    monkeypatch.setattr(CallSheetDialog, "exec", lambda dialog: CallSheetDialog.DialogCode.Rejected)
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("callsheet").trigger()
    assert window.files.exports.job is None


@pytest.mark.parametrize("supported", [True, False])
def test_the_layout_is_offered_only_when_the_call_sheet_has_layouts(window, qtbot, monkeypatch, supported):
    monkeypatch.setattr(callsheet_dialog, "styles_supported", lambda: supported)
    dialog = CallSheetDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.style_choice.isVisible() is supported
    assert dialog.choice().style == ("cn" if supported else None)
    size = dialog.sizeHint()
    assert size.width() <= 1366 and size.height() <= 700


def test_the_message_lists_the_files_and_opens_their_folder(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    files = [tmp_path / f"call-sheet-day-01-p{page}.png" for page in range(1, 15)]
    box = WrittenFilesBox(files)
    qtbot.addWidget(box)
    assert "14" in box.text() and str(tmp_path) in box.text()
    listed = box.informativeText().splitlines()
    assert listed[0] == "call-sheet-day-01-p1.png" and listed[-1] == "… and 2 more"
    box.show()
    qtbot.mouseClick(box.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
