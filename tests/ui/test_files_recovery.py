"""Autosave and crash recovery, and a project file changed or deleted by another program."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shotgraph.core.edits import UpdateEpisode, UpdateShot
from shotgraph.core.io.recovery import find_recovery, recovery_path
from shotgraph.core.io.store import load_project, save_project
from shotgraph.ui.app import start
from shotgraph.ui.files import prompts


def edit_first_shot(window, notes: str) -> None:
    shot = window.project.episodes[0].shots[0]
    assert window.bridge.push(UpdateShot(shot.id, {"notes": notes}))


def crash(window) -> None:
    """The window goes away without closing: no question, no clean-up, like a crash."""
    window.files.autosaver.timer.stop()
    window.files.watcher.watch(None)
    window.hide()


def let_the_watcher_look(qtbot, window) -> None:
    """Let the file watcher have every change notice the file has given so far (the kernel queues one as
    the file is written, so one round of events hands it over) and look at the file once it settles:
    only then could it ask whether to reload."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.files.watcher._settle.isActive())


def test_autosave_writes_a_recovery_file_only_with_unsaved_work(opened, demo_copy):
    assert opened.files.autosaver.timer.interval() == 60_000 and opened.files.autosaver.timer.isActive()
    opened.files.autosaver.timer.timeout.emit()
    assert not recovery_path(demo_copy).exists()
    edit_first_shot(opened, "自动保存")
    opened.files.autosaver.timer.timeout.emit()
    assert load_project(recovery_path(demo_copy)).episodes[0].shots[0].notes == "自动保存"


def test_after_a_crash_the_next_start_offers_the_work_back_and_restores_it(opened, demo_copy, qtbot, monkeypatch):
    edit_first_shot(opened, "崩溃前的修改")
    opened.files.autosaver.timer.timeout.emit()
    edited = opened.project.model_dump()
    crash(opened)
    offered = []
    monkeypatch.setattr(prompts, "ask_restore", lambda parent, name, saved_at: offered.append(saved_at) or True)
    window = start(demo_copy)
    qtbot.addWidget(window)
    assert len(offered) == 1
    assert window.project.model_dump() == edited and window.bridge.is_modified
    assert window.path == demo_copy
    window.files.save_action.trigger()
    assert not recovery_path(demo_copy).exists()
    assert load_project(demo_copy).model_dump() == edited


def test_discarding_the_offer_deletes_the_autosave_and_opens_the_saved_file(opened, demo_copy, qtbot, monkeypatch):
    edit_first_shot(opened, "不要了")
    opened.files.autosaver.timer.timeout.emit()
    crash(opened)
    monkeypatch.setattr(prompts, "ask_restore", lambda *args: False)
    window = start(demo_copy)
    qtbot.addWidget(window)
    assert not recovery_path(demo_copy).exists()
    assert window.project.model_dump() == load_project(demo_copy).model_dump()


def test_a_never_saved_project_is_offered_back_at_start(window, qtbot, monkeypatch):
    window.files.new_action.trigger()
    episode = window.project.episodes[0]
    assert window.bridge.push(UpdateEpisode(episode.id, {"title": "第一集 未保存"}))
    window.files.autosaver.autosave()
    crash(window)
    monkeypatch.setattr(prompts, "ask_restore", lambda *args: True)
    restored = start(None)
    qtbot.addWidget(restored)
    assert restored.path is None and restored.project.episodes[0].title == "第一集 未保存"


def test_a_clean_close_removes_the_recovery_file(opened, demo_copy):
    edit_first_shot(opened, "关掉")
    opened.files.autosaver.autosave()
    assert recovery_path(demo_copy).exists()
    opened.close()
    assert not recovery_path(demo_copy).exists() and find_recovery(demo_copy) is None


def test_a_change_made_elsewhere_is_noticed_and_reload_loads_it(opened, demo_copy, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_reload", lambda parent, path: asked.append(path) or True)
    edit_first_shot(opened, "我的修改")
    opened.files.save_action.trigger()
    let_the_watcher_look(qtbot, opened)
    assert asked == []  # our own save is not someone else's change
    other = load_project(demo_copy)
    other.title = "别人改的标题"
    save_project(other, demo_copy)
    qtbot.waitUntil(lambda: asked == [demo_copy], timeout=5000)
    assert opened.project.title == "别人改的标题" and not opened.bridge.is_modified


def test_keep_mine_makes_the_next_save_overwrite(opened, demo_copy, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "ask_reload", lambda parent, path: False)
    other = load_project(demo_copy)
    other.title = "别人改的标题"
    save_project(other, demo_copy)
    qtbot.waitUntil(lambda: opened.bridge.is_modified, timeout=5000)
    opened.files.save_action.trigger()
    assert load_project(demo_copy).title == opened.project.title != "别人改的标题"


def test_a_deleted_project_file_is_reported_and_the_document_kept(opened, demo_copy, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(prompts, "say", lambda parent, title, text: said.append(text))
    demo_copy.unlink()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
    assert str(demo_copy) in said[0]
    assert opened.project is not None and opened.bridge.is_modified
