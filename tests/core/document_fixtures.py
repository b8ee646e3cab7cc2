"""A small project every document and edit test starts from, and a helper to check undo."""

from __future__ import annotations

import datetime as dt

from shotgraph.core.changes import Changes
from shotgraph.core.document import Document
from shotgraph.core.edits import Edit
from shotgraph.core.model import (
    AIGeneration,
    Character,
    CharacterInShot,
    Edge,
    Episode,
    Location,
    Person,
    Project,
    Prop,
    PropInShot,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    WardrobeLook,
    find_problems,
)


def sample_project() -> Project:
    """Episode 1: scenes 1 and 2, shots a-b-c-d on one cut path and a plate a→d;
    episode 2: one shot x. Day 1 films a and b on one setup."""
    su_wan = CharacterInShot(character_id="ch1", wardrobe_id="wl1", position="L")
    shots = [
        Shot(id="a", code="1", scene_id="s1"),
        Shot(id="b", code="2", scene_id="s1", characters=[su_wan], props=[PropInShot(prop_id="pp1", state="满")],
             ai=AIGeneration(refs={"ch1": "lora_a"})),
        Shot(id="c", code="3", scene_id="s1", location_id="lo1", characters=[CharacterInShot(character_id="ch2")]),
        Shot(id="d", code="4", scene_id="s2", mode="hybrid"),
    ]
    edges = [Edge(id="e1", kind="cut", source="a", target="b"), Edge(id="e2", kind="cut", source="b", target="c"),
             Edge(id="e3", kind="cut", source="c", target="d"), Edge(id="p1", kind="plate", source="a", target="d")]
    episode1 = Episode(id="ep1", number=1, scenes=[Scene(id="s1", code="1", location_id="lo1"),
                                                   Scene(id="s2", code="2")], shots=shots, edges=edges)
    episode2 = Episode(id="ep2", number=2, scenes=[Scene(id="t1", code="1")],
                       shots=[Shot(id="x", code="1", scene_id="t1")])
    project = Project(
        id="pr", title="归来", people=[Person(id="pe1", name="刘梅")],
        characters=[Character(id="ch1", name="苏婉", actor_id="pe1"), Character(id="ch2", name="Marcus")],
        wardrobe=[WardrobeLook(id="wl1", character_id="ch1", name="红色风衣"),
                  WardrobeLook(id="wl2", character_id="ch2", name="black suit")],
        props=[Prop(id="pp1", name="茶杯")], locations=[Location(id="lo1", name="咖啡馆")],
        episodes=[episode1, episode2],
        days=[ShootingDay(id="dy1", date=dt.date(2025, 6, 1), location_ids=["lo1"],
                          setups=[Setup(id="su1", shot_ids=["a", "b"])])],
    )
    assert find_problems(project) == []
    return project


def sample_document() -> Document:
    return Document(sample_project())


def check_undo_redo(doc: Document, edit: Edit) -> Changes:
    """Apply an edit, then check undo restores the project exactly and redo repeats it."""
    before = doc.project.model_dump()
    changes = doc.apply(edit)
    after = doc.project.model_dump()
    assert find_problems(doc.project) == []
    doc.undo()
    assert doc.project.model_dump() == before
    doc.redo()
    assert doc.project.model_dump() == after
    return changes


def cut_path(doc: Document, episode_id: str) -> list[str]:
    """The codes along an episode's single cut path, from its start."""
    episode = doc.episode(episode_id)
    cuts = {e.source: e.target for e in episode.edges if e.kind == "cut"}
    start = next(s.id for s in episode.shots if s.id in cuts and s.id not in cuts.values())
    path = [start]
    while path[-1] in cuts:
        path.append(cuts[path[-1]])
    return [doc.shot(i).code for i in path]
