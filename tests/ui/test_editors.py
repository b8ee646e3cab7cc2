"""The Project menu's editors, driven as a user would: open a tab, type, choose, add, remove, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)

from shotgraph.core.edits import UpdateCharacter
from shotgraph.ui.editors import ProjectEditor
from shotgraph.ui.editors.page import RecordPage


def open_editor(qtbot, window, tab: str) -> ProjectEditor:
    window.project_menu.entries[tab].trigger()
    editor = window.project_menu.editor
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    """Replace the text (as an input method would for Chinese) and press Enter."""
    widget.setFocus()
    widget.selectAll()
    widget.insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def set_spin(qtbot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def answer_next_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)


def tick(qtbot, box: QAbstractButton) -> None:
    """Click the box itself (its row is wider than the box and its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def page(editor: ProjectEditor, name: str) -> RecordPage:
    return editor.pages[name]


def test_the_project_menu_opens_the_editor_on_the_chosen_tab(qtbot, window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Project") == titles.index("&View") - 1
    editor = open_editor(qtbot, window, "locations")
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Locations"
    assert open_editor(qtbot, window, "people") is editor


def test_editing_the_title_and_a_planning_number_is_undoable(qtbot, window):
    editor = open_editor(qtbot, window, "project")
    fields = editor.project_page.form.fields
    type_into(qtbot, fields["title"].widget, "霓虹之下（第二版）")
    assert window.project.title == "霓虹之下（第二版）"
    meal = fields["planning.meal_minutes"].widget
    assert meal.suffix() == " min"
    set_spin(qtbot, meal, "45")
    assert window.project.planning.meal_minutes == 45
    window.bridge.undo_stack.undo()
    assert meal.value() == 60
    window.bridge.undo_stack.undo()
    assert fields["title"].widget.text() == "霓虹之下"


def test_budget_and_language_settings(qtbot, window):
    editor = open_editor(qtbot, window, "project")
    fields = editor.project_page.form.fields
    set_spin(qtbot, fields["budget.live_day_rate"].widget, "75000")
    assert window.project.budget.live_day_rate == 75000
    choose(fields["language"].widget, "English")
    assert window.project.language == "en"


def test_adding_titling_and_removing_an_episode(qtbot, window):
    episodes = page(open_editor(qtbot, window, "episodes"), "episodes")
    qtbot.mouseClick(episodes.add_button, Qt.MouseButton.LeftButton)
    assert [e.number for e in window.project.episodes] == [1, 2, 3]
    assert episodes.list.currentItem().text() == "Episode 3"
    type_into(qtbot, episodes.form.fields["title"].widget, "真相")
    assert window.project.episodes[2].title == "真相"
    assert episodes.list.currentItem().text() == "Episode 3: 真相"
    qtbot.mouseClick(episodes.remove_button, Qt.MouseButton.LeftButton)
    assert [e.number for e in window.project.episodes] == [1, 2]


def test_a_taken_episode_number_is_refused_with_the_reason_shown(qtbot, window):
    editor = open_editor(qtbot, window, "episodes")
    number = page(editor, "episodes").form.fields["number"].widget
    set_spin(qtbot, number, "2")
    assert [e.number for e in window.project.episodes] == [1, 2]
    assert "already an episode 2" in editor.message.text()
    assert number.value() == 1


def test_removing_an_episode_with_shots_asks_first(qtbot, window):
    episodes = page(open_editor(qtbot, window, "episodes"), "episodes")
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(episodes.remove_button, Qt.MouseButton.LeftButton)
    assert "24 shots" in seen[0]
    assert len(window.project.episodes) == 2


def test_turning_the_ai_disclosure_off_raises_the_compliance_finding(qtbot, window):
    form = page(open_editor(qtbot, window, "episodes"), "episodes").form
    label = form.fields["disclosure.label_text"].widget
    assert label.isEnabled()
    tick(qtbot, form.fields["disclosure"].widget)
    assert window.project.episodes[0].disclosure is None
    assert not label.isEnabled()
    assert any(f.rule == "compliance.ai-disclosure" and f.episode == 1 for f in window.bridge.checker.findings)
    tick(qtbot, form.fields["disclosure"].widget)
    assert window.project.episodes[0].disclosure.label_text == "本片部分内容由AI生成"
    set_spin(qtbot, form.fields["disclosure.duration_s"].widget, "1.5")
    assert window.project.episodes[0].disclosure.duration_s == 1.5


def test_renaming_a_character_and_choosing_its_actor(qtbot, window):
    characters = page(open_editor(qtbot, window, "characters"), "characters")
    fields = characters.form.fields
    type_into(qtbot, fields["name"].widget, "苏婉")
    assert window.project.characters[0].name == "苏婉"
    assert characters.list.item(0).text() == "苏婉"
    choose(fields["actor_id"].widget, "No actor (AI only)")
    assert window.project.characters[0].actor_id is None
    set_spin(qtbot, fields["hair_makeup_min"].widget, "90")
    assert window.project.characters[0].hair_makeup_min == 90
    type_into(qtbot, fields["identity_refs"].widget, "suwan_v1、suwan_v2")
    assert window.project.characters[0].identity_refs == ["suwan_v1", "suwan_v2"]


def test_an_empty_name_is_refused_and_the_old_one_comes_back(qtbot, window):
    editor = open_editor(qtbot, window, "props")
    name = page(editor, "props").form.fields["name"].widget
    before = window.project.props[0].name
    type_into(qtbot, name, "")
    assert window.project.props[0].name == before
    assert name.text() == before
    assert "Prop" in editor.message.text()


def test_removing_a_character_in_shots_asks_and_undo_brings_it_back(qtbot, window):
    characters = page(open_editor(qtbot, window, "characters"), "characters")
    name = window.project.characters[0].name
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(characters.remove_button, Qt.MouseButton.LeftButton)
    assert "shots" in seen[0] and name in seen[0]
    assert name not in [c.name for c in window.project.characters]
    assert name not in [characters.list.item(r).text() for r in range(characters.list.count())]
    window.bridge.undo_stack.undo()
    assert characters.list.item(0).text() == name


def test_a_characters_wardrobe_looks(qtbot, window):
    characters = page(open_editor(qtbot, window, "characters"), "characters")
    looks = characters.child
    character = window.project.characters[0]
    own = [w.name for w in window.project.wardrobe if w.character_id == character.id]
    assert [looks.list.item(r).text() for r in range(looks.list.count())] == own
    qtbot.mouseClick(looks.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, looks.form.fields["name"].widget, "白色旗袍")
    assert window.project.wardrobe[-1].character_id == character.id
    assert window.project.wardrobe[-1].name == "白色旗袍"
    characters.list.setCurrentRow(1)
    assert "白色旗袍" not in [looks.list.item(r).text() for r in range(looks.list.count())]


def test_adding_a_prop_and_a_location_with_its_position(qtbot, window):
    editor = open_editor(qtbot, window, "props")
    props = page(editor, "props")
    qtbot.mouseClick(props.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, props.form.fields["name"].widget, "青花瓷瓶")
    assert window.project.props[-1].name == "青花瓷瓶"
    editor.show_tab("locations")
    locations = page(editor, "locations")
    qtbot.mouseClick(locations.add_button, Qt.MouseButton.LeftButton)
    fields = locations.form.fields
    assert fields["latitude"].widget.text() == "Not set"
    type_into(qtbot, fields["name"].widget, "西湖断桥")
    set_spin(qtbot, fields["latitude"].widget, "30.25890")
    type_into(qtbot, fields["emergency_phone"].widget, "120 / 110")
    location = window.project.locations[-1]
    assert (location.name, location.latitude, location.emergency_phone) == ("西湖断桥", 30.2589, "120 / 110")


def test_people_contacts_and_removing_an_actor(qtbot, window):
    people = page(open_editor(qtbot, window, "people"), "people")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    fields = people.form.fields
    type_into(qtbot, fields["name"].widget, "陈小雨")
    choose(fields["department"].widget, "Camera")
    type_into(qtbot, fields["phone"].widget, "139-0000-1234")
    person = window.project.people[-1]
    assert (person.name, person.department, person.phone) == ("陈小雨", "camera", "139-0000-1234")
    actor = next(p for p in window.project.people if any(c.actor_id == p.id for c in window.project.characters))
    people.select(actor.id)
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    played = [c.name for c in window.project.characters if c.actor_id is None]
    assert played and played[0] in seen[0]


def test_undo_and_redo_from_elsewhere_refresh_the_open_editor(qtbot, window):
    characters = page(open_editor(qtbot, window, "characters"), "characters")
    character = window.project.characters[0]
    window.bridge.push(UpdateCharacter(character.id, {"name": "沈婉"}))
    assert characters.form.fields["name"].widget.text() == "沈婉"
    assert characters.list.item(0).text() == "沈婉"
    window.bridge.undo_stack.undo()
    assert characters.form.fields["name"].widget.text() == character.name
    window.bridge.undo_stack.redo()
    assert characters.list.item(0).text() == "沈婉"


def test_every_control_has_an_accessible_name(qtbot, window):
    editor = open_editor(qtbot, window, "project")
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTabWidget)
    controls = [w for kind in kinds for w in editor.findChildren(kind)
                if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox, QTabWidget))
                and type(w).__name__ not in ("QScrollBar", "QToolButton")]
    assert len(controls) > 60
    assert [w for w in controls if not w.accessibleName()] == []


def test_a_new_entry_is_named_by_typing_at_once(qtbot, window):
    editor = open_editor(qtbot, window, "props")
    props = page(editor, "props")
    qtbot.mouseClick(props.add_button, Qt.MouseButton.LeftButton)
    name = props.form.fields["name"].widget
    assert editor.focusWidget() is name and name.selectedText() == "New prop"
    qtbot.keyClicks(name, "Vase")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.project.props[-1].name == "Vase"


def test_ctrl_z_in_the_editor_undoes_the_last_change(qtbot, window):
    characters = page(open_editor(qtbot, window, "characters"), "characters")
    before = window.project.characters[0].name
    type_into(qtbot, characters.form.fields["name"].widget, "苏婉")
    characters.list.setFocus()
    qtbot.keyClick(characters.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.characters[0].name == before
    assert characters.list.item(0).text() == before
