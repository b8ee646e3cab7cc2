"""Hypothesis strategies for random valid ShotGraph projects, shared by property tests.

``projects()`` draws small projects that pass ``find_problems`` and exercise every
optional field a shot can carry, so save/load, shot-list and edit round trips see it all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from shotgraph.core.model import (
    AIGeneration,
    Angle,
    Camera,
    CanvasPos,
    Character,
    CharacterInShot,
    Department,
    Direction,
    Disclosure,
    Edge,
    EdgeKind,
    Episode,
    Intent,
    IntExt,
    Language,
    Location,
    Look,
    Mode,
    Movement,
    Person,
    Project,
    Prop,
    PropInShot,
    Scene,
    ScreenPos,
    Setup,
    ShootingDay,
    Shot,
    ShotSize,
    Side,
    SketchLayer,
    Take,
    TimeOfDay,
    Waiver,
    WardrobeLook,
)

Draw = Callable[[st.SearchStrategy[Any]], Any]

CHARACTER_NAMES = ["苏婉", "林浩", "陈母", "Anna", "Marcus", "老王", "Lily Chen"]
LOOK_NAMES = ["红色风衣", "白衬衫", "wedding dress", "校服", "black suit"]
PROP_NAMES = ["茶杯", "手机", "letter", "戒指", "umbrella"]
PROP_STATES = ["满", "空", "broken", "湿", "open"]
LOCATION_NAMES = ["咖啡馆", "苏家客厅", "Rooftop", "医院走廊", "Street market"]
PEOPLE = [("张导", Department.DIRECTING, "导演"), ("Kim Lee", Department.CAMERA, "DP"),
          ("刘梅", Department.CAST, "演员"), ("Tom Ford", Department.CAST, "Actor")]
WORDS = st.sampled_from(["", "她转身离开。", "Anna: I knew it.", "苏婉：你回来了？", "Rain outside", "看着窗外"])
SHOT_CODES = ["1", "2", "3", "3A", "4", "5", "1-1", "1-2", "7B", "10", "11", "12"]
MEDIA = st.sampled_from(["media/frames/x.png", "media/frames/镜头1.jpg", "refs/anna.png", "media/take 2.mp4"])


def _from(items: list[Any]) -> st.SearchStrategy[Any]:
    """Any of ``items``; nothing at all when there are none."""
    return st.sampled_from(items) if items else st.nothing()


def _subsets(items: list[Any], max_size: int) -> st.SearchStrategy[list[Any]]:
    """Up to ``max_size`` distinct records of ``items`` (compared by id)."""
    return st.lists(st.sampled_from(items), max_size=max_size, unique_by=lambda r: r.id) if items else st.just([])


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def _characters(draw: Draw, people: list[Person]) -> list[Character]:
    names = draw(st.lists(st.sampled_from(CHARACTER_NAMES), min_size=1, max_size=4, unique=True))
    actors = [p.id for p in people]
    return [
        Character(
            id=f"ch_{i}", name=name, cast_number=draw(_maybe(st.integers(1, 9))),
            actor_id=draw(_maybe(st.sampled_from(actors))) if actors else None,
            identity_refs=draw(st.lists(st.sampled_from(["lora_a", "面孔集2"]), max_size=2, unique=True)),
            locked_ref=draw(_maybe(st.sampled_from(["lora_a", "面孔集2"]))),
            reference_images=draw(st.lists(MEDIA, max_size=1)),
            likeness_consent=draw(st.booleans()), notes=draw(WORDS),
        )
        for i, name in enumerate(names)
    ]


@st.composite
def _looks(draw: Draw, characters: list[Character]) -> list[WardrobeLook]:
    looks = []
    for character in characters:
        for name in draw(st.lists(st.sampled_from(LOOK_NAMES), max_size=2, unique=True)):
            looks.append(WardrobeLook(id=f"wl_{len(looks)}", character_id=character.id, name=name,
                                      description=draw(WORDS), image=draw(_maybe(MEDIA))))
    return looks


@st.composite
def _locations(draw: Draw) -> list[Location]:
    names = draw(st.lists(st.sampled_from(LOCATION_NAMES), min_size=1, max_size=3, unique=True))
    return [
        Location(id=f"lo_{i}", name=name, int_ext=draw(_maybe(st.sampled_from(IntExt))),
                 latitude=draw(_maybe(st.floats(-90, 90))), longitude=draw(_maybe(st.floats(-180, 180))),
                 address=draw(WORDS), hospital=draw(WORDS))
        for i, name in enumerate(names)
    ]


@st.composite
def characters_in_shot(draw: Draw, character: Character, looks: list[WardrobeLook]) -> CharacterInShot:
    own = [w.id for w in looks if w.character_id == character.id]
    return CharacterInShot(
        character_id=character.id, position=draw(_maybe(st.sampled_from(ScreenPos))),
        look=draw(_maybe(st.sampled_from(Look))), motion=draw(_maybe(st.sampled_from(Direction))),
        wardrobe_id=draw(_maybe(st.sampled_from(own))) if own else None,
    )


@st.composite
def ai_generations(draw: Draw, characters: list[Character]) -> AIGeneration:
    takes = [Take(id=f"tk_{i}", image=draw(_maybe(MEDIA)), seed=draw(_maybe(st.integers(0, 2**31))))
             for i in range(draw(st.integers(0, 2)))]
    refs = draw(_subsets(characters, 2))
    return AIGeneration(
        model=draw(_maybe(st.sampled_from(["kling-2", "seedance", "可灵"]))),
        style=draw(_maybe(st.sampled_from(["noir", "古风"]))), seed=draw(_maybe(st.integers(0, 10**6))),
        refs={c.id: draw(st.sampled_from(["lora_a", "面孔集2"])) for c in refs},
        prompt=draw(WORDS), takes=takes, takes_tried=draw(st.integers(0, 5)),
        chosen_take_id=draw(_maybe(st.sampled_from([t.id for t in takes]))) if takes else None,
    )


@st.composite
def cameras(draw: Draw) -> Camera:
    return Camera(size=draw(_maybe(st.sampled_from(ShotSize))), angle=draw(_maybe(st.sampled_from(Angle))),
                  movement=draw(_maybe(st.sampled_from(Movement))), side=draw(_maybe(st.sampled_from(Side))),
                  lens_mm=draw(_maybe(st.sampled_from([24.0, 35.0, 50.0, 85.0]))))


@st.composite
def shots(draw: Draw, shot_id: str, code: str, scenes: list[Scene], project: Project) -> Shot:
    """A shot of one of ``scenes`` using only the project's characters, looks, props and places."""
    cast = draw(_subsets(project.characters, 3))
    props = draw(_subsets(project.props, 2))
    kelvin = _maybe(st.sampled_from([3200.0, 4300.0, 5600.0, 6500.0]))
    return Shot(
        id=shot_id, code=code, scene_id=draw(st.sampled_from(scenes)).id, mode=draw(st.sampled_from(Mode)),
        camera=draw(cameras()), duration_s=draw(_maybe(st.floats(0, 60))),
        characters=[draw(characters_in_shot(c, project.wardrobe)) for c in cast],
        props=[PropInShot(prop_id=p.id, state=draw(_maybe(st.sampled_from(PROP_STATES)))) for p in props],
        dialogue=draw(WORDS), description=draw(WORDS), emotion=draw(_maybe(st.integers(0, 3))),
        location_id=draw(_maybe(_from([loc.id for loc in project.locations]))),
        int_ext=draw(_maybe(st.sampled_from(IntExt))), time_of_day=draw(_maybe(st.sampled_from(TimeOfDay))),
        story_day=draw(_maybe(st.integers(0, 5))), ai=draw(ai_generations(project.characters)),
        plate_asset=draw(_maybe(st.sampled_from(["plate_街道", "bg_04"]))), fg_kelvin=draw(kelvin),
        plate_kelvin=draw(kelvin), setup_code=draw(_maybe(st.sampled_from(["A", "3B"]))),
        intent=draw(st.lists(st.sampled_from(Intent), max_size=2)), frame=draw(_maybe(MEDIA)),
        layers=[SketchLayer(name="sketch", image=draw(_maybe(MEDIA)))] if draw(st.booleans()) else [],
        canvas=draw(_maybe(st.builds(CanvasPos, x=st.floats(-500, 500), y=st.floats(-500, 500)))),
        notes=draw(WORDS), extra=draw(st.dictionaries(st.sampled_from(["灯光", "Gear"]), WORDS, max_size=2)),
    )


@st.composite
def _edges(draw: Draw, prefix: str, shots: list[Shot]) -> list[Edge]:
    ids = [s.id for s in shots]
    if not ids:
        return []
    triples = draw(st.lists(st.tuples(st.sampled_from(EdgeKind), st.sampled_from(ids), st.sampled_from(ids)),
                            max_size=len(ids) + 2, unique=True))
    cuts = [(EdgeKind.CUT, a, b) for a, b in zip(ids, ids[1:], strict=False)] if draw(st.booleans()) else []
    unique = list(dict.fromkeys(cuts + triples))
    return [Edge(id=f"{prefix}_ed_{i}", kind=k, source=a, target=b) for i, (k, a, b) in enumerate(unique)]


@st.composite
def _episode(draw: Draw, number: int, project: Project) -> Episode:
    prefix = f"ep{number}"
    codes = draw(st.lists(st.sampled_from(["1", "2", "3A", "4", "场5"]), min_size=1, max_size=3, unique=True))
    scenes = [Scene(id=f"{prefix}_sc_{i}", code=code, heading=draw(WORDS),
                    location_id=draw(_maybe(st.sampled_from([loc.id for loc in project.locations]))),
                    int_ext=draw(_maybe(st.sampled_from(IntExt))), time_of_day=draw(_maybe(st.sampled_from(TimeOfDay))),
                    story_day=draw(_maybe(st.integers(0, 3))),
                    cast=[c.id for c in draw(_subsets(project.characters, 2))], extras=draw(st.integers(0, 30)))
              for i, code in enumerate(codes)]
    shot_codes = draw(st.lists(st.sampled_from(SHOT_CODES), max_size=6, unique=True))
    members = [draw(shots(f"{prefix}_sh_{i}", code, scenes, project)) for i, code in enumerate(shot_codes)]
    disclosure = draw(_maybe(st.builds(Disclosure, duration_s=st.sampled_from([2.0, 3.0]))))
    return Episode(id=f"{prefix}_id", number=number, title=draw(WORDS), disclosure=disclosure,
                   scenes=scenes, shots=members, edges=draw(_edges(prefix, members)))


@st.composite
def _days(draw: Draw, project: Project) -> list[ShootingDay]:
    unplaced = [s.id for e in project.episodes for s in e.shots]
    days = []
    for d in range(draw(st.integers(0, 2))):
        setups = []
        for s in range(draw(st.integers(0, 2))):
            chosen = draw(st.lists(st.sampled_from(unplaced), max_size=3, unique=True)) if unplaced else []
            unplaced = [i for i in unplaced if i not in chosen]
            setups.append(Setup(id=f"dy{d}_su_{s}", shot_ids=chosen, label=draw(WORDS), pinned=draw(st.booleans())))
        locations = draw(st.lists(st.sampled_from([loc.id for loc in project.locations]), max_size=2, unique=True))
        days.append(ShootingDay(id=f"dy_{d}", date=dt.date(2025, 6, 1) + dt.timedelta(days=d + draw(st.integers(0, 3))),
                                location_ids=locations, setups=setups, final=draw(st.booleans())))
    return days


@st.composite
def projects(draw: Draw) -> Project:
    """A small random project that passes ``find_problems``, with every kind of optional data."""
    people = [Person(id=f"pe_{i}", name=name, department=dept, role=role)
              for i, (name, dept, role) in enumerate(draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True)))]
    project = Project(id="pr_test", title=draw(WORDS), language=draw(st.sampled_from(Language)), people=people)
    project.characters = draw(_characters(people))
    project.wardrobe = draw(_looks(project.characters))
    project.props = [Prop(id=f"pp_{i}", name=n) for i, n in
                     enumerate(draw(st.lists(st.sampled_from(PROP_NAMES), max_size=3, unique=True)))]
    project.locations = draw(_locations())
    numbers = draw(st.lists(st.integers(1, 40), min_size=1, max_size=3, unique=True))
    project.episodes = [draw(_episode(n, project)) for n in numbers]
    project.days = draw(_days(project))
    project.waivers = [Waiver(id=f"wv_{i}", rule="continuity.axis", fingerprint=f"fp{i}", note=draw(WORDS))
                       for i in range(draw(st.integers(0, 2)))]
    return project
