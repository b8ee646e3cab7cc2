"""The AI-disclosure manifest: per episode, where AI content plays, its visible label, the implicit label
(AIGC metadata) to embed in the delivered file, and per AI clip its service provider; with the project's
registration number for the opening titles."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

from shotgraph.core.aigc import AIGC_KEY, clip_label, implicit_label, implicit_label_text, provider_of
from shotgraph.core.graph import picture_order
from shotgraph.core.model import Episode, Mode, Project, Shot
from shotgraph.core.planning.budget import seconds_of

from . import Exporter, Progress, register
from .tables import write_json


class AiRange(TypedDict):
    """Seconds from the episode's start, and the codes of the shots in the range."""

    start_s: float
    end_s: float
    shots: list[str]


def ai_ranges(pictured: Sequence[Shot]) -> list[AiRange]:
    """Time ranges (seconds from the episode's start) of the AI and hybrid shots among an episode's
    shots in picture order, neighbours merged."""
    ranges: list[AiRange] = []
    start = 0.0
    for shot in pictured:
        end = start + seconds_of(shot)
        if shot.mode is not Mode.LIVE:
            if ranges and ranges[-1]["end_s"] == start:
                ranges[-1]["end_s"] = end
                ranges[-1]["shots"].append(shot.code)
            else:
                ranges.append({"start_s": start, "end_s": end, "shots": [shot.code]})
        start = end
    for found in ranges:
        found["start_s"], found["end_s"] = round(found["start_s"], 3), round(found["end_s"], 3)
    return ranges


def _embedded(label: dict[str, str] | None) -> dict[str, object] | None:
    """The label as fields and as the exact metadata entry to write: key ``AIGC``, value ``{"AIGC":{…}}``."""
    if label is None:
        return None
    return {"fields": label, "key": AIGC_KEY, "value": implicit_label_text(label)}


def _clip(project: Project, episode: Episode, shot: Shot) -> dict[str, object]:
    entry = provider_of(project, shot.ai.model)
    return {
        "shot": shot.code, "mode": shot.mode.value, "model": shot.ai.model,
        "provider": entry.provider if entry is not None else None,
        "provider_code": entry.code if entry is not None and entry.code else None,
        "implicit_label": _embedded(clip_label(project, episode, shot)),
    }


def _episode(project: Project, episode: Episode) -> dict[str, object]:
    pictured = picture_order(episode)
    ranges = ai_ranges(pictured)
    disclosure = episode.disclosure
    return {
        "episode": episode.number, "title": episode.title, "contains_ai": bool(ranges), "ai_ranges": ranges,
        "visible_label": None if disclosure is None else {
            "text": disclosure.label_text, "position": disclosure.position.value, "start_s": disclosure.start_s,
            "duration_s": disclosure.duration_s, "text_height_px": disclosure.text_height_px},
        "implicit_label": _embedded(implicit_label(project, episode)),
        "ai_clips": [_clip(project, episode, shot) for shot in pictured if shot.mode is not Mode.LIVE],
    }


def manifest(project: Project, progress: Progress | None = None) -> dict[str, object]:
    episodes = []
    for done, episode in enumerate(project.episodes):
        if progress is not None:
            progress(done, len(project.episodes))
        episodes.append(_episode(project, episode))
    return {"project": project.title, "registration_number": project.registration_number or None,
            "delivery": {"width": project.delivery.width, "height": project.delivery.height},
            "episodes": episodes}


def write_disclosure(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    write_json(Path(path), manifest(project, progress))


register(Exporter("disclosure", (".json",), "AI-disclosure manifest per episode (JSON)", write_disclosure))
