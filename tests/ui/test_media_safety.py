"""A project folder a collaborator filled with hostile pictures: the editor shows a placeholder for each,
never blocks, never shows a picture from outside the folder, and refuses to import what is no PNG, JPEG or
WebP, saying so; Save As never copies a file from outside the folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from hostile.image_samples import SVG, eps, huge_png, picture
from shotgraph.core.edits import UpdateShot
from shotgraph.core.graph import episode_order
from shotgraph.core.io.images import ImageFile
from shotgraph.core.model import Mode, Take
from shotgraph.demo import demo_project_path
from shotgraph.ui.files import prompts
from shotgraph.ui.media import MediaError, decode_picture
from shotgraph.ui.sketch.layers import layers_of
from shotgraph.ui.sketch.reference import picture_from_mime
from shotgraph.ui.takes import TakesPanel
from shotgraph.ui.thumbnails import finish_reading, stop_workers

HOSTILE = ("postscript", "svg", "tiff", "gif", "link out", "pipe", "100000 × 100000")


@pytest.fixture(autouse=True)
def workers_stopped():
    yield
    stop_workers()


@pytest.fixture
def outside(tmp_path) -> Path:
    """A private picture elsewhere on the disk, and a file a PostScript frame would delete."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "victim.txt").write_text("keep me", encoding="utf-8")
    (folder / "photo.png").write_bytes(picture("PNG", (90, 160), "blue"))
    return folder


@pytest.fixture
def hostile(tmp_path, outside) -> Path:
    """A copy of the demo whose first episode's first frames are hostile, in cut order as in ``HOSTILE``."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    project_file = folder / demo_project_path().name
    from shotgraph.core.io.store import load_project
    shots = episode_order(load_project(project_file).episodes[0])
    makers = [lambda p: p.write_bytes(eps(outside / "victim.txt")), lambda p: p.write_bytes(SVG),
              lambda p: p.write_bytes(picture("TIFF", (90, 160))), lambda p: p.write_bytes(picture("GIF", (90, 160))),
              lambda p: p.symlink_to(outside / "photo.png"), os.mkfifo, lambda p: p.write_bytes(huge_png())]
    for shot, make in zip(shots, makers, strict=False):
        path = folder / shot.frame
        path.unlink()
        make(path)
    return project_file


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    return said


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP"])
def test_qt_decodes_a_picture_only_as_the_format_it_was_recognised_as(qapp, kind):
    assert decode_picture(ImageFile(Path("frame.png"), picture(kind, (90, 160)), kind, 90, 160)).width() == 90
    for other in (SVG, picture("TIFF", (90, 160)), picture("GIF", (90, 160))):
        assert decode_picture(ImageFile(Path("frame.png"), other, kind, 90, 160)).isNull()


def test_hostile_frames_show_placeholders_in_the_storyboard_without_blocking(qtbot, window, hostile, outside):
    assert window.open_project(hostile)
    model = window.grid.model()
    paths = [model._frame_path(model.shot(row)) for row in range(model.rowCount())]
    for row in range(model.rowCount()):
        model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: not any(model.thumbnails.loading(path) for path in paths), timeout=10_000)
    shown = [not model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).isNull() for row in range(len(HOSTILE) + 1)]
    assert dict(zip(HOSTILE, shown, strict=False)) == dict.fromkeys(HOSTILE, False)
    assert shown[len(HOSTILE)], "an ordinary frame after them is shown"
    assert (outside / "victim.txt").read_text(encoding="utf-8") == "keep me"


def test_hostile_frames_give_the_panel_editor_an_empty_reference_layer(window, hostile):
    assert window.open_project(hostile)
    shots = episode_order(window.bridge.episode)
    size = QSize(90, 160)
    for name, shot in zip(HOSTILE, shots, strict=False):
        reference = layers_of(shot, window.bridge.folder, size)[0].image
        assert reference.pixelColor(45, 80).alpha() == 0, name
    ordinary = layers_of(shots[len(HOSTILE)], window.bridge.folder, size)[0].image
    assert ordinary.pixelColor(45, 80).alpha() == 255


def ai_shot(window):
    return next(s for s in window.project.episodes[0].shots if s.mode is Mode.AI)


def test_a_take_linking_out_of_the_folder_shows_the_grey_placeholder(qtbot, window, hostile, outside):
    assert window.open_project(hostile)
    takes = hostile.parent / "media" / "takes"
    takes.mkdir(parents=True)
    (takes / "escape.png").symlink_to(outside / "photo.png")
    (takes / "own.png").write_bytes(picture("PNG", (90, 160), "blue"))
    shot = ai_shot(window)
    ai = shot.ai.model_copy(update={"takes": [Take(id="tk-out", image="media/takes/escape.png"),
                                              Take(id="tk-own", image="media/takes/own.png")]})
    window.bridge.push(UpdateShot(shot.id, {"ai": ai}))
    window.bridge.select([shot.id])
    panel = TakesPanel(window.bridge)
    qtbot.addWidget(panel)
    finish_reading()
    qtbot.waitUntil(lambda: _corner(panel.takes.item(1).icon().pixmap(45, 80)).blue() > 200)
    assert _corner(panel.takes.item(0).icon().pixmap(45, 80)) == QColor("#d9dbe0")


def _corner(pixmap) -> QColor:
    """Beside the top left corner: the picture, or the grey card (a card without a picture says why in its middle)."""
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 8, image.height() // 8)


@pytest.mark.parametrize("make", [
    lambda folder: folder / "take.png" if (folder / "take.png").write_bytes(eps(folder / "victim.txt")) else None,
    lambda folder: folder / "take.png" if (folder / "take.png").write_bytes(SVG) else None,
    lambda folder: folder / "take.png" if (folder / "take.png").write_bytes(picture("TIFF")) else None,
], ids=["postscript", "svg", "tiff"])
def test_importing_a_picture_that_is_no_png_jpeg_or_webp_is_refused_naming_the_formats(
        window, hostile, tmp_path, warnings, make):
    assert window.open_project(hostile)
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    panel = TakesPanel(window.bridge)
    assert not panel.add_take(make(tmp_path))
    assert len(warnings) == 1 and "take.png" in warnings[0] and "PNG, JPEG and WebP" in warnings[0]
    assert not window.bridge.document.shot(shot.id).ai.takes
    assert not (hostile.parent / "media" / "takes").exists()


def test_importing_a_pipe_is_refused_at_once(window, hostile, tmp_path, warnings):
    assert window.open_project(hostile)
    window.bridge.select([ai_shot(window).id])
    os.mkfifo(tmp_path / "take.png")
    assert not TakesPanel(window.bridge).add_take(tmp_path / "take.png")
    assert len(warnings) == 1 and "take.png" in warnings[0]


def test_an_imported_picture_is_named_for_its_content(window, hostile, tmp_path, warnings):
    assert window.open_project(hostile)
    shot = ai_shot(window)
    window.bridge.select([shot.id])
    (tmp_path / "take.gif").write_bytes(picture("JPEG", (90, 160)))
    assert TakesPanel(window.bridge).add_take(tmp_path / "take.gif")
    assert window.bridge.document.shot(shot.id).ai.takes[0].image.endswith(".jpg") and not warnings


def test_importing_into_a_media_folder_that_links_out_writes_nothing_outside(window, hostile, outside, tmp_path,
                                                                           warnings):
    assert window.open_project(hostile)
    (hostile.parent / "media").symlink_to(outside, target_is_directory=True)
    window.bridge.select([ai_shot(window).id])
    (tmp_path / "take.png").write_bytes(picture("PNG"))
    assert not TakesPanel(window.bridge).add_take(tmp_path / "take.png")
    assert len(warnings) == 1 and "outside the project folder" in warnings[0]
    assert sorted(p.name for p in outside.iterdir()) == ["photo.png", "victim.txt"]


def test_save_as_copies_no_file_from_outside_the_folder_and_never_blocks(window, hostile, outside, tmp_path,
                                                                        monkeypatch):
    assert window.open_project(hostile)
    said: list[str] = []
    monkeypatch.setattr(prompts, "say", lambda parent, title, text: said.append(text))
    target = tmp_path / "moved" / "demo.shotgraph"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "choose_project_to_save", lambda *args: target)
    window.files.save_as_action.trigger()
    assert window.path == target
    shots = episode_order(window.bridge.episode)
    copied = [(target.parent / shot.frame).exists() for shot in shots[:len(HOSTILE) + 1]]
    assert copied == [True] * 4 + [False, False, True, True]
    assert said and "2 media file(s)" in said[0]



@pytest.fixture
def frames_folder_linked_out(tmp_path, outside) -> Path:
    """A copy of the demo whose frames folder is a link to a folder elsewhere on the disk."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    frames = folder / "demo-media" / "frames"
    shutil.move(frames, outside / "frames")
    frames.symlink_to(outside / "frames", target_is_directory=True)
    return folder / demo_project_path().name


def test_a_frames_folder_linking_out_shows_no_frame_in_the_graph_tab_or_storyboard(qtbot, window,
                                                                                 frames_folder_linked_out):
    assert window.open_project(frames_folder_linked_out)
    cards = list(window.canvas.graph_scene.cards.values())[:3]
    for card in cards:
        card._thumbnails.get(card.text.frame)
    qtbot.waitUntil(lambda: not any(card._thumbnails.loading(card.text.frame) for card in cards))
    assert [card._thumbnails.get(card.text.frame) for card in cards] == [None] * 3
    model = window.grid.model()
    path = model._frame_path(model.shot(0))
    model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: not model.thumbnails.loading(path))
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()


def pasted(kind: str, data: bytes) -> QMimeData:
    mime = QMimeData()
    mime.setData(kind, QByteArray(data))
    return mime


@pytest.mark.parametrize(("kind", "data"), [
    ("image/png", SVG), ("image/tiff", picture("TIFF")), ("image/bmp", picture("BMP")), ("image/svg+xml", SVG),
], ids=["svg as png", "tiff", "bmp", "svg"])
def test_pasted_image_data_that_is_no_png_jpeg_or_webp_is_refused_naming_the_formats(qapp, kind, data):
    with pytest.raises(MediaError, match="PNG, JPEG and WebP"):
        picture_from_mime(pasted(kind, data), QSize(90, 160), "The clipboard")


def test_pasted_webp_data_becomes_a_reference_picture(qapp):
    image = picture_from_mime(pasted("image/webp", picture("WEBP", (90, 160), "blue")), QSize(90, 160), "Clipboard")
    assert image.pixelColor(45, 80).blue() > 200
