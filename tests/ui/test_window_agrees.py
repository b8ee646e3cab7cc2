"""The window never disagrees with its file: random edits, undo and redo, language and appearance
switches, after which every view shows the document, the undo stack replays to it, and a save
writes exactly it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from edit_strategies import edits
from shotgraph.core.document import Document
from shotgraph.core.graph import episode_order
from shotgraph.core.io.store import dumps_project, load_project
from shotgraph.core.rules.checker import Checker
from shotgraph.demo import demo_project_path
from shotgraph.ui.appearance import appearance, appearance_setting
from shotgraph.ui.language import current_language, install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.preferences import apply_preferences

STEPS = ("edit", "edit", "command", "command", "undo", "redo", "select", "episode", "language", "look")
COMMANDS = ("add_shot", "add_shot_before", "duplicate", "delete", "copy", "cut", "paste", "move_scene_up",
            "move_scene_down", "delete_scene", "move_episode_up", "move_episode_down", "delete_episode")
"""The editor's own commands that need no dialog (deleting asks, and the user says yes)."""


class Session:
    """The window a user works in; a language switch hands the document to a new one."""

    def __init__(self, qtbot, folder: Path) -> None:
        self.qtbot, self.folder = qtbot, folder
        self.window = MainWindow()
        assert self.window.open_project(demo_project_path())
        self.window.show()
        self.first = dumps_project(self.window.project)

    def do(self, data: st.DataObject, step: str) -> None:
        window, bridge = self.window, self.window.bridge
        if step == "edit":
            bridge.push(data.draw(edits(bridge.document), label="edit"))
        elif step == "command":
            window.commands.trigger(data.draw(st.sampled_from(COMMANDS), label="command"))
        elif step == "undo":
            window.undo_action.trigger()
        elif step == "redo":
            window.redo_action.trigger()
        elif step == "select" and bridge.episode is not None and bridge.episode.shots:
            shots = bridge.episode.shots
            bridge.select(data.draw(st.lists(st.sampled_from([s.id for s in shots]), max_size=3), label="select"))
        elif step == "episode" and bridge.project.episodes:
            bridge.set_episode(data.draw(st.sampled_from([e.id for e in bridge.project.episodes]), label="episode"))
        elif step == "language":
            self._switch(data.draw(st.sampled_from(["zh_CN", "en"]), label="language"), None)
        elif step == "look":
            self._switch(None, data.draw(st.sampled_from(["light", "dark"]), label="look"))

    def _switch(self, language: str | None, look: str | None) -> None:
        self.window = apply_preferences(self.window, language or current_language(), look or appearance_setting())
        QApplication.processEvents()  # the old window goes, as it does between a user's clicks

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
        QApplication.processEvents()


def views_show_the_document(qtbot, window: MainWindow) -> None:
    """Every view says what the document says."""
    bridge, document = window.bridge, window.bridge.document
    assert window.isWindowModified() == document.is_modified
    episode = bridge.episode
    order = [shot.id for shot in episode_order(episode)] if episode else []
    cards = window.canvas.scene().cards
    assert set(cards) == set(order)
    assert all(card.text.code == document.shot(shot_id).code and card.text.mode is document.shot(shot_id).mode
               for shot_id, card in cards.items())
    assert window.grid.model().shot_ids() == order
    tree = window.tree
    assert tree.topLevelItemCount() == len(document.project.episodes)
    for n, item in enumerate(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())):
        assert item.childCount() == len(document.project.episodes[n].scenes)
    header = window.details.header.text()
    assert all(document.shot(shot_id).code in header for shot_id in bridge.selected[:6])
    if len(bridge.selected) == 1:
        assert window.details.form.description.toPlainText() == bridge.current_shot.description
    fresh = Checker(Document(document.project.model_copy(deep=True))).findings
    assert bridge.checker.findings == fresh
    qtbot.waitUntil(lambda: window.findings.model.findings() == fresh, timeout=2000)
    window.tabs.setCurrentWidget(window.schedule)
    assert set(window.schedule.columns) == {day.id for day in document.project.days}


def undo_replays(window: MainWindow, first: str) -> None:
    """Undoing everything gives the project as opened; redoing everything gives it back as it is."""
    stack, now = window.bridge.undo_stack, dumps_project(window.project)
    index = stack.index()
    stack.setIndex(0)
    assert dumps_project(window.project) == first
    stack.setIndex(stack.count())
    stack.setIndex(index)
    assert dumps_project(window.project) == now


def save_writes_the_document(window: MainWindow, folder: Path, monkeypatch) -> None:
    path = folder / f"saved-{len(list(folder.iterdir()))}.shotgraph"  # a new file per example
    monkeypatch.setattr("shotgraph.ui.files.prompts.choose_project_to_save", lambda *args: path)
    monkeypatch.setattr("shotgraph.ui.files.prompts.say", lambda *args: None)  # "media not found": drawn paths
    assert window.files.save_as()
    assert not window.isWindowModified()
    assert json.loads(dumps_project(load_project(path))) == json.loads(dumps_project(window.project))


@pytest.fixture
def restore_language(qapp):
    yield
    install_language("en")
    appearance(qapp).apply("light")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_every_view_shows_what_is_saved(qtbot, tmp_path, monkeypatch, restore_language, data):
    monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete", lambda *args: True)
    session = Session(qtbot, tmp_path)
    try:
        for step in data.draw(st.lists(st.sampled_from(STEPS), min_size=1, max_size=10), label="steps"):
            session.do(data, step)
        window = session.window
        views_show_the_document(qtbot, window)
        undo_replays(window, session.first)
        views_show_the_document(qtbot, window)
        save_writes_the_document(window, tmp_path, monkeypatch)
    finally:
        session.close()
        install_language("en")
