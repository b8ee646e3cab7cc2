"""Dropping an image file from the file manager onto a storyboard panel makes it the shot's frame;
a file that is not a usable image, or a project never saved, gets one message and nothing changes."""

from __future__ import annotations

import shutil
import struct
import zlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from shotgraph.demo import demo_project_path

ROW = 2


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def saved_grid(window, tmp_path):
    """The storyboard of a copy of the demo saved in the test's folder."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    assert window.open_project(folder / demo_project_path().name)
    window.tabs.setCurrentWidget(window.grid)
    QApplication.processEvents()
    return window.grid


def drop_files(grid, row: int, *paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    centre = QPointF(grid.visualRect(grid.model().index(row, 0)).center())
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(centre.toPoint(), *args), QDragMoveEvent(centre.toPoint(), *args),
                  QDropEvent(centre, *args)):
        QApplication.sendEvent(grid.viewport(), event)


def red_png(path, width=90, height=160):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d01010"))
    assert image.save(str(path))
    return path


def huge_png_header(path):
    """A PNG claiming 20000 × 20000 pixels: its header is valid, its pixels would need 1.6 GB."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)))
    return path


def frames_folder(window):
    return window.bridge.folder / "media" / "frames"


def test_a_dropped_image_becomes_the_frame_of_the_panel_under_it(qtbot, saved_grid, window, tmp_path, messages):
    model = saved_grid.model()
    shot = model.shot(ROW)
    drop_files(saved_grid, ROW, red_png(tmp_path / "新画面.png"))
    assert messages == []
    frame = model.shot(ROW).frame
    assert frame.startswith(f"media/frames/{shot.code}-") and frame.endswith(".png")
    assert (window.bridge.folder / frame).is_file()
    panel = model.index(ROW, 0)
    qtbot.waitUntil(lambda: not panel.data(Qt.ItemDataRole.DecorationRole).isNull())
    thumbnail = panel.data(Qt.ItemDataRole.DecorationRole).toImage()
    assert thumbnail.pixelColor(thumbnail.width() // 2, thumbnail.height() // 2).red() > 180
    window.bridge.undo_stack.undo()
    assert model.shot(ROW).frame == shot.frame


def test_dropping_the_same_image_twice_stores_it_once(saved_grid, window, tmp_path, messages):
    picture = red_png(tmp_path / "frame.png")
    drop_files(saved_grid, ROW, picture)
    drop_files(saved_grid, ROW + 1, picture)
    assert len(list(frames_folder(window).iterdir())) == 2
    assert messages == []


@pytest.mark.parametrize("make", [
    lambda folder: (folder / "notes.txt").write_text("不是图片", encoding="utf-8") and folder / "notes.txt",
    lambda folder: huge_png_header(folder / "huge.png"),
], ids=["text file", "oversize image"])
def test_a_file_that_is_no_usable_image_gets_one_message_and_changes_nothing(saved_grid, window, tmp_path, messages,
                                                                           make):
    model = saved_grid.model()
    frame = model.shot(ROW).frame
    steps = window.bridge.undo_stack.count()
    bad = make(tmp_path)
    drop_files(saved_grid, ROW, bad)
    assert len(messages) == 1 and bad.name in messages[0]
    assert model.shot(ROW).frame == frame
    assert window.bridge.undo_stack.count() == steps
    assert not frames_folder(window).exists()


def test_an_image_over_the_file_size_limit_is_refused(saved_grid, window, tmp_path, messages, monkeypatch):
    monkeypatch.setattr("shotgraph.ui.media.MAX_FILE_BYTES", 100)
    drop_files(saved_grid, ROW, red_png(tmp_path / "big.png"))
    assert len(messages) == 1 and "big.png" in messages[0]
    assert not frames_folder(window).exists()


def test_a_project_never_saved_asks_to_be_saved_first(window, tmp_path, messages):
    window.show_project(window.project.model_copy(deep=True), None)
    window.tabs.setCurrentWidget(window.grid)
    QApplication.processEvents()
    frame = window.grid.model().shot(ROW).frame
    drop_files(window.grid, ROW, red_png(tmp_path / "frame.png"))
    assert len(messages) == 1 and "frame.png" in messages[0]
    assert window.grid.model().shot(ROW).frame == frame
