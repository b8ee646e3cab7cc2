"""cast.unassigned as the editor keeps it: each edit that can cast or uncast a role updates it at once,
and the live findings always equal a full check."""

from __future__ import annotations

import datetime as dt

import pytest

from shotgraph.core import edits as ed
from shotgraph.core.document import Document
from shotgraph.core.model import (
    Character,
    CharacterInShot,
    Episode,
    Mode,
    Person,
    Project,
    Scene,
    Setup,
    ShootingDay,
    Shot,
)
from shotgraph.core.rules import check_project
from shotgraph.core.rules.checker import Checker


def project() -> Project:
    """Scene 5 (林晓 cast, played by 赵丽) with shots 5-1 and 5-2; only 5-1 is on a day. 保安 has no actor."""
    scene = Scene(id="sc5", code="5", cast=["ch_lin"], extras=6)
    shots = [Shot(id="a", code="5-1", scene_id="sc5"), Shot(id="b", code="5-2", scene_id="sc5")]
    return Project(
        id="pr", title="夜渡", people=[Person(id="pe_zhao", name="赵丽")],
        characters=[Character(id="ch_lin", name="林晓", actor_id="pe_zhao"), Character(id="ch_guard", name="保安")],
        episodes=[Episode(id="ep1", number=1, scenes=[scene], shots=shots)],
        days=[ShootingDay(id="dy1", date=dt.date(2026, 12, 2), setups=[Setup(id="su1", shot_ids=["a"])])],
    )


def uncast(checker: Checker) -> list[tuple[tuple[str, ...], str]]:
    found = [(f.codes, f.message.en) for f in checker.findings if f.rule == "cast.unassigned"]
    assert found == [(f.codes, f.message.en) for f in check_project(checker.project) if f.rule == "cast.unassigned"]
    return found


@pytest.fixture
def live():
    doc = Document(project())
    checker = Checker(doc)
    checker.attach(doc)
    return doc, checker


def test_a_scene_cast_actor_and_days_edits_each_update_the_finding(live):
    doc, checker = live
    assert uncast(checker) == []
    doc.apply(ed.UpdateScene("sc5", {"cast": ["ch_lin", "ch_guard"]}))
    assert uncast(checker) == [(("5-1",), "Shot 5-1 is scheduled and needs 保安 on set, but no actor is cast")]
    doc.apply(ed.MoveShotsToDay(["b"], "dy1"))
    assert [codes for codes, _ in uncast(checker)] == [("5-1",), ("5-2",)]
    doc.apply(ed.UpdateCharacter("ch_lin", {"actor_id": None}))
    assert uncast(checker)[0][1] == "Shot 5-1 is scheduled and needs 林晓, 保安 on set, but no actor is cast"
    doc.apply(ed.AddPerson(Person(id="pe_wang", name="王凯")))
    doc.apply(ed.UpdateCharacter("ch_guard", {"actor_id": "pe_wang"}))
    doc.apply(ed.UpdateCharacter("ch_lin", {"actor_id": "pe_zhao"}))
    assert uncast(checker) == []


def test_a_shot_made_ai_or_a_character_drawn_in_it_updates_the_finding(live):
    doc, checker = live
    doc.apply(ed.UpdateShot("a", {"characters": [CharacterInShot(character_id="ch_guard")]}))
    assert [codes for codes, _ in uncast(checker)] == [("5-1",)]
    doc.apply(ed.SetMode(["a"], Mode.AI))
    assert uncast(checker) == []
    doc.undo()
    assert [codes for codes, _ in uncast(checker)] == [("5-1",)]
    doc.apply(ed.UnscheduleShots(["a"]))
    assert uncast(checker) == []
