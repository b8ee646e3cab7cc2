"""Any sequence of edits keeps the project valid, undoes exactly, and redoes to the same state."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from edit_strategies import edits
from shotgraph.core.changes import Changes
from shotgraph.core.document import Document
from shotgraph.core.edits import EditError
from shotgraph.core.index import CATALOGUES, ProjectIndex
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


def _table(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def _differing(old: dict[str, dict], new: dict[str, dict]) -> set[str]:
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}


def _parts(dump: dict) -> dict[str, dict[str, dict]]:
    """Every record of a dumped project by kind and id; episodes without their lists' contents."""
    episodes = dump["episodes"]
    parts = {kind: _table(dump[kind]) for kind in CATALOGUES}
    parts["shots"] = _table([s for e in episodes for s in e["shots"]])
    parts["scenes"] = _table([s for e in episodes for s in e["scenes"]])
    parts["edges"] = _table([g for e in episodes for g in e["edges"]])
    parts["episodes"] = {e["id"]: {**e, **{k: [r["id"] for r in e[k]] for k in ("scenes", "shots", "edges")}}
                         for e in episodes}
    parts["settings"] = {"project": {k: v for k, v in dump.items() if not isinstance(v, list)}}
    return parts


def _assert_changes_cover(before: dict, after: dict, changes: Changes) -> None:
    """The Changes record names everything that differs between two dumps of the project."""
    old, new = _parts(before), _parts(after)
    for kind in (*CATALOGUES, "scenes", "edges", "episodes"):
        assert _differing(old[kind], new[kind]) <= getattr(changes, kind), kind
    assert old["shots"].keys() - new["shots"].keys() <= changes.shots_removed
    assert new["shots"].keys() - old["shots"].keys() <= changes.shots_added
    assert _differing(old["shots"], new["shots"]) <= changes.shots | changes.shots_added | changes.shots_removed
    for edge_id in _differing(old["edges"], new["edges"]):
        edge = new["edges"].get(edge_id) or old["edges"][edge_id]
        assert {edge["source"], edge["target"]} <= changes.shot_links
    for shot_id in _differing(old["shots"], new["shots"]):
        scenes = {part[shot_id]["scene_id"] for part in (old["shots"], new["shots"]) if shot_id in part}
        assert len(scenes) == 1 and shot_id in changes.shots or scenes <= changes.scenes
    assert changes.settings or old["settings"] == new["settings"]


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
            changes = doc.apply(edit)
        except EditError:
            assert doc.project.model_dump() == before
        else:
            _check_valid(doc)
            _assert_changes_cover(before, doc.project.model_dump(), changes)
    end = doc.project.model_dump()
    while doc.can_undo:
        before = doc.project.model_dump()
        changes = doc.undo()
        _assert_changes_cover(before, doc.project.model_dump(), changes)
    assert doc.project.model_dump() == start
    assert not doc.is_modified
    _check_valid(doc)
    while doc.can_redo:
        doc.redo()
    assert doc.project.model_dump() == end
    _check_valid(doc)
