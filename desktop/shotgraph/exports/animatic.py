"""The animatic: one 9:16 H.264 MP4 per episode, the shots in picture order for their planned durations.

Each file is written to the chosen folder as ``animatic-E01.mp4`` …, at the project's delivery
size and frame rate, with the visible AI label drawn into the opening frames and the implicit
label stored in the MP4 metadata under ``AIGC``. A still is converted to a video frame once and
that frame is encoded for every frame of its run, so an episode of pictures renders many times
faster than it plays; a take video is converted frame by frame. Each file is written whole or
not at all; a failed or cancelled export removes the files it wrote, and the folder if it made it.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from shotgraph.core.aigc import AIGC_KEY, implicit_label, implicit_label_text
from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Episode, Project

from . import Exporter, Progress, register
from .animatic_frames import FrameComposer, even_size
from .animatic_media import Still
from .animatic_reel import Clip, Reel, frame_rate

if TYPE_CHECKING:
    from .animatic_video import TakeVideo

STEM = "animatic"
ENCODER_OPTIONS = {"preset": "ultrafast", "crf": "20"}
"""Fastest x264 preset: a still repeated costs little, and the picture stays clean at CRF 20."""


def episode_path(folder: Path, episode: Episode) -> Path:
    """``animatic-E01.mp4`` for episode 1, in ``folder``."""
    return folder / f"{STEM}-E{episode.number:02d}.mp4"


def animatic_paths(project: Project, folder: str | Path, episode: int | None = None) -> list[Path]:
    """The files an animatic export to ``folder`` writes, one per chosen episode that has shots to play."""
    return [episode_path(Path(folder), reel.episode) for reel in reels(project, episode)]


def reels(project: Project, episode: int | None = None) -> list[Reel]:
    """The reel of every episode (or only episode number ``episode``) that has shots to play."""
    chosen = [e for e in project.episodes if episode is None or e.number == episode]
    if episode is not None and not chosen:
        raise InputError(None, f"there is no episode {episode}")
    playing = [reel for reel in (Reel.of(e, frame_rate(project)) for e in chosen) if reel.frames]
    if not playing:
        raise InputError(None, "there are no shots to play: an animatic needs shots whose duration is above 0 s")
    return playing


def write_animatic(project: Project, path: str | Path, *, progress: Progress | None = None,
                   base: str | Path | None = None, episode: int | None = None, subtitles: bool = True) -> list[Path]:
    """Write one MP4 per episode (or only episode number ``episode``) into the folder ``path``; the files written."""
    folder = Path(path)
    chosen = reels(project, episode)
    total = sum(reel.frames for reel in chosen)
    written: list[Path] = []
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        done = 0
        if progress is not None:
            progress(0, total)
        for reel in chosen:
            target = episode_path(folder, reel.episode)
            composer = FrameComposer(project, reel.episode, even_size(project), base=base, subtitles=subtitles)
            data = io.BytesIO()
            for frames in encode(project, reel, composer, data):
                done += frames
                if progress is not None:
                    progress(done, total)
            atomic_write(target, data.getvalue())
            written.append(target)
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return written


def encode(project: Project, reel: Reel, composer: FrameComposer, output: io.BytesIO) -> Iterator[int]:
    """Encode ``reel`` as MP4 into ``output``, yielding how many frames each run added."""
    import av  # loaded only to encode: other exports start without FFmpeg

    with av.open(output, "w", format="mp4", options={"movflags": "use_metadata_tags"}) as container:
        label = implicit_label(project, reel.episode)
        if label is not None:
            container.metadata[AIGC_KEY] = implicit_label_text(label)
        stream = container.add_stream("libx264", rate=reel.rate, options=dict(ENCODER_OPTIONS))
        stream.width, stream.height = composer.size
        stream.pix_fmt = "yuv420p"
        for clip in reel.clips:
            footage = composer.footage(clip.shot)
            try:
                yield from _encode_clip(container, stream, reel, clip, composer, footage)
            finally:
                footage.close()
        container.mux(stream.encode(None))


def _encode_clip(container, stream, reel: Reel, clip: Clip, composer: FrameComposer,
                 footage: Still | TakeVideo) -> Iterator[int]:
    """Encode one shot's frames; a picture is drawn and converted only when it or its overlays change."""
    import av

    shown, frame = None, None
    for first, end, overlays in reel.runs(clip):
        for number in range(first, end):
            picture = footage.picture(number - clip.first)
            if frame is None or shown is None or picture is not shown[0] or overlays != shown[1]:
                image = composer.dressed(composer.framed(clip.shot, picture), overlays)
                frame = av.VideoFrame.from_image(image).reformat(format="yuv420p")
                shown = (picture, overlays)
            frame.pts = number
            container.mux(stream.encode(frame))
        yield end - first


register(Exporter("animatic", (), "one 9:16 MP4 per episode, the shots for their planned durations, "
                  "with the AI label (a folder)", write_animatic, STEM))
"""No suffixes: the animatic is written into a folder, one file per episode, and ``shotgraph demo``,
which writes each export under its own name, leaves this long render out."""
