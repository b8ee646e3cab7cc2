"""The types of core/, exports/ and the editor's ui/: mypy, as pyproject.toml's [tool.mypy] sets it
(``make typecheck``), finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_configured_packages_type_check(monkeypatch: pytest.MonkeyPatch) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install -e '.[test]')")
    monkeypatch.chdir(ROOT)  # the configured files are relative to the checkout
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    assert status in (0, 1), f"mypy could not run:\n{stderr}{stdout}"
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert not errors, "mypy finds type errors (`make typecheck`):\n" + "\n".join(errors)
