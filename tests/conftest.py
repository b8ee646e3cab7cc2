"""Test set-up shared by the whole suite: headless Qt and the paths tests read from."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen" and ":" not in str(DATA):
    # Windows fit the screen they open on: headless Qt's screen is 800×800; test on a 1920×1080 desktop.
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DATA / 'desktop_screen.json'}"


@pytest.fixture
def shotlist_samples() -> Path:
    """Shot lists as users have them: Chinese Excel's GBK CSV and English header variants."""
    return DATA / "shotlists"


@pytest.fixture
def comfy() -> Iterator:
    """A stand-in ComfyUI server on 127.0.0.1 (comfy_server.FakeComfyUI), stopped after the test."""
    from comfy_server import FakeComfyUI  # aiohttp, loaded only by the tests that talk to a server

    server = FakeComfyUI().start()
    yield server
    server.stop()
