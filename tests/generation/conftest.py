"""Fixtures of the generation tests: a stand-in ComfyUI server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from comfy_server import FakeComfyUI


@pytest.fixture
def comfy() -> Iterator[FakeComfyUI]:
    server = FakeComfyUI().start()
    yield server
    server.stop()
