"""Each cross-reference rule is one rule: an edit refuses what loading reports, in the same words."""

from __future__ import annotations

from typing import Any

import pytest
from document_fixtures import sample_project

from shotgraph.core.document import Document
from shotgraph.core.edits import (
    EditError,
    Link,
    UpdateCharacter,
    UpdateDay,
    UpdateEpisode,
    UpdateScene,
    UpdateSetup,
    UpdateShot,
    UpdateWardrobeLook,
)
from shotgraph.core.edits.base import validated
from shotgraph.core.index import ProjectIndex
from shotgraph.core.model import Edge, Project, Setup, find_problems

RULES = [
    (UpdateCharacter, "ch1", {"actor_id": "pe9"}, "no person has id 'pe9'"),
    (UpdateWardrobeLook, "wl2", {"character_id": "ch9"}, "no character has id 'ch9'"),
    (UpdateShot, "b", {"code": "1"}, "episode 1 already has a shot '1'"),
    (UpdateShot, "b", {"scene_id": "t1"}, "episode 1 has no scene with id 't1'"),
    (UpdateShot, "b", {"location_id": "lo9"}, "no location has id 'lo9'"),
    (UpdateShot, "b", {"characters": [{"character_id": "ch9"}]}, "no character has id 'ch9'"),
    (UpdateShot, "b", {"characters": [{"character_id": "ch1"}] * 2}, "苏婉 appears twice in shot '2'"),
    (UpdateShot, "b", {"characters": [{"character_id": "ch1", "wardrobe_id": "wl9"}]},
     "no wardrobe look has id 'wl9'"),
    (UpdateShot, "b", {"characters": [{"character_id": "ch1", "wardrobe_id": "wl2"}]},
     "the look 'black suit' belongs to another character than 苏婉"),
    (UpdateShot, "b", {"props": [{"prop_id": "pp9"}]}, "no prop has id 'pp9'"),
    (UpdateShot, "b", {"ai": {"refs": {"ch9": "lora"}}}, "no character has id 'ch9'"),
    (UpdateShot, "b", {"ai": {"chosen_take_id": "tk1"}}, "shot '2' has no take with id 'tk1'"),
    (UpdateScene, "s2", {"code": "1"}, "episode 1 already has a scene '1'"),
    (UpdateScene, "s2", {"location_id": "lo9"}, "no location has id 'lo9'"),
    (UpdateScene, "s2", {"cast": ["ch9"]}, "no character has id 'ch9'"),
    (UpdateScene, "s2", {"cast": ["ch1", "ch1"]}, "苏婉 is listed twice in the cast of scene '2'"),
    (UpdateEpisode, "ep2", {"number": 1}, "there is already an episode 1"),
    (UpdateDay, "dy1", {"location_ids": ["lo9"]}, "no location has id 'lo9'"),
    (UpdateSetup, "su1", {"shot_ids": ["zz"]}, "no shot has id 'zz'"),
    (UpdateSetup, "su1", {"shot_ids": ["a", "a"]}, "shot '1' can be on a setup only once"),
    (UpdateSetup, "su2", {"shot_ids": ["a"]}, "shot '1' is already scheduled on another setup"),
]

EDGE_RULES = [
    ("cut", "zz", "b", "no shot has id 'zz'"),
    ("cut", "a", "zz", "no shot has id 'zz'"),
    ("cut", "a", "x", "an edge can only join shots of the same episode"),
    ("cut", "a", "b", "these shots are already joined by a cut edge"),
    ("plate", "a", "d", "these shots are already joined by a plate edge"),
]
"""Edges added to episode 1, where shots a to d are and x (of episode 2) is not."""


def project() -> Project:
    """The sample project with a second, empty setup on day 1."""
    sample = sample_project()
    sample.days[0].setups.append(Setup(id="su2"))
    return sample


def record(index: ProjectIndex, record_id: str) -> Any:
    tables = [index.shots, index.scenes, index.episodes, index.setups,
              *(index.catalogue[kind] for kind in ("days", "characters", "wardrobe"))]
    return next(table[record_id] for table in tables if record_id in table)


@pytest.mark.parametrize(("edit", "record_id", "changes", "message"), RULES)
def test_what_an_edit_refuses_loading_reports_in_the_same_words(edit, record_id, changes, message) -> None:
    with pytest.raises(EditError) as refused:
        Document(project()).apply(edit(record_id, changes))
    assert str(refused.value) == message
    broken = project()
    target = record(ProjectIndex(broken), record_id)
    for name, value in validated(target, changes).items():
        setattr(target, name, value)
    assert [problem.message for problem in find_problems(broken)] == [message]


@pytest.mark.parametrize(("kind", "source", "target", "message"), EDGE_RULES)
def test_a_link_refused_is_an_edge_loading_reports_in_the_same_words(kind, source, target, message) -> None:
    with pytest.raises(EditError) as refused:
        Document(project()).apply(Link(kind, source, target))
    assert str(refused.value) == message
    broken = project()
    broken.episodes[0].edges.append(Edge(id="new", kind=kind, source=source, target=target))
    assert [problem.message for problem in find_problems(broken)] == [message]


def test_a_repeated_edge_is_reported_at_the_edge_itself() -> None:
    broken = project()
    broken.episodes[0].edges.append(Edge(id="new", kind="cut", source="a", target="b"))
    assert [str(problem) for problem in find_problems(broken)] == [
        "episodes[0].edges[4]: these shots are already joined by a cut edge"]
