"""The AI-disclosure manifest: per episode, where AI content plays, its visible label and the
implicit-label (AIGC) metadata to embed in the delivered file."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.graph import picture_order
from shotgraph.core.model import Episode, Mode, Project
from shotgraph.core.planning.budget import seconds_of

from . import Exporter, Progress, register
from .tables import write_json


def ai_ranges(episode: Episode) -> list[dict[str, object]]:
    """Time ranges (seconds from the episode's start) of AI and hybrid shots, neighbours merged."""
    ranges: list[dict[str, object]] = []
    start = 0.0
    for shot in picture_order(episode):
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


def manifest(project: Project, progress: Progress | None = None) -> dict[str, object]:
    episodes = []
    for done, episode in enumerate(project.episodes):
        if progress is not None:
            progress(done, len(project.episodes))
        ranges = ai_ranges(episode)
        disclosure = episode.disclosure
        episodes.append({
            "episode": episode.number, "title": episode.title, "contains_ai": bool(ranges), "ai_ranges": ranges,
            "visible_label": None if disclosure is None else {
                "text": disclosure.label_text, "position": disclosure.position.value,
                "duration_s": disclosure.duration_s},
            "AIGC": None if disclosure is None else disclosure.metadata.model_dump(),
        })
    return {"project": project.title, "episodes": episodes}


def write_disclosure(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    write_json(Path(path), manifest(project, progress))


register(Exporter("disclosure", (".json",), "AI-disclosure manifest per episode (JSON)", write_disclosure))
