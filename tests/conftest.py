"""Test set-up shared by the whole suite: headless Qt and the paths tests read from."""

from __future__ import annotations

import os
import sys
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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with pytest's status once it has reported: PySide6 can crash while
    Python tears its Qt objects down, after every test has already passed."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(config.stash.get(_EXIT_STATUS, 0))


_EXIT_STATUS = pytest.StashKey[int]()
