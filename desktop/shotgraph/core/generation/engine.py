"""What a generator offers ShotGraph, whatever engine stands behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from shotgraph.core.io.errors import ShotGraphError


class GenerationError(ShotGraphError):
    """The generator could not do what was asked: unreachable, refused, failed, lost a job (exit 3)."""

    exit_status = 3


class ServerUnreachable(GenerationError):
    """No server answers at the address: no further draw is tried."""


class DrawCancelled(GenerationError):
    """The draw was cancelled on the server before it finished."""


@dataclass(frozen=True)
class Progress:
    """How far a job has come: the running node and its steps (``value`` of ``maximum``)."""

    prompt_id: str
    node: str | None
    value: int = 0
    maximum: int = 0


@dataclass(frozen=True)
class OutputFile:
    """A file a finished job produced, as the engine names it."""

    filename: str
    subfolder: str = ""
    kind: str = "output"


@dataclass(frozen=True)
class JobResult:
    """A finished job: its files and the seconds the server spent on it (None: not reported)."""

    prompt_id: str
    outputs: tuple[OutputFile, ...]
    compute_seconds: float | None = None


class JobState:
    """Where a job sent earlier stands now."""

    QUEUED = "queued"
    DONE = "done"
    LOST = "lost"


ProgressCallback = Callable[[Progress], None]


class Engine(Protocol):
    """A generation server: queue a workflow, follow it, fetch what it made."""

    server: str

    def upload_image(self, name: str, data: bytes) -> str:
        """Store an input image on the server; the name a workflow uses for it."""
        ...

    def queue(self, workflow: dict) -> str:
        """Queue ``workflow``; its job id."""
        ...

    def follow(self, prompt_id: str, on_progress: ProgressCallback | None = None) -> JobResult:
        """Wait for the job to finish and return its result."""
        ...

    def state(self, prompt_id: str) -> tuple[str, JobResult | None]:
        """Whether the job is still queued, done (with its result), or lost."""
        ...

    def close(self) -> None:
        """Let go of the connection."""
        ...

    def cancel(self, prompt_id: str) -> None:
        """Take the job off the server's queue, or stop it when it is running."""
        ...

    def download(self, output: OutputFile, max_bytes: int) -> AbstractContextManager[Iterator[bytes]]:
        """The bytes of an output file, in chunks, refused past ``max_bytes``."""
        ...
