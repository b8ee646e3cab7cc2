"""Small projects for the animatic tests, and its MP4 files read back frame by frame."""

from __future__ import annotations

import struct
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image

from shotgraph.core.model import (
    AIGCMetadata,
    DeliveryFormat,
    Disclosure,
    Episode,
    LabelPosition,
    Mode,
    Project,
    Scene,
    Shot,
)

SIZE = (270, 480)
FPS = 10


def small_project(durations=(1.0, 1.5, 0.7), *, position=LabelPosition.START, label_s=2.5, mode=Mode.AI,
                  **shot_fields) -> Project:
    """One episode of card shots (no pictures) at 270×480 and 10 fps, with a Chinese AI label."""
    shots = [Shot(id=f"s{n}", code=f"1-0{n}", scene_id="sc1", mode=mode, duration_s=seconds,
                  dialogue="林晚：小川，接电话啊……" if n == 1 else "", **shot_fields)
             for n, seconds in enumerate(durations, start=1)]
    disclosure = Disclosure(label_text="本片含AI生成内容", position=position, duration_s=label_s, text_height_px=14,
                            metadata=AIGCMetadata(ContentProducer="001191110102MAD55U9H0F10002", ProduceID="EP1",
                                                  ContentPropagator="001191110102MAD55U9H0F10002",
                                                  PropagateID="EP1"))
    episode = Episode(id="e1", number=1, title="失踪的渡船", disclosure=disclosure,
                      scenes=[Scene(id="sc1", code="1")], shots=shots)
    return Project(id="p1", title="霓虹之下", delivery=DeliveryFormat(width=SIZE[0], height=SIZE[1], fps=FPS),
                   episodes=[episode])


def frames(path: Path) -> list[Image.Image]:
    """Every frame of the MP4's picture track, in order."""
    with av.open(str(path)) as container:
        return [frame.to_image() for frame in container.decode(video=0)]


def video_facts(path: Path) -> tuple[float, tuple[int, int], Fraction, dict[str, str]]:
    """Duration in seconds, frame size, frame rate and the container's metadata."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return container.duration / 1_000_000, (stream.width, stream.height), stream.average_rate, \
            dict(container.metadata)


def udta_meta(path: Path) -> bytes:
    """The bytes of the MP4's ``moov/udta/meta`` box, where players and platforms look for metadata."""
    data = path.read_bytes()

    def find(start: int, end: int, names: list[str]) -> bytes:
        at = start
        while at + 8 <= end:
            size, kind = struct.unpack(">I4s", data[at:at + 8])
            if size < 8:
                break
            if kind.decode("latin-1") == names[0]:
                return data[at:at + size] if len(names) == 1 else find(at + 8, at + size, names[1:])
            at += size
        return b""

    return find(0, len(data), ["moov", "udta", "meta"])


def bright_box(image: Image.Image, box: tuple[int, int, int, int], level: int = 200):
    """The bounding box of the near-white pixels inside ``box`` of ``image``, or None."""
    mask = image.crop(box).convert("L").point(lambda value: 255 if value > level else 0)
    return mask.getbbox()


def label_ink(image: Image.Image):
    """The near-white ink in the frame's top left, where the AI label is drawn; None when there is none."""
    return bright_box(image, (0, 0, image.width, round(image.height * 0.15)))


def write_video(path: Path, *colours: tuple[int, int, int], size=(90, 160), count: int = 3) -> None:
    """A short H.264 MP4 at 10 fps, as an AI tool would deliver a take: ``count`` frames for each colour."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        for step, colour in enumerate(colours):
            frame = av.VideoFrame.from_image(Image.new("RGB", size, colour)).reformat(format="yuv420p")
            for number in range(step * count, (step + 1) * count):
                frame.pts = number
                container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
