"""The AI production line's job list: every AI shot and every hybrid shot's plate (JSON and CSV).

A hybrid shot whose plate comes from another shot (a plate edge) needs no plate job of
its own: that shot is the job. Each job carries what a generation needs and its take budget.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TypedDict

from shotgraph.core.graph import episode_order
from shotgraph.core.model import EdgeKind, Episode, Mode, Project, Shot
from shotgraph.core.planning.budget import expected_takes, seconds_of

from . import Exporter, Progress, register
from .tables import write_csv_rows, write_json

COLUMNS = ("episode", "scene", "shot", "job", "model", "style", "seed", "prompt", "identity_refs",
           "duration_s", "aspect", "fps", "take_budget", "takes_tried", "description")


class AiJob(TypedDict):
    """One job of the list, its keys in the order of COLUMNS."""

    episode: int
    scene: str | None
    shot: str
    job: str
    model: str | None
    style: str | None
    seed: int | None
    prompt: str
    identity_refs: dict[str, str]
    duration_s: float
    aspect: str
    fps: float
    take_budget: float
    takes_tried: int
    description: str


def ai_jobs(project: Project, progress: Progress | None = None) -> list[AiJob]:
    """One job per AI shot and per hybrid shot without a plate source, in episode order."""
    names = {c.id: c.name for c in project.characters}
    jobs: list[AiJob] = []
    for done, episode in enumerate(project.episodes):
        if progress is not None:
            progress(done, len(project.episodes))
        plated = {edge.target for edge in episode.edges if edge.kind is EdgeKind.PLATE}
        for shot in episode_order(episode):
            if shot.mode is Mode.AI or (shot.mode is Mode.HYBRID and shot.id not in plated):
                jobs.append(_job(project, episode, shot, names))
    return jobs


def _job(project: Project, episode: Episode, shot: Shot, names: dict[str, str]) -> AiJob:
    scene = next((s.code for s in episode.scenes if s.id == shot.scene_id), None)
    plate = shot.mode is Mode.HYBRID
    takes = project.budget.takes_establishing if plate else expected_takes(shot, project)
    return {
        "episode": episode.number, "scene": scene, "shot": shot.code, "job": "plate" if plate else "shot",
        "model": shot.ai.model, "style": shot.ai.style, "seed": shot.ai.seed, "prompt": shot.ai.prompt,
        "identity_refs": {} if plate else {names.get(k, k): v for k, v in shot.ai.refs.items()},
        "duration_s": seconds_of(shot), "aspect": shot.aspect or project.delivery.aspect,
        "fps": shot.fps or project.delivery.fps, "take_budget": takes, "takes_tried": shot.ai.takes_tried,
        "description": shot.description,
    }


def write_ai_jobs_json(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    write_json(path, {"project": project.title, "jobs": ai_jobs(project, progress)})


def write_ai_jobs_csv(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    rows = []
    for job in ai_jobs(project, progress):
        refs = "; ".join(f"{name}={ref}" for name, ref in job["identity_refs"].items())
        cells: Mapping[str, object] = job
        rows.append([refs if column == "identity_refs" else cells[column] for column in COLUMNS])
    write_csv_rows(path, COLUMNS, rows)


def write_ai_jobs(project: Project, path: str | Path, *, progress: Progress | None = None) -> None:
    """JSON or CSV, by the file's suffix."""
    writer = write_ai_jobs_csv if Path(path).suffix.lower() == ".csv" else write_ai_jobs_json
    writer(project, path, progress=progress)


register(Exporter("ai-jobs", (".json", ".csv"), "AI generation jobs (JSON or CSV)", write_ai_jobs))
