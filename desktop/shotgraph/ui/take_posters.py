"""The pictures of a shot's takes and storyboard frame, read in the background and drawn as tiles.

A take shows its image; a video take without one shows its video's first frame, read as the animatic
reads a take video (``exports.animatic_video``: inside the project folder, at most 200 MB, an MP4, MOV,
WebM, MKV or GIF told by its content and decoded by that container's demuxer only). Pictures are read as
every frame is (``ui.thumbnails``). Both are read by worker threads and kept in a bounded cache, so a view
of twenty takes opens at once and fills in; a file that cannot be read shows a card saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.images import media_file
from shotgraph.core.model import Take

from .thumbnails import ThumbnailLoader

CHOSEN_COLOUR = QColor("#e8a317")
CARD_COLOUR = QColor("#d9dbe0")


def video_poster(path: Path, box: QSize, folder: Path | None = None) -> QImage:
    """The first frame of the video at ``path`` inside ``box``; a null image when it cannot be shown."""
    from shotgraph.exports.animatic_video import TakeVideo  # FFmpeg loads only when a take video is shown

    try:
        video = TakeVideo(media_file(folder or path.parent, path), (box.width(), box.height()), Fraction(24))
    except InputError:
        return QImage()
    try:
        picture = video.picture(0)
    except InputError:
        return QImage()
    finally:
        video.close()
    if picture is None:
        return QImage()
    rgba = picture.convert("RGBA")
    return QImage(rgba.tobytes(), rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


@dataclass(frozen=True)
class Poster:
    """What a tile shows: a picture, or why there is none."""

    pixmap: QPixmap | None
    loading: bool = False
    video: bool = False
    """The take is a video (its poster is its image or its first frame)."""
    source: str | None = None
    """The media path read, None when the take or shot names none."""


class TakePosters(QObject):
    """Tiles' pictures inside ``box``: the storyboard frame, each take's image or video's first frame."""

    ready = Signal()
    """A picture asked for has been read (or found unreadable): repaint."""

    def __init__(self, box: QSize, ratio: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box, self.ratio = QSize(box), ratio
        self._pictures = ThumbnailLoader(box, ratio, self)
        self._videos = ThumbnailLoader(box, ratio, self, decoder=video_poster)
        for loader in (self._pictures, self._videos):
            loader.ready.connect(lambda *_: self.ready.emit())

    def set_folder(self, folder: Path | None) -> None:
        """The project folder media paths are relative to; another folder forgets what was read."""
        if folder != self._pictures.folder:
            for loader in (self._pictures, self._videos):
                loader.clear()
                loader.folder = folder

    def frame(self, relative: str | None) -> Poster:
        return self._get(self._pictures, relative, video=False)

    def take(self, take: Take) -> Poster:
        if take.image or not take.video:
            return self._get(self._pictures, take.image, video=bool(take.video))
        return self._get(self._videos, take.video, video=True)

    def _get(self, loader: ThumbnailLoader, relative: str | None, video: bool) -> Poster:
        folder = loader.folder
        if not relative or folder is None:
            return Poster(None, video=video, source=relative)
        path = folder / relative
        pixmap = loader.get(path, self)
        return Poster(pixmap, loader.loading(path), video, relative)


def _say(text: str) -> str:
    return QCoreApplication.translate("", text)


def poster_note(poster: Poster) -> str:
    """What a tile without a picture says."""
    if poster.loading:
        return _say("Loading…")
    if poster.source is None:
        return _say("No picture")
    return _say("This video cannot be shown") if poster.video else _say("This picture cannot be shown")


def tile_pixmap(poster: Poster, box: QSize, ratio: float, chosen: bool) -> QPixmap:
    """The tile's picture: the poster centred on a card (or the card saying why there is none), framed
    when the take is chosen, with a video mark on a video take."""
    tile = QPixmap(box * ratio)
    tile.setDevicePixelRatio(ratio)
    tile.fill(CARD_COLOUR)
    painter = QPainter(tile)
    area = QRect(0, 0, box.width(), box.height())
    if poster.pixmap is not None:
        size = poster.pixmap.deviceIndependentSize().toSize()
        painter.drawPixmap(QRect(area.center().x() - size.width() // 2 + 1, area.center().y() - size.height() // 2 + 1,
                                 size.width(), size.height()), poster.pixmap)
    else:
        painter.setPen(QColor("#4a4d55"))
        painter.drawText(area.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         poster_note(poster))
    if poster.video:
        _mark(painter, _say("▶ video"), QColor(20, 20, 24, 210), area)
    if chosen:
        painter.setPen(QPen(CHOSEN_COLOUR, 6))
        painter.drawRect(area.adjusted(3, 3, -3, -3))
        _mark(painter, _say("★ chosen"), CHOSEN_COLOUR, area, bottom=True)
    painter.end()
    return tile


def _mark(painter: QPainter, text: str, colour: QColor, area: QRect, bottom: bool = False) -> None:
    """A small label in a corner of the tile: the video mark (top) or the chosen mark (bottom)."""
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width, height = metrics.horizontalAdvance(text) + 12, metrics.height() + 6
    top = area.bottom() - height - 8 if bottom else area.top() + 8
    label = QRect(area.left() + 8, top, width, height)
    painter.fillRect(label, colour)
    painter.setPen(QColor("black") if bottom else QColor("white"))
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
