"""Running draws in three steps any caller can split across threads.

``plan_draws`` reads the project once and fills the template for every draw (seed, shot data,
the pictures to upload); ``send_draw`` uploads those pictures and queues the draw; ``fetch_draw``
follows it and downloads its outputs into the media folder. Only ``take_for`` and ``record_take``
turn an arrival into a take of its shot. The command line runs all of it in one ``Batch`` and
saves after each step; the editor plans on its own thread, sends and fetches on a worker, and
records takes as edits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from shotgraph.core.graph import EpisodeGraph, EpisodeGraphs
from shotgraph.core.io.images import ImageFile, read_media_image
from shotgraph.core.model import (
    Binding,
    Episode,
    GenerationSettings,
    PendingJob,
    Project,
    Provenance,
    Role,
    Shot,
    Take,
    WorkflowTemplate,
    new_id,
)
from shotgraph.core.rules.ai import effective_ref

from .costs import draw_cost, generated_seconds
from .engine import Engine, GenerationError, JobResult, JobState, ProgressCallback, ServerUnreachable
from .media import MAX_OUTPUT_BYTES, TAKES_FOLDER, VIDEO_SUFFIXES, output_suffix, safe_stem, write_media
from .workflow import bound_value, filled_in, workflow_hash

SEED_LIMIT = 2**32
"""Seeds are drawn below this, which every sampler accepts."""
PICTURE_INPUTS = ("image",)
"""Inputs that take an uploaded picture; any other bound input receives the reference's name as text."""


@dataclass(frozen=True)
class Upload:
    """A picture a draw puts on the server before it is queued, for one bound input."""

    binding: Binding
    name: str
    data: bytes


@dataclass(frozen=True)
class DrawRequest:
    """One draw, planned in full before anything is sent."""

    shot_id: str
    shot_code: str
    draw: int
    seed: int
    workflow: dict
    uploads: tuple[Upload, ...]
    job: PendingJob
    """What is recorded once the server accepted the draw (its ``prompt_id`` set then)."""


@dataclass(frozen=True)
class Arrival:
    """A finished draw whose outputs are in the media folder."""

    job: PendingJob
    files: tuple[str, ...]
    compute_seconds: float
    finished: str


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


def plan_draws(project: Project, folder: Path | None, template: WorkflowTemplate, workflow: dict,
               shots: Sequence[Shot], draws: int, server: str, rng: random.Random | None = None,
               graphs: EpisodeGraphs | None = None) -> list[DrawRequest]:
    """Every draw of every shot, filled in: new seeds, the shot's data, the pictures each image input gets.
    ``graphs``: an open document's episode graphs (chaining reads the cut from them)."""
    graphs = graphs or EpisodeGraphs(project)
    episode_of = {s.id: e for e in project.episodes for s in e.shots}
    model = template_model(template, workflow)
    sha = workflow_hash(workflow)
    requests = []
    for shot in shots:
        episode = episode_of[shot.id]
        graph = graphs.of(episode)
        pictures, names = _references(project, folder, shot)
        uploads = tuple(_uploads(project, folder, template.bindings, shot, episode, graph, pictures))
        for number, seed in enumerate(draw_seeds(shot, draws, rng), start=1):
            job = PendingJob(shot_id=shot.id, prompt_id="-", server=server, template=template.name,
                             workflow_sha256=sha, seed=seed, model=model)
            filled = filled_in(workflow, template.bindings, shot_values(project, shot, seed),
                               _reference_names(template.bindings, names))
            requests.append(DrawRequest(shot.id, shot.code, number, seed, filled, uploads, job))
    return requests


def shot_values(project: Project, shot: Shot, seed: int) -> dict[Role, object]:
    """What each role receives for one draw of ``shot`` (pictures are set once uploaded)."""
    delivery = project.delivery
    fps = shot.fps or delivery.fps
    return {
        Role.PROMPT: shot.ai.prompt, Role.NEGATIVE: shot.ai.negative_prompt or None, Role.SEED: seed,
        Role.WIDTH: delivery.width, Role.HEIGHT: delivery.height, Role.BATCH: 1,
        Role.FRAMES: round(shot.duration_s * fps) if shot.duration_s else None,
        Role.FPS: fps, Role.OUTPUT_NAME: f"shotgraph/{safe_stem(shot.code, 'shot')}",
    }


def template_model(template: WorkflowTemplate, workflow: dict) -> str:
    """The model the template's loader node names (read, never written), "" when none is bound."""
    for binding in template.bindings:
        value = bound_value(workflow, binding)
        if binding.role is Role.MODEL and isinstance(value, str):
            return value
    return ""


def _references(project: Project, folder: Path | None, shot: Shot) -> tuple[list[ImageFile], list[str]]:
    """The identity references of the shot's characters, in the order it lists them: those that
    are pictures in the media folder, and the others (a LoRA's name) as text."""
    characters = {c.id: c for c in project.characters}
    pictures: list[ImageFile] = []
    names: list[str] = []
    for entry in shot.characters:
        ref = effective_ref(shot, entry.character_id, characters.get(entry.character_id))
        picture = read_media_image(folder, ref) if ref else None
        if picture is not None:
            pictures.append(picture)
        elif ref:
            names.append(ref)
    return pictures, names


def _reference_names(bindings: Sequence[Binding], names: list[str]) -> dict[tuple[str, str], object]:
    """Reference names for the text inputs bound to references (LoRA loaders), in order."""
    text_inputs = [b for b in bindings if b.role is Role.REFERENCE and b.input not in PICTURE_INPUTS]
    return {(b.node, b.input): name for b, name in zip(text_inputs, names, strict=False)}


def _uploads(project: Project, folder: Path | None, bindings: Sequence[Binding], shot: Shot, episode: Episode,
             graph: EpisodeGraph, references: list[ImageFile]) -> Iterator[Upload]:
    """The pictures the shot's image inputs receive: first frame, identity references, plate."""
    stem = safe_stem(shot.code, "shot")
    first_frame = _first_frame(project, shot, graph)
    plate = _chosen_still(episode, next(iter(graph.plate_sources(shot.id)), None))
    pictures = [(b, read_media_image(folder, first_frame) if first_frame else None, "frame")
                for b in bindings if b.role is Role.IMAGE]
    reference_inputs = [b for b in bindings if b.role is Role.REFERENCE and b.input in PICTURE_INPUTS]
    pictures += [(b, picture, f"ref{n}")
                 for n, (b, picture) in enumerate(zip(reference_inputs, references, strict=False), start=1)]
    pictures += [(b, read_media_image(folder, plate) if plate else None, "plate")
                 for b in bindings if b.role is Role.PLATE]
    for binding, picture, label in pictures:
        if picture is not None:
            yield Upload(binding, f"{stem}-{label}{picture.path.suffix.lower()}", picture.data)


def _first_frame(project: Project, shot: Shot, graph: EpisodeGraph) -> str | None:
    """The storyboard frame, or with chaining on the previous shot's chosen still when it has one."""
    if project.generation.chain_first_frame:
        chained = _chosen_still(graph.episode, next(iter(graph.cut_predecessors(shot.id)), None))
        if chained:
            return chained
    return shot.frame


def _chosen_still(episode: Episode, shot_id: str | None) -> str | None:
    shot = next((s for s in episode.shots if s.id == shot_id), None) if shot_id else None
    take = shot.ai.chosen_take() if shot is not None else None
    return take.image if take is not None else None


def send_draw(engine: Engine, request: DrawRequest, uploaded: dict[str, str]) -> PendingJob:
    """Upload the draw's pictures (each once per ``uploaded`` cache) and queue it; the job as sent."""
    workflow = request.workflow
    for upload in request.uploads:
        key = f"{upload.name}:{hashlib.sha256(upload.data).hexdigest()}"
        if key not in uploaded:
            uploaded[key] = engine.upload_image(upload.name, upload.data)
        workflow = filled_in(workflow, [upload.binding], {}, {(upload.binding.node, upload.binding.input):
                                                              uploaded[key]})
    prompt_id = engine.queue(workflow)
    return request.job.model_copy(update={"prompt_id": prompt_id, "started": now()})


def fetch_draw(engine: Engine, folder: Path, job: PendingJob, shot_code: str,
               on_progress: ProgressCallback | None = None, max_bytes: int = MAX_OUTPUT_BYTES) -> Arrival:
    """Follow the job until it ends and download its outputs into the media folder."""
    return arrived(engine, folder, job, shot_code, engine.follow(job.prompt_id, on_progress), max_bytes)


def arrived(engine: Engine, folder: Path, job: PendingJob, shot_code: str, result: JobResult,
            max_bytes: int = MAX_OUTPUT_BYTES) -> Arrival:
    """Download a finished job's outputs; the arrival to record."""
    files = _download(folder, engine, shot_code, result, max_bytes)
    finished = now()
    compute = result.compute_seconds
    if compute is None:
        started = dt.datetime.fromisoformat(job.started) if job.started else dt.datetime.fromisoformat(finished)
        compute = max(0.0, (dt.datetime.fromisoformat(finished) - started).total_seconds())
    return Arrival(job, tuple(files), compute, finished)


def take_for(settings: GenerationSettings, shot: Shot, arrival: Arrival) -> Take:
    """The take an arrival becomes, with its provenance and cost."""
    job = arrival.job
    video = next((f for f in arrival.files if f.endswith(VIDEO_SUFFIXES)), None)
    image = next((f for f in arrival.files if not f.endswith(VIDEO_SUFFIXES)), None)
    cost = draw_cost(settings, arrival.compute_seconds, generated_seconds(shot) if video else 0.0)
    return Take(id=new_id("tk"), image=image, video=video, seed=job.seed, provenance=Provenance(
        server=job.server, prompt_id=job.prompt_id, workflow=job.template, workflow_sha256=job.workflow_sha256,
        model=job.model, started=job.started, finished=arrival.finished,
        compute_seconds=round(arrival.compute_seconds, 3), cost=round(cost, 4)))


def record_take(project: Project, arrival: Arrival) -> Take:
    """Add the arrival to its shot as a take, count the draw and forget the job."""
    shot = find_shot(project, arrival.job.shot_id)
    forget_job(project, arrival.job)
    if shot is None:
        raise GenerationError(arrival.job.server, f"the job {arrival.job.prompt_id} belongs to a shot that "
                                                  "was deleted")
    take = take_for(project.generation, shot, arrival)
    shot.ai.takes.append(take)
    shot.ai.takes_tried += 1
    return take


def find_shot(project: Project, shot_id: str) -> Shot | None:
    return next((s for e in project.episodes for s in e.shots if s.id == shot_id), None)


def forget_job(project: Project, job: PendingJob) -> None:
    project.generation.jobs[:] = [j for j in project.generation.jobs if j.prompt_id != job.prompt_id]


def _download(folder: Path, engine: Engine, shot_code: str, result: JobResult, max_bytes: int) -> list[str]:
    kept = [(output, output_suffix(output.filename)) for output in result.outputs]
    kept = [(output, suffix) for output, suffix in kept if suffix is not None]
    if not kept:
        raise GenerationError(engine.server, f"the job {result.prompt_id} finished without a picture or video "
                                             "output; does the workflow end in a Save node?")
    written = []
    for number, (output, suffix) in enumerate(kept, start=1):
        relative = f"{TAKES_FOLDER}/{safe_stem(shot_code, 'shot')}-{result.prompt_id[:8]}-{number}{suffix}"
        with engine.download(output, max_bytes) as chunks:
            written.append(write_media(folder, relative, chunks))
    return written


def job_state(engine: Engine, folder: Path, job: PendingJob, shot_code: str,
              on_progress: ProgressCallback | None = None) -> Arrival:
    """Bring back a draw sent earlier: from the history, or followed while still queued; a job the
    server no longer knows is an error."""
    state, result = engine.state(job.prompt_id)
    if state == JobState.LOST:
        raise GenerationError(engine.server, f"the job {job.prompt_id} was lost: the server no longer "
                                             "knows it (restarted?); send the shot again")
    if result is None:
        result = engine.follow(job.prompt_id, on_progress)
    return arrived(engine, folder, job, shot_code, result)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Batch:
    """Draws of shots of one project through one engine and one template, recorded as they go;
    ``saved`` runs when each draw is queued and when each comes back."""

    project: Project
    folder: Path
    engine: Engine
    template: WorkflowTemplate
    workflow: dict
    saved: Callable[[], None] = lambda: None
    on_progress: ProgressCallback | None = None
    max_output_bytes: int = MAX_OUTPUT_BYTES
    _uploaded: dict[str, str] = field(default_factory=dict)

    def run(self, shots: Sequence[Shot], draws: int, rng: random.Random | None = None) -> Iterator[DrawOutcome]:
        """Each draw's outcome as it ends; stops early when the server cannot be reached."""
        plan = plan_draws(self.project, self.folder, self.template, self.workflow, shots, draws,
                          self.engine.server, rng)
        for request in plan:
            try:
                yield DrawOutcome(request.shot_code, request.draw, request.seed, take=self._draw(request))
            except ServerUnreachable:
                raise
            except GenerationError as error:
                yield DrawOutcome(request.shot_code, request.draw, request.seed, error=str(error))

    def _draw(self, request: DrawRequest) -> Take:
        job = send_draw(self.engine, request, self._uploaded)
        self.project.generation.jobs.append(job)
        self.saved()
        try:
            arrival = fetch_draw(self.engine, self.folder, job, request.shot_code, self.on_progress,
                                 self.max_output_bytes)
        except GenerationError:
            forget_job(self.project, job)
            self.saved()
            raise
        take = record_take(self.project, arrival)
        self.saved()
        return take


def resume_jobs(project: Project, folder: Path, engine: Engine,
                on_progress: ProgressCallback | None = None) -> Iterator[DrawOutcome]:
    """Bring back the draws sent to this engine's server before; a job the server lost is reported
    and forgotten."""
    for job in [j for j in project.generation.jobs if j.server == engine.server]:
        shot = find_shot(project, job.shot_id)
        code = shot.code if shot is not None else job.shot_id
        try:
            if shot is None:
                raise GenerationError(job.server, f"the job {job.prompt_id} belongs to a shot that was deleted")
            take = record_take(project, job_state(engine, folder, job, code, on_progress))
            yield DrawOutcome(code, 0, job.seed or 0, take=take)
        except ServerUnreachable:
            raise
        except GenerationError as error:
            forget_job(project, job)
            yield DrawOutcome(code, 0, job.seed or 0, error=str(error))
