"""Switching the editor to Simplified Chinese in Preferences, as a user would, and back."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from shotgraph.core.edits import RemoveShots
from shotgraph.core.model import Movement, ShotSize
from shotgraph.demo import demo_project_path
from shotgraph.ui import language
from shotgraph.ui.appearance import appearance
from shotgraph.ui.inspector.labels import enum_label
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.preferences import PreferencesDialog, apply_saved_preferences


@pytest.fixture
def english_window(qtbot, qapp):
    """The demo in an English window; afterwards every main window goes and English comes back."""
    install_language("en")
    window = MainWindow()
    assert window.open_project(demo_project_path())
    window.show()
    qtbot.waitExposed(window)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.hide()
            widget.deleteLater()
    install_language("en")
    appearance(qapp).apply("light")


def shown_main_window() -> MainWindow:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def pick(qtbot, combo: QComboBox, code: str) -> None:
    """Choose the entry whose data is ``code`` with the arrow keys."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(code) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentData() == code


def choose_in_preferences(qtbot, window: MainWindow, *, language: str | None = None,
                          look: str | None = None) -> MainWindow:
    """Open Edit ▸ Preferences…, choose, press OK; returns the main window shown afterwards."""
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    if language:
        pick(qtbot, dialog.language, language)
    if look:
        pick(qtbot, dialog.appearance, look)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return shown_main_window()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_preferences_is_in_the_edit_menu_with_ctrl_comma(english_window):
    action = english_window.preferences_action
    assert action in english_window.edit_menu.actions()
    assert action.shortcut().toString() == "Ctrl+,"


def test_choosing_chinese_shows_chinese_menus_and_docks(qtbot, english_window):
    assert "&Edit" in menu_titles(english_window)
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    titles = menu_titles(window)
    assert {"编辑(&E)", "视图(&V)"} <= set(titles)
    assert window.findings_dock.windowTitle() == "问题"
    assert window.details_dock.windowTitle() == "属性"
    assert window.tabs.tabText(1) == "分镜(&S)"
    assert QSettings().value("ui/language") == "zh_CN"


def test_the_rebuilt_window_shows_the_same_project_episode_and_selection(qtbot, english_window):
    bridge = english_window.bridge
    second = bridge.project.episodes[1]
    bridge.select([second.shots[3].id])
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    assert window.bridge is bridge
    assert window.tree.topLevelItemCount() == 2
    assert window.grid.model().rowCount() == len(second.shots)
    assert window.details.isEnabled()
    assert "霓虹之下" in window.windowTitle()


def test_undo_names_the_edit_in_chinese(qtbot, english_window):
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    shots = window.bridge.episode.shots
    first = shots[0].code
    assert window.bridge.push(RemoveShots([shots[0].id]))
    assert window.undo_action.text() == f"撤销 删除镜头 {first}"
    assert window.bridge.push(RemoveShots([s.id for s in shots[1:5]]))
    assert window.undo_action.text() == "撤销 删除 4 个镜头"


def test_undo_history_and_unsaved_work_survive_the_switch(qtbot, english_window):
    bridge = english_window.bridge
    count, first = len(bridge.episode.shots), bridge.episode.shots[0].code
    assert bridge.push(RemoveShots([bridge.episode.shots[0].id]))
    assert english_window.undo_action.text() == f"Undo Remove Shot {first}"
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    assert window.isWindowModified() and window.bridge.is_modified
    assert window.bridge.undo_stack.count() == 1
    assert window.undo_action.text() == f"撤销 删除镜头 {first}"
    window.undo_action.trigger()
    assert len(window.bridge.episode.shots) == count
    assert window.grid.model().rowCount() == count


def test_switching_back_to_english(qtbot, english_window):
    chinese = choose_in_preferences(qtbot, english_window, language="zh_CN")
    english = choose_in_preferences(qtbot, chinese, language="en")
    assert "&Edit" in menu_titles(english)
    assert english.findings_dock.windowTitle() == "Findings"


def test_cancel_changes_nothing(qtbot, english_window):
    english_window.preferences_action.trigger()
    dialog = english_window.findChild(PreferencesDialog)
    pick(qtbot, dialog.language, "zh_CN")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert shown_main_window() is english_window
    assert "&Edit" in menu_titles(english_window)
    assert QSettings().value("ui/language") is None


def test_the_saved_language_applies_at_start(qapp, english_window):
    QSettings().setValue("ui/language", "zh_CN")
    apply_saved_preferences(qapp)
    window = MainWindow()
    assert {"编辑(&E)", "视图(&V)"} <= set(menu_titles(window))


def test_qt_own_buttons_speak_chinese_too(qtbot, english_window):
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog.windowTitle() == "偏好设置"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    dialog.reject()


@pytest.mark.parametrize(("system", "shown"),
                         [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en"), ("de_DE", "en")])
def test_system_language_follows_the_system_locale(monkeypatch, system, shown):
    monkeypatch.setattr(language, "QLocale", _LocaleOf(system))
    assert language.resolve_language("system") == shown
    assert language.resolve_language("en") == "en"


class _LocaleOf:
    """Stands in for QLocale with another system locale."""

    Language = QLocale.Language

    def __init__(self, name: str) -> None:
        self._name = name

    def system(self) -> QLocale:
        return QLocale(self._name)


def test_shot_vocabulary_in_the_inspector_is_chinese(qtbot, english_window):
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    assert enum_label(ShotSize.WS) == "WS — 远景"
    assert enum_label(Movement.HANDHELD).endswith("手持")
    assert window.details_dock.windowTitle() == "属性"


def test_edits_after_a_switch_show_everywhere_and_undo_as_one_step(qtbot, english_window):
    old_findings = english_window.findings.model
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_findings))  # the old window's views are gone
    bridge, first = window.bridge, window.bridge.episode.shots[0]
    bridge.select([first.id])
    window.commands.action("add_shot").trigger()
    added = bridge.selected[0]
    assert bridge.undo_stack.count() == 1 and window.isWindowModified()
    assert added in window.canvas.scene().cards
    qtbot.waitUntil(lambda: window.findings.model.findings() == bridge.checker.findings)
    window.undo_action.trigger()
    assert added not in bridge.document.index.shots and not window.isWindowModified()
    assert added not in window.canvas.scene().cards
