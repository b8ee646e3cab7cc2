"""Renumbering an episode from the editor: the preview, then one undoable step."""

from __future__ import annotations

from shotgraph.core.graph import episode_order
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
