"""Running draws: fill the template for a shot, queue it, follow it, bring its outputs back as a take.

Each draw is recorded as a pending job as soon as the server accepted it, and the ``saved``
callback runs then and after each take, so a project closed mid-batch knows what is in
flight; ``resume_jobs`` brings those back from the server's history later.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from shotgraph.core.io.images import read_media_image
from shotgraph.core.model import PendingJob, Project, Provenance, Role, Shot, Take, WorkflowTemplate, new_id

from .costs import draw_cost, generated_seconds
from .engine import Engine, GenerationError, JobResult, JobState, ProgressCallback, ServerUnreachable
from .media import MAX_OUTPUT_BYTES, TAKES_FOLDER, VIDEO_SUFFIXES, output_suffix, safe_stem, write_media
from .workflow import bound_value, filled_in, workflow_hash

SEED_LIMIT = 2**32
"""Seeds are drawn below this, which every sampler accepts."""


@dataclass(frozen=True)
class DrawOutcome:
    """One draw of one shot: the take it brought back, or the reason it failed."""

    shot_code: str
    draw: int
    seed: int
    take: Take | None = None
    error: str = ""


def draw_seeds(shot: Shot, draws: int, rng: random.Random | None = None) -> list[int]:
    """``draws`` different seeds, none used by a take of the shot before."""
    rng = rng or random.SystemRandom()
    used = {take.seed for take in shot.ai.takes}
    seeds: list[int] = []
    while len(seeds) < draws:
        seed = rng.randrange(SEED_LIMIT)
        if seed not in used:
            used.add(seed)
            seeds.append(seed)
    return seeds


@dataclass
class Batch:
    """Draws of shots of one project through one engine and one template."""

    project: Project
    folder: Path
    engine: Engine
    template: WorkflowTemplate
    workflow: dict
    saved: Callable[[], None] = lambda: None
    on_progress: ProgressCallback | None = None
    max_output_bytes: int = MAX_OUTPUT_BYTES

    def run(self, shots: Sequence[Shot], draws: int, rng: random.Random | None = None) -> Iterator[DrawOutcome]:
        """Each draw's outcome as it ends; stops early when the server cannot be reached."""
        for shot in shots:
            image = self._upload_frame(shot)
            for number, seed in enumerate(draw_seeds(shot, draws, rng), start=1):
                try:
                    yield DrawOutcome(shot.code, number, seed, take=self._draw(shot, seed, image))
                except ServerUnreachable:
                    raise
                except GenerationError as error:
                    yield DrawOutcome(shot.code, number, seed, error=str(error))

    def _draw(self, shot: Shot, seed: int, image: str | None) -> Take:
        values = shot_values(self.project, shot, seed, image)
        workflow = filled_in(self.workflow, self.template.bindings, values)
        job = PendingJob(shot_id=shot.id, prompt_id="-", server=self.engine.server, template=self.template.name,
                         workflow_sha256=workflow_hash(self.workflow), seed=seed,
                         model=self._model(), started=_now())
        job.prompt_id = self.engine.queue(workflow)
        self.project.generation.jobs.append(job)
        self.saved()
        try:
            result = self.engine.follow(job.prompt_id, self.on_progress)
        except GenerationError:
            _forget(self.project, job)
            self.saved()
            raise
        return bring_back(self.project, self.folder, self.engine, job, result, self.max_output_bytes,
                          self.saved)

    def _model(self) -> str:
        for binding in self.template.bindings:
            value = bound_value(self.workflow, binding)
            if binding.role is Role.MODEL and isinstance(value, str):
                return value
        return ""

    def _upload_frame(self, shot: Shot) -> str | None:
        """The shot's storyboard frame on the server, when the template has an image input for it."""
        if shot.frame is None or not any(b.role is Role.IMAGE for b in self.template.bindings):
            return None
        picture = read_media_image(self.folder, shot.frame)
        if picture is None:
            return None
        return self.engine.upload_image(f"{safe_stem(shot.code, 'frame')}{picture.path.suffix.lower()}",
                                        picture.data)


def shot_values(project: Project, shot: Shot, seed: int, image: str | None) -> dict[Role, object]:
    """What each role receives for one draw of ``shot``."""
    delivery = project.delivery
    fps = shot.fps or delivery.fps
    return {
        Role.PROMPT: shot.ai.prompt, Role.NEGATIVE: shot.ai.negative_prompt or None, Role.SEED: seed,
        Role.WIDTH: delivery.width, Role.HEIGHT: delivery.height, Role.BATCH: 1,
        Role.FRAMES: round(shot.duration_s * fps) if shot.duration_s else None,
        Role.FPS: fps, Role.IMAGE: image, Role.OUTPUT_NAME: f"shotgraph/{safe_stem(shot.code, 'shot')}",
    }


def bring_back(project: Project, folder: Path, engine: Engine, job: PendingJob, result: JobResult,
               max_bytes: int = MAX_OUTPUT_BYTES, saved: Callable[[], None] = lambda: None) -> Take:
    """Download the job's outputs into the media folder and add them to the shot as a take."""
    shot = next((s for e in project.episodes for s in e.shots if s.id == job.shot_id), None)
    if shot is None:
        _forget(project, job)
        raise GenerationError(engine.server, f"the job {job.prompt_id} belongs to a shot that was deleted")
    files = _download(folder, engine, shot, result, max_bytes)
    finished = _now()
    compute = result.compute_seconds
    if compute is None:
        compute = max(0.0, (dt.datetime.fromisoformat(finished) - dt.datetime.fromisoformat(job.started))
                      .total_seconds())
    video = next((f for f in files if f.endswith(VIDEO_SUFFIXES)), None)
    image = next((f for f in files if not f.endswith(VIDEO_SUFFIXES)), None)
    cost = draw_cost(project.generation, compute, generated_seconds(shot) if video else 0.0)
    take = Take(id=new_id("tk"), image=image, video=video, seed=job.seed, provenance=Provenance(
        server=job.server, prompt_id=job.prompt_id, workflow=job.template, workflow_sha256=job.workflow_sha256,
        model=job.model, started=job.started, finished=finished, compute_seconds=round(compute, 3),
        cost=round(cost, 4)))
    shot.ai.takes.append(take)
    shot.ai.takes_tried += 1
    _forget(project, job)
    saved()
    return take


def _download(folder: Path, engine: Engine, shot: Shot, result: JobResult, max_bytes: int) -> list[str]:
    kept = [(output, output_suffix(output.filename)) for output in result.outputs]
    kept = [(output, suffix) for output, suffix in kept if suffix is not None]
    if not kept:
        raise GenerationError(engine.server, f"the job {result.prompt_id} finished without a picture or video "
                                             "output; does the workflow end in a Save node?")
    written = []
    for number, (output, suffix) in enumerate(kept, start=1):
        relative = f"{TAKES_FOLDER}/{safe_stem(shot.code, 'shot')}-{result.prompt_id[:8]}-{number}{suffix}"
        with engine.download(output, max_bytes) as chunks:
            written.append(write_media(folder, relative, chunks))
    return written


def resume_jobs(project: Project, folder: Path, engine: Engine,
                on_progress: ProgressCallback | None = None) -> Iterator[DrawOutcome]:
    """Bring back the draws sent to this engine's server before, following those still queued;
    a job the server lost is reported and forgotten."""
    for job in [j for j in project.generation.jobs if j.server == engine.server]:
        code = next((s.code for e in project.episodes for s in e.shots if s.id == job.shot_id), job.shot_id)
        try:
            state, result = engine.state(job.prompt_id)
            if state == JobState.LOST:
                raise GenerationError(engine.server, f"the job {job.prompt_id} was lost: the server no longer "
                                                     "knows it (restarted?); send the shot again")
            if result is None:
                result = engine.follow(job.prompt_id, on_progress)
            yield DrawOutcome(code, 0, job.seed or 0, take=bring_back(project, folder, engine, job, result))
        except ServerUnreachable:
            raise
        except GenerationError as error:
            _forget(project, job)
            yield DrawOutcome(code, 0, job.seed or 0, error=str(error))


def _forget(project: Project, job: PendingJob) -> None:
    project.generation.jobs[:] = [j for j in project.generation.jobs if j.prompt_id != job.prompt_id]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
