"""The scene diagram: cameras on either side of the axis, crossings drawn, a click selects a shot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shotgraph.core.edits import UpdateShot
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Intent, Side


def scene_three(window):
    episode = window.project.episodes[0]
    scene = episode.scenes[2]
    return [s for s in episode_order(episode) if s.scene_id == scene.id]


def show_diagram(qtbot, window, shot_id: str):
    window.diagram_dock.raise_()
    window.bridge.select([shot_id])
    qtbot.waitUntil(lambda: len(window.diagram.cameras()) > 0)


def test_every_shot_of_the_scene_gets_a_camera_on_its_side(qtbot, window):
    shots = scene_three(window)
    show_diagram(qtbot, window, shots[0].id)
    cameras = window.diagram.cameras()
    assert [c.shot.code for c in cameras] == [s.code for s in shots]
    axis = window.diagram._area().center().y()
    for camera in cameras:
        if camera.side is not None:
            assert (camera.centre.y() > axis) == (camera.side.value == "A")


def test_the_demo_axis_crossing_is_drawn_and_follows_edits(qtbot, window):
    shots = scene_three(window)
    show_diagram(qtbot, window, shots[0].id)
    assert [(a.code, b.code) for a, b in window.diagram.crossings()] == [("3-03", "3-04")]
    crossing = next(s for s in shots if s.code == "3-04")
    window.bridge.push(UpdateShot(crossing.id, {"camera": crossing.camera.model_copy(update={"side": Side.A})}))
    assert ("3-03", "3-04") not in [(a.code, b.code) for a, b in window.diagram.crossings()]


def test_a_deliberate_line_cross_is_not_drawn_as_the_findings_do_not_report_it(qtbot, window):
    shots = scene_three(window)
    show_diagram(qtbot, window, shots[0].id)
    crossing = next(s for s in shots if s.code == "3-04")
    window.bridge.push(UpdateShot(crossing.id, {"intent": [*crossing.intent, Intent.LINE_CROSS]}))
    assert window.diagram.crossings() == []
    axis = [f for f in window.bridge.checker.findings if f.rule == "continuity.axis" and crossing.id in f.shot_ids]
    assert axis == []


def test_clicking_a_camera_selects_its_shot(qtbot, window):
    shots = scene_three(window)
    show_diagram(qtbot, window, shots[0].id)
    target = window.diagram.cameras()[3]
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=target.centre.toPoint())
    assert window.bridge.selected == (target.shot.id,)


def test_with_nothing_selected_the_diagram_says_what_to_do(qtbot, window):
    window.diagram_dock.raise_()
    window.bridge.select([])
    window.diagram.repaint()
    assert window.diagram.cameras() == []
