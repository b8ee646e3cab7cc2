"""The storyboard panel editor: every stroke is saved as files plus one undo step; reference pictures are
checked; guides are never saved; a project without a folder is read-only."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QInputDevice,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest

from shotgraph.core.edits import RemoveShots, UpdateProjectSettings
from shotgraph.core.io.store import load_project
from shotgraph.demo import demo_project_path
from shotgraph.ui.clipboard import put_on_clipboard
from shotgraph.ui.language import install_language
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.sketch import PanelEditor
from shotgraph.ui.storyboard.grid import ShotRole


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


def test_fill_fills_inside_a_rectangle_and_not_outside(window, editor) -> None:
    QTest.keyClick(editor, Qt.Key.Key_R)
    drag(editor, [(200, 400), (500, 700), (800, 1200)])
    assert window.undo_action.text() == "Undo Draw Shape"
    QTest.keyClick(editor, Qt.Key.Key_F)
    editor.tools.show_color(QColor("red"))
    QTest.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     on_screen(editor, 500, 800))
    image = layer(editor, "sketch").image
    assert image.pixelColor(500, 800) == QColor("red")
    assert image.pixelColor(250, 450) == QColor("red")
    assert image.pixelColor(100, 300).alpha() == 0 and image.pixelColor(900, 1300).alpha() == 0
    assert image.pixelColor(200, 800).red() < 128
    assert window.undo_action.text() == "Undo Fill Area"


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


def bomb_png(path: Path) -> Path:
    """A tiny PNG whose header claims 60,000 × 60,000 pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def files_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def paste(editor, mime: QMimeData) -> None:
    put_on_clipboard(mime)
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasting_a_text_file_or_a_bomb_is_refused_with_one_message(window, editor, tmp_path) -> None:
    steps = window.bridge.undo_stack.count()
    reference = QImage(layer(editor, "reference").image)
    text = tmp_path / "台词.png"
    text.write_text("不是图片", encoding="utf-8")
    paste(editor, files_mime(text))
    assert "台词.png" in editor.message.text() and "not an image" in editor.message.text()
    paste(editor, files_mime(bomb_png(tmp_path / "bomb.png")))
    assert "bomb.png" in editor.message.text() and "too large" in editor.message.text()
    assert window.bridge.undo_stack.count() == steps
    assert layer(editor, "reference").image == reference


def test_pasting_image_data_fills_the_reference_layer_fitted_to_the_panel(window, editor) -> None:
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(picture)
    paste(editor, mime)
    image = layer(editor, "reference").image
    assert image.size().width() == 1080 and image.pixelColor(540, 960) == QColor("red")
    assert image.pixelColor(540, 100).alpha() == 0
    shot = window.bridge.document.index.shots[editor.shot_id]
    assert shot.layers[0].image.startswith("media/sketch/") and editor.message.isHidden()


def test_dropping_an_image_file_on_the_editor_places_it(window, editor, tmp_path) -> None:
    picture = QImage(1080, 1920, QImage.Format.Format_RGB32)
    picture.fill(QColor("blue"))
    picture.save(str(tmp_path / "分镜参考.png"))
    mime = files_mime(tmp_path / "分镜参考.png")
    at, buttons, keys = QPointF(300, 300), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QGuiApplication.sendEvent(editor, enter)
    assert enter.isAccepted()
    QGuiApplication.sendEvent(editor, QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys))
    assert layer(editor, "reference").image.pixelColor(10, 10) == QColor("blue")


def test_guides_show_on_screen_and_never_in_the_saved_frame(window, editor, project_copy) -> None:
    bare = editor.canvas.grab().toImage()
    steps = window.bridge.undo_stack.count()
    editor.guides.thirds_action.trigger()
    editor.guides.safe_action.trigger()
    editor.guides.size_box.setCurrentIndex(editor.guides.size_box.findData("MCU"))
    editor.guides.aspect_actions["16:9"].trigger()
    assert editor.canvas.grab().toImage() != bare
    assert window.bridge.undo_stack.count() == steps
    stroke(editor)
    frame = QImage(str(project_copy.parent / window.bridge.document.index.shots[editor.shot_id].frame))
    reference = layer(editor, "reference").image
    for x, y in ((360, 1500), (540, 640), (54, 1700)):  # a third, the figure's head, the safe area
        expected = reference.pixelColor(x, y)
        assert frame.pixelColor(x, y) == (expected if expected.alpha() == 255 else QColor("white"))


def test_a_never_saved_project_is_read_only_and_says_why(window, qtbot) -> None:
    window.show_project(load_project(demo_project_path()), None)
    shot = window.bridge.episode.shots[0]
    editor = window.panel_editors.open(shot.id)
    qtbot.waitExposed(editor)
    assert "Save the project first" in editor.message.text() and editor.message.isVisible()
    stroke(editor)
    assert layer(editor, "sketch").image.pixelColor(300, 900).alpha() == 0
    assert window.bridge.undo_stack.count() == 0 and not editor.open_action.isEnabled()


STYLUS = QPointingDevice("Test stylus", 4242, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                         QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)


def pen_stroke(editor: PanelEditor, x: float, pressure: float) -> None:
    """A vertical line drawn with a tablet pen at one pressure."""
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * 10 + [QEvent.Type.TabletRelease]
    for n, kind in enumerate(kinds):
        at = QPointF(on_screen(editor, x, 300 + 40 * min(n, 10)))
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
        QGuiApplication.sendEvent(editor.canvas, QTabletEvent(
            kind, STYLUS, at, editor.canvas.mapToGlobal(at), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons))


def test_light_pen_pressure_draws_a_thinner_line(window, editor) -> None:
    steps = window.bridge.undo_stack.count()
    editor.tools.width_box.setValue(20)
    pen_stroke(editor, 200, 1.0)
    pen_stroke(editor, 600, 0.2)
    image = layer(editor, "sketch").image

    def width_at(x: int) -> int:
        return sum(image.pixelColor(column, 500).alpha() > 128 for column in range(x - 30, x + 30))
    assert 0 < width_at(600) < width_at(200)
    assert window.bridge.undo_stack.count() == steps + 2


def test_double_click_on_a_storyboard_panel_or_edit_panel_opens_its_editor(window, qtbot) -> None:
    window.tabs.setCurrentWidget(window.grid)
    rect = window.grid.visualRect(window.grid.model().index(2, 0))
    qtbot.mouseClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mousePress(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shot_id = window.grid.model().index(2, 0).data(ShotRole)
    editor = window.panel_editors.editors[shot_id]
    assert editor.isVisible() and window.bridge.document.index.shots[shot_id].code in editor.windowTitle()
    editor.close()
    assert shot_id not in window.panel_editors.editors
    window.bridge.select([window.bridge.episode.shots[5].id])
    window.edit_panel_action.trigger()
    assert window.bridge.episode.shots[5].id in window.panel_editors.editors


def test_enter_on_a_storyboard_panel_opens_its_editor(window, qtbot) -> None:
    window.tabs.setCurrentWidget(window.grid)
    rect = window.grid.visualRect(window.grid.model().index(4, 0))
    qtbot.mouseClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(window.grid, Qt.Key.Key_Right)
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    shot_id = window.grid.model().index(5, 0).data(ShotRole)
    assert list(window.panel_editors.editors) == [shot_id]
    assert window.panel_editors.editors[shot_id].isVisible()
    assert window.bridge.current_shot.id == shot_id


def test_removing_the_shot_closes_its_editor_and_undo_keeps_the_drawing(window, editor) -> None:
    stroke(editor)
    drawn = window.bridge.document.index.shots[editor.shot_id].frame
    assert window.bridge.push(RemoveShots([editor.shot_id]))
    assert editor.shot_id not in window.panel_editors.editors
    window.bridge.undo_stack.undo()
    assert window.bridge.document.index.shots[editor.shot_id].frame == drawn


def test_a_new_delivery_size_refits_the_open_panel(window, editor) -> None:
    delivery = window.bridge.project.delivery.model_copy(update={"aspect": "3:4", "width": 900, "height": 1200})
    assert window.bridge.push(UpdateProjectSettings({"delivery": delivery}))
    assert editor.canvas.panel_size().width() == 900 and editor.canvas.layers[1].image.height() == 1200


def test_fading_the_reference_layer_is_saved_as_one_step(window, editor) -> None:
    rows = editor.layers_panel.list
    rows.setCurrentRow(next(row for row in range(rows.count()) if rows.item(row).text() == "Reference"))
    assert editor.canvas.active == 0
    steps = window.bridge.undo_stack.count()
    QTest.keyClick(editor.layers_panel.opacity, Qt.Key.Key_PageDown)
    shot = window.bridge.document.index.shots[editor.shot_id]
    assert shot.layers[0].opacity == pytest.approx(0.9) and window.bridge.undo_stack.count() == steps + 1


@pytest.fixture
def chinese_window(qtbot, project_copy):
    """The editor in Chinese on a copy of the demo."""
    install_language("zh_CN")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project_copy)
    window.show()
    yield window
    install_language("en")


def test_the_edit_menu_names_drawing_edits_in_chinese(chinese_window, qtbot) -> None:
    editor = chinese_window.panel_editors.open(chinese_window.bridge.episode.shots[3].id)
    qtbot.waitExposed(editor)
    stroke(editor)
    assert chinese_window.undo_action.text() == "撤销 画一笔"
    QTest.keyClick(editor.layers_panel.opacity, Qt.Key.Key_PageDown)
    assert chinese_window.undo_action.text() == "撤销 编辑分镜图层"
