"""Frames are read in the background: a panel shows its placeholder first, then its frame; a redrawn file
is read again once forgotten; a file that is no usable image stays a placeholder and is not read again."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage

from shotgraph.ui.storyboard.model import StoryboardModel
from shotgraph.ui.thumbnails import ThumbnailLoader, stop_workers

BOX = QSize(45, 80)


@pytest.fixture(autouse=True)
def workers_stopped():
    yield
    stop_workers()


@pytest.fixture
def loader(qapp) -> ThumbnailLoader:
    return ThumbnailLoader(BOX)


def png(path: Path, colour: str, width: int = 1080, height: int = 1920) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def centre(pixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def huge_png_header(path: Path) -> Path:
    """A PNG claiming 30000 × 30000 pixels: only its header is real."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)))
    return path


def test_a_panel_shows_its_placeholder_then_its_frame_once_read(qtbot, window):
    model = StoryboardModel(window.bridge, window.badges)
    model.reload()
    panel = model.index(0, 0)
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, *_: first.row() == 0):
        assert panel.data(Qt.ItemDataRole.DecorationRole).isNull()
    frame = panel.data(Qt.ItemDataRole.DecorationRole)
    assert not frame.isNull()
    assert frame.height() <= 208 * frame.devicePixelRatio() + 1


def test_a_frame_is_decoded_at_the_size_it_is_shown(qtbot, loader, tmp_path):
    path = png(tmp_path / "画面.png", "#d01010")
    with qtbot.waitSignal(loader.ready) as ready:
        assert loader.get(path, "shot-1") is None
    assert ready.args == [path, frozenset({"shot-1"})]
    pixmap = loader.get(path)
    assert (pixmap.width(), pixmap.height()) == (45, 80)
    assert centre(pixmap).red() > 180


def test_a_redrawn_frame_is_read_again_after_forget(qtbot, loader, tmp_path):
    path = png(tmp_path / "frame.png", "#d01010")
    with qtbot.waitSignal(loader.ready):
        loader.get(path)
    png(path, "#1030d0", 1080, 1900)
    assert centre(loader.get(path)).red() > 180
    loader.forget(path)
    with qtbot.waitSignal(loader.ready):
        assert centre(loader.get(path)).red() > 180  # the old frame stays on screen while the new one is read
    assert centre(loader.get(path)).blue() > 180


def test_forgetting_an_unchanged_file_keeps_its_frame(qtbot, loader, tmp_path):
    path = png(tmp_path / "frame.png", "#d01010")
    with qtbot.waitSignal(loader.ready):
        loader.get(path)
    first = loader.get(path)
    loader.forget(path)
    loader.get(path)
    qtbot.waitUntil(lambda: not loader.loading(path))
    assert loader.get(path).cacheKey() == first.cacheKey()


@pytest.mark.parametrize("make", [
    lambda folder: (folder / "notes.png").write_text("不是图片", encoding="utf-8") and folder / "notes.png",
    lambda folder: huge_png_header(folder / "huge.png"),
    lambda folder: folder / "missing.png",
], ids=["text file", "oversize image", "missing file"])
def test_a_file_that_is_no_usable_image_stays_a_placeholder_and_is_not_read_again(qtbot, loader, tmp_path, make):
    path = make(tmp_path)
    with qtbot.waitSignal(loader.ready):
        assert loader.get(path, "shot-1") is None
    assert loader.get(path, "shot-1") is None
    assert not loader.loading(path)


def test_another_project_starts_an_empty_cache(qtbot, loader, tmp_path):
    path = png(tmp_path / "frame.png", "#d01010")
    with qtbot.waitSignal(loader.ready):
        loader.get(path)
    loader.clear()
    assert loader.get(path) is None and loader.loading(path)


def test_a_frame_forgotten_while_it_loads_still_reaches_its_panel(qtbot, loader, tmp_path):
    path = png(tmp_path / "frame.png", "#d01010")
    with qtbot.waitSignal(loader.ready) as ready:
        loader.get(path, "shot-1")
        loader.forget(path)
    assert ready.args[1] == frozenset({"shot-1"})
    assert centre(loader.get(path)).red() > 180


def test_a_storyboard_closed_while_its_frames_load_ends_quietly(qtbot, window):
    model = StoryboardModel(window.bridge, window.badges)
    model.reload()
    for row in range(model.rowCount()):
        model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    with qtbot.waitSignal(model.destroyed):
        model.deleteLater()
    stop_workers()
    QCoreApplication.sendPostedEvents()  # what the workers read before they stopped is handed over now
    shown = window.grid.model().index(0, 0)
    qtbot.waitUntil(lambda: not shown.data(Qt.ItemDataRole.DecorationRole).isNull())


def test_the_cache_keeps_the_most_recently_painted_frames(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("shotgraph.ui.thumbnails.CACHE_BYTES", 2 * BOX.width() * BOX.height() * 4)
    loader = ThumbnailLoader(BOX)
    paths = [png(tmp_path / f"{n}.png", "#d01010", 90, 160) for n in range(3)]
    for path in paths:
        with qtbot.waitSignal(loader.ready):
            loader.get(path)
    assert loader.get(paths[2]) is not None and loader.get(paths[1]) is not None
    assert loader.get(paths[0]) is None and loader.loading(paths[0])
