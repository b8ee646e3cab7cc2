"""Editing AI-content labels as a user would: the registration number, the AI provider table, and an
episode's label start, text height and AIGC Label — each change undoable and followed by the findings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from shotgraph.ui.editors.ai_labelling import AILabellingSettings


def open_tab(qtbot, window, tab: str):
    window.project_menu.entries[tab].trigger()
    editor = window.project_menu.editor
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def labelling(qtbot, window) -> AILabellingSettings:
    return open_tab(qtbot, window, "project").project_page.ai_labelling


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    widget.insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Open the cell's editor (Add leaves the new model's open), replace its text and press Enter."""
    if table.state() != QAbstractItemView.State.EditingState:
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def rules_of(window) -> list[str]:
    return [f.rule for f in window.bridge.checker.findings]


def test_the_registration_number_is_typed_and_undone(qtbot, window):
    box = labelling(qtbot, window).fields["registration_number"].widget
    assert box.text() == "（浙）网微剧备字（2026）第0123号"
    type_into(qtbot, box, "")
    assert window.project.registration_number == ""
    assert "compliance.registration" in rules_of(window)
    window.bridge.undo_stack.undo()
    assert box.text() == window.project.registration_number == "（浙）网微剧备字（2026）第0123号"
    assert "compliance.registration" not in rules_of(window)


def test_a_model_is_added_to_the_provider_table_filled_in_and_removed(qtbot, window):
    field = labelling(qtbot, window).fields["ai_providers"]
    table = field.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["seedance-2.0", "kling-2.1"]
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    assert [e.model for e in window.project.ai_providers][-1] == "New model"
    for column, text in enumerate(("即梦-3.0", "北京某科技有限公司", "001191110108JM0001")):
        type_in_cell(qtbot, table, 2, column, text)
        qtbot.waitUntil(lambda column=column, text=text: table.item(2, column).text() == text
                        and text in window.project.ai_providers[2].model_dump().values())
    added = window.project.ai_providers[2]
    assert (added.model, added.provider, added.code) == ("即梦-3.0", "北京某科技有限公司", "001191110108JM0001")
    table.selectRow(2)
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert [e.model for e in window.project.ai_providers] == ["seedance-2.0", "kling-2.1"]
    window.bridge.undo_stack.undo()
    assert window.project.ai_providers[2].model == "即梦-3.0" and table.rowCount() == 3


def test_removing_a_models_provider_raises_its_warnings(qtbot, window):
    field = labelling(qtbot, window).fields["ai_providers"]
    assert "compliance.ai-provider" not in rules_of(window)
    field.table.selectRow(1)
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    kling = [f for f in window.bridge.checker.findings if f.rule == "compliance.ai-provider"]
    assert kling and all("kling-2.1" in f.message.get("en") for f in kling)


def test_a_model_listed_twice_is_refused_with_a_message(qtbot, window):
    editor = open_tab(qtbot, window, "project")
    table = editor.project_page.ai_labelling.fields["ai_providers"].table
    type_in_cell(qtbot, table, 1, 0, "Seedance-2.0 ")
    qtbot.waitUntil(lambda: "listed twice" in editor.message.text())
    assert [e.model for e in window.project.ai_providers] == ["seedance-2.0", "kling-2.1"]
    assert table.item(1, 0).text() == "kling-2.1"


def test_an_episodes_label_start_height_and_aigc_label_are_edited(qtbot, window):
    form = open_tab(qtbot, window, "episodes").pages["episodes"].form
    start, height = form.fields["disclosure.start_s"].widget, form.fields["disclosure.text_height_px"].widget
    assert (start.value(), height.value()) == (0.0, 60)
    for box, text in ((start, "2"), (height, "40")):
        box.setFocus()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    disclosure = window.project.episodes[0].disclosure
    assert (disclosure.start_s, disclosure.text_height_px) == (2.0, 40)
    assert rules_of(window).count("compliance.label-spec") == 2
    label = form.fields["disclosure.metadata.Label"].widget
    assert label.currentText() == "1 · AI-generated or synthesised"
    label.setCurrentIndex(2)
    label.activated.emit(2)
    assert window.project.episodes[0].disclosure.metadata.Label == "3"
