"""The wheel's package list: every package of the code, plus the bundled resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_lists_every_package_of_the_code_and_the_resources():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    code = {str(init.parent.relative_to(ROOT / "desktop")).replace("/", ".")
            for init in (ROOT / "desktop" / "shotgraph").rglob("__init__.py")}
    assert set(setuptools["packages"]) == code | {"shotgraph.bundled"}
    assert setuptools["package-dir"]["shotgraph.bundled"] == "resources"


def test_the_bundled_patterns_take_every_file_shotgraph_reads_at_run_time():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["shotgraph.bundled"]
    resources = ROOT / "resources"
    taken = {path for pattern in patterns for path in resources.glob(pattern) if path.is_file()}
    needed = [resources / "schema" / "shotgraph.schema.json", resources / "translations" / "shotgraph_zh_CN.qm",
              resources / "fonts" / "wqy-microhei.ttc", resources / "samples" / "demo" / "demo.shotgraph",
              *(resources / "icons").glob("*.png"),
              *(p for p in (resources / "samples" / "demo" / "demo-media").rglob("*") if p.is_file())]
    assert [path for path in needed if path not in taken] == []
