"""Send to Generator… from the editor: preflight in the dialog, draws running in the background with
their progress in the Generation panel, takes coming back as undoable edits, Cancel, and draws sent
before picked up when the project opens again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS, send_from_editor
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.draws import plan_draws, send_draw
from shotgraph.core.generation.templates import load_template
from shotgraph.core.io.project_file import ProjectFile
from shotgraph.core.model import Mode
from shotgraph.ui.generation.queue import DrawState
from shotgraph.ui.generation.send_dialog import SendDialog


@pytest.fixture
def ready(opened, comfy: FakeComfyUI):
    """The demo copy pointing at the test server, with a template, and its ready AI shots."""
    bridge = opened.bridge
    bridge.project.generation.server = comfy.url
    dialog = SendDialog(bridge, [])
    assert dialog.import_template(WORKFLOWS / "txt2img_api.json")
    shots = [s for e in bridge.project.episodes for s in e.shots if s.mode is not Mode.LIVE]
    return opened, shots


def test_the_dialog_names_what_holds_each_shot_back_and_what_the_batch_costs(ready):
    window, shots = ready
    window.bridge.project.generation.cost_per_compute_second = 0.05
    dialog = SendDialog(window.bridge, shots)
    dialog.draws.setValue(3)
    ready_count = len(dialog._check.ready)
    statuses = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert statuses.count("ready") == ready_count and ready_count > 0
    assert f"{ready_count} shot(s) ready" in dialog.summary.text()
    assert f"{ready_count * 3 * 60 * 0.05:,.2f}" in dialog.summary.text()
    assert dialog.send_button.isEnabled() and dialog.template.currentText() == "txt2img_api"


def test_a_broken_workflow_is_refused_with_its_file_named_and_nothing_imported(ready, tmp_path: Path, monkeypatch):
    window, shots = ready
    warnings = []
    monkeypatch.setattr("shotgraph.ui.generation.send_dialog.QMessageBox.warning",
                        lambda _parent, title, text: warnings.append(text))
    dialog = SendDialog(window.bridge, shots)
    assert not dialog.import_template(WORKFLOWS / "editor_format.json")
    assert "editor_format.json" in warnings[0] and "Export (API)" in warnings[0]
    assert [t.name for t in window.bridge.project.generation.templates] == ["txt2img_api"]


def test_sent_draws_come_back_as_takes_one_undo_step_each(ready, qtbot, monkeypatch, comfy: FakeComfyUI):
    window, shots = ready
    shot = next(s for s in shots if s.ai.prompt and not s.characters)
    before = len(shot.ai.takes)
    send_from_editor(window, monkeypatch, [shot], draws=2)
    queue = window.generation.queue
    qtbot.waitUntil(lambda: all(r.state is DrawState.DONE for r in queue.rows.values()), timeout=15000)
    qtbot.waitUntil(lambda: len(shot.ai.takes) == before + 2, timeout=5000)
    assert window.bridge.project.generation.jobs == []
    assert window.bridge.undo_stack.text(window.bridge.undo_stack.count() - 1).startswith("Bring Back AI Take")
    assert all(t.provenance is not None and t.provenance.server == comfy.url for t in shot.ai.takes[before:])
    window.bridge.undo_stack.undo()
    assert len(shot.ai.takes) == before + 1
    qtbot.waitUntil(lambda: "2 brought back" in window.generation.panel.summary.text(), timeout=2000)


def test_cancel_all_stops_the_running_draw_and_the_waiting_ones(ready, qtbot, monkeypatch, comfy: FakeComfyUI):
    window, shots = ready
    comfy.step_seconds = 0.3
    shot = next(s for s in shots if s.ai.prompt and not s.characters)
    before = len(shot.ai.takes)
    send_from_editor(window, monkeypatch, [shot], draws=3)
    queue = window.generation.queue
    qtbot.waitUntil(lambda: any(r.state is DrawState.RUNNING for r in queue.rows.values()), timeout=10000)
    window.generation.panel.cancel_all_button.click()
    qtbot.waitUntil(lambda: not queue.busy, timeout=15000)
    assert {r.state for r in queue.rows.values()} == {DrawState.CANCELLED}
    assert comfy.interrupted and len(shot.ai.takes) == before
    assert window.bridge.project.generation.jobs == []


def test_an_unreachable_server_fails_each_draw_with_the_reason(ready, qtbot, monkeypatch, comfy: FakeComfyUI):
    window, shots = ready
    comfy.stop()
    shot = next(s for s in shots if s.ai.prompt and not s.characters)
    send_from_editor(window, monkeypatch, [shot], draws=2)
    queue = window.generation.queue
    qtbot.waitUntil(lambda: not queue.busy, timeout=15000)
    rows = list(queue.rows.values())
    assert all(r.state is DrawState.FAILED and "cannot reach the ComfyUI server" in r.message for r in rows)
    qtbot.waitUntil(lambda: window.generation.panel.table.item(0, 3).text().startswith("failed: http://127.0.0.1"),
                    timeout=2000)
    assert "cannot reach the ComfyUI server" in window.generation.panel.table.item(0, 3).text()


def test_draws_sent_before_are_picked_up_when_the_project_opens_again(ready, qtbot, comfy: FakeComfyUI,
                                                                      demo_copy: Path):
    window, shots = ready
    project = window.bridge.project
    shot = next(s for s in shots if s.ai.prompt and not s.characters)
    template = project.generation.templates[0]
    engine = ComfyUI(comfy.url)
    [request] = plan_draws(project, demo_copy.parent, template, load_template(demo_copy.parent, template), [shot], 1,
                           comfy.url, random.Random(3))
    job = send_draw(engine, request, {})
    engine.close()
    project.generation.jobs.append(job)
    ProjectFile(demo_copy).save(project)
    assert window.open_project(demo_copy)
    reopened = window.bridge.project
    again = next(s for e in reopened.episodes for s in e.shots if s.id == shot.id)
    qtbot.waitUntil(lambda: any(t.seed == job.seed for t in again.ai.takes), timeout=15000)
    assert reopened.generation.jobs == []


def test_draws_running_when_the_language_changes_go_on_in_the_new_window(qtbot, monkeypatch, demo_copy: Path,
                                                                         comfy: FakeComfyUI):
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from shotgraph.ui.language import install_language
    from shotgraph.ui.main_window import MainWindow
    from shotgraph.ui.preferences import apply_preferences

    window = MainWindow()  # not the shared fixture's: the switch deletes it
    try:
        assert window.open_project(demo_copy)
        window.bridge.project.generation.server = comfy.url
        assert SendDialog(window.bridge, []).import_template(WORKFLOWS / "txt2img_api.json")
        comfy.step_seconds = 0.2
        shot = next(s for e in window.bridge.project.episodes for s in e.shots
                    if s.mode is not Mode.LIVE and s.ai.prompt and not s.characters)
        before = len(shot.ai.takes)
        send_from_editor(window, monkeypatch, [shot], draws=2)
        chinese = apply_preferences(window, "zh_CN", "light")
        assert chinese is not window and len(chinese.generation.queue.rows) == 2
        qtbot.waitUntil(lambda: len(shot.ai.takes) == before + 2, timeout=15000)
        qtbot.waitUntil(lambda: "已取回 2 次" in chinese.generation.panel.summary.text(), timeout=2000)
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
                widget.bridge.mark_saved()
                widget.hide()
                widget.deleteLater()
        install_language("en")


def test_send_to_generator_is_offered_for_ai_shots_in_the_project_menu_and_on_cards(opened):
    from shotgraph.ui.commands.menus import SHOT_MENU

    bridge = opened.bridge
    live = next(s for s in bridge.episode.shots if s.mode is Mode.LIVE)
    generated = next(s for s in bridge.episode.shots if s.mode is not Mode.LIVE)
    action = opened.commands.action("send_to_generator")
    assert action in opened.project_menu.actions() and "send_to_generator" in SHOT_MENU
    assert action.shortcut().toString() == "Ctrl+Alt+G"
    bridge.select([live.id])
    assert not opened.commands.is_enabled("send_to_generator")
    bridge.select([generated.id])
    assert opened.commands.is_enabled("send_to_generator")
    bridge.select([])
    assert opened.commands.is_enabled("send_to_generator")  # the episode's AI shots


def test_bindings_are_edited_in_the_send_dialog_as_one_undo_step(ready, comfy: FakeComfyUI):
    from shotgraph.core.model import Role
    from shotgraph.ui.generation.bindings_dialog import BindingsDialog

    window, shots = ready
    settings = window.bridge.project.generation
    dialog = SendDialog(window.bridge, shots)
    template = settings.templates[0]
    bindings = BindingsDialog(template, load_template(window.bridge.folder, template), dialog)
    assert bindings.table.rowCount() == len(template.bindings)
    assert {(b.role, b.node, b.input) for b in bindings.bindings()} == {
        (b.role, b.node, b.input) for b in template.bindings}
    seed_row = next(r for r in range(bindings.table.rowCount())
                    if bindings.table.cellWidget(r, 0).currentData() == Role.SEED)
    bindings.table.removeRow(seed_row)
    dialog.set_bindings(template, bindings.bindings())
    assert Role.SEED not in {b.role for b in settings.templates[0].bindings}
    assert window.bridge.undo_stack.text(window.bridge.undo_stack.count() - 1) == "Edit Bindings of txt2img_api"
    window.bridge.undo_stack.undo()
    assert Role.SEED in {b.role for b in settings.templates[0].bindings}
