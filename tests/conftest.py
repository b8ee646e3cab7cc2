"""Test set-up shared by the whole suite: headless Qt and the paths tests read from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def shotlist_samples() -> Path:
    """Shot lists as users have them: Chinese Excel's GBK CSV and English header variants."""
    return DATA / "shotlists"
