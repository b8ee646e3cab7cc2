"""View ▸ Play Episode plays the animatic from the selected shot (Space, ←/→, Esc), and File ▸ Export ▸
Animatic… writes one MP4 per episode into the folder the user picks."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from exports.animatic_reading import frames, small_project, write_video
from shotgraph.core.graph import picture_order
from shotgraph.core.model import AIGeneration, Take
from shotgraph.exports.animatic import write_animatic
from shotgraph.ui.animatic_preview import AnimaticPreview
from shotgraph.ui.files import animatic_export, prompts


@pytest.fixture
def preview(window, qtbot) -> AnimaticPreview:
    """The preview opened with View ▸ Play Episode on the demo's first episode, its third shot selected."""
    episode = window.project.episodes[0]
    window.bridge.select([picture_order(episode)[2].id])
    window.play_episode_action.trigger()
    opened = window.findChild(AnimaticPreview, "animatic_preview")
    qtbot.waitExposed(opened)
    return opened


def as_pillow(image: QImage) -> Image.Image:
    """A QImage as a Pillow RGB image, through PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGB")


def bright_top_left(preview: AnimaticPreview) -> bool:
    """Whether near-white ink shows in the frame's top left, where the AI label is drawn."""
    image = preview.player.image
    return any(image.pixelColor(x, y).lightness() > 230 for x in range(0, image.width() // 2, 2)
               for y in range(0, image.height() // 8, 2))


def test_play_episode_starts_at_the_selected_shot_in_a_9_16_frame(window, preview):
    third = picture_order(window.project.episodes[0])[2]
    assert preview.timecode.text().startswith(f"{third.code} (3/")
    image = preview.player.image
    assert image.width() * 16 == image.height() * 9
    assert window.play_episode_action.shortcut().toString() == "F5"


def test_space_plays_at_the_frame_rate_and_pauses(preview, qtbot):
    player, start = preview.player, preview.player.frame
    shown: list[tuple[float, int]] = []  # when each frame was shown while playing, and how far in it is
    player.frame_changed.connect(lambda frame: shown.append((time.monotonic(), frame - start)))
    before = time.monotonic()
    qtbot.keyClick(preview, Qt.Key.Key_Space)
    after = time.monotonic()
    assert preview.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: player.frame - start >= 15)
    qtbot.keyClick(preview, Qt.Key.Key_Space)
    assert preview.play_button.text() == "Play"
    # 25 fps however late the ticks come: each frame is the one the clock Space started had reached when
    # it was read, after the frame before was shown and before this one was
    previous = after
    for when, played in shown:
        assert int((previous - after) * 25) - 1 <= played <= (when - before) * 25 + 1
        previous = when
    # paused: the timer that moves the frame is stopped, so nothing moves it
    paused_at = player.frame
    assert not player.playing
    QApplication.processEvents()
    assert player.frame == paused_at


def test_arrows_go_from_shot_to_shot_and_escape_closes(window, preview, qtbot):
    shots = picture_order(window.project.episodes[0])
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert preview.timecode.text().startswith(f"{shots[3].code} (4/")
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    qtbot.keyClick(preview, Qt.Key.Key_Left)
    assert preview.timecode.text().startswith(f"{shots[1].code} (2/")
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(AnimaticPreview, "animatic_preview") is None)


def test_the_preview_shows_the_frames_of_the_mp4_with_the_ai_label_on_the_opening_ones(window, qtbot, tmp_path):
    project = small_project((1.0, 1.5, 2.0), label_s=2.5)
    [mp4] = write_animatic(project, tmp_path / "out")
    window.show_project(project, tmp_path / "p.shotgraph")
    window.play_episode_action.trigger()
    preview = window.findChild(AnimaticPreview, "animatic_preview")
    for frame in (0, 12, 24, 25, 40):
        preview.player.seek(frame)
        assert bright_top_left(preview) is (frame < 25)
        shown = as_pillow(preview.player.image)
        assert max(ImageStat.Stat(ImageChops.difference(shown, frames(mp4)[frame])).mean) < 4


def test_a_take_video_plays_in_the_preview_and_plays_again_after_going_back(window, qtbot, tmp_path):
    write_video(tmp_path / "take.mp4", (220, 30, 30), (30, 30, 220), count=5)
    project = small_project((3.0, 2.0), label_s=0)
    shots = project.episodes[0].shots
    shots[1] = shots[1].model_copy(update={"ai": AIGeneration(takes=[Take(id="t", video="take.mp4")],
                                                              chosen_take_id="t")})
    window.show_project(project, tmp_path / "p.shotgraph")
    window.play_episode_action.trigger()
    preview = window.findChild(AnimaticPreview, "animatic_preview")

    def middle(frame: int) -> tuple[int, int, int]:
        preview.player.seek(frame)
        colour = preview.player.image.pixelColor(preview.player.image.width() // 2, preview.player.image.height() // 3)
        return colour.red(), colour.green(), colour.blue()

    assert [colour[0] > 180 for colour in map(middle, (30, 34, 35, 49, 32))] == [True, True, False, False, True]
    assert middle(49)[2] > 180


def test_a_broken_frame_shows_the_card_and_names_the_file(window, qtbot, tmp_path):
    (tmp_path / "坏.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    window.show_project(small_project(frame="坏.png"), tmp_path / "p.shotgraph")
    window.play_episode_action.trigger()
    preview = window.findChild(AnimaticPreview, "animatic_preview")
    assert "坏.png" in preview.problem.text()
    assert not preview.player.image.isNull()


def test_export_animatic_writes_each_episode_into_the_chosen_folder(window, qtbot, tmp_path, monkeypatch):
    window.show_project(small_project((0.5, 0.5)), tmp_path / "p.shotgraph")
    said: list[list] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "片"))
    monkeypatch.setattr(animatic_export, "say_written", lambda parent, files: said.append(files))
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: pytest.fail(text))
    exports = window.files.exports
    exports.menu.aboutToShow.emit()
    assert exports.action("animatic").text() == "Animatic (MP4)…"
    exports.action("animatic").trigger()
    qtbot.waitUntil(lambda: exports.job is None, timeout=30000)
    assert said == [[tmp_path / "片" / "animatic-E01.mp4"]] and said[0][0].stat().st_size > 0

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    exports.action("animatic").trigger()
    assert exports.job is None and len(said) == 1
