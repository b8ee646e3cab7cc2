"""A local stand-in for a ComfyUI server, speaking its HTTP and WebSocket protocol.

It runs a queued workflow node by node, sending the messages ComfyUI sends in ComfyUI's
order (status, execution_start, execution_cached, executing, progress, executed,
execution_success, executing with node null), then lists the outputs in /history and
serves them from /view. ``mode`` makes it misbehave as real servers do: ``fail`` (a node
raises), ``restart`` (the server restarts mid-job and forgets it), ``slow`` (outputs reach
the history late), ``large`` (a huge output), ``missing`` (the output file is gone). Jobs run one at a time in
queue order, as on ComfyUI; ``POST /queue`` deletes waiting jobs and ``POST /interrupt`` stops the
running one. ``picture`` (width, height) makes each output a real PNG of that size; ``step_seconds``
slows each sampler step. A workflow saved by ``SaveVideo`` or ``VHS_VideoCombine`` answers with a
small real MP4, listed as ComfyUI lists it: under ``images`` with ``animated: [true]`` for SaveVideo,
under ``gifs`` for VHS_VideoCombine.
"""

from __future__ import annotations

import asyncio
import functools
import io
import threading
import time
import uuid

from aiohttp import WSMsgType, web

MODELS = ("sdxl_base.safetensors", "wan2.1_i2v.safetensors", "wan2.1_t2v_1.3B_fp16.safetensors")
KNOWN_NODES = ("CheckpointLoaderSimple", "CLIPTextEncode", "EmptyLatentImage", "KSampler", "VAEDecode",
               "SaveImage", "LoadImage", "SaveVideo", "CreateVideo", "LoraLoader", "UNETLoader", "CLIPLoader",
               "VAELoader", "EmptyHunyuanLatentVideo", "VHS_VideoCombine")
LOADERS = {"CheckpointLoaderSimple": "ckpt_name", "UNETLoader": "unet_name"}
"""The model loaders whose model must be one of MODELS."""
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
VIDEO_SIZE = (108, 192)
VIDEO_FRAMES = 6
VIDEO_COLOUR = (30, 200, 30)
"""The stand-in's video: six green frames of 108×192 at 24 fps, H.264 in MP4."""


class FakeComfyUI:
    """Start with ``start()``; ``url`` is its address; ``prompts`` the workflows it received."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.prompts: list[dict] = []
        self.uploads: dict[str, bytes] = {}
        self.headers: list[dict] = []
        self.history: dict[str, dict] = {}
        self.files: dict[str, bytes] = {}
        self.large_bytes = 3 * 2**20
        self.picture: tuple[int, int] | None = None
        self.step_seconds = 0.0
        self.interrupted: list[str] = []
        self._cancelled: set[str] = set()
        self._png: bytes | None = None
        self._queue: list[str] = []
        self._sockets: dict[str, web.WebSocketResponse] = {}
        self._number = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.url = ""

    def start(self) -> FakeComfyUI:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(10)
        return self

    def stop(self) -> None:
        """Shut the server down (a second call does nothing)."""
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_post("/prompt", self._prompt)
        app.router.add_get("/ws", self._socket)
        app.router.add_get("/history/{prompt_id}", self._history)
        app.router.add_get("/queue", self._queue_state)
        app.router.add_get("/view", self._view)
        app.router.add_post("/upload/image", self._upload)
        app.router.add_post("/queue", self._queue_delete)
        app.router.add_post("/interrupt", self._interrupt)
        self._lock = asyncio.Lock()
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        client = request.query.get("clientId", "")
        self._sockets[client] = socket
        await socket.send_json({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}},
                                                           "sid": client}})
        async for message in socket:
            if message.type == WSMsgType.ERROR:
                break
        return socket

    async def _prompt(self, request: web.Request) -> web.Response:
        self.headers.append(dict(request.headers))
        body = await request.json()
        workflow = body["prompt"]
        errors = _node_errors(workflow)
        if errors:
            return web.json_response({"error": {"type": "prompt_outputs_failed_validation",
                                                "message": "Prompt outputs failed validation", "details": "",
                                                "extra_info": {}}, "node_errors": errors}, status=400)
        self.prompts.append(workflow)
        prompt_id = str(uuid.uuid4())
        self._number += 1
        self._queue.append(prompt_id)
        asyncio.get_running_loop().create_task(self._run(prompt_id, workflow, body.get("client_id", "")))
        return web.json_response({"prompt_id": prompt_id, "number": self._number, "node_errors": {}})

    async def _run(self, prompt_id: str, workflow: dict, client: str) -> None:
        async with self._lock:
            if prompt_id in self._cancelled:
                return
            await self._execute(prompt_id, workflow, client)

    async def _execute(self, prompt_id: str, workflow: dict, client: str) -> None:
        await asyncio.sleep(0.05)
        send = self._sender(client)
        started = int(time.time() * 1000)
        await send("status", {"status": {"exec_info": {"queue_remaining": 1}}})
        await send("execution_start", {"prompt_id": prompt_id, "timestamp": started})
        if self.mode == "restart":
            await self._restart()
            return
        await send("execution_cached", {"nodes": [], "prompt_id": prompt_id, "timestamp": started})
        outputs: dict[str, dict] = {}
        for node_id, node in workflow.items():
            await send("executing", {"node": node_id, "display_node": node_id, "prompt_id": prompt_id})
            if node["class_type"] == "KSampler":
                if self.mode == "fail":
                    await self._fail(send, prompt_id, node_id)
                    return
                for step in range(1, 4):
                    if prompt_id in self._cancelled:
                        await self._stop(send, prompt_id, node_id)
                        return
                    await send("progress", {"value": step, "max": 3, "prompt_id": prompt_id, "node": node_id})
                    await asyncio.sleep(self.step_seconds)
            if node["class_type"] in ("SaveImage", "SaveVideo", "VHS_VideoCombine"):
                outputs[node_id] = self._saved(node["class_type"], node["inputs"]["filename_prefix"])
                await send("executed", {"node": node_id, "display_node": node_id, "output": outputs[node_id],
                                        "prompt_id": prompt_id})
        finished = started + 2500
        await send("execution_success", {"prompt_id": prompt_id, "timestamp": finished})
        entry = {"prompt": [self._number, prompt_id, workflow, {}, list(outputs)], "outputs": outputs,
                 "status": {"status_str": "success", "completed": True,
                            "messages": [["execution_start", {"prompt_id": prompt_id, "timestamp": started}],
                                         ["execution_success", {"prompt_id": prompt_id, "timestamp": finished}]]}}
        self._queue.remove(prompt_id)
        if self.mode == "slow":
            self.history[prompt_id] = {**entry, "outputs": {}}
            asyncio.get_running_loop().call_later(0.6, self.history.__setitem__, prompt_id, entry)
        else:
            self.history[prompt_id] = entry
        await send("executing", {"node": None, "prompt_id": prompt_id})

    def _saved(self, kind: str, prefix: str) -> dict:
        """A save node's outputs as the history lists them."""
        if kind == "SaveVideo":
            return {"images": [self._output(prefix, "_.mp4")], "animated": [True]}
        if kind == "VHS_VideoCombine":
            return {"gifs": [{**self._output(prefix, ".mp4"), "format": "video/h264-mp4", "frame_rate": 24.0}]}
        return {"images": [self._output(prefix, "_.png")]}

    def _output(self, prefix: str, ending: str) -> dict:
        name = f"{prefix.rpartition('/')[2]}_{len(self.files) + 1:05}{ending}"
        if self.mode == "large":
            self.files[name] = PNG + b"\0" * self.large_bytes
        elif self.mode != "missing":
            self.files[name] = _video() if ending.endswith(".mp4") else self._picture()
        return {"filename": name, "subfolder": prefix.rpartition("/")[0], "type": "output"}

    async def _fail(self, send, prompt_id: str, node_id: str) -> None:
        await send("execution_error", {"prompt_id": prompt_id, "node_id": node_id, "node_type": "KSampler",
                                       "executed": [], "exception_message": "CUDA out of memory. Tried to "
                                       "allocate 2.00 GiB", "exception_type": "torch.OutOfMemoryError",
                                       "traceback": ["..."], "current_inputs": {}, "current_outputs": {}})
        self._queue.remove(prompt_id)
        self.history[prompt_id] = {"outputs": {}, "status": {"status_str": "error", "completed": False,
                                                             "messages": []}}
        await send("executing", {"node": None, "prompt_id": prompt_id})

    def _picture(self) -> bytes:
        if self.picture is None:
            return PNG
        if self._png is None:
            from PIL import Image

            out = io.BytesIO()
            Image.new("RGB", self.picture, "teal").save(out, "PNG")
            self._png = out.getvalue()
        return self._png

    async def _stop(self, send, prompt_id: str, node_id: str) -> None:
        await send("execution_interrupted", {"prompt_id": prompt_id, "node_id": node_id, "node_type": "KSampler",
                                             "executed": []})
        self._queue.remove(prompt_id)
        self.history[prompt_id] = {"outputs": {}, "status": {"status_str": "error", "completed": False,
                                                             "messages": []}}
        await send("executing", {"node": None, "prompt_id": prompt_id})

    async def _queue_delete(self, request: web.Request) -> web.Response:
        for prompt_id in (await request.json()).get("delete", []):
            if prompt_id in self._queue[1:]:
                self._queue.remove(prompt_id)
                self._cancelled.add(prompt_id)
        return web.json_response({})

    async def _interrupt(self, request: web.Request) -> web.Response:
        prompt_id = (await request.json()).get("prompt_id")
        if prompt_id in self._queue[:1]:
            self._cancelled.add(prompt_id)
            self.interrupted.append(prompt_id)
        return web.json_response({})

    async def _restart(self) -> None:
        self._queue.clear()
        self.history.clear()
        for socket in list(self._sockets.values()):
            await socket.close()
        self._sockets.clear()

    def _sender(self, client: str):
        async def send(kind: str, data: dict) -> None:
            socket = self._sockets.get(client)
            if socket is not None and not socket.closed:
                await socket.send_json({"type": kind, "data": data})
        return send

    async def _history(self, request: web.Request) -> web.Response:
        prompt_id = request.match_info["prompt_id"]
        entry = self.history.get(prompt_id)
        return web.json_response({prompt_id: entry} if entry is not None else {})

    async def _queue_state(self, request: web.Request) -> web.Response:
        running = [[1, p, {}, {}, []] for p in self._queue]
        return web.json_response({"queue_running": running[:1], "queue_pending": running[1:]})

    async def _view(self, request: web.Request) -> web.Response:
        data = self.files.get(request.query.get("filename", ""))
        if data is None:
            return web.Response(status=404)
        video = request.query.get("filename", "").endswith(".mp4")
        return web.Response(body=data, content_type="video/mp4" if video else "image/png")

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        image = form["image"]
        self.uploads[image.filename] = image.file.read()  # type: ignore[union-attr]
        return web.json_response({"name": image.filename, "subfolder": "", "type": "input"})  # type: ignore[union-attr]


@functools.cache
def _video() -> bytes:
    """The MP4 every video output holds, made once."""
    import av
    from PIL import Image

    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=24)
        stream.width, stream.height, stream.pix_fmt = *VIDEO_SIZE, "yuv420p"
        frame = av.VideoFrame.from_image(Image.new("RGB", VIDEO_SIZE, VIDEO_COLOUR)).reformat(format="yuv420p")
        for number in range(VIDEO_FRAMES):
            frame.pts = number
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return out.getvalue()


def _node_errors(workflow: dict) -> dict:
    errors = {}
    for node_id, node in workflow.items():
        kind = node.get("class_type")
        if kind not in KNOWN_NODES:
            errors[node_id] = _error(kind, f"Node '{kind}' not found", "The custom node may not be installed")
        elif kind in LOADERS and node["inputs"].get(LOADERS[kind]) not in MODELS:
            name = LOADERS[kind]
            errors[node_id] = _error(kind, "Value not in list",
                                     f"{name}: '{node['inputs'].get(name)}' not in {list(MODELS)}")
    return errors


def _error(kind: str, message: str, details: str) -> dict:
    return {"errors": [{"type": "value_not_in_list", "message": message, "details": details, "extra_info": {}}],
            "dependent_outputs": [], "class_type": kind}
