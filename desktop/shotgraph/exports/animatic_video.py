"""A take video playing in the animatic: its pictures at the reel's frame rate, decoded in order.

The file is read into memory whole (at most ``MAX_VIDEO_BYTES``) and decoded from there by its
own container's demuxer, so it cannot make FFmpeg open any other file. Frames are asked for in
order, as a film plays; asking for an earlier one decodes again from the start. Past the
video's end its last picture holds. Every failure is an ``InputError`` naming the file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import av
from PIL import Image

from shotgraph.core.io.budgets import read_regular_file
from shotgraph.core.io.errors import InputError

if TYPE_CHECKING:
    from av.container import InputContainer
from shotgraph.core.io.images import MAX_PIXELS

MAX_VIDEO_BYTES = 200 * 2**20
"""The largest take video read: minutes of 1080p, far above a generated clip of a few seconds."""
MAX_PACKETS = 500
"""Packets read at most between two pictures; a file that holds more gives no further picture."""


class TakeVideo:
    """The pictures of the take video at ``path``, each fitted into ``box``, at ``rate`` frames a second."""

    moving = True

    def __init__(self, path: Path, box: tuple[int, int], rate: Fraction) -> None:
        self.path, self.box, self.rate = path, box, rate
        self._data = _video_bytes(path)
        self._format = _container(path, self._data)
        self._frames: Iterator[tuple[float, av.VideoFrame]] | None = None
        self._container: InputContainer | None = None
        self._shown: Image.Image | None = None
        self._next: tuple[float, av.VideoFrame] | None = None
        self._at = -1
        self._reopen()
        if self.picture(0) is None:
            raise InputError(path, "the video has no picture ShotGraph can decode")

    def picture(self, offset: int) -> Image.Image | None:
        """The picture on screen ``offset`` frames into the shot (the same object while it does not change)."""
        if offset < self._at:
            self._reopen()
        self._at = offset
        seconds = offset / self.rate
        try:
            latest = None
            while self._next is not None and (self._shown is None and latest is None or self._next[0] <= seconds):
                latest, self._next = self._next[1], self._decode_next()
            if latest is not None:  # only the picture that shows is scaled; those it passed over are not
                self._shown = self._fitted(latest)
        except (av.FFmpegError, OSError, ValueError) as error:
            raise _damaged(self.path, error) from None
        return self._shown

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None

    def _reopen(self) -> None:
        self.close()
        try:
            container = self._container = av.open(io.BytesIO(self._data), "r", format=self._format)
            if not container.streams.video:
                raise InputError(self.path, "the video has no picture track")
            stream = container.streams.video[0]
            if stream.width * stream.height > MAX_PIXELS:
                raise InputError(self.path, f"{stream.width} × {stream.height} pixels is too large; videos up to "
                                            f"{MAX_PIXELS // 1_000_000} megapixels a frame are accepted")
            self._frames = self._decoded(stream)
            self._shown, self._at = None, -1
            self._next = self._decode_next()
        except (av.FFmpegError, OSError, ValueError) as error:
            raise _damaged(self.path, error) from None

    def _decoded(self, stream):
        """``(seconds, frame)`` of the stream's frames in order, giving up after ``MAX_PACKETS`` packets
        without one; a frame without a time is taken to follow the one before at the stream's rate."""
        empty, seconds, step = 0, 0.0, 1 / float(stream.average_rate or self.rate)
        for packet in self._container.demux(stream):
            frames = packet.decode()
            empty = 0 if frames else empty + 1
            if empty > MAX_PACKETS:
                return
            for frame in frames:
                seconds = frame.time if frame.time is not None else seconds + step
                yield seconds, frame

    def _decode_next(self) -> tuple[float, av.VideoFrame] | None:
        return next(self._frames, None) if self._frames is not None else None

    def _fitted(self, frame: av.VideoFrame) -> Image.Image:
        scale = min(self.box[0] / frame.width, self.box[1] / frame.height)
        width, height = max(2, round(frame.width * scale)), max(2, round(frame.height * scale))
        return frame.to_image(width=width, height=height)


def _video_bytes(path: Path) -> bytes:
    try:
        return read_regular_file(path, "video", MAX_VIDEO_BYTES)
    except InputError as error:
        raise InputError(path, error.message) from None


def _container(path: Path, data: bytes) -> str:
    """The demuxer for the video's content: MP4/MOV (an ``ftyp`` box), WebM/Matroska (an EBML header) or
    an animated GIF (its signature)."""
    if data[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
        return "mov"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "matroska"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    raise InputError(path, "not a video ShotGraph reads; MP4, MOV, WebM, MKV and GIF videos are accepted, "
                           "recognised by their content")


def _damaged(path: Path, error: Exception) -> InputError:
    reason = (getattr(error, "strerror", None) or str(error)).lower()
    return InputError(path, f"the video is damaged and cannot be shown ({reason})")
