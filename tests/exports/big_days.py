"""Shooting days bigger than any a crew should get, for the call sheet to print all the same."""

from __future__ import annotations

import datetime as dt

from shotgraph.core.model import (
    Camera,
    Character,
    CharacterInShot,
    Department,
    Episode,
    IntExt,
    Location,
    Mode,
    Movement,
    Person,
    Project,
    Prop,
    PropInShot,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    TimeOfDay,
)

CAST = 60
EXTRAS = 200
SETUPS = 150
LONGEST_SETUP = 120


def big_day_project(setups: int = SETUPS, longest: int = LONGEST_SETUP) -> Project:
    """One day of ``setups`` setups across two episodes, calling 60 actors and 200 extras, with hybrid shots,
    props, long notes and a long production office; then a short second day.

    The first setup films ``longest`` shots of episode 1 coded 1, 3, 5 … (no two in a row, so no ranges
    shorten their list); every third setup films a shot of each episode.
    """
    characters = [Character(id=f"ch{n}", name=f"角色{n} Role {n}", actor_id=f"pe{n}", cast_number=n)
                  for n in range(1, CAST + 1)]
    people = [Person(id=f"pe{n}", name=f"演员{n}", department=Department.CAST, pickup=f"06:{n % 60:02d} 酒店门口")
              for n in range(1, CAST + 1)]
    people += [Person(id=f"crew{n}", name=f"剧组{n}", department=list(Department)[n % len(Department)],
                      role="Director 导演" if n == 0 else f"Crew {n}", phone=f"138-0000-{n:04d}") for n in range(40)]
    locations = [Location(id=f"lc{n}", name=f"场地{n} Location {n}", address="浙江省杭州市上城区之江路" * 3,
                          latitude=30.2 + n / 100, longitude=120.2, parking="停车 " * 20, hospital="医院 " * 20)
                 for n in range(3)]
    episodes = [_episode(1, 2 * longest + 2 * setups, characters), _episode(2, 2 * setups, characters)]
    first, second = episodes[0].shots, episodes[1].shots
    longest_shots = first[:2 * longest:2]
    day_setups = [Setup(id="su0", shot_ids=[s.id for s in longest_shots], notes="长镜头组 " * 60)]
    pool = first[1:2 * longest:2] + first[2 * longest:] + second
    for k in range(1, setups):
        shots = pool[2 * (k - 1):2 * k] if k % 3 else [pool[2 * (k - 1)], second[-k]]
        day_setups.append(Setup(id=f"su{k}", shot_ids=[s.id for s in shots]))
    days = [ShootingDay(id="dy1", date=dt.date(2027, 3, 1), unit_call=dt.time(6, 0), setups=day_setups,
                        location_ids=[loc.id for loc in locations], weather="晴 Sunny " * 40, notes="注意安全 " * 200),
            ShootingDay(id="dy2", date=dt.date(2027, 3, 2), setups=[Setup(id="sx", shot_ids=[second[0].id])])]
    return Project(id="pr_big", title="超长拍摄日 The Longest Day", characters=characters, people=people,
                   locations=locations, props=[Prop(id="pp1", name="手机 phone")], episodes=episodes, days=days,
                   production_office="杭州市上城区某路1号 制片办公室 0571-0000000 " * 30,
                   walkie_channels={d: f"CH {n}" for n, d in enumerate(Department)})


def _episode(number: int, count: int, characters: list[Character]) -> Episode:
    scenes = [Scene(id=f"sc{number}_{k}", code=str(k + 1), location_id=f"lc{k % 3}", int_ext=IntExt.EXT,
                    time_of_day=TimeOfDay.NIGHT, cast=[c.id for c in characters], extras=EXTRAS,
                    heading="夜 码头 " * 10) for k in range(6)]
    shots = []
    for k in range(count):
        hybrid = k % 4 == 0
        shots.append(Shot(
            id=f"sh{number}_{k}", code=str(k + 1), scene_id=scenes[k % len(scenes)].id,
            mode=Mode.HYBRID if hybrid else Mode.LIVE, duration_s=3,
            camera=Camera(movement=Movement.DRONE if k % 5 == 0 else Movement.DOLLY_IN),
            characters=[CharacterInShot(character_id=characters[k % CAST].id, wardrobe_id=None)],
            props=[PropInShot(prop_id="pp1", state=f"状态{k % 7}")], description="人物穿过霓虹灯下的街道 " * 8,
            fg_kelvin=4300 + k if hybrid else None, plate_kelvin=4500 if hybrid else None))
    return Episode(id=f"ep{number}", number=number, scenes=scenes, shots=shots)
