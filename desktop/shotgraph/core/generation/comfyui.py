"""The ComfyUI adapter: everything ComfyUI-specific, behind the ``Engine`` interface.

A job is queued with ``POST /prompt`` after the WebSocket ``/ws?clientId=`` is open, so no
message is missed; the socket then says ``execution_start``, ``execution_cached``,
``executing`` (a node), ``progress``, ``executed``, ``execution_success`` or
``execution_error`` or ``execution_interrupted``, and ``executing`` with ``node: null`` when
the job is over; the end of each job is remembered, so jobs queued together are followed in turn.
``/history/{id}`` lists the outputs, ``/view`` serves each file, ``/upload/image`` takes
input images. A socket that drops mid-job is opened again while ``/queue`` still holds the
job; a job neither queued nor in the history was lost (the server restarted).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx
from websockets.exceptions import WebSocketException
from websockets.sync.client import ClientConnection, connect

from shotgraph.core.io.errors import InputError

from .engine import (
    DrawCancelled,
    GenerationError,
    JobResult,
    JobState,
    OutputFile,
    Progress,
    ProgressCallback,
    ServerUnreachable,
)

POLL_SECONDS = 2.0
"""How long the socket may stay quiet before the server is asked where a job stands."""
HISTORY_WAIT_SECONDS = 10.0
"""How long outputs may take to appear in the history after the job said it was done."""


class ComfyUI:
    """One ComfyUI server, at ``server`` (``http://host:8188``), with an optional bearer token."""

    def __init__(self, server: str, token: str = "", timeout: float = 30.0, idle_timeout: float = 900.0) -> None:
        self.server = server.strip().rstrip("/")
        if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", self.server):
            raise InputError(None, f"the server address {server!r} is not an http:// or https:// address "
                                   "(such as http://127.0.0.1:8188)")
        if not re.fullmatch(r"[!-~]*", token):
            raise InputError(None, "the server token may hold only ASCII letters, digits and punctuation")
        self._headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.server, headers=self._headers, timeout=timeout)
        self._idle_timeout = idle_timeout
        self._client_id = uuid.uuid4().hex
        self._socket: ClientConnection | None = None
        self._open_sockets = ExitStack()
        self._ended: dict[str, dict | None] = {}
        """Jobs the socket said were over while another was followed: None, or their failure."""

    def close(self) -> None:
        self._open_sockets.close()
        self._http.close()

    def upload_image(self, name: str, data: bytes) -> str:
        answer = self._request("POST", "/upload/image", files={"image": (name, data)},
                               data={"type": "input", "overwrite": "true"})
        body = _json(answer, "/upload/image", "name")
        folder = body.get("subfolder") or ""
        return f"{folder}/{body['name']}" if folder else str(body["name"])

    def queue(self, workflow: dict) -> str:
        self._open_socket()
        answer = self._request("POST", "/prompt", json={"prompt": workflow, "client_id": self._client_id},
                               refused_ok=True)
        body = _json(answer, "/prompt")
        if answer.status_code >= 400 or body.get("node_errors"):
            raise GenerationError(self.server, "the server refused the workflow: " + _refusal(body))
        return str(_json(answer, "/prompt", "prompt_id")["prompt_id"])

    def follow(self, prompt_id: str, on_progress: ProgressCallback | None = None) -> JobResult:
        while True:
            try:
                self._wait_until_done(prompt_id, on_progress)
                break
            except (WebSocketException, OSError, TimeoutError):
                state, result = self.state(prompt_id)
                if state == JobState.DONE and result is not None:
                    return result
                if state == JobState.LOST:
                    raise self._lost(prompt_id) from None
                self._socket = None
                time.sleep(0.2)
        return self._finished(prompt_id)

    def cancel(self, prompt_id: str) -> None:
        self._request("POST", "/queue", json={"delete": [prompt_id]})
        self._request("POST", "/interrupt", json={"prompt_id": prompt_id})

    def state(self, prompt_id: str) -> tuple[str, JobResult | None]:
        entry = self._history(prompt_id)
        if entry is not None:
            return JobState.DONE, _result(prompt_id, entry)
        queue = _json(self._request("GET", "/queue"), "/queue")
        waiting = queue.get("queue_running", []) + queue.get("queue_pending", [])
        if any(len(item) > 1 and item[1] == prompt_id for item in waiting):
            return JobState.QUEUED, None
        return JobState.LOST, None

    @contextmanager
    def download(self, output: OutputFile, max_bytes: int) -> Iterator[Iterator[bytes]]:
        params = {"filename": output.filename, "subfolder": output.subfolder, "type": output.kind}
        try:
            with self._http.stream("GET", "/view", params=params) as answer:
                if answer.status_code == 404:
                    raise GenerationError(self.server, f"the output file {output.filename} is missing on the "
                                                       "server (deleted or moved since the job finished)")
                answer.raise_for_status()
                yield _bounded(answer.iter_bytes(), max_bytes, output.filename)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from None

    def _open_socket(self) -> ClientConnection:
        if self._socket is None:
            url = self.server.replace("http", "ws", 1) + f"/ws?clientId={self._client_id}"
            try:
                self._socket = self._open_sockets.enter_context(
                    connect(url, additional_headers=self._headers, open_timeout=10, max_size=2**24))
            except (WebSocketException, OSError, TimeoutError) as error:
                raise self._unreachable(error) from None
        return self._socket

    def _wait_until_done(self, prompt_id: str, on_progress: ProgressCallback | None) -> None:
        socket = self._open_socket()
        quiet_since = time.monotonic()
        while prompt_id not in self._ended:
            try:
                raw = socket.recv(timeout=POLL_SECONDS)
            except TimeoutError:
                self._poll(prompt_id, quiet_since)
                continue
            quiet_since = time.monotonic()
            if isinstance(raw, bytes):
                continue  # a preview image
            message = json.loads(raw)
            kind, data = message.get("type"), message.get("data") or {}
            job = data.get("prompt_id")
            if kind in ("execution_error", "execution_interrupted") and job is not None:
                self._ended.setdefault(job, {"type": kind, **data})
            elif kind == "executing" and data.get("node") is None and job is not None:
                self._ended.setdefault(job, None)
            elif on_progress is not None and job == prompt_id and kind in ("executing", "progress"):
                on_progress(Progress(prompt_id, data.get("node"), int(data.get("value", 0)),
                                     int(data.get("max", 0))))
        failure = self._ended.pop(prompt_id)
        if failure is not None and failure["type"] == "execution_interrupted":
            raise DrawCancelled(self.server, "the draw was cancelled")
        if failure is not None:
            raise GenerationError(self.server, _failure(failure))

    def _poll(self, prompt_id: str, quiet_since: float) -> None:
        """The socket is quiet: the job may be another client's (queued before a restart of ShotGraph),
        whose messages never come here; ask the server where it stands."""
        state, _ = self.state(prompt_id)
        if state == JobState.LOST:
            raise self._lost(prompt_id)
        if state == JobState.DONE:
            self._ended.setdefault(prompt_id, None)
        elif time.monotonic() - quiet_since > self._idle_timeout:
            raise TimeoutError

    def _finished(self, prompt_id: str) -> JobResult:
        deadline = time.monotonic() + HISTORY_WAIT_SECONDS
        while True:
            entry = self._history(prompt_id)
            if entry is not None and (entry.get("status") or {}).get("status_str") == "error":
                raise GenerationError(self.server, f"the job {prompt_id} failed on the server (its log says why)")
            if entry is not None and entry.get("outputs"):
                return _result(prompt_id, entry)
            if time.monotonic() > deadline:
                if entry is None:
                    raise self._lost(prompt_id)
                return _result(prompt_id, entry)
            time.sleep(0.2)

    def _history(self, prompt_id: str) -> dict | None:
        body = _json(self._request("GET", f"/history/{prompt_id}"), "/history")
        entry = body.get(prompt_id)
        return entry if isinstance(entry, dict) else None

    def _request(self, method: str, path: str, refused_ok: bool = False, **options: Any) -> httpx.Response:
        try:
            answer = self._http.request(method, path, **options)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from None
        if answer.status_code >= 400 and not (refused_ok and answer.status_code == 400):
            raise GenerationError(self.server, f"{method} {path} answered {answer.status_code} "
                                               f"{answer.reason_phrase}")
        return answer

    def _unreachable(self, error: Exception) -> GenerationError:
        return ServerUnreachable(self.server, f"cannot reach the ComfyUI server ({error or type(error).__name__}); "
                                            "is it running? Start it, or check the server address "
                                            "(--server, or the project's generation settings)")

    def _lost(self, prompt_id: str) -> GenerationError:
        return GenerationError(self.server, f"the job {prompt_id} was lost: it is neither queued nor in the "
                                            "history (the server restarted?); send the shot again")


def _json(answer: httpx.Response, path: str, needed: str = "") -> dict:
    """The JSON object the server answered, holding ``needed`` when named; else a clear failure."""
    try:
        body = answer.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or (needed and needed not in body):
        raise GenerationError(str(answer.url), f"{path} did not answer as a ComfyUI server does "
                                               f"(no JSON object{' with ' + needed if needed else ''}); "
                                               "is this the address of a ComfyUI server?")
    return body


def _refusal(body: dict) -> str:
    """The server's reasons for refusing a workflow: each node's errors, else its overall error."""
    parts = []
    for node, report in (body.get("node_errors") or {}).items():
        for error in report.get("errors", []):
            detail = f": {error['details']}" if error.get("details") else ""
            parts.append(f"node {node} ({report.get('class_type', '?')}): {error.get('message', '?')}{detail}")
    if not parts:
        error = body.get("error")
        parts.append(error.get("message", "?") if isinstance(error, dict) else str(error))
    return "; ".join(parts)


def _failure(data: dict) -> str:
    return (f"the job failed at node {data.get('node_id', '?')} ({data.get('node_type', '?')}): "
            f"{data.get('exception_message', '').strip() or data.get('exception_type', 'unknown error')}")


def _result(prompt_id: str, entry: dict) -> JobResult:
    files = []
    for node_outputs in (entry.get("outputs") or {}).values():
        for items in node_outputs.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and item.get("filename") and item.get("type", "output") == "output":
                    files.append(OutputFile(str(item["filename"]), str(item.get("subfolder") or ""), "output"))
    return JobResult(prompt_id, tuple(files), _compute_seconds(entry))


def _compute_seconds(entry: dict) -> float | None:
    """From the history's execution_start to execution_success timestamps (milliseconds)."""
    times = {}
    for message in (entry.get("status") or {}).get("messages", []):
        if isinstance(message, list) and len(message) == 2 and isinstance(message[1], dict):
            times[message[0]] = message[1].get("timestamp")
    start, end = times.get("execution_start"), times.get("execution_success")
    if isinstance(start, int | float) and isinstance(end, int | float) and end >= start:
        return (end - start) / 1000
    return None


def _bounded(chunks: Iterator[bytes], max_bytes: int, name: str) -> Iterator[bytes]:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > max_bytes:
            raise GenerationError(name, f"the output file is larger than {max_bytes / 2**20:g} MB, "
                                        "the most ShotGraph brings back; nothing was kept")
        yield chunk
