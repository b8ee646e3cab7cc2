"""View ▸ Play Episode: a 9:16 window that plays the current episode's animatic from the selected shot.

Space plays and pauses, ← and → go to the previous and next shot, Esc closes. The frames are
the exported animatic's, drawn smaller to fit the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from shotgraph.core.model import Episode, Project
from shotgraph.exports.animatic_frames import FrameComposer, even_size
from shotgraph.exports.animatic_reel import Reel, frame_rate

from .animatic_player import AnimaticPlayer
from .bridge import DocumentBridge

if TYPE_CHECKING:
    from .main_window import MainWindow

PREVIEW_HEIGHT = 960
"""Frames are composed at most this tall: sharp in the window, quick to draw."""
PLAY_KEYS = QKeySequence("F5")


class FrameView(QWidget):
    """The current frame, as large as fits, its proportions kept, on black."""

    def __init__(self, player: AnimaticPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.setObjectName("animatic_frame")
        self.setMinimumSize(180, 320)
        player.frame_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(405, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        image = self.player.image
        if not image.isNull():
            scale = min(self.width() / image.width(), self.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        painter.end()


class AnimaticPreview(QDialog):
    """Plays one episode's reel; the project is read once, when the window opens."""

    def __init__(self, project: Project, episode: Episode, bridge: DocumentBridge, start_shot_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("animatic_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Play Episode {number}").format(number=episode.number))
        reel = Reel.of(episode.model_copy(deep=True), frame_rate(project))
        self.player = AnimaticPlayer(reel, FrameComposer(project, reel.episode, preview_size(project),
                                                         base=bridge.folder), self)
        self.view = FrameView(self.player, self)
        self.timecode = QLabel(self)
        self.timecode.setObjectName("animatic_timecode")
        self.problem = QLabel(self)
        self.problem.setObjectName("animatic_problem")
        self.problem.setWordWrap(True)
        self.play_button = self._button("animatic_play", self.tr("Play"), self.player.toggle)
        self._layout()
        self.player.frame_changed.connect(self._on_player_frame_changed)
        self.player.playing_changed.connect(self._on_player_playing_changed)
        self.player.problem.connect(self.problem.setText)
        self.player.seek(next((c.first for c in reel.clips if c.shot.id == start_shot_id), 0))

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows always reach the player
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self._button("animatic_previous", self.tr("◀ Shot"), lambda: self.player.step_shot(-1)))
        controls.addWidget(self.play_button)
        controls.addWidget(self._button("animatic_next", self.tr("Shot ▶"), lambda: self.player.step_shot(1)))
        controls.addStretch(1)
        controls.addWidget(self.timecode)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        layout.addWidget(self.problem)

    def _on_player_frame_changed(self, frame: int) -> None:
        reel = self.player.reel
        clip = self.player.clip
        self.timecode.setText(self.tr("{shot} ({place}/{count})   {time} / {total}").format(
            shot=reel.clips[clip].shot.code, place=clip + 1, count=len(reel.clips),
            time=reel.timecode(frame), total=reel.timecode(reel.frames)))

    def _on_player_playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.player.toggle()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.player.step_shot(-1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)  # Esc closes

    def done(self, result: int) -> None:
        self.player.close()
        super().done(result)


def preview_size(project: Project) -> tuple[int, int]:
    """The delivery size scaled down to at most ``PREVIEW_HEIGHT`` tall, even numbers as in the MP4."""
    width, height = even_size(project)
    scale = min(1.0, PREVIEW_HEIGHT / height)
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def play_episode(window: QMainWindow, bridge: DocumentBridge) -> AnimaticPreview | None:
    """Open the preview on the current episode from the selected shot; None (and a status message) when
    the episode has nothing to play."""
    project, episode = bridge.project, bridge.episode
    if project is None or episode is None or not Reel.of(episode, frame_rate(project)).frames:
        window.statusBar().showMessage(QCoreApplication.translate(
            "AnimaticPreview", "This episode has no shots to play: give its shots a duration above 0 s."), 8000)
        return None
    shot = bridge.current_shot
    preview = AnimaticPreview(project, episode, bridge, shot.id if shot is not None else None, window)
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview


def install_play_episode_action(window: MainWindow, bridge: DocumentBridge) -> QAction:
    """Add View ▸ Play Episode to a main window."""
    action = QAction(QCoreApplication.translate("AnimaticPreview", "Play Episode"), window)
    action.setObjectName("play_episode_action")
    action.setShortcut(PLAY_KEYS)
    action.setStatusTip(QCoreApplication.translate(
        "AnimaticPreview", "Play the episode's animatic from the selected shot, with its AI label and subtitles"))
    action.triggered.connect(lambda _checked=False: play_episode(window, bridge))
    window.view_menu.addAction(action)
    return action
