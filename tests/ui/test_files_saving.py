"""Saving in the editor never replaces a version someone else saved since it was opened, nor a
read-only file, without the user's word: a question offers Overwrite / Save As… / Cancel, or Replace."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from shotgraph.core.edits import UpdateShot
from shotgraph.core.io.store import load_project, save_project
from shotgraph.ui.files import prompts

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

MINE, THEIRS = "我的修改 my change", "同事的版本"


def edit_first_shot(window, notes: str = MINE) -> None:
    shot = window.project.episodes[0].shots[0]
    assert window.bridge.push(UpdateShot(shot.id, {"notes": notes}))


def someone_else_saves(path) -> bytes:
    theirs = load_project(path)
    theirs.title = THEIRS
    save_project(theirs, path, backup=False)
    return path.read_bytes()


def let_the_watcher_look(qtbot, window) -> None:
    """Let the file watcher have every change notice the file has given so far (the kernel queues one as
    the file is written, so one round of events hands it over) and look at the file once it settles:
    only then could it ask whether to reload."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.files.watcher._settle.isActive())


def answer_the_next_question(button: str, seen: list[str]) -> None:
    """Click ``button`` (an object name or a button text) in the next message box, as the user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        chosen = box.findChild(QAbstractButton, button) or next(
            b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()

    QTimer.singleShot(0, click)


@pytest.fixture
def reloads(monkeypatch) -> list:
    """The watcher's own question, recorded (keeping ours) instead of shown."""
    asked = []
    monkeypatch.setattr(prompts, "ask_reload", lambda parent, path: asked.append(path) or False)
    return asked


def test_saving_over_a_version_saved_meanwhile_asks_and_overwrite_replaces_it(opened, demo_copy, qtbot, reloads):
    edit_first_shot(opened)
    someone_else_saves(demo_copy)
    seen: list[str] = []
    answer_the_next_question(prompts.OVERWRITE, seen)
    opened.files.save_action.trigger()
    assert len(seen) == 1 and str(demo_copy) in seen[0] and "changed by another program" in seen[0]
    saved = load_project(demo_copy)
    assert saved.episodes[0].shots[0].notes == MINE and saved.title != THEIRS
    assert not opened.bridge.is_modified
    let_the_watcher_look(qtbot, opened)
    assert reloads == []  # one question, not a second one from the watcher


def test_cancel_keeps_their_version_on_disk_and_my_work_unsaved(opened, demo_copy, qtbot, reloads):
    edit_first_shot(opened)
    theirs = someone_else_saves(demo_copy)
    seen: list[str] = []
    answer_the_next_question(prompts.CANCEL, seen)
    assert not opened.files.save()
    assert len(seen) == 1
    assert demo_copy.read_bytes() == theirs
    assert opened.bridge.is_modified and opened.project.episodes[0].shots[0].notes == MINE


def test_save_as_writes_mine_elsewhere_and_leaves_theirs(opened, demo_copy, tmp_path, monkeypatch, reloads):
    elsewhere = demo_copy.with_name("我的版本.shotgraph")
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: elsewhere)
    edit_first_shot(opened)
    theirs = someone_else_saves(demo_copy)
    seen: list[str] = []
    answer_the_next_question(prompts.SAVE_AS, seen)
    assert opened.files.save()
    assert demo_copy.read_bytes() == theirs
    assert load_project(elsewhere).episodes[0].shots[0].notes == MINE and opened.path == elsewhere


def test_keep_mine_in_the_watchers_question_lets_the_next_save_through(opened, demo_copy, qtbot, reloads,
                                                                       monkeypatch):
    monkeypatch.setattr(prompts, "ask_overwrite", lambda *args: pytest.fail("asked again after Keep Mine"))
    edit_first_shot(opened)
    someone_else_saves(demo_copy)
    qtbot.waitUntil(lambda: reloads == [demo_copy], timeout=5000)
    opened.files.save_action.trigger()
    assert not opened.bridge.is_modified
    assert load_project(demo_copy).episodes[0].shots[0].notes == MINE


def test_saving_twice_in_a_row_asks_nothing(opened, demo_copy, monkeypatch):
    monkeypatch.setattr(prompts, "ask_overwrite", lambda *args: pytest.fail("asked about our own save"))
    edit_first_shot(opened)
    assert opened.files.save()
    edit_first_shot(opened, "第二次")
    assert opened.files.save()
    assert load_project(demo_copy).episodes[0].shots[0].notes == "第二次"


def test_save_on_a_read_only_project_asks_where_and_never_replaces_it_unasked(opened, demo_copy, monkeypatch):
    demo_copy.chmod(0o444)
    before = demo_copy.read_bytes()
    chosen = []
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: chosen.append(args[1]) or demo_copy)
    seen: list[str] = []
    answer_the_next_question("Cancel", seen)
    edit_first_shot(opened)
    assert not opened.files.save()
    assert chosen == [str(demo_copy)]  # Save became Save As…
    assert len(seen) == 1 and str(demo_copy) in seen[0] and "read-only" in seen[0]
    assert demo_copy.read_bytes() == before and opened.bridge.is_modified


def test_replace_in_the_read_only_question_saves_and_the_file_stays_read_only(opened, demo_copy, monkeypatch):
    demo_copy.chmod(0o444)
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: demo_copy)
    seen: list[str] = []
    answer_the_next_question("Replace", seen)
    edit_first_shot(opened)
    assert opened.files.save()
    assert load_project(demo_copy).episodes[0].shots[0].notes == MINE
    assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o444 and not opened.bridge.is_modified


def test_a_read_only_backup_is_asked_about_too(opened, demo_copy, monkeypatch):
    backup = demo_copy.with_name(demo_copy.name + ".bak")
    backup.write_bytes(b"kept on purpose")
    backup.chmod(0o444)
    before = demo_copy.read_bytes()
    monkeypatch.setattr(prompts, "ask_replace_read_only", lambda parent, path: seen.append(path) or False)
    seen: list = []
    edit_first_shot(opened)
    assert not opened.files.save()
    assert seen == [backup]
    assert demo_copy.read_bytes() == before and backup.read_bytes() == b"kept on purpose"
