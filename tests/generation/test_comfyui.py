"""The ComfyUI adapter against a stand-in server: jobs queued, followed and fetched, and one clear
message for each way a server lets a draw down."""

from __future__ import annotations

import json
import socket

import pytest

from comfy_server import FakeComfyUI
from generation_fixtures import WORKFLOWS
from shotgraph.core.generation.comfyui import ComfyUI
from shotgraph.core.generation.engine import GenerationError, JobState, Progress, ServerUnreachable
from shotgraph.core.io.errors import InputError


def workflow() -> dict:
    return json.loads((WORKFLOWS / "txt2img_api.json").read_text())


@pytest.fixture
def engine(comfy: FakeComfyUI):
    engine = ComfyUI(comfy.url)
    yield engine
    engine.close()


def test_a_job_is_followed_to_its_end_with_progress_and_its_outputs_listed(engine: ComfyUI, comfy: FakeComfyUI):
    seen: list[Progress] = []
    prompt_id = engine.queue(workflow())
    result = engine.follow(prompt_id, seen.append)
    assert [(p.node, p.value) for p in seen if p.node == "3"] == [("3", 0), ("3", 1), ("3", 2), ("3", 3)]
    assert [o.filename for o in result.outputs] == ["ComfyUI_00001_.png"]
    assert result.compute_seconds == 2.5
    assert engine.state(prompt_id)[0] == JobState.DONE


def test_the_token_is_sent_as_a_bearer_token(comfy: FakeComfyUI):
    engine = ComfyUI(comfy.url, token="abc123")
    engine.queue(workflow())
    engine.close()
    assert comfy.headers[0]["Authorization"] == "Bearer abc123"


@pytest.mark.parametrize(("server", "token", "expected"), [
    ("127.0.0.1:8188", "", "is not an http:// or https:// address"),
    ("http://127.0.0.1:8188", "秘密", "only ASCII"),
])
def test_a_bad_address_or_token_is_refused_before_anything_is_sent(server: str, token: str, expected: str):
    with pytest.raises(InputError) as caught:
        ComfyUI(server, token)
    assert expected in str(caught.value)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_is_not_running_is_named_with_what_to_do():
    engine = ComfyUI(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(ServerUnreachable) as caught:
        engine.queue(workflow())
    assert "cannot reach the ComfyUI server" in str(caught.value) and "--server" in str(caught.value)


def test_a_refused_workflow_names_each_node_its_class_and_the_reason(engine: ComfyUI):
    refused = workflow()
    refused["4"]["inputs"]["ckpt_name"] = "missing.safetensors"
    refused["11"] = {"class_type": "MagicVideoNode", "inputs": {}}
    with pytest.raises(GenerationError) as caught:
        engine.queue(refused)
    message = str(caught.value)
    assert "refused the workflow" in message
    assert "node 4 (CheckpointLoaderSimple): Value not in list: ckpt_name: 'missing.safetensors'" in message
    assert "node 11 (MagicVideoNode): Node 'MagicVideoNode' not found" in message


def test_a_failed_job_names_the_failing_node_and_its_message(engine: ComfyUI, comfy: FakeComfyUI):
    comfy.mode = "fail"
    with pytest.raises(GenerationError) as caught:
        engine.follow(engine.queue(workflow()))
    assert "the job failed at node 3 (KSampler): CUDA out of memory" in str(caught.value)


def test_a_server_restarted_mid_job_reports_the_job_lost(engine: ComfyUI, comfy: FakeComfyUI):
    comfy.mode = "restart"
    prompt_id = engine.queue(workflow())
    with pytest.raises(GenerationError) as caught:
        engine.follow(prompt_id)
    assert f"the job {prompt_id} was lost" in str(caught.value) and "restarted" in str(caught.value)


def test_outputs_that_reach_the_history_late_are_waited_for(engine: ComfyUI, comfy: FakeComfyUI):
    comfy.mode = "slow"
    result = engine.follow(engine.queue(workflow()))
    assert len(result.outputs) == 1


def test_a_missing_output_file_is_named(engine: ComfyUI, comfy: FakeComfyUI):
    comfy.mode = "missing"
    result = engine.follow(engine.queue(workflow()))
    with pytest.raises(GenerationError) as caught, engine.download(result.outputs[0], 2**20) as chunks:
        b"".join(chunks)
    assert "ComfyUI_00001_.png is missing on the server" in str(caught.value)


def test_an_output_larger_than_the_limit_is_refused(engine: ComfyUI, comfy: FakeComfyUI):
    comfy.mode = "large"
    result = engine.follow(engine.queue(workflow()))
    with pytest.raises(GenerationError) as caught, engine.download(result.outputs[0], 2**20) as chunks:
        b"".join(chunks)
    assert "larger than 1 MB" in str(caught.value)


def test_uploaded_images_are_stored_under_the_name_given(engine: ComfyUI, comfy: FakeComfyUI):
    assert engine.upload_image("分镜-1.png", b"\x89PNG") == "分镜-1.png"
    assert comfy.uploads == {"分镜-1.png": b"\x89PNG"}


def test_a_server_that_is_not_comfyui_is_named_as_such():
    import http.server
    import threading

    class NotComfy(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>hello</html>")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotComfy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    engine = ComfyUI(f"http://127.0.0.1:{server.server_address[1]}")
    try:
        with pytest.raises(GenerationError) as caught:
            engine.upload_image("a.png", b"x")
        assert "did not answer as a ComfyUI server does" in str(caught.value)
    finally:
        engine.close()
        server.shutdown()
