"""An episode as an OpenTimelineIO timeline: what every editorial timeline ShotGraph writes is made from.

One clip per shot on the cut path, in episode order, lasting its planned duration (3 s when not
set yet), its chosen take's video or picture as the media (else its storyboard frame), and the
shot's data under ``metadata["shotgraph"]``. An AI or hybrid clip carries a marker saying so,
with its model and seed. Alternative takes (targets of alt edges) sit, disabled, on a second
track under the shot they stand in for; a shot that only supplies a plate is no clip. The
timeline carries the episode's implicit AI label under ``metadata["AIGC"]``. Names are one line
and no text holds control characters.
"""

from __future__ import annotations

from pathlib import Path
from xml.parsers.expat import ExpatError

import opentimelineio as otio

from shotgraph.core.aigc import AIGC_KEY, clip_label, implicit_label, implicit_label_text, provider_of
from shotgraph.core.graph import picture_order
from shotgraph.core.io.errors import InputError, OutputError
from shotgraph.core.model import EdgeKind, Episode, Mode, Project, Shot
from shotgraph.core.planning.estimate import DEFAULT_SHOT_SECONDS

from . import Progress
from .characters import printable, printable_data

ALTERNATES_TRACK = "Alternates"
AI_MARKER_NAMES = {Mode.AI: "AI", Mode.HYBRID: "AI hybrid"}
"""The marker on an AI clip and on a hybrid one (live action over an AI plate)."""


def episode_timeline(project: Project, episode: Episode, base: Path | None = None) -> otio.schema.Timeline:
    """The episode as a video timeline at the project's frame rate: picture, then alternates if any."""
    rate = project.delivery.fps
    alternates = {edge.target: edge.source for edge in episode.edges if edge.kind is EdgeKind.ALT}
    picture = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    starts: dict[str, otio.opentime.RationalTime] = {}
    end = otio.opentime.RationalTime(0, rate)  # summed here: asking the track is slow on long episodes
    for shot in picture_order(episode):
        starts[shot.id] = end
        clip = shot_clip(project, episode, shot, base)
        picture.append(clip)
        end = end + clip.source_range.duration
    timeline = otio.schema.Timeline(name=_timeline_name(project, episode))
    timeline.tracks.append(picture)
    if alternates:
        timeline.tracks.append(_alternates_track(project, episode, alternates, starts, base))
    timeline.global_start_time = otio.opentime.RationalTime(0, rate)
    timeline.metadata["shotgraph"] = printable_data({"episode": episode.number, "title": episode.title,
                                                     "disclosure": _disclosure(episode)})
    label = implicit_label(project, episode)
    if label is not None:
        timeline.metadata[AIGC_KEY] = implicit_label_text(label)
    return timeline


def _alternates_track(project: Project, episode: Episode, alternates: dict[str, str],
                      starts: dict[str, otio.opentime.RationalTime], base: Path | None) -> otio.schema.Track:
    """Each alternative take, disabled, at the time of the shot it could replace."""
    rate = project.delivery.fps
    track = otio.schema.Track(name=ALTERNATES_TRACK, kind=otio.schema.TrackKind.Video)
    shots = {shot.id: shot for shot in episode.shots}
    placed = sorted((starts[source], target) for target, source in alternates.items() if source in starts)
    end = otio.opentime.RationalTime(0, rate)
    for start, target in placed:
        if start > end:
            track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(
                otio.opentime.RationalTime(0, rate), start - end)))
            end = start
        if start >= end:
            clip = shot_clip(project, episode, shots[target], base)
            clip.enabled = False
            track.append(clip)
            end = end + clip.source_range.duration
    return track


def _timeline_name(project: Project, episode: Episode) -> str:
    parts = [project.title, f"E{episode.number:02d}", episode.title]
    return printable(" ".join(part for part in parts if part), one_line=True)


def shot_clip(project: Project, episode: Episode, shot: Shot, base: Path | None) -> otio.schema.Clip:
    """The shot as a clip of its planned duration, with its data and, for AI content, a marker."""
    rate = project.delivery.fps
    seconds = DEFAULT_SHOT_SECONDS if shot.duration_s is None else shot.duration_s
    duration = otio.opentime.RationalTime(max(1, round(seconds * rate)), rate)
    source = otio.opentime.TimeRange(otio.opentime.RationalTime(0, rate), duration)
    clip = otio.schema.Clip(name=printable(f"E{episode.number:02d}_{shot.code}", one_line=True),
                            source_range=source, media_reference=_media(shot, base, source))
    clip.metadata["shotgraph"] = printable_data(shot_metadata(project, episode, shot))
    note = ai_note(shot)
    if note is not None:
        clip.markers.append(otio.schema.Marker(
            name=AI_MARKER_NAMES[shot.mode], color=otio.schema.MarkerColor.PURPLE,
            marked_range=otio.opentime.TimeRange(source.start_time, otio.opentime.RationalTime(0, rate)),
            metadata={"shotgraph": {"note": note}}))
    return clip


def ai_note(shot: Shot) -> str | None:
    """What an editor reads on an AI or hybrid clip ("AI: generated, model kling-2.1, seed 42"); None if live."""
    if shot.mode is Mode.LIVE:
        return None
    kind = "generated" if shot.mode is Mode.AI else "live action over an AI plate"
    model = printable(shot.ai.model, one_line=True) if shot.ai.model else "not set"
    seed = clip_seed(shot)
    return f"{AI_MARKER_NAMES[shot.mode]}: {kind}, model {model}, seed {'not set' if seed is None else seed}"


def clip_seed(shot: Shot) -> int | None:
    """The seed of the picture in the cut: the chosen take's when it has one, else the shot's."""
    take = shot.ai.chosen_take()
    return take.seed if take is not None and take.seed is not None else shot.ai.seed


def clip_media(shot: Shot) -> str | None:
    """The file the clip shows: the chosen take's video, else its picture, else the storyboard frame."""
    take = shot.ai.chosen_take()
    return (take.video or take.image if take is not None else None) or shot.frame


def _media(shot: Shot, base: Path | None, available: otio.opentime.TimeRange) -> otio.core.MediaReference:
    media = clip_media(shot)
    if media is None or base is None:
        return otio.schema.MissingReference()
    try:
        url = (base / media).resolve().as_uri()
    except (ValueError, OSError):  # a path no file can have (a NUL in it): there is no such media
        return otio.schema.MissingReference()
    return otio.schema.ExternalReference(target_url=url, available_range=available)


def shot_metadata(project: Project, episode: Episode, shot: Shot) -> dict[str, object]:
    """What an editor needs about a shot beside its picture: mode, camera, AI generation and provider."""
    scene = next((s for s in episode.scenes if s.id == shot.scene_id), None)
    data: dict[str, object] = {
        "id": shot.id, "code": shot.code, "scene": scene.code if scene else None, "mode": shot.mode.value,
        "size": _value(shot.camera.size), "angle": _value(shot.camera.angle),
        "movement": _value(shot.camera.movement), "description": shot.description, "dialogue": shot.dialogue,
        "ai_generated": shot.mode is not Mode.LIVE,
    }
    if shot.mode is not Mode.LIVE:
        data["ai"] = {"model": shot.ai.model, "seed": clip_seed(shot), "style": shot.ai.style,
                      "chosen_take": shot.ai.chosen_take_id, **_provider(project, episode, shot)}
    return data


def _provider(project: Project, episode: Episode, shot: Shot) -> dict[str, str | None]:
    """Who generated the clip (the project's AI provider table) and the label its rendered file carries."""
    entry = provider_of(project, shot.ai.model)
    label = clip_label(project, episode, shot)
    return {"provider": entry.provider if entry is not None else None,
            "provider_code": entry.code if entry is not None and entry.code else None,
            AIGC_KEY: implicit_label_text(label) if label is not None else None}


def _value(enum: object) -> str | None:
    return None if enum is None else str(getattr(enum, "value", enum))


def _disclosure(episode: Episode) -> dict[str, object] | None:
    """The visible label; the implicit one is the timeline's ``AIGC`` entry."""
    if episode.disclosure is None:
        return None
    return {"label": episode.disclosure.label_text, "position": episode.disclosure.position.value}


def chosen_episodes(project: Project, episode: int | None) -> list[Episode]:
    """Every episode, or the one numbered ``episode`` (refused, naming those there are, if none is)."""
    if episode is None:
        return list(project.episodes)
    chosen = [e for e in project.episodes if e.number == episode]
    if not chosen:
        numbers = ", ".join(str(e.number) for e in project.episodes) or "none"
        raise InputError("--episode", f"there is no episode {episode} (episodes: {numbers})")
    return chosen


def episode_timelines(project: Project, episodes: list[Episode], base: Path | None,
                      progress: Progress | None) -> list[otio.schema.Timeline]:
    """The timelines of ``episodes``, reporting each to ``progress``."""
    made = []
    for done, chosen in enumerate(episodes):
        if progress is not None:
            progress(done, len(episodes))
        made.append(episode_timeline(project, chosen, base))
    return made


def one_or_all(project: Project, timelines: list[otio.schema.Timeline]) -> otio.core.SerializableObject:
    """The one timeline, or a collection of them named for the project."""
    if len(timelines) == 1:
        return timelines[0]
    return otio.schema.SerializableCollection(name=printable(project.title, one_line=True), children=timelines)


def adapter_text(result: otio.core.SerializableObject, path: Path, adapter: str) -> str:
    """What OpenTimelineIO's ``adapter`` writes for ``result``; a failure names ``path``."""
    try:
        return otio.adapters.write_to_string(result, adapter_name=adapter)
    except (otio.exceptions.OTIOError, ValueError, ExpatError) as error:
        raise OutputError(path, f"OpenTimelineIO's {adapter} adapter could not write it ({error})") from error

