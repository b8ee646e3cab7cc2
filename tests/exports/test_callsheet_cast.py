"""The call sheet calls each scheduled scene's whole cast, prints NOT CAST for roles nobody plays yet,
and counts the extras each setup needs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdf_reading import page_texts

from shotgraph.core.io.store import load_project
from shotgraph.core.model import (
    Camera,
    Character,
    CharacterInShot,
    Department,
    Episode,
    Location,
    Mode,
    Movement,
    Person,
    PlanningSettings,
    Project,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    find_problems,
)
from shotgraph.demo import demo_project_path
from shotgraph.exports import export


def scene_project(cast: list[str], extras: int = 0, drawn: list[str] = (), mode: Mode = Mode.LIVE) -> Project:
    """One scene, one shot filmed on one day at 07:00: 林晓 is played by 赵丽, 保安 and 路人 by nobody."""
    scene = Scene(id="sc1", code="3", cast=cast, extras=extras)
    shot = Shot(id="sh1", code="3-01", scene_id="sc1", mode=mode, duration_s=10,
                characters=[CharacterInShot(character_id=c) for c in drawn])
    project = Project(
        id="pr", title="夜渡", people=[Person(id="pe_zhao", name="赵丽", department=Department.CAST)],
        characters=[Character(id="ch_lin", name="林晓", actor_id="pe_zhao", cast_number=1),
                    Character(id="ch_guard", name="保安", cast_number=7), Character(id="ch_walker", name="路人")],
        episodes=[Episode(id="ep1", number=4, scenes=[scene], shots=[shot])],
        days=[ShootingDay(id="dy1", date=dt.date(2026, 12, 2), unit_call=dt.time(7, 0),
                          setups=[Setup(id="su1", shot_ids=["sh1"])])],
        planning=PlanningSettings(),
    )
    assert find_problems(project) == []
    return project


def sheet_text(project: Project, folder) -> str:
    path = folder / "call-sheet.pdf"
    export("callsheet", project, path, style="intl")
    return "".join(page_texts(path))


def section(text: str, title: str, following: str) -> str:
    """The text between two section titles."""
    return text[text.index(title):text.index(following)]


def test_a_silent_character_in_the_scene_cast_is_called_with_the_actor(tmp_path):
    cast = section(sheet_text(scene_project(["ch_lin"]), tmp_path), "Cast 演员", "Extras 群演")
    assert "赵丽" in cast and "林晓" in cast
    assert "No actors called" not in cast and "NOT CAST" not in cast


def test_a_role_with_no_actor_prints_not_cast_in_the_actor_column(tmp_path):
    project = scene_project(["ch_lin", "ch_guard"], drawn=["ch_walker"])
    cast = section(sheet_text(project, tmp_path), "Cast 演员", "Extras 群演")
    assert cast.count("NOT CAST 未定演员") == 2
    assert "保安" in cast and "路人" in cast and "赵丽" in cast
    assert cast.index("赵丽") < cast.index("保安") < cast.index("路人"), "rows by cast id, uncounted last"


def test_a_day_calling_only_uncast_roles_never_says_no_actors_called(tmp_path):
    cast = section(sheet_text(scene_project(["ch_guard"]), tmp_path), "Cast 演员", "Extras 群演")
    assert "NOT CAST 未定演员" in cast and "保安" in cast
    assert "No actors called" not in cast


def test_not_cast_rows_are_timed_like_an_actor(tmp_path):
    """Load-in 30 min puts the setup at 07:30; 45 hair/make-up + 15 wardrobe + 15 buffer before it."""
    cast = section(sheet_text(scene_project(["ch_guard"]), tmp_path), "Cast 演员", "Extras 群演")
    assert "06:15" in cast and "07:00" in cast and "07:30" in cast


def test_an_ai_shot_calls_nobody(tmp_path):
    text = sheet_text(scene_project(["ch_guard"], extras=30, mode=Mode.AI), tmp_path)
    assert "No actors called 当日无演员" in text and "NOT CAST" not in text
    assert "No extras called 当日无群演" in text


def test_the_extras_of_the_scene_are_counted_in_the_schedule_and_called(tmp_path):
    text = sheet_text(scene_project(["ch_lin"], extras=25), tmp_path)
    schedule = section(text, "Schedule 拍摄安排", "Cast 演员")
    assert "Extras群演" in "".join(schedule.split()), "the schedule has an extras column"
    assert "25" in schedule.splitlines(), "the setup's row counts the scene's extras"
    crowd = section(text, "Extras 群演\n", "Crew calls 部门集合")
    assert "4-3" in crowd and "3-01" in crowd and "25" in crowd
    assert "07:00" in crowd, "called for wardrobe and buffer, 30 min before the 07:30 setup"


def test_a_scene_without_extras_calls_none(tmp_path):
    text = sheet_text(scene_project(["ch_lin"]), tmp_path)
    assert "No extras called 当日无群演" in text


def test_the_demo_calls_the_silent_ferryman_and_the_pier_extras(tmp_path):
    """老船工 is in the pier scene's cast and drawn in none of its shots; the scene needs 4 extras."""
    demo = load_project(demo_project_path())
    export("callsheet", demo, tmp_path / "day1.pdf", day=1, style="intl")
    text = "".join(page_texts(tmp_path / "day1.pdf"))
    cast = section(text, "Cast 演员", "Extras 群演")
    assert "周德顺" in cast and "老船工" in cast and "NOT CAST" not in cast
    crowd = section(text, "Extras 群演\n", "Crew calls 部门集合")
    assert "1-4" in crowd and "4" in crowd.splitlines()


def test_an_imported_scripts_call_sheets_call_every_actor_whose_character_is_in_a_scheduled_scene(tmp_path):
    """Silent cast, an off-screen speaker and 全员 are called; the narrator, a voice for post, is not."""
    from shotgraph.core.io.scripts import read_script
    from shotgraph.core.planning.scheduler import apply_plan

    script = Path(__file__).resolve().parents[1] / "data" / "scripts" / "chinese" / "老宅-分行.txt"
    project = read_script(script).project
    for number, character in enumerate(project.characters, start=1):
        project.people.append(Person(id=f"pe{number}", name=f"演员{number}", department=Department.CAST))
        character.actor_id, character.cast_number = f"pe{number}", number
    project, _ = apply_plan(project, start=dt.date(2026, 12, 7))
    names = {c.id: c for c in project.characters}
    scheduled = {shot_id for day in project.days for setup in day.setups for shot_id in setup.shot_ids}
    in_scheduled_scenes = {names[c].name for e in project.episodes for scene in e.scenes for c in scene.cast
                           if any(s.scene_id == scene.id and s.id in scheduled for s in e.shots)}
    assert in_scheduled_scenes == {"张三", "李四", "王五"}
    called = set()
    for day in range(1, len(project.days) + 1):
        export("callsheet", project, tmp_path / f"day{day}.pdf", day=day, style="intl")
        text = "".join(page_texts(tmp_path / f"day{day}.pdf"))
        called |= {c.name for c in project.characters if f"演员{c.cast_number}" in text}
    assert called == in_scheduled_scenes


def test_the_schedule_strip_lists_the_scene_cast_not_only_those_in_frame():
    from shotgraph.core.planning.setups import ShotPlaces
    from shotgraph.core.planning.summary import summarise_days

    project = scene_project(["ch_lin", "ch_guard"])
    [day] = summarise_days(project)
    assert [row.cast for row in day.setups] == [("1", "7")]
    assert ShotPlaces(project).actors(project.episodes[0].shots[0]) == {"pe_zhao"}


def travelling_project(pickup: str = "06:30 酒店大堂 Hotel lobby") -> Project:
    """Two days at the pier, 40 min from the pick-up: 林晓 (赵丽) and 保安 (nobody) are in the first setup
    of day 1 and after four other setups on day 2; each setup a static 10 s shot of 25 min."""
    pier = Location(id="lo_pier", name="南星桥渡口", travel_minutes=40)
    scene = Scene(id="sc1", code="3", cast=["ch_lin", "ch_guard"], location_id="lo_pier")
    quiet = Scene(id="sc2", code="4", location_id="lo_pier")
    static = Camera(movement=Movement.STATIC)
    shots = [Shot(id=f"sh{k}", code=f"3-0{k}", scene_id="sc1" if k < 2 else "sc2", duration_s=10, camera=static)
             for k in range(6)]
    days = [ShootingDay(id="dy1", date=dt.date(2026, 12, 2), setups=[Setup(id="su0", shot_ids=["sh0"])]),
            ShootingDay(id="dy2", date=dt.date(2026, 12, 3),
                        setups=[Setup(id=f"su{k}", shot_ids=[f"sh{k}"]) for k in (2, 3, 4, 5, 1)])]
    project = Project(
        id="pr", title="夜渡", locations=[pier],
        people=[Person(id="pe_zhao", name="赵丽", department=Department.CAST, pickup=pickup)],
        characters=[Character(id="ch_lin", name="林晓", actor_id="pe_zhao", cast_number=1),
                    Character(id="ch_guard", name="保安", cast_number=7)],
        episodes=[Episode(id="ep1", number=3, scenes=[scene, quiet], shots=shots)], days=days)
    assert find_problems(project) == []
    return project


def cast_rows(project: Project, folder, day: int) -> str:
    """The Cast table's rows as one line (a cell's own line breaks are spaces), from its first row."""
    path = folder / f"day{day}.pdf"
    export("callsheet", project, path, day=day, style="intl")
    table = " ".join(section("".join(page_texts(path)), "Cast 演员", "Extras 群演").split())
    return table[table.index("Release 收工") + len("Release 收工"):].strip()


def test_each_actor_is_picked_up_the_travel_time_before_make_up_on_each_day(tmp_path):
    """Day 1 on set 07:30: wardrobe 07:00, make-up 45 min before, pick-up 40 min before that.
    Day 2 on set 09:10, after four setups: every time moves with it."""
    project = travelling_project()
    first, second = cast_rows(project, tmp_path, 1), cast_rows(project, tmp_path, 2)
    assert first.startswith("1 赵丽 林晓 05:35 酒店大堂 Hotel lobby 06:15 07:00 07:30 08:10 ")
    assert "7 NOT CAST 未定演员 保安 05:35 06:15 07:00 07:30 08:10" in first
    assert second.startswith("1 赵丽 林晓 07:15 酒店大堂 Hotel lobby 07:55 08:40 09:10 09:50 ")
    assert "7 NOT CAST 未定演员 保安 07:15 07:55 08:40 09:10 09:50" in second


def test_the_pick_up_place_prints_as_written_when_it_names_no_time(tmp_path):
    project = travelling_project(pickup="滨江区江南大道酒店门口，07:00前到")
    row = "".join(cast_rows(project, tmp_path, 1).split())
    assert row.startswith("1赵丽林晓05:35滨江区江南大道酒店门口，07:00前到06:15")


def test_a_release_after_midnight_is_marked_next_day(tmp_path):
    project = travelling_project()
    project.days[0].unit_call = dt.time(23, 0)
    rows = cast_rows(project, tmp_path, 1)
    assert rows.startswith("1 赵丽 林晓 21:35 酒店大堂 Hotel lobby 22:15 23:00 23:30 00:10 +1 次日 ")
