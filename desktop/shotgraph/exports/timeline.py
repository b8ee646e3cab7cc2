"""Editorial timelines: OpenTimelineIO, and EDL and FCP XML through OpenTimelineIO's own adapters.

One clip per shot on the cut path, in episode order, lasting its planned duration (3 s
when not set yet), its storyboard frame as the media, and the shot's data under
``metadata["shotgraph"]`` so an editor can tell live, AI and hybrid shots apart and find
each AI generation. Alternative takes (targets of alt edges) sit, disabled, on a second
track under the shot they stand in for; a shot that only supplies a plate is no clip.
OTIO and FCP XML hold one timeline per episode; an EDL is one event list of the picture
track, so it plays the episodes one after another (``episode`` picks one). Names are one
line and no text holds control characters: XML forbids them, an EDL field is one line,
and OpenTimelineIO cuts a name at NUL.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from xml.parsers.expat import ExpatError

import opentimelineio as otio

from shotgraph.core.graph import picture_order
from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError, OutputError
from shotgraph.core.model import EdgeKind, Episode, Mode, Project, Shot
from shotgraph.core.planning.estimate import DEFAULT_SHOT_SECONDS

from . import Exporter, Progress, register
from .characters import printable, printable_data

MAX_SHOTS_PER_FILE = 10_000
"""Shots an EDL or FCP XML file takes. OpenTimelineIO's writers for them slow down with the square
of a track's length: 10,000 clips take some 15 seconds, 20,000 well over a minute. The 6,000-shot
series fits in one file; a larger project is exported a few episodes at a time."""


def episode_timeline(project: Project, episode: Episode, base: Path | None = None) -> otio.schema.Timeline:
    """The episode as a video timeline at the project's frame rate: picture, then alternates if any."""
    rate = project.delivery.fps
    alternates = {edge.target: edge.source for edge in episode.edges if edge.kind is EdgeKind.ALT}
    picture = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    starts: dict[str, otio.opentime.RationalTime] = {}
    end = otio.opentime.RationalTime(0, rate)  # summed here: asking the track is slow on long episodes
    for shot in picture_order(episode):
        starts[shot.id] = end
        clip = _clip(project, episode, shot, rate, base)
        picture.append(clip)
        end = end + clip.source_range.duration
    timeline = otio.schema.Timeline(name=_timeline_name(project, episode))
    timeline.tracks.append(picture)
    if alternates:
        timeline.tracks.append(_alternates_track(project, episode, alternates, starts, base))
    timeline.global_start_time = otio.opentime.RationalTime(0, rate)
    timeline.metadata["shotgraph"] = printable_data({"episode": episode.number, "title": episode.title,
                                                     "disclosure": _disclosure(episode)})
    return timeline


def _alternates_track(project: Project, episode: Episode, alternates: dict[str, str],
                      starts: dict[str, otio.opentime.RationalTime], base: Path | None) -> otio.schema.Track:
    """Each alternative take, disabled, at the time of the shot it could replace."""
    rate = project.delivery.fps
    track = otio.schema.Track(name="Alternates", kind=otio.schema.TrackKind.Video)
    shots = {shot.id: shot for shot in episode.shots}
    placed = sorted((starts[source], target) for target, source in alternates.items() if source in starts)
    end = otio.opentime.RationalTime(0, rate)
    for start, target in placed:
        if start > end:
            track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(
                otio.opentime.RationalTime(0, rate), start - end)))
            end = start
        if start >= end:
            clip = _clip(project, episode, shots[target], rate, base)
            clip.enabled = False
            track.append(clip)
            end = end + clip.source_range.duration
    return track


def _timeline_name(project: Project, episode: Episode) -> str:
    parts = [project.title, f"E{episode.number:02d}", episode.title]
    return printable(" ".join(part for part in parts if part), one_line=True)


def _clip(project: Project, episode: Episode, shot: Shot, rate: float, base: Path | None) -> otio.schema.Clip:
    seconds = DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s
    duration = otio.opentime.RationalTime(max(1, round(seconds * rate)), rate)
    source = otio.opentime.TimeRange(otio.opentime.RationalTime(0, rate), duration)
    clip = otio.schema.Clip(name=printable(f"E{episode.number:02d}_{shot.code}", one_line=True),
                            source_range=source, media_reference=_media(shot, base, source))
    clip.metadata["shotgraph"] = printable_data(shot_metadata(project, episode, shot))
    return clip


def _media(shot: Shot, base: Path | None, available: otio.opentime.TimeRange) -> otio.core.MediaReference:
    if shot.frame is None or base is None:
        return otio.schema.MissingReference()
    try:
        url = (base / shot.frame).resolve().as_uri()
    except (ValueError, OSError):  # a path no file can have (a NUL in it): there is no such media
        return otio.schema.MissingReference()
    return otio.schema.ExternalReference(target_url=url, available_range=available)


def shot_metadata(project: Project, episode: Episode, shot: Shot) -> dict[str, object]:
    """What an editor needs about a shot beside its picture: mode, camera, AI generation, disclosure."""
    scene = next((s for s in episode.scenes if s.id == shot.scene_id), None)
    data: dict[str, object] = {
        "id": shot.id, "code": shot.code, "scene": scene.code if scene else None, "mode": shot.mode.value,
        "size": _value(shot.camera.size), "angle": _value(shot.camera.angle),
        "movement": _value(shot.camera.movement), "description": shot.description, "dialogue": shot.dialogue,
        "ai_generated": shot.mode is not Mode.LIVE,
    }
    if shot.mode is not Mode.LIVE:
        data["ai"] = {"model": shot.ai.model, "seed": shot.ai.seed, "style": shot.ai.style,
                      "chosen_take": shot.ai.chosen_take_id}
    return data


def _value(enum: object) -> str | None:
    return None if enum is None else str(getattr(enum, "value", enum))


def _disclosure(episode: Episode) -> dict[str, object] | None:
    if episode.disclosure is None:
        return None
    return {"label": episode.disclosure.label_text, "position": episode.disclosure.position.value,
            "aigc": episode.disclosure.metadata.model_dump()}


def _episodes(project: Project, episode: int | None) -> list[Episode]:
    if episode is None:
        return list(project.episodes)
    chosen = [e for e in project.episodes if e.number == episode]
    if not chosen:
        numbers = ", ".join(str(e.number) for e in project.episodes) or "none"
        raise InputError("--episode", f"there is no episode {episode} (episodes: {numbers})")
    return chosen


def _timelines(project: Project, episode: int | None, base: Path | None, progress: Progress | None,
               limit_for: Path | None = None) -> list[otio.schema.Timeline]:
    """The chosen episodes' timelines; with ``limit_for``, refused if they hold more shots than one file takes."""
    episodes = _episodes(project, episode)
    shots = sum(len(chosen.shots) for chosen in episodes)
    if limit_for is not None and shots > MAX_SHOTS_PER_FILE:
        raise InputError(limit_for, f"{shots:,} shots are more than one file of this kind takes (up to "
                                    f"{MAX_SHOTS_PER_FILE:,}); export the episodes a few at a time (--episode N)")
    made = []
    for done, chosen in enumerate(episodes):
        if progress is not None:
            progress(done, len(episodes))
        made.append(episode_timeline(project, chosen, base))
    return made


def _write_with_adapter(result: otio.core.SerializableObject, path: Path, adapter: str) -> None:
    """Let the adapter write a temporary file, then replace ``path`` with it atomically."""
    with tempfile.TemporaryDirectory() as folder:
        temporary = Path(folder) / f"timeline{path.suffix}"
        try:
            otio.adapters.write_to_file(result, str(temporary), adapter_name=adapter)
        except (otio.exceptions.OTIOError, ValueError, ExpatError) as error:
            raise OutputError(path, f"OpenTimelineIO's {adapter} adapter could not write it ({error})") from error
        atomic_write(path, temporary.read_bytes())


def _one_or_all(project: Project, timelines: list[otio.schema.Timeline]) -> otio.core.SerializableObject:
    """The one timeline, or a collection of them named for the project."""
    if len(timelines) == 1:
        return timelines[0]
    return otio.schema.SerializableCollection(name=printable(project.title, one_line=True), children=timelines)


def write_otio(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
               progress: Progress | None = None) -> None:
    """One timeline per episode (a collection of them when there are several)."""
    timelines = _timelines(project, episode, base, progress)
    _write_with_adapter(_one_or_all(project, timelines), Path(path), "otio_json")


def write_fcpxml(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
                 progress: Progress | None = None) -> None:
    """Final Cut Pro 7 XML (xmeml, read by Premiere Pro, Resolve and Final Cut): a sequence per episode."""
    timelines = _timelines(project, episode, base, progress, limit_for=Path(path))
    _write_with_adapter(_one_or_all(project, timelines), Path(path), "fcp_xml")


def write_edl(project: Project, path: str | Path, *, episode: int | None = None, base: Path | None = None,
              progress: Progress | None = None) -> None:
    """A CMX 3600 edit decision list: the episodes' clips one after another."""
    timelines = _timelines(project, episode, base, progress, limit_for=Path(path))
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    for timeline in timelines:
        for clip in timeline.video_tracks()[0]:
            track.append(clip.deepcopy())
    name = timelines[0].name if len(timelines) == 1 else printable(project.title, one_line=True) or "ShotGraph"
    joined = otio.schema.Timeline(name=name)
    joined.tracks.append(track)
    _write_with_adapter(joined, Path(path), "cmx_3600")


register(Exporter("otio", (".otio",), "OpenTimelineIO timeline, one per episode", write_otio, "timeline"))
register(Exporter("edl", (".edl",), "CMX 3600 edit decision list", write_edl, "timeline"))
register(Exporter("fcpxml", (".xml",), "Final Cut Pro XML (Premiere Pro, Resolve)", write_fcpxml, "timeline"))
