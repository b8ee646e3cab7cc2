"""The generation settings of a project: the ComfyUI server, workflow templates and their
bindings, the cost rates, and the jobs sent but not yet brought back (docs/generation.md)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Id, MediaPath, Name, Record, Seed


class Role(StrEnum):
    """The shot data a workflow input can be bound to."""

    PROMPT = "prompt"
    NEGATIVE = "negative"
    SEED = "seed"
    MODEL = "model"
    """Read from the workflow (its loader node) into each take's provenance, never written."""
    WIDTH = "width"
    HEIGHT = "height"
    BATCH = "batch"
    FRAMES = "frames"
    FPS = "fps"
    IMAGE = "image"
    """The first-frame image: the shot's storyboard frame (or the previous shot's chosen take, when
    chained), uploaded to the server."""
    REFERENCE = "reference"
    """A character's identity reference picture, one per bound input in the order the shot lists them."""
    PLATE = "plate"
    """The chosen take of the AI plate linked into the shot by a plate edge."""
    OUTPUT_NAME = "output_name"


class Binding(Record):
    """One input of one workflow node that receives a piece of shot data."""

    role: Role
    node: Name = Field(min_length=1)
    input: Name = Field(min_length=1)


class WorkflowTemplate(Record):
    """A named API-format workflow kept in the project's media folder, with its bindings."""

    name: Name = Field(min_length=1)
    file: MediaPath
    sha256: Name = ""
    bindings: list[Binding] = Field(default_factory=list)


class PendingJob(Record):
    """A draw queued on the server and not brought back yet, picked up again on the next run."""

    shot_id: Id
    prompt_id: Name
    server: Name
    template: Name
    workflow_sha256: Name = ""
    seed: Seed | None = None
    model: Name = ""
    started: Name = ""
    """ISO 8601 time the draw was queued."""


class GenerationSettings(Record):
    """Where draws are sent and what they cost."""

    server: Name = "http://127.0.0.1:8188"
    token: Name = ""
    """Sent as a bearer token, for a server behind an authenticating proxy."""
    cost_per_compute_second: float = Field(default=0.0, ge=0)
    """What a second of a local server's compute costs (power, rented GPU)."""
    cost_per_generated_second: float = Field(default=0.0, ge=0)
    """What a cloud model charges per second of video it returns."""
    expected_compute_seconds: float = Field(default=60.0, ge=0)
    """A draw's compute time assumed by the estimate before anything was sent."""
    overspend_margin: float = Field(default=0.2, ge=0)
    """An episode whose AI spend passes its estimate by more than this share is a finding."""
    chain_first_frame: bool = False
    """Send the previous shot's chosen take as the first frame instead of the storyboard frame."""
    templates: list[WorkflowTemplate] = Field(default_factory=list)
    jobs: list[PendingJob] = Field(default_factory=list)
