"""Renumbering an episode from the editor: the preview, then one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from shotgraph.core.document import Document
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Episode, Project
from shotgraph.ui.renumber import RenumberDialog


def test_the_preview_shows_old_and_new_codes_for_each_scheme(qtbot, window):
    dialog = RenumberDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    shots = episode_order(window.project.episodes[0])
    assert dialog.preview.rowCount() == len(shots)
    assert [dialog.preview.item(r, 0).text() for r in range(3)] == [s.code for s in shots[:3]]
    assert [dialog.preview.item(r, 1).text() for r in range(3)] == ["1", "2", "3"]
    dialog.scheme.setCurrentIndex(1)
    assert dialog.preview.item(0, 1).text() == "1A"
    dialog.scheme.setCurrentIndex(2)
    assert dialog.preview.item(0, 1).text() == "1-1"


def test_renumbering_applies_in_one_step_and_undoes(qtbot, window):
    before = [s.code for s in episode_order(window.project.episodes[0])]
    dialog = RenumberDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    after = [s.code for s in episode_order(window.project.episodes[0])]
    assert after == [str(n) for n in range(1, len(before) + 1)]
    assert window.undo_action.text() == "Undo Renumber Episode 1"
    window.bridge.undo_stack.undo()
    assert [s.code for s in episode_order(window.project.episodes[0])] == before


def test_edit_menu_renumber_shots_opens_the_dialog_and_renumbers(qtbot, window):
    action = next(a for a in window.edit_menu.actions() if a.text() == "&Renumber Shots…")
    assert action.isEnabled()
    shown: list[QWidget] = []

    def apply() -> None:
        dialog = window.findChild(RenumberDialog)
        shown.append(dialog)
        dialog.scheme.setCurrentIndex(2)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, apply)
    action.trigger()
    assert isinstance(shown[0], RenumberDialog) and shown[0].windowTitle() == "Renumber Episode 1"
    assert episode_order(window.project.episodes[0])[0].code == "1-1"
    assert window.undo_action.text() == "Undo Renumber Episode 1"


def test_renumber_shots_is_disabled_without_an_episode(window):
    window.bridge.open(Document(Project(id="pr_empty")), None)
    assert not window.renumber_action.isEnabled()
    window.bridge.open(Document(Project(id="pr_one", episodes=[Episode(id="ep_1", number=1)])), None)
    assert window.renumber_action.isEnabled()
