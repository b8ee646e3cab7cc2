"""Authoring in a 300-shot episode of the 6,000-shot series: Add Shot, Add Scene and a paste of 20
shots reflected in every view ≤ 100 ms; a language switch with the series open ≤ 1 s.

"Reflected" means the canvas has the card (or band), the storyboard the row, the Episodes tree the
scene, and the findings table the checker's findings. Run with ``make bench``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from shotgraph.core.graph import episode_order
from shotgraph.core.io.store import save_project
from shotgraph.ui.language import current_language, install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.preferences import apply_preferences
from shotgraph.ui.structure import open_scene_dialog

from .series import make_series

VIEWS_SECONDS = 0.1
LANGUAGE_SECONDS = 1.0


@pytest.fixture(scope="module")
def series_file(tmp_path_factory) -> Path:
    """The series cut into 20 episodes of 300 shots."""
    return save_project(make_series(episodes=20, shots_per_episode=300),
                        tmp_path_factory.mktemp("series") / "series.shotgraph")


@pytest.fixture
def window(qtbot, series_file: Path, monkeypatch, tmp_path) -> MainWindow:
    monkeypatch.setenv("SHOTGRAPH_DATA_DIR", str(tmp_path))  # autosaves stay out of the user's folder
    monkeypatch.setattr("shotgraph.ui.files.prompts.ask_save_changes", lambda *args: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(series_file)
    window.show()
    QApplication.processEvents()
    yield window
    window.bridge.mark_saved()


def views_agree(window: MainWindow) -> bool:
    """Every view shows the episode as the document has it now."""
    episode = window.bridge.episode
    ids = {shot.id for shot in episode.shots}
    return (set(window.canvas.scene().cards) == ids and window.grid.model().rowCount() == len(ids)
            and window.tree.topLevelItem(0).childCount() == len(window.project.episodes[0].scenes)
            and window.findings.model.findings() == window.bridge.checker.findings)


def measure(benchmark, qtbot, window: MainWindow, act: Callable[[], None]) -> None:
    """Time ``act`` until every view agrees, undoing it between rounds."""
    def undo() -> None:
        if window.bridge.undo_stack.canUndo():
            window.bridge.undo_stack.undo()
        qtbot.waitUntil(lambda: views_agree(window), timeout=5000)

    def act_and_wait() -> None:
        done = window.bridge.undo_stack.index()
        act()
        assert window.bridge.undo_stack.index() == done + 1
        qtbot.waitUntil(lambda: views_agree(window), timeout=5000)

    benchmark.pedantic(act_and_wait, setup=undo, rounds=8, warmup_rounds=1)
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= VIEWS_SECONDS


def test_bench_add_shot_in_300_shot_episode(benchmark, qtbot, window: MainWindow) -> None:
    window.bridge.select([episode_order(window.bridge.episode)[150].id])
    measure(benchmark, qtbot, window, lambda: window.commands.trigger("add_shot"))


def test_bench_add_scene_in_300_shot_episode(benchmark, qtbot, window: MainWindow) -> None:
    measure(benchmark, qtbot, window, lambda: open_scene_dialog(window.bridge, window).accept())


def test_bench_paste_20_shots_in_300_shot_episode(benchmark, qtbot, window: MainWindow) -> None:
    order = episode_order(window.bridge.episode)
    window.bridge.select([shot.id for shot in order[40:60]])
    window.commands.trigger("copy")
    target = order[200].id

    def paste() -> None:
        window.bridge.select([target])
        window.commands.trigger("paste")

    measure(benchmark, qtbot, window, paste)


def test_bench_language_switch_with_series_open(benchmark, qapp, series_file: Path, monkeypatch) -> None:
    """Each switch replaces the window (the old one is deleted with its views)."""
    monkeypatch.setattr("shotgraph.ui.files.prompts.ask_save_changes", lambda *args: "discard")
    shown = [MainWindow()]
    assert shown[0].open_project(series_file)
    shown[0].show()

    def switch() -> None:
        language = "en" if current_language() == "zh_CN" else "zh_CN"
        shown.append(apply_preferences(shown[-1], language, "light"))
        QApplication.processEvents()

    try:
        benchmark.pedantic(switch, rounds=4, warmup_rounds=0)
    finally:
        install_language("en")
        shown[-1].bridge.mark_saved()
        shown[-1].close()
    if benchmark.stats is not None:
        assert benchmark.stats.stats.min <= LANGUAGE_SECONDS
