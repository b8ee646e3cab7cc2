"""File ▸ Export: every registered exporter in the menu, run in a worker, cancellable without a partial file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from shotgraph.exports import _REGISTRY, Exporter, exporters
from shotgraph.ui.files import prompts


def test_every_registered_exporter_has_an_action(window):
    window.files.exports.menu.aboutToShow.emit()
    names = [a.data() for a in window.files.exports.menu.actions()]
    assert names == [name for name, exporter in exporters().items() if not exporter.alias_of]
    assert "xmeml" in names and "fcpxml" not in names


def test_exporting_a_csv_runs_in_the_worker_and_writes_the_file(window, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "镜头表.csv"
    said = []
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: target)
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: said.append(text))
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("csv").trigger()
    job = window.files.exports.job
    assert job is not None and job.snapshot is not window.project
    qtbot.waitUntil(lambda: window.files.exports.job is None, timeout=20000)
    assert said == []
    text = target.read_text(encoding="utf-8-sig")
    assert window.project.episodes[0].shots[0].code in text
    assert "镜头表.csv" in window.statusBar().currentMessage()


def test_an_edl_export_names_the_list_of_each_episode_it_wrote(window, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "cut"
    folder.mkdir()
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: folder / "cut.edl")
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("edl").trigger()
    qtbot.waitUntil(lambda: window.files.exports.job is None, timeout=20000)
    names = [f"cut-E{episode.number:02d}.edl" for episode in window.project.episodes]
    assert len(names) > 1 and sorted(path.name for path in folder.iterdir()) == names
    assert ", ".join(names[:3]) in window.statusBar().currentMessage()


@pytest.mark.parametrize("agrees", [False, True])
def test_an_edl_export_asks_before_replacing_the_episodes_lists_already_there(window, tmp_path, qtbot, monkeypatch,
                                                                             agrees):
    earlier = tmp_path / "cut-E01.edl"
    earlier.write_text("an editor's list", encoding="utf-8")
    asked = []
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: tmp_path / "cut.edl")
    monkeypatch.setattr(prompts, "ask_replace_files", lambda parent, folder, files: asked.append(files) or agrees)
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("edl").trigger()
    qtbot.waitUntil(lambda: window.files.exports.job is None, timeout=20000)
    assert asked == [[earlier]]
    assert (earlier.read_text(encoding="utf-8") == "an editor's list") is not agrees
    assert (tmp_path / "cut-E02.edl").exists() is agrees


def slow_write(project, path: Path, *, progress=None) -> None:
    """An export that reports progress for a few seconds, then writes its file."""
    for done in range(4000):
        progress(done, 4000)
        time.sleep(0.001)
    Path(path).write_text("finished", encoding="utf-8")


@pytest.fixture
def slow_exporter(monkeypatch):
    monkeypatch.setitem(_REGISTRY, "slow", Exporter("slow", (".txt",), "a long export", slow_write))


def test_cancelling_an_export_leaves_no_file(window, slow_exporter, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "slow.txt"
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: target)
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("slow").trigger()
    dialog = window.files.exports.dialog
    qtbot.waitUntil(lambda: dialog.value() > 0 and dialog.isVisible(), timeout=5000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.files.exports.job is None, timeout=5000)
    assert not target.exists()
    assert "slow.txt" in window.statusBar().currentMessage()


def test_a_failing_export_shows_one_message_naming_the_file(window, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "no-such-folder" / "shot-list.csv"
    said = []
    monkeypatch.setattr(prompts, "choose_export_file", lambda *args: target)
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: said.append(text))
    window.files.exports.menu.aboutToShow.emit()
    window.files.exports.action("csv").trigger()
    qtbot.waitUntil(lambda: window.files.exports.job is None, timeout=20000)
    assert len(said) == 1 and "shot-list.csv" in said[0]
