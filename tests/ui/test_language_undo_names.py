"""Edit ▸ Undo names each kind of edit in English and, after a switch in Preferences, in Chinese."""

from __future__ import annotations

import test_language
from PySide6.QtCore import QPoint
from test_canvas import card_point, drag, shot_id_of
from test_language import choose_in_preferences

from shotgraph.core.edits import AddEpisode, UpdateShot
from shotgraph.core.model import Episode, Scene, ShotSize, Take, new_id
from shotgraph.ui.inspector.labels import enum_label
from shotgraph.ui.inspector.shot_edits import shots_edit
from shotgraph.ui.schedule.drops import shots_to_day
from shotgraph.ui.take_edits import choose_take

english_window = test_language.english_window


def _undo_names(window) -> list[str]:
    """What Edit ▸ Undo says, step by step back through the history (which it undoes); without the
    step that gave a shot the takes to choose from."""
    names = []
    while window.bridge.undo_stack.canUndo():
        names.append(window.undo_action.text())
        window.undo_action.trigger()
    return [names[0], *names[2:]]


def _edit_everything(qtbot, window) -> dict[str, str]:
    """Add a shot, drag three cards, set a size on two shots, schedule two, add an episode and choose
    an AI take, as the editor does them; the codes the names show."""
    bridge = window.bridge
    bridge.select([shot_id_of(window, "1-01")])
    assert window.commands.trigger("add_shot")
    added = bridge.document.shot(bridge.selected[0]).code
    moved = [shot_id_of(window, code) for code in ("1-02", "1-03", "1-04")]
    bridge.select(moved)
    start = card_point(window.canvas, moved[0])
    drag(qtbot, window.canvas, start, start + QPoint(0, 180))
    two = bridge.episode.shots[4:6]
    assert bridge.push(shots_edit(two, lambda shot: {"camera": shot.camera.model_copy(update={"size": ShotSize.ECU})}))
    assert bridge.push(shots_to_day(bridge.project, [shot_id_of(window, "2-01"), shot_id_of(window, "2-02")], "day_1"))
    assert bridge.push(AddEpisode(Episode(id=new_id("ep"), number=3, scenes=[Scene(id=new_id("sc"), code="1")])))
    shot = bridge.episode.shots[6]
    takes = [Take(id="tk1"), Take(id="tk2")]
    assert bridge.push(UpdateShot(shot.id, {"ai": shot.ai.model_copy(update={"takes": takes})}))
    assert choose_take(bridge, shot.id, "tk2")
    return {"added": added, "sized": ", ".join(s.code for s in two)}


def test_undo_names_every_kind_of_edit_in_english(qtbot, english_window):
    codes = _edit_everything(qtbot, english_window)
    assert _undo_names(english_window) == [
        "Undo Choose AI Take", "Undo Add Episode 3", "Undo Schedule Shots",
        f"Undo Set Size to ECU on {codes['sized']}", "Undo Move 3 Shots", f"Undo Add Shot {codes['added']}"]


def test_undo_names_every_kind_of_edit_in_chinese(qtbot, english_window):
    codes = _edit_everything(qtbot, english_window)
    window = choose_in_preferences(qtbot, english_window, language="zh_CN")
    assert _undo_names(window) == [
        "撤销 选用 AI 生成结果", "撤销 添加第 3 集", "撤销 将镜头排入拍摄日",
        f"撤销 将 {codes['sized']} 的景别设为 {enum_label(ShotSize.ECU)}", "撤销 移动 3 个镜头",
        f"撤销 添加镜头 {codes['added']}"]
