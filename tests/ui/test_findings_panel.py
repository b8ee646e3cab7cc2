"""The findings panel under the main window, driven as a user would: read, filter, jump to a shot."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

from benchmarks.series import make_series
from shotgraph.core.edits.edges import Unlink
from shotgraph.core.edits.project import UpdateProjectSettings
from shotgraph.core.edits.shots import UpdateShot
from shotgraph.core.edits.waivers import Waive
from shotgraph.core.model import Mode, ShotSize, TimeOfDay
from shotgraph.core.rules.findings import Severity
from shotgraph.core.rules.registry import all_rules
from shotgraph.ui.appearance import severity_colour
from shotgraph.ui.findings import FindingRole
from shotgraph.ui.findings.filters import FAMILIES
from shotgraph.ui.findings.rule_titles import TITLES, rule_title
from shotgraph.ui.findings.waive import WaiveDialog
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.severity import paint_mark


def rows(window: MainWindow) -> list[tuple[str, ...]]:
    """The visible table, cell texts row by row; the rule column by its id ("Axis crossing · continuity.axis")."""
    proxy = window.findings.proxy
    table = [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]
    for row in table:
        row[1] = row[1].rsplit(" · ", 1)[-1]
    return [tuple(row) for row in table]


def row_of(window: MainWindow, rule: str, shots: str) -> int:
    return next(n for n, row in enumerate(rows(window)) if row[1] == rule and row[4] == shots)


def test_the_dock_is_titled_and_shown(window):
    assert window.findings_dock.windowTitle() == "Findings"
    assert window.findings_dock.isVisible()


def test_the_panel_lists_the_demos_findings(window):
    table = rows(window)
    assert len(table) == len(window.bridge.checker.findings) > 0
    axis = table[row_of(window, "continuity.axis", "3-03, 3-04")]
    assert axis[0] == "warning"
    assert (axis[2], axis[3]) == ("1", "3")
    assert "越轴" in axis[5]


def test_the_hint_is_the_tooltip(window):
    proxy = window.findings.proxy
    index = proxy.index(row_of(window, "continuity.axis", "3-03, 3-04"), 5)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(FindingRole).hint.get("zh")


def test_the_counts_label_is_right(window):
    assert window.findings.counts.text() == "1 error, 14 warnings, 0 info"


def test_the_severity_filter_narrows_rows(qtbot, window):
    combo = window.findings.severity_filter
    combo.setCurrentIndex(combo.findText("Errors"))
    assert [row[1] for row in rows(window)] == ["continuity.wardrobe"]
    combo.setCurrentIndex(combo.findText("Info"))
    assert rows(window) == []
    combo.setCurrentIndex(combo.findText("All"))
    assert len(rows(window)) == len(window.bridge.checker.findings)


def test_the_text_filter_narrows_rows(qtbot, window):
    qtbot.keyClicks(window.findings.text_filter, "AXIS")
    assert [row[4] for row in rows(window)] == ["3-03, 3-04"]
    window.findings.text_filter.setText("越轴")  # typed through an input method, not key clicks
    assert [row[1] for row in rows(window)] == ["continuity.axis"]


def test_double_clicking_a_finding_shows_its_first_shot(qtbot, window):
    table = window.findings.table
    index = window.findings.proxy.index(row_of(window, "continuity.axis", "3-03, 3-04"), 1)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.tree.currentItem() is window.tree.topLevelItem(0)
    current = window.grid.currentIndex()
    assert window.grid.storyboard().shot(current.row()).code == "3-03"
    assert window.bridge.current_shot.code == "3-03"


def test_enter_on_a_finding_in_another_episode_switches_episode(qtbot, window):
    table = window.findings.table
    table.setFocus()
    table.setCurrentIndex(window.findings.proxy.index(row_of(window, "ai.identity", "2-02"), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tree.currentItem() is window.tree.topLevelItem(1)
    shot = window.grid.storyboard().shot(window.grid.currentIndex().row())
    assert shot.id == "sh_e2_007"
    assert window.bridge.current_shot is shot


def test_an_edit_refreshes_the_panel_from_the_checkers_delta(qtbot, window):
    inserted: list[int] = []
    window.findings.model.rowsRemoved.connect(lambda *_: inserted.append(-1))
    window.findings.model.rowsInserted.connect(lambda *_: inserted.append(1))
    resets: list[bool] = []
    window.findings.model.modelReset.connect(lambda: resets.append(True))
    before = len(rows(window))
    first = window.project.episodes[1].shots[6]
    ref = {c.character_id: "refs/face.png" for c in first.characters}
    window.bridge.push(UpdateShot(first.id, {"ai": first.ai.model_copy(update={"refs": ref})}))
    qtbot.waitUntil(lambda: "ai.identity" not in [row[1] for row in rows(window)])
    assert window.findings.counts.text() == "1 error, 13 warnings, 0 info"
    assert inserted and not resets
    window.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: len(rows(window)) == before)
    assert window.findings.model.findings() == window.bridge.checker.findings


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_family_filter_keeps_one_family(window):
    choose(window.findings.family_filter, "Schedule")
    assert {row[1].split(".")[0] for row in rows(window)} == {"schedule"}
    choose(window.findings.family_filter, "Continuity")
    assert rows(window) and all(row[1].startswith("continuity.") for row in rows(window))
    choose(window.findings.family_filter, "Hybrid")
    assert [row[1] for row in rows(window)] == ["hybrid.plate-light"]
    combo = window.findings.family_filter
    assert combo.count() == 1 + len(FAMILIES)
    assert all(combo.itemText(n) != combo.itemData(n) for n in range(combo.count())), "a family shown by its id"
    choose(window.findings.family_filter, "All rules")
    assert len(rows(window)) == len(window.bridge.checker.findings)


def test_the_episode_filter_keeps_one_episode_and_follows_the_current_one(window):
    choose(window.findings.episode_filter, "Episode 2")
    assert rows(window) and {row[2] for row in rows(window)} == {"2"}
    choose(window.findings.episode_filter, "Current episode")
    assert {row[2] for row in rows(window)} == {"1"}
    window.bridge.set_episode(window.project.episodes[1].id)
    assert {row[2] for row in rows(window)} == {"2"}
    choose(window.findings.episode_filter, "All episodes")
    assert len(rows(window)) == len(window.bridge.checker.findings)


def click_row(qtbot, window, row: int) -> None:
    table = window.findings.table
    index = window.findings.proxy.index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_clicking_a_finding_selects_its_shots(qtbot, window):
    click_row(qtbot, window, row_of(window, "continuity.axis", "3-03, 3-04"))
    assert [window.document.shot(s).code for s in window.bridge.selected] == ["3-03", "3-04"]


def waive_with_note(qtbot, window, note: str) -> None:
    """Press Waive…, type the note in the dialog and confirm it."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WaiveDialog)
        assert not dialog.waive_button.isEnabled()
        dialog.note_edit.setPlainText(note)
        qtbot.mouseClick(dialog.waive_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.findings.waive_button, Qt.MouseButton.LeftButton)


def test_waiving_with_a_note_moves_the_finding_apart_and_undo_brings_it_back(qtbot, window):
    panel = window.findings
    before = len(rows(window))
    click_row(qtbot, window, row_of(window, "continuity.axis", "3-03, 3-04"))
    waive_with_note(qtbot, window, "导演确认：刻意越轴")
    qtbot.waitUntil(lambda: "continuity.axis" not in [row[1] for row in rows(window)])
    assert len(rows(window)) == before - 1
    assert panel.counts.text() == "1 error, 13 warnings, 0 info · 1 waived"
    [waiver] = window.project.waivers
    assert (waiver.rule, waiver.shots, waiver.note) == ("continuity.axis", ["3-03", "3-04"], "导演确认：刻意越轴")
    qtbot.mouseClick(panel.show_waived, Qt.MouseButton.LeftButton)
    last = rows(window)[-1]
    assert (last[0], last[1], last[6]) == ("warning (waived)", "continuity.axis", "导演确认：刻意越轴")
    window.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.counts.text() == "1 error, 14 warnings, 0 info")
    assert not any("waived" in row[0] for row in rows(window))


def test_unwaive_shows_the_finding_again(qtbot, window):
    panel = window.findings
    click_row(qtbot, window, row_of(window, "ai.identity", "2-02"))
    waive_with_note(qtbot, window, "reference arrives Monday")
    qtbot.mouseClick(panel.show_waived, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(window)[-1][0].endswith("(waived)"))
    assert not panel.unwaive_button.isEnabled()
    click_row(qtbot, window, len(rows(window)) - 1)
    assert panel.unwaive_button.isEnabled() and not panel.waive_button.isEnabled()
    qtbot.mouseClick(panel.unwaive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any("waived" in row[0] for row in rows(window)))
    assert window.project.waivers == []
    assert panel.counts.text() == "1 error, 14 warnings, 0 info"


def test_the_context_menu_offers_waive_on_an_active_finding(qtbot, window):
    click_row(qtbot, window, 0)
    actions = {a.text(): a.isEnabled() for a in window.findings.context_menu().actions()}
    assert actions == {"Waive…": True, "Unwaive": False}


def test_a_burst_of_edits_updates_the_panel_once_with_row_operations(qtbot, window):
    model = window.findings.model
    events: list[str] = []
    model.rowsInserted.connect(lambda *_: events.append("insert"))
    model.rowsRemoved.connect(lambda *_: events.append("remove"))
    model.modelReset.connect(lambda: events.append("reset"))
    shot = window.project.episodes[1].shots[6]
    refs = {c.character_id: "refs/face.png" for c in shot.characters}
    window.bridge.push(UpdateShot(shot.id, {"ai": shot.ai.model_copy(update={"refs": refs})}))
    for n in range(4):
        window.bridge.push(UpdateShot(shot.id, {"notes": f"第{n}次修改"}))
    assert events == []
    qtbot.waitUntil(lambda: model.findings() == window.bridge.checker.findings)
    assert events and "reset" not in events
    assert "ai.identity" not in [row[1] for row in rows(window)]


def test_messages_follow_the_project_language(qtbot, window):
    window.bridge.push(UpdateProjectSettings({"language": "en"}))
    message = rows(window)[row_of(window, "continuity.axis", "3-03, 3-04")][5]
    assert "越轴" not in message and message


def test_every_control_of_the_panel_has_an_accessible_name(window):
    panel = window.findings
    controls = [panel.severity_filter, panel.family_filter, panel.episode_filter, panel.text_filter,
                panel.show_waived, panel.table, panel.waive_button, panel.unwaive_button]
    assert all(control.accessibleName() for control in controls)


# -- reading the table ----------------------------------------------------------------------


def test_the_rule_column_names_the_rule_in_words_beside_its_id(window):
    proxy = window.findings.proxy
    cells = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert "Axis crossing · continuity.axis" in cells
    assert "Wardrobe changes · continuity.wardrobe" in cells
    window.findings.text_filter.setText("axis crossing")
    assert [row[1] for row in rows(window)] == ["continuity.axis"]


def test_every_registered_rule_has_a_title():
    registered = {rule.id for rule in all_rules()}
    assert registered - TITLES.keys() == set()
    assert "cast.unassigned" in TITLES
    assert rule_title("cast.unassigned") == "Character not cast"


@pytest.fixture
def chinese_window(request):
    """The demo window made with the Chinese interface."""
    install_language("zh_CN")
    yield request.getfixturevalue("window")
    install_language("en")


def test_in_chinese_the_rule_is_named_in_chinese(chinese_window):
    proxy = chinese_window.findings.proxy
    cells = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert "越轴 · continuity.axis" in cells
    click_row_of = row_of(chinese_window, "continuity.axis", "3-03, 3-04")
    chinese_window.findings.table.setCurrentIndex(proxy.index(click_row_of, 0))
    assert chinese_window.findings.detail.text().startswith("越轴：")


def test_the_line_under_the_table_shows_the_current_findings_hint(qtbot, window):
    panel = window.findings
    assert panel.detail.isVisible()
    assert panel.detail.text() == "Select a finding to see how to fix it."
    click_row(qtbot, window, row_of(window, "continuity.axis", "3-03, 3-04"))
    axis = panel.current_finding()
    assert panel.detail.text() == f"Axis crossing: {axis.hint.get('zh')}"
    click_row(qtbot, window, row_of(window, "continuity.wardrobe", "2-03, 2-05"))
    assert panel.detail.text().startswith("Wardrobe changes: ")
    assert panel.current_finding().hint.get("zh") in panel.detail.text()


def icon_image(index) -> QImage:
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    return icon.pixmap(32, 32).toImage()


def test_the_severity_cell_shows_the_shared_severity_shape(window):
    """The icon is the shape the storyboard and graph badges draw, in the severity's colour."""
    proxy = window.findings.proxy
    warning = icon_image(proxy.index(row_of(window, "continuity.axis", "3-03, 3-04"), 0))
    error = icon_image(proxy.index(row_of(window, "continuity.wardrobe", "2-03, 2-05"), 0))
    expected = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    expected.fill(Qt.GlobalColor.transparent)
    painter = QPainter(expected)
    paint_mark(painter, QRectF(5, 5, 22, 22), Severity.WARNING)
    painter.end()
    assert warning.convertToFormat(expected.format()) == expected
    assert QColor(warning.pixel(16, 24)).name() == severity_colour(Severity.WARNING).name()
    assert warning.pixelColor(7, 7).alpha() == 0  # a triangle: its top corners are empty
    assert error.pixelColor(7, 7).alpha() > 0  # a cross: its arms reach the corners
    assert error.pixelColor(16, 6).alpha() == 0


def test_columns_fit_their_contents_after_rows_change_and_the_message_stretches(qtbot, window):
    panel, table = window.findings, window.findings.table
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.sizeHintForColumn(1))
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) == header.viewport().width()
    narrow = table.columnWidth(1)
    panel.text_filter.setText("3-03")
    qtbot.waitUntil(lambda: table.columnWidth(1) < narrow)
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)
    panel.text_filter.clear()
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findText("All"))
    qtbot.waitUntil(lambda: table.columnWidth(1) == narrow)


def test_refitting_the_columns_of_a_6000_shot_series_is_quick(qtbot, window):
    window.show_project(make_series(), None)
    panel = window.findings
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 1000)
    start = time.perf_counter()
    panel._on_fit_timer_timeout()
    assert time.perf_counter() - start < 0.25


def test_rows_scrolled_into_view_widen_a_column_too_narrow_for_them(qtbot, window):
    window.show_project(make_series(20, 60), None)
    panel, table = window.findings, window.findings.table
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 200)
    # the table has settled: no burst of rows, refit or widening is due, so nothing refits it but scrolling
    due = (panel.model._timer, panel._fit_timer, panel._widen_timer)
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in due))
    table.setColumnWidth(1, 40)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.columnWidth(1) > 40)
    last = panel.proxy.index(panel.proxy.rowCount() - 1, 1)
    needed = table.fontMetrics().horizontalAdvance(last.data())
    assert table.columnWidth(1) >= needed


def test_tab_goes_from_the_findings_table_to_waive_and_unwaive(window):
    panel = window.findings
    stops, widget = [], panel.table.nextInFocusChain()
    while len(stops) < 2:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert stops == [panel.waive_button, panel.unwaive_button]


def test_rows_follow_every_kind_of_edit_exactly_as_the_checker_orders_them(qtbot, window):
    """Field edits are applied from the delta alone, structural ones and shared places from the
    checker's list; either way the rows are the checker's findings in its order, and the row the
    user was on stays on its finding."""
    bridge, model = window.bridge, window.findings.model
    episode = window.project.episodes[1]
    table, proxy = window.findings.table, window.findings.proxy
    table.selectRow(proxy.rowCount() - 1)
    kept = model.finding(proxy.mapToSource(table.currentIndex()).row())
    first, second, third = episode.shots[2], episode.shots[3], episode.shots[4]
    finding = next(f for f in model.findings() if f.episode == 2)
    steps = [
        UpdateShot(first.id, {"camera": first.camera.model_copy(update={"size": ShotSize.ECU})}),
        UpdateShot(second.id, {"time_of_day": TimeOfDay.NIGHT}),
        UpdateShot(third.id, {"mode": Mode.AI}),
        Waive(finding.fingerprint, finding.rule, finding.codes, "accepted"),
        Unlink(next(e.id for e in episode.edges if e.kind.value == "cut")),
    ]
    failures: list[str] = []
    bridge.edit_failed.connect(failures.append)
    for edit in steps:
        assert bridge.push(edit), failures
        qtbot.waitUntil(lambda: model.findings() == bridge.checker.findings)
    for _ in steps:
        bridge.undo_stack.undo()
        qtbot.waitUntil(lambda: model.findings() == bridge.checker.findings)
    assert model.finding(proxy.mapToSource(table.currentIndex()).row()) == kept
