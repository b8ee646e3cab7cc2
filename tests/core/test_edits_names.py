"""Edit names say what changed: an English pattern with fields, filled with codes and words."""

from __future__ import annotations

import datetime as dt

from document_fixtures import sample_document

from shotgraph.core.edits import (
    AddDay,
    AddLocation,
    AddProp,
    MoveSetup,
    MoveShotsToDay,
    MoveShotsToSetup,
    RemovePerson,
    SetMode,
    UnscheduleShots,
    UpdateCharacter,
    UpdateDay,
    Waive,
)
from shotgraph.core.edits.base import EditName, Macro, counted_name, listed
from shotgraph.core.model import Location, Mode, Prop, ShootingDay, ShotSize


def test_a_name_reads_as_its_pattern_filled_with_english_words():
    name = EditName("Set {field} to {value} on {shots}", field="Size", value=ShotSize.MS, shots="1-03, 1-04")
    assert str(name) == "Set Size to MS on 1-03, 1-04"
    assert str(EditName("Set {field} to {value} on {shots}", field="Mode", value=Mode.AI, shots="12")) == \
        "Set Mode to AI on 12"
    assert str(EditName("Set {field} to {value} on {shots}", field="Lens", value=35.0, shots="3")) == \
        "Set Lens to 35 on 3"


def test_long_lists_of_codes_are_counted():
    few = ("Remove Shots {shots}", "Remove {n} Shots")
    assert str(listed(["3"], *few, one="Remove Shot {shots}")) == "Remove Shot 3"
    assert str(listed(["1-03", "1-04"], *few, one="Remove Shot {shots}")) == "Remove Shots 1-03, 1-04"
    assert str(listed([str(n) for n in range(12)], *few)) == "Remove 12 Shots"


def test_a_count_chooses_the_singular_or_the_plural_pattern():
    assert counted_name(1, "Move Shot", "Move {n} Shots") == EditName("Move Shot")
    assert counted_name(3, "Move Shot", "Move {n} Shots") == EditName("Move {n} Shots", n=3)
    macro = Macro(counted_name(3, "Move Shot", "Move {n} Shots"), [])
    assert str(macro.name) == "Move 3 Shots" and macro.name.args == {"n": 3}


def test_schedule_edits_name_the_shots_and_the_day() -> None:
    doc = sample_document()
    doc.apply(AddDay(ShootingDay(id="dy0", date=dt.date(2025, 5, 31))))
    edit = MoveShotsToDay(["c", "d"], "dy1", setup_id="su9")
    assert str(edit.name) == "Schedule 2 Shots"
    doc.apply(edit)
    assert str(edit.name) == "Schedule Shots 3, 4 on Day 2"
    many = MoveShotsToSetup(["a", "b", "c", "d"], "su9")
    doc.apply(many)
    assert str(many.name) == "Schedule 4 Shots on Day 2"
    off = UnscheduleShots(["d"])
    doc.apply(off)
    assert str(off.name) == "Unschedule Shot 4"
    move = MoveSetup("su9", "dy0")
    doc.apply(move)
    assert str(move.name) == "Move Setup to Day 1"


def test_cast_places_days_and_waivers_are_named_by_their_own_names() -> None:
    doc = sample_document()
    remove = RemovePerson("pe1")
    assert str(remove.name) == "Remove Person"
    doc.apply(remove)
    assert str(remove.name) == "Remove Person 刘梅"
    add = AddProp(Prop(id="pp2", name="一枚刻着两人名字的旧玉佩，裂痕从中间穿过"))
    doc.apply(add)
    assert str(add.name) == "Add Prop 一枚刻着两人名字的旧玉佩，裂痕从中间穿过"
    edit = UpdateCharacter("ch1", {"name": "苏晚"})
    doc.apply(edit)
    assert str(edit.name) == "Edit Character 苏婉"
    day = UpdateDay("dy1", {"notes": "雨天备选"})
    doc.apply(day)
    assert str(day.name) == "Edit Shooting Day 2025-06-01"
    waive = Waive("f1", "continuity.axis", ["3", "4"], "有意越轴")
    doc.apply(waive)
    assert str(waive.name) == "Waive Finding on 3, 4"


def test_a_long_record_name_is_shortened_in_the_edit_name() -> None:
    doc = sample_document()
    add = AddLocation(Location(id="lo2", name="城南老街尽头那家开了三十年的旧式理发店二楼靠窗的位置"))
    doc.apply(add)
    assert str(add.name) == "Add Location 城南老街尽头那家开了三十年的旧式理发店二楼靠窗…"


def test_shots_of_several_episodes_are_named_episode_first() -> None:
    doc = sample_document()
    edit = SetMode(["a", "x"], "ai")
    doc.apply(edit)
    assert str(edit.name) == "Set Mode to AI on 1-1, 2-1"
    alone = SetMode(["x"], "live")
    doc.apply(alone)
    assert str(alone.name) == "Set Mode to Live on 1"
