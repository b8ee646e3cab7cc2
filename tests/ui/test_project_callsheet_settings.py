"""The Project page's Call sheets group: production office, logo and walkie channels, edited as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from shotgraph.core.model import Department
from shotgraph.ui.editors import callsheet_settings
from shotgraph.ui.editors.callsheet_settings import CallSheetSettings


def call_sheets(qtbot, window) -> CallSheetSettings:
    window.project_menu.entries["project"].trigger()
    editor = window.project_menu.editor
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor.project_page.call_sheets


def leave(qtbot, widget) -> None:
    """Press Enter (a line) or Tab away (a text box)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return if isinstance(widget, QLineEdit) else Qt.Key.Key_Tab)


def type_into(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    widget.insertPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.insert(text)
    leave(qtbot, widget)


def test_the_production_office_is_typed_and_undone(qtbot, window):
    group = call_sheets(qtbot, window)
    office = group.fields["production_office"].widget
    before = window.project.production_office
    assert office.toPlainText() == before
    type_into(qtbot, office, "杭州市上城区复兴街1号 制片办公室 0571-8888 8888")
    assert window.project.production_office == "杭州市上城区复兴街1号 制片办公室 0571-8888 8888"
    window.bridge.undo_stack.undo()
    assert window.project.production_office == before and office.toPlainText() == before


def test_each_department_gets_its_walkie_channel(qtbot, window):
    walkie = call_sheets(qtbot, window).fields["walkie_channels"]
    assert Department.CAST not in walkie.boxes
    before = dict(window.project.walkie_channels)
    assert walkie.boxes[Department.SOUND].text() == before[Department.SOUND]
    type_into(qtbot, walkie.boxes[Department.CAMERA], "CH 3")
    type_into(qtbot, walkie.boxes[Department.VFX_AI], "9")
    assert window.project.walkie_channels == {**before, Department.CAMERA: "CH 3", Department.VFX_AI: "9"}
    type_into(qtbot, walkie.boxes[Department.CAMERA], "")
    assert window.project.walkie_channels == {key: value for key, value in {**before, Department.VFX_AI: "9"}.items()
                                              if key is not Department.CAMERA}
    assert walkie.boxes[Department.CAMERA].accessibleName() == "Camera walkie channel"


def test_a_logo_chosen_in_the_project_folder_is_kept_relative_to_it(qtbot, opened, monkeypatch):
    logo = call_sheets(qtbot, opened).fields["logo"]
    frame = opened.bridge.folder / "demo-media" / "frames" / "ep1-1-04.png"
    monkeypatch.setattr(callsheet_settings, "choose_logo", lambda parent, start: frame)
    qtbot.mouseClick(logo.button, Qt.MouseButton.LeftButton)
    assert opened.project.logo == "demo-media/frames/ep1-1-04.png" == logo.line.text()
    type_into(qtbot, logo.line, "")
    assert opened.project.logo is None


def test_a_logo_outside_the_project_folder_is_refused_with_the_reason(qtbot, opened, monkeypatch, tmp_path):
    said = []
    monkeypatch.setattr(callsheet_settings, "choose_logo", lambda parent, start: tmp_path / "elsewhere.png")
    monkeypatch.setattr(callsheet_settings.prompts, "warn", lambda parent, title, text: said.append(text))
    logo = call_sheets(qtbot, opened).fields["logo"]
    qtbot.mouseClick(logo.button, Qt.MouseButton.LeftButton)
    assert opened.project.logo is None and "inside the project's folder" in said[0]


def test_an_unsaved_project_is_asked_to_be_saved_before_a_logo_is_chosen(qtbot, window, monkeypatch):
    said, asked = [], []
    monkeypatch.setattr(type(window.bridge), "folder", property(lambda bridge: None))
    monkeypatch.setattr(callsheet_settings, "choose_logo", lambda *args: asked.append(args))
    monkeypatch.setattr(callsheet_settings.prompts, "warn", lambda parent, title, text: said.append(text))
    qtbot.mouseClick(call_sheets(qtbot, window).fields["logo"].button, Qt.MouseButton.LeftButton)
    assert asked == [] and "Save the project first" in said[0]
