"""The storyboard panel editor: every stroke is saved as files plus one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from shotgraph.demo import demo_project_path
from shotgraph.ui.sketch import PanelEditor


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """The demo in a folder of its own, so drawings can be written beside it."""
    source = demo_project_path()
    shutil.copytree(source.parent, tmp_path / "demo")
    return tmp_path / "demo" / source.name


@pytest.fixture
def editor(window, project_copy, qtbot) -> PanelEditor:
    assert window.open_project(project_copy)
    shot = window.bridge.episode.shots[3]
    editor = window.panel_editors.open(shot.id)
    qtbot.waitExposed(editor)
    return editor


def on_screen(editor: PanelEditor, x: float, y: float) -> QPoint:
    """Where panel pixel (x, y) is in the canvas widget."""
    panel = editor.canvas.panel_rect()
    scale = panel.width() / editor.canvas.panel_size().width()
    return (panel.topLeft() + QPointF(x, y) * scale).toPoint()


def drag(editor: PanelEditor, points: list[tuple[float, float]]) -> None:
    """Press, move through the points and release with the left button, as a user draws."""
    canvas, left, none = editor.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, left, none, on_screen(editor, *points[0]))
    for point in points[1:]:
        QTest.mouseMove(canvas, on_screen(editor, *point))
    QTest.mouseRelease(canvas, left, none, on_screen(editor, *points[-1]))


def stroke(editor: PanelEditor) -> None:
    drag(editor, [(300, 600 + 20 * n) for n in range(30)])


def layer(editor: PanelEditor, name: str):
    return next(layer for layer in editor.canvas.layers if layer.name == name)


def test_a_stroke_is_saved_as_layer_and_frame_in_one_undo_step(window, editor, project_copy) -> None:
    original = window.bridge.document.index.shots[editor.shot_id].frame
    steps = window.bridge.undo_stack.count()
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 0
    stroke(editor)
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 255
    shot = window.bridge.document.index.shots[editor.shot_id]
    assert window.bridge.undo_stack.count() == steps + 1
    assert [record.name for record in shot.layers] == ["reference", "sketch", "notes"]
    assert shot.layers[0].image == original
    assert shot.layers[1].image.startswith("media/sketch/")
    assert shot.frame != original and shot.frame.startswith("media/frames/")
    folder = project_copy.parent
    assert (folder / shot.layers[1].image).is_file() and (folder / shot.frame).is_file()


def test_undo_brings_back_the_previous_frame_and_the_editor_shows_it(window, editor) -> None:
    original = window.bridge.document.index.shots[editor.shot_id].frame
    stroke(editor)
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    shot = window.bridge.document.index.shots[editor.shot_id]
    assert shot.frame == original and shot.layers == []
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 0
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 255


def test_hiding_a_layer_changes_the_saved_frame(window, editor, project_copy) -> None:
    stroke(editor)
    before = window.bridge.document.index.shots[editor.shot_id].frame
    rows = editor.layers_panel.list
    sketch_row = next(row for row in range(rows.count()) if rows.item(row).text() == "Sketch")
    rows.item(sketch_row).setCheckState(Qt.CheckState.Unchecked)
    shot = window.bridge.document.index.shots[editor.shot_id]
    assert shot.frame != before and shot.layers[1].visible is False
    frame = QImage(str(project_copy.parent / shot.frame))
    assert frame.pixelColor(300, 900) != QColor("black")
    assert QImage(str(project_copy.parent / before)).pixelColor(300, 900) == QColor("black")


def test_the_eraser_clears_what_was_drawn(editor) -> None:
    stroke(editor)
    QTest.keyClick(editor, Qt.Key.Key_E)
    assert editor.tools.actions_by_tool[editor.canvas.settings.tool].text() == "Eraser"
    stroke(editor)
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 0


def test_fill_fills_inside_a_rectangle_and_not_outside(editor) -> None:
    QTest.keyClick(editor, Qt.Key.Key_R)
    drag(editor, [(200, 400), (500, 700), (800, 1200)])
    QTest.keyClick(editor, Qt.Key.Key_F)
    editor.tools.show_color(QColor("red"))
    QTest.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     on_screen(editor, 500, 800))
    image = layer(editor, "sketch").image
    assert image.pixelColor(500, 800) == QColor("red")
    assert image.pixelColor(250, 450) == QColor("red")
    assert image.pixelColor(100, 300).alpha() == 0 and image.pixelColor(900, 1300).alpha() == 0
    assert image.pixelColor(200, 800).red() < 128


def test_width_keys_and_tool_keys(editor) -> None:
    width = editor.canvas.settings.width
    QTest.keyClick(editor, Qt.Key.Key_BracketRight)
    QTest.keyClick(editor, Qt.Key.Key_BracketRight)
    assert editor.canvas.settings.width == width + 2
    QTest.keyClick(editor, Qt.Key.Key_BracketLeft)
    assert editor.tools.width_box.value() == width + 1
    for key, name in ((Qt.Key.Key_B, "brush"), (Qt.Key.Key_P, "pen"), (Qt.Key.Key_L, "line"),
                      (Qt.Key.Key_O, "ellipse")):
        QTest.keyClick(editor, key)
        assert editor.canvas.settings.tool.value == name
