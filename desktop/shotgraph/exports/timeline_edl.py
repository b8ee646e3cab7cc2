"""CMX 3600 edit decision lists: one file per episode, in plain ASCII, written by OpenTimelineIO's adapter.

An EDL holds one picture track and at most 999 events, and many editing tools read only ASCII
in it. So each episode gets its own file (``cut.edl`` becomes ``cut-E01.edl``, ``cut-E02.edl`` …
when several episodes are exported; an episode of more than 999 shots is split into
``cut-E01-part1.edl``, ``-part2`` … whose record times follow on). Each file has a ``TITLE:`` of
ASCII words (the project and episode titles when they are ASCII, always the episode number),
an ``FCM:`` line, the episode's implicit AI label as a ``* AIGC:`` comment of the first event,
and under each AI or hybrid event a comment naming it, its model and seed. A clip is named ``E01_<shot code>``, or
``E01_SHOT007`` (its place in the cut) when the code is not ASCII; any other character outside
ASCII becomes ``?``.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import opentimelineio as otio

from shotgraph.core.aigc import AIGC_KEY
from shotgraph.core.graph import picture_order
from shotgraph.core.io.atomic import atomic_write_all
from shotgraph.core.model import Episode, Project

from . import Progress
from .characters import printable
from .timeline_otio import adapter_text, chosen_episodes, episode_timeline

MAX_EVENTS = 999
"""Events a CMX 3600 list numbers (three digits)."""
MAX_TITLE = 70
"""Characters of the ``TITLE:`` line editing tools read."""

_ASCII_NAME = re.compile(r"^[\x20-\x7e]+$")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def write_edl(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
              progress: Progress | None = None) -> list[Path]:
    """One EDL per chosen episode (or per 999 events of it); the files written, in episode order."""
    path = Path(path)
    episodes = chosen_episodes(project, episode)
    files: dict[Path, bytes] = {}
    for done, chosen in enumerate(episodes):
        if progress is not None:
            progress(done, len(episodes))
        parts = _episode_parts(project, chosen, base)
        for target, part in zip(_targets(path, chosen, len(episodes) > 1, len(parts)), parts, strict=True):
            files[target] = _edl_text(part, target)
    atomic_write_all(files)
    return list(files)


def edl_paths(project: Project, path: Path, episode: int | None = None) -> list[Path]:
    """The files ``write_edl`` writes for the chosen episodes, known before it writes them."""
    episodes = chosen_episodes(project, episode)
    parts = {chosen.number: max(1, math.ceil(len(picture_order(chosen)) / MAX_EVENTS)) for chosen in episodes}
    return [target for chosen in episodes for target in _targets(path, chosen, len(episodes) > 1, parts[chosen.number])]


def _targets(path: Path, episode: Episode, several_episodes: bool, parts: int) -> list[Path]:
    """``cut-E01-part2.edl`` for part 2 of episode 1 when ``path`` is ``cut.edl``; ``path`` for one list."""
    stem = path.stem + (f"-E{episode.number:02d}" if several_episodes else "")
    if parts == 1:
        return [path.with_name(stem + path.suffix)]
    return [path.with_name(f"{stem}-part{part}{path.suffix}") for part in range(1, parts + 1)]


def _episode_parts(project: Project, episode: Episode, base: Path | None) -> list[otio.schema.Timeline]:
    """The episode's picture as timelines of up to ``MAX_EVENTS`` clips, each starting where the last ended."""
    whole = episode_timeline(project, episode, base)
    picture = whole.video_tracks()[0]
    taken = list(picture)
    picture.clear()  # a clip has one parent: the parts take them over
    clips = [_edl_clip(clip, episode.number, place) for place, clip in enumerate(taken, start=1)]
    chunks = [clips[start:start + MAX_EVENTS] for start in range(0, len(clips), MAX_EVENTS)] or [[]]
    parts = []
    elapsed = otio.opentime.RationalTime(0, project.delivery.fps)
    for number, chunk in enumerate(chunks, start=1):
        track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
        if elapsed.value:
            track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(duration=elapsed)))
        for clip in chunk:
            track.append(clip)
            elapsed = elapsed + clip.source_range.duration
        part = otio.schema.Timeline(name=_title(project, episode, number, len(chunks)),
                                    global_start_time=otio.opentime.RationalTime(0, project.delivery.fps))
        part.tracks.append(track)
        if AIGC_KEY in whole.metadata and chunk:
            chunk[0].metadata["cmx_3600"]["comments"].append(f"{AIGC_KEY}: {_escaped(whole.metadata[AIGC_KEY])}")
        parts.append(part)
    return parts


def _edl_clip(clip: otio.schema.Clip, episode: int, place: int) -> otio.schema.Clip:
    """The clip with an ASCII name, the aux reel, and its AI marker as a comment."""
    if not _ASCII_NAME.match(clip.name):
        clip.name = f"E{episode:02d}_SHOT{place:03d}"
    notes = [_ascii_text(marker.metadata["shotgraph"]["note"]) for marker in clip.markers]
    clip.markers[:] = []  # the adapter would write them as locators at the clip's source time
    clip.metadata["cmx_3600"] = {"reel": "AX", "comments": notes}
    return clip


def _title(project: Project, episode: Episode, part: int, parts: int) -> str:
    """``Neon Nights E01 The Ferry``: the ASCII titles, always the episode number, the part if several."""
    words = [project.title, f"E{episode.number:02d}", episode.title, f"part {part} of {parts}" if parts > 1 else ""]
    kept = [printable(word, one_line=True) for word in words]
    return " ".join(word for word in kept if _ASCII_NAME.match(word))[:MAX_TITLE]


def _edl_text(part: otio.schema.Timeline, target: Path) -> bytes:
    """The adapter's list with the frame-count mode after the title; ASCII only."""
    rate = part.global_start_time.rate
    drop = ";" in otio.opentime.to_timecode(part.global_start_time, rate)
    text = adapter_text(part, target, "cmx_3600") if len(part.tracks[0]) else f"TITLE: {part.name}\n"
    title, _, events = text.partition("\n")
    fcm = f"FCM: {'DROP FRAME' if drop else 'NON-DROP FRAME'}"
    return "\n".join([title, fcm, "", events.lstrip("\n")]).encode("ascii", "replace")


def _escaped(label: str) -> str:
    """The label's JSON text with each character outside ASCII as a JSON escape (``\\u676d``): the same value."""
    return _NON_ASCII.sub(lambda char: json.dumps(char[0])[1:-1], label)


def _ascii_text(text: str) -> str:
    """``text`` on one line with every character outside ASCII as ``?``."""
    return printable(text, one_line=True).encode("ascii", "replace").decode("ascii")
