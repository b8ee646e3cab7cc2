"""Saving then opening any valid project gives back the same project and the same bytes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from shotgraph.core.io.store import dumps_project, load_project, loads_project, save_project
from shotgraph.core.model import Project
from strategies import projects


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_dumps_then_loads_is_identity(project: Project) -> None:
    text = dumps_project(project)
    loaded = loads_project(text, "random.shotgraph")
    assert loaded == project
    assert dumps_project(loaded) == text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_save_then_load_is_identity(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = save_project(project, Path(folder) / "随机.shotgraph")
        assert load_project(path) == project
        first = path.read_bytes()
        save_project(load_project(path), path)
        assert path.read_bytes() == first
