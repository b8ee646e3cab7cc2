"""The shared project strategy must only produce valid projects."""

from __future__ import annotations

from hypothesis import given, settings

from shotgraph.core.model import Project, find_problems
from strategies import projects


@settings(max_examples=40, deadline=None)
@given(projects())
def test_projects_are_valid(project: Project) -> None:
    assert find_problems(project) == []
    assert Project.model_validate(project.model_dump()) == project
    assert Project.model_validate_json(project.model_dump_json()) == project
