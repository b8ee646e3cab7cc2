"""A new user builds a whole episode from File ▸ New, with the mouse and with the keyboard alone, in
English and in Chinese; what the window shows, what it exports and what it saves agree at every end."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from acceptance_steps import SCENARIO, Driver, KeyboardDriver, MouseDriver, build_episode, built_as_told
from PySide6.QtWidgets import QApplication, QDialog

from shotgraph.core.io.store import dumps_project, load_project
from shotgraph.core.model import EdgeKind, Mode
from shotgraph.ui.files.callsheet_dialog import CallSheetDialog
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow

AXIS, WARDROBE = "continuity.axis", "continuity.wardrobe"
REACHED_BY_ARROWS = {"add_plate", "plate", "export"}
"""Menu entries with no underlined letter yet: a card's Add Plate From ▸ and its shots, and the exports;
the keyboard reaches them with the arrow keys."""


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    install_language(request.param)
    yield request.param
    install_language("en")


def accept_international_pdf(dialog: CallSheetDialog) -> QDialog.DialogCode:
    """The user picks the international layout (it lists every shot code) and exports a PDF of all days."""
    dialog.style_choice.setCurrentIndex(dialog.style_choice.findData("intl"))
    return QDialog.DialogCode.Accepted


@pytest.fixture
def blank(qtbot, language, tmp_path, monkeypatch) -> MainWindow:
    """A shown, active editor with nothing open yet; the file choosers answer with paths in ``tmp_path``."""
    prompts = "shotgraph.ui.files.prompts"
    monkeypatch.setattr(f"{prompts}.choose_project_to_save", lambda *args: tmp_path / "episode.shotgraph")
    monkeypatch.setattr(f"{prompts}.choose_export_file", lambda *args: tmp_path / "call-sheet.pdf")
    monkeypatch.setattr(CallSheetDialog, "exec", accept_international_pdf)
    monkeypatch.setattr("shotgraph.ui.files.callsheet_dialog.show_written_files", lambda *args: None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def findings_of(window: MainWindow) -> dict[str, bool]:
    """Each rule the findings panel lists (waived ones too) and whether it is waived."""
    model = window.findings.model
    return {f.rule: f.waived for f in model.findings()}


def exported_call_sheet(driver: Driver, window: MainWindow, qtbot, tmp_path: Path) -> None:
    """File ▸ Export ▸ Call Sheets writes a PDF naming the characters and the shots on set."""
    driver.export("callsheet")
    sheet = tmp_path / "call-sheet.pdf"
    qtbot.waitUntil(lambda: window.files.exports.job is None and sheet.exists(), timeout=30000)
    assert sheet.read_bytes().startswith(b"%PDF")
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(sheet))
    for name in SCENARIO.characters:
        assert name in text
    for shot in window.bridge.episode.shots:
        if shot.mode is not Mode.AI:
            assert shot.code in text


def play(driver: Driver, window: MainWindow, qtbot, tmp_path: Path) -> None:
    shot_ids = build_episode(driver)
    project = window.project
    episode = window.bridge.episode
    assert len(episode.scenes) == 2 and len(episode.shots) == 8
    built_as_told(project, shot_ids)

    # the graph cuts the shots in the order they were added
    canvas = window.canvas.scene()
    cuts = {(e.source.shot_id, e.target.shot_id) for e in canvas.edges.values() if e.kind is EdgeKind.CUT}
    assert set(zip(shot_ids, shot_ids[1:], strict=False)) <= cuts

    # both problems are found; one is waived, undone and redone
    qtbot.waitUntil(lambda: {AXIS, WARDROBE} <= set(findings_of(window)))
    driver.select_finding(AXIS)
    driver.waive_current_finding(SCENARIO.waiver_note)
    qtbot.waitUntil(lambda: findings_of(window).get(AXIS) is True)
    assert findings_of(window)[WARDROBE] is False
    driver.undo()
    qtbot.waitUntil(lambda: findings_of(window).get(AXIS) is False)
    driver.redo()
    qtbot.waitUntil(lambda: findings_of(window).get(AXIS) is True)
    assert [w.note for w in window.project.waivers] == [SCENARIO.waiver_note]

    # the live and hybrid shots go on a shooting day, and the call sheet names them
    driver.plan_days()
    on_set = {s.id for s in episode.shots if s.mode is not Mode.AI}
    scheduled = {shot_id for day in window.project.days for setup in day.setups for shot_id in setup.shot_ids}
    assert on_set == scheduled
    shown = set()
    for column in window.schedule.columns.values():
        strips = column.strips
        for top in range(strips.topLevelItemCount()):
            item = strips.topLevelItem(top)
            shown.update(item.child(k).data(0, 0x0100) for k in range(item.childCount()))
    assert shown == on_set
    exported_call_sheet(driver, window, qtbot, tmp_path)

    # saved as shown
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    driver.save_as()
    saved = tmp_path / "episode.shotgraph"
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert dumps_project(load_project(saved)) == dumps_project(window.project)
    assert set(canvas.cards) == {s.id for s in episode.shots}
    assert window.grid.model().rowCount() == 8
    tree_episode = window.tree.topLevelItem(0)
    assert tree_episode.childCount() == 2
    assert QApplication.activeModalWidget() is None


def test_a_new_user_builds_an_episode_with_the_mouse(blank, qtbot, tmp_path):
    play(MouseDriver(qtbot, blank), blank, qtbot, tmp_path)



def test_a_new_user_builds_the_same_episode_with_the_keyboard_alone(blank, qtbot, tmp_path):
    driver = KeyboardDriver(qtbot, blank)
    play(driver, blank, qtbot, tmp_path)
    assert set(driver.unlettered) <= REACHED_BY_ARROWS
