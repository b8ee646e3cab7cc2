"""Draws running in the background: sent to the server and followed on a worker thread.

The worker only talks to the server and writes the outputs into the media folder; every change
of the project (a draw recorded in flight, a take brought back) is made on the UI thread by
whoever listens to the signals. Each draw is a ``DrawRow`` the Generation panel shows.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from shotgraph.core.document import Document
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.draws import Arrival, DrawRequest, fetch_draw, job_state, send_draw
from shotgraph.core.generation.engine import DrawCancelled, Engine, GenerationError, Progress, ServerUnreachable
from shotgraph.core.io.errors import ShotGraphError
from shotgraph.core.model import PendingJob


class DrawState(Enum):
    WAITING = "waiting"
    """Planned, not on the server yet."""
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINISHED = (DrawState.DONE, DrawState.FAILED, DrawState.CANCELLED)


@dataclass
class DrawRow:
    """One draw as the Generation panel shows it."""

    key: int
    shot_code: str
    draw: int
    seed: int
    server: str
    state: DrawState = DrawState.WAITING
    prompt_id: str = ""
    node: str = ""
    value: int = 0
    maximum: int = 0
    message: str = ""
    """The file brought back, or why the draw failed."""


@dataclass
class _Work:
    """What the worker does next: send planned draws, or pick up draws sent before."""

    server: str
    token: str
    folder: Path
    requests: dict[int, DrawRequest] = field(default_factory=dict)
    resumed: dict[int, PendingJob] = field(default_factory=dict)


EngineFactory = Callable[[str, str], Engine]


class GenerationQueue(QObject):
    """Draws of one open project; ``stop`` when the project closes (what is in flight stays on the server)."""

    sent = Signal(int, object)
    """A row's draw is on the server: its ``PendingJob``."""
    arrived = Signal(int, object)
    """A row's draw came back: its ``Arrival``, outputs already in the media folder."""
    ended = Signal(int)
    """A row failed or was cancelled (its message says why)."""
    row_changed = Signal(int)
    rows_added = Signal()

    def __init__(self, document: Document | None, parent: QObject | None = None,
                 engine_factory: EngineFactory = ComfyUI) -> None:
        super().__init__(parent)
        self.document = document
        """The open project whose draws these are."""
        self.rows: dict[int, DrawRow] = {}
        self._keys = itertools.count(1)
        self._engine_factory = engine_factory
        self._work: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()
        self._cancelled: set[int] = set()
        self._tokens: dict[str, str] = {}
        self._engine: Engine | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="shotgraph-generation", daemon=True)
        self._thread.start()

    # -- the UI thread --------------------------------------------------------------------

    def send(self, requests: Sequence[DrawRequest], server: str, token: str, folder: Path) -> list[int]:
        """Queue planned draws; their row keys."""
        work = _Work(server, token, folder)
        self._tokens[server] = token
        for request in requests:
            key = next(self._keys)
            self.rows[key] = DrawRow(key, request.shot_code, request.draw, request.seed, server)
            work.requests[key] = request
        self.rows_added.emit()
        self._work.put(work)
        return list(work.requests)

    def resume(self, jobs: Sequence[tuple[str, PendingJob]], token: str, folder: Path) -> None:
        """Pick up draws sent before (shot code and job each), server by server."""
        by_server: dict[str, _Work] = {}
        for code, job in jobs:
            self._tokens[job.server] = token
            work = by_server.setdefault(job.server, _Work(job.server, token, folder))
            key = next(self._keys)
            self.rows[key] = DrawRow(key, code, 0, job.seed or 0, job.server, DrawState.QUEUED, job.prompt_id)
            work.resumed[key] = job
        self.rows_added.emit()
        for work in by_server.values():
            self._work.put(work)

    def cancel(self, key: int) -> None:
        """Stop a draw: one not sent yet is never sent; one on the server is taken off its queue or stopped."""
        row = self.rows.get(key)
        if row is None or row.state in FINISHED or key in self._cancelled:
            return
        self._cancelled.add(key)
        if row.prompt_id:
            threading.Thread(target=self._cancel_on_server, args=(row.server, row.prompt_id), daemon=True).start()

    def cancel_all(self) -> None:
        for key in list(self.rows):
            self.cancel(key)

    def clear_finished(self) -> None:
        """Forget the rows of draws that ended."""
        self.rows = {k: r for k, r in self.rows.items() if r.state not in FINISHED}
        self.rows_added.emit()

    @property
    def busy(self) -> bool:
        return any(row.state not in FINISHED for row in self.rows.values())

    def stop(self) -> None:
        """Stop following (the project closes); draws on the server stay there to be picked up later."""
        self._stopped = True
        self._work.put(None)
        if self._engine is not None:
            self._engine.close()

    # -- the worker thread ----------------------------------------------------------------

    def _run(self) -> None:
        while (work := self._work.get()) is not None and not self._stopped:
            try:
                self._engine = self._engine_factory(work.server, work.token)
            except ShotGraphError as error:
                for key in [*work.requests, *work.resumed]:
                    self._end(key, DrawState.FAILED, str(error))
                continue
            try:
                self._do(work, self._engine)
            finally:
                self._engine.close()
                self._engine = None

    def _do(self, work: _Work, engine: Engine) -> None:
        jobs: dict[int, PendingJob] = dict(work.resumed)
        uploaded: dict[str, str] = {}
        unreachable = ""
        for key, request in work.requests.items():
            if self._skip(key):
                continue
            if unreachable:
                self._end(key, DrawState.FAILED, unreachable)
                continue
            try:
                jobs[key] = job = send_draw(engine, request, uploaded)
            except ServerUnreachable as error:
                unreachable = str(error)
                self._end(key, DrawState.FAILED, unreachable)
                continue
            except GenerationError as error:
                self._end(key, DrawState.FAILED, str(error))
                continue
            self._update(key, state=DrawState.QUEUED, prompt_id=job.prompt_id)
            self._say(self.sent, key, job)
        for key, job in jobs.items():
            if self._stopped:
                return
            if self._skip(key):
                continue
            self._follow(work, engine, key, job, resumed=key in work.resumed)

    def _follow(self, work: _Work, engine: Engine, key: int, job: PendingJob, resumed: bool) -> None:
        row = self.rows[key]

        def progressed(progress: Progress) -> None:
            self._update(key, state=DrawState.RUNNING, node=progress.node or "", value=progress.value,
                         maximum=progress.maximum)

        try:
            if resumed:
                arrival = job_state(engine, work.folder, job, row.shot_code, progressed)
            else:
                arrival = fetch_draw(engine, work.folder, job, row.shot_code, progressed)
        except DrawCancelled:
            self._end(key, DrawState.CANCELLED, "")
            return
        except (GenerationError, ShotGraphError) as error:
            if not self._stopped:
                self._end(key, DrawState.CANCELLED if key in self._cancelled else DrawState.FAILED, str(error))
            return
        except OSError as error:
            if not self._stopped:
                self._end(key, DrawState.FAILED, f"{work.folder}: {error.strerror or error}")
            return
        self._arrive(key, arrival)

    def _arrive(self, key: int, arrival: Arrival) -> None:
        self._update(key, state=DrawState.DONE, message=", ".join(arrival.files))
        self._say(self.arrived, key, arrival)

    def _skip(self, key: int) -> bool:
        """A draw cancelled before the worker reached it ends here."""
        if key in self._cancelled:
            self._end(key, DrawState.CANCELLED, "")
            return True
        return False

    def _end(self, key: int, state: DrawState, message: str) -> None:
        self._update(key, state=state, message=message)
        self._say(self.ended, key)

    def _update(self, key: int, **values: object) -> None:
        row = self.rows.get(key)
        if row is not None:
            for name, value in values.items():
                setattr(row, name, value)
            self._say(self.row_changed, key)

    def _say(self, signal: SignalInstance, *args: object) -> None:
        """Tell the UI thread, unless the queue was let go of meanwhile (the window closed)."""
        try:
            signal.emit(*args)
        except RuntimeError:  # the Qt side of the queue is gone: nobody listens any more
            self._stopped = True

    def _cancel_on_server(self, server: str, prompt_id: str) -> None:
        try:
            engine = self._engine_factory(server, self._tokens.get(server, ""))
        except ShotGraphError:
            return
        try:
            engine.cancel(prompt_id)
        except GenerationError:
            pass  # the draw ends by itself; its row says how
        finally:
            engine.close()
