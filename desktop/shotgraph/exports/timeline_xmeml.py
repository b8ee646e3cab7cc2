"""Final Cut Pro 7 XML (xmeml), the timeline Premiere Pro, DaVinci Resolve and Final Cut Pro 7 import.

OpenTimelineIO's ``fcp_xml`` adapter writes one sequence per episode from the same timelines as
the OTIO export, told through its metadata what an editor needs besides: the sequence's frame
size, rate and square pixels from the project's delivery format; the *Alternates* track and its
clips disabled, so only the chosen shots play; a marker on each AI or hybrid clip with its model
and seed; and a marker named ``AIGC`` at the sequence's first frame whose comment is the
episode's implicit AI label. The adapter gives a clip whose media has a known length a second
``<rate>``; only the first is kept, as importers expect one.
"""

from __future__ import annotations

import math
from pathlib import Path
from xml.etree import ElementTree

import opentimelineio as otio

from shotgraph.core.aigc import AIGC_KEY
from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import DeliveryFormat, Project

from . import Progress
from .timeline_otio import ALTERNATES_TRACK, adapter_text, chosen_episodes, episode_timelines, one_or_all

MAX_SHOTS_PER_FILE = 10_000
"""Shots an FCP XML file takes. OpenTimelineIO's writer slows down with the square of a track's
length: 10,000 clips take some 15 seconds, 20,000 well over a minute. The 6,000-shot series fits in
one file; a larger project is exported a few episodes at a time."""

FCP = "fcp_xml"
"""Where OpenTimelineIO's adapter reads the elements it writes as they are."""


def write_xmeml(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
                progress: Progress | None = None) -> None:
    """A sequence per episode (or only episode ``episode``) in one FCP 7 XML file."""
    path = Path(path)
    episodes = chosen_episodes(project, episode)
    shots = sum(len(chosen.shots) for chosen in episodes)
    if shots > MAX_SHOTS_PER_FILE:
        raise InputError(path, f"{shots:,} shots are more than one FCP XML file takes (up to "
                               f"{MAX_SHOTS_PER_FILE:,}); export the episodes a few at a time (--episode N)")
    timelines = episode_timelines(project, episodes, base, progress)
    for timeline in timelines:
        _prepare(timeline, project.delivery)
    text = adapter_text(one_or_all(project, timelines), path, "fcp_xml")
    atomic_write(path, _one_rate_per_clip(text))


def _prepare(timeline: otio.schema.Timeline, delivery: DeliveryFormat) -> None:
    """Tell the adapter the frame size, what must not play, and the AI markers' comments."""
    timeline.metadata[FCP] = {"media": {"video": {"format": {"samplecharacteristics": _frame(delivery)}}}}
    label = timeline.metadata.get(AIGC_KEY)
    if label is not None:
        timeline.tracks.markers.append(otio.schema.Marker(
            name=AIGC_KEY, marked_range=otio.opentime.TimeRange(timeline.global_start_time,
                                                                otio.opentime.RationalTime(0, delivery.fps)),
            metadata={FCP: {"comment": label}}))
    for track in timeline.video_tracks():
        if track.name == ALTERNATES_TRACK:
            track.metadata[FCP] = {"enabled": "FALSE"}
        for clip in track.find_clips():
            if not clip.enabled:
                clip.metadata[FCP] = {"enabled": "FALSE"}
            for marker in clip.markers:
                marker.metadata[FCP] = {"comment": marker.metadata["shotgraph"]["note"]}


def _frame(delivery: DeliveryFormat) -> dict[str, object]:
    """The sequence's ``samplecharacteristics``: 1080×1920 square pixels at 25 fps unless set otherwise."""
    timebase = math.ceil(delivery.fps)
    return {"rate": {"timebase": str(timebase), "ntsc": "FALSE" if timebase == delivery.fps else "TRUE"},
            "width": str(delivery.width), "height": str(delivery.height), "anamorphic": "FALSE",
            "pixelaspectratio": "square", "fielddominance": "none"}


def _one_rate_per_clip(text: str) -> bytes:
    """The adapter's XML with only the first ``<rate>`` of each clip item."""
    root = ElementTree.fromstring(text)
    for item in root.iter("clipitem"):
        for extra in item.findall("rate")[1:]:
            item.remove(extra)
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n{body}\n'.encode()
