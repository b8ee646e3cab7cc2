"""Moving scenes and episodes, among any other edits, keeps the project valid and undoes exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_edits_undo import _assert_changes_cover, _check_valid

from edit_strategies import edits
from shotgraph.core.document import Document
from shotgraph.core.edits import Edit, EditError, MoveEpisode, MoveScene
from shotgraph.core.graph import EpisodeGraph
from shotgraph.core.model import Project
from strategies import projects


@st.composite
def moves(draw, doc: Document) -> Edit:
    """A move of a scene or an episode by a step or two (some past either end, on purpose)."""
    scenes = list(doc.index.scenes)
    step = draw(st.sampled_from([-2, -1, 1, 2]))
    if scenes and draw(st.booleans()):
        return MoveScene(draw(st.sampled_from(scenes)), step)
    return MoveEpisode(draw(st.sampled_from(list(doc.index.episodes) or ["none"])), step)


def _cut_blocks(doc: Document, episode_id: str) -> list[str]:
    """The scenes in the order their shots on the cut path play, each run once."""
    graph = EpisodeGraph(doc.episode(episode_id))
    runs: list[str] = []
    for shot in graph.order():
        linked = graph.cut_successors(shot.id) or graph.cut_predecessors(shot.id)
        if linked and (not runs or runs[-1] != shot.scene_id):
            runs.append(shot.scene_id)
    return runs


@settings(max_examples=80, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects(), st.data())
def test_moves_among_other_edits_undo_and_redo_exactly(project: Project, data: st.DataObject) -> None:
    doc = Document(project)
    start = project.model_dump()
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        edit = data.draw(moves(doc) if data.draw(st.booleans()) else edits(doc), label="edit")
        before = doc.project.model_dump()
        try:
            changes = doc.apply(edit)
        except EditError:
            assert doc.project.model_dump() == before
            continue
        _check_valid(doc)
        _assert_changes_cover(before, doc.project.model_dump(), changes)
    end = doc.project.model_dump()
    while doc.can_undo:
        doc.undo()
    assert doc.project.model_dump() == start
    while doc.can_redo:
        doc.redo()
    assert doc.project.model_dump() == end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.data())
def test_a_moved_scene_plays_on_the_other_side_of_its_neighbour(project: Project, data: st.DataObject) -> None:
    doc = Document(project)
    scenes = [s.id for e in project.episodes for s in e.scenes]
    if not scenes:
        return
    scene_id = data.draw(st.sampled_from(scenes))
    step = data.draw(st.sampled_from([-1, 1]))
    episode = doc.index.scene_episode[scene_id]
    listed = [s.id for s in episode.scenes]
    where = listed.index(scene_id) + step
    if not 0 <= where < len(listed):
        return
    neighbour = listed[where]
    runs, acyclic = _cut_blocks(doc, episode.id), EpisodeGraph(episode).acyclic
    doc.apply(MoveScene(scene_id, step))
    expected = list(runs)
    if acyclic and len(set(runs)) == len(runs) and {scene_id, neighbour} <= set(runs):
        first, second = sorted((runs.index(scene_id), runs.index(neighbour)))
        if second == first + 1:
            expected[first:second + 1] = [scene_id, neighbour] if step < 0 else [neighbour, scene_id]
    assert _cut_blocks(doc, episode.id) == expected
