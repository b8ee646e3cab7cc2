"""Any sequence of edits keeps the project valid, undoes exactly, and redoes to the same state."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from edit_strategies import edits
from shotgraph.core.document import Document
from shotgraph.core.edits import EditError
from shotgraph.core.index import ProjectIndex
from shotgraph.core.model import Project, find_problems
from strategies import projects

SLOW = settings(
    max_examples=120, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Shrinking a failing run of edits takes minutes; the failing edits are printed instead."""


def _index_snapshot(index: ProjectIndex) -> dict[str, object]:
    """The indexes as plain ids, to compare an incrementally kept index with a fresh one."""
    return {
        "shots": sorted(index.shots), "codes": sorted(index.codes.items()),
        "shot_episode": sorted((k, v.id) for k, v in index.shot_episode.items()),
        "scenes": sorted(index.scenes), "scene_shots": sorted((k, sorted(v)) for k, v in index.scene_shots.items()),
        "edges": sorted(index.edge_keys.items()), "outgoing": sorted((k, sorted(v)) for k, v in index.outgoing.items()),
        "incoming": sorted((k, sorted(v)) for k, v in index.incoming.items()),
        "catalogue": {k: sorted(v) for k, v in index.catalogue.items()}, "episodes": sorted(index.episodes),
        "setups": sorted((k, v.id) for k, v in index.setup_day.items()), "placed": sorted(index.shot_setup.items()),
    }


def _check_valid(doc: Document) -> None:
    assert find_problems(doc.project) == []
    dumped = doc.project.model_dump()
    assert Project.model_validate(dumped).model_dump() == dumped
    assert _index_snapshot(doc.index) == _index_snapshot(ProjectIndex(Project.model_validate(dumped)))


@SLOW
@given(projects(), st.data())
def test_random_edits_undo_and_redo_exactly(project: Project, data: st.DataObject) -> None:
    doc = Document(project)
    start = project.model_dump()
    for _ in range(data.draw(st.integers(1, 10), label="edits")):
        edit = data.draw(edits(doc), label="edit")
        before = doc.project.model_dump()
        try:
            doc.apply(edit)
        except EditError:
            assert doc.project.model_dump() == before
        else:
            _check_valid(doc)
    end = doc.project.model_dump()
    while doc.can_undo:
        doc.undo()
    assert doc.project.model_dump() == start
    assert not doc.is_modified
    _check_valid(doc)
    while doc.can_redo:
        doc.redo()
    assert doc.project.model_dump() == end
    _check_valid(doc)
