"""The picture a shot shows in the animatic: its chosen take (image, else a still of its video), else
its storyboard frame, read as safely as every other picture a collaborator sends.

Paths are relative to the project folder and must stay inside it. Images are read as
``core.io.images`` allows (PNG, JPEG, WebP, bounded size). A take video must be an MP4/MOV or
WebM/MKV file of at most ``MAX_VIDEO_BYTES`` and ``MAX_PIXELS`` a frame; it is read into memory
and decoded from there by its own container's demuxer only, so it cannot make FFmpeg open any
other file. A file that is not there is passed over for the next picture; one that is there
and cannot be used is an ``InputError`` naming it.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from shotgraph.core.io.budgets import read_regular_file
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.images import MAX_PIXELS, MISSING, ImageRefused, media_file, read_image
from shotgraph.core.model import Shot

MAX_VIDEO_BYTES = 200 * 2**20
"""The largest take video read: minutes of 1080p, far above a generated clip of a few seconds."""
MAX_PACKETS = 500
"""Packets read at most while looking for a take video's first picture."""


def shot_picture(shot: Shot, base: Path | None, box: tuple[int, int]) -> Image.Image | None:
    """The shot's picture in RGB, scaled to fit ``box`` (width, height); None when it has none."""
    if base is None:
        return None
    for relative, is_video in _sources(shot):
        try:
            path = media_file(base, relative)
            return _video_still(path, box) if is_video else _image(path, box)
        except ImageRefused as refused:
            if refused.reason != MISSING:
                raise
    return None


def _sources(shot: Shot) -> list[tuple[str, bool]]:
    """The shot's media paths, best first, each with whether it is a video."""
    take = next((t for t in shot.ai.takes if t.id == shot.ai.chosen_take_id), None)
    found = [] if take is None else [(take.image, False), (take.video, True)]
    return [(path, is_video) for path, is_video in [*found, (shot.frame, False)] if path]


def _image(path: Path, box: tuple[int, int]) -> Image.Image:
    picture = read_image(path)
    try:
        with picture.open() as image:
            image.draft("RGB", box)
            return _fitted(_on_black(image), box)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError) as error:
        raise InputError(path, f"the {picture.format} image is damaged and cannot be shown ({error})") from None


def _video_still(path: Path, box: tuple[int, int]) -> Image.Image:
    """The first picture of a take video."""
    import av

    data = _video_bytes(path)
    try:
        with av.open(io.BytesIO(data), format=_container(path, data)) as container:
            if not container.streams.video:
                raise InputError(path, "the video has no picture track")
            stream = container.streams.video[0]
            if stream.width * stream.height > MAX_PIXELS:
                raise InputError(path, f"{stream.width} × {stream.height} pixels is too large; videos up to "
                                       f"{MAX_PIXELS // 1_000_000} megapixels a frame are accepted")
            for number, packet in enumerate(container.demux(stream)):
                for frame in packet.decode():
                    return _fitted(frame.to_image(), box)
                if number >= MAX_PACKETS:
                    break
    except (av.FFmpegError, OSError, ValueError) as error:
        reason = (getattr(error, "strerror", None) or str(error)).lower()
        raise InputError(path, f"the video is damaged and cannot be shown ({reason})") from None
    raise InputError(path, "the video has no picture ShotGraph can decode")


def _video_bytes(path: Path) -> bytes:
    try:
        return read_regular_file(path, "video", MAX_VIDEO_BYTES)
    except InputError as error:
        raise InputError(path, error.message) from None


def _container(path: Path, data: bytes) -> str:
    """The demuxer for the video's content: MP4/MOV (an ``ftyp`` box) or WebM/Matroska (an EBML header)."""
    if data[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
        return "mov"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "matroska"
    raise InputError(path, "not a video ShotGraph reads; MP4, MOV, WebM and MKV videos are accepted, "
                           "recognised by their content")


def _on_black(image: Image.Image) -> Image.Image:
    """The picture in RGB, its transparent parts black as on a screen."""
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    screen = Image.new("RGB", rgba.size, "black")
    screen.paste(rgba, mask=rgba.getchannel("A"))
    return screen


def _fitted(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """``image`` scaled, up or down, to the largest size that fits ``box`` with its proportions kept."""
    scale = min(box[0] / image.width, box[1] / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.convert("RGB").resize(size, Image.Resampling.BILINEAR) if size != image.size else image.convert("RGB")
