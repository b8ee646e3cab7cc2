"""Plays an episode's animatic in the editor without writing a file: the exported MP4's frames, drawn by
the same code, at the project's frame rate.

A QTimer ticks at the frame rate and the frame shown is worked out from the time elapsed since
play began, so a late tick skips a frame instead of slowing the film down. Each shot's picture
with its subtitles is composed once and kept (the most recent ``KEPT`` shots); a take video is
decoded as it plays.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from shotgraph.core.io.errors import InputError
from shotgraph.exports.animatic_frames import FrameComposer
from shotgraph.exports.animatic_media import Still
from shotgraph.exports.animatic_reel import Overlays, Reel

if TYPE_CHECKING:
    from shotgraph.exports.animatic_video import TakeVideo

KEPT = 24
"""Shots kept composed for replay; the least recently shown goes first."""


def to_qimage(image: Image.Image) -> QImage:
    """A Pillow RGB image as a QImage that owns its pixels."""
    rgb = image.convert("RGB")
    return QImage(rgb.tobytes("raw", "RGB"), rgb.width, rgb.height, 3 * rgb.width,
                  QImage.Format.Format_RGB888).copy()


class AnimaticPlayer(QObject):
    """Where playback is in a reel, and the picture of that frame."""

    frame_changed = Signal(int)
    """The frame now shown; ``image`` holds its picture."""
    playing_changed = Signal(bool)
    problem = Signal(str)
    """A shot's picture could not be used (the message names the file); its card shows instead."""

    def __init__(self, reel: Reel, composer: FrameComposer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reel, self.composer = reel, composer
        self.frame = 0
        self.image = QImage()
        self._footage: OrderedDict[int, Still | TakeVideo] = OrderedDict()
        self._stills: OrderedDict[int, Image.Image] = OrderedDict()
        self._shown: tuple[int, Overlays] | None = None
        self._shown_picture: Image.Image | None = None
        self._clock = QElapsedTimer()
        self._start_frame = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, round(1000 / float(reel.rate))))
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def clip(self) -> int:
        """The index of the shot on screen."""
        return self.reel.clip_index(self.frame)

    def play(self) -> None:
        if self.frame >= self.reel.frames - 1:
            self.seek(0)
        self._start_frame = self.frame
        self._clock.start()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        self._timer.stop()
        self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def seek(self, frame: int) -> None:
        """Show ``frame`` (kept within the reel); playing goes on from there."""
        self.frame = min(max(frame, 0), max(self.reel.frames - 1, 0))
        self._start_frame = self.frame
        self._clock.restart()
        self._show()

    def step_shot(self, step: int) -> None:
        """Go to the first frame of the shot ``step`` shots later (earlier when negative)."""
        index = min(max(self.clip + step, 0), len(self.reel.clips) - 1)
        self.seek(self.reel.clips[index].first)

    def _on_timer_timeout(self) -> None:
        frame = self._start_frame + int(self._clock.elapsed() * self.reel.rate / 1000)
        if frame >= self.reel.frames:
            self.frame = self.reel.frames - 1
            self._show()
            self.pause()
            return
        self.frame = frame
        self._show()

    def _show(self) -> None:
        index, overlays = self.clip, self.reel.overlays_at(self.frame)
        picture = self._picture(index, self.frame - self.reel.clips[index].first)
        if self._shown is None or self._shown != (index, overlays) or picture is not self._shown_picture:
            self.image = to_qimage(self.composer.dressed(self._framed(index, picture), overlays))
            self._shown, self._shown_picture = (index, overlays), picture
        self.frame_changed.emit(self.frame)

    def _picture(self, index: int, offset: int) -> Image.Image | None:
        """The shot's picture ``offset`` frames in; its card (None) when the picture cannot be used."""
        try:
            return self._footage_of(index).picture(offset)
        except InputError as error:
            self.problem.emit(str(error))
            self._footage[index] = Still(None)
            return None

    def _footage_of(self, index: int) -> Still | TakeVideo:
        """The shot's footage, read once and kept; a take video is let go once another shot shows."""
        for other in [i for i, footage in self._footage.items() if footage.moving and i != index]:
            self._footage.pop(other).close()
        if index in self._footage:
            self._footage.move_to_end(index)
        else:
            try:
                self._footage[index] = self.composer.footage(self.reel.clips[index].shot)
            except InputError as error:
                self.problem.emit(str(error))
                self._footage[index] = Still(None)
            if len(self._footage) > KEPT:
                self._footage.popitem(last=False)[1].close()
        return self._footage[index]

    def _framed(self, index: int, picture: Image.Image | None) -> Image.Image:
        """The shot's picture with its subtitles; a still's is drawn once and kept."""
        footage = self._footage[index]
        if footage.moving:
            return self.composer.framed(self.reel.clips[index].shot, picture)
        if index not in self._stills:
            self._stills[index] = self.composer.framed(self.reel.clips[index].shot, picture)
            if len(self._stills) > KEPT:
                self._stills.popitem(last=False)
        self._stills.move_to_end(index)
        return self._stills[index]

    def close(self) -> None:
        """Stop playing and let go of every video read."""
        self.pause()
        for footage in self._footage.values():
            footage.close()
        self._footage.clear()
