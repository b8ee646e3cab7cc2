"""The mouse wheel over the inspector scrolls it and never edits the shot under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateEdit, QScrollArea, QWidget

from shotgraph.core.graph import episode_order
from shotgraph.core.model import Mode
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.wheel_guard import WheelGuard, install_wheel_guard


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def inspect_ai_shot(window) -> tuple[str, QScrollArea]:
    """Select the first AI shot and make the inspector short enough to scroll; its scroll area at the top."""
    shot = next(s for s in episode_order(window.project.episodes[0]) if s.mode is Mode.AI)
    window.bridge.select([shot.id])
    window.resizeDocks([window.findings_dock], [window.height() - 200], Qt.Orientation.Vertical)
    scroll = window.details.findChild(QScrollArea)
    QApplication.processEvents()
    assert scroll.verticalScrollBar().maximum() > 0
    scroll.verticalScrollBar().setValue(0)
    return shot.id, scroll


def test_the_wheel_over_an_unfocused_combo_box_scrolls_the_inspector(window):
    shot_id, scroll = inspect_ai_shot(window)
    size_box = window.details.form.size
    before = window.document.shot(shot_id).camera.size
    turn_wheel(size_box)
    assert window.document.shot(shot_id).camera.size == before
    assert window.bridge.undo_stack.count() == 0
    assert scroll.verticalScrollBar().value() > 0


def test_the_wheel_over_an_unfocused_spin_box_scrolls_the_inspector(window):
    shot_id, scroll = inspect_ai_shot(window)
    takes = window.details.form.takes_tried
    before = window.document.shot(shot_id).ai.takes_tried
    turn_wheel(takes, notches=1)
    turn_wheel(takes.lineEdit(), notches=1)
    assert takes.value() == before
    assert window.document.shot(shot_id).ai.takes_tried == before
    assert window.bridge.undo_stack.count() == 0


def test_the_wheel_never_gives_a_control_focus(window):
    inspect_ai_shot(window)
    for control in (window.details.form.size, window.details.form.takes_tried):
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus
        turn_wheel(control)
        assert not control.hasFocus()


def test_a_focused_combo_box_still_changes_with_the_wheel(window, qtbot):
    shot_id, _scroll = inspect_ai_shot(window)
    window.activateWindow()
    qtbot.waitActive(window)
    size_box = window.details.form.size
    size_box.setFocus()
    qtbot.waitUntil(size_box.hasFocus)
    before = window.document.shot(shot_id).camera.size
    turn_wheel(size_box)
    assert window.document.shot(shot_id).camera.size != before
    assert window.bridge.undo_stack.count() == 1


def test_every_window_shares_one_guard(window, qtbot):
    second = MainWindow()
    qtbot.addWidget(second)
    guards = [child for child in QApplication.instance().children() if isinstance(child, WheelGuard)]
    assert guards == [install_wheel_guard()]


def test_the_wheel_over_a_date_or_number_in_the_project_editor_changes_nothing(window, qtbot):
    editor = window.project_menu.open_editor("project")
    qtbot.waitExposed(editor)
    page = editor.pages["project"]
    before = window.project.model_dump()
    boxes = page.findChildren(QAbstractSpinBox)
    assert any(isinstance(box, QDateEdit) for box in boxes) and len(boxes) > 1
    for box in boxes:
        turn_wheel(box, notches=1)
    assert window.project.model_dump() == before
    assert window.bridge.undo_stack.count() == 0


def test_a_focused_spin_box_still_counts_with_the_wheel(window, qtbot):
    shot_id, _scroll = inspect_ai_shot(window)
    window.activateWindow()
    qtbot.waitActive(window)
    takes = window.details.form.takes_tried
    before = window.document.shot(shot_id).ai.takes_tried
    takes.setFocus()
    qtbot.waitUntil(takes.hasFocus)
    turn_wheel(takes, notches=1)
    assert window.document.shot(shot_id).ai.takes_tried == before + 1
