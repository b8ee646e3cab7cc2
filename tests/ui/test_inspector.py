"""The shot inspector, driven as a user would: select shots, change fields, undo."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from shotgraph.core.model import EdgeKind, Mode, ShotSize


@pytest.fixture
def inspector(window):
    return window.details


def shot(window, shot_id):
    return window.document.shot(shot_id)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the item whose text starts with ``text`` the way the user does: open the list, click it."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def commit_chinese(widget, text: str) -> None:
    """Text as a Chinese input method delivers it: one committed string, not key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_box(qtbot, box) -> None:
    """Click a checkbox on its square."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def rules_of(window, shot_id: str) -> set[str]:
    return {f.rule for f in window.bridge.checker.findings if shot_id in f.shot_ids}


def test_nothing_selected_asks_for_a_shot(inspector):
    assert inspector.currentWidget() is inspector.empty_label
    assert inspector.empty_label.text() == "Select a shot to edit it"


def test_selecting_a_shot_fills_the_fields(window, inspector):
    window.bridge.select(["sh_e1_006"])
    form, data = inspector.form, shot(window, "sh_e1_006")
    assert inspector.currentWidget() is not inspector.empty_label
    assert inspector.header.text().startswith("1-06 · Live")
    assert form.description.toPlainText() == data.description
    assert form.size.currentText() == "CU — close-up"
    assert form.lens.text() == f"{data.camera.lens_mm:g}"
    assert form.emotion.currentText().startswith("2")
    assert [row.editors["look"].currentText() for row in form.characters.rows] == ["R — looks right"]
    assert not form.ai_section.isVisibleTo(inspector) and not form.plate_section.isVisibleTo(inspector)


def test_overrides_name_the_scene_value(window, inspector):
    window.bridge.select(["sh_e1_006"])
    assert inspector.form.time_of_day.currentText() == "As the scene: NIGHT — night"
    assert inspector.form.story_day.placeholderText() == "As the scene: 1"


def test_an_emotional_close_up_made_ai_is_flagged_and_undo_restores_it(qtbot, window, inspector):
    window.bridge.select(["sh_e1_006"])
    assert "ai.emotional-closeup" not in rules_of(window, "sh_e1_006")
    choose(qtbot, inspector.form.mode, "AI")
    assert shot(window, "sh_e1_006").mode is Mode.AI
    assert inspector.form.ai_section.isVisibleTo(inspector)
    assert "ai.emotional-closeup" in rules_of(window, "sh_e1_006")
    assert window.bridge.undo_stack.undoText() == "Set Mode to AI on 1-06"
    window.bridge.undo_stack.undo()
    assert shot(window, "sh_e1_006").mode is Mode.LIVE
    assert "ai.emotional-closeup" not in rules_of(window, "sh_e1_006")
    assert inspector.form.mode.currentText() == "Live"
    assert not inspector.form.ai_section.isVisibleTo(inspector)


def test_a_new_description_is_one_undo_step_when_editing_finishes(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    before, field = window.bridge.undo_stack.count(), inspector.form.description
    field.setFocus()
    field.selectAll()
    commit_chinese(field, "林晚收起手机")
    assert window.bridge.undo_stack.count() == before
    field.editingFinished.emit()
    assert shot(window, "sh_e1_004").description == "林晚收起手机"
    assert window.bridge.undo_stack.count() == before + 1
    assert window.bridge.undo_stack.undoText() == "Edit Description of 1-04"


def test_a_typed_lens_commits_when_the_field_is_left(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    type_into(qtbot, inspector.form.lens, "50")
    assert shot(window, "sh_e1_004").camera.lens_mm == 50
    assert shot(window, "sh_e1_004").camera.size is ShotSize.MS


def test_three_shots_change_size_together_in_one_step(qtbot, window, inspector):
    ids = ["sh_e1_004", "sh_e1_006", "sh_e1_015"]
    lenses = {i: shot(window, i).camera.lens_mm for i in ids}
    window.bridge.select(ids)
    form = inspector.form
    assert form.size.currentIndex() == -1 and form.size.placeholderText() == "Mixed"
    assert form.description.toPlainText() == "" and form.description.placeholderText() == "Mixed"
    before = window.bridge.undo_stack.count()
    choose(qtbot, form.size, "ECU")
    assert all(shot(window, i).camera.size is ShotSize.ECU for i in ids)
    assert {i: shot(window, i).camera.lens_mm for i in ids} == lenses
    assert window.bridge.undo_stack.count() == before + 1
    assert window.bridge.undo_stack.undoText() == "Set Size to ECU on 1-04, 1-06, 3-03"
    assert form.size.currentText() == "ECU — extreme close-up"
    window.bridge.undo_stack.undo()
    assert [shot(window, i).camera.size for i in ids] == [ShotSize.MS, ShotSize.CU, ShotSize.MCU]


def test_mixed_intent_shows_partly_checked_and_a_click_sets_it_everywhere(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    box = inspector.form.intents["jump_cut"]
    click_box(qtbot, box)
    assert shot(window, "sh_e1_004").intent == ["jump_cut"]
    window.bridge.select(["sh_e1_004", "sh_e1_005"])
    assert box.checkState() == Qt.CheckState.PartiallyChecked
    click_box(qtbot, box)
    assert shot(window, "sh_e1_005").intent == ["jump_cut"]
    assert box.checkState() == Qt.CheckState.Checked


def test_adding_a_character_and_choosing_a_look(qtbot, window, inspector):
    window.bridge.select(["sh_e1_009"])
    editor = inspector.form.characters
    assert len(editor.rows) == 1
    choose(qtbot, editor.add_combo, "林晚")
    data = shot(window, "sh_e1_009")
    assert [c.character_id for c in data.characters][-1] == "ch_linwan"
    qtbot.waitUntil(lambda: len(editor.rows) == 2)
    choose(qtbot, editor.rows[1].editors["wardrobe_id"], "黑色风衣")
    assert shot(window, "sh_e1_009").character("ch_linwan").wardrobe_id is not None
    qtbot.mouseClick(editor.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert shot(window, "sh_e1_009").character("ch_linwan") is None


def test_choosing_a_plate_replaces_the_plate_edge_in_one_step(qtbot, window, inspector):
    window.bridge.select(["sh_e1_003"])
    form, episode = inspector.form, window.project.episodes[0]
    assert form.plate_section.isVisibleTo(inspector)
    assert form.plate_shot.currentText().startswith("1-02")
    before = window.bridge.undo_stack.count()
    choose(qtbot, form.plate_shot, "1-01")
    plates = [(e.source, e.target) for e in episode.edges if e.kind is EdgeKind.PLATE and e.target == "sh_e1_003"]
    assert plates == [("sh_e1_001", "sh_e1_003")]
    assert window.bridge.undo_stack.count() == before + 1
    assert window.bridge.undo_stack.undoText() == "Set Plate shot to 1-01 on 1-03"
    window.bridge.undo_stack.undo()
    plates = [(e.source, e.target) for e in episode.edges if e.kind is EdgeKind.PLATE and e.target == "sh_e1_003"]
    assert plates == [("sh_e1_002", "sh_e1_003")]


def test_removing_the_plate_shot_of_a_hybrid_shot_raises_its_finding(qtbot, window, inspector):
    window.bridge.select(["sh_e1_023"])
    choose(qtbot, inspector.form.plate_shot, "No plate shot")
    assert "graph.plate" in rules_of(window, "sh_e1_023")
    assert window.bridge.undo_stack.undoText() == "Clear Plate shot of 4-04"


def test_changing_the_selection_never_makes_an_edit(qtbot, window, inspector):
    stack = window.bridge.undo_stack
    for ids in (["sh_e1_003"], ["sh_e1_006", "sh_e1_007", "sh_e1_015"], ["sh_e2_014"], ["sh_e1_023"], []):
        window.bridge.select(ids)
    inspector.form.description.setFocus()
    window.bridge.select(["sh_e1_004"])
    inspector.form.notes.setFocus()
    assert stack.count() == 0
    assert not window.bridge.is_modified


def test_a_refused_value_shows_the_model_again(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    failures = []
    window.bridge.edit_failed.connect(failures.append)
    type_into(qtbot, inspector.form.lens, "-5")
    assert len(failures) == 1
    assert inspector.form.lens.text() == f"{shot(window, 'sh_e1_004').camera.lens_mm:g}"


def test_an_identity_reference_is_kept_per_character(qtbot, window, inspector):
    window.bridge.select(["sh_e2_014"])
    combo = inspector.form.refs.combos["ch_linwan"]
    assert combo.currentText() == shot(window, "sh_e2_014").ai.refs["ch_linwan"]
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "linwan_ref_v3")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert shot(window, "sh_e2_014").ai.refs == {"ch_linwan": "linwan_ref_v3"}
    assert window.bridge.undo_stack.count() == 1


def test_the_ai_model_field_suggests_the_models_the_project_uses(window, inspector, qtbot):
    window.bridge.select(["sh_e2_014"])
    field = inspector.form.ai_model
    window.details_dock.raise_()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert field.completer().model().stringList() == ["kling-2.1", "seedance-2.0"]


def test_a_character_in_three_shots_is_edited_in_all_of_them_at_once(qtbot, window, inspector):
    ids = ["sh_e1_006", "sh_e1_007", "sh_e1_003"]
    looks = {i: shot(window, i).character("ch_linwan").wardrobe_id for i in ids}
    window.bridge.select(ids)
    [row] = inspector.form.characters.rows
    assert row.editors["wardrobe_id"].placeholderText() == "Mixed"
    choose(qtbot, row.editors["position"], "R")
    assert [shot(window, i).character("ch_linwan").position for i in ids] == ["R", "R", "R"]
    assert {i: shot(window, i).character("ch_linwan").wardrobe_id for i in ids} == looks
    assert window.bridge.undo_stack.count() == 1


def test_adding_a_character_to_shots_that_differ_adds_it_where_it_is_missing(qtbot, window, inspector):
    window.bridge.select(["sh_e1_008", "sh_e1_009"])
    editor = inspector.form.characters
    assert editor.note.isVisibleTo(inspector)
    before = [c.character_id for c in shot(window, "sh_e1_008").characters]
    missing = next(c for c in before if shot(window, "sh_e1_009").character(c) is None)
    name = window.document.character(missing).name
    choose(qtbot, editor.add_combo, name)
    assert [c.character_id for c in shot(window, "sh_e1_008").characters] == before
    assert shot(window, "sh_e1_009").character(missing) is not None
    assert not editor.note.isVisibleTo(inspector)


def test_browsing_shot_after_shot_keeps_the_editor_alive(window):
    """Every refresh makes hundreds of Qt calls; a binding that drops a reference to None on each
    (PySide6 6.12.0 on Python 3.11) aborts the editor after a few hundred selections."""
    ids = [s.id for s in window.project.episodes[0].shots]
    for shot_id in ids:
        window.bridge.select([shot_id])
    before = sys.getrefcount(None)
    for _ in range(3):
        for shot_id in ids:
            window.bridge.select([shot_id])
    assert sys.getrefcount(None) > before - 1000


def test_a_word_in_a_number_field_is_refused_with_a_message(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    type_into(qtbot, inspector.form.duration, "abc")
    assert window.statusBar().currentMessage() == "Cannot do that: Duration in seconds takes a number, not “abc”"
    assert inspector.form.duration.text() == f"{shot(window, 'sh_e1_004').duration_s:g}"
    assert window.bridge.undo_stack.count() == 0


def test_every_control_has_an_accessible_name(window, inspector):
    window.bridge.select(["sh_e1_003"])
    inner = (QComboBox, QAbstractSpinBox)  # their own line edits are named through them
    controls = inspector.findChildren(QAbstractButton) + inspector.findChildren(QComboBox) \
        + inspector.findChildren(QAbstractSpinBox) + inspector.findChildren(QPlainTextEdit) \
        + [line for line in inspector.findChildren(QLineEdit) if not isinstance(line.parent(), inner)]
    unnamed = [type(c).__name__ for c in controls if c.isVisibleTo(inspector) and not c.accessibleName()]
    assert len(controls) > 40 and unnamed == []


def test_ctrl_clicking_storyboard_cards_shows_them_together(qtbot, window, inspector):
    window.tabs.setCurrentWidget(window.grid)
    view = window.grid
    for row, modifier in ((3, Qt.KeyboardModifier.NoModifier), (5, Qt.KeyboardModifier.ControlModifier),
                          (14, Qt.KeyboardModifier.ControlModifier)):
        view.scrollTo(view.model().index(row, 0))
        rect = view.visualRect(view.model().index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert inspector.header.text() == "3 shots: 1-04, 1-06, 3-03"
    assert inspector.form.angle.currentText() == "EYE — eye level"


def test_a_section_folds_away_with_a_click_on_its_title(qtbot, window, inspector):
    window.bridge.select(["sh_e1_004"])
    camera = next(s for s in inspector.form.sections if s.toggle.text() == "Camera")
    qtbot.mouseClick(camera.toggle, Qt.MouseButton.LeftButton)
    assert not camera.body.isVisibleTo(inspector)
    qtbot.mouseClick(camera.toggle, Qt.MouseButton.LeftButton)
    assert camera.body.isVisibleTo(inspector)


def test_typing_a_count_of_takes_is_one_step_not_one_per_digit(qtbot, window, inspector):
    window.bridge.select(["sh_e2_014"])
    spin = inspector.form.takes_tried
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert shot(window, "sh_e2_014").ai.takes_tried == 12
    assert shot(window, "sh_e2_014").ai.model == "kling-2.1"
    assert window.bridge.undo_stack.count() == 1


def test_tab_walks_each_characters_fields_in_order_then_the_add_chooser(qtbot, window, inspector):
    window.bridge.select(["sh_e1_009"])
    editor = inspector.form.characters
    choose(qtbot, editor.add_combo, "林晚")
    qtbot.waitUntil(lambda: len(editor.rows) == 2)
    expected = [w for row in editor.rows for w in (row.remove_button, *row.editors.values())] + [editor.add_combo]
    stops, widget = [], expected[0]
    while len(stops) < len(expected):  # the controls Tab stops on, from the first row's remove button
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert stops == expected
