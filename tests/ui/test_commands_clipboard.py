"""Cut, Copy and Paste of shots through the system clipboard: within an episode, across episodes,
between two windows, and bad clipboard data refused with a message."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from shotgraph.core.graph import episode_order
from shotgraph.ui.clipboard import put_on_clipboard
from shotgraph.ui.commands import SHOTS_CLIP_MIME
from shotgraph.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def code_of(window, code: str) -> str:
    return next(shot.id for shot in window.bridge.episode.shots if shot.code == code)


def cut_codes(window) -> list[str]:
    return [shot.code for shot in episode_order(window.bridge.episode)]


def key(qtbot, window, letter) -> None:
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, letter, CTRL)


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


def test_copy_and_paste_within_an_episode_inserts_after_the_selected_shot(window, qtbot):
    window.bridge.select([code_of(window, "2-01"), code_of(window, "2-02")])
    assert not window.commands.action("paste").isEnabled()
    key(qtbot, window, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().mimeData().hasFormat(SHOTS_CLIP_MIME)
    assert window.commands.action("paste").isEnabled()
    window.bridge.select([code_of(window, "3-01")])
    key(qtbot, window, Qt.Key.Key_V)
    order = cut_codes(window)
    assert order[order.index("3-01"):order.index("3-01") + 4] == ["3-01", "3-01A", "3-01B", "3-02"]
    pasted = window.bridge.selected
    assert [window.document.shot(s).code for s in pasted] == ["3-01A", "3-01B"]
    assert all(s in window.canvas.graph_scene.cards for s in pasted)
    assert window.undo_action.text() == "Undo Paste 2 Shots"
    window.undo_action.trigger()
    assert "3-01A" not in cut_codes(window)


def test_cut_removes_the_shots_and_paste_puts_them_in_another_episode(window, qtbot):
    original = window.bridge.episode.shots[3]
    window.bridge.select([original.id])
    key(qtbot, window, Qt.Key.Key_X)
    assert original.id not in window.document.index.shots
    assert window.bridge.undo_stack.count() == 1
    window.bridge.set_episode(window.project.episodes[1].id)
    key(qtbot, window, Qt.Key.Key_V)
    pasted = window.document.shot(window.bridge.selected[0])
    assert pasted.id != original.id and pasted.description == original.description
    assert pasted.characters == original.characters
    assert cut_codes(window)[-1] == pasted.code == "4-06"  # the end of the episode's last scene
    assert window.grid.storyboard().shot_ids()[-1] == pasted.id


def test_shots_copied_in_one_window_paste_into_a_new_project_in_another(window, qtbot):
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.files.new_project()
    window.bridge.select([code_of(window, "1-02"), code_of(window, "1-03")])
    window.commands.action("copy").trigger()
    assert other.commands.action("paste").isEnabled()
    other.commands.action("paste").trigger()
    shots = other.bridge.episode.shots
    assert [s.code for s in shots] == ["1-1", "1-2"]
    assert ("plate", shots[0].id, shots[1].id) in {(e.kind.value, e.source, e.target)
                                                    for e in other.bridge.episode.edges}
    assert all(not shot.characters and shot.location_id is None for shot in shots)
    message = other.statusBar().currentMessage()
    assert "Pasted 2 shots." in message and "does not have" in message and "character" in message


@pytest.mark.parametrize("data", [b"{broken", json.dumps({"format": "shotgraph.shots", "shots": [
    {"id": "x", "code": "1", "scene_id": "s", "duration_s": -4}]}).encode(), b"[" * 200_000])
def test_bad_clipboard_data_is_refused_with_a_message(window, qtbot, data):
    mime = QMimeData()
    mime.setData(SHOTS_CLIP_MIME, data)
    put_on_clipboard(mime)
    before = window.project.model_dump()
    window.bridge.select([code_of(window, "1-01")])
    key(qtbot, window, Qt.Key.Key_V)
    assert window.statusBar().currentMessage().startswith("Cannot paste:")
    assert window.bridge.undo_stack.count() == 0 and window.project.model_dump() == before
