"""Compare Takes: the storyboard frame and the takes side by side, chosen and removed from the keyboard
or the mouse, one undo step each; video takes show their first frame; a broken video shows a card."""

from __future__ import annotations

import shutil
import time

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from exports.animatic_reading import write_video
from shotgraph.core.edits import UpdateShot
from shotgraph.core.model import Mode, Provenance, Take
from shotgraph.demo import demo_project_path
from shotgraph.exports import animatic_video
from shotgraph.ui import screen_layout, take_posters
from shotgraph.ui.language import install_language
from shotgraph.ui.screen_layout import FRAME, ScreenInfo
from shotgraph.ui.take_posters import CHOSEN_COLOUR
from shotgraph.ui.takes_compare import CompareTakesDialog, open_compare_takes
from shotgraph.ui.thumbnails import finish_reading

COLOURS = [(200, 40, 40), (40, 160, 40), (40, 40, 200)]


@pytest.fixture
def folder(tmp_path, window):
    """The demo copied to a folder of its own, open in the window."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_project_path().parent, folder)
    assert window.open_project(folder / demo_project_path().name)
    return folder


def give_takes(window, folder, takes: list[Take], chosen: str | None = None):
    """The first AI shot of the demo with ``takes`` (pictures under ``media/takes``), selected; no undo step."""
    shot = next(s for s in window.project.episodes[0].shots if s.mode is Mode.AI)
    ai = shot.ai.model_copy(update={"takes": takes, "chosen_take_id": chosen, "takes_tried": len(takes) + 2})
    assert window.bridge.push(UpdateShot(shot.id, {"ai": ai}))
    window.bridge.undo_stack.clear()
    window.bridge.select([shot.id])
    return window.bridge.document.shot(shot.id)


def picture_takes(folder, count: int = 3) -> list[Take]:
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    takes = []
    for n in range(count):
        Image.new("RGB", (90, 160), COLOURS[n % 3]).save(folder / "media" / "takes" / f"t{n}.png")
        provenance = Provenance(server="http://gpu:8188", prompt_id=f"job-{n}", workflow="文生图",
                                workflow_sha256="ab" * 32, model=f"flux-{n}", started="2026-12-04T10:00:00+00:00",
                                finished="2026-12-04T10:01:30+00:00", compute_seconds=42.5 + n, cost=0.35 * (n + 1))
        takes.append(Take(id=f"tk{n}", image=f"media/takes/t{n}.png", seed=1000 + n, provenance=provenance))
    return takes


def settle(qtbot) -> None:
    finish_reading()
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def compare(window, qtbot):
    def open_view() -> CompareTakesDialog:
        dialog = open_compare_takes(window.bridge, window)
        assert dialog is not None
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        settle(qtbot)
        return dialog
    return open_view


def texts(dialog: CompareTakesDialog) -> list[str]:
    return [dialog.tiles.item(row).text() for row in range(dialog.tiles.count())]


def centre_colour(dialog: CompareTakesDialog, row: int) -> QColor:
    image = dialog.tiles.item(row).icon().pixmap(dialog.posters.box).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_the_frame_comes_first_then_each_take_in_order_with_its_seed_model_compute_and_cost(
        window, folder, compare):
    shot = give_takes(window, folder, picture_takes(folder), chosen="tk1")
    dialog = compare()
    shown = texts(dialog)
    assert shown[0] == "Storyboard frame" and len(shown) == 4
    assert [line.splitlines()[0] for line in shown[1:]] == ["Take 1", "Take 2 ★ chosen", "Take 3"]
    assert shown[1].splitlines()[1:] == ["seed 1000", "flux-0", "42.5 s compute · ¥0.35"]
    assert dialog.take_ids() == [t.id for t in shot.ai.takes]
    assert f"{shot.code}: 3 takes kept · draws tried: 5" == dialog.heading.text()
    assert "Server: http://gpu:8188" in dialog.tiles.item(2).toolTip()
    red = centre_colour(dialog, 1)
    assert red.red() > 150 > red.blue()


def test_choosing_moves_the_chosen_mark_and_one_undo_brings_the_previous_choice_back(window, folder, compare):
    shot = give_takes(window, folder, picture_takes(folder), chosen="tk0")
    dialog = compare()
    dialog.tiles.setCurrentRow(3)
    dialog.choose_button.click()
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk2"
    assert "★ chosen" in texts(dialog)[3] and "★ chosen" not in texts(dialog)[1]
    assert dialog.tiles.currentRow() == 3
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk0"
    assert "★ chosen" in texts(dialog)[1] and "★ chosen" not in texts(dialog)[3]


def test_the_keyboard_moves_between_takes_chooses_and_closes(window, folder, compare, qtbot):
    shot = give_takes(window, folder, picture_takes(folder))
    dialog = compare()
    assert dialog.tiles.hasFocus() and dialog.tiles.current_take() == "tk0"
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Home)
    assert dialog.tiles.current_take() == "tk0"  # the storyboard frame is not a take to land on
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Right)
    assert dialog.tiles.current_take() == "tk2"
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Return)
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk2"
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Space)
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk1"
    assert dialog.isVisible()
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk2"
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_double_clicking_a_take_chooses_it_and_the_frame_cannot_be_chosen(window, folder, compare, qtbot):
    shot = give_takes(window, folder, picture_takes(folder))
    dialog = compare()
    for row in (0, 2):
        rect = dialog.tiles.visualItemRect(dialog.tiles.item(row))
        qtbot.mouseClick(dialog.tiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.tiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.bridge.document.shot(shot.id).ai.chosen_take_id == "tk1"
    assert window.bridge.undo_stack.count() == 1


def test_delete_removes_the_focused_take_and_undo_puts_it_back(window, folder, compare, qtbot):
    shot = give_takes(window, folder, picture_takes(folder), chosen="tk1")
    dialog = compare()
    dialog.tiles.setCurrentRow(2)
    qtbot.keyClick(dialog.tiles, Qt.Key.Key_Delete)
    after = window.bridge.document.shot(shot.id)
    assert [t.id for t in after.ai.takes] == ["tk0", "tk2"] and after.ai.chosen_take_id is None
    assert dialog.take_ids() == ["tk0", "tk2"] and dialog.tiles.current_take() == "tk2"
    assert after.ai.takes_tried == 5
    window.bridge.undo_stack.undo()
    assert dialog.take_ids() == ["tk0", "tk1", "tk2"] and "★ chosen" in texts(dialog)[2]


def test_a_video_take_shows_its_first_frame_with_a_video_mark(window, folder, compare):
    takes = picture_takes(folder, 1)
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    write_video(folder / "media" / "takes" / "v.mp4", (30, 200, 30), (200, 30, 30))
    takes.append(Take(id="tv", video="media/takes/v.mp4", seed=7))
    give_takes(window, folder, takes)
    dialog = compare()
    green = centre_colour(dialog, 2)
    assert green.green() > 150 > green.red()
    image = dialog.tiles.item(2).icon().pixmap(dialog.posters.box).toImage()
    assert image.pixelColor(14, 14) != image.pixelColor(image.width() // 2, 14)  # the mark in the corner


@pytest.mark.parametrize("kind", ["broken", "huge", "not a video", "outside the folder"])
def test_a_video_that_cannot_be_shown_is_a_card_saying_so(window, folder, compare, monkeypatch, kind):
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    path = folder / "media" / "takes" / "v.mp4"
    write_video(path, (30, 200, 30))
    if kind == "broken":
        path.write_bytes(path.read_bytes()[:200])
    elif kind == "huge":
        monkeypatch.setattr(animatic_video, "MAX_VIDEO_BYTES", 100)
    elif kind == "not a video":
        path.write_text("<svg/>", encoding="utf-8")
    else:
        path.rename(folder.parent / "elsewhere.mp4")
        path.symlink_to(folder.parent / "elsewhere.mp4")
    give_takes(window, folder, [Take(id="tv", video="media/takes/v.mp4")])
    dialog = compare()
    poster = dialog.posters.take(window.bridge.current_shot.ai.takes[0])
    assert poster.pixmap is None and not poster.loading and poster.video
    assert dialog.tiles.count() == 2 and dialog.tiles.item(1).text().startswith("Take 1")


def test_twenty_video_takes_open_at_once_and_fill_in(window, folder, compare, monkeypatch):
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    write_video(folder / "media" / "takes" / "v.mp4", (30, 200, 30))
    takes = [Take(id=f"tv{n}", video="media/takes/v.mp4" if n % 2 else f"media/takes/missing{n}.mp4")
             for n in range(20)]
    give_takes(window, folder, takes)

    read = take_posters.video_poster

    def slow_poster(*args):
        time.sleep(0.1)
        return read(*args)
    monkeypatch.setattr(take_posters, "video_poster", slow_poster)
    started = time.monotonic()
    dialog = open_compare_takes(window.bridge, window)
    assert time.monotonic() - started < 1.0  # 20 reads of 0.1 s each happen in the background
    dialog.close()
    dialog = compare()
    assert dialog.tiles.count() == 21
    assert centre_colour(dialog, 2).green() > 150


def test_the_view_follows_an_undo_in_the_window_and_closes_when_its_shot_is_deleted(window, folder, compare):
    shot = give_takes(window, folder, picture_takes(folder))
    dialog = compare()
    window.takes.takes.setCurrentRow(0)
    window.takes.choose_button.click()
    assert "★ chosen" in texts(dialog)[1]
    window.bridge.undo_stack.undo()
    assert "★ chosen" not in texts(dialog)[1]
    window.bridge.select([shot.id])
    window.commands.trigger("delete")
    assert not dialog.isVisible()


def test_ctrl_shift_t_opens_the_view_on_the_current_ai_shot_only(window, folder, qtbot):
    shot = give_takes(window, folder, picture_takes(folder))
    live = next(s for s in window.project.episodes[0].shots if s.mode is Mode.LIVE)
    window.bridge.select([live.id])
    assert not window.takes.compare_action.isEnabled()
    window.bridge.select([shot.id])
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(CompareTakesDialog)
    assert dialog is not None and dialog.shot_id == shot.id
    dialog.close()
    window.takes.compare_button.click()
    assert any(d.isVisible() for d in window.findChildren(CompareTakesDialog))


def test_the_panel_tells_each_takes_provenance_and_the_draws_tried(window, folder):
    shot = give_takes(window, folder, picture_takes(folder, 2))
    panel = window.takes
    assert panel.heading.text() == f"{shot.code}: 2 takes kept · draws tried: 4"
    tip = panel.takes.item(1).toolTip().splitlines()
    assert tip == ["Seed: 1001", "Model: flux-1", "Server: http://gpu:8188", f"Workflow: 文生图 ({'ab' * 6})",
                   "Job: job-1", "Started: 2026-12-04 10:00:00", "Finished: 2026-12-04 10:01:30",
                   "Compute: 43.5 s", "Cost: ¥0.70"]


def test_the_chosen_tile_is_framed(window, folder, compare):
    give_takes(window, folder, picture_takes(folder), chosen="tk0")
    dialog = compare()
    framed = dialog.tiles.item(1).icon().pixmap(dialog.posters.box).toImage()
    plain = dialog.tiles.item(2).icon().pixmap(dialog.posters.box).toImage()
    middle = framed.width() // 2
    assert framed.pixelColor(middle, 3) == CHOSEN_COLOUR and plain.pixelColor(middle, 3) != CHOSEN_COLOUR


def test_an_animated_gif_take_shows_its_first_frame(window, folder, compare):
    (folder / "media" / "takes").mkdir(parents=True, exist_ok=True)
    frames = [Image.new("RGB", (90, 160), colour) for colour in ((30, 200, 30), (200, 30, 30))]
    frames[0].save(folder / "media" / "takes" / "v.gif", save_all=True, append_images=frames[1:], duration=100)
    give_takes(window, folder, [Take(id="tv", video="media/takes/v.gif")])
    dialog = compare()
    assert centre_colour(dialog, 1).green() > 150 > centre_colour(dialog, 1).red()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_view_fits_a_laptop_screen(window, folder, compare, monkeypatch, language):
    laptop = ScreenInfo("1366x768", QRect(0, 0, 1366, 728))
    monkeypatch.setattr(screen_layout, "current_screen", lambda widget: laptop)
    install_language(language)
    try:
        give_takes(window, folder, picture_takes(folder, 3))
        dialog = compare()
        for size in (dialog.size(), dialog.minimumSizeHint()):
            assert size.width() + FRAME.width() <= 1366 and size.height() + FRAME.height() <= 728
        rows = {dialog.tiles.visualItemRect(dialog.tiles.item(row)).top() for row in range(dialog.tiles.count())}
        assert len(rows) == 1  # the frame and three takes side by side
    finally:
        install_language("en")
